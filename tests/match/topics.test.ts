/** What a heading is about: weighted terms, the best topic by its total, a second one only for a joined part. */
import { describe, expect, it } from 'vitest';
import { classifyHeading } from '../../src/match/topics.js';
import { parseRuleSet } from '../../src/ruleset/load.js';
import { checkSource } from '../../src/run.js';
import { loadBytes } from '../../src/load/index.js';

// A rule set written for this test: three topics, one weak word (规范) shared by the headings of all.
const ruleSet = parseRuleSet(
  `id: t
title: 测试
appliesTo: { priority: 1, titles: ['测试'] }
passMark: 60
sections:
  - id: publish
    name: 发布
    weight: 1
    severity: error
    hint: h
    match:
      terms: { '发布': 2, '信息质量': 2 }
  - id: rules
    name: 制度
    weight: 1
    severity: error
    hint: h
    match:
      terms: { '制度|机制': 2, '规范': 1 }
  - id: problems
    name: 问题
    weight: 1
    severity: error
    hint: h
    match:
      terms: { '存在的?问题': 4 }
      headingsExclude: ['解决[^，,]{0,6}问题']
  - id: plans
    name: 计划
    weight: 1
    severity: error
    hint: h
    match:
      terms: { '整改措施': 2 }
`,
  't.yaml',
);
const ids = (title: string) => classifyHeading(ruleSet.sections, title)?.sections.map((k) => ruleSet.sections[k]!.id) ?? [];

describe('classifyHeading', () => {
  it('gives a heading to the topic with the highest total, not to every topic it shares a word with', () => {
    expect(ids('规范发布流程，提高信息质量')).toEqual(['publish']);
    const topic = classifyHeading(ruleSet.sections, '规范发布流程，提高信息质量')!;
    expect(topic.terms).toEqual([['发布', '信息质量']]);
    expect(topic.runnerUp).toEqual({ section: 1, score: 1 });
  });

  it('needs a total of at least 2: one weak word is no topic', () => {
    expect(ids('规范管理')).toEqual([]);
  });

  it('adds a second topic when a joined part is about it on its own', () => {
    expect(ids('存在的问题及整改措施')).toEqual(['problems', 'plans']);
    expect(ids('健全工作制度，规范信息发布')).toEqual(['rules', 'publish']);
  });

  it('gives a tie to both topics', () => {
    expect(ids('发布制度')).toEqual(['publish', 'rules']);
  });

  it('never gives a heading to a topic whose exclusions match it', () => {
    expect(ids('帮助企业解决融资中存在的问题')).toEqual([]);
  });
});

describe('a rule set written with headings and keywords only (before terms existed)', () => {
  const legacy = parseRuleSet(
    `id: legacy
title: 安全生产工作总结
appliesTo: { priority: 5, titles: ['安全生产'] }
passMark: 60
sections:
  - id: measures
    name: 主要措施
    weight: 2
    severity: error
    hint: h
    match:
      headings: ['措施|做法']
      keywords: ['开展[^。]{0,10}检查']
  - id: hazards
    name: 隐患排查
    weight: 1
    severity: warning
    hint: h
    match:
      headings: ['隐患']
      keywords: ['隐患']
`,
    'legacy.yaml',
  );

  it('loads: each heading pattern is a term of weight 3', () => {
    expect(legacy.sections.map((s) => s.terms.map((t) => [t.pattern.source, t.weight]))).toEqual([[['措施|做法', 3]], [['隐患', 3]]]);
  });

  it('finds sections by headings and mentions by keywords as before', () => {
    const text = ['某局2024年安全生产工作总结', '', '一、主要措施和做法', '全年开展安全检查12次。', '二、工作体会', '排查整治隐患31处。'].join('\n');
    const loaded = loadBytes('a.txt', new TextEncoder().encode(text), 'text');
    if (!loaded.ok) throw new Error('load');
    const report = checkSource(loaded.source, { ruleSets: [legacy] }).reports[0]!;
    expect(report.sections.map((s) => [s.id, s.status, s.line])).toEqual([
      ['measures', 'section', 3],
      ['hazards', 'mention', 6],
    ]);
  });

  it('is refused with a clear message when a section has neither terms nor headings', () => {
    const text = `id: x
title: x
appliesTo: { priority: 1 }
passMark: 1
sections:
  - { id: a, name: a, weight: 1, severity: error, hint: h, match: { keywords: ['a'] } }
`;
    expect(() => parseRuleSet(text, 'x.yaml')).toThrow(/x\.yaml:6:.*needs `terms` or `headings`/);
  });
});

