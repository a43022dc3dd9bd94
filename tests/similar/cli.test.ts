/** The similarity pass through the CLI, on reports written for these tests (tests/fixtures/similar). */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SimilarMatch } from '../../src/types.js';
import { runCli, runJson } from '../helpers/cli.js';

const dir = join(import.meta.dirname, '../fixtures/similar');
const at = (...p: string[]) => join(dir, ...p);

interface Report {
  title: string;
  similar?: SimilarMatch[];
  messages: { ruleId: string; code: string; line: number; message: string; severity: string }[];
}

async function reports(argv: string[]): Promise<Map<string, Report>> {
  const { json } = await runJson(argv);
  const out = new Map<string, Report>();
  for (const f of json.files) for (const r of f.reports as unknown as Report[]) out.set(f.path.split('/').pop()!, r);
  return out;
}

describe('similar reports in a batch', () => {
  it('finds a copy with the unit name, years, figures, punctuation and masks changed, with its passages and lines', async () => {
    const r = await reports([at('copy')]);
    const east = r.get('dongfeng.txt')!;
    const west = r.get('xishan.txt')!;
    expect(east.similar).toHaveLength(1);
    const m = east.similar![0]!;
    expect(m.kind).toBe('report');
    expect(m.path).toBe(at('copy', 'xishan.txt'));
    expect(m.title).toBe('西山镇2023年度政务公开工作总结');
    expect(m.similarity).toBeGreaterThan(0.9);
    // xishan.txt has a salutation line more, so its lines run one ahead of dongfeng.txt's.
    const p = m.passages[0]!;
    expect([p.startLine, p.endLine, p.otherStartLine, p.otherEndLine]).toEqual([3, 20, 4, 21]);
    expect(p.excerpt).toContain('县委、县政府的正确领导下');
    expect(west.similar![0]!.path).toBe(at('copy', 'dongfeng.txt'));
    expect(west.similar![0]!.similarity).toBe(m.similarity);
    const msg = east.messages.find((x) => x.ruleId === 'similar')!;
    expect(msg.code).toBe('similarReport');
    expect(msg.severity).toBe('warning');
    expect(msg.message).toContain('西山镇2023年度政务公开工作总结');
    expect(msg.message).toContain('3-20↔4-21'); // the passage's lines, here and there, for formats without the `similar` field
  });

  it('does not pair two different reports on the same topic with the same headings', async () => {
    const r = await reports([at('distinct')]);
    expect(r.size).toBe(2);
    for (const report of r.values()) expect(report.similar).toEqual([]);
  });

  it('learns boilerplate from the batch: a shared opening, headings and closing alone make no pair', async () => {
    const r = await reports([at('boilerplate')]);
    expect(r.size).toBe(6);
    for (const report of r.values()) expect(report.similar).toEqual([]);
  });

  it('does not pair two annual reports for sharing the national format: its tables, headings and formula', async () => {
    const r = await reports([at('annual')]);
    expect(r.size).toBe(2);
    for (const report of r.values()) expect(report.similar).toEqual([]);
  });

  it('pairs the same two boilerplate reports when the batch is too small to learn from', async () => {
    // Shows the boilerplate test above is not passing vacuously.
    const r = await reports([at('boilerplate', 'jiaoyu.txt'), at('boilerplate', 'minzheng.txt')]);
    expect(r.get('jiaoyu.txt')!.similar).toHaveLength(1);
  });

  it('--similar-threshold raises the bar, --no-similar turns the pass off', async () => {
    const strict = await reports([at('copy'), '--similar-threshold', '0.99']);
    expect(strict.get('dongfeng.txt')!.similar).toEqual([]);
    const off = await reports([at('copy'), '--no-similar']);
    expect(off.get('dongfeng.txt')!.similar).toBeUndefined();
  });

  it('compares standard input too (read once, kept for the pass)', async () => {
    const stdin = readFileSync(at('copy', 'dongfeng.txt'), 'utf8');
    const { json } = await runJson(['-', at('copy', 'xishan.txt')], { stdin });
    const piped = json.files.find((f) => f.path === '<stdin>')!.reports[0] as unknown as Report;
    expect(piped.similar!.map((m) => m.path)).toEqual([at('copy', 'xishan.txt')]);
  });

  it('rejects a bad threshold and an unreadable baseline with exit 2', async () => {
    expect((await runCli([at('copy'), '--similar-threshold', '5'])).code).toBe(2);
    const missing = await runCli([at('copy'), '--baseline', at('nope.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--baseline');
  });
});

describe('--baseline', () => {
  it('says when the plans section is last year’s, and not when the problems section is new', async () => {
    const r = await reports([at('baseline', 'beiling-2023.txt'), '--baseline', at('baseline', 'beiling-2022.txt')]);
    const report = r.get('beiling-2023.txt')!;
    expect(r.has('beiling-2022.txt')).toBe(false); // the baseline is compared, not output
    const codes = report.messages.filter((m) => m.ruleId === 'similar').map((m) => [m.code, m.line]);
    expect(codes).toEqual([['copiedPlans', 14]]);
    const m = report.similar!.find((s) => s.section === 'plans')!;
    expect(m.kind).toBe('section');
    expect(m.share).toBeGreaterThan(0.9);
    expect(m.passages[0]).toMatchObject({ startLine: 14, endLine: 17, otherStartLine: 14, otherEndLine: 17 });
  });

  it('flags a whole report that repeats a baseline report, in English with --lang en', async () => {
    const r = await reports([at('copy', 'xishan.txt'), '--baseline', at('copy', 'dongfeng.txt'), '--lang', 'en']);
    const report = r.get('xishan.txt')!;
    const codes = report.messages.filter((m) => m.ruleId === 'similar').map((m) => m.code);
    expect(codes).toContain('similarToBaseline');
    expect(codes).toContain('copiedProblems');
    expect(codes).toContain('copiedPlans');
    expect(report.messages.find((m) => m.code === 'similarToBaseline')!.message).toMatch(/^Repeats the baseline report/);
  });

  it('refuses an unreadable baseline file, and does not compare a file given both ways with itself', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'reportlint-similar-'));
    try {
      // An image: a .doc would be converted where LibreOffice is installed (issue 14).
      writeFileSync(join(tmp, '2022.jpg'), 'not a report');
      const old = await runCli([at('copy', 'xishan.txt'), '--baseline', join(tmp, '2022.jpg')]);
      expect(old.code).toBe(2);
      expect(old.stderr).toContain('--baseline: cannot read');
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    const both = await reports([at('copy', 'xishan.txt'), '--baseline', at('copy')]);
    const similar = both.get('xishan.txt')!.similar!;
    expect(similar.map((m) => `${m.kind} ${m.section ?? ''} ${m.path}`).sort()).toEqual(
      ['baseline ', 'section plans', 'section problems'].map((k) => `${k} ${at('copy', 'dongfeng.txt')}`),
    );
  });

  it('is not fooled by last year’s report of a different unit', async () => {
    const r = await reports([at('baseline', 'beiling-2023.txt'), '--baseline', at('distinct', 'nanhu.txt')]);
    expect(r.get('beiling-2023.txt')!.similar).toEqual([]);
  });
});
