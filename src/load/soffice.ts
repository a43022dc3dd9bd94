/**
 * .doc, .wps, .rtf and .odt through LibreOffice: converted to .docx in a private temporary folder
 * (removed afterwards) under a time limit, then read as any .docx. Without `soffice` on PATH the
 * file is refused with the command that converts it. Imported lazily by load/index.ts.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loaded } from './index.js';
import type { Code, MessageArgs } from '../messages/types.js';

/** LibreOffice's first start in a fresh profile takes 5-15 s; a hung conversion must not hold the batch. */
export const CONVERT_TIMEOUT_MS = 90_000;

/** The soffice (or libreoffice) executable on PATH, or null. */
export function findSoffice(path = process.env['PATH'] ?? ''): string | null {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    for (const name of ['soffice', 'libreoffice']) {
      const candidate = join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return null;
}

/** `bytes` are the file's, already read by the loader (by bytes when its name is not UTF-8, io/names.ts). */
export async function loadViaSoffice(path: string, ext: string, bytes: Uint8Array, next: (docx: Uint8Array) => Promise<Loaded>, timeoutMs = CONVERT_TIMEOUT_MS): Promise<Loaded> {
  const soffice = findSoffice();
  if (!soffice) return fail('sofficeMissing', { path, ext, name: basename(path) });
  const dir = await mkdtemp(join(tmpdir(), 'reportlint-soffice-'));
  try {
    // A plain ASCII name inside our own folder: the user's file name may hold anything.
    const input = join(dir, `input${ext}`);
    await writeFile(input, bytes);
    const outcome = await run(soffice, [
      '--headless', '--norestore', '--nologo', '--nolockcheck',
      // Its own profile: no clash with a LibreOffice the user has open, nothing left in their home.
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
      '--convert-to', 'docx', '--outdir', dir, input,
    ], timeoutMs);
    if (outcome !== 'ok') return fail('sofficeFailed', { path, reason: outcome });
    let docx: Uint8Array;
    try {
      docx = await readFile(join(dir, 'input.docx'));
    } catch {
      return fail('sofficeFailed', { path, reason: 'no .docx written' });
    }
    return await next(docx);
  } catch (error) {
    return fail('sofficeFailed', { path, reason: (error as NodeJS.ErrnoException).code ?? String(error).slice(0, 200) });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Runs soffice in its own process group, so a timeout kills the whole tree (soffice starts soffice.bin). */
function run(command: string, args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-300)));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
      resolve(`timed out after ${timeoutMs / 1000} s`);
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve(error.message);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve(code === 0 ? 'ok' : `exit ${code}${stderr.trim() ? `: ${stderr.trim().split('\n').pop()}` : ''}`);
    });
  });
}

/** A file error of `code`, with exactly that code's arguments (messages/types.ts). */
function fail<C extends Code>(code: C, args: MessageArgs[C]): Loaded {
  return { ok: false, error: { code, args, severity: 'error' } };
}
