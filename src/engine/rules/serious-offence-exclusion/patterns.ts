import { pattern } from '../../patterns.js';

/**
 * Offences taken out of a non-punishment provision because of their gravity or kind (ASEAN
 * Guideline (2025), Section 1, "Scope", Guideline [1] and Annex 5; CTOC/COP/WG.4/2022/2, paras 3(b)
 * and 16). The carve-out words themselves ("other than …", "does not apply to …") are read by the
 * shared reading (analyse.ts: CARVE_OUT, CARVE_OUT_SENTENCE); these patterns say which carve-outs are
 * about gravity or kind, and find the forms the shared reading does not. Examples paraphrase UK,
 * US (California, Florida), German, Spanish, Kyrgyz, Pacific and African wording.
 */

/** What makes a carve-out one of gravity or kind: a schedule or list, a penalty, a class, a named grave offence. */
export const GRAVITY = {
  schedule: pattern(
    'gravity.schedule',
    'Offences excluded by a schedule or list: "listed in Schedule 4", "specified in section 775.084".',
    String.raw`\b(?:listed|specified|set\s+out|mentioned|enumerated)\s+in\s+(?:the\s+)?(?:Schedule|section|subsection|paragraph|article|list)\b|\b(?:listed|specified|set\s+out|enumerated)\s+in\s+(?:ss?\.?\s*\d|ss?\s*$|§)|\bSchedule\s+\w{1,4}\b|\b(?:the\s+)?(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|\d{1,2}(?:st|nd|rd|th))\s+Schedule\b|\bthe\s+Schedule\s+(?:to|of)\s+(?:this|the)\s+(?:Act|Code|Law|Ordinance|Decree)\b`,
    {
      flag: ['This section does not apply to an offence [[listed in Schedule]] 4.', 'has no application to an offence specified in [[the Second Schedule]].', 'an offence described in [[the Schedule to this Act]]', 'any charge, other than a charge [[listed in s. 4]]5(2),'],
      pass: ['the offences committed as a direct result of being trafficked'],
    },
  ),
  penalty: pattern(
    'gravity.penalty',
    'Offences excluded by their penalty: "punishable by imprisonment for life", "for a term of ten years or more", "life imprisonment".',
    String.raw`\bpunishable\s+(?:by|with)\b|\b(?:may\s+be\s+sentenced|(?:is|are|be|becomes?)\s+liable)\s+to\s+(?:(?:a\s+(?:term|period|sentence)\s+of\s+)?imprisonment|death|a\s+(?:term|sentence)\s+of)\b|\bimprisonment\s+for\s+(?:a\s+(?:term|period)\s+of\s+)?(?:\w{1,12}\s+){1,2}years?\s+or\s+(?:more|longer|upwards)\b|\bimprisonment\s+for\s+life\b|\blife\s+imprisonment\b|\bterm\s+of\s+(?:\w{1,12}\s+){1,2}years?\s+or\s+more\b|\bdeath\s+penalty\b|\bcapital\s+(?:offen[cs]es?|punishment)\b|\b(?:deprivation\s+of\s+liberty|imprisonment|detention)\s+for\s+(?:a\s+(?:term|period)\s+)?(?:exceeding|of\s+more\s+than|over|longer\s+than|in\s+excess\s+of)\b|\bfor\s+which\s+(?:this|the)\s+(?:[\w-]+\s+){0,2}?(?:provides?|prescribes?|establishes?|lays\s+down)\s+(?:a\s+(?:penalty|punishment|sentence)\s+of\s+)?(?:deprivation\s+of\s+liberty|imprisonment|life\s+imprisonment|the\s+death\s+penalty)\b|\b(?:carrying|attracting|with)\s+(?:a\s+|the\s+)?(?:maximum\s+)?(?:penalty|sentence|punishment)\s+of\b`,
    {
      flag: [
        'other than an offence [[punishable by]] imprisonment for life',
        "save for offences [[carrying a penalty of]] more than five years' imprisonment",
        'does not reach an offence for which an adult [[may be sentenced to imprisonment]] for twelve years',
        'an offence attracting [[imprisonment for eight years or more]]',
        'crimes [[for which the Criminal Code prescribes imprisonment]] of seven years and above',
        'an offence carrying [[deprivation of liberty for a term exceeding]] six years',
      ],
      pass: ['liable to be detained', 'whether or not a sentence of imprisonment was imposed'],
    },
  ),
  // Offences excluded as a class, in five patterns rather than one: each is decided linear by the
  // ReDoS checker, the five joined were not (their bounded gaps multiply). The rule reads them as one kind.
  grave: pattern(
    'gravity.class',
    'Offences excluded as a class: "serious", "grave", "violent", "felony", "indictable", "heinous".',
    String.raw`\b(?:serious|grave|violent|heinous|felon(?:y|ies)|indictable)\b|\btriable\s+(?:only\s+)?on\s+indictment\b`,
    {
      flag: ['does not apply to a [[serious]] felony', 'with the exception of [[grave]] and especially grave crimes', 'does not extend to an offence [[triable only on indictment]]'],
      pass: ['any offence committed as a direct result'],
    },
  ),
  graveMeans: pattern(
    'gravity.class-means',
    'Offences excluded by the means the victim used: "involving the use of violence", "using a weapon", "with firearms".',
    String.raw`\b(?:involv\w{1,3}|by\s+means\s+of|with|using)\s+(?:the\s+)?(?:use\s+of\s+|threat\s+of\s+)?(?:violence|force|a\s+weapon|firearms?)\b`,
    {
      flag: ['does not extend to an offence [[involving the use of violence]] against another person'],
      pass: ['however the trafficker used violence or force'],
    },
  ),
  // The manner of commission, in the passive of a relative clause: "an offence in the commission of
  // which a weapon was used or injury was inflicted on another person".
  graveManner: pattern(
    'gravity.class-manner',
    'Offences excluded by how they were committed, put in the passive: "in the commission of which a weapon was used", "where injury was inflicted on another person".',
    String.raw`\b(?:an?\s+|any\s+)?(?:(?:offensive|dangerous|deadly|lethal)\s+)?(?:weapons?|firearms?|explosives?)\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:used|carried|employed|brandished|discharged|displayed)\b|\b(?:(?:bodily|physical|personal)\s+)?(?:injury|injuries|wounds?)\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:inflicted|caused|occasioned)\b`,
    {
      flag: ['does not apply to an offence in the commission of which [[a weapon was used]]', 'or where [[injury was inflicted]] on another person'],
      pass: ['the trafficker used a weapon to control the victim', 'the injuries the victim suffered'],
    },
  ),
  graveAgainstPerson: pattern(
    'gravity.class-against-person',
    'Offences excluded as offences against the person: "crime against the person", "offences against life", "a crime of violence".',
    String.raw`\b(?:crimes?|offen[cs]es?|felon(?:y|ies)|acts?)\s+against\s+(?:the\s+)?(?:human\s+)?(?:person|life|lives|health|bodily\s+integrity|physical\s+integrity)\b|\b(?:crimes?|offen[cs]es?|felon(?:y|ies))\s+of\s+violence\b`,
    {
      flag: ['This section does not apply to a [[crime of violence]].', 'is not available for a [[crime against the person]]', 'other than [[offences against life]] or health', 'does not reach deliberate [[offences against human health]]'],
      pass: ['an offence committed against the victim by the trafficker is not affected'],
    },
  ),
  graveHarm: pattern(
    'gravity.class-harm',
    'Offences excluded by the harm done: "grievous bodily harm", "bodily injury", "endangering another person\'s life", "causing death".',
    String.raw`\bendanger(?:ing(?:\s+of)?|ment\s+of|s)?\s+(?:(?:the\s+)?(?:public\s+safety|(?:human\s+)?life|lives)|(?:the\s+)?(?:life|lives)\s+of\b|(?:another|any\s+other|a)\s+person(?:'|’)s\s+life)|\b(?:grievous|actual|serious)\s+(?:bodily\s+)?(?:harm|hurt|injury)\b|\bbodily\s+(?:harm|injury|hurt)\b|\b(?:causing|caused|cause)\s+(?:the\s+)?death\b`,
    {
      flag: ['an offence that involves inflicting [[grievous bodily harm]] on someone', 'any charge arising from the [[endangering of another person\'s life]]', 'an offence which occasioned [[bodily injury]] to a passer-by'],
      pass: ['any offence committed as a direct result'],
    },
  ),
  graveThreats: pattern(
    'gravity.class-threats',
    'Offences excluded as committed with violence or threats against a person: "threats against a person", "violence or serious threat against another person".',
    String.raw`\b(?:violence|force|(?:serious\s+)?threats?)\s+(?:(?:or|and)\s+(?:(?:serious|grave)\s+)?(?:threats?|violence|force)\s+)?against\s+(?:an?(?:other)?\s+|the\s+|any\s+(?:other\s+)?)?persons?\b`,
    {
      flag: ['unless the acts were done using [[threats against a person]]'],
      pass: ['however the trafficker used violence or force'],
    },
  ),
  named: pattern(
    'gravity.named-offence',
    'A grave offence named in the exception: murder, manslaughter, treason, genocide, terrorism, rape, kidnapping, robbery, trafficking itself, or the gravest class of a religious law ("an offence for which a hadd punishment is prescribed").',
    String.raw`\b(?:hadd|hudud|hudood|qisas|murder|manslaughter|homicide|treason|genocide|terroris[mt]\w{0,2}|rape|kidnapping|robbery|war\s+crimes?|crimes?\s+against\s+humanity|human\s+trafficking|trafficking\s+in\s+persons)\b`,
    { flag: ['for any offence, other than [[murder]] or treason,', 'an offence for which a [[hadd]] punishment is prescribed'], pass: ['for any offence committed as a direct result of being trafficked'] },
  ),
} as const;

