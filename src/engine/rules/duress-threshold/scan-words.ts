import { pattern } from '../../patterns.js';

/**
 * What the rule reads outside a provision (see `Rule.scanWords`): a definition or description of
 * compulsion that covers all the means of trafficking ("compulsion includes ... abuse of a position
 * of vulnerability"), which reads every provision's compulsion test broadly.
 */
export const SCAN_WORDS = pattern(
  'duress-threshold.scan-words',
  'Words without which a section says nothing of compulsion: "compel", "compulsion", "coerce", "force".',
  String.raw`\b(?:compel|compulsion|coerc|force)`,
  { flag: ['"[[compulsion]]" includes', 'may be [[compel]]led', '"[[force]]" means'], pass: ['A person who steals commits an offence.'] },
);
