import { pattern } from '../../patterns.js';

/**
 * What the rule reads outside a provision (see `Rule.scanWords`): a definition of "child" (or
 * "minor", "juvenile", "young person", "infant") and its age. (Mentions of child victims also need
 * "victim" or "trafficked", which the reading layer's scan already reads in full.)
 */
export const SCAN_WORDS = pattern(
  'missing-child-provision.scan-words',
  'Words without which a section defines no child: "child", "minor", "juvenile", "young person", "infant".',
  String.raw`\b(?:child|minor|juvenile|young|infant)`,
  { flag: ['"[[child]]" means a person under 16', '"[[young]] person" means'], pass: ['A person who steals commits an offence.'] },
);
