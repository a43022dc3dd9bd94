/** Placed text (PDF items, OFD TextCodes) -> lines: reading order, cells, joined paragraphs, pages. */
import { describe, expect, it } from 'vitest';
import { pagesToLines, type PlacedText } from '../../src/load/layout.js';

const t = (x: number, y: number, text: string, size = 10): PlacedText => ({ x, y, size, text, width: [...text].length * size });

describe('pagesToLines', () => {
  it('orders by baseline then x, with half a character of tolerance for a baseline that wobbles', () => {
    const { lines } = pagesToLines([[t(60, 20.3, '第二段'), t(0, 40, '下一行'), t(0, 20, '同一行，'), t(40, 19.8, '接着')]]);
    expect(lines).toEqual(['同一行，接着第二段', '下一行']);
  });

  it('a gap of a character or more starts a cell; a table row keeps its cells', () => {
    const { lines, hints } = pagesToLines([[t(0, 10, '（一）予以公开'), t(90, 10, '3'), t(120, 10, '1'), t(150, 10, '4')]]);
    expect(lines).toEqual(['（一）予以公开 | 3 | 1 | 4']);
    expect(hints[0]).toEqual({ cells: ['（一）予以公开', '3', '1', '4'] });
  });

  it('a table printed tight (figures run together with spaces) is still a row of cells, not a heading "一、"', () => {
    const { lines, hints } = pagesToLines([[t(0, 10, '一、本年新收政府信息公开申请数量 2 2 2 12'), t(0, 30, '（七）总计'), t(60, 30, '3 3 18')]]);
    expect(lines).toEqual(['一、本年新收政府信息公开申请数量 | 2 | 2 | 2 | 12', '（七）总计 | 3 | 3 | 18']);
    expect(hints.map((h) => h?.cells?.length)).toEqual([5, 4]);
  });

  it('a line that reaches the margin continues in the next; a heading enumerator never does', () => {
    const full = '这一行写满了版心的整个宽度，一共有二十四个汉字。';
    const page = [t(0, 10, full), t(0, 22, '接着写完。'), t(0, 34, full), t(0, 46, '二、下一部分'), t(0, 58, '短行。')];
    expect(pagesToLines([page]).lines).toEqual([`${full}接着写完。`, full, '二、下一部分', '短行。']);
  });

  it('short lines never join, even the longest of them (a signature block, a list of names)', () => {
    const page = [t(0, 10, '青山县人民政府办公室'), t(0, 22, '2025年1月20日')];
    expect(pagesToLines([page]).lines).toEqual(['青山县人民政府办公室', '2025年1月20日']);
  });

  it('pages: each starts a new line, and pageStarts says where', () => {
    const { lines, pageStarts } = pagesToLines([[t(0, 10, '第一页')], [], [t(0, 10, '第三页'), t(0, 30, '又一行')]]);
    expect(lines).toEqual(['第一页', '第三页', '又一行']);
    expect(pageStarts).toEqual([1, 2, 2]);
  });
});
