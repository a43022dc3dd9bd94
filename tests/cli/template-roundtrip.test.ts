/**
 * The template round trip (issue 13): what `reportlint template` prints, untouched, fails by default
 * (its draft markers are errors, its example text makes sections weak); filled in, it passes.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runJson } from '../helpers/cli.js';

const filled = join(import.meta.dirname, '../fixtures/template/zwgk-summary-filled.txt');

async function untouched(ruleSet: string): Promise<string> {
  const made = await runCli(['template', ruleSet]);
  expect(made.code).toBe(0);
  const file = join(mkdtempSync(join(tmpdir(), 'reportlint-template-')), `${ruleSet}.txt`);
  writeFileSync(file, made.stdout);
  return file;
}

describe('template round trip', () => {
  for (const ruleSet of ['zwgk-summary', 'zfxxgk-annual', 'fzzf-annual', 'work-summary']) {
    it(`${ruleSet}: the untouched template fails, because of its draft markers`, async () => {
      const file = await untouched(ruleSet);
      const { code, json } = await runJson([file, '--no-similar']);
      expect(code).toBe(1);
      const report = json.files[0]!.reports[0]! as unknown as { ruleSet: string; passed: boolean; failedBecause: { code: string; first?: { code: string } }[]; messages: { code: string }[] };
      expect(report.ruleSet).toBe(ruleSet);
      expect(report.passed).toBe(false);
      expect(report.failedBecause).toContainEqual(expect.objectContaining({ code: 'errorFinding', first: expect.objectContaining({ code: 'placeholder-todo' }) }));
    });
  }

  it('the untouched template\'s example text counts as weak, and its dates and ellipses are found', async () => {
    const { json } = await runJson([await untouched('zwgk-summary'), '--no-similar']);
    const report = json.files[0]!.reports[0]!;
    const codes = report.messages.map((m) => m.code);
    expect(codes).toContain('sectionTemplateText');
    expect(codes).toContain('placeholder-date');
    expect(codes).toContain('placeholder-ellipsis');
    expect(report.sections.filter((s) => s.weak).map((s) => s.id)).toEqual(expect.arrayContaining(['proactive', 'onRequest', 'problems', 'plans']));
  });

  it('filled in with the unit\'s own text, it passes with no finding', async () => {
    const { code, json } = await runJson([filled, '--no-similar']);
    expect(code).toBe(0);
    expect(json.files[0]!.reports[0]!.messages).toEqual([]);
  });

  it('a CI gate can stop a draft: the placeholders made errors, or too many warnings', async () => {
    const file = await untouched('zwgk-summary');
    // Without the draft marker's error the template's score passes; a gate still stops it.
    const lenient = await runCli([file, '--no-similar', '--severity', 'placeholder-todo=warning']);
    expect(lenient.code).toBe(0);
    expect((await runCli([file, '--no-similar', '--severity', 'placeholder-todo=warning', '--max-warnings', '0'])).code).toBe(1);
    expect((await runCli([file, '--no-similar', '--severity', 'placeholder-todo=warning', '--severity', 'placeholder=error'])).code).toBe(1);
  });
});
