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
}

export interface Finding {
  ruleId: string;
  code: string;
  severity: Severity;
  message: string;
  range: Range;
  /** The provision the finding is about, as a drafter names it ("Section 14"). */
  provision?: string;
  citations: Citation[];
  fixes: Fix[];
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

export interface LintResult {
  findings: Finding[];
  suppressions: Suppression[];
  /** Problems with the directives themselves (a suppression without a reason, an unknown rule id). */
  notices: { message: string; range: Range }[];
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
