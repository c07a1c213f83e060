import { pattern } from '../../patterns.js';

/**
 * Record relief that reaches only the offences another provision covers (CTOC/COP/WG.4/2020/2,
 * para. 51; ASEAN Guideline (2025), Guideline [13]). Examples paraphrase, in our own words,
 * Commonwealth, ASEAN, US state and Caribbean drafting of vacatur and quashing provisions.
 */

/** "an offence mentioned in subsection (1)", "an offence to which section 45 applies". Group 1: a subsection number; group 2: a section number. */
export const INHERITED_REFERENCE = pattern(
  'records.inherited-reference',
  'Record relief that covers only the offences another provision covers, by cross-reference: "an offence mentioned in subsection (1)", "an offence to which section 45 applies", "an offence in respect of which section 14 would have applied".',
  String.raw`\b(?:an?|any|the)\s+offen[cs]es?\s+(?:(?:mentioned|referred\s+to|specified|listed|described|set\s+out)\s+in|to\s+which|in\s+respect\s+of\s+which)\s+(?:subsection\s*\((\d{1,3})\)|(?:section|article|s\.)\s*(\d{1,4}[A-Za-z]{0,2}))(?:\s*\(\d{1,3}\))?(?:\s+(?:applies|would\s+(?:have\s+)?appl(?:y|ied)))?`,
  {
    flag: [
      'A person convicted of [[an offence mentioned in subsection (1)]] may apply to the High Court',
      'A person convicted of [[an offence to which section 45 applies]] may apply to the Court of Appeal',
      'the court may vacate a conviction for [[any offence listed in section 12(2)]]',
      'records of [[an offence in respect of which article 9 would have applied]] shall be sealed',
    ],
    pass: ['A person convicted of an offence committed as a direct result of being trafficked may apply to the court.', 'an offence under section 12'],
  },
);
