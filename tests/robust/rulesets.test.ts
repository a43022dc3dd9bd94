/**
 * Rule sets are untrusted input: every way one can be wrong ends in `file:line:column: what` and exit 2,
 * a catastrophic regex is refused before it can run, alias bombs and `extends` cycles are stopped by limits.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RuleSetError } from '../../src/errors.js';
import { loadRuleSetFile, parseRuleSet } from '../../src/ruleset/load.js';
import { didYouMean } from '../../src/ruleset/did-you-mean.js';
import { runCli, runJson } from '../helpers/cli.js';
import { REPORT, tempDir } from './helpers.js';

const FIXTURES = new URL('../fixtures/robust/rulesets/', import.meta.url).pathname;
const BASE = readFileSync(join(FIXTURES, 'base.yaml'), 'utf8');
const { dir, cleanup } = tempDir();
afterAll(cleanup, 60_000);

/** base.yaml with one text replaced, written to a temp file. */
function variant(name: string, from: string, to: string): string {
  if (!BASE.includes(from)) throw new Error(`fixture lacks ${from}`);
  const path = join(dir, `${name}.yaml`);
  writeFileSync(path, BASE.replace(from, () => to));
  return path;
}

async function refused(ruleFile: string) {
  const report = join(dir, 'report.txt');
  writeFileSync(report, REPORT);
  const run = await runCli([report, '--rules', ruleFile]);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  return run.stderr.trim();
}

describe('a broken rule set is named by file:line:column and exits 2', () => {
  it.each([
    ['invalid-yaml', 'titles: [\'工作总结\']', "titles: ['工作总结'", /invalid-yaml\.yaml:7:1: invalid YAML: Flow sequence/],
    ['schema', 'passMark: 60', 'passMark: 160', /schema\.yaml:7:11: \/passMark must be <= 100/],
    ['unknown', 'passMark: 60', 'pasMark: 60', /unknown\.yaml:7:1: unknown key "pasMark" in \(top level\); did you mean "passMark"\?/],
    ['misspelt', '    severity: error\n    hint: 写明主要', '    severity: error\n    hnit: 写明主要', /misspelt\.yaml:13:5: unknown key "hnit" .*did you mean "hint"\?/],
    ['duplicate', 'id: problems', 'id: results', /duplicate\.yaml:16:9: duplicate section id "results" \(also section 1\)/],
    ['weights', 'passMark: 60', 'passMark: 60\ntotalWeight: 120', /weights\.yaml:8:14: section weights add up to 100, but totalWeight is 120/],
    ['regex', "headings: ['问题|不足']", "headings: ['问题(不足']", /regex\.yaml:22:18: invalid regex "问题\(不足"/],
    ['catastrophic', "headings: ['问题|不足']", "headings: ['(问题+)+$']", /catastrophic\.yaml:22:18: unsafe regex "\(问题\+\)\+\$": nested repetition/],
    ['cubic', "headings: ['问题|不足']", "headings: ['.*问题.*不足']", /cubic\.yaml:22:18: unsafe regex .*cubic time/],
  ])('%s', async (name, from, to, expected) => {
    expect(await refused(variant(name, from, to))).toMatch(expected);
  });

  it('did-you-mean only suggests close keys', () => {
    expect(didYouMean('pasMark', ['id', 'passMark', 'title'])).toBe('passMark');
    expect(didYouMean('PASSMARK', ['passMark'])).toBe('passMark');
    expect(didYouMean('colour', ['id', 'passMark', 'title'])).toBeNull();
  });
});

describe('hostile rule sets', () => {
  it('a ReDoS pattern is refused at load, so a crafted input never reaches it', async () => {
    const started = Date.now();
    expect(await refused(join(FIXTURES, 'redos.yaml'))).toMatch(/redos\.yaml:14:18: unsafe regex "\(a\+\)\+\$"/);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('the built-in rule sets check a crafted backtracking input quickly', async () => {
    // Long runs of what the built-in patterns repeat over: digits, letters, spaces, Chinese, no sentence end.
    const evil = ['1'.repeat(200_000), 'a'.repeat(200_000), ' \u3000'.repeat(100_000), '公开'.repeat(100_000), '问题'.repeat(50_000) + '!'];
    const file = join(dir, 'evil.txt');
    writeFileSync(file, ['政务公开工作总结', '', ...evil.map((e) => `一、${e}`)].join('\n'));
    const started = Date.now();
    const run = await runJson([file]);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(run.json.files[0]!.reports).toHaveLength(1);
  });

  it('a billion-laughs alias bomb is refused by the alias limit, quickly', () => {
    const started = Date.now();
    expect(() => loadRuleSetFile(join(FIXTURES, 'laughs.yaml'))).toThrow(/laughs\.yaml:1:1: invalid YAML: .*alias/i);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe('extends', () => {
  it('a child overrides keys and merges sections by id', () => {
    const child = loadRuleSetFile(join(FIXTURES, 'child.yaml'));
    expect(child.id).toBe('child-summary');
    expect(child.passMark).toBe(80);
    expect(child.priority).toBe(5); // inherited
    expect(child.sections.map((s) => [s.id, s.weight, s.name])).toEqual([
      ['results', 50, '主要成效'],
      ['problems', 30, '存在问题'],
      ['plans', 20, '下一步计划'],
    ]);
  });

  it('extends a built-in rule set by id', () => {
    const file = join(dir, 'strict.yaml');
    writeFileSync(file, 'extends: zwgk-summary\nid: zwgk-strict\npassMark: 90\n');
    const strict = loadRuleSetFile(file);
    expect(strict.passMark).toBe(90);
    expect(strict.sections.length).toBeGreaterThan(5);
  });

  it('a cycle is reported with the chain at file:line:column, not followed forever', async () => {
    const stderr = await refused(join(FIXTURES, 'cycle-a.yaml'));
    expect(stderr).toBe(`reportlint: ${join(FIXTURES, 'cycle-b.yaml')}:2:10: extends cycle: cycle-a.yaml → cycle-b.yaml → cycle-a.yaml`);
  });

  it('a self-extending rule set and a missing parent are errors too', () => {
    writeFileSync(join(dir, 'me.yaml'), 'id: me\nextends: ./me.yaml\n');
    expect(() => loadRuleSetFile(join(dir, 'me.yaml'))).toThrow(/me\.yaml:2:10: extends cycle: me\.yaml → me\.yaml/);
    expect(() => parseRuleSet('extends: ./nowhere.yaml\n', join(dir, 'x.yaml'))).toThrow(RuleSetError);
  });

  it('a child whose sections are not a list is reported, not silently replaced by the parent', () => {
    const base = join(FIXTURES, 'base.yaml');
    expect(() => parseRuleSet(`extends: ${base}\nid: kid\nsections:\n  results: {}\n`, join(dir, 'kid2.yaml'))).toThrow(/kid2\.yaml:4:3: \/sections must be array/);
  });

  it('an error inside an inherited section points into the parent file', () => {
    const parent = variant('bad-parent', "headings: ['问题|不足']", "headings: ['问题(']");
    expect(() => parseRuleSet(`extends: ${parent}\nid: kid\n`, join(dir, 'kid.yaml'))).toThrow(/bad-parent\.yaml:22:18: invalid regex/);
  });
});
