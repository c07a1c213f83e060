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
  String.raw`\b(?:shall|must|may|will)\s+not\b(?:(?!\b(?:shall|must|may|will)\s+not\b)[^.;]){0,160}?\b(?<!\b(?:criminal|penal)\s)(?:detain(?:ed)?|detention|arrest(?:ed)?|deport(?:ed|ation)?|expel(?:led)?|expulsion|remov(?:e|ed|al)|administrative(?:ly)?|immigration(?!\s+(?:offen[cs]es?|crimes?|violations?|laws?|rules?)\b)|fines?|fined|sanctions?|penalt(?:y|ies))\b|\bno\s+(?:(?:administrative|immigration|civil)\s+)?(?:fine|penalty|sanction|detention|deportation|expulsion|removal\s+order)\s+(?:shall|may|must|is\s+to)\b|\bno\s+(?:such\s+)?(?:persons?|victims?|individuals?|child(?:ren)?)\s+(?:shall|may|must|will)\s+be\s+(?:detained|arrested|deported|expelled|removed|fined)\b`,
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
      'A victim of trafficking shall not be prosecuted for immigration offences committed as a direct result of being trafficked.',
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
 * contradict: custody the section orders ("takes the minor into temporary protective custody"), or a
 * removal it keeps ("does not prevent the removal of the person under Part 6"). The drafter decides;
 * the finding stays.
 */
export const BAR_WOULD_CONTRADICT = pattern(
  'forms.bar-would-contradict',
  'Words an absolute bar on arrest, detention and deportation would contradict: custody the section orders ("into protective custody"), or a removal it keeps ("does not prevent the removal of the person").',
  String.raw`\binto\s{1,4}(?:temporary\s{1,4})?(?:protective\s{1,4})?custody\b|\bprotective\s{1,4}custody\b|\b(?:does|shall)\s{1,4}not\s{1,4}(?:prevent|preclude|affect|limit)\s{1,4}(?:the\s{1,4})?(?:removal|deportation|expulsion|detention|arrest)\b|\bnothing\s{1,4}in\s{1,4}(?:this|sub-?sections?|sections?|paragraphs?|articles?|sub-?regulations?)\b[^.;\n]{0,40}?\s(?:prevents?|precludes?|affects?|limits?)\s{1,4}(?:the\s{1,4})?(?:removal|deportation|expulsion|detention|arrest)\b`,
  {
    flag: ['An officer who finds a child engaged in prostitution shall take the child [[into temporary protective custody]].', 'Subsection (1) [[does not prevent the removal]] of the person under Part 6.', '[[Nothing in this section affects the deportation]] of a person under the Immigration Act.'],
    pass: ['A victim of trafficking shall not be detained or deported for any offence committed as a direct result of being trafficked.', 'The court shall dismiss the charge.'],
  },
);

/**
 * A protection the person obtains by their own motion or application to a court ("A minor charged
 * with loitering may move to dismiss the charge"): a bar on arrest beside it would protect everyone it
 * names, whatever the court decides. Read in the protection's own paragraph only.
 */
export const BY_MOTION = pattern(
  'forms.by-motion',
  'A protection obtained by the person\'s own motion or application: "may move to dismiss", "may apply to the court", "may file a motion", "on application by the accused", "upon the defendant\'s motion".',
  String.raw`\bmay\s{1,4}(?:move|petition|apply\s{1,4}to\s{1,4}(?:the\s{1,4})?court|file\s{1,4}(?:a\s{1,4})?(?:motion|petition|application)|bring\s{1,4}(?:a\s{1,4})?motion|make\s{1,4}(?:a\s{1,4}|an\s{1,4})?(?:motion|application))\b|\b(?:on|upon)\s{1,4}(?:the\s{1,4})?(?:application|motion|petition|request)\s{1,4}(?:of|by|from)\s{1,4}(?:the\s{1,4}|an?\s{1,4}|such\s{1,4}an?\s{1,4})?(?:accused|defendant|person|victim|child|minor|applicant)\b|\b(?:on|upon)\s{1,4}(?:the\s{1,4}|an?\s{1,4})?(?:accused|defendant|person|victim|child|minor)(?:'|’)s\s{1,4}(?:application|motion|petition|request)\b`,
  {
    flag: [
      'A minor charged with loitering [[may move]] to dismiss the charge.',
      'The person [[may apply to the court]] for the charge to be stayed.',
      '[[On application by an accused]] person, the court shall stay the proceedings if the offence arose from the trafficking.',
      'The judge shall set the charge aside [[upon the defendant\'s motion]] where the defendant was trafficked.',
    ],
    pass: ['The court shall dismiss the charge.', 'On application by the prosecutor, the court may adjourn the hearing.'],
  },
);

