import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { loadFile } from '../../src/load/index.js';
import { buildDocx } from '../helpers/docx.js';
import { runCli, runJson } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'reportlint-docx-'));
async function write(name: string, bytes: Uint8Array | string): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

async function load(bytes: Uint8Array) {
  const loaded = await loadFile(await write(`t${Math.random().toString(36).slice(2)}.docx`, bytes));
  if (!loaded.ok) throw new Error(`not loaded: ${JSON.stringify(loaded.error)}`);
  return loaded.source;
}

describe('.docx loading', () => {
  it('gives one line per paragraph, in order, empty paragraphs kept, lineUnit paragraph', async () => {
    const source = await load(await buildDocx([{ text: '标题' }, { text: '' }, { text: '正文第一段。' }, { text: '正文第二段。' }]));
    expect(source.lines).toEqual(['标题', '', '正文第一段。', '正文第二段。']);
    expect(source.lineUnit).toBe('paragraph');
    expect(source.format).toBe('docx');
  });

  it('turns heading styles, English and Chinese names, into heading levels', async () => {
    const source = await load(
      await buildDocx([
        { text: '总体情况', style: 'Heading1' },
        { text: '主动公开', style: 'a3' },
        { text: '正文。' },
        { text: '报告', style: 'Title' },
        { text: '依申请公开', style: 'a5' },
      ]),
    );
    expect(source.hints?.map((h) => h?.headingLevel)).toEqual([1, 2, undefined, undefined, 2]);
  });

  it('turns Word list numbering into heading levels, nested under the last heading style; bullets are not headings', async () => {
    const source = await load(
      await buildDocx([
        { text: '主动公开情况', list: { numId: 1, level: 0 } },
        { text: '重点领域', list: { numId: 1, level: 1 } },
        { text: '一个要点', list: { numId: 2, level: 0 } },
        { text: '监督保障', style: 'Heading1' },
        { text: '培训', list: { numId: 3, level: 0 } },
        { text: '存在问题', list: { numId: 1, level: 0 } },
      ]),
    );
    expect(source.lines[0]).toBe('主动公开情况'); // Word draws the "一、"; it is not in the text
    // the last one continues the first list, which keeps its level 1
    expect(source.hints?.map((h) => h?.headingLevel)).toEqual([1, 2, undefined, 1, 2, 1]);
    expect(source.hints?.[0]?.listItem).toBe(true);
    expect(source.hints?.[3]?.listItem).toBeUndefined();
  });

  it('nests Word-numbered items under typed "一、" and "（二）" headings when the author types the top level', async () => {
    const source = await load(
      await buildDocx([
        { text: '一、主动公开情况' },
        { text: '信息发布', list: { numId: 3, level: 0 } },
        { text: '（二）政策解读' },
        { text: '解读材料', list: { numId: 4, level: 0 } },
      ]),
    );
    // the typed headings carry no hint (the outline reads their enumerators); the Word items sit below them
    expect(source.hints?.map((h) => h?.headingLevel)).toEqual([undefined, 2, undefined, 3]);
  });

  it('keeps a Word-numbered top heading at level 1 after typed sub-items', async () => {
    const source = await load(
      await buildDocx([
        { text: '总体情况', list: { numId: 1, level: 0 } },
        { text: '（一）主动公开。全年公开信息80条。' },
        { text: '存在问题', list: { numId: 1, level: 0 } },
        { text: '一、附件说明' },
      ]),
    );
    expect(source.hints?.map((h) => h?.headingLevel)).toEqual([1, undefined, 1, undefined]);
  });

  it('keeps a table as one line per row, cells joined by " | " and aligned to grid columns across merges', async () => {
    const source = await load(
      await buildDocx([
        { text: '表前段落' },
        {
          table: [
            ['指标', { text: '本年', gridSpan: 2 }],
            [{ text: '规章', vMerge: 'restart' }, '3', '1'],
            [{ text: '', vMerge: 'continue' }, '4', '2'],
          ],
        },
        { text: '表后段落' },
      ]),
    );
    expect(source.lines).toEqual(['表前段落', '指标 | 本年 | ', '规章 | 3 | 1', ' | 4 | 2', '表后段落']);
    expect(source.hints?.[1]?.cells).toEqual(['指标', '本年', '']);
    expect(source.hints?.[3]?.cells).toEqual(['', '4', '2']);
    expect(source.hints?.[4]).toBeUndefined();
  });
});

