/**
 * Ctrl-C and SIGTERM within 2 s, whatever the main thread is doing. bin/ answers a signal in
 * JavaScript (a message, exit 130 or 143, temp files removed), but a JavaScript handler only runs
 * when the event loop turns: a big file checked on the main thread, or the 内容雷同 pass, kept it
 * waiting 10-30 s and then let the run write its output first. So while such work runs, the
 * handlers are taken off and the system's default applies: the process ends at once, nothing is
 * written (outputs are renamed into place only when whole) and the next run removes the temp file
 * (io/atomic.ts). In-process callers (tests, the API) install nothing, and nothing changes for them.
 */
const installed = new Map<NodeJS.Signals, () => void>();
let depth = 0;

/** bin/: the handlers to run when the main thread is free to answer (added unless they already listen). */
export function installSignalHandlers(handlers: Readonly<Partial<Record<NodeJS.Signals, () => void>>>): void {
  for (const [signal, handler] of Object.entries(handlers) as [NodeJS.Signals, () => void][]) {
    installed.set(signal, handler);
    if (!process.listeners(signal).includes(handler)) process.on(signal, handler);
  }
}

/** Runs `work` (sync, or async until it settles) with the default signal action: a signal ends the process at once. */
export function abruptOnSignal<T>(work: () => T): T {
  if (!installed.size) return work();
  if (depth++ === 0) for (const [signal, handler] of installed) process.off(signal, handler);
  let async = false;
  try {
    const result = work();
    if (result instanceof Promise) {
      async = true;
      return result.finally(release) as T;
    }
    return result;
  } finally {
    if (!async) release();
  }
}

function release(): void {
  if (--depth === 0) for (const [signal, handler] of installed) process.on(signal, handler);
}

/**
 * Lets the event loop deliver a signal that came while the main thread was busy (bin/'s handler then
 * ends the run), before abruptOnSignal takes the handlers off: a signal not yet delivered then was
 * dropped, and the run went on to the end. Two turns: the first may run without the loop polling
 * for the signal, the second comes after a poll.
 */
export async function deliverPendingSignals(): Promise<void> {
  if (!installed.size) return;
  for (let turn = 0; turn < 2; turn++) await new Promise((resume) => setImmediate(resume));
}

/** `work` run as abruptOnSignal runs it, once a signal that came while the main thread was busy has reached bin/'s handler. */
export async function abruptWhenFree<T>(work: () => T | Promise<T>): Promise<T> {
  await deliverPendingSignals();
  return abruptOnSignal(work);
}
