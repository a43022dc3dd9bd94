/**
 * A rule set as written in YAML (`RuleSetSpec`) and as compiled for matching (`RuleSet`).
 * The spec's shape is fixed by schema/rule-set.schema.json; keep the two in step.
 */

export interface RuleSetSpec {
  /** A parent rule set (path or built-in id) this one is laid over; resolved at load. */
  extends?: string;
  /** When given, the section weights must add up to it. */
  totalWeight?: number;
  id: string;
  title: string;
  titleEn?: string;
  description?: string;
  appliesTo: {
    /** Higher wins when several rule sets claim a report. */
    priority: number;
    /** Regexes tested against the report's title. */
    titles?: string[];
    /** Regexes that veto a title match. */
    excludeTitles?: string[];
    /** Content routing: used when no title pattern decides. */
    content?: { keywords: string[]; minHits: number };
    /** Claims every report nothing more specific claims. */
    fallback?: boolean;
  };
  passMark: number;
  /** Share of a section's weight that a mere mention earns (default 0.5). */
  mentionCredit?: number;
  /** Share of a section's weight that a weak section earns (default 0.7). */
  weakCredit?: number;
  /** Sections must appear in this order (formal reports). */
  ordered?: boolean;
  /** Stock sentences that never count as a section's content. */
  filler?: string[];
  sections: SectionSpec[];
  checks?: ChecksSpec;
}

export interface SectionSpec {
  id: string;
  name: string;
  nameEn?: string;
  weight: number;
  severity: 'error' | 'warning';
  hint: string;
  hintEn?: string;
  /** Example lines for `explain` and `template`. */
  example?: string;
  match: {
    /** Weighted terms (regex: weight): a heading goes to the section whose terms it is most about. */
    terms?: Record<string, number>;
    /** Regexes tested against outline node titles; each counts as a term of weight HEADING_WEIGHT. */
    headings?: string[];
    headingsExclude?: string[];
    /** Regexes tested against body text; a hit makes the topic a `mention`. */
    keywords?: string[];
    keywordsExclude?: string[];
    /** A report whose own title matches one of these (and no titlesExclude) is this section as a whole. */
    titles?: string[];
    titlesExclude?: string[];
    /** Headings under this section's heading are its items: other topics there are only mentions. */
    encloses?: boolean;
    /** With no heading of its own, the top-level items no other section claims count as this section. */
    unclaimed?: boolean;
  };
  enough?: {
    /** Fewer characters of content than this: the section is weak. */
    minChars?: number;
    /** A regex the section's content must match, e.g. a figure with its unit. */
    figures?: string;
  };
}

export interface ChecksSpec {
  placeholders?: boolean;
  years?: boolean;
  tables?: ('applications' | 'review')[];
}

/** A compiled section: regexes built once at load. */
export interface Section {
  readonly id: string;
  readonly name: string;
  readonly nameEn: string;
  readonly weight: number;
  readonly severity: 'error' | 'warning';
  readonly hint: string;
  readonly hintEn: string;
  /** The section's terms with their weights; `headings` patterns included at HEADING_WEIGHT. */
  readonly terms: readonly Term[];
  /** Every term's pattern, for a quick "does this heading say anything of the topic?". */
  readonly headings: readonly RegExp[];
  readonly headingsExclude: readonly RegExp[];
  readonly keywords: readonly RegExp[];
  readonly keywordsExclude: readonly RegExp[];
  readonly minChars: number;
  readonly figures: RegExp | null;
  readonly encloses: boolean;
  readonly unclaimed: boolean;
  /** Report titles that make the whole report this section (a 工作计划 is all plans). */
  readonly titles: readonly RegExp[];
  readonly titlesExclude: readonly RegExp[];
}

export interface Term {
  readonly pattern: RegExp;
  readonly weight: number;
}

/** The weight a `headings` pattern has as a term. */
export const HEADING_WEIGHT = 3;

export interface RuleSet {
  readonly id: string;
  readonly title: string;
  readonly titleEn: string;
  readonly description: string;
  /** Where it was loaded from, for messages. */
  readonly file: string;
  readonly priority: number;
  readonly titles: readonly RegExp[];
  readonly excludeTitles: readonly RegExp[];
  readonly content: { readonly keywords: readonly RegExp[]; readonly minHits: number } | null;
  readonly fallback: boolean;
  readonly passMark: number;
  readonly mentionCredit: number;
  readonly weakCredit: number;
  readonly ordered: boolean;
  readonly filler: readonly RegExp[];
  readonly sections: readonly Section[];
  readonly spec: RuleSetSpec;
}
