import { pattern } from '../../patterns.js';

/**
 * Forms of punishment other than criminal liability: what a provision confined to criminal
 * liability or prosecution leaves out (ASEAN Guideline (2025), Section 1, "Scope" and "What is the
 * non-punishment principle?"; CTOC/COP/WG.4/2022/2, paras 11, 13 and 16; UNODC (2023) presentation).
 * Examples are paraphrases in our own words of Commonwealth, US state, civil-law and ASEAN drafting.
 */

/**
 * A sentence of the provision that keeps another form of punishment from the victim, even where the
 * reading layer does not read it as a protection of its own ("Administrative and immigration
 * authorities shall not impose any fine, detention, expulsion or other sanction on a victim").
 */
export const OTHER_FORMS_KEPT_AWAY = pattern(
  'forms.other-forms-kept-away',
  'Words keeping a form of punishment other than criminal liability away from the victim: no detention, arrest, deportation, expulsion, removal, fine, administrative or immigration penalty or sanction.',
  // The words between never include another "shall not" (the gap is read from one "shall not" only;
  // a later one starts its own match), so a paragraph of many is read in linear time.
  String.raw`\b(?:shall|must|may|will)\s+not\b(?:(?!\b(?:shall|must|may|will)\s+not\b)[^.;]){0,160}?\b(?<!\b(?:criminal|penal)\s)(?:detain(?:ed)?|detention|arrest(?:ed)?|deport(?:ed|ation)?|expel(?:led)?|expulsion|remov(?:e|ed|al)|administrative(?:ly)?|immigration|fines?|fined|sanctions?|penalt(?:y|ies))\b|\bno\s+(?:(?:administrative|immigration|civil)\s+)?(?:fine|penalty|sanction|detention|deportation|expulsion|removal\s+order)\s+(?:shall|may|must|is\s+to)\b|\bno\s+(?:such\s+)?(?:persons?|victims?|individuals?|child(?:ren)?)\s+(?:shall|may|must|will)\s+be\s+(?:detained|arrested|deported|expelled|removed|fined)\b`,
  {
    flag: [
      'Administrative and immigration authorities [[shall not impose any fine]], detention or expulsion on a victim of trafficking.',
      'The victim [[shall not be detained]] in an immigration facility.',
      'During the reflection period [[no removal order shall]] be made against the person.',
      'A trafficked person [[may not be deported]] for an immigration offence committed as a result of the trafficking.',
      'does not commit an offence by reason of that act, and [[no such person shall be detained]], fined or removed for it.',
    ],
    pass: [
      'A victim of trafficking shall not be criminally liable for any offence committed as a direct result of being trafficked.',
      'No prosecution shall be instituted against a victim.',
      'A trafficked person shall not be subject to criminal penalties for any offence committed as a result of being trafficked.',
      'No such person shall be tried twice for the same offence.',
    ],
  },
);

/** "criminal" or "penal" just before a word of punishment: "criminal penalties", "penal sanctions". */
export const CRIMINAL_QUALIFIER = pattern(
  'forms.criminal-qualifier',
  'A punishment qualified as criminal: "criminal penalties", "penal sanctions", "criminal punishment".',
  String.raw`\b(?:criminal|penal)\s{1,3}$`,
  { flag: ['shall not be subject to [[criminal ]]'], pass: ['shall not be subject to administrative '] },
);

/**
 * Words in a provision that an absolute bar on arrest, detention and deportation beside it would
 * contradict, or turn into immunity with no link to the trafficking: the protection is obtained by
 * the person's own motion or application to a court ("may move to dismiss the charge"); the section
 * keeps custody, removal or deportation ("takes the minor into temporary protective custody",
 * "does not prevent the removal of the person under Part 6"). The drafter decides; the finding stays.
 */
export const BAR_WOULD_CONTRADICT = pattern(
  'forms.bar-would-contradict',
  'Words an absolute bar on arrest, detention and deportation would contradict: a motion or application by the person ("may move to dismiss", "may apply to the court"), custody the section orders ("into protective custody"), or a removal it keeps ("does not prevent the removal of the person").',
  String.raw`\bmay\s{1,4}(?:move|petition|apply\s{1,4}to\s{1,4}(?:the\s{1,4})?court|file\s{1,4}(?:a\s{1,4})?(?:motion|petition|application)|bring\s{1,4}(?:a\s{1,4})?motion|make\s{1,4}(?:a\s{1,4}|an\s{1,4})?(?:motion|application))\b|\binto\s{1,4}(?:temporary\s{1,4})?(?:protective\s{1,4})?custody\b|\bprotective\s{1,4}custody\b|\b(?:does|shall)\s{1,4}not\s{1,4}(?:prevent|preclude|affect|limit)\s{1,4}(?:the\s{1,4})?(?:removal|deportation|expulsion|detention|arrest)\b`,
  {
    flag: [
      'A minor charged with loitering [[may move]] to dismiss the charge.',
      'An officer who finds a child engaged in prostitution shall take the child [[into temporary protective custody]].',
      'Subsection (1) [[does not prevent the removal]] of the person under Part 6.',
    ],
    pass: ['A victim of trafficking shall not be detained or deported for any offence committed as a direct result of being trafficked.', 'The court shall dismiss the charge.'],
  },
);
