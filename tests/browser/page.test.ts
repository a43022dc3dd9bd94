/**
 * The offline page (`reportlint page`, issue 16) in a real browser: Debian's chromium, headless,
 * driven by playwright-core, the page opened from file://. Each sample goes through the page's file
 * input, and the findings the page keeps (as `--format json` writes them) must equal the CLI's
 * for the same file; the page must make no request but for itself. Screenshots of a passing and a
 * failing draft go to test-results/. Skipped when /usr/bin/chromium is missing; .ci/run installs it.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runJson } from '../helpers/cli.js';
import { docxFromText } from '../helpers/docx.js';
import { encodeGbk } from '../helpers/gbk.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`tests/browser: skipped, ${CHROMIUM} not found (apt-get install -y chromium)`);

const SAMPLES = resolve('samples');
const OFFICE = resolve('tests/fixtures/page/office');
const RESULTS = resolve('test-results');

/** What the page shows for one file: its findings JSON, the page's own verdict labels. */
async function checkInPage(page: Page, file: string) {
  await page.setInputFiles('#file', file);
  await page.waitForFunction((name) => document.body.dataset.state === 'done' && document.getElementById('reportlint-findings')!.textContent!.includes(JSON.stringify(name)), basename(file));
  const json = JSON.parse((await page.locator('#reportlint-findings').textContent())!) as { files: { path: string }[] };
  const verdicts = await page.locator('[data-verdict]').evaluateAll((els) => els.map((e) => e.getAttribute('data-verdict')));
  return { json, verdicts };
}

/** The CLI's JSON for the same file, its path written as the page names a dropped file. */
async function checkInCli(file: string, cwd?: string) {
  const { json } = await runJson([file], cwd ? { cwd } : {});
  return { ...json, files: json.files.map((f) => ({ ...f, path: basename(f.path) })) };
}

