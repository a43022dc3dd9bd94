/** --stdin-filename names standard input in every format; FORCE_COLOR and NO_COLOR decide colour. */
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES } from '../../src/format/index.js';
import { wantsColor } from '../../src/io/color.js';
import { runCli } from '../helpers/cli.js';

const REPORT = '演示县统计局2024年工作总结\n\n一、主要工作\n全年完成调查12项。\n';

describe('--stdin-filename', () => {
  for (const format of FORMAT_NAMES) {
    it(`names standard input in ${format}`, async () => {
      const run = await runCli(['-', '--stdin-filename', 'reports/草稿.txt', '-f', format], { stdin: REPORT });
      expect(run.code).toBe(1);
      // SARIF writes the name as a URI: percent-encoded.
      expect(run.stdout.includes('reports/草稿.txt') || run.stdout.includes(`reports/${encodeURIComponent('草稿')}.txt`)).toBe(true);
      expect(run.stdout).not.toMatch(/<stdin>|&lt;stdin&gt;|%3Cstdin%3E/);
    });
  }

  it('without it, standard input is <stdin>; with it, its extension picks the format', async () => {
    expect((await runCli(['-', '-f', 'json'], { stdin: REPORT })).stdout).toContain('"path": "<stdin>"');
    const md = '# 演示县统计局2024年工作总结\n\n## 存在问题\n\n人手不足，经费紧张。\n\n## 下一步计划\n\n加强培训。\n';
    const asText = JSON.parse((await runCli(['-', '-f', 'json', '--stdin-filename', 'a.txt'], { stdin: md })).stdout) as { files: { reports: { title: string }[] }[] };
    const asMarkdown = JSON.parse((await runCli(['-', '-f', 'json', '--stdin-filename', 'a.md'], { stdin: md })).stdout) as { files: { reports: { title: string }[] }[] };
    // Read as Markdown, the # headings are outline hints: the findings differ from the same bytes read as text.
    expect(asMarkdown.files[0]!.reports).not.toEqual(asText.files[0]!.reports);
  });

  it('streamed (--no-similar) and whole runs name it alike', async () => {
    const whole = await runCli(['-', '--stdin-filename', 'x.txt', '-f', 'json'], { stdin: REPORT });
    const streamed = await runCli(['-', '--stdin-filename', 'x.txt', '-f', 'json', '--no-similar'], { stdin: REPORT });
    expect(streamed.stdout).toBe(whole.stdout);
  });
});

describe('colour', () => {
  it('FORCE_COLOR forces it on (0 or false off), NO_COLOR off, else a terminal decides', () => {
    expect(wantsColor({ FORCE_COLOR: '1' }, false)).toBe(true);
    expect(wantsColor({ FORCE_COLOR: '' }, false)).toBe(true);
    expect(wantsColor({ FORCE_COLOR: '0' }, true)).toBe(false);
    expect(wantsColor({ FORCE_COLOR: 'false' }, true)).toBe(false);
    expect(wantsColor({ FORCE_COLOR: '1', NO_COLOR: '1' }, false)).toBe(true);
    expect(wantsColor({ NO_COLOR: '1' }, true)).toBe(false);
    expect(wantsColor({}, true)).toBe(true);
    expect(wantsColor({}, false)).toBe(false);
  });
});