/**
 * A protection that operates on a charge already brought, through a finding, belief or decision of an
 * official or a court ("Where the prosecutor finds that it was, the prosecutor must withdraw the
 * charge"; "When the prosecuting attorney has reasonable cause to believe ..., the attorney shall move
 * to dismiss the charge"): whether it applies is known only after the person has been arrested and
 * charged, so a bar on arrest and charge cannot depend on it. Read in the protection's own paragraph only.
 */
export const DECIDED_AFTER_CHARGE = pattern(
  'forms.decided-after-charge',
  'A protection decided after the person is charged: an official\'s or a court\'s finding, belief or satisfaction ("the prosecutor finds that", "has reasonable cause to believe"), or relief that acts on a charge already brought ("withdraw the charge", "dismiss the charge", "discontinue the proceedings").',
  String.raw`\b(?:prosecutors?|prosecuting\s{1,4}attorneys?|district\s{1,4}attorneys?|state's\s{1,4}attorneys?|attorney[\s-]{1,4}general|director(?:\s{1,4}of\s{1,4}public\s{1,4}prosecutions)?|court|judge|magistrate|tribunal|police|officer)\s{1,4}(?:(?:is|are|was|has\s{1,4}been)\s{1,4})?(?:finds|found|satisfied|of\s{1,4}the\s{1,4}opinion|believes|considers|determines|decides|ha(?:s|ve)\s{1,4}reasonable\s{1,4}(?:cause|grounds?)\s{1,4}to\s{1,4}(?:believe|suspect))\b|\b(?:withdraw|dismiss|discontinue|stay|drop)\s{1,4}(?:the\s{1,4}|any\s{1,4}|all\s{1,4}|such\s{1,4})?(?:charges?|proceedings|prosecution|case)\b`,
  {
    flag: [
      'If the [[prosecutor finds]] that the offence arose from the trafficking, the charge must be withdrawn.',
      'Where the [[Attorney-General has reasonable grounds to believe]] that the accused was trafficked, the Attorney-General shall enter a stay.',
      'The prosecutor shall [[discontinue the proceedings]] against the victim.',
      'The court shall [[dismiss the charge]] if the minor acted as a direct result of being trafficked.',
    ],
    pass: [
      'A victim of trafficking shall not be prosecuted for any offence committed as a direct result of being trafficked.',
      'The prosecutor shall not prosecute a suspect who was trafficked for offences committed as a direct result of the trafficking.',
    ],
  },
);

/**
 * A provision that opens by defining a term ("Subd. 6. Delinquent child. (a) "Delinquent child" means
 * ..."), the term captured. With a protection written as an exception to that definition ("(b) A
 * sexually exploited youth is not a delinquent child ..."), a bar on arrest and detention added after
 * it would sit inside the definition.
 */
export const DEFINITION_OPENING = pattern(
  'forms.definition-opening',
  'A provision that opens by defining a term: "Subd. 6. Delinquent child. (a) "Delinquent child" means", ""Sexually exploited youth" means".',
  String.raw`^[ \t]{0,3}(?:(?:Subd\.|Subdivision)[ \t]{1,3}\d{1,3}[a-z]?\.[ \t]{1,3}[^.\n]{1,80}\.[ \t]{1,3})?(?:\((?:a|1|A)\)[ \t]{1,3})?["“]([^"”\n]{1,60})["”][ \t]{1,3}(?:means|includes|has\s{1,4}the\s{1,4}meaning)\b`,
  {
    flag: ['[[Subd. 6. Delinquent child. (a) "Delinquent child" means]] a child who has broken a law.', '[[(a) "Sexually exploited youth" means]] a person under 18 who was exploited.'],
    pass: ['(1) A victim of trafficking shall not be criminally liable for any offence committed as a direct result of being trafficked.', '(3) In this section, "child" means a person under the age of 18 years.'],
  },
);

/**
 * A part of the provision that extends its protection to liability beyond criminal law ("The exemption
 * in part 1 shall equally apply to administrative offences"; "The release provided for in note 1
 * extends to liability for administrative offences"). Not where it is negated ("does not apply to
 * administrative offences" narrows the protection instead).
 */
