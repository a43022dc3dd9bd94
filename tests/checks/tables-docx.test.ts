/** The 年度报告 table checks read Word tables too: rows come from the .docx loader as cells. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../helpers/docx.js';
import { runJson } from '../helpers/cli.js';

const applicants = ['申请人情况', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];
const row = (label: string, ...n: number[]) => [label, ...n.map(String)];

describe('年度报告 in Word', () => {
  it('finds the six parts by Word heading style and checks the table arithmetic', async () => {
    const docx = await buildDocx([
      { text: '某县教育局2024年政府信息公开工作年度报告', style: 'Title' },
      { text: '总体情况', style: 'Heading1' },
      { text: '全年主动公开信息120条，收到申请3件。' },
      { text: '主动公开政府信息情况', style: 'Heading1' },
      { text: '制发行政规范性文件2件。' },
      { text: '收到和处理政府信息公开申请情况', style: 'Heading1' },
      {
        table: [
          applicants,
          row('一、本年新收政府信息公开申请数量', 2, 1, 0, 0, 0, 0, 3),
          row('二、上年结转政府信息公开申请数量', 0, 0, 0, 0, 0, 0, 0),
          row('（一）予以公开', 2, 1, 0, 0, 0, 0, 3),
          row('（七）总计', 2, 1, 0, 0, 0, 0, 4),
          row('四、结转下年度继续办理', 0, 0, 0, 0, 0, 0, 0),
        ],
      },
      { text: '政府信息公开行政复议、行政诉讼情况', style: 'Heading1' },
      { table: [row('', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)] },
      { text: '存在的主要问题及改进情况', style: 'Heading1' },
      { text: '一是解读形式单一，图解视频偏少；二是基层公开目录更新不及时。上年问题已整改完毕。' },
      { text: '其他需要报告的事项', style: 'Heading1' },
      { text: '本年度未收取信息处理费。' },
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'reportlint-docx-'));
    const file = join(dir, '年度报告.docx');
    writeFileSync(file, docx);
    const { json } = await runJson([file]);
    const report = json.files[0]!.reports[0]!;
    expect(report.ruleSet).toBe('zfxxgk-annual');
    expect(report.sections.map((s) => s.status)).toEqual(Array(6).fill('section'));
    const tables = report.messages.filter((m) => m.ruleId === 'tables').map((m) => m.code);
    expect(tables).toEqual(['tableRowTotal', 'tableBalance', 'tableOutcomeSum']);
  });
});
