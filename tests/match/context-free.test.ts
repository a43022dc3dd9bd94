import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyMatches, contextFree } from '../../src/match/any-of.js';
import { sentences } from '../../src/match/sentences.js';

const re = (...sources: string[]) => sources.map((s) => new RegExp(s, 'u'));

describe('contextFree', () => {
  it('accepts patterns that match by their own characters', () => {
    expect(contextFree(re('主动公开', '(?:网站|网页)', '公开[^。]*条', '[\\^$]公开', '\\^公开\\$', '\\d+\\s*件', '\\p{Script=Han}{2}'))).toBe(true);
  });

  it('refuses anchors, word boundaries and lookaround, which depend on what is around a match', () => {
    for (const source of ['^总之', '公开$', '\\b公开', '公开\\B', '(?<=。)公开', '(?<!不)公开', '公开(?=情况)', '公开(?!栏)']) {
      expect(contextFree(re('主动公开', source))).toBe(false);
    }
  });

  it('is sound: when no pattern matches a line, none matches any of its sentences', () => {
    const fragment = fc.constantFrom('公开', '主动', '[^。]*', '.{0,3}', '\\d+', '(?:网站|栏目)', '信息', '条', '[，,]');
    const pattern = fc.array(fragment, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));
    const char = fc.constantFrom('公', '开', '主', '动', '信', '息', '网', '站', '栏', '目', '条', '1', '2', '。', '；', '！', '，', ' ', '\n');
    const line = fc.array(char, { maxLength: 80 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 1, maxLength: 3 }), line, (sources, text) => {
        const patterns = re(...sources);
        expect(contextFree(patterns)).toBe(true);
        if (!anyMatches(patterns, text)) expect(sentences(text).some((s) => anyMatches(patterns, s))).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
