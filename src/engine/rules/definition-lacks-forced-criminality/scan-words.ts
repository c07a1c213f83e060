import { pattern } from '../../patterns.js';

/**
 * What the rule reads outside a provision (see `Rule.scanWords`): a definition of exploitation
 * ("exploitation" means ..., "exploitation" includes ..., a person is exploited only if ...), whose
 * lead always names exploitation; the forms listed after it are in the same section.
 */
export const SCAN_WORDS = pattern(
  'definition-lacks-forced-criminality.scan-words',
  'Words without which a section defines no exploitation: "exploitation", "exploited".',
  String.raw`\bexploit`,
  { flag: ['"[[exploit]]ation" means', 'a person is [[exploit]]ed only if'], pass: ['"offence" means an offence under this Act'] },
);