/** The exception is about the link to the trafficking, not gravity: not this rule's. */
export const LINK_LIMIT = pattern(
  'gravity.link-limit',
  'An exception about the link to the trafficking, which the sources accept: "not committed as a direct result of", "unrelated to the trafficking".',
  String.raw`\b(?:not|no\s+longer)\s+(?:committed\s+)?(?:as\s+)?(?:a\s+)?direct(?:ly)?\s+(?:result|consequence|related)\b|\bunrelated\s+to\b|\bno\s+(?:link|connection|nexus)\b|\bceased\s+to\s+be\s+a\s+victim\b`,
  { flag: ['prosecution for an offence that was [[not committed as a direct result]] of being trafficked'], pass: ['other than murder or treason'] },
);

/**
 * A sentence that takes offences out of the protection in words the shared reading (CARVE_OUT_SENTENCE)
 * does not read: "does not extend to", "is not to apply to", "has no application to", "shall not be
 * construed as applying to", "is excluded in respect of". Whether it is about gravity is `GRAVITY`'s.
 */
export const EXCLUDING_SENTENCE = pattern(
  'gravity.excluding-sentence',
  'A sentence that takes offences out of the protection: "does not extend to", "is not to apply to", "has no application to", "shall not be construed as applying to".',
  String.raw`\b(?:does|do|will|shall)\s+not\s+(?:extend|relate)\s+to\b[^.;]{1,300}|\b(?:does|do|will|shall|may)\s+not\s+(?:avail|benefit)\b[^.;]{1,300}|\b(?:is|are)\s+not\s+to\s+(?:apply|extend)\s+to\b[^.;]{1,300}|\b(?:has|have|shall\s+have)\s+no\s+application\s+(?:to|in\s+relation\s+to|in\s+respect\s+of)\b[^.;]{1,300}|\bshall\s+not\s+be\s+construed\s+as\s+applying\s+to\b[^.;]{1,300}|\b(?:is|are)\s+inapplicable\s+to\b[^.;]{1,300}`,
  {
    flag: [
      'Subsection (1) [[does not extend to an offence involving violence against the person]].',
      'Subsection (1) [[is not to apply to a felony of the first degree]].',
      'This section [[has no application to an offence specified in the Second Schedule]].',
      'This section [[shall not be construed as applying to murder]].',
      'The defence [[shall not avail an accused who killed another person in committing the offence]].',
      'Subsection (1) [[does not benefit a person whose act caused grievous bodily harm to another]].',
    ],
    pass: ['This section extends to every offence committed as a direct result of being trafficked.', 'The protection applies to any offence.'],
  },
);

