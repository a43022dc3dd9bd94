/** User regexes run on bounded sentences, so a quadratic pattern stays cheap on a hostile long line. */
import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, sentences } from '../../src/match/sentences.js';
import { loadBytes } from '../../src/load/index.js';
import { parseRuleSet } from '../../src/ruleset/load.js';
import { checkSource } from '../../src/run.js';

describe('sentences', () => {
  it('splits after sentence ends and caps the length of a run', () => {
    expect(sentences('一是甲。二是乙；三')).toEqual(['一是甲。', '二是乙；', '三']);
    const long = sentences('字'.repeat(MAX_SENTENCE * 2 + 5));
    expect(long.map((s) => s.length)).toEqual([MAX_SENTENCE, MAX_SENTENCE, 5]);
    expect(sentences('一是甲。二是乙').some((s) => /乙/u.test(s))).toBe(true);
  });
});

describe('a slow pattern on a hostile line', () => {
  it('finishes quickly: `村.*工作总结` over a 1 MB line without punctuation', () => {
    const ruleSet = parseRuleSet(
      [
        'id: slow', 'title: 慢', 'appliesTo: {priority: 1, fallback: true}', 'passMark: 60', 'sections:',
        '  - id: a', '    name: 甲', '    weight: 1', '    severity: error', '    hint: 写甲',
        '    match:', "      headings: ['甲']", "      keywords: ['村.*工作总结']", '    enough:', "      figures: '村.*条'",
      ].join('\n'),
      'slow.yaml',
    );
    const text = `某村2024年工作总结\n${'村'.repeat(1_000_000)}\n`;
    const loaded = loadBytes('big.txt', new TextEncoder().encode(text), 'text');
    if (!loaded.ok) throw new Error('load');
    const started = Date.now();
    const result = checkSource(loaded.source, { ruleSets: [ruleSet] });
    expect(result.reports[0]!.sections[0]!.status).toBe('missing');
    // Unbounded, this takes minutes; bounded, well under a second on any machine (generous limit).
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
