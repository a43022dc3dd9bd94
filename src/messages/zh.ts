/** Chinese message texts, by code. Arguments come from the finding. */
import type { Catalog } from './index.js';

export const zh: Catalog = {
  sectionMissing: (a) => `缺少“${a.name}”部分。${a.hint}`,
  sectionOnlyMentioned: (a) => `“${a.name}”仅在其他部分中提及，建议单列标题或条目。`,
  sectionWeak: (a) => `“${a.name}”部分内容单薄。${a.hint}`,
  unreadable: (a) => `无法读取文件（${a.reason}）。`,
  unsupportedFormat: (a) => `不支持 ${a.ext} 格式，请另存为 .docx 或 .txt 后再检查。`,
  binary: () => `文件不是文本（可能是图片或其他二进制文件），已跳过。`,
  tocMissingInBody: (a) => `目录列出 ${a.listed} 篇，正文只找到 ${a.found} 篇；目录中有而正文缺少的 ${a.count} 篇：${a.titles}`,
  bodyMissingInToc: (a) => `正文中有 ${a.count} 篇未列入目录：${a.titles}`,
  tocTitleDiffers: (a) => `目录与正文标题不一致 ${a.count} 处：${a.titles}`,
  notChecked: () => `没有适用的规则集，未检查。`,
  noReports: () => `文件中没有找到报告内容。`,
};
