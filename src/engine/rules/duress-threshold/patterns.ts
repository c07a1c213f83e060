import { pattern } from '../../patterns.js';

/**
 * The link a provision requires between the trafficking and the act: duress-level wording (the
 * criminal defence of duress), a bare compulsion test, or the causation test the sources describe
 * (CTOC/COP/WG.4/2020/2, paras 59-63; ASEAN Guideline (2025), Guideline [1]).
 */

/** Wording of the criminal-law defence of duress: each alternative names one of its elements. */
export const DURESS = {
  noAlternative: pattern(
    'duress.no-realistic-alternative',
    'No realistic alternative: the victim could have done nothing else (an element of duress).',
    String.raw`\bno\s+(?:other\s+)?(?:realistic|reasonable|real|practical|viable|meaningful|genuine|safe)\s+(?:alternative|choice|option|opportunity)|\b(?:without|lacking)\s+(?:any\s+)?(?:realistic|reasonable|real|practical|viable)\s+(?:alternative|choice|option)|\bno\s+(?:other\s+)?(?:choice|option|alternative|way\s+out)(?:\s+(?:left|open|available)(?:\s+to\s+(?:him\s+or\s+her|her\s+or\s+him|him|her|them|the\s+(?:person|victim|accused|defendant)))?)?\s+(?:but|than|other\s+than|except|save)\s+to\b|\bnothing\s+else\s+(?:that\s+)?(?:he\s+or\s+she|she\s+or\s+he|he|she|they|the\s+(?:person|victim|accused|defendant))\s+could\s+(?:reasonably\s+)?(?:have\s+)?done\b`,
    {
      flag: [
        'would have had [[no realistic alternative]] to doing that act',
        'had [[no reasonable choice]] but to',
        'was put in a position where she had [[no choice but to]] go along with it',
        'the person had [[no other option than to]] comply with the demands',
        'left with [[no alternative but to]] carry the drugs',
        'where the victim had [[no choice left to him or her but to]] obey the exploiter',
        'the worker had [[no option open to her but to]] hand over the goods',
        'there was [[nothing else the person could reasonably have done]]',
      ],
      pass: ['had an alternative', 'no alternative accommodation', 'the court has no choice of forum', 'no option to purchase', 'no option left open to the court but the one in section 4 is excluded', 'nothing else in this section affects'],
    },
  ),
  threatOfDeath: pattern(
    'duress.threat-of-death-or-injury',
    'A threat of death or serious injury (the threat duress requires).',
    String.raw`\b(?:(?:imminent|immediate|instant)\s+)?threat(?:s|en|ened|ening)?\b[^.;]{0,60}?\b(?:death|(?:serious|grievous|severe)\s+(?:bodily\s+|physical\s+|personal\s+)?(?:injury|harm|violence|hurt)|bodily\s+(?:injury|harm))(?:\s+or\s+(?:serious|grievous|severe)\s+(?:bodily\s+|physical\s+|personal\s+)?(?:injury|harm|violence|hurt))?|\bdanger\s+of\s+(?:death|(?:serious|grievous|severe)\s+(?:bodily\s+|physical\s+)?(?:injury|harm|violence|hurt))`,
    {
      flag: ['compelled by a [[threat of death or serious injury]]', 'an [[imminent threat of, death or serious bodily injury]]', 'by [[threatening, expressly or by implication, to cause the defendant bodily injury]]', 'from the present [[danger of serious harm]] to the person'],
      pass: ['a threat to report the victim to the police'],
    },
  ),
  imminent: pattern(
    'duress.imminent-danger',
    'Imminent or immediate danger (the immediacy duress requires).',
    String.raw`\b(?:imminent|immediate|present\s+and\s+immediate|present)\s+(?:threat|danger|peril|death|harm|violence|injury)`,
    { flag: ['to avoid an [[imminent danger]] to life', 'under [[immediate threat]]', 'from the [[present danger]] of harm'], pass: ['immediate assistance', 'the present proceedings'] },
  ),
  apprehension: pattern(
    'duress.apprehension-of-death',
    'Reasonable apprehension of instant death or grievous hurt (the Indian Penal Code family\'s wording of duress).',
    String.raw`\b(?:reasonable\s+)?apprehension\s+(?:of|that)\s+(?:instant\s+|immediate\s+|imminent\s+)?(?:death|(?:grievous|serious)\s+(?:bodily\s+|physical\s+)?(?:hurt|harm|injury|violence))(?:\s+or\s+(?:grievous|serious)\s+(?:bodily\s+|physical\s+)?(?:hurt|harm|injury|violence))?`,
    { flag: ['under a [[reasonable apprehension of instant death]]'], pass: ['apprehension of the offender'] },
  ),
  noEscape: pattern(
    'duress.no-escape',
    'No opportunity to escape or avoid the act (an element of duress).',
    String.raw`\bno\s+(?:other\s+)?(?:reasonable\s+|real\s+|realistic\s+|safe\s+)?(?:opportunity|means|way|possibility|avenue|route|chance)\s+(?:to|of)\s+(?:escap\w*|avoid\w*|withdraw\w*|resist\w*|get\s+away)|\bcould\s+not\s+(?:reasonably\s+)?(?:have\s+)?(?:escaped|avoided|escape|avoid|resist(?:ed)?)`,
    { flag: ['had [[no opportunity to escape]]', 'and [[could not have avoided]] the act', 'there was [[no safe route of escape]] open to her', 'believing there was [[no other way to get away]]'], pass: ['had an opportunity to escape'] },
  ),
  irresistible: pattern(
    'duress.irresistible-constraint',
    'A constraint the person could not resist or withstand (the civil-law wording of duress, "contrainte à laquelle il n\'a pu résister").',
    String.raw`\birresistible\s+(?:force|constraint|compulsion|coercion|pressure)|\b(?:force|constraint|compulsion|coercion|pressure)\b[^.;]{0,80}?\b(?:which|that)\s+(?:[\w'’-]+\s+){0,12}?(?:could\s+not|was\s+unable\s+to|were\s+unable\s+to|was\s+not\s+able\s+to|cannot)\s+(?:have\s+)?(?:resist(?:ed)?|withst(?:and|ood)|overc(?:ome|ame))\b`,
    {
      flag: ['acted under an [[irresistible force]]', 'under a [[constraint, arising from the trafficking, which he or she was unable to resist]]', 'under [[pressure from the trafficker which a person of average resilience in the victim\'s situation could not have withstood]]'],
      pass: ['under a constraint'],
    },
  ),
  insuperableFear: pattern(
    'duress.insuperable-fear',
    'A fear the person could not overcome ("insurmountable" or "irresistible" fear, the civil-law counterpart of duress: miedo insuperable).',
    String.raw`\b(?:insurmountable|insuperable|irresistible|invincible|unconquerable|overwhelming|overpowering|uncontrollable)\s+(?:fear|terror|dread)\b|\bfear\s+(?:which|that)\s+(?:he\s+or\s+she|she\s+or\s+he|he|she|they|the\s+(?:person|victim))\s+(?:could\s+not|was\s+unable\s+to|were\s+unable\s+to|cannot)\s+(?:have\s+)?(?:overc(?:ome|ame)|resist(?:ed)?|master(?:ed)?)\b`,
    {
      flag: ['conduct carried out under [[insurmountable fear]] of the exploiter', 'acted from [[irresistible fear]]', 'driven by a [[fear which she could not overcome]]'],
      pass: ['acted out of fear of the trafficker', 'an irresistible impulse', 'a victim who fears reprisals may ask for protection'],
    },
  ),
  noOtherConduct: pattern(
    'duress.no-other-conduct',
    'No other conduct could reasonably have been required of the person (the civil-law defence of non-exigibility, a test of the same kind as duress).',
    String.raw`\bno\s+(?:other\s+)?conduct\s+(?:other\s+than\s+(?:that\s+)?(?:which\s+)?(?:[\w'’-]+\s+){0,6}?)?could\s+(?:reasonably\s+)?(?:have\s+been\s+)?(?:required|expected|demanded)|\bcould\s+not\s+(?:reasonably\s+)?(?:have\s+been\s+)?(?:expected|required)\s+to\s+(?:act|behave|do)\s+otherwise|\bcould\s+not\s+(?:reasonably\s+)?(?:have\s+been\s+|be\s+)?expected\s+to\s+(?:resist|withstand|refuse|oppose)|\bcould\s+not\s+have\s+acted\s+otherwise`,
    { flag: ['when [[no conduct other than that which they engaged in could reasonably have been required]] of them', 'so strong that the worker [[could not reasonably be expected to resist]] it'], pass: ['no conduct is required'] },
  ),
  reasonableFear: pattern(
    'duress.reasonable-fear',
    'A reasonable fear of harm: an objective test of the threat, as the defence of duress has.',
    String.raw`\breasonabl[ey]\s+(?:fear(?:ed|ful)?|afraid|apprehensi(?:on|ve)|belie(?:f|ved))\b[^.;]{0,40}?\b(?:harm|injury|death|violence|hurt)\b`,
    { flag: ['and had a [[reasonable fear of harm]]', 'made the defendant [[reasonably afraid that the injury]] would follow'], pass: ['a reasonable time'] },
  ),
  necessity: pattern(
    'duress.necessity-to-escape',
    'The act had to be necessary to escape, or close in time to the danger (the tests of the defences of necessity and duress).',
    String.raw`\bimmediate\s+proximity\b|\b(?:was|is|were|be)\s+necessary\s+(?:for\s+(?:the\s+)?(?:person|victim|defendant|accused|actor)\s+)?(?:in\s+order\s+)?to\s+(?:escape|flee|avoid|prevent)\b`,
    { flag: ['the offence was committed in [[immediate proximity]] to the abuse', 'the act [[was necessary for the victim to escape]] the trafficker'], pass: ['the court may take the necessary steps'] },
  ),
  // Necessity put positively: the act was "the only means" of avoiding the harm, which is the same
  // test as "no realistic alternative" or "no other choice".
  onlyMeans: pattern(
    'duress.only-means',
    'The act was the only means of avoiding harm (the test of necessity or duress put positively: the same as "no realistic alternative").',
    String.raw`\bthe\s+only\s+(?:(?:reasonable|practicable|possible|available|realistic|effective)\s+)?(?:means|way|course(?:\s+of\s+action)?|option|alternative|choice)\s+(?:of|to|for|by\s+which\s+to)\s+(?:avoid\w{0,3}|escap\w{0,3}|prevent\w{0,3}|protect\w{0,3}|sav(?:e|ing)|ward\w{0,3}\s+off|avert\w{0,3})\b`,
    {
      flag: ['where the act was [[the only means of avoiding]] harm to the victim or a relative', 'believing it to be [[the only way to prevent]] the threatened injury'],
      pass: ['the only means of transport available', 'the victim is the only person able to testify'],
    },
  ),
  // Post-Soviet drafting grades violence by its danger: "violence dangerous to life or health" (or the
  // threat of it) is the threat of death or serious harm that duress requires.
  dangerousViolence: pattern(
    'duress.violence-dangerous-to-life',
    'Violence dangerous to life or health, or the threat of it (the post-Soviet codes\' wording for the grave violence duress requires).',
    String.raw`\bviolence\s+(?:that\s+is\s+|which\s+is\s+)?dangerous\s+to\s+(?:(?:the\s+)?life|health)(?:\s+(?:or|and)\s+(?:health|life))?\b`,
    {
      flag: ['compelled through [[violence dangerous to life or health]] or the threat of it', 'by the threat of [[violence which is dangerous to life]]'],
      pass: ['violence not dangerous to life or health', 'acts of violence against the victim'],
    },
  ),
  fearOfDeath: pattern(
    'duress.fear-of-death-or-injury',
    'Acting out of fear of death or serious bodily harm (the threat duress requires, put as the victim\'s fear of it).',
    String.raw`\b(?:fear(?:ed|ing|ful)?|afraid|terrified)\s+(?:of|for|that)\s+(?:[\w'’-]+\s+){0,8}?(?:death|(?:serious|grievous|severe)\s+(?:bodily\s+|physical\s+|personal\s+)?(?:injury|harm|violence|hurt)|bodily\s+(?:injury|harm))\b`,
    {
      flag: ['acted out of [[fear of serious bodily harm]] to himself or herself or a relative', 'the victim [[feared that the trafficker would cause death]] to a family member'],
      pass: ['acted out of fear of the trafficker', 'a victim who fears reprisals may ask for protection'],
    },
  ),
  uncontrollable: pattern(
    'duress.could-not-control',
    'The person could not control his or her actions (irresistible compulsion, the civil-law codes\' wording of duress: "by reason of which he could not control his actions").',
    String.raw`\b(?:could\s+not|cannot|was\s+unable\s+to|were\s+unable\s+to|was\s+not\s+able\s+to)\s+(?:fully\s+)?(?:control|direct|govern)\s+(?:his|her|their|the\s+person's|the\s+victim's)\s+(?:or\s+(?:her|his)\s+)?(?:own\s+)?(?:actions|conduct|behaviou?r|acts)\b`,
    {
      flag: ['by reason of which he or she [[could not control his or her actions]]', 'the victim [[was unable to direct her own conduct]]'],
      pass: ['the trafficker controlled his or her actions', 'the person could not control the vehicle'],
    },
  ),
  threatIneffective: pattern(
    'duress.threat-rendered-ineffective',
    'The statutory formula of duress: no reasonable way to render the threat ineffective, and the act a reasonable response to the threat (Australian Criminal Code form).',
    String.raw`\bno\s+reasonable\s+way\s+(?:that\s+|in\s+which\s+)?(?:the|a|that|such)\s+threat\s+(?:can|could|may|might)\s+be\s+(?:rendered|made)\s+ineffective\b|\breasonable\s+response\s+to\s+(?:the|a|that|such)\s+threat\b`,
    {
      flag: ['believes that there is [[no reasonable way that the threat can be rendered ineffective]]', 'the conduct is a [[reasonable response to the threat]]'],
      pass: ['a response to the threat of trafficking', 'there is no reasonable way to identify every victim'],
    },
  ),
  duress: pattern('duress.named', 'The defence of duress, named.', String.raw`\bduress\b`, { flag: ['acted under [[duress]]'], pass: ['acted under coercion'] }),
  reasonablePerson: pattern(
    'duress.reasonable-person',
    'An objective test of a reasonable person (of reasonable firmness) in the victim\'s situation: the standard of duress. Flagged only where it asks whether that person had an alternative or would have been compelled.',
    String.raw`\breasonable\s+person\b|\b(?:person|individual)\s+of\s+(?:reasonable|average|ordinary)\s+(?:firmness|resilience|fortitude)\b|\b(?:ordinary|average)\s+person\b`,
    { flag: ['a [[reasonable person]] in the same situation', 'a sober [[person of reasonable firmness]]', 'which a [[person of average resilience]] could not have withstood'], pass: ['a reasonable time'] },
  ),
} as const;

