import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConfig, parseConfig } from '../../src/config/load.js';
import { RuleSetError } from '../../src/errors.js';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'reportlint-config-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function errorOf(text: string, file = '/x/.reportlintrc.yaml'): RuleSetError {
  try {
    parseConfig(text, file);
  } catch (error) {
    if (error instanceof RuleSetError) return error;
    throw error;
  }
  throw new Error('expected a RuleSetError');
}

describe('finding the config', () => {
  it('walks up from the working folder to the nearest folder with one', () => {
    const root = tree({ 'a/.reportlintrc.yaml': 'lang: en\n', 'a/b/c/x.txt': '' });
    expect(findConfig(join(root, 'a', 'b', 'c'))).toBe(join(root, 'a', '.reportlintrc.yaml'));
  });

  it('prefers .reportlintrc.yaml over reportlint.config.yaml in one folder', () => {
    const root = tree({ '.reportlintrc.yaml': '', 'reportlint.config.yaml': '' });
    expect(findConfig(root)).toBe(join(root, '.reportlintrc.yaml'));
  });

  it('takes package.json only with a "reportlint" key, and walks past one without', () => {
    const root = tree({ 'package.json': '{"name":"x","reportlint":{"lang":"en"}}', 'sub/package.json': '{"name":"y"}' });
    expect(findConfig(join(root, 'sub'))).toBe(join(root, 'package.json'));
  });

  it('finds reportlint.config.yaml and .reportlintrc.yml', () => {
    expect(findConfig(tree({ 'reportlint.config.yaml': '' }))).toMatch(/reportlint\.config\.yaml$/);
    expect(findConfig(tree({ '.reportlintrc.yml': '' }))).toMatch(/\.reportlintrc\.yml$/);
  });
});

describe('validating the config', () => {
  it('accepts every documented key', () => {
    const config = parseConfig(
      [
        'rules: [my-rules]',
        'ruleSet: zwgk-summary',
        'minScore: 70',
        'lang: en',
        'format: json',
        'encoding: gb18030',
        'ignore: ["草稿/**"]',
        'overrides:',
        '  zwgk-summary:',
        '    passMark: 50',
        '    sections: { plans: { weight: 5, severity: warning }, oversight: { off: true } }',
        '    checks: { placeholders: false }',
      ].join('\n'),
      '/x/.reportlintrc.yaml',
    );
    expect(config.spec.minScore).toBe(70);
    expect(config.dir).toBe('/x');
  });

  it('treats an empty file as an empty config', () => {
    expect(parseConfig('', '/x/.reportlintrc.yaml').spec).toEqual({});
  });

  const bad: [string, string, number, number, RegExp][] = [
    ['an unknown key', 'lang: en\nminscore: 70\n', 2, 11, /unknown key "minscore"/],
    ['a wrong type', 'lang: en\nminScore: high\n', 2, 11, /minScore must be number/],
    ['a value out of range', 'minScore: 120\n', 1, 11, /minScore must be <= 100/],
    ['an unknown language', 'lang: fr\n', 1, 7, /lang must be equal to one of the allowed values/],
    ['a bad section override', 'overrides:\n  zwgk-summary:\n    sections:\n      plans: { weight: -1 }\n', 4, 24, /weight must be > 0/],
    ['a check switched with a string', 'overrides:\n  zwgk-summary:\n    checks:\n      placeholders: "no"\n', 4, 21, /must be boolean/],
    ['broken YAML', 'lang: en\n  minScore: [\n', 1, 7, /invalid YAML/],
  ];
  for (const [name, text, line, column, message] of bad) {
    it(`refuses ${name} at file:line:column`, () => {
      const error = errorOf(text);
      expect(error.file).toBe('/x/.reportlintrc.yaml');
      expect([error.line, error.column]).toEqual([line, column]);
      expect(error.detail).toMatch(message);
    });
  }

  it('points into package.json at the offending key under "reportlint"', () => {
    const error = errorOf('{\n  "name": "x",\n  "reportlint": {\n    "lang": "de"\n  }\n}\n', '/x/package.json');
    expect([error.line, error.column]).toEqual([4, 13]);
    expect(error.message).toMatch(/^\/x\/package\.json:4:13: /);
  });
});
