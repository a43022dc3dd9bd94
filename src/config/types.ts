/** A config file as written (`ConfigSpec`, shaped by schema/config.schema.json) and as loaded (`Config`). */

export interface SectionOverride {
  weight?: number;
  severity?: 'error' | 'warning';
  off?: boolean;
}

export interface RuleSetOverride {
  passMark?: number;
  sections?: Record<string, SectionOverride>;
  checks?: Record<string, boolean>;
  /** Severities for this rule set's reports, as the top-level `severity:`. */
  severity?: Record<string, 'off' | 'info' | 'warning' | 'error'>;
}

/** One entry of `waive:`: findings it covers do not fail the run, and are listed as waived. */
export interface WaiverSpec {
  files?: string | string[];
  rule?: string;
  section?: string;
  reason: string;
  until?: string;
}

export interface ConfigSpec {
  rules?: string[];
  ruleSet?: string;
  minScore?: number;
  maxWarnings?: number;
  lang?: 'zh' | 'en';
  format?: string;
  encoding?: string;
  ignore?: string[];
  overrides?: Record<string, RuleSetOverride>;
  similar?: SimilarSpec;
  /** Severity by check name, message code, rule id or section id: off, info, warning or error (issue 13). */
  severity?: Record<string, 'off' | 'info' | 'warning' | 'error'>;
  waive?: WaiverSpec[];
}

/** The `similar:` block: thresholds, severity and boilerplate of the similarity pass (issue 7). */
export interface SimilarSpec {
  threshold?: number;
  sectionThreshold?: number;
  severity?: 'error' | 'warning' | 'info';
  minPassageChars?: number;
  boilerplate?: string[];
  boilerplateShare?: number;
}

/** A loaded config: its contents, where it came from, and how to point at a key in it. */
export interface Config {
  readonly spec: ConfigSpec;
  /** The file it was read from (package.json for the `reportlint` key). */
  readonly file: string;
  /** Folder that relative paths and ignore patterns in it are resolved against. */
  readonly dir: string;
  /** file:line:column of a key path inside the config, for error messages. */
  readonly locate: (path: readonly (string | number)[]) => { line: number; column: number };
}
