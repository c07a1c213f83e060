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
  // Behind code actions only (hidden from the palette).
  applyFix: 'npLint.applyFix',
  fixAllOfRule: 'npLint.fixAllOfRule',
} as const;

/** Code action kinds: quickfix.npLint.* (so users can bind them) and source.fixAll.npLint. */
export const KIND_SUFFIX = 'npLint';
