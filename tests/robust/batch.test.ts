/** A bug of ours on one file must not lose the other files' findings. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFiles } from '../../src/engine/batch.js';
import { render } from '../../src/messages/index.js';
import { BUILTIN_RULES_DIR, loadRuleSets } from '../../src/ruleset/load.js';
import type { RuleSet } from '../../src/ruleset/types.js';
import { REPORT, tempDir } from './helpers.js';

const { dir, cleanup } = tempDir();
afterAll(cleanup, 60_000);

describe('one failing file in a batch', () => {
  it('becomes an internalError result for that file; the other files keep their findings', async () => {
    const zwgk = loadRuleSets(BUILTIN_RULES_DIR).find((r) => r.id === 'zwgk-summary')!;
    // A pattern that blows up on one file only, standing in for any bug the pipeline might have.
    const trap = { source: 'trap', test: (s: string) => (s.includes('陷阱') ? (() => { throw new TypeError('boom'); })() : false) } as unknown as RegExp;
    const [first, ...rest] = zwgk.sections;
    const trapped: RuleSet = { ...zwgk, sections: [{ ...first!, headings: [trap, ...first!.headings] }, ...rest] };
    const bad = join(dir, 'bad.txt');
    const good = join(dir, 'good.txt');
    writeFileSync(bad, REPORT.replace('一、主动公开情况', '一、陷阱'));
    writeFileSync(good, REPORT);
    const results = await checkFiles([bad, good], { ruleSets: [trapped], forced: trapped, load: {}, concurrency: 'off', readStdin: async () => new Uint8Array() });
    expect(results.map((r) => r.path)).toEqual([bad, good]);
    expect(results[0]!.errors).toEqual([{ code: 'internalError', severity: 'error', args: { path: bad, detail: 'TypeError: boom' } }]);
    expect(render('internalError', results[0]!.errors[0]!.args, 'zh')).toMatch(/reportlint 自身出错.*TypeError: boom/);
    expect(results[1]!.reports[0]!.score).toBe(100);
  });
});
