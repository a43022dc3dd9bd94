import { describe, expect, it } from 'vitest';
import html from '../../src/format/html.js';
import type { FileResult } from '../../src/types.js';
import { goldenContext, goldenResults } from './input.js';

describe('html (as text; tests/browser renders it)', () => {
  it('escapes report text so a title cannot inject markup', () => {
    const results = goldenResults();
    const hostile: FileResult = { ...results[0]!, reports: [{ ...results[0]!.reports[0]!, title: '<script>alert(1)</script><img src=x onerror=y>' }] };
    const page = html([hostile], goldenContext());
    expect(page).not.toMatch(/<script|<img/i);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('is self-contained: no scripts, no outside URLs, a CSP that forbids loading any', () => {
    const page = html(goldenResults(), goldenContext());
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(page).not.toMatch(/\b(?:src|href)="(?!#)/);
    expect(page).not.toMatch(/url\(|@import|https?:\/\//);
  });

  it('gives tied scores the same rank', () => {
    const results = goldenResults();
    const twin: FileResult = { ...results[0]!, path: '另一份.txt' };
    const page = html([results[0]!, twin, results[2]!], goldenContext());
    const ranks = [...page.matchAll(/<td class="num rank">(\d*)<\/td>/g)].map((m) => m[1]);
    expect(ranks).toEqual(['1', '1', '3']);
  });

  it('says when it was made only when the context carries a clock', () => {
    expect(html(goldenResults(), goldenContext())).not.toContain('生成于');
    expect(html(goldenResults(), goldenContext('en', { now: new Date('2025-06-30T23:59:00Z') }))).toContain('Generated 2025-06-30 23:59 UTC');
  });
});
