import type { Rule } from '../rule.js';
import { closedOffenceList } from './closed-offence-list/index.js';
import { duressThreshold } from './duress-threshold/index.js';
import { defendantBurden } from './defendant-burden/index.js';
import { missingChildProvision } from './missing-child-provision/index.js';
import { discretionaryProtection } from './discretionary-protection/index.js';
import { criminalLiabilityOnly } from './criminal-liability-only/index.js';
import { discriminatoryScope } from './discriminatory-scope/index.js';
import { conditionalProtection } from './conditional-protection/index.js';
import { seriousOffenceExclusion } from './serious-offence-exclusion/index.js';
import { missingRecordRelief } from './missing-record-relief/index.js';
import { missingNonPunishmentProvision } from './missing-non-punishment-provision/index.js';
import { definitionLacksForcedCriminality } from './definition-lacks-forced-criminality/index.js';

/** Every rule, in code order. Rule ids and codes are stable contracts (DESIGN.md). */
export const RULES: Rule[] = [
  closedOffenceList,
  duressThreshold,
  defendantBurden,
  missingChildProvision,
  discretionaryProtection,
  criminalLiabilityOnly,
  discriminatoryScope,
  conditionalProtection,
  seriousOffenceExclusion,
  missingRecordRelief,
  missingNonPunishmentProvision,
  definitionLacksForcedCriminality,
] as Rule[];

export const RULES_BY_ID = new Map(RULES.map((r) => [r.meta.id, r]));
