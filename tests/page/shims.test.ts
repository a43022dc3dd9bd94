/** The page's stand-ins for Node built-ins (src/page/shims/), checked against Node's own. */
import { isUtf8 as nodeIsUtf8 } from 'node:buffer';
import { posix } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isUtf8 } from '../../src/page/shims/buffer.js';
import * as path from '../../src/page/shims/path.js';
import { inflateRawSync } from '../../src/page/shims/zlib.js';

describe('page shims', () => {
  it('path: resolve, relative and extname as POSIX node:path gives them', () => {
    const cases: [string, string][] = [['/', 'a.txt'], ['/x/y', '../z/b.docx'], ['/', '/q/r.md'], ['/a/b', '/a/b/c']];
    for (const [from, to] of cases) {
      expect(path.resolve(from, to)).toBe(posix.resolve(from, to));
      expect(path.relative(from, path.resolve(from, to))).toBe(posix.relative(from, posix.resolve(from, to)));
    }
    for (const name of ['a.txt', 'b.tar.gz', '.hidden', 'noext', '草稿.DOCX']) expect(path.extname(name)).toBe(posix.extname(name));
  });

  it('path: normalize as POSIX node:path gives it (zip part names, load/zip-guard.ts)', () => {
    for (const p of ['word/document.xml', '/word/../customXml/item1.xml', 'word/./media/../styles.xml', 'a/b/../../..', '/']) {
      expect(path.normalize(p)).toBe(posix.normalize(p));
    }
  });

  it('buffer: isUtf8 agrees with Node\'s', () => {
    for (const bytes of [new TextEncoder().encode('政务公开'), new Uint8Array([0xd5, 0xfe, 0xce, 0xf1]), new Uint8Array([0xef, 0xbb])]) {
      expect(isUtf8(bytes)).toBe(nodeIsUtf8(bytes));
    }
  });

  it('zlib: inflates, and refuses output past the cap with Node\'s error code', () => {
    const data = deflateRawSync(Buffer.from('年'.repeat(10_000)));
    expect(new TextDecoder().decode(inflateRawSync(data))).toBe('年'.repeat(10_000));
    expect(() => inflateRawSync(data, { maxOutputLength: 100 })).toThrow(expect.objectContaining({ code: 'ERR_BUFFER_TOO_LARGE' }));
  });
});
