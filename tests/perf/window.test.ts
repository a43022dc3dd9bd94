/** inWindow (src/engine/pool/index.ts): the dispatch that keeps a streamed run's buffered output bounded. */
import { describe, expect, it } from 'vitest';
import { inWindow } from '../../src/engine/pool/index.js';

const tick = (ms: number) => new Promise((resume) => setTimeout(resume, ms));

describe('inWindow', () => {
  it('runs every task once, at most `parallel` at a time, never `ahead` past the oldest unfinished one', async () => {
    const started: number[] = [];
    let running = 0;
    let most = 0;
    const unfinished = new Set<number>();
    await inWindow(40, 3, 6, async (i) => {
      started.push(i);
      unfinished.add(i);
      expect(i).toBeLessThan(Math.min(...unfinished) + 6);
      running++;
      most = Math.max(most, running);
      // Task 0 is slow: the others must not run far ahead of it.
      await tick(i === 0 ? 60 : 2);
      running--;
      unfinished.delete(i);
    });
    expect([...started].sort((a, b) => a - b)).toEqual([...Array(40).keys()]);
    expect(most).toBe(3);
    // While task 0 ran, only tasks 1-5 could start.
    expect(started.indexOf(6)).toBeGreaterThan(started.indexOf(5));
  });

  it('rejects with the first error once the running tasks have ended, and starts no more', async () => {
    const started: number[] = [];
    let ended = 0;
    const run = inWindow(20, 2, 4, async (i) => {
      started.push(i);
      await tick(5);
      ended++;
      if (i === 3) throw new Error('chunk 3 failed');
    });
    await expect(run).rejects.toThrow('chunk 3 failed');
    expect(ended).toBe(started.length);
    expect(started.length).toBeLessThan(20);
  });

  it('resolves at once when there is nothing to run', async () => {
    await expect(inWindow(0, 2, 4, async () => {})).resolves.toBeUndefined();
  });
});
