/** Settings of the similarity pass (the config's `similar:` block), with their defaults. */
import type { Severity } from '../types.js';
import type { BoilerplateOptions } from './boilerplate.js';

export interface SimilarOptions {
  /** A pair is reported when this share (0..1) of the shorter report is found in the other. */
  readonly threshold: number;
  /** A problems or plans section is "copied from last year" when this share of it is found in a baseline report. */
  readonly sectionThreshold: number;
  readonly severity: Severity;
  /** Shorter shared runs (normalised characters, boilerplate excluded) are chance, not copying. */
  readonly minPassageChars: number;
  /** Passages listed per pair; the similarity figure counts all of them. */
  readonly maxPassages: number;
  readonly boilerplate: BoilerplateOptions;
}

/**
 * Stock wording every report may share; phrases under 8 characters (after dropping punctuation) have no effect.
 * The batch teaches the rest: a shingle in more than half of the reports (and at least 5) is boilerplate.
 */
export const DEFAULT_PHRASES: readonly string[] = [
  '坚持以习近平新时代中国特色社会主义思想为指导',
  '全面贯彻党的二十大精神',
  '深入贯彻落实党的二十大精神',
  '中华人民共和国政府信息公开条例',
  '本报告中所列数据的统计期限自',
  '报告中所列数据统计期限自',
  '如对本报告有任何疑问',
  // The national annual-report format (国办公开办函〔2021〕30号): its own wording, in every annual report.
  '中华人民共和国政府信息公开工作年度报告格式',
  '国务院办公厅政府信息公开办公室',
  '主动公开政府信息情况',
  '收到和处理政府信息公开申请情况',
  '政府信息公开行政复议、行政诉讼情况',
  '存在的主要问题及改进情况',
  '其他需要报告的事项',
  '本年新收政府信息公开申请数量',
  '上年结转政府信息公开申请数量',
  '结转下年度继续办理',
];

export const DEFAULT_SIMILAR: SimilarOptions = {
  threshold: 0.5,
  sectionThreshold: 0.6,
  severity: 'warning',
  minPassageChars: 20,
  maxPassages: 5,
  boilerplate: { share: 0.5, minReports: 5, phrases: DEFAULT_PHRASES },
};

/** What the config's `similar:` block or the command line may set. */
export interface SimilarSettings extends Partial<Omit<SimilarOptions, 'boilerplate'>> {
  /** Phrases added to the built-in ones. */
  readonly boilerplate?: readonly string[];
  readonly boilerplateShare?: number;
}

/** Defaults overlaid with what the config or the command line gives. */
export function similarOptions(settings: SimilarSettings = {}): SimilarOptions {
  const { boilerplate, boilerplateShare, ...rest } = settings;
  const defined = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  return {
    ...DEFAULT_SIMILAR,
    ...defined,
    boilerplate: {
      ...DEFAULT_SIMILAR.boilerplate,
      ...(boilerplateShare !== undefined ? { share: boilerplateShare } : {}),
      phrases: [...DEFAULT_PHRASES, ...(boilerplate ?? [])],
    },
  };
}
