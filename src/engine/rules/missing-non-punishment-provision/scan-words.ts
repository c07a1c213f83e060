import { TRAFFICKING_OFFENCE_WORDS } from '../../scan.js';

/**
 * What the rule reads outside a provision (see `Rule.scanWords`): the section that makes the bill a
 * trafficking bill, by creating an offence of trafficking, slavery, servitude or forced labour or by
 * defining trafficking (bill-facts.ts, `createsTraffickingOffence`). Its words are those of the
 * bill-level fact, kept in one place (scan.ts).
 */
export const SCAN_WORDS = TRAFFICKING_OFFENCE_WORDS;