/**
 * An exception written as a condition on the offence: "unless the offence is a violent offence",
 * "except where the crime involves violence". Whether it is about gravity is `GRAVITY`'s.
 */
export const UNLESS_OFFENCE = pattern(
  'gravity.unless-the-offence-is',
  'An exception stated as what the offence is: "unless the offence is a violent offence", "except where the act constitutes a felony".',
  String.raw`\b(?:unless|except\s+(?:where|if|when))\s+(?:(?:the|that|such\s+an?|those|such)\s+(?:offen[cs]es?|crimes?|acts?|conduct)\s+(?:in\s+question\s+)?|they\s+|it\s+)(?:is|are|was|were|constitutes?|involves?|involved|amounts?\s+to|falls?\s+within)\b(?!\s+not\b)[^,.;]{1,150}`,
  {
    flag: ['shall not be held criminally liable, [[unless the offence is a violent offence]].', '[[except where the crime involves the use of a firearm]]', 'for offences done in the course of the exploitation, [[unless they were done with violence against a person]].'],
    pass: ['unless the offence was not committed as a direct result of being trafficked', 'unless the person is a victim of trafficking'],
  },
);

/**
 * Protection limited to offences under a penalty threshold: "provided that the crime is not
 * punishable by more than five years' imprisonment", "an offence whose maximum penalty does not
 * exceed seven years", "punishable by imprisonment for a term not exceeding two years". The offences
 * above the threshold are excluded, whatever their link to the trafficking.
 */
