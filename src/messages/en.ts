/** English message texts, by code. */
import type { Catalog } from './index.js';

export const en: Catalog = {
  sectionMissing: (a) => `Missing section "${a.nameEn}". ${a.hintEn}`,
  sectionOnlyMentioned: (a) => `"${a.nameEn}" is only mentioned inside another part; give it its own heading or item.`,
  sectionWeak: (a) => `Section "${a.nameEn}" is thin. ${a.hintEn}`,
  unreadable: (a) => `Cannot read the file (${a.reason}).`,
  unsupportedFormat: (a) => `${a.ext} files are not supported; save the report as .docx or .txt and check it again.`,
  binary: () => `Not a text file (an image or other binary data); skipped.`,
  tocMissingInBody: (a) => `The table of contents lists ${a.listed} reports but the body holds ${a.found}; ${a.count} listed but missing: ${a.titles}`,
  bodyMissingInToc: (a) => `${a.count} report(s) in the body are not in the table of contents: ${a.titles}`,
  tocTitleDiffers: (a) => `${a.count} title(s) differ between the table of contents and the body: ${a.titles}`,
  notChecked: () => `No rule set applies; not checked.`,
  noReports: () => `No report found in the file.`,
};
