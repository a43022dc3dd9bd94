import { describe, expect, it } from 'vitest';
import markdown, { COMMENT_LIMIT, md } from '../../src/format/markdown.js';
import { goldenContext, goldenResults, similarResults } from './input.js';

describe('markdown', () => {
  const text = markdown(goldenResults(), goldenContext());
  const tableRows = (t: string) => t.split('\n').filter((l) => l.startsWith('| '));

  it('makes text inert inside a table cell', () => {
    expect(md('a|b <script> *x* `c`\nd')).toBe('a\\|b \\<script\\> \\*x\\* \\`c\\` d');
  });

  it('has a heading with the verdict, the summary, and one table row per report', () => {
    expect(text.startsWith('### ❌ reportlint 9.9.9\n')).toBe(true);
    const summary = text.split('\n')[2]!;
    expect(summary).toContain('2 篇未通过');
    const firstTable = text.split('<details>')[0]!;
    // header + delimiter + 5 reports + 1 unreadable file
    expect(tableRows(firstTable)).toHaveLength(8);
  });

  it('every row has the header\'s number of cells (escaped pipes do not split cells)', () => {
    for (const part of text.split('<details>')) {
      const rows = tableRows(part);
      const count = (row: string) => row.replace(/\\\|/g, '').split('|').length;
      for (const row of rows) expect(count(row)).toBe(count(rows[0]!));
    }
  });

  it('lists failed sections and findings', () => {
    expect(text).toContain('| 演示县\\<档案馆\\> \\& "史志办"2024年工作总结 | 5-12 | `demo-summary` | 55/100 | ❌ 未通过：得分 55/100，低于及格线 60。 | 下一步计划 |');
    expect(text).toContain('80/100 | ❌ 未通过：缺少必备部分“存在问题”；表格数据不一致 1 处');
    expect(text).toContain('<details><summary>问题 (13)</summary>');
    expect(text).toContain('| 乡镇/演示镇政府.txt:5:3 | 已豁免 | 疑似未替换的占位符“XX”，请填写实际名称或数字。（已豁免：按要求隐去村名） |');
    expect(text).toContain('| 汇编,第1期%.txt:8:9 | 提示 |');
  });

  it('folds the similar reports away per report, with the passages\' lines on both sides', () => {
    expect(text).not.toContain('内容雷同');
    const similar = markdown(similarResults(), goldenContext());
    const block = similar.slice(similar.indexOf('<details><summary>内容雷同 (4)</summary>'), similar.indexOf('<details><summary>问题'));
    const rows = tableRows(block);
    expect(rows).toHaveLength(2 + 4);
    const count = (row: string) => row.replace(/\\\|/g, '').split('|').length;
    for (const r of rows) expect(count(r)).toBe(count(rows[0]!));
    expect(rows[2]).toBe(
      '| 乡镇/东风镇.txt:1 | 演示县东风镇2024年工作总结 | 本批报告 | 演示县西山镇2024年度工作总结 (乡镇/西山镇.txt:1) | 97% | 3-8↔4-9: 一、主要工作（一）在县委、县政府的正确领导下，认真贯彻落实《中华人民共和国政府信息公开条例》，紧…<br>10-13↔11-14: 二、存在问题 一是公开内容不够全面，\\<部分\\>栏目更新不及时 \\& 二是… |',
    );
    expect(block).toContain('| word/南湖镇.docx:1 (段) | 演示县南湖镇2024年工作总结 | 基准报告 |');
    const quiet = markdown(similarResults(), goldenContext('en', { quiet: true }));
    expect(quiet).toContain('<details><summary>Shared text (1)</summary>');
  });

  it('stays under GitHub\'s comment size limit on a big batch, saying how much it left out', () => {
    const one = goldenResults()[1]!;
    const many = Array.from({ length: 600 }, (_, i) => ({ ...one, path: `批次/第${i + 1}份,汇编.txt` }));
    const big = markdown(many, goldenContext());
    expect(big.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(big).toMatch(/……另有 \d+ 行未列出（评论长度有限）/);
    expect(big).toContain('<summary>问题 (2400)</summary>');
    expect(big.trimEnd().endsWith('</details>') || !big.includes('<details>')).toBe(true);
  });
});
