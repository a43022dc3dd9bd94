/**
 * Same report, same findings, as published and exchanged: the .txt twins of encodings.test.ts
 * extended to a web page (modern UTF-8 and old GB2312), a PDF printed from the page, and an OFD,
 * for a transparency summary and for a 年度报告 whose applications table does not add up.
 * Line numbers differ between formats (a web page has no blank lines); what each finding says,
 * and the text of the line it points at, must not.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runJson, type JsonOutput } from '../helpers/cli.js';
import { encodeGbk } from '../helpers/gbk.js';
import { buildOfd } from '../helpers/ofd.js';
import { closeBrowser, hasChromium, printPdf } from '../helpers/pdf.js';
import { fromText, legacyPage, modernPage, printPage, reportText, type Report } from '../helpers/published.js';
import { annual } from '../helpers/reports.js';

const dir = mkdtempSync(join(tmpdir(), 'reportlint-twins-'));
const summaryText = readFileSync(new URL('../fixtures/load/report.txt', import.meta.url), 'utf8').replace(/\r\n/g, '\n');

type File = JsonOutput['files'][number];

/** What the findings say, without line numbers; each located finding carries its line's text instead. */
function findings(file: File, lines: readonly string[]) {
  const at = (line: number | null) => (line ? lines[line - 1]?.replace(/\t/g, ' | ') : null);
  return file.reports.map((r) => ({
    title: r.title,
    ruleSet: r.ruleSet,
    score: r.score,
    passed: r.passed,
    sections: r.sections.map((s) => ({ id: s.id, status: s.status, weak: s.weak, evidence: (s as { evidence?: string }).evidence })),
    messages: r.messages.map((m) => ({ ruleId: m.ruleId, code: m.code, severity: m.severity, message: m.message, at: at(m.line) })),
  }));
}

async function run(name: string, bytes: Uint8Array | string) {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const { json } = await runJson([path]);
  return json.files[0]!;
}

/** The lines the loader made (for the located findings): loaded again through the same entry the CLI uses. */
async function linesOf(path: string): Promise<string[]> {
  const { loadFile } = await import('../../src/load/index.js');
  const loaded = await loadFile(path);
  if (!loaded.ok) throw new Error(loaded.error.code);
  return [...loaded.source.lines];
}

const reports: [string, Report, string][] = [
  ['transparency summary', fromText(summaryText), summaryText],
  ['年度报告 with a table that does not add up', annual, reportText(annual)],
];

afterAll(closeBrowser);

describe.each(reports)('%s', (label, report, text) => {
  const slug = label.startsWith('年度') ? 'annual' : 'summary';
  // Made once, by whichever test asks first (so a twin also runs alone, with -t).
  let made: Promise<{ file: File; expected: ReturnType<typeof findings> }> | undefined;
  const reference = () =>
    (made ??= run(`${slug}.txt`, text).then(async (file) => ({ file, expected: findings(file, await linesOf(join(dir, `${slug}.txt`))) })));

  it('the .txt reference is a real finding set', async () => {
    const { file, expected } = await reference();
    expect(file.errors).toEqual([]);
    expect(expected[0]!.title).toBe(report.title);
    expect(expected[0]!.sections.filter((s) => s.status === 'section').length).toBeGreaterThan(3);
    expect(expected[0]!.messages.length).toBeGreaterThan(0);
    if (slug === 'annual') expect(expected[0]!.messages.map((m) => m.code)).toContain('tableRowTotal');
  });

  const twins: [string, string, () => Promise<Uint8Array | string>, boolean][] = [
    ['a modern web page', 'html', async () => modernPage(report), true],
    ['an old GB2312 web page (.htm)', 'htm', async () => encodeGbk(legacyPage(report)), true],
    ['an OFD', 'ofd', () => buildOfd(report, { linesPerPage: 12 }), true],
    ['a PDF printed from the page', 'pdf', () => printPdf(printPage(report)), hasChromium],
  ];
  for (const [name, ext, make, runs] of twins) {
    it.skipIf(!runs)(`${name} gives the same findings`, async () => {
      const file = await run(`${slug}.${ext}`, await make());
      expect(file.errors).toEqual([]);
      expect((file as unknown as { lineUnit: string }).lineUnit).toBe('extractedLine');
      expect(findings(file, await linesOf(join(dir, `${slug}.${ext}`)))).toEqual((await reference()).expected);
    }, 60_000);
  }
});
