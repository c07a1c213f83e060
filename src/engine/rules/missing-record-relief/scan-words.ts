import { TRAFFICKING_OFFENCE_WORDS } from '../../scan.js';

/**
 * What the rule reads outside a provision (see `Rule.scanWords`): the section that makes the bill a
 * trafficking bill (bill-facts.ts, `createsTraffickingOffence`), whose words are kept in one place
 * (scan.ts). Record relief itself is a protection the reading layer finds: in a section with a
 * victim's words, or in one that refers to a provision by number ("an offence in respect of which
 * section 14 would have applied"), which `analyseBill` reads in full once the provisions are known.
 * The section an inherited reference points to is read through its closed-list facts, which come
 * from its protections only.
 */
export const SCAN_WORDS = TRAFFICKING_OFFENCE_WORDS;
