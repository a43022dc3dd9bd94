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
    expect(commands).toHaveLength(16);
    expect(lines.at(-1)).toMatch(/^5 个文件共 5 篇报告：2 篇通过，2 篇未通过，1 篇未检查/);
    for (const c of commands) expect(c).toMatch(/^::(error|warning|notice) file=[^,:]+(,line=\d+)?(,col=\d+)?,title=[^,:]+::[^\r\n]+$/);
  });

  it('puts findings on their file, line and column with an escaped path', () => {
    const mention = lines.find((l) => l.includes('demo-summary/problems') && l.startsWith('::notice'))!;
    expect(mention.startsWith('::notice file=汇编%2C第1期%25.txt,line=8,col=9,title=demo-summary/problems · 演示县<档案馆> & "史志办"2024年工作总结::')).toBe(true);
    expect(lines).toContain('::error file=汇编%2C第1期%25.txt,line=5,title=reportlint%3A 演示县<档案馆> & "史志办"2024年工作总结::未通过：得分 55/100，低于及格线 60。');
    // The reason is the real one, not the score, when the score is above the pass mark (issue 13).
    expect(lines).toContain('::error file=乡镇/演示镇政府.txt,line=1,title=reportlint%3A 演示镇人民政府2024年工作总结::未通过：缺少必备部分“存在问题”；表格数据不一致 1 处（首处在第 9 行）；1 处错误级问题，如第 12 行：草稿标记“【待补充】”尚未处理。');
    expect(lines).toContain('::error file=扫描件.pdf,title=reportlint unsupportedFormat::不支持 .pdf 格式，请另存为 .docx 或 .txt 后再检查。');
  });

  it('puts verdicts and file problems first, then errors, warnings, notices (GitHub shows only the first few of each)', () => {
    const kinds = lines.filter((l) => l.startsWith('::')).map((l) => (/title=reportlint[ %]/.test(l) && l.startsWith('::error') ? 'verdict' : l.slice(2, l.indexOf(' '))));
    expect(kinds).toEqual(['verdict', 'verdict', 'verdict', 'error', 'error', 'error', 'warning', 'warning', 'warning', 'warning', 'warning', 'warning', 'warning', 'warning', 'notice', 'notice']);
  });

  it('--quiet keeps errors only', () => {
    const quiet = github(goldenResults(), goldenContext('zh', { quiet: true })).split('\n').filter((l) => l.startsWith('::'));
    expect(quiet.length).toBe(6);
    expect(quiet.every((l) => l.startsWith('::error '))).toBe(true);
  });
});
