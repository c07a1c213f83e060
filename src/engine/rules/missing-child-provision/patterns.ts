import { pattern } from '../../patterns.js';

/**
 * Children in a non-punishment provision: a limb for persons under 18, a provision for adults only,
 * and the definition of "child" (CTOC/COP/WG.4/2020/2, para. 56; ASEAN Guideline (2025),
 * Guideline [1] and [2]; Annex 4).
 */

/** A person under 18, in any of the ways bills say it. */
export const CHILD = {
  word: pattern('child.word', 'A child, minor, juvenile or young person (not a "minor offence").', String.raw`\b(?:child(?:ren|'s)?|minors?(?!\s+(?:offen[cs]es?|crimes?|infractions?|misdemeanou?rs?|violations?|roles?|parts?|amendments?|changes?|matters?|injur(?:y|ies)))|juveniles?|young\s+persons?|youths?|adolescents?)\b|\bboys?(?:,|\s{1,4}or)\s{1,4}girls?\b|\bgirls?(?:,|\s{1,4}or)\s{1,4}boys?\b`, {
    flag: ['where the victim is a [[child]]', 'a [[minor]] victim', 'Where the victim is a [[boy, girl]] or adolescent', 'an [[adolescent]] victim'],
    pass: ['an adult victim', 'the prosecutor may decline to prosecute the minor offence', 'No woman or girl who has been trafficked shall be punished'],
  }),
  under18: pattern(
    'child.under-18',
    'An age below 18 in words or figures: "under 18", "less than 18 years of age", "below the age of eighteen", "has not attained the age of 18", "under the age of majority".',
    String.raw`\b(?:under|below|less\s+than|younger\s+than)\s+(?:the\s+age\s+of\s+)?(?:18|eighteen)\b|\b(?:has|had|have)\s+not\s+(?:yet\s+)?(?:attained|reached|completed)\s+(?:the\s+age\s+of\s+)?(?:18|eighteen)\b|\bunder\s+the\s+age\s+of\s+majority\b|\b(?:has|had|have)\s+not\s+(?:yet\s+)?(?:attained|reached)\s+(?:the\s+)?age\s+of\s+majority\b|\b(?:aged|of)\s+(?:under|below|less\s+than)\s+(?:18|eighteen)\b|\b(?:of|at)\s+any\s+age\b|\bwhatever\s+(?:his|her|their|the\s+person's)\s+(?:or\s+her\s+)?age\b`,
    { flag: ['a person [[under the age of 18]]', 'who [[has not attained the age of eighteen]]', 'a person [[less than 18]] years of age', 'a person [[below 18]]', 'applies to an accused [[of any age]]', 'A victim who [[has not reached the age of majority]] shall be exempt'], pass: ['a person aged 18 or over'] },
  ),
} as const;

/** A provision for adults only: "aged 18 or over", "has attained the age of 18". */
export const ADULT_ONLY = pattern(
  'child.adult-only',
  'A provision limited to adults: "aged 18 or over", "18 years of age or older", "has attained the age of 18".',
  String.raw`\b(?:aged|of\s+the\s+age\s+of)\s+(?:18|eighteen)\s+(?:years\s+)?(?:or\s+(?:over|above|older|more))\b|\b(?:18|eighteen)\s+years\s+(?:of\s+age\s+)?or\s+(?:over|above|older|more)\b|\b(?:has|have)\s+(?:attained|reached)\s+(?:the\s+age\s+of\s+)?(?:18|eighteen)\b|\b(?:is|was)\s+an\s+adult\b(?!\s+or\s+(?:a\s+)?(?:child|minor))|(?<!\b(?:child|children|minors?|juveniles?)\s{1,4}(?:and|or)\s{1,4})\badult\s+(?:victims?|trafficked\s+persons?|persons?)\b(?!\s{1,8}(?:and|or)\s{1,8}(?:child|minor|juvenile))`,
  {
    flag: ['the person is [[aged 18 or over]] when', 'a person who [[has attained the age of 18]]', 'who [[has reached eighteen]] years of age', 'an [[adult victim]] of trafficking shall not be punished', '[[adult trafficked persons]] are not liable'],
    pass: ['a person under the age of 18', 'whether the person was an adult or a child', 'child and adult victims alike', 'adult victims and child victims', 'an adult or a child'],
  },
);

