/**
 * Nothing outside the output is ever written (issue 18, "What broke" 1, 2, 8 and 10): the cache and
 * -o refuse inputs, links to inputs, devices and FIFOs; an interrupted write's temp file is removed by
 * the next run; the output written into a checked folder is not read back as an input.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, linkSync, openSync, lstatSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { canFifo, caseFolders, fifo, REPORT, tempDir } from './helpers.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const BIN = join(ROOT, 'bin/reportlint.js');
const BUILT = existsSync(join(ROOT, 'dist/cli.js'));
const { dir, cleanup } = tempDir();
afterAll(cleanup, 60_000);

const setup = caseFolders(dir);

describe('the cache never replaces an input', () => {
  it('--cache-location naming an input is refused with exit 2, and the input is left as it was', async () => {
    const { input } = setup();
    const run = await runCli([input, '--cache', '--cache-location', input]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--cache-location .* is one of the files being checked/);
    expect(readFileSync(input, 'utf8')).toBe(REPORT);
  });

  it('--cache-location through a symlink or a hard link to an input is refused', async () => {
    const { d, input } = setup();
    symlinkSync(input, join(d, 'soft.cache'));
    linkSync(input, join(d, 'hard.cache'));
    for (const name of ['soft.cache', 'hard.cache']) {
      const run = await runCli([input, '--cache', '--cache-location', join(d, name)]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/one of the files being checked/);
    }
    expect(readFileSync(input, 'utf8')).toBe(REPORT);
    expect(lstatSync(join(d, 'soft.cache')).isSymbolicLink()).toBe(true);
  });

  it.skipIf(!canFifo)('a FIFO as the cache is refused at once (no hang, not replaced)', async () => {
    const { d, input } = setup();
    fifo(join(d, 'cache.fifo'));
    const run = await runCli([input, '--cache', '--cache-location', join(d, 'cache.fifo')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/device, FIFO or socket/);
    expect(lstatSync(join(d, 'cache.fifo')).isFIFO()).toBe(true);
  });
});

describe('-o never replaces an input, a device or a pipe', () => {
  it('-o through a symlink or a hard link to an input is refused, the input unchanged', async () => {
    const { d, input } = setup();
    symlinkSync(input, join(d, 'soft.json'));
    linkSync(input, join(d, 'hard.json'));
    for (const name of ['soft.json', 'hard.json']) {
      const run = await runCli([input, '-f', 'json', '-o', join(d, name)]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/--output-file .*(link to|one of the files being checked)/);
    }
    expect(readFileSync(input, 'utf8')).toBe(REPORT);
  });

  it.skipIf(!canFifo)('-o onto a FIFO is refused, before anything is checked, and the FIFO stays', async () => {
    const { d, input } = setup();
    fifo(join(d, 'out.fifo'));
    const run = await runCli([input, '-o', join(d, 'out.fifo')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--output-file .* is a device, FIFO or socket/);
    expect(lstatSync(join(d, 'out.fifo')).isFIFO()).toBe(true);
  });

  it('-o onto a link to a device (/dev/null) is refused; the device is not replaced', async () => {
    const { d, input } = setup();
    symlinkSync('/dev/null', join(d, 'null.json'));
    const run = await runCli([input, '-f', 'json', '-o', join(d, 'null.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/device, FIFO or socket/);
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('the temp file of an interrupted write (its process gone) is removed by the next write', async () => {
    const { d, input } = setup();
    // A pid no process has: above every live one and under the kernel's limit.
    const dead = 4_194_000;
    const stale = join(d, `.out.json.${dead}.deadbeef.tmp`);
    writeFileSync(stale, '{"half":');
    const run = await runCli([input, '-f', 'json', '-o', join(d, 'out.json')]);
    expect(run.code).toBe(0);
    expect(readdirSync(d).sort()).toEqual(['input.txt', 'out.json']);
  });

  it('output written into the checked folder is not read back as an input by the next run', async () => {
    for (const [format, name] of [['markdown', '结果.md'], ['stylish', '结果.txt']] as const) {
      const { d } = setup();
      const out = join(d, name);
      expect((await runCli([d, '-f', format, '-o', out])).code).toBe(0);
      const second = await runCli([d, '-f', format, '-o', out]);
      expect(second.code).toBe(0);
      expect(readFileSync(out, 'utf8')).toContain('input.txt');
      expect(readFileSync(out, 'utf8')).not.toContain(name);
    }
  });
});

describe.skipIf(!BUILT)('the built command', () => {
  it('`reportlint - < input.txt -o input.txt`: the file behind standard input is refused as an input', () => {
    const { input } = setup();
    const fd = openSync(input, 'r');
    try {
      const run = spawnSync(process.execPath, [BIN, '-', '-o', input], { stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8' });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/--output-file .* is one of the files being checked/);
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(input, 'utf8')).toBe(REPORT);
  });

  it('-o inside a path whose folder is a file: one clear message, exit 2, no stack trace at exit', () => {
    const { input } = setup();
    const run = spawnSync(process.execPath, [BIN, input, '-o', join(input, 'r.json')], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/cannot write output file .*\(ENOTDIR\)/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
