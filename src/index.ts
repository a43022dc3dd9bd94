/**
 * The package's entry: `import { check, loadRuleSets, format } from 'reportlint'`.
 * Only what is exported here is public; everything else under dist/ may change in any release.
 */
export { check, exitCode, format, formats, loadRuleSets, version } from './api.js';
export type { CheckHooks, CheckOptions, Input } from './api.js';
export { RuleSetError, UsageError } from './errors.js';
export type { RuleSet } from './ruleset/types.js';
export type { SimilarSettings } from './similar/options.js';
export type { FileError, FileResult, FormatContext, Lang, Message, ReportResult, SectionFinding, Severity } from './types.js';
