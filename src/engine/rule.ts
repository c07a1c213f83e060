import type { Citation, Fix, Severity } from './types.js';
import type { AnalysedBill, AnalysedSection, Provision } from './model.js';
import type { Span } from './analyse.js';

/** What a rule declares about itself. Documentation pages and the README table are generated from this. */
export interface RuleMeta {
  id: string;
  code: string;
  title: string;
  defaultSeverity: Severity;
  fixable: boolean;
  /** One paragraph, plain English: what the rule looks for and why it matters. */
  summary: string;
  citations: Citation[];
  docs: {
    /** What it flags. */
    flags: string;
    /** Why, with the sources' reasoning (citations are listed from `citations`). */
    why: string;
    /** How to fix. */
    fix: string;
    /** A provision the rule flags, and the same provision put right. */
    bad: string;
    good: string;
  };
}

export interface Report {
  /** Offsets in the whole document. */
  span: Span;
  message: string;
  severity?: Severity;
  provision?: string;
  fixes?: Fix[];
  /** Other places that make up the same defect, in document offsets. */
  related?: { span: Span; message: string }[];
}

export interface RuleContext {
  bill: AnalysedBill;
  report(r: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

export type { AnalysedBill, AnalysedSection, Provision };
