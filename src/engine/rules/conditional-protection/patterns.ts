import { pattern } from '../../patterns.js';

/**
 * Conditions on a non-punishment provision: the victim's co-operation, the trafficker's prosecution
 * or conviction, formal identification or certification (ASEAN Guideline (2025), Guideline [1],
 * Section 1 and Section 3; Annex 4, A/HRC/47/34, para. 58; CTOC/COP/WG.4/2022/2, para. 19(b)).
 * Examples paraphrase English, US, German, South African, Caribbean and Mekong wording.
 */

const PERSON = String.raw`(?:the\s+|such\s+(?:a\s+)?|that\s+)?(?:victim|person|petitioner|applicant|accused|defendant|movant|he\s+or\s+she|he|she|they)`;

/** The victim must co-operate, report, testify or give evidence. */
export const COOPERATION = {
  proviso: pattern(
    'condition.cooperation',
    'Protection only if the victim co-operates with the authorities, assists them, testifies or gives evidence: "provided that the victim co-operates with the police", "only if the petitioner has cooperated with law enforcement".',
    String.raw`\b(?:provided\s+(?:always\s+)?that|on\s+condition\s+that|only\s+if|if|where|so\s+long\s+as|as\s+long\s+as|subject\s+to\s+the\s+condition\s+that)\s+${PERSON}\s+(?:has\s+|have\s+|had\s+)?(?:co-?operat\w{0,5}|assist\w{0,4}\s+(?:the\s+)?(?:police|authorities|law\s+enforcement|investigat\w{0,5}|prosecut\w{0,5}|competent)|testif\w{0,4}|agree\w{0,2}\s+to\s+(?:testify|co-?operate|give\s+evidence)|gives?\s+evidence|given\s+evidence|provid\w{0,4}\s+(?:evidence|information|testimony)|reports?\s+the\s+(?:offen[cs]e|crime|trafficking)|reported\s+the\s+(?:offen[cs]e|crime|trafficking))\b[^.;]{0,80}`,
    {
      flag: [
        'shall not be prosecuted, [[provided that the victim co-operates with the police in the investigation]].',
        'The court may grant the petition [[only if the petitioner has cooperated with any reasonable request of law enforcement]].',
        'is exempt from punishment [[if he or she testifies against the trafficker]].',
      ],
      pass: ['whether or not the person co-operates with the authorities', 'where the person assisted in committing the offence under duress', 'provided that the victim\'s participation was a direct consequence of the violence suffered'],
    },
  ),
  reporting: pattern(
    'condition.by-reporting',
    'Protection earned by reporting the offence: "where the victim, by reporting that offence, causes …".',
    String.raw`\bby\s+(?:reporting|denouncing|disclosing)\s+(?:that|the|an?|this)\s+(?:offen[cs]e|crime|trafficking)\b`,
    { flag: ['Where the victim of coercion, [[by reporting that offence]], causes a lesser offence to be disclosed'], pass: ['A victim may report the offence to the police.'] },
  ),
  exchange: pattern(
    'condition.in-exchange',
    'Immunity in exchange for evidence or testimony.',
    String.raw`\bin\s+(?:exchange|return)\s+for\s+(?:his\s+or\s+her\s+|her\s+or\s+his\s+|his\s+|her\s+|their\s+|the\s+victim's\s+)?(?:testimony|evidence|co-?operation|assistance)\b`,
    { flag: ['shall not be prosecuted [[in exchange for his or her testimony]]'], pass: ['shall not be prosecuted for any offence'] },
  ),
} as const;

