// Names the extension registers. Kept in one place so that package.json, the code and the tests agree.

export const EXTENSION_ID = 'np-drafting.non-punishment-drafting-assistant';

/** `Diagnostic.source`: shown in the Problems panel after each message. */
export const SOURCE = 'non-punishment';

/** Settings section (`npLint.enable`, `npLint.run`, ...). */
export const SECTION = 'npLint';

/** The workspace settings file searched from the bill's folder upwards. */
export const CONFIG_FILE = '.np-lint.json';

/** Read-only virtual documents (rule guidance, the two sides of a comparison). Never linted. */
export const VIEW_SCHEME = 'np-lint-view';

/** Document schemes the assistant checks; everything else (git, diff views, output...) is left alone. */
export const LINTED_SCHEMES = new Set(['file', 'untitled', 'vscode-vfs', 'vscode-remote', 'vsls']);

export const COMMANDS = {
  lintNow: 'npLint.lintNow',
  fixAll: 'npLint.fixAll',
  insertClause: 'npLint.insertClause',
  compareWithClause: 'npLint.compareWithClause',
  openTrainingBill: 'npLint.openTrainingBill',
  showRuleDocs: 'npLint.showRuleDocs',
  showLog: 'npLint.showLog',
  openSettingsFile: 'npLint.openSettingsFile',
  openWordAsMarkdown: 'npLint.openWordAsMarkdown',
  explainProvision: 'npLint.explainProvision',
  reviewAgainst: 'npLint.reviewAgainst',
  saveReviewReport: 'npLint.saveReviewReport',
  applyAmendments: 'npLint.applyAmendments',
  addNote: 'npLint.addNote',
  replyNote: 'npLint.replyNote',
  resolveNote: 'npLint.resolveNote',
  reopenNote: 'npLint.reopenNote',
  deleteNote: 'npLint.deleteNote',
  // Behind code actions, the review view and the comments only (hidden from the palette).
  applyFix: 'npLint.applyFix',
  previewFix: 'npLint.previewFix',
  applyPreviewedFix: 'npLint.applyPreviewedFix',
  fixAllOfRule: 'npLint.fixAllOfRule',
  suppressWithReason: 'npLint.suppressWithReason',
  revealReviewItem: 'npLint.revealReviewItem',
} as const;

/** The previews of structural fixes now open (their "after" sides' URIs): shows "Apply this fix" on them. */
export const FIX_PREVIEWS_CONTEXT = 'npLintFixPreviews';

/** The amendment review's report view (a tree in the Explorer), and the context key that shows it. */
export const REVIEW_VIEW = 'npLintReview';
export const REVIEW_ACTIVE = 'npLintReviewActive';

/** The comment controller of review notes, and its threads' context values (for the menus). */
export const NOTES_CONTROLLER = 'np-lint-notes';
export const NOTE_OPEN = 'np-note-open';
export const NOTE_RESOLVED = 'np-note-resolved';

/** Code action kinds: quickfix.npLint.* (so users can bind them) and source.fixAll.npLint. */
export const KIND_SUFFIX = 'npLint';
