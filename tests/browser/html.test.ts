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
import { goldenContext, goldenResults, similarResults } from '../format/input.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`tests/browser: skipped, ${CHROMIUM} not found (apt-get install -y chromium)`);

describe.skipIf(!hasChromium)('html page in chromium', () => {
  let browser: Browser;
  let page: Page;
  /** The page for results with the similarity pass's output (issue 7). */
  let similarPage: Page;
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
    const similarFile = join(dir, 'similar.html');
    writeFileSync(similarFile, html(similarResults(), goldenContext()));
    similarPage = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    similarPage.on('request', (r) => requests.push(r.url()));
    await similarPage.goto(pathToFileURL(similarFile).href);
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
    expect(await rows.locator('td.score').allInnerTexts()).toEqual(['100', '80', '70', '55', '—']);
    expect((await rows.locator('td.verdict').allInnerTexts()).map((t) => t.split('\n')[0])).toEqual(['通过', '未通过', '通过', '未通过', '未检查']);
    expect(await rows.nth(3).locator('a').innerText()).toBe('演示县<档案馆> & "史志办"2024年工作总结');
    expect(await rows.locator('td.rank').allInnerTexts()).toEqual(['1', '2', '3', '4', '']);
    // A failed report says why under its verdict, the real reason above the pass mark.
    expect(await rows.nth(1).locator('.why').innerText()).toMatch(/^未通过：缺少必备部分“存在问题”；表格数据不一致 1 处/);
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
    const article = page.locator('article.report.fail', { hasText: '档案馆' });
    expect(await article.count()).toBe(1);
    expect(await article.locator('table.findings td.message').allInnerTexts()).toEqual([
      '缺少“下一步计划”部分。写明明年的具体安排。',
      '“主要工作”部分内容单薄。写明全年主要工作和数据。',
      '“存在问题”仅在其他部分中提及，建议单列标题或条目。',
    ]);
    // The evidence is folded away until asked for (a page of 40+ reports stays short), its summary counting the sections.
    expect(await article.locator('blockquote').first().isVisible()).toBe(false);
    expect(await article.locator('details.evidence summary').innerText()).toBe('依据 有标题 1 · 仅提及 1 · 缺少 1');
    await article.locator('details.evidence summary').click();
    expect(await article.locator('blockquote').allInnerTexts()).toEqual(['行 7 一、工作情况', '行 8 工作中仍有不足，数字化进度偏慢。']);
    expect(page.url()).toMatch(/#r2$/);
  });

  it('sums up the run and names the most often missing section', async () => {
    expect(await page.locator('.summary-text').innerText()).toContain('2 篇通过，2 篇未通过，1 篇未检查');
    expect(await page.locator('ol.most-missing li').first().innerText()).toMatch(/^下一步计划 × 2$/);
    expect(await page.locator('ul.file-problems li').allInnerTexts()).toEqual([
      '警告 汇编,第1期%.txt:2 正文中有 1 篇未列入目录：另一份说明材料',
      '错误 扫描件.pdf 不支持 .pdf 格式，请另存为 .docx 或 .txt 后再检查。',
    ]);
    expect(await page.locator('header .meta').innerText()).toBe('reportlint 9.9.9 · 生成于 2025-01-02 03:04 UTC');
  });

  it('lists the reports a report shares text with, passage by passage, and counts the pairs', async () => {
    expect(await similarPage.locator('.card.similar b').innerText()).toBe('1');
    expect(await similarPage.locator('.similar-summary').innerText()).toContain('本批报告中发现 1 对内容雷同');
    await similarPage.locator('ul.similar-pairs a', { hasText: '西山镇' }).click();
    const list = similarPage.locator('#r2 ul.similar');
    expect(await list.isVisible()).toBe(true);
    const match = list.locator('li.similar-match');
    expect(await match.count()).toBe(1);
    expect(await match.locator('p').innerText()).toBe('本批报告 警告 演示县东风镇2024年工作总结 乡镇/东风镇.txt 行 1 · 相似度 97% · 本篇 97% 见于对方');
    const rows = match.locator('table.passages tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(1).locator('td').allInnerTexts()).toEqual(['行 11-14', '行 10-13', '196', '二、存在问题 一是公开内容不够全面,<部分>栏目更新不及时 & 二是…']);
    // The other report is a link to its own entry, which lists the pair from its side.
    await match.locator('a').click();
    expect(similarPage.url()).toMatch(/#r1$/);
    expect(await similarPage.locator('#r1 ul.similar li.similar-match').count()).toBe(2);
    expect(await similarPage.locator('#r1 li.similar-match[data-kind="problems"] .similar-kind').innerText()).toBe('“存在问题”照搬基准');
    expect(await page.locator('ul.similar').count()).toBe(0);
    mkdirSync('test-results', { recursive: true });
    await similarPage.locator('#r1').screenshot({ path: 'test-results/html-similar.png' });
  });

  it('saves a screenshot artifact', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    mkdirSync('test-results', { recursive: true });
    const png = await page.screenshot({ path: 'test-results/html-report.png', fullPage: true });
    expect(png.length).toBeGreaterThan(10_000);
  });
});
