import { pattern } from '../../patterns.js';

/**
 * Conditions on a non-punishment provision: the victim's co-operation, the trafficker's prosecution
 * or conviction, formal identification or certification (ASEAN Guideline (2025), Guideline [1],
 * Section 1 and Section 3; Annex 4, A/HRC/47/34, para. 58; CTOC/COP/WG.4/2022/2, para. 19(b)).
 * Examples paraphrase English, US, German, South African, Caribbean and Mekong wording.
 */

// The protected person as provisions name them, children included ("if the child co-operates with the police").
const PERSON = String.raw`(?:the\s+|such\s+(?:a\s+)?|that\s+)?(?:victim|trafficked\s+person|person|petitioner|applicant|accused|defendant|movant|child|minor|young\s+person|juvenile|he\s+or\s+she|he|she|they)`;

/**
 * Testimony or a statement in any wording: "gives testimony", "makes a statement to the police",
 * "appears as a witness for the prosecution", "acts as a witness". A statement is co-operation only
 * when it is made to the authorities or against the offender (a statement to the court that raises the
 * defence is not).
 */
const WITNESS = String.raw`(?:gives?|given|giving|provides?|provided)\s+(?:his\s+or\s+her\s+|her\s+or\s+his\s+|their\s+)?(?:testimony|a\s+deposition|witness\s+statements?)|(?:makes?|made|making)\s+(?:a\s+|any\s+)?(?:(?:formal|written|sworn|full)\s+)?(?:statements?|depositions?|declarations?|complaints?)\s+(?:to|before|against|with)\s+(?:the\s+|an?\s+)?(?:police|authorit\w{1,3}|investigat\w{1,6}|prosecut\w{1,6}|law\s+enforcement|competent|traffickers?|offenders?|perpetrators?|accused|exploiters?)|(?:appears?|appeared|acts?|acted|serves?|served|testif\w{1,4})\s+as\s+(?:a\s+|the\s+)?(?:\w{1,20}\s+)?witness|bears?\s+witness\s+against`;