/** A bare compulsion test: the act must have been compelled, coerced or forced. */
export const COMPULSION = {
  compelled: pattern('compulsion.compelled', 'Compelled, compulsion.', String.raw`\bcompell(?:ed|ing)\b|\bcompulsion\b`, { flag: ['the person was [[compelled]] to do it', 'under [[compulsion]]'], pass: ['compensation'] }),
  // "the victim of coercion, extortion or trafficking" names whom the provision protects, not a test.
  coerced: pattern('compulsion.coerced', 'Coerced, coercion, "coaction" as translations put it (not "a victim of coercion", which names the person protected).', String.raw`\b(?<!\bvictims?\s+of\s)(?:coerc(?:ed|ion)|coaction)\b`, {
    flag: ['under [[coercion]] by an offender', 'the result of the [[coaction]] exercised over them'],
    pass: ['abusive control was absent', 'Where the victim of coercion, extortion or trafficking reports the offence'],
  }),
  underThreat: pattern(
    'compulsion.under-threat',
    'Under threat, force, pressure or constraint; threatened.',
    String.raw`\bunder\s+(?:threat|force|pressure)\b|\bunder\s+(?:the\s+)?constraint\b|\b(?:was|were|been|being|is|are)\s+threatened\b|\bby\s+(?:threats?|force)\s+(?:of|or|and)\b`,
    { flag: ['acted [[under threat]]', 'the victim [[was threatened]]'], pass: ['the threat of trafficking'] },
  ),
  overborne: pattern(
    'compulsion.will-overborne',
    'The person\'s will overborne or overcome by another (a compulsion test put as the loss of free will).',
    String.raw`\b(?:free\s+will|(?:his|her|their|the\s+(?:person|victim|accused|defendant)(?:'|’)s)\s+will)\s+(?:was\s+|were\s+|is\s+|had\s+been\s+|has\s+been\s+|being\s+)?(?:overborne|overcome|overpowered|overridden)\b`,
    { flag: ['where his or her [[free will was overborne]] by the trafficker', 'an act done with [[the person\'s will overborne]]'], pass: ['a will was made in favour of the victim', 'the victim will overcome the trauma'] },
  ),
  forced: pattern(
    'compulsion.forced',
    'Forced or made to commit the act.',
    String.raw`\bmade\s+to\s+(?:commit|do|engage|participate|carry|take\s+part)\b|\bobliged\s+to\s+(?:commit|do|engage|participate|carry\s+out|take\s+part|perform)\b|\b(?:(?:was|were|been|being|is|are)\s+)?forced\s+(?:to|into|by)\b|\b(?:was|were|been|being|is|are)\s+forced\b`,
    { flag: ['the victim [[was forced to]] steal', 'was [[made to commit]] the act', 'acts which she was [[obliged to commit]] because of the trafficking'], pass: ['forced labour', 'the State is obliged to protect victims'] },
  ),
  fear: pattern(
    'compulsion.fear',
    'The act done out of fear or intimidation (a compulsion test put as the victim\'s state of mind).',
    String.raw`\b(?:out\s+of|through|because\s+of|by\s+reason\s+of|owing\s+to|due\s+to|driven\s+by|induced\s+by|under\s+the\s+(?:influence|pressure)\s+of)\s+(?:(?:a|the|his|her|their|genuine|well-founded|justified|reasonable)\s+){0,2}fear\b|\b(?:was|were|been|being|is|are)\s+(?:intimidated|terrori[sz]ed)\b|\bunder\s+intimidation\b`,
    { flag: ['committed the act [[out of fear]] of the trafficker', 'the victim [[was intimidated]] into doing it', 'acted [[under intimidation]]'], pass: ['a victim who fears reprisals may ask for protection', 'free from fear'] },
  ),
  imposed: pattern(
    'compulsion.imposed',
    'The act imposed on the person, or brought about by violence or threats (a compulsion test naming some of the means).',
    String.raw`\b(?:imposed|forced)\s+(?:up)?on\s+(?:him|her|them|the\s+(?:person|victim|accused|defendant))\b|\b(?:by|through)\s+(?:means\s+of\s+|the\s+use\s+of\s+|use\s+of\s+)?(?:physical\s+|serious\s+|grave\s+)?(?:violence|threats)\b|\bunder\s+(?:threats|violence)\b`,
    {
      flag: ['the conduct was [[imposed on him]] by the trafficker', 'brought about [[by means of violence]] or serious threats', 'committed [[under threats]] from the employer'],
      pass: ['a victim of violence', 'protected from threats'],
    },
  ),
  againstWill: pattern(
    'compulsion.against-will',
    'Against the person\'s will, without free will.',
    String.raw`\b(?:against\s+(?:his|her|their|the\s+person's|the\s+victim's)\s+(?:or\s+her\s+)?will|without\s+(?:his|her|their)?\s*(?:or\s+her\s+)?free\s+will|deprived\s+of\s+(?:his|her|their|the\s+person's)\s+(?:or\s+her\s+)?(?:free\s+)?will|involuntarily)\b`,
    { flag: ['committed the act [[against his or her will]]', 'while [[deprived of his free will]] by the trafficker'], pass: ['of his or her own will'] },
  ),
} as const;

