/** The config's `similar:` block reaches the pass; a bad value is a config error (exit 2). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, runJson } from '../helpers/cli.js';

const copy = join(import.meta.dirname, '../fixtures/similar/copy');
const dirs: string[] = [];
function withConfig(yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'reportlint-similar-'));
  dirs.push(dir);
  writeFileSync(join(dir, '.reportlintrc.yaml'), yaml);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('similar: in the config', () => {
  it('sets the severity (error fails the run) and the threshold, which --similar-threshold overrides', async () => {
    const cwd = withConfig('similar:\n  severity: error\n  threshold: 0.99\n');
    const strict = await runJson([copy], { cwd });
    expect(strict.json.files[0]!.reports[0]).toMatchObject({ similar: [] });
    const loose = await runJson([copy, '--similar-threshold', '0.5'], { cwd });
    expect(loose.code).toBe(1);
    const similar = (loose.json.files[0]!.reports[0] as unknown as { similar: { severity: string }[] }).similar;
    expect(similar[0]!.severity).toBe('error');
  });

  it('rejects an out-of-range threshold with exit 2, naming the config file', async () => {
    const cwd = withConfig('similar:\n  threshold: 2\n');
    const run = await runCli([copy], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('.reportlintrc.yaml');
  });
});

describe('similar findings under severity and waive (issue 13)', () => {
  type Similar = { similar: { severity: string }[]; failedBecause: { code: string }[]; messages: { ruleId: string; severity: string; waived?: unknown }[] };
  const first = (json: { files: { reports: unknown[] }[] }) => json.files[0]!.reports[0] as Similar;

  it('--severity similar=error fails the run, and the reason names the copied text', async () => {
    const run = await runJson([copy, '--severity', 'similar=error'], { cwd: withConfig('lang: zh\n') });
    expect(run.code).toBe(1);
    const r = first(run.json);
    expect(r.similar[0]!.severity).toBe('error');
    expect(r.failedBecause.map((x) => x.code)).toContain('errorFinding');
  });

  it('similar=off drops the findings and their matches', async () => {
    const run = await runJson([copy, '--severity', 'similar=off'], { cwd: withConfig('lang: zh\n') });
    expect(run.code).toBe(0);
    expect(first(run.json).similar).toEqual([]);
    expect(first(run.json).messages.filter((m) => m.ruleId === 'similar')).toEqual([]);
  });

  it('a waived similarity error is listed as waived and does not fail the run', async () => {
    const cwd = withConfig('similar:\n  severity: error\nwaive:\n  - rule: similar\n    reason: 两镇联合报送\n');
    const run = await runJson([copy], { cwd });
    expect(run.code).toBe(0);
    expect(first(run.json).messages.find((m) => m.ruleId === 'similar')).toMatchObject({ severity: 'error', waived: { reason: '两镇联合报送' } });
  });
});
