/**
 * JUnit XML for CI dashboards: one testsuite per file, one testcase per report.
 * A failed report is a <failure>, an unchecked one <skipped>, a file that could not be read an <error>.
 */
import { render } from '../messages/index.js';
import type { FileResult, FormatContext, ReportResult } from '../types.js';
import { reasonsOf } from '../score/verdict.js';
import { messageText, visibleMessages, whyFailed } from './sections.js';
import { wordsFor, type Words } from '../messages/words.js';
import { escapeXml as x } from './xml.js';

export default function junit(results: readonly FileResult[], ctx: FormatContext): string {
  const w = wordsFor(ctx.lang);
  const suites = results.map((file) => suite(file, ctx, w));
  const total = (key: keyof Counts) => suites.reduce((n, s) => n + s.counts[key], 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="reportlint" tests="${total('tests')}" failures="${total('failures')}" errors="${total('errors')}" skipped="${total('skipped')}">`,
    ...suites.flatMap((s) => s.lines),
    '</testsuites>',
    '',
  ].join('\n');
}

interface Counts {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

function suite(file: FileResult, ctx: FormatContext, w: Words): { counts: Counts; lines: string[] } {
  const counts: Counts = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  const cases: string[] = [];
  const fatal = file.errors.filter((e) => e.severity === 'error');
  if (fatal.length) {
    // A file that could not be checked still shows up, as one erroring case, so dashboards count it.
    counts.tests++;
    counts.errors++;
    const text = fatal.map((e) => render(e.code, e.args, ctx.lang)).join('\n');
    cases.push(`    <testcase classname="${x(file.path)}" name="${x(file.path)}">`);
    cases.push(`      <error type="${x(fatal[0]!.code)}" message="${x(text)}">${x(text)}</error>`);
    cases.push('    </testcase>');
  }
  // Test names are the titles alone, so a CI dashboard keeps a report's history across edits that
  // move its lines (issue 13); a title repeated in one file is told apart by its order: "标题 (2)".
  const seen = new Map<string, number>();
  for (const report of file.reports) {
    counts.tests++;
    const title = report.title || w.untitled;
    const nth = (seen.get(title) ?? 0) + 1;
    seen.set(title, nth);
    const name = nth === 1 ? title : `${title} (${nth})`;
    const open = `    <testcase classname="${x(file.path)}" name="${x(name)}">`;
    if (report.score === null) {
      counts.skipped++;
      cases.push(open, `      <skipped message="${x(render('notChecked', {}, ctx.lang))}"/>`, '    </testcase>');
    } else if (report.passed === false) {
      counts.failures++;
      const why = whyFailed(report, ctx, file.lineUnit);
      const type = reasonsOf(report).map((r) => r.code).join(' ');
      cases.push(open, `      <failure type="${x(type)}" message="${x(why)}">${x(findingLines(report, ctx).join('\n'))}</failure>`, '    </testcase>');
    } else {
      const body = findingLines(report, ctx);
      cases.push(body.length ? `${open}\n      <system-out>${x(body.join('\n'))}</system-out>\n    </testcase>` : `${open.slice(0, -1)}/>`);
    }
  }
  const warnings = file.errors.filter((e) => e.severity === 'warning' && !ctx.quiet).map((e) => `${e.line ?? '-'}: ${render(e.code, e.args, ctx.lang)}`);
  const head = `  <testsuite name="${x(file.path)}" tests="${counts.tests}" failures="${counts.failures}" errors="${counts.errors}" skipped="${counts.skipped}">`;
  const out = warnings.length ? `    <system-err>${x(warnings.join('\n'))}</system-err>` : null;
  return { counts, lines: [head, ...cases, ...(out ? [out] : []), '  </testsuite>'] };
}

/** One line per finding, `line:column severity message (ruleId)`, as stylish prints it. */
function findingLines(report: ReportResult, ctx: FormatContext): string[] {
  return visibleMessages(report, ctx).map((m) => `${m.line}:${m.column} ${m.severity} ${messageText(m, ctx.lang)} (${m.ruleId})`);
}
