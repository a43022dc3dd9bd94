import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import html from '../../src/format/html.js';
import type { FileResult } from '../../src/types.js';
import { goldenContext, goldenResults, similarResults } from './input.js';

describe('html (as text; tests/browser renders it)', () => {
  it('escapes report text so a title cannot inject markup', () => {
    const results = goldenResults();
    const hostile: FileResult = { ...results[0]!, reports: [{ ...results[0]!.reports[0]!, title: '<script>alert(1)</script><img src=x onerror=y>' }] };
    const page = html([hostile], goldenContext());
    // The page's own script is the only one.
    expect(page.match(/<script/gi)).toHaveLength(1);
    expect(page).not.toMatch(/<img|<script>alert/i);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('is self-contained: one inline script allowed by its hash, no outside URLs, a CSP that forbids loading any', () => {
    const page = html(goldenResults(), goldenContext());
    const script = /<script>([\s\S]*?)<\/script>/.exec(page)![1]!;
    const hash = createHash('sha256').update(script).digest('base64');
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'"`);
    // No inline event handlers: the CSP would block them.
    expect(page).not.toMatch(/\son[a-z]+="/);
    expect(page).not.toMatch(/\b(?:src|href)="(?!#)/);
    expect(page).not.toMatch(/url\(|@import|https?:\/\//);
  });

  it('gives tied scores the same rank', () => {
    const results = goldenResults();
    const twin: FileResult = { ...results[0]!, path: '另一份.txt' };
    const page = html([results[0]!, twin, results[2]!], goldenContext());
    const ranks = [...page.matchAll(/<td class="num rank" data-sort="\d*">(\d*)<\/td>/g)].map((m) => m[1]);
    expect(ranks).toEqual(['1', '1', '3']);
  });

  it("lists each report's similar reports with the passages on both sides, and counts the pairs in the summary", () => {
    const page = html(similarResults(), goldenContext());
    // Both reports of the pair list it; the summary counts it once.
    expect(page).toContain('<div class="card similar"><b>1</b>雷同报告对</div>');
    expect(page).toContain('<div class="card similar-baseline"><b>2</b>与基准雷同</div>');
    expect(page).toContain('本批报告中发现 1 对内容雷同；2 处与基准报告雷同（其中 1 处照搬“存在问题”或“下一步计划”）。');
    const first = page.slice(page.indexOf('<article class="report pass" id="r1">'), page.indexOf('<article', page.indexOf('id="r1"')+1));
    expect(first).toContain('<a href="#r2">演示县西山镇2024年度工作总结</a></b> <code>乡镇/西山镇.txt</code>');
    expect(first).toContain('相似度 97%');
    expect(first).toContain('<td class="num">行 3-8</td><td class="num">行 4-9</td><td class="num">312</td>');
    // The excerpt is text, not markup.
    expect(first).toContain('一是公开内容不够全面，&lt;部分&gt;栏目更新不及时 &amp; 二是…');
    // A .docx baseline counts paragraphs on both sides.
    expect(page).toContain('<td class="num">段 2-7</td><td class="num">段 2-7</td>');
  });

  it('escapes what the similar list quotes from other reports', () => {
    const results = similarResults();
    const r = results[0]!.reports[0]!;
    const hostile = { ...r, similar: r.similar!.map((m) => ({ ...m, title: '<script>x()</script>', path: '"><img src=x>.txt', passages: m.passages.map((p) => ({ ...p, excerpt: '<iframe>' })) })) };
    const page = html([{ ...results[0]!, reports: [hostile] }], goldenContext());
    expect(page.match(/<script/gi)).toHaveLength(1);
    expect(page).not.toMatch(/<script>x|<img|<iframe/i);
    expect(page).toContain('&lt;iframe&gt;');
  });

  it('shows nothing of the similarity pass when it did not run, and its errors only under --quiet', () => {
    expect(html(goldenResults(), goldenContext())).not.toMatch(/class="(?:card )?similar/);
    const quiet = html(similarResults(), goldenContext('en', { quiet: true }));
    expect(quiet.match(/<li class="similar-match"/g)).toHaveLength(1);
    expect(quiet).toContain('Problems copied from the baseline');
    expect(quiet).toContain('<div class="card similar"><b>0</b>Similar pairs</div>');
  });

  it('says when it was made only when the context carries a clock', () => {
    expect(html(goldenResults(), goldenContext())).not.toContain('生成于');
    expect(html(goldenResults(), goldenContext('en', { now: new Date('2025-06-30T23:59:00Z') }))).toContain('Generated 2025-06-30 23:59 UTC');
  });
});