/** The causation test: the act was a direct result of being trafficked. */
export const CAUSATION = pattern(
  'link.causation',
  'The causation test: the act was a direct result or consequence of being trafficked, directly related to or arising from the trafficking (ACTIP art. 14(7), Kenya s.14, Philippines s.17).',
  String.raw`\bdirect(?:ly)?\s+(?:result|consequence|related|connected|linked|associated|attributable|caused|arising)|\b(?:as\s+an?|in)\s+(?:direct\s+|immediate\s+)?(?:result|consequence)\s+of\b|\barising\s+(?:directly\s+)?(?:from|out\s+of)|\bin\s+(?:the\s+)?(?:process|course)\s+of\s+(?:being\s+)?traffick|\bas\s+an\s+incident|\bin\s+relation\s+to\s+(?:being|their|his|her)\s+(?:being\s+)?traffick|\brelated\s+to\s+(?:being|their|his|her|the)\s+(?:being\s+)?(?:a\s+)?(?:victim|traffick|situation)|\bin\s+connection\s+with\s+(?:being|their|his|her|the)\b|\bimmediate\s+result|\bbecause\s+of\s+(?:being|their|his|her)\s+(?:being\s+)?traffick|\bcaused\s+by\s+(?:(?:the|their|his|her)\s+)?(?:being\s+)?traffick(?!ers?\b)|\bas\s+a\s+result\s+of\s+(?:having\s+been|being)\s+(?:a\s+victim|trafficked)`,
  // "fear caused by the trafficker" ties the fear to a person: it is not the link between the act and being trafficked.
  { flag: ['committed [[as a direct result of]] being trafficked', 'acts [[directly related]] to the trafficking', 'an offence [[caused by the traffick]]ing'], pass: ['as part of the proceedings', 'in circumstances of fear caused by the trafficker', 'harm caused by the traffickers'] },
);