/** The victim must co-operate, report, testify or give evidence. */
export const COOPERATION = {
  proviso: pattern(
    'condition.cooperation',
    'Protection only if the victim co-operates with the authorities, assists them, testifies or gives evidence: "provided that the victim co-operates with the police", "only if the petitioner has cooperated with law enforcement".',
    String.raw`\b(?:provided\s+(?:always\s+)?that|on\s+condition\s+that|only\s+if|if|where|so\s+long\s+as|as\s+long\s+as|subject\s+to\s+the\s+condition\s+that)\s+${PERSON}\s+(?:has\s+|have\s+|had\s+)?(?:(?:voluntarily|actively|fully|promptly)\s+)?(?:co-?operat\w{0,5}|participat\w{0,5}\s+in\s+(?:the\s+)?(?:criminal\s+)?(?:proceedings|investigation|trial|prosecution)|(?:informs?|informed|notif(?:y|ies|ied)|reports?\s+to|reported\s+to)\s+(?:the\s+)?(?:authorities|police|competent|law\s+enforcement|prosecut\w{0,5})|assist\w{0,4}\s+(?:the\s+)?(?:police|authorities|law\s+enforcement|investigat\w{0,5}|prosecut\w{0,5}|competent)|testif\w{0,4}|agree\w{0,2}\s+to\s+(?:testify|co-?operate|give\s+evidence)|gives?\s+evidence|given\s+evidence|provid\w{0,4}\s+(?:evidence|information|testimony)|${WITNESS}|reports?\s+the\s+(?:offen[cs]e|crime|trafficking)|reported\s+the\s+(?:offen[cs]e|crime|trafficking))\b[^.;]{0,80}`,
    {
      flag: [
        'shall not be prosecuted, [[provided that the victim co-operates with the police in the investigation]].',
        'The court may grant the petition [[only if the petitioner has cooperated with any reasonable request of law enforcement]].',
        'is exempt from punishment [[if he or she testifies against the trafficker]].',
        'shall be released from liability [[if he or she voluntarily informs the authorities and actively assists in uncovering the crime]].',
        'shall not be held liable, [[on condition that the victim participates in the criminal proceedings against the perpetrator]].',
        'shall not be prosecuted for any offence committed as a direct result of being trafficked, [[if the child co-operates with the police in the investigation of the trafficking]].',
        'A minor shall not be detained for that conduct [[where the minor assists the police in locating the trafficker]].',
        'shall be released from liability, [[on condition that he or she gives testimony in the case against the recruiter]].',
        'shall not be punished [[provided that the victim makes a statement to the police about the exploitation]].',
        'shall be exempt from liability [[if the person appears as a witness for the prosecution]].',
      ],
      pass: ['whether or not the person co-operates with the authorities', 'where the person assisted in committing the offence under duress', 'provided that the victim\'s participation was a direct consequence of the violence suffered'],
    },
  ),
  // A second condition joined to the first ("if the offence was a direct result of the trafficking and the victim
  // reported to the police within 30 days"), or a paragraph of a list of conditions ("where— (a) ...; and (b) the
  // victim has reported the circumstances to a police officer"): the victim's co-operation, as in `proviso`.
  conjunct: pattern(
    'condition.cooperation-conjunct',
    'Protection only if, besides another condition, the victim reports to the authorities, co-operates, testifies or gives evidence: "... and the victim reported to the police within 30 days", "(b) the victim has reported the circumstances to a police officer".',
    String.raw`(?:\band\s+(?:\((?:[a-h]|i{1,3}|iv|v|\d{1,2})\)\s+)?|^\s{0,4}\((?:[a-h]|i{1,3}|iv|v|\d{1,2})\)\s+)${PERSON}\s+(?:has\s+|have\s+|had\s+)?(?:(?:voluntarily|actively|fully|promptly)\s+)?(?:co-?operat(?:es|ed|e)\b|(?:informs?|informed|notif(?:y|ies|ied))\s+(?:the\s+)?(?:authorities|police|competent|law\s+enforcement|prosecut\w{0,5})|reports?\s+(?:(?:the\s+|this\s+|that\s+)?[\w-]{1,20}\s+){0,2}?to\s+(?:the\s+|an?\s+)?(?:(?:[\w-]{1,20}\s+){0,2}?(?:authorit(?:y|ies)|police|prosecut\w{0,5}|law\s+enforcement))|reported\s+(?:(?:the\s+|this\s+|that\s+)?[\w-]{1,20}\s+){0,2}?to\s+(?:the\s+|an?\s+)?(?:(?:[\w-]{1,20}\s+){0,2}?(?:authorit(?:y|ies)|police|prosecut\w{0,5}|law\s+enforcement))|assist(?:s|ed)?\s+(?:the\s+)?(?:police|authorities|law\s+enforcement|investigat\w{0,5}|prosecut\w{0,5})|testif(?:y|ies|ied)\b|gives?\s+evidence|given\s+evidence|${WITNESS})\b[^.;]{0,80}`,
    {
      flag: [
        'if the offence was a direct result of the trafficking [[and the victim reported to the police within 30 days]].',
        'where the act was compelled [[and the person has co-operated with the investigation]]',
        'if the offence arose from the trafficking [[and the victim makes a complaint to the police within a reasonable time]]',
        'shall not be punished for the offence [[and the victim has reported the matter to a police officer as soon as practicable]]',
      ],
      pass: [
        'A victim shall not be prosecuted and shall be informed of the right to report the trafficking to the police.',
        'The victim and the witness shall be protected.',
        'whether or not the person has co-operated with the investigation and whether or not the person reported to the police',
        'if the offence was a direct result of the trafficking and the victim was under 18.',
      ],
    },
  ),
  // The francophone "excuse absolutoire" for a co-offender who denounces: exempt if the person informs
  // the authority, before proceedings, and enables the identification of the others. Informing on the
  // trafficker is co-operation under another name.
  informs: pattern(
    'condition.informs-authority',
    'Protection only if the victim informs an authority of the offence, whatever words stand between ("if, before any proceedings are brought, the victim informs the judicial authority").',
    String.raw`\b(?:if|where|provided\s+that|on\s+condition\s+that|only\s+if)(?:\s{0,4},[^,;.]{1,80},)?\s+${PERSON}\s+(?:informs?|notif(?:y|ies)|alerts?|reveals?\s+to|discloses?\s+to|reports?\s+to|denounces?\s+(?:the\s+)?(?:offen[cs]e|facts|traffickers?)\s+to)\s+(?:the\s+|an?\s+)?(?:[\w-]{1,20}\s+(?:or\s+|and\s+)?){0,3}?(?:authorit(?:y|ies)|police|prosecutors?|judge|court)\b`,
    {
      flag: ['is exempt from penalty [[if, before any charge is laid, the victim informs the administrative or judicial authority]] of the facts'],
      pass: ['The police shall inform the victim of the right to a reflection period.', 'if the victim was compelled by the trafficker'],
    },
  ),
  enablesIdentification: pattern(
    'condition.enables-identification',
    'Protection earned by helping to find the other offenders: "enables the identification of the other participants", "leads to the arrest of the perpetrators".',
    String.raw`\b(?:enables?|enabled|allows?|allowed|permits?|permitted|makes?\s+(?:it\s+)?possible|made\s+(?:it\s+)?possible|leads?\s+to|led\s+to|facilitates?|facilitated)\s+(?:the\s+)?(?:identification|arrest|apprehension|prosecution|conviction|discovery|capture)\s+of\s+(?:the\s+|any\s+)?(?:other\s+)?(?:participants|perpetrators?|offenders?|accomplices|co-?offenders|traffickers?|culprits|authors|persons\s+responsible)\b`,
    {
      flag: ['exempt from punishment if the victim reports the facts and [[enables the identification of the other participants]]', 'where the information given [[led to the arrest of the traffickers]]'],
      pass: ['The authorities shall ensure the identification of victims.'],
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

/**
 * The protected person described by what they do for the authorities: "a victim who has cooperated
 * with law enforcement", "a person who undertakes to testify against the offender", "a victim who
 * gives evidence for the prosecution". Read only in the words naming whom a protection covers.
 */
export const COOPERATING_PERSON = pattern(
  'condition.cooperating-person',
  'The protected person defined by co-operation or testimony: "a victim who has cooperated with law enforcement", "who undertakes to testify against the offender", "who gives evidence for the prosecution".',
  String.raw`\bwho\s+(?:has\s+|have\s+|had\s+)?(?:(?:voluntarily|actively|fully)\s+)?(?:co-?operat(?:es|ed|e)\b|(?:assist(?:s|ed)?|help(?:s|ed)?|aid(?:s|ed)?)\s+(?:the\s+|an?\s+)?(?:[\w-]{1,20}\s+){0,2}?(?:police|authorities|law\s+enforcement|investigat\w{0,5}|prosecut\w{0,5}|competent|inquiry|enquiry)|testif(?:y|ies|ied)\b|gives?\s+evidence|given\s+evidence|${WITNESS}|provid(?:es|ed|e)\s+(?:the\s+[\w-]{1,20}\s+with\s+)?(?:information|evidence|testimony)\s+(?:leading|that\s+leads|that\s+led|which\s+leads|about|on|concerning|against|to)|(?:agrees?|agreed|undertakes?|undertook|consents?|consented|(?:is|are)\s+willing|(?:is|are)\s+prepared)\s+to\s+(?:testify|co-?operate|give\s+evidence|assist|provide\s+(?:evidence|information|testimony))|participat(?:es|ed|e)\s+in\s+(?:the\s+)?(?:criminal\s+)?(?:proceedings|investigation|trial|prosecution)|report(?:s|ed)\s+(?:the\s+)?(?:offen[cs]e|crime|trafficking|trafficker))\b(?:\s+(?!(?:shall|is|are|may|must|will|cannot|can|has|have)\b)[\w'’-]{1,30}){0,12}`,
  {
    flag: [
      'A victim of human trafficking [[who has cooperated with law enforcement in the investigation of the trafficking]] is not criminally liable',
      'A certified victim, [[who agrees to give evidence against the trafficker]], shall not be prosecuted',
      'A victim [[who gives evidence for the prosecution in proceedings against the trafficker]] shall not be prosecuted',
      'A trafficked person [[who helps the State Prosecutor in the inquiry and testifies against those responsible]] shall be exempted',
      'A victim [[who provides information leading to the arrest of the trafficker]] is not liable',
      'A trafficked person [[who gives testimony against the exploiter]] shall not be punished',
    ],
    pass: ['A victim who has been trafficked shall not be prosecuted', 'a person who committed the offence as a direct result of being trafficked'],
  },
);

/**
 * Protection that waits on an official's opinion or certificate: "if the Director is satisfied that
 * the victim acted under the direction of the trafficker", "where the Minister is of the opinion that
 * the person is a victim", "where the Commissioner of Police certifies". A court deciding the facts is
 * not an official's condition (the burden of proof before it is defendant-burden's).
 */
export const OFFICIAL_OPINION = pattern(
  'condition.official-opinion',
  'Protection only if an official or a body is satisfied, of the opinion, or certifies that the person is a victim or that the link exists: "if the Director is satisfied that", "where the Minister is of the opinion that", "to the satisfaction of the Council".',
  String.raw`\b(?:if|where|when|once|unless|after|provided\s+that)\s+(?:the\s+|an?\s+|any\s+)?(?:[\w'’-]{1,30}\s+){0,4}?(?:Director|Minister|Commissioner|Attorney[\s-]General|Prosecutor|Secretary|Council|Committee|Commission|Board|Agency|Authority|Task\s+Force|Registrar|police|officer|official)\s+(?:of\s+(?:the\s+)?(?:Public\s+Prosecutions|Police|Immigration|Justice|Labour|Social\s+\w{1,20})\s+)?(?:is\s+|are\s+|was\s+|has\s+been\s+)?(?:satisfied|of\s+the\s+opinion|convinced|certif(?:y|ies|ied)|considers|believes|determines|decides|confirms|recogni[sz]es)\b|\bto\s+the\s+satisfaction\s+of\s+(?:the\s+|an?\s+)?(?:[\w'’-]{1,30}\s+){0,4}?(?:Director|Minister|Commissioner|Attorney[\s-]General|Prosecutor|Secretary|Council|Committee|Commission|Board|Agency|Authority|Task\s+Force|police|officer|official)\b`,
  {
    flag: [
      'is not to be charged with loitering, [[if the Director is satisfied]] that the victim acted under the direction of the trafficker.',
      'shall not be detained [[where the Minister is of the opinion]] that the person is a genuine victim.',
      'shall not be prosecuted [[where the Commissioner of Police certifies]] that the person is a victim.',
      'is exempt, if the victim shows [[to the satisfaction of the Anti-Trafficking Council]] that',
    ],
    pass: ['A person is not guilty of an offence if the court is satisfied that the person committed it as a direct result of being trafficked.', 'proves, to the satisfaction of the investigating magistrate, that'],
  },
);

/** Protection waits for the trafficker's prosecution or conviction. */
export const TRAFFICKER_PROSECUTED = pattern(
  'condition.trafficker-prosecuted',
  'Protection that waits for the trafficker\'s prosecution or conviction: "where a person has been convicted of trafficking the victim", "upon the conviction of the trafficker".',
  String.raw`\b(?:where|if|once|after|when)\s+(?:a\s+|the\s+|another\s+)?(?:person|trafficker|offender|perpetrator)\s+(?:has\s+been|have\s+been|is|was)\s+(?:convicted|prosecuted|charged|indicted|found\s+guilty)\s+(?:of|for|with)\s+(?:the\s+)?(?:trafficking|an?\s+offen[cs]e\s+(?:of|under)\b[^.;,]{0,40}?trafficking)\b|\b(?:upon|on|after|following|subject\s+to)\s+the\s+(?:final\s+)?(?:conviction|prosecution|indictment)\s+of\s+the\s+(?:trafficker|offender|perpetrator)s?\b|\b(?:once|after|when|where|if|provided\s+that)\s+(?:the\s+)?(?:fact\s+of\s+(?:the\s+)?)?(?:trafficking|offen[cs]e\s+of\s+trafficking|crime\s+of\s+trafficking|exploitation)\s+(?:has\s+been|have\s+been|is|was)\s+(?:established|confirmed|proved|proven|determined)\s+(?:by|in)\s+(?:a|the)\s+(?:final\s+|binding\s+|definitive\s+)?(?:court\s+)?(?:judge?ment|verdict|conviction|decision\s+of\s+(?:a|the)\s+court)\b|\b(?:once|after|when|where|if|until)\s+(?:a|the)\s+(?:final\s+|binding\s+|definitive\s+)?(?:court\s+)?(?:judge?ment|verdict|decision)\s+(?:has\s+|have\s+)?(?:established|confirmed|found|determined|proved)\s+(?:that\s+)?(?:the\s+)?(?:trafficking|offen[cs]e\s+of\s+trafficking|crime\s+of\s+trafficking|exploitation)\b|\b(?:once|after|when|where|if)\s+(?:criminal\s+)?proceedings\s+(?:for\s+trafficking\s+)?(?:have\s+been|has\s+been|are|were|is)\s+(?:instituted|initiated|brought|commenced|opened)\s+against\s+the\s+(?:trafficker|offender|perpetrator)s?\b`,
  {
    flag: [
      '[[Where a person has been convicted of trafficking]] the victim, the victim shall be exempted',
      'shall not be punished [[upon the conviction of the trafficker]]',
      'shall not be punished, [[once the trafficking has been established by a final judgment]] of a court.',
      'shall be exempt [[after criminal proceedings have been instituted against the trafficker]]',
      'the fine shall be lifted [[once a binding judgment has established the trafficking]] of which the person was the victim',
    ],
    pass: ['whether or not anyone has been charged with or convicted of trafficking the person', 'A certificate of the conviction of any person for trafficking the victim is conclusive evidence', 'The trafficking may be established by any evidence, and no judgment against the trafficker is required.'],
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
  certifiedVictim: pattern(
    'condition.certified-victim',
    'A protected person described by a formal status: "a certified victim", "a recognised victim of trafficking", "a person in respect of whom a conclusive grounds decision has been made", "a victim holding a residence permit".',
    String.raw`\b(?:certified|accredited|registered|officially\s+recogni[sz]ed)\s+(?:victims?|trafficked\s+persons?)\b|\b(?:positive\s+)?conclusive\s+grounds\s+decision\b|\b(?:holding|who\s+holds?|in\s+possession\s+of|granted|issued\s+with)\s+(?:a\s+|an\s+)?(?:valid\s+)?(?:temporary\s+)?(?:residence\s+permit|T\s+visa|victim\s+certificate|certificate\s+of\s+victim\s+status)\b`,
    {
      flag: ['A [[certified victim]] of trafficking shall not be prosecuted', 'A person in respect of whom a [[positive conclusive grounds decision]] has been made', 'A victim [[holding a residence permit]] issued under Article 10 shall not be penalised'],
      pass: ['A victim shall not be prosecuted whether or not a residence permit has been applied for.', 'a certificate of the conviction of the trafficker'],
    },
  ),
  certifiedUnder: pattern(
    'condition.certified-under',
    'Only persons certified, recognised or designated as victims under a procedure or by an authority: "a person certified under subsection (1)", "a certificate of recognition".',
    String.raw`\b(?:certified|recogni[sz]ed|designated|identified|confirmed)\s+(?:as\s+(?:(?:a\s+|an\s+)?(?:victims?|trafficked\s+persons?)|such)\s+)?(?:of\s+(?:human\s+)?trafficking(?:\s+in\s+(?:persons|human\s+beings))?\s+)?(?:under|by|pursuant\s+to|in\s+accordance\s+with)\s+(?:section|subsection|article|regulation|this\s+(?:Law|Act|Code|Article|Chapter|Part)\b|the\s+procedure|the\s+(?:[\w'’-]{1,30}\s+){0,4}?(?:Council|Committee|Commission|Agency|Authority|Board|Office|Unit|Ministry|Department|Mechanism|Centre|Center|Task\s+Force)|the\s+(?:Minister|Director|Task\s+Force|Committee|Commission|competent|relevant|National))\b|\bcertificate\s+of\s+(?:recognition|identification|victim\s+status)\b|\bholds?\s+(?:a\s+|an\s+)?(?:valid\s+)?(?:certificate|letter)\s+of\s+(?:recognition|identification)\b`,
    { flag: ['A person [[certified under subsection]] (1) shall not be detained', 'A [[certificate of recognition]] issued under section 18', 'who has been so [[certified by the Anti-Trafficking Council]]', 'A person [[recognised as a victim by the National Anti-Trafficking Committee]]', 'A trafficked child [[confirmed as such by the Commission]] shall not be detained', 'A person [[recognised as a victim of trafficking in persons in accordance with this Law]] shall be exempt'], pass: ['Trafficked persons shall be recognized as victims of the act or acts of trafficking and as such shall not be penalized'] },
  ),
} as const;

/**
 * Protection only for a person an authority has granted a status: "a person who has been granted the
 * status of a victim", "granted victim status", "holds the status of a person affected by trafficking".
 * Read only in the words naming whom a protection covers, or in a sentence limiting a provision.
 */
export const GRANTED_STATUS = pattern(
  'condition.granted-status',
  'A protected person described by a status an authority grants: "a person who has been granted the status of a victim", "granted victim status", "who holds the status of a person affected by trafficking".',
  String.raw`\b(?:granted|given|accorded|awarded|assigned|conferred|holds?|holding|obtained|acquired)\s+(?:with\s+)?(?:the\s+|a\s+)?(?:official\s+|formal\s+|legal\s+)?(?:status\s+of\s+(?:an?\s+)?(?:victims?|survivors?|trafficked|persons?\s+(?:who\s+(?:has\s+|have\s+)?(?:suffered|been\s+affected)|affected|injured))|(?:victim|survivor)\s+status|status\s+as\s+(?:an?\s+)?(?:victim|survivor))\b`,
  {
    flag: ['A foreigner [[granted the status of a victim]] of trafficking shall not be detained', 'A person who has been [[granted the status of a person who suffered]] from trafficking shall be released', 'Only a person [[holding victim status]] is exempt from liability'],
    pass: ['whether or not the person has applied for victim status', 'The Ministry shall decide on victim status within thirty days.'],
  },
);

/**
 * Protection that requires documents from an authority confirming victim status: "the petition must
 * be accompanied by official documentation from a government agency", "must produce a certificate
 * from a government agency confirming that the petitioner was a victim".
 */
export const DOCUMENTATION = pattern(
  'condition.documentation-required',
  'Protection that requires an official document confirming victim status: "must be accompanied by official documentation from a government agency", "must produce a certificate from the police".',
  String.raw`\b(?:must|shall)\s+(?:be\s+(?:accompanied|supported)\s+by|(?:produce|submit|provide|present|attach|include|furnish|file)(?:\s+with\s+(?:it|the\s+(?:petition|motion|application)))?)\s+(?:an?\s+|the\s+)?(?:official\s+|certified\s+|written\s+)?(?:documentation|documents?|certificates?|certification|letters?|confirmation|attestation)\s+(?:from|issued\s+by|of)\s+(?:an?\s+|the\s+|any\s+)?(?:[\w,'’-]{1,30}\s+){0,8}?(?:(?:government\s+)?(?:agency|agencies|authority|authorities|body|department|ministry|office|official|police|mechanism|unit)|government)\b`,
  {
    flag: [
      'The application [[must be accompanied by official documentation from a federal, state, local or tribal government agency]] confirming',
      'The applicant [[shall produce a certificate from the national referral authority]] confirming that the applicant was trafficked',
    ],
    pass: ['The petition must be accompanied by a copy of the judgment of conviction.', 'Official documentation from a government agency is not required; any evidence may be offered.'],
  },
);

/** A condition named only to be excluded: "whether or not the person has been identified". */
export const NEGATED_CONDITION = pattern(
  'condition.negated',
  'Words that say a condition does not apply: "whether or not", "regardless of whether", "is not required", "need not".',
  String.raw`\b(?:whether\s+or\s+not|regardless\s+of\s+whether|irrespective\s+of\s+whether|without\s+(?:the\s+need|requiring|regard\s+to\s+whether)|need\s+not|(?:is|are)\s+not\s+(?:required|necessary|conditional|dependent)|(?:shall|will)\s+not\s+be\s+(?:required|necessary|demanded|requested)|does\s+not\s+depend|or\s+(?:who\s+|that\s+)?(?:declines?|refuses?|fails?|chooses\s+not)\s+to\s+(?:do\s+so|testify|co-?operate|give\s+evidence|assist))\b`,
  { flag: ['[[whether or not]] the person has been formally identified', 'a victim who testifies against the trafficker, [[or who declines to do so]],'], pass: ['only if the person has been formally identified'] },
);

/**
 * The protection lost by what the victim does or refuses after it is given: leaving a shelter, refusing
 * assistance or repatriation (read with words ending the protection in the same sentence, in code:
 * "The immunity ... shall cease where the victim leaves a designated shelter without permission").
 */
export const VICTIM_CONDUCT = pattern(
  'condition.victim-conduct',
  'A condition on the victim\'s later conduct that ends the protection: "where the victim leaves a designated shelter", "if the person refuses to be repatriated", "should the victim decline the assistance offered", "a victim who leaves the assistance programme", "a victim who, after being identified, continues to engage in the activity".',
  String.raw`\b(?:where|if|when|should|once|in\s+the\s+event\s+that)\s+(?:the\s+)?(?:victim|person|trafficked\s+person|child|he|she|they)\s+(?:leaves|absconds\s+from|refuses\s+to\s+(?:stay|remain|reside|accept|receive|be\s+repatriated|return|undergo)|declines\s+to\s+(?:stay|remain|accept|be\s+repatriated|return)|declines\s+(?:the\s+)?(?:assistance|services|shelter|support)|refuses\s+(?:the\s+)?(?:assistance|services|shelter|support|repatriation)|fails\s+to\s+(?:remain|stay|reside|complete)|continues\s+to\s+(?:engage|take\s+part|participate|work)|resumes)\b|\b(?:victims?|persons?|child(?:ren)?|minors?)\s+who(?:\s{0,4},[^,;.]{1,60},)?\s+(?:leaves?|abscond\w{0,2}\s+from|refuses?\s+(?:to\s+(?:stay|remain|accept|be\s+repatriated|return)|(?:the\s+)?(?:assistance|services|shelter|support|repatriation))|declines?\s+(?:the\s+)?(?:assistance|services|shelter|support)|fails?\s+to\s+(?:remain|stay|complete)|continues?\s+to\s+(?:engage|take\s+part|participate|work)|resumes?)\b`,
  {
    flag: [
      'The immunity shall cease [[where the victim leaves]] a designated shelter without permission',
      'the protection is withdrawn [[if the person refuses to be repatriated]]',
      'the exemption lapses [[if the victim declines the assistance]] offered',
      'Paragraph 1 ceases to apply to a [[victim who leaves]] the support programme early',
      'Subsection (1) shall cease to apply to a [[person who, once recognised as a victim, continues to engage]] in the activity',
    ],
    pass: ['A victim who was moved to a shelter shall be given information about further support.', 'where the victim was compelled to commit the offence'],
  },
);

/** Words ending a protection, which make a condition on the victim's conduct (VICTIM_CONDUCT) one the protection depends on. */
export const PROTECTION_ENDS = /\b(?:ceases?|stops?\s{1,8}(?:applying|having\s{1,8}effect)|cease\s{1,8}to\s{1,8}(?:apply|have\s{1,8}effect)|(?:is|are|shall\s{1,8}be|be)\s{1,8}(?:lost|forfeited|withdrawn|revoked|terminated)|laps(?:es?|ed)|(?:does|do|shall)\s{1,8}not\s{1,8}apply|no\s{1,8}longer\s{1,8}appl(?:y|ies))\b/i;

/**
 * The protection lost on the victim's own conviction, or denied to a person with a conviction (read with
 * words ending or disapplying the protection in the same sentence, PROTECTION_ENDS, in code): the
 * protection exists to prevent that conviction, so the condition defeats it.
 */
export const VICTIM_CONVICTED = pattern(
  'condition.victim-convicted',
  'The protection ended by the victim\'s own conviction, or withheld from a person with a conviction: "ceases to have effect on that person\'s conviction for any offence", "does not apply to a person who has been convicted of an offence".',
  String.raw`\b(?:on|upon|after|following|from)\s+(?:that\s+person['’]s|the\s+person['’]s|the\s+victim['’]s|his\s+or\s+her|her\s+or\s+his|his|her|their)\s+(?:(?:first|subsequent|later)\s+)?(?:conviction|being\s+convicted)\b|\b(?:person|victim|individual|one)\s+who\s+(?:has\s+(?:previously\s+)?been|is|was|had\s+(?:previously\s+)?been)\s+(?:previously\s+)?convicted\s+of\s+(?:an?|any)\s+(?:other\s+)?(?:criminal\s+)?(?:offen[cs]e|crime)\b(?!\s{1,4}(?:of|under|involving)\s{1,4}(?:the\s{1,4})?(?:human\s{1,4})?traffick)`,
  {
    flag: ['Subsection (1) ceases to have effect in relation to a person [[on that person\'s conviction]] for any offence.', 'Section 4 does not apply to a [[person who has been convicted of an offence]].'],
    pass: ['This section does not apply to a person who has been convicted of an offence of trafficking.', 'A person who has been convicted may apply to have the conviction vacated.'],
  },
);
