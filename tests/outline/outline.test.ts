import { describe, expect, it } from 'vitest';
import { buildOutline, nodeContent, titleOf } from '../../src/outline/index.js';
import type { ReportSpan } from '../../src/types.js';

function outline(text: string) {
  const lines = ['某单位2024年政务公开工作总结', ...text.split('\n')];
  const span: ReportSpan = { title: lines[0]!, startLine: 1, endLine: lines.length };
  return { lines, outline: buildOutline(lines, span) };
}

const brief = (text: string) =>
  outline(text).outline.nodes.map((n) => [n.kind, n.level, n.marker, n.title, n.line]);

describe('heading levels', () => {
  it.each([
    ['一、主动公开情况', 1, '一、'],
    ['十二、其他事项', 1, '十二、'],
    ['（一）依申请公开', 2, '（一）'],
    ['(二)平台建设', 2, '(二)'],
    ['1.网站建设', 3, '1.'],
    ['2、新媒体', 3, '2、'],
    ['3．公开栏', 3, '3．'],
    ['（1）组织领导', 4, '（1）'],
    ['(2)培训', 4, '(2)'],
    ['①考核', 5, '①'],
  ])('%s is level %i', (line, level, marker) => {
    const [node] = outline(line).outline.nodes;
    expect(node).toMatchObject({ kind: 'heading', level, marker });
  });

  it('does not take a decimal figure for an enumerator', () => {
    expect(brief('1.5万人次参加培训')).toEqual([]);
  });

  it('finds headings behind odd spaces, zero-width marks and mojibake', () => {
    expect(brief('\u3000\u200b二、存在问题\n??四、下一步计划').map((n) => n.slice(0, 4))).toEqual([
      ['heading', 1, '二、', '存在问题'],
      ['heading', 1, '四、', '下一步计划'],
    ]);
  });

  it('does not read a table row as a heading, with blank cells too', () => {
    expect(brief('一、本年新收政府信息公开申请数量\t\t5\t1\t\t0 \t6 ')).toEqual([]);
    expect(brief('一、结转\t\t3')).toEqual([]);
    expect(brief('一、本年新收\t5\t1\t')).toEqual([]);
    expect(brief('一、主动公开\t全年公开信息\t5条')).toEqual([['heading', 1, '一、', '主动公开\t全年公开信息\t5条', 2]]);
  });

  it('reads a long line of tabs and figures that is no table row in linear time (no backtracking blow-up)', () => {
    // Each cell's separator used to be able to match as the previous cell's trailing space: 2^n tries.
    const started = Date.now();
    brief(`一、${'\t1\t'.repeat(40)}x`);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('keeps the old reading of a table row', () => {
    expect(brief('一、本年新收政府信息公开申请数量\t5\t1\t0\t6')).toEqual([]);
  });
});

describe('lead phrases', () => {
  it('finds 一是/二是 inside one long line, after the heading on it', () => {
    expect(brief('（二）狠抓重点任务。一是持续做好主动公开。二是办好依申请公开，全年受理3件。')).toEqual([
      ['heading', 2, '（二）', '狠抓重点任务', 2],
      ['lead', 6, '一是', '持续做好主动公开', 2],
      ['lead', 6, '二是', '办好依申请公开，全年受理3件', 2],
    ]);
  });

  it('counts 其次 only after 首先', () => {
    expect(brief('其次，这只是普通的句子。').length).toBe(0);
    expect(brief('首先，加强领导。其次，完善制度。').map((n) => n[2])).toEqual(['首先', '其次']);
  });
});

describe('bare headings and content', () => {
  it('takes a short line standing alone before its text as a heading', () => {
    expect(brief('存在的主要问题\n部分栏目更新不及时，信息发布审核把关不严。')[0]).toEqual(['heading', 1, '', '存在的主要问题', 2]);
  });

  it('does not take a date line for a heading', () => {
    expect(brief('2024年12月20日\n某单位')).toEqual([]);
  });

  it('gives a node its content up to the next node of its level', () => {
    const { lines, outline: o } = outline('一、主动公开\n全年公开信息30条。\n（一）重点领域\n公开财政信息5条。\n二、存在问题\n问题一。');
    expect(o.nodes.map((n) => [n.line, n.endLine, n.parent])).toEqual([[2, 5, -1], [4, 5, 0], [6, 7, -1]]);
    expect(nodeContent(o, lines, 0)).toContain('公开财政信息5条');
    expect(nodeContent(o, lines, 2)).not.toContain('公开财政信息');
  });

  it('cuts a lead phrase at the next one on the same line', () => {
    const { lines, outline: o } = outline('一是公开信息10条；二是答复申请2件。');
    expect(nodeContent(o, lines, 0)).toBe('一是公开信息10条；');
  });
});

describe('titleOf', () => {
  it('stops at the sentence end', () => expect(titleOf('依申请公开方面。全年受理3件')).toBe('依申请公开方面'));
  it('cuts a long lead at its first clause', () => expect(titleOf('主动公开，2024年，我局主动公开各类信息34条并及时更新目录', true)).toBe('主动公开'));
});

describe('a report run into one line', () => {
  it('starts headings at 一、 （一） and 1、 after a sentence end or a space', () => {
    const line = `一、总体情况 全年工作有序推进。（一）主动公开 全年公开信息120条。 1、重点领域 公开财政信息5条，${'其余为工作动态。'.repeat(20)}`;
    expect(brief(line).filter((n) => n[0] === 'heading').map((n) => [n[1], n[2], n[3]])).toEqual([
      [1, '一、', '总体情况 全年工作有序推进'],
      // An inline heading's words end at the space that ends it on a page that lost its line breaks.
      [2, '（一）', '主动公开'],
      [3, '1、', '重点领域'],
    ]);
  });

  it('does not take a figure such as 1.5 or a list number inside a short line for a heading', () => {
    expect(brief('全年增长 1.5个百分点，其中 2、3 月份较多。')).toEqual([]);
  });
});
