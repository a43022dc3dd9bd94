/**
 * A one-line progress bar on stderr for long batches, redrawn in place with \r. Only for a
 * terminal: CI logs and pipes get nothing extra.
 */

/** Fewer files than this finish before a bar would help. */
export const PROGRESS_MIN_FILES = 10;
const WIDTH = 24;

export interface Progress {
  /** Pass to BatchOptions.onFile; undefined when no bar is shown. */
  readonly onFile: ((done: number, total: number) => void) | undefined;
  /** Erases the bar so the report starts on a clean line. */
  readonly end: () => void;
}

export function progress(write: (text: string) => void, total: number, isTTY: boolean): Progress {
  if (!isTTY || total < PROGRESS_MIN_FILES) return { onFile: undefined, end: () => {} };
  let drawn = false;
  return {
    onFile: (done, all) => {
      const filled = Math.round((done / all) * WIDTH);
      write(`\rreportlint [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${all}`);
      drawn = true;
    },
    end: () => {
      if (drawn) write('\r\x1b[K');
    },
  };
}
