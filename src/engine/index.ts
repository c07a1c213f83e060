// The engine's public surface. Pure TypeScript: no vscode, no file system, no Node built-ins.
export { lint, fixAll, type LintOptions, type FixAllResult } from './lint.js';
export { explain, type Explanation, type ExplainedProvision, type ExplainedReading, type NearMiss } from './explain.js';
export { applyEdits, applyFixes } from './fix.js';
export { SectionCache, analyseBill, type AnalysedBill, type AnalysedSection, type Provision } from './model.js';
export { RULES, RULES_BY_ID } from './rules/index.js';
export type { Rule, RuleMeta } from './rule.js';
export { LineIndex } from './text.js';
export { parseConfig, ConfigError } from './config.js';
export * from './types.js';