describe('bad .docx files', () => {
  // Not-a-zip and truncated files are told apart before mammoth by load/zip-guard.ts (its own codes);
  // what passes the guard but still fails inside mammoth is docxUnreadable.
  const cases: [string, () => Promise<Uint8Array | string>, string[]][] = [
    ['not a zip', async () => '这不是一个Word文件', ['docxNotWord', 'docxCorrupt', 'docxUnreadable']],
    ['a truncated zip', async () => (await buildDocx([{ text: '内容' }])).subarray(0, 60), ['docxCorrupt', 'docxUnreadable']],
    ['a zip without word/document.xml', () => buildDocx([{ text: '内容' }], ['word/document.xml', '_rels/.rels']), ['docxNotWord', 'docxUnreadable']],
    ['broken document XML', () => buildDocx([{ text: '内容 <w:p>' }]).then(unclose), ['docxUnreadable']],
  ];
  for (const [name, make, codes] of cases) {
    it(`reports ${name} as a file error with exit 2, naming the file, never a crash`, async () => {
      const path = await write(`bad-${name.replace(/\W+/g, '-')}.docx`, await make());
      const loaded = await loadFile(path);
      expect(loaded.ok).toBe(false);
      if (!loaded.ok) expect(codes).toContain(loaded.error.code);
      const run = await runCli([path]);
      expect(run.code).toBe(2);
      expect(run.stdout).toContain(path);
      expect(run.stderr).toBe('');
    });
  }

  it('says in Chinese and English what to do with a docx mammoth cannot read', async () => {
    const path = await write('bad-xml.docx', await unclose(await buildDocx([{ text: '内容' }])));
    const zh = await runCli([path]);
    expect(zh.stdout).toMatch(/无法读取 Word 文件（.+）。.*另存为 \.docx/);
    const en = await runCli([path, '--lang', 'en']);
    expect(en.stdout).toMatch(/Cannot read the Word file \(.+\)\. .*save it as \.docx/);
  });
});

/** Rewrites word/document.xml so it is no longer well-formed XML. */
async function unclose(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  zip.file('word/document.xml', xml.replace('</w:body>', '<w:p><w:r></w:body>'));
  return zip.generateAsync({ type: 'uint8array' });
}

describe('.docx through the CLI', () => {
  it('keeps Word-numbered headings between empty paragraphs inside one report', async () => {
    const h = (text: string) => ({ text, list: { numId: 1, level: 0 } });
    const path = await write(
      'spaced.docx',
      await buildDocx([
        { text: '某县财政局2025年政务公开工作总结' }, { text: '' },
        h('主动公开情况'), { text: '' }, { text: '全年主动公开信息210条，其中政策文件12件。' }, { text: '' },
        h('依申请公开办理情况'), { text: '' }, { text: '全年收到政府信息公开申请9件，均按期答复。' },
      ]),
    );
    const { json } = await runJson([path]);
    expect(json.files[0]!.reports).toHaveLength(1);
    const sections = json.files[0]!.reports[0]!.sections;
    expect(sections.find((s) => s.id === 'proactive')).toMatchObject({ status: 'section', line: 3 });
    expect(sections.find((s) => s.id === 'onRequest')).toMatchObject({ status: 'section', line: 7 });
  });

  it('says line numbers are paragraph numbers: lineUnit in JSON, 段 in stylish', async () => {
    const path = await write('unit.docx', await buildDocx([{ text: '某局2025年政务公开工作总结' }, { text: '一、主动公开' }, { text: '全年主动公开信息120条。' }]));
    const { json } = await runJson([path]);
    expect((json.files[0] as unknown as { lineUnit: string }).lineUnit).toBe('paragraph');
    const run = await runCli([path]);
    expect(run.stdout).toMatch(/段 1-3/);
    const en = await runCli([path, '--lang', 'en']);
    expect(en.stdout).toMatch(/paragraphs 1-3/);
  });
});