/** Compulsion widened to the person's circumstances or all the means: credit, not a defect. */
export const WIDENING = pattern(
  'link.widened-compulsion',
  'Compulsion read broadly: it may come from the person\'s circumstances or any of the means of trafficking (abuse of a position of vulnerability, deception...).',
  String.raw`\b(?:the\s+person's|the\s+victim's|his\s+or\s+her|their)\s+(?:circumstances|situation|vulnerability)\b|\bposition\s+of\s+vulnerability\b|\bany\s+(?:of\s+the\s+)?means\s+(?:of\s+trafficking|referred\s+to|described|listed|set\s+out)`,
  { flag: ['compulsion may arise from [[the person\'s circumstances]]', 'abuse of a [[position of vulnerability]]'], pass: ['compulsion by force'] },
);

/** Deception or fraud among the means, which a broad compulsion definition names. */
export const DECEPTION = pattern('link.deception', 'Deception, fraud or deceit (means of trafficking a broad definition of compulsion names).', String.raw`\b(?:deception|fraud|deceit|false\s+promises?)\b`, {
  flag: ['by [[deception]]'],
  pass: ['by force'],
});

/** A saving clause keeping the general defences open: "Nothing in this section affects the defence of duress". */
export const SAVING_CLAUSE = pattern(
  'link.saving-clause',
  'A saving clause that keeps other defences available: "Nothing in this section affects...", "without prejudice to the defence of duress".',
  String.raw`\bnothing\s+in\s+this\s+(?:section|part|act|article|chapter)\b|\bwithout\s+prejudice\s+to\b|\b(?:does|shall)\s+not\s+(?:affect|limit|prejudice|derogate\s+from|exclude)\s+(?:the\s+|any\s+)?(?:availability|operation|defen)`,
  { flag: ['[[Nothing in this section]] affects the defence of duress.'], pass: ['This section applies to any offence.'] },
);

/** Where a condition begins: its conjunction. */
export const CONJUNCTION = pattern(
  'link.conjunction',
  'The conjunction a condition starts with: if, where, when, provided that, to the extent that, unless; or "that" before a list of conditions.',
  String.raw`\b(?:if|where|when|provided\s+that|to\s+the\s+extent\s+that|to\s+the\s+extent|insofar\s+as|because|only\s+if|unless)\b|\bthat(?=\s*[—–:-])`,
  { flag: ['is not guilty [[if]] the person', 'The conditions are [[that]]—'], pass: ['the person'] },
);

/** The means of trafficking, named as what the act must result from ("the situation of violence, intimidation, deception or abuse"). */
export const MEANS_WORD = pattern(
  'link.means',
  'One of the means of trafficking (violence, threats, coercion, deception, abduction, abuse of power or of a position of vulnerability).',
  String.raw`\b(?:violence|force|threats?|coercion|intimidation|deception|fraud|abduction|abuse\s+of\s+(?:power|authority|a\s+position\s+of\s+vulnerability))\b`,
  { flag: ['a situation of [[violence]], [[intimidation]]'], pass: ['a situation of poverty'] },
);
