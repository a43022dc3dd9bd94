/**
 * A signal that comes while the main thread is busy, just before abrupt mode (signals.ts) starts,
 * is delivered to bin/'s handler, not dropped when the handlers are taken off: the run used to go
 * on to the end when Ctrl-C came while a big file was decoded or while bin/ handed its handlers over.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const SIGNALS = join(ROOT, 'dist/signals.js');

/** A process that gets SIGUSR2 while busy, then (maybe) delivers pending signals, then works in abrupt mode. */
function run(deliver: boolean): number | null {
  const script = `
    const { abruptOnSignal, deliverPendingSignals, installSignalHandlers } = await import(${JSON.stringify(SIGNALS)});
    const handler = () => process.exit(42);
    process.on('SIGUSR2', handler);
    installSignalHandlers({ SIGUSR2: handler }); // already listening, as bin/ hands it over
    const busy = (ms) => { for (const end = Date.now() + ms; Date.now() < end; ); };
    process.kill(process.pid, 'SIGUSR2'); // comes while the thread is busy
    busy(50);
    if (${deliver}) await deliverPendingSignals();
    abruptOnSignal(() => busy(100));
    process.exit(0);`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', script]).status;
}

describe.skipIf(!existsSync(SIGNALS) || process.platform === 'win32')('a signal that came while the main thread was busy', () => {
  it('reaches the handler before abrupt mode starts', () => {
    expect(run(true)).toBe(42);
  });

  it('without a turn of the event loop it would have been dropped (what the fix is for)', () => {
    expect(run(false)).toBe(0);
  });
});