export const EXTENDED_BEYOND_CRIMINAL = pattern(
  'forms.extended-beyond-criminal',
  'Words extending the protection to liability beyond criminal law: "applies equally to administrative offences", "extends to liability for administrative offences".',
  String.raw`(?<!\bnot\s{1,3})(?<!\bnot\s{1,3}(?:equally|also|likewise)\s{1,3})\b(?:appl(?:y|ies)|extends?|(?:is|are|be)\s{1,3}extended)\s{1,3}(?:equally\s{1,3}|also\s{1,3}|likewise\s{1,3}|mutatis\s{1,3}mutandis\s{1,3}|in\s{1,3}the\s{1,3}same\s{1,3}way\s{1,3})?to\s{1,3}(?:(?:liability|proceedings)\s{1,3}(?:for|in\s{1,3}respect\s{1,3}of)\s{1,3})?(?:any\s{1,3})?(?:criminal\s{1,3}(?:and|or)\s{1,3})?(?:administrative|civil|immigration|disciplinary)\s{1,3}(?:offen[cs]es?|liability|violations?|infringements?|infractions?|penalt(?:y|ies)|sanctions?|proceedings|misdemeanou?rs?)\b`,
  {
    flag: [
      'The immunity given by paragraph 1 [[applies also to administrative offences]].',
      'The exemption in subsection (1) shall equally [[apply to administrative violations]].',
      'The release given by the first note [[extends to liability for administrative offences]].',
      'Section 4 [[is extended to disciplinary proceedings]] in the same way.',
    ],
    pass: [
      'Subsection (1) does not apply to administrative offences.',
      'The exemption shall not equally apply to administrative violations.',
      'This Part applies to criminal offences only.',
      'The Code of Administrative Offences applies to breaches of the rules of stay.',
    ],
  },
);

/**
 * The opening of a second prohibition naming a punishment other than conviction ("No fine, licence
 * suspension or other penalty ..."); `keptAwayByImposition` checks that what follows forbids imposing it.
 */
export const NO_PENALTY_OPENING = pattern(
  'forms.no-penalty-opening',
  'A prohibition opening with a punishment other than conviction: "No fine", "No administrative sanction", "No penalty".',
  String.raw`\bno\s{1,3}(?:(?:administrative|immigration|civil|monetary)\s{1,3})?(?:fines?|penalt(?:y|ies)|sanctions?)\b`,
  {
    flag: ['[[No fine]], suspension of a licence or other penalty shall be imposed on the victim.', '[[No administrative sanction]] may be imposed on a trafficked person.'],
    pass: ['No criminal penalty shall be imposed on the victim.', 'No prosecution shall be brought against the victim.'],
  },
);

/**
 * The opening of a kept-away imposition joined to a prohibition ("... may be prosecuted, nor have a
 * criminal or administrative sanction imposed on him or her"); `keptAwayByImposition` reads the rest.
 */
export const HAVE_IMPOSED_OPENING = pattern(
  'forms.have-imposed-opening',
  'A prohibition continued by "nor have" or "or have" (a penalty imposed on the person).',
  String.raw`\b(?:nor|or|not)\s{1,3}(?:to\s{1,3})?(?:have|suffer)\b`,
  {
    flag: ['No victim may be prosecuted, [[nor have]] any sanction imposed on him.', 'shall not be prosecuted [[or have]] an administrative fine imposed on her'],
    pass: ['The victim shall have access to legal aid.'],
  },
);

/**
 * Relief that a court grants at trial, whatever the form the reading gives it: an acquittal ("A court
 * shall acquit the accused", "shall be acquitted", "is entitled to an acquittal"), a discharge of the
 * accused, or a verdict of not guilty that the court is told to enter. Read in the protection's own
 * relief words: a bar on arrest and charge cannot hang on what a court decides at the end of a trial.
 */
export const GRANTED_AT_TRIAL = pattern(
  'forms.granted-at-trial',
  'Relief a court grants at trial: "shall acquit", "shall be acquitted", "entitled to an acquittal", "shall discharge the accused", "shall enter a verdict of not guilty".',
  String.raw`\bacquit(?:s|ted|tal)?\b|\bdischarge[sd]?\s{1,4}(?:the|an|such\s{1,4}an?|that)\s{1,4}(?:accused|defendant|person|child|minor|victim)\b|\b(?:enter|return|record)\s{1,4}(?:a\s{1,4})?(?:verdict|finding|judgment)\s{1,4}of\s{1,4}not\s{1,4}guilty\b|\bshall\s{1,4}be\s{1,4}found\s{1,4}not\s{1,4}guilty\b`,
  {
    flag: [
      'The court shall [[acquit]] the accused of the offence charged.',
      'A trafficked person charged with vagrancy shall be [[acquitted]] if the act arose from the trafficking.',
      'The judge shall [[discharge the accused]] where the offence was a direct result of the trafficking.',
      'The court shall [[enter a verdict of not guilty]] where the link to the trafficking is shown.',
    ],
    pass: [
      'A victim of trafficking shall not be prosecuted for any offence committed as a direct result of being trafficked.',
      'A person is not guilty of an offence if the person commits it as a direct result of being trafficked.',
      'The officer shall discharge the duties of the office.',
    ],
  },
);