export const PENALTY_CAP = pattern(
  'gravity.penalty-threshold',
  'Protection only for offences whose penalty is under a threshold: "not punishable by more than five years\' imprisonment", "whose maximum penalty does not exceed", "a term not exceeding two years".',
  String.raw`\b(?:is|are|be)\s+not\s+punishable\s+(?:by|with)\s+(?:imprisonment\s+(?:of|for)\s+|a\s+(?:term|penalty|sentence)\s+of\s+)?(?:more|longer|greater)\s+than\b[^,.;]{1,60}|\b(?:whose|the)\s+maximum\s+(?:penalty|sentence|punishment|term)\s+(?:does|do|shall)\s+not\s+exceed\b[^,.;]{1,60}|\b(?:punishable|liable)\s+(?:by|with|to)\s+(?:[\w']{1,20}\s+){0,9}?(?:not\s+exceeding|of\s+no\s+more\s+than|of\s+not\s+more\s+than|of\s+less\s+than|of\s+up\s+to|up\s+to|below)\s+(?:\w{1,12}\s+){0,2}(?:years?|months?)\b|\b(?:imprisonment|a\s+term|a\s+sentence|a\s+penalty)\s+(?:of|for)\s+(?:\w{1,12}\s+){1,2}(?:years?|months?)(?:'|’)?\s+(?:imprisonment\s+)?or\s+less\b`,
  {
    flag: [
      "provided that the crime [[is not punishable by more than five years' imprisonment]].",
      'for an offence [[whose maximum penalty does not exceed imprisonment for seven years]], if',
      'if the offence is [[punishable by a fine or by imprisonment for a term not exceeding two years]].',
      'an offence punishable by [[imprisonment of three years or less]]',
    ],
    pass: ['any offence, including an offence punishable by imprisonment for more than five years,', 'is guilty of an offence and liable to imprisonment for 15 years.'],
  },
);

/** Carve-out words the shared reading does not read. */
export const EXCEPTION_OF = pattern(
  'gravity.with-the-exception-of',
  'An exception written "with the exception of …", "save for offences …", "excluding crimes …" anywhere in the sentence.',
  String.raw`\bwith\s+the\s+exception\s+of\s+[^,;.]{1,120}|\b(?:save\s+for|except\s+for|excluding|other\s+than)\s+(?:an?\s+|any\s+|the\s+)?(?:offen[cs]es?|crimes?|felon(?:y|ies)|acts?)\b(?:[^,;.]|\.(?=\s?\d)){1,120}`,
  {
    flag: ['for any offence, [[with the exception of grave and especially grave crimes]].', "exempt from the penalties, [[save for offences carrying a penalty of more than five years' imprisonment]]."],
    pass: ['for any offence whatever'],
  },
);