/** A child "limb" that merely extends the adults' test: "applies to a minor under the same conditions". */
export const SAME_CONDITIONS = pattern(
  'child.same-conditions',
  'A child limb that only extends the adults\' test to children: "under the same conditions", "as it applies to an adult", "with the necessary modifications".',
  String.raw`\b(?:under|on|in|subject\s+to|upon)\s+the\s+same\s+(?:conditions|terms|requirements)\b|\bappl(?:y|ies)\s+(?:accordingly|correspondingly|equally|likewise)\s+to\b|\bas\s+(?:it|they)\s+appl(?:y|ies)\s+to\s+(?:an?\s+)?adults?\b|\bwith\s+(?:the\s+)?necessary\s+modifications\b|\bmutatis\s+mutandis\b|\bin\s+the\s+same\s+(?:way|manner)\s+as\s+(?:to\s+)?(?:an?\s+)?adults?\b`,
  { flag: ['This section applies to a minor [[under the same conditions]].', 'The provision of § 1 [[applies accordingly to]] a minor.', 'Where the victim is a minor, paragraph 1 applies [[in the same terms]].'], pass: ['it is not necessary to show compulsion'] },
);

/** Terms that name children in a definition. */
export const CHILD_TERM = /^(?:child|minor|juvenile|young\s+person|infant)$/i;

/** An age limit in a definition: "under the age of 16 years". */
export const AGE_LIMIT = pattern(
  'child.age-limit',
  'An age limit in a definition of "child": "under the age of 16 years", "below fifteen", "not yet attained the age of 16", "has not completed sixteen years of age" (completed years, as civil-law texts count age).',
  String.raw`\b(?:under|below|less\s+than|younger\s+than|not\s+(?:yet\s+)?(?:attained|reached|completed)|not\s+above)\s+(?:the\s+age\s+of\s+)?(\d{1,2}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen)\b`,
  { flag: ['"child" means a person [[under the age of 16]] years', '"minor" means a person who has [[not completed fifteen]] years of age', 'a person who has [[not yet completed the age of 16]]'], pass: ['"child" means a person who is a minor', '"minor" means a person who has not completed his or her schooling'] },
);

export const NUMBER_WORDS: Record<string, number> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
};

/**
 * One of the means of trafficking asked of a child: "the child was deceived or induced by the trafficker",
 * "proof of deception". A child limb that still asks for one lowers the adults' test at most; it does not
 * relieve the child of the means, which a child need not show (CTOC/COP/WG.4/2020/2, para. 56).
 */
export const MEANS_ASKED = pattern(
  'child.means-asked',
  'A means of trafficking that a child limb still asks the child to show: "the child was deceived or induced", "the minor had been threatened", "proof of deception".',
  String.raw`\b(?:was|were|had\s+been|has\s+been|is|are)\s+(?:[a-z]{2,20}ly\s+)?(?:deceived|defrauded|tricked|misled|threatened|intimidated|abducted|induced|lured|enticed|manipulated)\b|\b(?:evidence|proof)\s+of\s+(?:any\s+)?(?:deception|fraud|threats?|violence|force|coercion|intimidation|abduction|inducement)\b|\b(?:show|shows|prove|proves|establish|establishes|demonstrate|demonstrates)\s+(?:deception|fraud|threats?|violence|force|coercion|intimidation|abduction|inducement)\b`,
  {
    flag: ['it is enough to show that the child [[was deceived]] by the trafficker', 'if the minor [[had been threatened]]', 'on [[proof of deception]]', 'the young person [[was induced]] to act'],
    pass: ['the child was trafficked', 'whatever the means used', 'the child was recruited for exploitation'],
  },
);

/**
 * The means of trafficking in words that describe the offence the victim committed, not what the
 * trafficker did to the victim: "provided that they were not committed with violence or serious threat
 * against a person", "unless it was committed using violence", "offences involving violence against
 * others". Such words carve offences out of the protection (NP009); they ask the victim to show nothing.
 * The span runs from the words that introduce the manner of the offence to the end of the clause.
 */
export const OFFENCE_MANNER = /\b(?:(?:committed|done|perpetrated|carried\s{1,4}out)\s{1,4}(?:with|using|by\s{1,4}the\s{1,4}use\s{1,4}of)|(?:offen[cs]es?|crimes?|acts?|conduct)\s{1,4}(?:that\s{1,4}|which\s{1,4})?involv(?:e|es|ed|ing)|offen[cs]es?\s{1,4}of)\s[^,;.\n]{0,160}/gi;
