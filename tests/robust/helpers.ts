/** Shared by the robustness tests: temp folders that are always removed, and report text of our own. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The complete sample report (passes zwgk-summary); sections on lines 5, 7, 9, 11, 13, 15, 17. */
export const REPORT = readFileSync(new URL('../fixtures/robust/report.txt', import.meta.url), 'utf8');

/** A fresh temp folder; call the returned function (afterAll/afterEach) to remove it. */
export function tempDir(prefix = 'reportlint-robust-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The report retitled for unit `i`, so a compilation's reports differ. */
export function reportFor(i: number): string {
  return REPORT.replace('青山县商务局', `第${i}号单位`);
}

/** A compilation of at least `bytes` UTF-8 bytes: title, blank line, reports three blank lines apart. */
export function compilation(bytes: number): { text: string; reports: number } {
  const parts = ['2024年度政务公开工作总结汇编', ''];
  let size = 0;
  let reports = 0;
  while (size < bytes) {
    const r = reportFor(reports++);
    parts.push(r, '', '');
    size += Buffer.byteLength(r) + 3;
  }
  return { text: parts.join('\n'), reports };
}

/** The built command line (CI builds before testing). */
export const BIN = new URL('../../bin/reportlint.js', import.meta.url).pathname;

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the built bin in `cwd` without colour; rejects (after SIGKILL) when it hangs past `timeout`. */
export function spawnBin(args: string[], opts: { cwd: string; onStart?: (child: ReturnType<typeof spawn>) => void; timeout?: number }): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: opts.cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`reportlint hung: ${args.join(' ')}`));
    }, opts.timeout ?? 60_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
    opts.onStart?.(child);
  });
}

/** A folder maker for tests that need one fresh folder each, holding one good report as input.txt. */
export function caseFolders(root: string): () => { d: string; input: string } {
  let n = 0;
  return () => {
    const d = join(root, `case${n++}`);
    mkdirSync(d, { recursive: true });
    const input = join(d, 'input.txt');
    writeFileSync(input, REPORT);
    return { d, input };
  };
}

/** Whether mkfifo works here (not on Windows). */
export const canFifo = spawnSync('mkfifo', ['--help']).status === 0;

/** Makes a FIFO at `path` and returns the path. */
export function fifo(path: string): string {
  if (spawnSync('mkfifo', [path]).status !== 0) throw new Error(`mkfifo ${path} failed`);
  return path;
}