/** Protection limited to a class of lesser offences: the same defect, stated as what is covered. */
export const LESSER_CLASS = pattern(
  'gravity.lesser-offences-only',
  'Protection limited to lesser offences: "a lesser offence", "minor offences", "misdemeanours only".',
  String.raw`\b(?:lesser|petty|less\s+serious|non-?violent)\s+(?:offen[cs]es?|crimes?)\b|\bminor\s+(?:offen[cs]es?|crimes?)\b|\bmisdemeanou?rs?\s+only\b|\bonly\s+(?:to\s+|for\s+)?(?:an?\s+)?misdemeanou?rs?\b|\b(?:offen[cs]es?|crimes?|infractions?)\s+of\s+(?:small|minor|little|low|medium|moderate|average)(?:\s+(?:or|and)\s+(?:small|minor|little|low|medium|moderate|average))?\s+(?:gravity|seriousness|severity)\b|\b(?:an?\s+)?summary\s+(?:offen[cs]es?|convictions?)\s+only\b|\bonly\s+(?:for\s+|to\s+|in\s+respect\s+of\s+)?(?:an?\s+)?summary\s+offen[cs]es?\b`,
  {
    flag: [
      'the public prosecution office may dispense with prosecuting the [[lesser offence]]',
      'shall be released from criminal liability for [[crimes of minor or medium gravity]] committed',
      'protected [[only in respect of summary offences]]',
      'a conviction for loitering or another [[nonviolent offense]]',
    ],
    // "a criminal offence or a minor offence" names both tiers of punishable conduct: it widens the
    // scope. The rule reads that in code (`namesBothTiers` in index.ts): a pattern looking around the
    // match for the other tier was more than the ReDoS checker could decide linear.
    pass: ['any offence, whatever its gravity', 'for crimes of any gravity committed as a direct result of being trafficked'],
  },
);

/** A weighing of gravity: the seriousness of the act can call for punishment. */
export const SERIOUSNESS_WEIGHED = pattern(
  'gravity.seriousness-weighed',
  'An exception where the seriousness of the act calls for punishment: "unless atonement is indispensable because of the seriousness of the act", "unless the seriousness of the offence requires".',
  String.raw`\bunless\s+(?:[\w-]{1,20}\s+){0,3}?(?:is|are)\s+(?:indispensable|required|necessary|warranted|called\s+for)\s+(?:because|by\s+reason)\s+of\s+the\s+(?:seriousness|gravity)\s+of\s+the\s+(?:act|offen[cs]e|crime|conduct)\b|\b(?:unless|where|if)\s+the\s+(?:seriousness|gravity)\s+of\s+the\s+(?:act|offen[cs]e|crime|conduct)\s+(?:so\s+)?(?:requires|calls\s+for|warrants|justifies|demands)\b`,
  {
    flag: ['[[unless atonement is indispensable because of the seriousness of the act]]', '[[unless the seriousness of the offence requires]] a penalty'],
    pass: ['but the seriousness of an offence does not of itself exclude the application of subsection (1)'],
  },
);

/** A proportionality requirement between the victim's situation and the offence. */
export const PROPORTIONALITY = pattern(
  'gravity.proportionality',
  'A requirement that the offence be proportionate to the victim\'s situation: "the offence is reasonably proportionate to that situation".',
  String.raw`\b(?:offen[cs]e|act|conduct|crime|participation)\s+(?:is|was|be|are|were)\s+(?:reasonably\s+|sufficiently\s+|adequately\s+)?proportionate\s+to\b|\b(?:adequate|reasonable|due|sufficient)\s+proportionality\s+between\b`,
  { flag: ['provided that the [[offence is reasonably proportionate to]] that situation'], pass: ['a penalty proportionate to the harm caused shall be imposed on the trafficker'] },
);

