/** Repeats folded into one line with a count and places, and a search string for Word users, in stylish and html; JSON keeps every finding (issue 13). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fold, foldNote } from '../../src/format/fold.js';
import type { Message } from '../../src/types.js';
import { runCli, runJson } from '../helpers/cli.js';

const mask = (line: number, column: number): Message => ({ ruleId: 'placeholders', code: 'placeholder-mask', args: { text: 'X' }, severity: 'warning', line, column });

describe('fold', () => {
  it('one entry per rule, code and severity, in order of first appearance, with up to three more places', () => {
    const weak: Message = { ruleId: 'r/plans', code: 'sectionWeak', args: {}, severity: 'warning', line: 2, column: 1 };
    const folded = fold([mask(1, 1), weak, mask(3, 2), mask(4, 5), mask(5, 1), mask(9, 9)]);
    expect(folded.map((f) => [f.first.line, f.count])).toEqual([[1, 5], [2, 1]]);
    expect(foldNote(folded[0]!, 'zh')).toBe('（共 5 处，另见 3:2、4:5、5:1 等）');
    expect(foldNote(folded[0]!, 'en')).toBe(' (5 in all; also 3:2, 4:5, 5:1 …)');
    expect(foldNote(folded[1]!, 'zh')).toBe('');
  });

  it('on the untouched template: stylish has one line per kind, JSON every finding, each with its line\'s first words', async () => {
    const made = await runCli(['template', 'zwgk-summary']);
    const file = join(mkdtempSync(join(tmpdir(), 'reportlint-fold-')), 't.txt');
    writeFileSync(file, made.stdout);
    const { json } = await runJson([file, '--no-similar']);
    const masks = json.files[0]!.reports[0]!.messages.filter((m) => m.code === 'placeholder-mask');
    expect(masks.length).toBeGreaterThan(10);
    expect((masks[0] as unknown as { lineStart: string }).lineStart).toBe('XX单位20XX年政务公开工作总');
    const stylish = (await runCli([file, '--no-similar'])).stdout.split('\n');
    const lines = stylish.filter((l) => l.includes('疑似未替换的占位符'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`（共 ${masks.length} 处，另见 1:7、6:11、6:20 等）  「XX单位20XX年政务公开工作总」`);
    const html = (await runCli([file, '--no-similar', '-f', 'html'])).stdout;
    expect(html.match(/疑似未替换的占位符/g)).toHaveLength(1);
    expect(html).toContain(`<div class="find" title="该行开头的文字，可在 Word/WPS 中用“查找”定位">一、主动公开</div>`);
  });
});
