/**
 * The HTML page in a real browser: Debian's chromium, headless, driven by playwright-core.
 * Asserts on what the page shows and keeps a screenshot in test-results/html-report.png.
 * Skipped (with a message) when /usr/bin/chromium is missing; .ci/run installs it.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import html from '../../src/format/html.js';
import { goldenContext, goldenResults } from '../format/input.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`tests/browser: skipped, ${CHROMIUM} not found (apt-get install -y chromium)`);

describe.skipIf(!hasChromium)('html page in chromium', () => {
  let browser: Browser;
  let page: Page;
  let dir: string;
  const requests: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'reportlint-html-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, html(goldenResults(), goldenContext('zh', { now: new Date('2025-01-02T03:04:05Z') })));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(file).href);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('loads nothing but the page itself', () => {
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
  });

  it('shows the scoreboard sorted by score, unchecked reports last', async () => {
    const rows = page.locator('table.scoreboard tbody tr');
    expect(await rows.locator('td.score').allInnerTexts()).toEqual(['100', '70', '55', '—']);
    expect(await rows.locator('td.verdict').allInnerTexts()).toEqual(['通过', '通过', '未通过', '未检查']);
    expect(await rows.nth(2).locator('a').innerText()).toBe('演示县<档案馆> & "史志办"2024年工作总结');
    expect(await rows.locator('td.rank').allInnerTexts()).toEqual(['1', '2', '3', '']);
  });

  it('colours the coverage grid by status', async () => {
    const row = page.locator('table.grid tbody tr', { hasText: '档案馆' });
    const cells = row.locator('td.cell');
    expect(await cells.evaluateAll((tds) => tds.map((td) => td.className))).toEqual(['cell cell-section weak', 'cell cell-mention', 'cell cell-missing']);
    const colour = (i: number) => cells.nth(i).evaluate((td) => getComputedStyle(td).backgroundColor);
    expect(await colour(1)).toBe('rgb(255, 224, 130)');
    expect(await colour(2)).toBe('rgb(255, 205, 210)');
    const section = page.locator('table.grid tbody tr', { hasText: '统计局' }).locator('td.cell').first();
    expect(await section.evaluate((td) => getComputedStyle(td).backgroundColor)).toBe('rgb(200, 230, 201)');
    expect(await cells.nth(2).innerText()).toBe('缺少');
  });

  it("shows a report's findings and quotes its evidence lines", async () => {
    await page.locator('table.scoreboard a', { hasText: '档案馆' }).click();
    const article = page.locator('article.report.fail');
    expect(await article.count()).toBe(1);
    expect(await article.locator('table.findings td.message').allInnerTexts()).toEqual([
      '缺少“下一步计划”部分。写明明年的具体安排。',
      '“主要工作”部分内容单薄。写明全年主要工作和数据。',
      '“存在问题”仅在其他部分中提及，建议单列标题或条目。',
    ]);
    expect(await article.locator('blockquote').allInnerTexts()).toEqual(['行 7 一、工作情况', '行 8 工作中仍有不足，数字化进度偏慢。']);
    expect(page.url()).toMatch(/#r2$/);
  });

  it('sums up the run and names the most often missing section', async () => {
    expect(await page.locator('.summary-text').innerText()).toContain('2 篇通过，1 篇未通过，1 篇未检查');
    expect(await page.locator('ol.most-missing li').first().innerText()).toMatch(/^下一步计划 × 2$/);
    expect(await page.locator('ul.file-problems li').allInnerTexts()).toEqual([
      '警告 汇编,第1期%.txt:2 正文中有 1 篇未列入目录：另一份说明材料',
      '错误 扫描件.pdf 不支持 .pdf 格式，请另存为 .docx 或 .txt 后再检查。',
    ]);
    expect(await page.locator('header .meta').innerText()).toBe('reportlint 9.9.9 · 生成于 2025-01-02 03:04 UTC');
  });

  it('saves a screenshot artifact', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    mkdirSync('test-results', { recursive: true });
    const png = await page.screenshot({ path: 'test-results/html-report.png', fullPage: true });
    expect(png.length).toBeGreaterThan(10_000);
  });
});
