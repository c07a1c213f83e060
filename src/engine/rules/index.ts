import type { Rule } from '../rule.js';
import { closedOffenceList } from './closed-offence-list.js';
import { duressThreshold } from './duress-threshold.js';
import { defendantBurden } from './defendant-burden.js';
import { missingChildProvision } from './missing-child-provision.js';

/** Every rule, in code order. Rule ids and codes are stable contracts (DESIGN.md). */
export const RULES: Rule[] = [closedOffenceList, duressThreshold, defendantBurden, missingChildProvision];

export const RULES_BY_ID = new Map(RULES.map((r) => [r.meta.id, r]));
