/**
 * reportlint's own output in a checked folder (`reportlint reports/ -f markdown -o reports/结果.md`,
 * then `reportlint reports/`): recognised by what each format always writes, so the output of any
 * earlier run, with any -o and from any earlier version, is skipped instead of read as a report.
 * No marker is added to the outputs: each format that lands in an extension we read already has a
 * fixed signature. json, sarif, junit (.xml) and csv are never inputs.
 *
 * - markdown (.md): its first line, `### ✅ reportlint 0.1.0` or `### ❌ …`;
 * - html (.html): the report's `<title>reportlint · …`, the offline page's `<meta name="generator" content="reportlint …">`;
 * - stylish and github (.txt, or any text): the run's summary as the last line, in Chinese or English
 *   (`✖ 3 个文件共 5 篇报告：2 篇通过，…`), colour codes and all.
 */

const utf8 = new TextDecoder();

/** How far from the start the html signature may stand, and how much of the end holds the summary line. */
const HEAD_BYTES = 2048;
const TAIL_BYTES = 4096;

const MARKDOWN_HEAD = /^### (?:✅|❌) reportlint \d/u;
const HTML_HEAD = /<title>reportlint · |<meta name="generator" content="reportlint[ "]/u;
const SUMMARY = [
  /^(?:[✖✔] )?\d+ 个文件共 \d+ 篇报告：\d+ 篇通过，\d+ 篇未通过，\d+ 篇未检查/u,
  /^(?:[✖✔] )?\d+ report\(s\) in \d+ file\(s\): \d+ passed, \d+ failed, \d+ not checked/u,
];
/** The escape sequences of a coloured output (--color -o). */
const ANSI = /\u001b\[[0-9;]*m/gu;

/** Whether `bytes` are an output reportlint wrote (see above); cheap: looks at most at 6 KB. */
export function isOwnOutput(bytes: Uint8Array): boolean {
  // "###" or "<": the head; the summary is looked for only behind a last line that starts as it does.
  if (bytes[0] === 0x23 && MARKDOWN_HEAD.test(utf8.decode(bytes.subarray(0, 64)))) return true;
  if (bytes[0] === 0x3c && HTML_HEAD.test(utf8.decode(bytes.subarray(0, HEAD_BYTES)))) return true;
  return endsWithSummary(bytes);
}

function endsWithSummary(bytes: Uint8Array): boolean {
  let end = bytes.length;
  while (end > 0 && (bytes[end - 1] === 0x0a || bytes[end - 1] === 0x0d || bytes[end - 1] === 0x20)) end--;
  const from = Math.max(0, end - TAIL_BYTES);
  let start = end;
  while (start > from && bytes[start - 1] !== 0x0a) start--;
  const first = bytes[start];
  // ✖ and ✔ start with 0xE2, a colour code with ESC, a bare summary (github) with a digit.
  if (first !== 0xe2 && first !== 0x1b && !(first !== undefined && first >= 0x30 && first <= 0x39)) return false;
  const line = utf8.decode(bytes.subarray(start, end)).replace(ANSI, '');
  return SUMMARY.some((s) => s.test(line));
}
