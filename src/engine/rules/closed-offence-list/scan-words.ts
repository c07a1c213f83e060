import { pattern } from '../../patterns.js';

/**
 * What the rule reads outside a provision (see `Rule.scanWords`): the bill's definitions, which may
 * open or close the words a provision uses ("trafficking-related offence" means ...). A definition
 * is a term followed by "means", "includes", "shall mean", "refers to" or "has the meaning".
 */
export const SCAN_WORDS = pattern(
  'closed-offence-list.scan-words',
  'Words without which a section defines no term: "means", "includes", "refers to", "has the meaning".',
  String.raw`\b(?:means|includes|mean|refers|meaning)\b`,
  { flag: ['"offence" [[means]] any offence', '"exploitation" [[includes]]'], pass: ['A person who steals commits an offence.'] },
);
