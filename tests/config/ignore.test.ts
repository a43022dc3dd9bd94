import { describe, expect, it } from 'vitest';
import { globToRegExp, ignoreFilter } from '../../src/config/ignore.js';

describe('ignore globs', () => {
  const cases: [string, string, boolean][] = [
    ['*.txt', 'a.txt', true],
    ['*.txt', 'dir/a.txt', false],
    ['**/*.txt', 'dir/sub/a.txt', true],
    ['**/*.txt', 'a.txt', true],
    ['草稿/**', '草稿/一稿.txt', true],
    ['草稿/**', '定稿/一稿.txt', false],
    ['草稿', '草稿/深/一稿.txt', true], // a folder pattern covers what is inside it
    ['*.{doc,wps}', 'a.wps', true],
    ['*.{doc,wps}', 'a.docx', false],
    ['报告?.txt', '报告1.txt', true],
    ['报告?.txt', '报告12.txt', false],
    ['a.b(1).txt', 'a.b(1).txt', true],
    ['a.b(1).txt', 'axb(1).txt', false],
  ];
  for (const [pattern, path, expected] of cases) {
    it(`${pattern} ${expected ? 'matches' : 'does not match'} ${path}`, () => {
      expect(globToRegExp(pattern).test(path)).toBe(expected);
    });
  }

  it('matches paths relative to the config folder; a pattern without / matches a name anywhere', () => {
    const skip = ignoreFilter(['reports/旧/**', '*-旧版.txt'], '/proj', '/proj/sub')!;
    expect(skip('/proj/reports/旧/a.txt')).toBe(true);
    expect(skip('../reports/旧/a.txt')).toBe(true); // relative to the cwd /proj/sub
    expect(skip('/proj/x/y/总结-旧版.txt')).toBe(true);
    expect(skip('/proj/reports/新/a.txt')).toBe(false);
  });

  it('is null when there is nothing to ignore', () => {
    expect(ignoreFilter([], '/proj', '/proj')).toBeNull();
  });
});
