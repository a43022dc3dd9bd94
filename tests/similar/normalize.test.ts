import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIGURE, normalise, normalisePhrase } from '../../src/similar/normalize.js';
import { shingleHashes, SHINGLE } from '../../src/similar/shingle.js';

describe('normalise', () => {
  it('drops punctuation of either width and spaces', () => {
    expect(normalisePhrase('认真贯彻，落实《条例》。')).toBe(normalisePhrase('认真贯彻, 落实"条例".'));
    expect(normalisePhrase('认真贯彻，落实《条例》。')).toBe('认真贯彻落实条例');
  });

  it('turns years, figures (any width) and masks into one token', () => {
    const a = normalisePhrase('2023年公开信息352条，办结率100%');
    expect(a).toBe(`${FIGURE}年公开信息${FIGURE}条办结率${FIGURE}`);
    expect(normalisePhrase('２０２２年公开信息XX条，办结率９８．５％')).toBe(a);
    expect(normalisePhrase('由镇长***任组长')).toBe(normalisePhrase('由镇长x任组长'));
  });

  it('keeps each character’s file line and column', () => {
    const n = normalise(['标题', '', '一、主动公开', '全年公开１２条。'], 1, 4);
    expect(n.text).toBe(`标题一主动公开全年公开${FIGURE}条`);
    expect([...n.line]).toEqual([1, 1, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4]);
    expect(n.col[3]).toBe(2); // 主 after "一、"
    expect(n.col[11]).toBe(4); // the figure
  });

  it('gives equal shingles to texts that differ only in figures and punctuation', () => {
    const a = shingleHashes(normalisePhrase('全年共受理政府信息公开申请5件，均在法定期限内答复。'));
    const b = shingleHashes(normalisePhrase('全年共受理政府信息公开申请12件,均在法定期限内答复.'));
    expect(a.length).toBeGreaterThan(SHINGLE);
    expect([...a]).toEqual([...b]);
  });

  it('leaves table rows out (tab or | cells, a figure in its own cell, three figures apart) but keeps prose with figures', () => {
    const lines = [
      '（三）不予公开 1.属于国家秘密\t0\t0\t0\t0',
      '行政许可\t142',
      '申请人情况 | 自然人 | 商业企业',
      '行政复议 结果维持 0 0 0',
      '全年公开信息326条，其中政策文件17条、惠农补贴信息58条。',
    ];
    expect(normalise(lines, 1, lines.length).text).toBe(`全年公开信息${FIGURE}条其中政策文件${FIGURE}条惠农补贴信息${FIGURE}条`);
  });
});

/** normalise() as it was before lines NFKC leaves alone skipped it (a5e4628): the oracle for the fast path. */
function oracle(lines: readonly string[]) {
  const text: number[] = [];
  const line: number[] = [];
  const col: number[] = [];
  const isDigit = (c: number) => c >= 48 && c <= 57;
  const isPart = (c: number) => isDigit(c) || c === 46 || c === 44 || c === 37;
  const isMask = (c: number) => c === 88 || c === 120 || c === 215 || c === 42;
  lines.forEach((raw, k) => {
    const t = raw.normalize('NFKC');
    const trimmed = t.trim();
    const separators = trimmed.match(/\t|\s\|\s|｜/g)?.length ?? 0;
    if (separators >= 2 || (separators === 1 && /(?:\t|\|)\s*[\d.,%-]+\s*$/.test(trimmed)) || (trimmed.match(/(?:^|\s)[\d.,%-]+(?=\s|$)/g)?.length ?? 0) >= 3) return;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      const at = i;
      let kept: number | null = null;
      if (isDigit(c)) {
        kept = 35;
        while (i + 1 < t.length && isPart(t.charCodeAt(i + 1))) i++;
      } else if (isMask(c)) {
        kept = 35;
        while (i + 1 < t.length && isMask(t.charCodeAt(i + 1))) i++;
      } else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) kept = c;
      else if (c >= 0xd840 && c <= 0xd87f && i + 1 < t.length) {
        kept = 0xe000 + (((c << 10) + t.charCodeAt(i + 1)) % 6400);
        i++;
      }
      if (kept === null) continue;
      text.push(kept);
      line.push(k + 1);
      col.push(at);
    }
  });
  return { text: String.fromCharCode(...text), line, col };
}

describe('normalise on lines NFKC leaves alone (fast path) and on the others', () => {
  const chars = [...'政务公开全年条件', '1', '2', '0', '.', ',', '%', '-', ' ', ' ', '\t', '|', '｜', 'X', 'x', '*', '×', '＊', 'Ｘ', '１', '２', '，', '。', '、', '％', '．', '“', '”', '《', '》', '（', '）', '…', '\u3000', '\u00a0', 'Ａ', 'a', '\u0301', '㈠', '①', '\u{20000}'];
  it('gives what NFKC on every line gives', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...chars), { maxLength: 30 }).map((cs) => cs.join('')), { minLength: 1, maxLength: 6 }), (lines) => {
        const got = normalise(lines, 1, lines.length);
        const want = oracle(lines);
        expect(got.text).toBe(want.text);
        expect([...got.line]).toEqual(want.line);
        expect([...got.col]).toEqual(want.col);
      }),
      { numRuns: 2000 },
    );
  });
});
