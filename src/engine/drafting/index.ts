// The bill's drafting conventions: what a fix or an inserted clause must follow to write the bill's
// own drafting (defined terms, numbering, quotes, dashes, modal verbs, cross-references). Pure.
export * from './numbers.js';
export * from './references.js';
export * from './conventions.js';
export * from './renumber.js';
