/** anyMatches: one joined regex must answer exactly as trying each pattern does. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyMatches } from '../../src/match/any-of.js';

const some = (patterns: RegExp[], text: string) => patterns.some((p) => p.test(text));

describe('anyMatches', () => {
  it('answers as patterns.some(test) for the shapes rule sets use', () => {
    const patterns = [/主动公开/u, /(?:信息|文件)[^，,]{0,4}(?:公开|发布)/u, /^[^。]{0,12}(?:虽然|尽管)[^。]*$/u, /(?<=[一二])是/u, /a|b/u];
    for (const text of ['主动公开情况', '文件及时发布', '虽然有成绩', '一是', '三是', 'xyz', '', 'b']) {
      expect(anyMatches(patterns, text)).toBe(some(patterns, text));
    }
    expect(anyMatches([], 'x')).toBe(false);
    expect(anyMatches([/x/u], 'x')).toBe(true);
  });

  it('keeps back-references, named groups and mixed flags meaning what they meant', () => {
    const back = [/(公开)\1/u, /(申请)/u];
    expect(anyMatches(back, '公开公开')).toBe(true);
    expect(anyMatches(back, '申请申请')).toBe(true);
    expect(anyMatches(back, '公开')).toBe(false);
    const named = [/(?<a>甲)\k<a>/u, /(?<a>乙)/u];
    expect(anyMatches(named, '甲甲')).toBe(true);
    expect(anyMatches(named, '甲')).toBe(false);
    const flags = [/abc/iu, /XYZ/u];
    expect(anyMatches(flags, 'ABC')).toBe(true);
    expect(anyMatches(flags, 'xyz')).toBe(false);
  });

  it('agrees with patterns.some(test) on random texts', () => {
    const patterns = [/公开[^。]{0,6}\d+条/u, /依申请/u, /^一、/u, /(?:网站|新媒体)$/u];
    fc.assert(
      fc.property(fc.array(fc.constantFrom('公开', '依', '申请', '一、', '网站', '新媒体', '3', '条', '。', 'x'), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(anyMatches(patterns, text)).toBe(some(patterns, text));
      }),
    );
  });
});
