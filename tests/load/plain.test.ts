/**
 * load/ owns every read and every "which loader" decision (issue 15): the batch's synchronous
 * fast path, bytes in memory, and the bytes the cache fingerprints all go through load/.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadInMemory } from '../../src/load/index.js';
import { fingerprint, inputSize, loadPlainBytes, readInput, readPlain } from '../../src/load/plain.js';
import { docxFromText } from '../helpers/docx.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const MD = '# 某县2024年政务公开工作总结\n\n## 一、主动公开\n全年公开信息120条。\n';

describe('load/plain', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'reportlint-plain-'));
    writeFileSync(join(dir, 'a.md'), MD);
    writeFileSync(join(dir, 'a.txt'), MD);
    writeFileSync(join(dir, 'a.docx'), 'PK not really');
    mkdirSync(join(dir, 'folder.txt'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('readPlain reads text and Markdown from options.cwd, and leaves everything else to loadFile', () => {
    expect(Buffer.from(readPlain('a.md', { cwd: dir })!).toString('utf8')).toBe(MD);
    expect(readPlain('a.txt', { cwd: dir })).not.toBeNull();
    expect(readPlain('a.docx', { cwd: dir })).toBeNull();
    expect(readPlain('folder.txt', { cwd: dir })).toBeNull();
    expect(readPlain('gone.txt', { cwd: dir })).toBeNull();
  });

  it('loadPlainBytes tells Markdown from text by the name', () => {
    const md = loadPlainBytes('r.MD', utf8(MD));
    const txt = loadPlainBytes('r.txt', utf8(MD));
    expect(md.ok && md.source.format).toBe('markdown');
    expect(md.ok && md.source.hints?.[0]?.headingLevel).toBe(1);
    expect(txt.ok && txt.source.format).toBe('text');
  });

  it('loadInMemory: Markdown by a .md name, else by the first bytes (a zip is a Word file)', async () => {
    const md = await loadInMemory('inline.md', utf8(MD));
    expect(md.ok && md.source.format).toBe('markdown');
    const docx = await loadInMemory('inline.txt', await docxFromText('某县2024年政务公开工作总结\n一、主动公开'));
    expect(docx.ok && docx.source.lineUnit).toBe('paragraph');
  });

  it('readInput gives the cache the bytes it fingerprints, and refuses what is not a regular file', () => {
    const bytes = readInput('a.md', { cwd: dir });
    expect(fingerprint(bytes)).toEqual({ size: Buffer.byteLength(MD), hash: fingerprint(utf8(MD)).hash });
    expect(fingerprint(bytes).hash).toMatch(/^[0-9a-f]{40}$/u);
    expect(inputSize('a.md', { cwd: dir })).toBe(Buffer.byteLength(MD));
    expect(inputSize('gone.txt', { cwd: dir })).toBe(0);
    expect(() => readInput('folder.txt', { cwd: dir })).toThrow(expect.objectContaining({ code: 'EISDIR' }));
    if (process.platform !== 'win32') {
      execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
      expect(() => readInput('pipe.txt', { cwd: dir })).toThrow(expect.objectContaining({ code: 'ENOTFILE' }));
    }
  });
});