describe.skipIf(!hasChromium)('the offline page in chromium', () => {
  let browser: Browser;
  let dir: string;
  const requests: string[] = [];
  const inputs: string[] = [];

  async function open(html: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1200, height: 1000 } });
    page.on('request', (r) => requests.push(r.url()));
    // Anything but the page itself is refused, so a stray fetch fails here as it would offline.
    await page.route(/^(?!file:)/, (route) => route.abort());
    await page.goto(pathToFileURL(html).href);
    return page;
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'reportlint-page-'));
    for (const name of readdirSync(SAMPLES).filter((n) => n.endsWith('.txt'))) inputs.push(join(SAMPLES, name));
    // samples/ has no Word files: the same drafts as .docx, one paragraph a line.
    for (const name of ['完整的政务公开工作总结', '草稿-缺少部分内容', '政务公开工作总结汇编', '年度报告-完整']) {
      const file = join(dir, `${name}.docx`);
      writeFileSync(file, await docxFromText(readFileSync(join(SAMPLES, `${name}.txt`), 'utf8')));
      inputs.push(file);
    }
    const complete = readFileSync(join(SAMPLES, '完整的政务公开工作总结.txt'), 'utf8');
    // The other inputs a browser can read: Markdown, a saved web page, traditional characters (opencc-js in the page).
    writeFileSync(join(dir, '完整-markdown.md'), complete.replace(/^(.+)$/mu, '# $1').replace(/^([一二三四五六七八九十]+、)/gmu, '## $1'));
    writeFileSync(join(dir, '完整-网页.html'), `<!doctype html><html><head><meta charset="utf-8"><title>t</title></head><body>${complete.split('\n').map((l) => `<p>${l}</p>`).join('')}</body></html>`);
    const { Converter } = (await import('opencc-js/cn2t')) as unknown as { Converter: (o: { from: string; to: string }) => (t: string) => string };
    writeFileSync(join(dir, '完整-繁体.txt'), Converter({ from: 'cn', to: 't' })(complete));
    inputs.push(join(dir, '完整-markdown.md'), join(dir, '完整-网页.html'), join(dir, '完整-繁体.txt'));
    const gbk = join(dir, '草稿-GBK.txt');
    writeFileSync(gbk, encodeGbk(readFileSync(join(SAMPLES, '草稿-缺少部分内容.txt'), 'utf8')));
    inputs.push(gbk);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('writes one self-contained page that says nothing is uploaded', async () => {
    const html = join(dir, '检查工具.html');
    const run = await runCli(['page', '--no-config', '-o', html]);
    expect(run.code).toBe(0);
    const text = readFileSync(html, 'utf8');
    expect(text).not.toMatch(/<script[^>]+src=|<link[^>]+href=|@import|url\(/i);
    expect(text).toContain("default-src 'none'");
    expect(Buffer.byteLength(text)).toBeLessThan(2 * 1024 * 1024);
    const page = await open(html);
    await expect(page.locator('.privacy').innerText()).resolves.toContain('不会上传');
    await page.close();
  });

  it('checks every sample (.txt, GBK .txt, .docx, .md, .html, traditional) with findings identical to the CLI\'s', async () => {
    const html = join(dir, '检查工具.html');
    const page = await open(html);
    mkdirSync(RESULTS, { recursive: true });
    for (const file of inputs) {
      const { json } = await checkInPage(page, file);
      expect(json, basename(file)).toEqual(await checkInCli(file));
      expect((json.files[0] as { reports: unknown[] }).reports.length, basename(file)).toBeGreaterThan(0);
      if (file.endsWith('完整的政务公开工作总结.docx')) await shot(page, 'page-pass.png');
      if (file.endsWith('草稿-缺少部分内容.docx')) await shot(page, 'page-fail.png');
    }
    await page.close();
  }, 120_000);

  it('shows a failed draft\'s reason, its missing parts with what to add, and marks the lines', async () => {
    const page = await open(join(dir, '检查工具.html'));
    const { verdicts } = await checkInPage(page, join(SAMPLES, '草稿-缺少部分内容.txt'));
    expect(verdicts).toEqual(['fail']);
    await expect(page.locator('.why').innerText()).resolves.toMatch(/^未通过：缺少必备部分“依申请公开”/);
    const missing = page.locator('tr.st-missing[data-section="onRequest"]');
    await expect(missing.locator('.status').innerText()).resolves.toBe('缺少');
    await expect(missing.locator('.advice').innerText()).resolves.toContain('应补充');
    expect(await page.locator('.source .ln.has-findings').count()).toBeGreaterThan(1);
    // The English switch re-renders the same result.
    await page.click('#lang');
    await expect(page.locator('.why').innerText()).resolves.toMatch(/^Failed: required sections missing/);
    await page.close();
  });

  it('checks pasted text as the CLI checks the same text', async () => {
    const page = await open(join(dir, '检查工具.html'));
    const file = join(SAMPLES, '年度报告-缺第四部分.txt');
    await page.click('#paste-box summary');
    await page.fill('#paste', readFileSync(file, 'utf8'));
    await page.click('#paste-check');
    await page.waitForFunction(() => document.body.dataset.state === 'done');
    const json = JSON.parse((await page.locator('#reportlint-findings').textContent())!) as { files: { path: string }[] };
    const cli = await checkInCli(file);
    expect(json.files.map((f) => ({ ...f, path: basename(file) }))).toEqual(cli.files);
    await page.close();
  });

  it('checks a file dropped on the drop zone, once, and again when another is dropped', async () => {
    const page = await open(join(dir, '检查工具.html'));
    const drop = async (name: string) => {
      const text = readFileSync(join(SAMPLES, name), 'utf8');
      await page.evaluate(([n, t]) => {
        const data = new DataTransfer();
        data.items.add(new File([t!], n!, { type: 'text/plain' }));
        document.getElementById('drop')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      }, [name, text]);
      await page.waitForFunction((n) => document.getElementById('reportlint-findings')!.textContent!.includes(JSON.stringify(n)), name);
    };
    await drop('草稿-缺少部分内容.txt');
    await drop('完整的政务公开工作总结.txt');
    await page.waitForTimeout(200); // a second check of the same drop would land by now
    expect(await page.evaluate(() => document.body.dataset.checks)).toBe('2');
    expect(await page.locator('[data-verdict]').evaluateAll((els) => els.map((e) => e.getAttribute('data-verdict')))).toEqual(['pass']);
    await page.close();
  });

  it('shows the file dropped last, even when an earlier one takes longer to check', async () => {
    const page = await open(join(dir, '检查工具.html'));
    const docx = readFileSync(join(dir, '政务公开工作总结汇编.docx')).toString('base64');
    const text = readFileSync(join(SAMPLES, '草稿-缺少部分内容.txt'), 'utf8');
    await page.evaluate(([d, t]) => {
      const dropFile = (file: File) => {
        const data = new DataTransfer();
        data.items.add(file);
        document.getElementById('drop')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      };
      // A .docx (inflated and parsed over many turns of the event loop), then at once a short text.
      dropFile(new File([Uint8Array.from(atob(d!), (c) => c.charCodeAt(0))], '汇编.docx'));
      dropFile(new File([t!], '草稿.txt'));
    }, [docx, text]);
    await page.waitForFunction(() => document.body.dataset.state === 'done');
    await page.waitForTimeout(1000); // the .docx has finished by now
    expect(JSON.parse((await page.locator('#reportlint-findings').textContent())!).files[0].path).toBe('草稿.txt');
    expect(await page.evaluate(() => document.body.dataset.checks)).toBe('1');
    await page.close();
  });

  it('is usable from the keyboard: Tab reaches the file input after the two buttons', async () => {
    const page = await open(join(dir, '检查工具.html'));
    const focused: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      focused.push(await page.evaluate(() => document.activeElement?.id ?? ''));
    }
    expect(focused).toEqual(['lang', 'print', 'file']);
    await page.close();
  });

  it('refuses a PDF with a pointer to the command line instead of a wrong answer', async () => {
    const page = await open(join(dir, '检查工具.html'));
    const pdf = join(dir, 'x.pdf');
    writeFileSync(pdf, '%PDF-1.4\n');
    await page.setInputFiles('#file', pdf);
    // The file is read asynchronously: wait for the page's answer, then check what it says.
    await page.waitForFunction(() => document.getElementById('status')!.className === 'warn');
    await expect(page.locator('#status').innerText()).resolves.toContain('请用命令行检查 PDF');
    expect(await page.locator('#results').innerHTML()).toBe('');
    await page.close();
  });

  it('embeds an office\'s config and rule set: its verdicts change as the CLI\'s do', async () => {
    const html = join(dir, 'office.html');
    expect((await runCli(['page', '-o', html], { cwd: OFFICE })).code).toBe(0);
    const builtIn = await open(join(dir, '检查工具.html'));
    const office = await open(html);
    await expect(office.locator('.rules').innerText()).resolves.toContain('.reportlintrc.yaml');
    const changed: Record<string, [unknown, unknown]> = {};
    for (const name of ['党建工作总结.txt', '草稿-缺少部分内容.txt']) {
      const file = join(SAMPLES, name);
      const before = await checkInPage(builtIn, file);
      const after = await checkInPage(office, file);
      expect(after.json).toEqual(await checkInCli(file, OFFICE));
      changed[name] = [before.verdicts, after.verdicts];
    }
    // The office's own rule set wants 党风廉政建设; its looser zwgk-summary lets the draft pass.
    expect(changed).toEqual({ '党建工作总结.txt': [['pass'], ['fail']], '草稿-缺少部分内容.txt': [['fail'], ['pass']] });
    await builtIn.close();
    await office.close();
  }, 60_000);

  it('made no request but for the pages themselves', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
  });
});

/** The page's top: what it says about uploading, the verdict and the checklist (for the README). */
async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(RESULTS, name), clip: { x: 0, y: 0, width: 1200, height: 1000 } });
}
