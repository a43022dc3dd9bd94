/**
 * Process-level behaviour, through the built bin/ (CI builds before testing): Ctrl-C stops a batch
 * promptly with 130 and leaves no half-written output, inputs are never written to, hostile input never
 * prints a stack trace, a closed pipe is not a crash, and atomic writes are never seen half-done.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/io/atomic.js';
import { runCli } from '../helpers/cli.js';
import { REPORT, reportFor, spawnBin, tempDir, type Exit } from './helpers.js';
import { bombData, zip } from './zip.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const BUILT = existsSync(join(ROOT, 'dist/cli.js'));
const { dir, cleanup } = tempDir();
afterAll(cleanup, 60_000);

function runBin(args: string[], opts: { onStart?: (child: ReturnType<typeof spawn>) => void; timeout?: number } = {}): Promise<Exit> {
  return spawnBin(args, { cwd: dir, ...opts });
}

function folderOf(name: string, files: number): string {
  const d = join(dir, name);
  mkdirSync(d, { recursive: true });
  for (let i = 0; i < files; i++) writeFileSync(join(d, `r${String(i).padStart(5, '0')}.txt`), reportFor(i));
  return d;
}

const checksums = (d: string) =>
  Object.fromEntries(
    readdirSync(d, { recursive: true, encoding: 'utf8' })
      .map((f) => join(d, f))
      .filter((f) => statSync(f, { throwIfNoEntry: false })?.isFile())
      .map((f) => [f, `${createHash('sha256').update(readFileSync(f)).digest('hex')} ${statSync(f).mtimeMs}`]),
  );

describe.skipIf(!BUILT)('the built command (skipped until `npm run build` has made dist/)', () => {
  it('Ctrl-C stops a big batch within two seconds with exit 130; the old output file is left whole', async () => {
    const big = folderOf('big', 10_000);
    const out = join(dir, 'out.json');
    writeFileSync(out, 'OLD');
    let sentAt = 0;
    const exit = await runBin([big, '--format', 'json', '-o', out], {
      onStart: (child) =>
        setTimeout(() => {
          sentAt = Date.now();
          child.kill('SIGINT');
        }, 800),
    });
    expect(Date.now() - sentAt).toBeLessThan(2_000);
    expect(exit.code).toBe(130);
    expect(exit.stderr).toMatch(/interrupted \(SIGINT\)/);
    expect(readFileSync(out, 'utf8')).toBe('OLD');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 90_000);

  it('never writes to its inputs: checksums and times are the same after a run', async () => {
    const inputs = folderOf('inputs', 20);
    writeFileSync(join(inputs, 'w.docx'), zip([{ name: 'word/document.xml', data: '<w:document/>' }]));
    writeFileSync(join(inputs, 'crlf.txt'), REPORT.replace(/\n/g, '\r\n'));
    const before = checksums(inputs);
    const exit = await runBin([inputs, '--format', 'json', '-o', join(dir, 'report.json')]);
    expect([0, 1, 2]).toContain(exit.code);
    expect(checksums(inputs)).toEqual(before);
    expect(Object.keys(before)).toHaveLength(22);
  }, 60_000);

  it('a folder of hostile files gets messages and exit 2, never a stack trace', async () => {
    const d = join(dir, 'hostile');
    mkdirSync(d);
    writeFileSync(join(d, 'empty.txt'), '');
    writeFileSync(join(d, 'png.txt'), Buffer.from('89504e470d0a1a0a0000000d49484452000000100000001008060000', 'hex'));
    writeFileSync(join(d, 'bomb.docx'), zip([{ name: 'word/document.xml', deflated: bombData(1), declaredSize: 100 }]));
    writeFileSync(join(d, 'half.docx'), zip([{ name: 'word/document.xml', data: '<w:document/>' }]).subarray(0, 20));
    symlinkSync(join(d, 'loop.txt'), join(d, 'loop.txt'));
    writeFileSync(join(d, 'good.txt'), REPORT);
    const exit = await runBin([d]);
    expect(exit.code).toBe(2);
    expect(exit.stderr).toBe('');
    expect(exit.stdout).not.toMatch(/\n\s+at |internal error/);
    expect(exit.stdout).toMatch(/good\.txt\n.*得分 100\/100/);
    expect(exit.stdout.match(/error {4}/g)).toHaveLength(4); // png, bomb, half, loop
  }, 60_000);

  it('a reader that closes the pipe early is not a crash', async () => {
    const exit = await runBin([folderOf('medium', 600)], {
      onStart: (child) => child.stdout!.once('data', () => child.stdout!.destroy()),
    });
    expect(exit.stderr).not.toMatch(/Error|internal error/);
    expect(exit.signal).toBeNull();
  }, 60_000);

  it('a concurrent reader never sees half a file, even when the writer is killed', async () => {
    const target = join(dir, 'atomic.txt');
    writeFileSync(target, 'A'.repeat(4 << 20));
    const script = `import { writeFileAtomic } from ${JSON.stringify(join(ROOT, 'dist/io/atomic.js'))};
      for (let i = 0; ; i++) writeFileAtomic(${JSON.stringify(target)}, (i % 2 ? 'A' : 'B').repeat(4 << 20));`;
    const writer = spawn(process.execPath, ['--input-type=module', '-e', script]);
    const started = Date.now();
    let reads = 0;
    while (Date.now() - started < 1_500) {
      const text = await readFile(target, 'utf8');
      expect(text.length).toBe(4 << 20);
      expect(text === 'A'.repeat(4 << 20) || text === 'B'.repeat(4 << 20)).toBe(true);
      reads++;
    }
    writer.kill('SIGKILL');
    await new Promise((r) => writer.on('close', r));
    const last = readFileSync(target, 'utf8');
    expect(last === 'A'.repeat(4 << 20) || last === 'B'.repeat(4 << 20)).toBe(true);
    expect(reads).toBeGreaterThan(5);
  }, 30_000);
});

describe('inputs are read-only', () => {
  it('--output-file naming one of the inputs is refused and the input is left as it was', async () => {
    const input = join(dir, '输入.txt');
    writeFileSync(input, REPORT);
    const run = await runCli([input, '--format', 'json', '--output-file', input]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/one of the files being checked/);
    expect(readFileSync(input, 'utf8')).toBe(REPORT);
  });
});

describe('writeFileAtomic', () => {
  it('replaces a file and leaves no temporary file behind', () => {
    const d = join(dir, 'atomic-unit');
    const path = join(d, 'sub', '结果.json');
    writeFileAtomic(path, '旧');
    writeFileAtomic(path, new TextEncoder().encode('新'));
    expect(readFileSync(path, 'utf8')).toBe('新');
    expect(readdirSync(join(d, 'sub'))).toEqual(['结果.json']);
  });

  it('a failed write throws the file system error and removes its temporary file', () => {
    const d = join(dir, 'atomic-fail');
    mkdirSync(join(d, 'taken'), { recursive: true });
    writeFileSync(join(d, 'taken', 'keep.txt'), 'keep');
    expect(() => writeFileAtomic(join(d, 'taken'), 'x')).toThrow(expect.objectContaining({ code: expect.stringMatching(/EISDIR|ENOTEMPTY|EEXIST|EPERM/) }));
    expect(readdirSync(d)).toEqual(['taken']);
    expect(readFileSync(join(d, 'taken', 'keep.txt'), 'utf8')).toBe('keep');
  });
});
