/**
 * The grading page for a big batch (issue 13), in Debian's chromium: 45 reports, filtered (failed
 * only, by rule set, by missing section, by a search of unit names), sorted by any column, printed.
 * Skipped (with a message) when /usr/bin/chromium is missing, as tests/browser/html.test.ts.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import html from '../../src/format/html.js';
import type { FileResult, ReportResult } from '../../src/types.js';
import { goldenContext, goldenResults } from '../format/input.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`tests/browser: skipped, ${CHROMIUM} not found (apt-get install -y chromium)`);

const UNITS = ['财政局', '教育局', '民政局', '司法局', '水利局', '林业局', '商务局', '审计局', '统计局'];

/** 45 reports from the golden ones: a pass, a fail on its score (plans missing), a fail above it (problems missing); every fifth under another rule set. */
function batch(): FileResult[] {
  const golden = goldenResults();
  const kinds: ReportResult[] = [golden[0]!.reports[0]!, golden[1]!.reports[0]!, golden[3]!.reports[0]!];
  return Array.from({ length: 45 }, (_, i) => {
    const base = kinds[i % 3]!;
    const unit = `${['东', '西', '南', '北', '中'][i % 5]}${UNITS[i % UNITS.length]}${i}号`;
    const report: ReportResult = { ...base, title: `演示县${unit}2024年工作总结`, score: base.score! - (i % 7), ruleSet: i % 5 === 4 ? 'other-set' : base.ruleSet };
    return { path: `批量/${String(i).padStart(2, '0')}.txt`, encoding: 'utf-8', lineUnit: 'line', errors: [], reports: [report] };
  });
}

describe.skipIf(!hasChromium)('the grading page with 45 reports', () => {
  let browser: Browser;
  let page: Page;
  let dir: string;
  const results = batch();
  const rows = () => page.locator('table.scoreboard tbody tr:visible');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'reportlint-grading-'));
    const file = join(dir, 'grading.html');
    writeFileSync(file, html(results, goldenContext()));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(pathToFileURL(file).href);
    // A CSP violation (the script blocked) or a script error would leave the filters hidden.
    expect(errors).toEqual([]);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const reset = async () => {
    await page.fill('#f-search', '');
    await page.setChecked('#f-failed', false);
    await page.selectOption('#f-rule-set', '');
    await page.selectOption('#f-missing', '');
  };

  it('shows the filters (the script ran under the page\'s CSP) and counts the reports', async () => {
    expect(await page.locator('#filters').isVisible()).toBe(true);
    expect(await page.locator('#f-shown').innerText()).toBe('显示 45 / 45 篇');
    expect(await rows().count()).toBe(45);
  });

  it('failed only: the scoreboard, the coverage grid and the report cards all keep the failed reports alone', async () => {
    await reset();
    await page.check('#f-failed');
    const failed = results.filter((f) => f.reports[0]!.passed === false).length;
    expect(failed).toBe(30);
    expect(await rows().count()).toBe(failed);
    expect(new Set(await rows().evaluateAll((trs) => trs.map((tr) => tr.className)))).toEqual(new Set(['fail']));
    expect(await page.locator('article.report:visible').count()).toBe(failed);
    expect(await page.locator('table.grid tbody tr:visible').count()).toBe(failed);
    expect(await page.locator('#f-shown').innerText()).toBe(`显示 ${failed} / 45 篇`);
  });

  it('by rule set and by missing section', async () => {
    await reset();
    await page.selectOption('#f-rule-set', 'other-set');
    expect(await rows().count()).toBe(9);
    await page.selectOption('#f-rule-set', '');
    await page.selectOption('#f-missing', 'demo-summary/problems');
    const missing = await rows().locator('td.missing').allInnerTexts();
    expect(missing.length).toBe(12);
    for (const m of missing) expect(m).toContain('存在问题');
    // The options say how many reports miss each section.
    expect(await page.locator('#f-missing option').allInnerTexts()).toEqual(expect.arrayContaining(['不限', '演示用工作总结：存在问题 (12)', 'other-set：存在问题 (3)']));
  });

  it('searches unit names', async () => {
    await reset();
    await page.fill('#f-search', '林业局');
    const titles = await rows().locator('td:nth-child(2)').allInnerTexts();
    expect(titles.length).toBe(5);
    for (const t of titles) expect(t).toContain('林业局');
    await page.fill('#f-search', '南统计局17号');
    expect(await rows().locator('td:nth-child(2)').allInnerTexts()).toEqual(['演示县南统计局17号2024年工作总结']);
  });

  it('sorts by any column, both ways', async () => {
    await reset();
    const scores = async () => (await rows().locator('td.score').allInnerTexts()).map(Number);
    await page.click('table.scoreboard th:nth-child(5) button');
    const up = await scores();
    expect(up).toEqual([...up].sort((a, b) => a - b));
    expect(await page.locator('table.scoreboard th:nth-child(5)').getAttribute('aria-sort')).toBe('ascending');
    await page.click('table.scoreboard th:nth-child(5) button');
    const down = await scores();
    expect(down).toEqual([...up].sort((a, b) => b - a));
    await page.click('table.scoreboard th:nth-child(3) button');
    const files = await rows().locator('td:nth-child(3)').allInnerTexts();
    expect(files).toEqual([...files].sort());
    expect(files[0]).toBe('批量/00.txt');
    await page.click('table.scoreboard th:nth-child(6) button');
    const verdicts = (await rows().locator('td.verdict').allInnerTexts()).map((t) => t.split('\n')[0]);
    expect(verdicts.indexOf('未通过')).toBe(15);
  });

  it('prints without the controls, each report card kept on one page', async () => {
    await reset();
    await page.check('#f-failed');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#filters').isVisible()).toBe(false);
    expect(await page.locator('article.report:visible').first().evaluate((a) => getComputedStyle(a).breakInside)).toBe('avoid');
    // What is filtered out stays out of the print: a grader prints the failed reports only.
    expect(await page.locator('article.report:visible').count()).toBe(30);
    // The folded evidence is printed open.
    expect(await page.locator('article.report:visible blockquote').first().isVisible()).toBe(true);
    mkdirSync('test-results', { recursive: true });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(10_000);
    await page.emulateMedia({ media: 'screen' });
  });
});
