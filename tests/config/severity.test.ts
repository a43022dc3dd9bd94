/** Each check's severity from the config (globally and per rule set) and the command line (issue 13). */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyPolicy, keysOf } from '../../src/score/policy.js';
import type { Message } from '../../src/types.js';
import { runCli, runJson } from '../helpers/cli.js';

const sample = join(import.meta.dirname, '../../samples/完整的政务公开工作总结.txt');

/** A folder with the passing sample, two masked figures left in it, and the given config. */
function project(config?: string): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'reportlint-severity-'));
  const file = join(dir, 'a.txt');
  writeFileSync(file, readFileSync(sample, 'utf8').replace('。', '，涉及XX个单位XX个部门。'));
  if (config) writeFileSync(join(dir, '.reportlintrc.yaml'), config);
  return { dir, file };
}

const severities = async (file: string, cwd: string, extra: string[] = []) => {
  const { code, json } = await runJson([file, '--no-similar', ...extra], { cwd });
  return { code, placeholders: json.files[0]!.reports[0]!.messages.filter((m) => m.code === 'placeholder-mask').map((m) => m.severity) };
};

describe('severity', () => {
  it('by default a masked figure is a warning and the report passes', async () => {
    const p = project();
    expect(await severities(p.file, p.dir)).toEqual({ code: 0, placeholders: ['warning', 'warning'] });
  });

  it('config severity: { placeholder: error } fails it; --severity on the command line wins over the config', async () => {
    const p = project('severity:\n  placeholder: error\n');
    expect(await severities(p.file, p.dir)).toEqual({ code: 1, placeholders: ['error', 'error'] });
    expect(await severities(p.file, p.dir, ['--severity', 'placeholder=info'])).toEqual({ code: 0, placeholders: ['info', 'info'] });
    expect(await severities(p.file, p.dir, ['--severity', 'placeholders=off'])).toEqual({ code: 0, placeholders: [] });
  });

  it('per rule set in overrides, winning over the global setting; other rule sets keep it', async () => {
    const p = project('severity:\n  placeholder: error\noverrides:\n  zwgk-summary:\n    severity: { placeholder-mask: info }\n  zfxxgk-annual:\n    severity: { placeholders: off }\n');
    expect(await severities(p.file, p.dir)).toEqual({ code: 0, placeholders: ['info', 'info'] });
  });

  it('--severity <rule set>:<key>=<level> sets it for one rule set, over the global flag', async () => {
    const p = project();
    expect(await severities(p.file, p.dir, ['--severity', 'zwgk-summary:placeholders=error'])).toEqual({ code: 1, placeholders: ['error', 'error'] });
    expect(await severities(p.file, p.dir, ['--severity', 'zfxxgk-annual:placeholders=error'])).toEqual({ code: 0, placeholders: ['warning', 'warning'] });
    expect(await severities(p.file, p.dir, ['--severity', 'placeholders=error,zwgk-summary:placeholder-mask=info'])).toEqual({ code: 0, placeholders: ['info', 'info'] });
    expect((await runCli([p.file, '--severity', 'nosuch:placeholders=error'], { cwd: p.dir })).stderr).toContain('unknown rule set "nosuch"');
  });

  it('an unknown key or level is an error naming the config line or the flag', async () => {
    const p = project('lang: en\nseverity:\n  placeholdr: error\n');
    const run = await runCli([p.file], { cwd: p.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${join(p.dir, '.reportlintrc.yaml')}:3:15: unknown check or rule "placeholdr"`);
    const q = project();
    expect((await runCli([q.file, '--severity', 'placeholder=fatal'], { cwd: q.dir })).stderr).toMatch(/level must be one of off, info, warning, error/);
    expect((await runCli([q.file, '--severity', 'nosuch=error'], { cwd: q.dir })).code).toBe(2);
    const bad = project('severity:\n  placeholder: fatal\n');
    expect((await runCli([bad.file], { cwd: bad.dir })).code).toBe(2);
  });

  it('a section\'s finding answers to its code, rule id, section id and "sections"; the most specific key wins', () => {
    const m: Message = { ruleId: 'zwgk-summary/plans', code: 'sectionWeak', args: {}, severity: 'warning', line: 3, column: 1 };
    expect(keysOf(m)).toEqual(['sectionWeak', 'zwgk-summary/plans', 'plans', 'sections']);
    expect(applyPolicy([m], 'zwgk-summary', 'a.txt', { global: { sections: 'error', sectionWeak: 'info' } })[0]!.severity).toBe('info');
    expect(applyPolicy([m], 'zwgk-summary', 'a.txt', { global: { plans: 'off' } })).toEqual([]);
  });
});
