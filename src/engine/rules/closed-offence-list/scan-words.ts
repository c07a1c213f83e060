import { DEFINITION_WORDS } from '../../scan.js';

/**
 * What the rule reads outside a provision (see `Rule.scanWords`): the bill's definitions, which may
 * open or close the words a provision uses ("trafficking-related offence" means ...). Their words are
 * kept in one place (scan.ts), with the model's reading of definitions.
 */
export const SCAN_WORDS = DEFINITION_WORDS;
