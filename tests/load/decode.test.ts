import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode, lostCharacters } from '../../src/load/decode.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const reference = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);

describe('decode: valid UTF-8 (the fast transcode path)', () => {
  it('gives exactly what TextDecoder gives, for any text (Chinese, ASCII, emoji, NUL, U+FFFD)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const bytes = utf8(text);
        const decoded = decode(bytes);
        expect(decoded.encoding).toBe('utf-8');
        expect(decoded.text).toBe(reference(bytes));
      }),
      { numRuns: 500 },
    );
  });

  it('reads a view into a larger buffer by its own bytes only', () => {
    const whole = utf8('前缀一、主动公开情况后缀');
    const view = whole.subarray(6, whole.length - 6);
    expect(decode(view)).toEqual({ text: '一、主动公开情况', encoding: 'utf-8', lossless: true });
  });

  it('drops a UTF-8 byte order mark, and keeps U+FFFD for bad bytes after one', () => {
    const bom = [0xef, 0xbb, 0xbf];
    expect(decode(new Uint8Array([...bom, ...utf8('县政府')]))).toEqual({ text: '县政府', encoding: 'utf-8', lossless: true });
    expect(decode(new Uint8Array([...bom, ...utf8('县'), 0xff]))).toEqual({ text: '县\uFFFD', encoding: 'utf-8' });
  });

  it('an empty file is empty UTF-8 text', () => {
    expect(decode(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', lossless: true });
  });
});

describe('lostCharacters', () => {
  it("counts what the decoder replaced, not the file's own U+FFFD", () => {
    const own = utf8('一、主动公开\uFFFD情况');
    expect(lostCharacters(own, decode(own))).toBe(0);
    const broken = new Uint8Array([...utf8('一、主动公开情况，全年公开信息。'.repeat(5)), 0xff, ...utf8('\uFFFD条')]);
    const decoded = decode(broken);
    expect(decoded.encoding).toBe('utf-8');
    expect(lostCharacters(broken, decoded)).toBe(1);
  });
});
