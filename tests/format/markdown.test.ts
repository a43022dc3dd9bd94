import { describe, expect, it } from 'vitest';
import markdown, { COMMENT_LIMIT, md } from '../../src/format/markdown.js';
import { goldenContext, goldenResults } from './input.js';

describe('markdown', () => {
  const text = markdown(goldenResults(), goldenContext());
  const tableRows = (t: string) => t.split('\n').filter((l) => l.startsWith('| '));

  it('makes text inert inside a table cell', () => {
    expect(md('a|b <script> *x* `c`\nd')).toBe('a\\|b \\<script\\> \\*x\\* \\`c\\` d');
  });

  it('has a heading with the verdict, the summary, and one table row per report', () => {
    expect(text.startsWith('### ❌ reportlint 9.9.9\n')).toBe(true);
    const summary = text.split('\n')[2]!;
    expect(summary).toContain('1 篇未通过');
    const firstTable = text.split('<details>')[0]!;
    // header + delimiter + 4 reports + 1 unreadable file
    expect(tableRows(firstTable)).toHaveLength(7);
  });

  it('every row has the header\'s number of cells (escaped pipes do not split cells)', () => {
    for (const part of text.split('<details>')) {
      const rows = tableRows(part);
      const count = (row: string) => row.replace(/\\\|/g, '').split('|').length;
      for (const row of rows) expect(count(row)).toBe(count(rows[0]!));
    }
  });

  it('lists failed sections and findings', () => {
    expect(text).toContain('| 演示县\\<档案馆\\> \\& "史志办"2024年工作总结 | 5-12 | `demo-summary` | 55/100 | ❌ 未通过 | 下一步计划 |');
    expect(text).toContain('<details><summary>问题 (5)</summary>');
    expect(text).toContain('| 汇编,第1期%.txt:8:9 | 提示 |');
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
