import type { Citation, Fix, Severity } from './types.js';
import type { AnalysedBill, AnalysedSection, Provision } from './model.js';
import type { SectionReading, Span } from './analyse.js';
import type { SectionModel } from './bill.js';
import type { WordPattern } from './patterns.js';

/**
 * One grade of a rule's finding, in the manner of ESLint's `meta.messages`: its severity and its
 * text, with `{name}` placeholders filled from the report's `data`. A grade may carry its own title
 * where it is a different problem from the rule's title (a definition of "child" below 18).
 */
export interface RuleMessage {
  severity: Severity;
  text: string;
  title?: string;
}

/** What a rule declares about itself. Documentation pages and the README table are generated from this. */
export interface RuleMeta {
  id: string;
  code: string;
  title: string;
  /** The severity of the rule's most serious grade (the one a configuration replaces). */
  defaultSeverity: Severity;
  fixable: boolean;
  /**
   * For a rule whose remedy is a whole new provision (no text edit): the title of the action that
   * opens the clause picker, the clauses whose `remedies` name this rule first. Adapters offer it
   * on every finding of the rule, inserting at the end of the bill.
   */
  insertAction?: string;
  /** One paragraph, plain English: what the rule looks for and why it matters. */
  summary: string;
  citations: Citation[];
  /** Every grade of finding the rule reports, by message id. */
  messages: Record<string, RuleMessage>;
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
    /** Related rules and what they leave to each other (optional). */
    notes?: string;
  };
}

export interface Report {
  /** Which grade of finding (a key of the rule's `meta.messages`). */
  messageId: string;
  /** Values for the message's `{placeholders}`. */
  data?: Record<string, string | number>;
  /** Offsets in the whole document. */
  span: Span;
  /** The section of the provision the finding is about (its name and heading range are taken from it). */
  section?: AnalysedSection;
  /** The provision's name, when it is not the section's ("Section 14A, as inserted by clause 5"). */
  provision?: string;
  /**
   * The finding's fixes, or a function that writes them. A function is called the first time an
   * adapter reads the finding's `fixes` (a lightbulb, fix-all, the CLI's JSON), once: a fix that
   * drafts a clause in the bill's own words costs more than the finding, and a re-lint in the editor
   * publishes findings long before anyone asks for their fixes (issue 9). The function reads the
   * bill the finding came from; it must not change what the rule reports.
   */
  fixes?: Fix[] | (() => Fix[]);
  /** Other places that make up the same defect, in document offsets. */
  related?: { span: Span; message: string }[];
}

/** The part of a section a rule's recognition may read: its own words, offsets relative to the section. */
export interface SectionView {
  /**
   * The section's operative words (`SectionReading.operative`): sentences quoting another
   * instrument, recitals and the preamble are left empty, so that no rule recognises, flags or fixes them.
   */
  model: SectionModel;
  reading: SectionReading;
}

export interface RuleContext<F = unknown> {
  bill: AnalysedBill;
  /** This rule's recognition of a section, cached with the section. */
  facts(section: AnalysedSection): F;
  /** Another rule's recognition of a section (a rule may build on what another recognises). */
  factsOf<G>(ruleId: string, section: AnalysedSection): G;
  report(r: Report): void;
}

/** One line of `np-lint explain`: what was recognised, and the words it came from. */
export interface ExplainItem {
  /** What aspect: "Scope", "Link to the trafficking", "Burden of proof", "Children"... */
  aspect: string;
  /** What was read, in plain English. */
  reading: string;
  /** The words it came from, section-relative. */
  words?: Span[];
}

export interface Rule<F = unknown> {
  meta: RuleMeta;
  /** The rule's recognition of one section, from the section's own words (cached with the section). */
  recognise?(section: SectionView): F;
  /**
   * The words without which the rule's recognition of a section finds nothing the rule uses outside
   * a non-punishment provision's own sections (a definition of "child", a broad definition of
   * compulsion). Sections with none of these words, nor the reading layer's (scan.ts), are only
   * indexed, and the rule's facts of them are its recognition of a section with no words. A rule that
   * leaves this unset has every section read in full: correct, but slower on a large bill; `null`
   * says the rule reads nothing outside a provision's sections.
   */
  scanWords?: WordPattern | null;
  check(ctx: RuleContext<F>): void;
  /** How the rule read a provision's sections, for `np-lint explain`. */
  explain?(ctx: RuleContext<F>, provision: Provision): ExplainItem[];
}

/** Declares a rule with typed facts (keeps the registry's `Rule[]` heterogeneous). */
export function defineRule<F>(rule: Rule<F>): Rule<F> {
  return rule;
}

export type { AnalysedBill, AnalysedSection, Provision };
