// The data every adapter renders. A finding is data, not text: the CLI, the JSON and SARIF
// formatters and the VS Code adapter all render the same object (DESIGN.md section 3).

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export interface Position {
  /** 1-based line, in UTF-16 code units as VS Code counts. */
  line: number;
  /** 1-based column, in UTF-16 code units. */
  column: number;
  /** 0-based offset into the document, in UTF-16 code units. */
  offset: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface Citation {
  /** The document, cited by its own name (e.g. "CTOC/COP/WG.4/2020/2"). */
  source: string;
  /** Where in it (e.g. "para. 65", "Guideline [1]"). */
  pinpoint: string;
  url?: string;
  /** The cited passage, verbatim from the source, where the rule quotes it. */
  quote?: string;
}

export interface TextEdit {
  /** 0-based offsets into the original text; end is exclusive. */
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /**
   * The fix adds or removes a subsection, paragraph or sentence (rather than replacing words):
   * editors show it as a preview for the drafter to confirm before applying it. Absent for a word
   * replacement, which applies at once.
   */
  structural?: boolean;
}

export interface Finding {
  ruleId: string;
  code: string;
  severity: Severity;
  /** The problem, in a few words (the rule's title, or the grade's own where it differs). */
  title: string;
  message: string;
  range: Range;
  /** The provision the finding is about, as a drafter names it ("Section 14"). */
  provision?: string;
  /** Where that provision's heading is, when it has one (so adapters need not look for it). */
  provisionRange?: Range;
  citations: Citation[];
  fixes: Fix[];
  /** Other places that make up the same defect (a compulsion test defined in a later subsection). */
  related?: RelatedLocation[];
  /**
   * The finding's identity, independent of its line and of the provision's number: 16 hex digits
   * from the rule, the provision's title and the words flagged (see fingerprint.ts).
   */
  fingerprint: string;
}

export interface RelatedLocation {
  range: Range;
  /** What this place is, in a few words ("compulsion defined here"). */
  message: string;
}

/** A section of the bill as the engine split it, with offsets (UTF-16, 0-based) into the document. */
export interface OutlineEntry {
  /** As a drafter names it: "Section 14", "Article 4", "Part III — ...", "Preamble", or "This provision" (operative text with no heading). */
  name: string;
  /** "14", "14A", or '' when the heading has no number. */
  number: string;
  /** The heading's words after the number ("Non-liability of victims"). */
  title: string;
  /** The whole section, heading included. */
  start: number;
  end: number;
  /** The heading's words (equal to start when the section has no heading). */
  headingStart: number;
  headingEnd: number;
  /** A Part, Chapter, Schedule... heading rather than a section. */
  container: boolean;
  /** The section holds a non-punishment provision (or part of one). */
  provision: boolean;
}

export interface Suppression {
  ruleIds: string[];
  reason: string;
  /** Where the directive stands. */
  range: Range;
  /** What it covers: 'line', 'next-line', 'block' (until enabled again) or 'file'. */
  kind: 'line' | 'next-line' | 'block' | 'file';
  /** How many findings it silenced in this run; 0 means it is stale. */
  used: number;
}

/**
 * A notice rendered like a finding but not a finding of any rule. A problem with a suppression
 * directive itself: 'missing-reason' (it has no effect until a reason is given), 'unknown-rule', or
 * 'unused' (it silences nothing, as ESLint reports unused disable directives). Or
 * 'amends-another-text': the bill changes words of another Act that the document does not hold, so the
 * checks cannot see them (see amending.ts).
 */
export interface DirectiveProblem {
  kind: 'missing-reason' | 'unknown-rule' | 'unused' | 'amends-another-text';
  severity: Severity;
  message: string;
  range: Range;
}

/** A finding silenced by a suppression: kept so that reports (SARIF `suppressions`) can list it. */
export interface SuppressedFinding extends Finding {
  suppression: Suppression;
}

export interface LintResult {
  findings: Finding[];
  suppressions: Suppression[];
  /** Problems with the directives themselves (a suppression without a reason, an unknown rule id, one that silences nothing). */
  notices: DirectiveProblem[];
  /** Findings that a suppression silenced, each with that suppression (not in `findings`). */
  suppressed: SuppressedFinding[];
  /** The bill's sections in order, as the engine read them. */
  outline: OutlineEntry[];
}

export type NexusModel = 'causation' | 'compulsion';

export interface LintConfig {
  /** Per-rule severity overrides; 'off' disables a rule. */
  rules?: Record<string, SeveritySetting>;
  /**
   * The jurisdiction's deliberate choice of model. With 'compulsion', a bare compulsion test is
   * accepted (duress-level wording is still an error).
   */
  model?: NexusModel;
}
