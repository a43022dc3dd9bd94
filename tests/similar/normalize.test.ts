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