/** Protection waits for the trafficker's prosecution or conviction. */
export const TRAFFICKER_PROSECUTED = pattern(
  'condition.trafficker-prosecuted',
  'Protection that waits for the trafficker\'s prosecution or conviction: "where a person has been convicted of trafficking the victim", "upon the conviction of the trafficker".',
  String.raw`\b(?:where|if|once|after|when)\s+(?:a\s+|the\s+|another\s+)?(?:person|trafficker|offender|perpetrator)\s+(?:has\s+been|have\s+been|is|was)\s+(?:convicted|prosecuted|charged|indicted|found\s+guilty)\s+(?:of|for|with)\s+(?:the\s+)?(?:trafficking|an?\s+offen[cs]e\s+(?:of|under)\b[^.;,]{0,40}?trafficking)\b|\b(?:upon|on|after|following)\s+the\s+(?:conviction|prosecution|indictment)\s+of\s+the\s+(?:trafficker|offender|perpetrator)s?\b`,
  {
    flag: ['[[Where a person has been convicted of trafficking]] the victim, the victim shall be exempted', 'shall not be punished [[upon the conviction of the trafficker]]'],
    pass: ['whether or not anyone has been charged with or convicted of trafficking the person', 'A certificate of the conviction of any person for trafficking the victim is conclusive evidence'],
  },
);

/** Protection only for victims formally identified, certified or recognised by an authority. */
export const IDENTIFIED = {
  formally: pattern(
    'condition.formally-identified',
    'Only victims formally or officially identified, recognised or certified.',
    String.raw`\b(?:formally|officially)\s+(?:identified|recogni[sz]ed|certified|determined|confirmed)(?:\s+as\s+(?:a\s+)?victims?)?\b`,
    { flag: ['the foreigners who have been [[formally identified as victims]] shall not be detained'], pass: ['whoever has been identified by a neighbour'] },
  ),
  identifiedAsVictims: pattern(
    'condition.identified-as-victims',
    'Only persons "identified as victims of trafficking".',
    String.raw`\b(?:(?:who|that)\s+(?:have|has)\s+been\s+|victims\s+)?identified\s+as\s+(?:a\s+)?victims?\s+of\s+(?:human\s+)?trafficking\b`,
    { flag: ['Ensuring that [[victims identified as victims of trafficking]] are not held in immigration detention', 'Persons [[who have been identified as victims of trafficking]] shall not be deported'], pass: ['Trafficked persons shall be recognized as victims of the act of trafficking'] },
  ),
  certifiedUnder: pattern(
    'condition.certified-under',
    'Only persons certified, recognised or designated as victims under a procedure or by an authority: "a person certified under subsection (1)", "a certificate of recognition".',
    String.raw`\b(?:certified|recogni[sz]ed|designated|identified)\s+(?:as\s+(?:a\s+)?victims?\s+)?(?:of\s+trafficking\s+)?(?:under|by|pursuant\s+to|in\s+accordance\s+with)\s+(?:section|subsection|article|regulation|the\s+(?:Minister|Director|Task\s+Force|Committee|Commission|competent|relevant|National))\b|\bcertificate\s+of\s+(?:recognition|identification|victim\s+status)\b|\bholds?\s+(?:a\s+|an\s+)?(?:valid\s+)?(?:certificate|letter)\s+of\s+(?:recognition|identification)\b`,
    { flag: ['A person [[certified under subsection]] (1) shall not be detained', 'A [[certificate of recognition]] issued under section 18'], pass: ['Trafficked persons shall be recognized as victims of the act or acts of trafficking and as such shall not be penalized'] },
  ),
} as const;

/** A condition named only to be excluded: "whether or not the person has been identified". */
export const NEGATED_CONDITION = pattern(
  'condition.negated',
  'Words that say a condition does not apply: "whether or not", "regardless of whether", "is not required", "need not".',
  String.raw`\b(?:whether\s+or\s+not|regardless\s+of\s+whether|irrespective\s+of\s+whether|without\s+(?:the\s+need|requiring|regard\s+to\s+whether)|need\s+not|is\s+not\s+(?:required|necessary|conditional|dependent)|does\s+not\s+depend)\b`,
  { flag: ['[[whether or not]] the person has been formally identified'], pass: ['only if the person has been formally identified'] },
);
