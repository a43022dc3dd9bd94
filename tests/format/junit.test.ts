import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import junit from '../../src/format/junit.js';
import { runCli } from '../helpers/cli.js';
import { DEMO_RULES, goldenContext, goldenResults, REPORTS } from './input.js';

/** Parses XML strictly: any well-formedness error throws. */
function parse(xml: string) {
  const errors: string[] = [];
  const push = (level: string) => (msg: string) => errors.push(`${level}: ${msg}`);
  const doc = new DOMParser({ errorHandler: { warning: push('warning'), error: push('error'), fatalError: push('fatal') } }).parseFromString(xml, 'text/xml');
  // xmldom lets a bare & through; XML does not.
  if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);)/i.test(xml)) errors.push('bare &');
  if (errors.length) throw new Error(errors.join('\n'));
  return doc;
}

const attr = (el: Element, name: string) => el.getAttribute(name);
const children = (el: Element | Document, tag: string) => Array.from(el.getElementsByTagName(tag));

describe('junit', () => {
  it('the XML check can fail: broken markup is refused', () => {
    expect(() => parse('<testsuites><testcase name="a & b"/></testsuites>')).toThrow(/bare &/);
    expect(() => parse('<testsuites><testcase></testsuites>')).toThrow();
  });

  it('parses back: one testsuite per file, one testcase per report, counts that add up', () => {
    const doc = parse(junit(goldenResults(), goldenContext()));
    const root = doc.documentElement!;
    expect(root.tagName).toBe('testsuites');
    expect([attr(root, 'tests'), attr(root, 'failures'), attr(root, 'errors'), attr(root, 'skipped')]).toEqual(['6', '2', '1', '1']);
    const suites = children(doc, 'testsuite');
    expect(suites.map((s) => attr(s, 'name'))).toEqual(['县统计局.txt', '汇编,第1期%.txt', 'word/演示县审计局.docx', '乡镇/演示镇政府.txt', '扫描件.pdf']);
    expect(suites.map((s) => children(s, 'testcase').length)).toEqual([1, 2, 1, 1, 1]);
  });

  it('keeps titles with markup characters intact through escaping', () => {
    const doc = parse(junit(goldenResults(), goldenContext()));
    const names = children(doc, 'testcase').map((c) => attr(c, 'name'));
    expect(names).toContain('演示县<档案馆> & "史志办"2024年工作总结');
    expect(names).toContain('演示县审计局2024年工作总结');
  });

  it('names a test by its report\'s title alone (stable across edits), a repeated title by its order', () => {
    const results = goldenResults();
    const one = results[0]!.reports[0]!;
    const file = { ...results[0]!, reports: [one, { ...one, startLine: 20, endLine: 30 }, { ...one, title: '' }] };
    const names = children(parse(junit([file], goldenContext())), 'testcase').map((c) => attr(c, 'name'));
    expect(names).toEqual(['演示县统计局2024年工作总结', '演示县统计局2024年工作总结 (2)', '（无标题）']);
  });

  it('a failed report is a <failure> listing its findings; an unchecked one <skipped>; an unreadable file <error>', () => {
    const doc = parse(junit(goldenResults(), goldenContext('en')));
    const failure = children(doc, 'failure');
    expect(failure).toHaveLength(2);
    expect(attr(failure[0]!, 'message')).toBe('Failed: score 55/100 is below the pass mark 60.');
    expect(attr(failure[0]!, 'type')).toBe('belowPassMark');
    expect(attr(failure[1]!, 'message')).toBe('Failed: required section missing: "Problems"; 1 table figure(s) do not add up (first at line 9); 1 error-level finding(s), e.g. line 12: Draft marker "【待补充】" not resolved.');
    expect(attr(failure[1]!, 'type')).toBe('requiredMissing tableMismatch errorFinding');
    expect(failure[0]!.textContent).toContain('5:1 warning Missing section "Plans"');
    expect(attr(children(doc, 'skipped')[0]!, 'message')).toMatch(/not checked/);
    expect(attr(children(doc, 'error')[0]!, 'type')).toBe('unsupportedFormat');
    expect(children(doc, 'system-err')[0]!.textContent).toMatch(/^2: 1 report\(s\) in the body/);
  });

  it('drops characters XML cannot carry instead of writing a broken file', () => {
    const results = goldenResults();
    const bad = { ...results[0]!, reports: [{ ...results[0]!.reports[0]!, title: 'A\u0001B\u001F' }] };
    const doc = parse(junit([bad], goldenContext()));
    expect(attr(children(doc, 'testcase')[0]!, 'name')).toBe('AB');
  });

  it('parses back from the real pipeline on the report fixtures', async () => {
    const run = await runCli([REPORTS, '--rules', DEMO_RULES, '-f', 'junit']);
    const doc = parse(run.stdout);
    const cases = children(doc, 'testcase');
    expect(cases.length).toBe(4);
    expect(children(doc, 'failure').length).toBe(run.code === 1 ? Number(attr(doc.documentElement!, 'failures')) : 0);
    expect(Number(attr(doc.documentElement!, 'failures'))).toBeGreaterThanOrEqual(1);
  });
});
