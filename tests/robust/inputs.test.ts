/**
 * Broken and hostile text inputs: each is answered with a clear message and the contract's exit code,
 * and never stops the other files of the batch from being checked.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runJson, type JsonOutput } from '../helpers/cli.js';
import { REPORT, tempDir } from './helpers.js';

const { dir, cleanup } = tempDir();
afterAll(cleanup, 60_000);

function write(name: string, data: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

const fileOf = (json: JsonOutput, path: string) => {
  const file = json.files.find((f) => f.path === path);
  if (!file) throw new Error(`no result for ${path}`);
  return file;
};
const sectionLines = (json: JsonOutput, path: string) =>
  Object.fromEntries(fileOf(json, path).reports[0]!.sections.map((s) => [s.id, s.status === 'section' ? s.line : s.status]));

/** Where the sample report's sections are, with LF endings. */
const EXPECTED_LINES = { proactive: 5, onRequest: 7, platform: 9, interpretation: 11, oversight: 13, problems: 15, plans: 17 };

describe('empty and content-free files', () => {
  it('empty, whitespace-only and full-width-space files are warned about, not crashed on; the good file is still checked', async () => {
    const empty = write('empty.txt', '');
    const blank = write('blank.txt', ' \n\t\n\u3000\u3000\r\n\n');
    const good = write('good.txt', REPORT);
    const run = await runJson([empty, blank, good]);
    expect(run.code).toBe(0); // readable files: a warning, not exit 2
    for (const path of [empty, blank]) expect(fileOf(run.json, path).errors.map((e) => e.code)).toEqual(['noReports']);
    expect(fileOf(run.json, empty).errors[0]!.message).toBe('文件中没有找到报告内容。');
    expect(fileOf(run.json, good).reports[0]!.passed).toBe(true);
  });

  it('a report with no headings at all is still routed and scored', async () => {
    const path = write('flat.txt', '今年我局主动公开信息120条，受理依申请公开3件，在门户网站开设专栏。下一步将加强培训。\n');
    const run = await runJson([path, '--rule-set', 'zwgk-summary']);
    const report = fileOf(run.json, path).reports[0]!;
    expect(report.score).toBeTypeOf('number');
    expect(report.sections.find((s) => s.id === 'proactive')!.status).toBe('mention');
    expect(run.code).toBe(1);
  });
});

describe('binary and badly encoded files', () => {
  it('a PNG and random bytes named .txt are skipped as binary (exit 2) while the other file is checked', async () => {
    const png = write('图片.txt', Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(64, 7)]));
    let seed = 42;
    const random = write('random.txt', Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff));
    const good = write('good2.txt', REPORT);
    const run = await runJson([png, random, good]);
    expect(run.code).toBe(2);
    for (const path of [png, random]) {
      expect(fileOf(run.json, path).errors[0]).toMatchObject({ code: 'binary', severity: 'error' });
      expect(fileOf(run.json, path).errors[0]!.message).toMatch(/不是文本/);
    }
    expect(fileOf(run.json, good).reports[0]!.passed).toBe(true);
  });

  it('UTF-8 with one stray invalid byte stays UTF-8 (no mojibake) and warns on the right line', async () => {
    const bytes = Buffer.from(REPORT);
    const at = bytes.indexOf(Buffer.from('三、平台建设'));
    const path = write('stray.txt', Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]));
    const run = await runJson([path]);
    const file = run.json.files[0]!;
    expect((file as unknown as { encoding: string }).encoding).toBe('utf-8');
    expect(file.errors).toEqual([expect.objectContaining({ code: 'decodeLossy', severity: 'warning', line: 9 })]);
    expect(file.reports[0]!.title).toBe('青山县商务局2024年政务公开工作总结');
    expect(sectionLines(run.json, path)).toEqual(EXPECTED_LINES);
    expect(run.code).toBe(0);
  });

  it('bytes that decode in no supported encoding give a warning naming --encoding, not a crash', async () => {
    const junk = Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x81 : i % 3 === 1 ? 0x20 : 0xff)));
    const path = write('latin.txt', Buffer.concat([Buffer.from('Annual report\n'), junk, Buffer.from('\nend\n')]));
    const run = await runJson([path]);
    const lossy = run.json.files[0]!.errors.find((e) => e.code === 'decodeLossy');
    expect(lossy).toMatchObject({ severity: 'warning', line: 2 });
    expect(lossy!.message).toMatch(/--encoding/);
    expect(run.code).not.toBe(2);
  });

  it('stray NUL bytes inside a report are damage, not binary: the report is still checked', async () => {
    const path = write('nul.txt', REPORT.replace('全年通过', '全年\0通过').replace('七、', '\0七、'));
    const run = await runJson([path]);
    expect(run.json.files[0]!.errors.filter((e) => e.severity === 'error')).toEqual([]);
    expect(sectionLines(run.json, path)).toMatchObject({ proactive: 5, problems: 15 });
  });
});

describe('line endings and odd spaces', () => {
  const cases: [string, string][] = [
    ['lf', REPORT],
    ['crlf', REPORT.replace(/\n/g, '\r\n')],
    ['cr', REPORT.replace(/\n/g, '\r')],
    // Mixed, the way pasted text ends up. A CR before an empty line's LF would read as one CRLF, as in any editor.
    ['mixed', REPORT.split('\n').map((l, i, all) => l + (i % 3 === 2 && all[i + 1] !== '' ? '\r' : i % 3 === 1 ? '\r\n' : '\n')).join('')],
  ];
  it.each(cases)('%s endings: every section is found on its exact line', async (name, text) => {
    const path = write(`${name}.txt`, text);
    const run = await runJson([path]);
    expect(sectionLines(run.json, path)).toEqual(EXPECTED_LINES);
    expect(run.json.files[0]!.reports[0]!.endLine).toBe(18);
  });

  it('zero-width and full-width spaces before and inside headings do not hide them', async () => {
    const text = REPORT.replace('一、主动公开', '\u200b一、主动公开')
      .replace('二、依申请', '\u3000\u3000二、依申请')
      .replace('六、存在', '\ufeff\u3000六、\u200b存在')
      .replace('七、下一步', '\u2060七、下一步');
    const path = write('spaces.txt', text);
    const run = await runJson([path]);
    expect(sectionLines(run.json, path)).toEqual(EXPECTED_LINES);
    const problems = run.json.files[0]!.reports[0]!.sections.find((s) => s.id === 'problems');
    expect(problems).toMatchObject({ status: 'section', line: 15 });
  });
});

describe('size', () => {
  it('one 5 MB line is checked in bounded time', async () => {
    const path = write('oneline.txt', `政务公开工作总结\n\n${'主动公开信息发布依申请公开，'.repeat(Math.ceil(5e6 / 42))}\n`);
    const started = Date.now();
    const run = await runJson([path]);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(run.json.files[0]!.reports).toHaveLength(1);
    expect(run.json.files[0]!.reports[0]!.endLine).toBe(3);
  });
});
