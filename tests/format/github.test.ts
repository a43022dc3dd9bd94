import { describe, expect, it } from 'vitest';
import github, { escapeData, escapeProperty } from '../../src/format/github.js';
import { goldenContext, goldenResults } from './input.js';

describe('github', () => {
  it('escapes message data and property values as the Actions runner expects', () => {
    expect(escapeData('50% done\r\nnext: a,b')).toBe('50%25 done%0D%0Anext: a,b');
    expect(escapeProperty('汇编,第1期%.txt: x\n')).toBe('汇编%2C第1期%25.txt%3A x%0A');
    // % first, so an escape is never escaped twice.
    expect(escapeProperty('%2C')).toBe('%252C');
  });

  const lines = github(goldenResults(), goldenContext()).trimEnd().split('\n');

  it('writes one command per finding, per failed report and per file problem, then a summary line', () => {
    const commands = lines.filter((l) => l.startsWith('::'));
    expect(commands).toHaveLength(7);
    expect(lines.at(-1)).toMatch(/^4 个文件共 4 篇报告：2 篇通过，1 篇未通过，1 篇未检查/);
    for (const c of commands) expect(c).toMatch(/^::(error|warning|notice) file=[^,:]+(,line=\d+)?(,col=\d+)?,title=[^,:]+::[^\r\n]+$/);
  });

  it('puts findings on their file, line and column with an escaped path', () => {
    const mention = lines.find((l) => l.includes('demo-summary/problems'))!;
    expect(mention.startsWith('::notice file=汇编%2C第1期%25.txt,line=8,col=9,title=demo-summary/problems · 演示县<档案馆> & "史志办"2024年工作总结::')).toBe(true);
    expect(lines).toContain('::error file=汇编%2C第1期%25.txt,line=5,title=reportlint%3A 演示县<档案馆> & "史志办"2024年工作总结::得分 55/100，低于及格线 60。');
    expect(lines).toContain('::error file=扫描件.pdf,title=reportlint unsupportedFormat::不支持 .pdf 格式，请另存为 .docx 或 .txt 后再检查。');
  });

  it('puts verdicts and file problems first, then errors, warnings, notices (GitHub shows only the first few of each)', () => {
    const kinds = lines.filter((l) => l.startsWith('::')).map((l) => (/title=reportlint[ %]/.test(l) && l.startsWith('::error') ? 'verdict' : l.slice(2, l.indexOf(' '))));
    expect(kinds).toEqual(['verdict', 'verdict', 'warning', 'warning', 'warning', 'warning', 'notice']);
  });

  it('--quiet keeps errors only', () => {
    const quiet = github(goldenResults(), goldenContext('zh', { quiet: true })).split('\n').filter((l) => l.startsWith('::'));
    expect(quiet.length).toBe(2);
    expect(quiet.every((l) => l.startsWith('::error '))).toBe(true);
  });
});