/**
 * An exception written as a condition the offence must meet, in the negative: "provided that they
 * were not committed with violence against a person", "Subsection (1) applies only if the offence
 * is not one listed in Schedule 4", "(4) the conduct is not an offense listed in Article 42A.054(a)".
 * The offences that fail the condition are excluded; whether the condition is about gravity is
 * `GRAVITY`'s (a condition about the link, "provided that it was not committed for gain", is not).
 */
export const NEGATIVE_CONDITION = pattern(
  'gravity.negative-condition',
  'An exception stated as what the offence must not be: "provided that they were not committed with violence against a person", "applies only if the offence is not one listed in Schedule 4", "the conduct is not an offense listed in".',
  String.raw`(?:\b(?:provided\s+(?:that\s+|always\s+that\s+)?|on\s+condition\s+that\s+|so\s+long\s+as\s+|only\s+(?:if|where|when)\s+|if\s+|where\s+)?(?:the|that|such\s+an?|those|such)\s+(?:offen[cs]es?|crimes?|acts?|conduct)\s+(?:in\s+question\s+|charged\s+)?|\b(?:provided\s+(?:that\s+|always\s+that\s+)?|on\s+condition\s+that\s+|so\s+long\s+as\s+|only\s+(?:if|where|when)\s+)(?:they|it)\s+)(?:is|are|was|were|has\s+been|have\s+been)\s+not\s+(?!(?:\w{1,12}\s+){0,2}(?:direct|result|consequence|related|connected|linked|attributable|caused|committed\s+(?:as|in|while|during|because|for|by\s+reason))\b)[^,.;]{1,160}|\b(?:provided\s+(?:that\s+)?|so\s+long\s+as\s+|only\s+(?:if|where)\s+)(?:the|that|such\s+an?)?\s*(?:offen[cs]es?|crimes?|acts?|conduct|they|it)\s+(?:does|do|did)\s+not\s+(?:involve|cause|constitute|amount\s+to|fall\s+within)\b[^,.;]{1,160}`,
  {
    flag: [
      'are not liable for what they did under the trafficker\'s control, [[provided that they were not committed with serious threats against a person]].',
      'Subsection (1) applies [[only if the offence is not one listed in the Third Schedule]].',
      '(c) [[the conduct is not an offense listed in section 12 of the Code]].',
      'is exempt from penalty [[so long as the act did not involve grievous bodily harm]].',
    ],
    pass: [
      'provided that the offence was not committed as a direct result of being trafficked',
      'unless the act is not connected to the trafficking',
      'whether or not the offence is punishable by imprisonment',
      'it is not necessary to establish that any of the means in the definition of trafficking in persons was used',
    ],
  },
);

/**
 * A saving clause that keeps offences outside the protection: "Nothing in subsection (1) shall be
 * construed as protecting a victim from prosecution for ...", "Nothing in this section protects a
 * victim who is charged with murder". The offences it names are excluded; whether they are excluded
 * for their gravity is `GRAVITY`'s (a saving for offences not linked to the trafficking is not).
 */
export const NOTHING_PROTECTS = pattern(
  'gravity.nothing-protects',
  'A saving clause that leaves offences outside the protection: "Nothing in subsection (1) shall be construed as protecting a victim from prosecution for ...", "Nothing in this section protects a person charged with ...".',
  String.raw`\bnothing\s+(?:in|contained\s+in)\s+(?:this|that|the|subsection|section|paragraph|article|clause)\b[^.;]{0,60}?\b(?:(?:shall|is\s+to|may|will)\s+be\s+(?:construed|interpreted|read|taken)\s+(?:as|to\s+be)\s+)?(?:protect(?:s|ing)?|exempt(?:s|ing)?|shield(?:s|ing)?|confer(?:s|ring)?\s+(?:any\s+)?immunity|extend(?:s|ing)?\s+(?:the\s+)?(?:protection|immunity)|relie(?:ves?|ving)|apply|applies|applying)\b[^.;]{1,300}`,
  {
    flag: [
      '(3) [[Nothing in subsection (2) shall be construed as protecting a trafficked person from a charge of manslaughter]].',
      '[[Nothing in this section protects a victim who is charged with an offence of serious violence]].',
    ],
    pass: ['Nothing in this section affects any other defence open to the accused.', 'Nothing in this Part renders a person who has been trafficked liable to be charged.'],
  },
);
