import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxFromText } from '../helpers/docx.js';
import { encodeGbk, encodeUtf16 } from '../helpers/gbk.js';
import { runJson, type JsonOutput } from '../helpers/cli.js';

const text = readFileSync(new URL('../fixtures/load/report.txt', import.meta.url), 'utf8').replace(/\r\n/g, '\n');
const dir = mkdtempSync(join(tmpdir(), 'reportlint-enc-'));

/** Everything a finding says, without the file's own name and encoding. */
function findings(json: JsonOutput, withEvidence = true) {
  return json.files[0]!.reports.map((r) => ({
    title: r.title,
    startLine: r.startLine,
    endLine: r.endLine,
    ruleSet: r.ruleSet,
    score: r.score,
    passed: r.passed,
    sections: r.sections.map(({ id, status, line, weak, ...rest }) => ({
      id, status, line, weak, ...(withEvidence ? { evidence: (rest as { evidence?: string }).evidence } : {}),
    })),
    messages: r.messages.map(({ ruleId, code, severity, line, column, message }) => ({ ruleId, code, severity, line, column, message })),
  }));
}

async function check(name: string, bytes: Uint8Array | string, extra: string[] = []) {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const run = await runJson([path, ...extra]);
  return { ...run, file: run.json.files[0]! as JsonOutput['files'][number] & { encoding: string | null; lineUnit: string } };
}

describe('the same report in every encoding and as .docx', async () => {
  const reference = await check('utf8.txt', text);
  const expected = findings(reference.json);

  it('the reference is a real finding set: routed, scored, with messages', () => {
    expect(reference.file.encoding).toBe('utf-8');
    expect(expected).toHaveLength(1);
    expect(expected[0]!.ruleSet).toBe('zwgk-summary');
    expect(expected[0]!.sections.filter((s) => s.status === 'section').length).toBeGreaterThan(3);
    expect(expected[0]!.messages.length).toBeGreaterThan(0);
  });

  const twins: [string, string, () => Promise<Uint8Array | string>, string][] = [
    ['UTF-8 with BOM', 'bom.txt', async () => `\uFEFF${text}`, 'utf-8'],
    ['UTF-8 with CRLF', 'crlf.txt', async () => text.replace(/\n/g, '\r\n'), 'utf-8'],
    ['UTF-16LE', 'le.txt', async () => encodeUtf16(text, 'le'), 'utf-16le'],
    ['UTF-16BE', 'be.txt', async () => encodeUtf16(text, 'be'), 'utf-16be'],
    ['GBK', 'gbk.txt', async () => encodeGbk(text), 'gb18030'],
    ['.docx, numbers typed', 'typed.docx', () => docxFromText(text), 'utf-8'],
  ];
  for (const [name, file, make, encoding] of twins) {
    it(`${name} gives identical findings`, async () => {
      const run = await check(file, await make());
      expect(run.file.encoding).toBe(encoding);
      expect(run.file.errors).toEqual([]);
      expect(findings(run.json)).toEqual(expected);
    });
  }

  it('.docx numbered by Word (no "一、" in the text) finds the same sections on the same paragraphs', async () => {
    const run = await check('auto.docx', await docxFromText(text, { autoNumber: true }));
    expect(run.file.lineUnit).toBe('paragraph');
    expect(findings(run.json, false)).toEqual(findings(reference.json, false));
  });

  it('--encoding forces a decoder: GBK read as UTF-8 is mojibake and finds less', async () => {
    const run = await check('forced.txt', encodeGbk(text), ['--encoding', 'utf-8']);
    expect(run.file.encoding).toBe('utf-8');
    expect(findings(run.json)).not.toEqual(expected);
  });

  it('--encoding gbk reads a GBK file as the reference', async () => {
    const run = await check('forced-gbk.txt', encodeGbk(text), ['--encoding', 'gbk']);
    expect(findings(run.json)).toEqual(expected);
  });
});
