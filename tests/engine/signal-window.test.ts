/**
 * A big file is loaded (decoded, split) with the system's default signal action, not only checked:
 * a Ctrl-C during a long decode otherwise waited for bin/'s handler until the whole check ended.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

const seen: number[] = [];
vi.mock('../../src/load/index.js', async (original) => {
  const real = await original<typeof import('../../src/load/index.js')>();
  return {
    ...real,
    loadFile: (...args: Parameters<typeof real.loadFile>) => {
      seen.push(process.listenerCount('SIGINT'));
      return real.loadFile(...args);
    },
  };
});

const { checkFile } = await import('../../src/engine/batch.js');
const { installSignalHandlers } = await import('../../src/signals.js');
const { loadRuleSets } = await import('../../src/api.js');

const dir = mkdtempSync(join(tmpdir(), 'rl-signal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the signal window of a big file', () => {
  it('takes bin/ handlers off while a big file loads, and leaves them on for a small one', async () => {
    const handler = () => {};
    installSignalHandlers({ SIGINT: handler });
    try {
      const line = '一、主动公开。全年公开政府信息一百条，其中政策文件二十条。\n';
      // A web page goes through loadFile (plain text under 8 MB takes the synchronous path instead).
      writeFileSync(join(dir, 'big.html'), `<html><body><p>${line.repeat(80_000)}</p></body></html>`);
      writeFileSync(join(dir, 'small.html'), `<html><body><p>${line}</p></body></html>`);
      const options = { ruleSets: loadRuleSets(), load: { cwd: dir }, readStdin: () => Promise.resolve(new Uint8Array()) };
      await checkFile('big.html', options);
      await checkFile('small.html', options);
      const own = process.listenerCount('SIGINT');
      expect(seen).toEqual([own - 1, own]);
    } finally {
      process.off('SIGINT', handler);
    }
  });
});
