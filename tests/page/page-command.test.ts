/**
 * `reportlint page` on the Node side (no browser): what it embeds, and the engine the page runs
 * giving the CLI's JSON when run under Node. tests/browser/page.test.ts runs the built page itself.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, runJson } from '../helpers/cli.js';
import { collectRuleSets, resolveConfig } from '../../src/config/index.js';
import { reviveRuleSets, ruleSetsJson, type PageData } from '../../src/page/data.js';
import { PageEngine } from '../../src/page/engine.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'reportlint-pagecmd-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The data a written page embeds. */
function embedded(file: string): PageData {
  const html = readFileSync(file, 'utf8');
  return JSON.parse(/<script type="application\/json" id="reportlint-data">(.*?)<\/script>/s.exec(html)![1]!) as PageData;
}

describe('reportlint page', () => {
  it('writes 检查工具.html with the built-in rule sets when no -o is given', async () => {
    const dir = tempDir();
    const run = await runCli(['page', '--no-config'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('检查工具.html');
    const data = embedded(join(dir, '检查工具.html'));
    expect(data.configName).toBeNull();
    expect(reviveRuleSets(data.ruleSets).map((r) => r.id).sort()).toEqual(['fzzf-annual', 'work-summary', 'zfxxgk-annual', 'zwgk-summary']);
  });

  it('embeds the project\'s config: its rule files, overrides and waivers', async () => {
    const dir = tempDir();
    cpSync(resolve('tests/fixtures/page/office'), dir, { recursive: true });
    expect((await runCli(['page', '-o', 'office.html'], { cwd: dir })).code).toBe(0);
    const data = embedded(join(dir, 'office.html'));
    expect(data.configName).toBe('.reportlintrc.yaml');
    const ruleSets = reviveRuleSets(data.ruleSets);
    expect(ruleSets.map((r) => r.id)).toContain('dangjian-summary');
    expect(ruleSets.find((r) => r.id === 'zwgk-summary')!.passMark).toBe(50);
    expect(data.policy?.waivers?.[0]?.rule).toBe('sectionWeak');
  });

  it('refuses an unknown --rule-set with exit 2', async () => {
    const run = await runCli(['page', '--no-config', '--rule-set', 'nope', '-o', join(tempDir(), 'x.html')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown rule set "nope"/);
  });

  it('keeps a "</script>" in a rule set\'s text from ending the data element', async () => {
    const dir = tempDir();
    const rules = readFileSync(resolve('tests/fixtures/format/rules/demo.yaml'), 'utf8').replace('写明具体问题。', '写明具体问题</script><b>。');
    writeFileSync(join(dir, 'demo.yaml'), rules);
    expect((await runCli(['page', '--no-config', '--rules', 'demo.yaml', '-o', 'p.html'], { cwd: dir })).code).toBe(0);
    const html = readFileSync(join(dir, 'p.html'), 'utf8');
    expect(html.match(/<\/script>/g)).toHaveLength(3);
    expect(reviveRuleSets(embedded(join(dir, 'p.html')).ruleSets).find((r) => r.id === 'demo-summary')!.sections[1]!.hint).toContain('</script><b>');
  });
});

describe('the page\'s rule sets and engine (under Node)', () => {
  const ruleSets = collectRuleSets(resolveConfig(false, process.cwd()), [], process.cwd());

  it('round-trips the compiled rule sets through JSON, regexes and all', () => {
    const revived = reviveRuleSets(ruleSetsJson(ruleSets));
    expect(revived).toEqual(ruleSets);
    expect(revived[0]!.sections[0]!.terms[0]!.pattern).toBeInstanceOf(RegExp);
  });

  it('gives the CLI\'s JSON for a compilation (three reports, the similarity pass)', async () => {
    const file = resolve('samples/政务公开工作总结汇编.txt');
    const engine = new PageEngine({ version: '0', configName: null, ruleSets: ruleSetsJson(ruleSets), lang: 'zh', similarEnabled: true });
    const { result } = await engine.checkFile(basename(file), readFileSync(file));
    const cli = (await runJson([file])).json;
    expect(engine.json([result], 'zh')).toEqual({ ...cli, files: cli.files.map((f) => ({ ...f, path: basename(f.path) })) });
  });

  it('answers an unreadable .docx with the CLI\'s finding, not a throw', async () => {
    const engine = new PageEngine({ version: '0', configName: null, ruleSets: ruleSetsJson(ruleSets), lang: 'zh', similarEnabled: true });
    const { result, source } = await engine.checkFile('坏.docx', new TextEncoder().encode('not a zip'));
    expect(source).toBeNull();
    expect(result.errors[0]!.severity).toBe('error');
    expect(result.errors[0]!.code).toMatch(/^docx/);
  });
});
