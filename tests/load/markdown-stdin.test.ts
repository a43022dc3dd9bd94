import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBytes } from '../../src/load/index.js';
import { docxFromText } from '../helpers/docx.js';
import { encodeGbk } from '../helpers/gbk.js';
import { runJson } from '../helpers/cli.js';

const fixture = (name: string) => new URL(`../fixtures/load/${name}`, import.meta.url);
const markdown = readFileSync(fixture('report.md'), 'utf8');
const text = readFileSync(fixture('report.txt'), 'utf8');

describe('Markdown', () => {
  it('gives # headings an outline level by their depth', () => {
    const loaded = loadBytes('r.md', new TextEncoder().encode(markdown), 'markdown');
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.source.hints?.[0]?.headingLevel).toBe(1);
    expect(loaded.source.hints?.[4]?.headingLevel).toBe(2);
    expect(loaded.source.hints?.[2]).toBeUndefined();
  });

  it('counts ## headings without any 一、 as sections', async () => {
    const { json } = await runJson([fileURLToPathSafe(fixture('report.md'))]);
    const report = json.files[0]!.reports[0]!;
    const status = Object.fromEntries(report.sections.map((s) => [s.id, s.status]));
    expect(report.ruleSet).toBe('zwgk-summary');
    expect(status).toMatchObject({ proactive: 'section', onRequest: 'section', problems: 'section', plans: 'section' });
    expect(report.sections.find((s) => s.id === 'onRequest')!.line).toBe(9);
  });
});

describe('standard input', () => {
  it('checks "-" like the same text in a file', async () => {
    const fromFile = await runJson([fileURLToPathSafe(fixture('report.txt'))]);
    const fromStdin = await runJson(['-'], { stdin: text });
    expect(fromStdin.json.files[0]!.path).toBe('<stdin>');
    expect(fromStdin.json.files[0]!.reports).toEqual(fromFile.json.files[0]!.reports);
  });

  it('reads a .docx piped to standard input as a Word file', async () => {
    const run = await runJson(['-'], { stdin: await docxFromText(text) });
    const file = run.json.files[0] as unknown as { lineUnit: string; reports: unknown[] };
    expect(file.lineUnit).toBe('paragraph');
    expect(file.reports).toEqual((await runJson(['-'], { stdin: text })).json.files[0]!.reports);
  });

  it('detects GBK on stdin too', async () => {
    const run = await runJson(['-'], { stdin: encodeGbk(text) });
    expect((run.json.files[0] as unknown as { encoding: string }).encoding).toBe('gb18030');
    expect(run.json.files[0]!.reports[0]!.ruleSet).toBe('zwgk-summary');
  });
});

function fileURLToPathSafe(url: URL): string {
  return decodeURIComponent(url.pathname);
}
