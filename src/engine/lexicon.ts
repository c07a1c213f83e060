/**
 * The words the recognisers look for, grouped by the legal concept they express. Each pattern is
 * written from the concept (what makes a list closed, a test duress-level, a burden legal rather
 * than evidential), not from one statute's wording, and uses only bounded repetition so that no
 * pattern can backtrack badly on a long paragraph.
 *
 * All patterns are case-insensitive and are applied to one sentence or clause at a time.
 */

/** Wording that takes punishment away: "shall not be held criminally liable", "not to prosecute"... */
export const PUNISHMENT_NEGATION = new RegExp(
  [
    String.raw`\b(?:shall|must|will|should|may|is|are|be|can|cannot)\s+not\s+(?:be\s+)?(?:held\s+|made\s+|deemed\s+|considered\s+)?(?:(?:criminally|administratively|civilly|personally)\s+(?:(?:or|and)\s+(?:criminally|administratively|civilly)\s+)?)?(?:liable|responsible|prosecuted|penali[sz]ed|punished|detained|arrested|charged|fined|imprisoned|sanctioned|convicted|deported|criminali[sz]ed|subject(?:ed)?\s+to|taken\s+action\s+against|treated\s+as\s+(?:an?\s+)?(?:offenders?|criminals?))`,
    String.raw`\bcannot\s+be\s+(?:held\s+)?(?:liable|prosecuted|punished|penali[sz]ed|detained|charged)`,
    String.raw`\bnot\s+(?:to\s+)?(?:prosecut\w*|punish\w*|penali[sz]\w*|detain\w*|arrest\w*|charg\w*|hold\w*|holding|impos\w*\s+(?:any\s+)?(?:penalt|sanction|punishment)\w*)`,
    String.raw`\bexempt(?:ed)?\s+from\s+(?:the\s+|any\s+)?(?:(?:criminal|administrative|civil)\s+(?:(?:and|or)\s+(?:criminal|administrative|civil)\s+)?)?(?:liability|responsibility|prosecution|punishment|penalt\w*)`,
    String.raw`\b(?:shall|will|may|does|do|must)\s+not\s+(?:bear|incur|attract|be\s+subject\s+to)\s+(?:any\s+)?(?:(?:criminal|administrative|civil)\s+(?:(?:and|or)\s+(?:criminal|administrative|civil)\s+)?)?(?:liability|responsibility|penalt\w*|punishment)`,
    String.raw`\breleas(?:e|ed|es)\s+(?:\w+\s+){0,3}?from\s+(?:criminal\s+|administrative\s+)?(?:liability|responsibility|punishment)`,
    // "shall not, for so long as the certificate is in force, be arrested": a clause inside the negation.
    String.raw`\b(?:shall|must|will|may)\s+not\s*,[^,;.]{1,160},\s*(?:be\s+)?(?:held\s+)?(?:criminally\s+)?(?:liable|prosecuted|penali[sz]ed|punished|detained|arrested|charged|convicted)`,
    String.raw`\brefrain\s+from\s+(?:instituting|bringing|commencing|prosecuting)|\bdecline\s+to\s+(?:institute|bring|commence|continue|prosecute)|\bdiscontinue\s+(?:the\s+|any\s+)?(?:proceedings|prosecution)`,
    String.raw`\bimmun(?:e|ity)\s+from\s+(?:criminal\s+)?(?:prosecution|liability|punishment|penalt\w*)`,
    String.raw`\bbarred\s+from\s+(?:taking|instituting|bringing|commencing|initiating)\s+(?:any\s+)?(?:criminal\s+)?(?:proceedings?|prosecutions?|action)`,
    String.raw`\bno\s+(?:criminal\s+)?(?:proceedings?|prosecution|penalty|punishment|sanction)\s+(?:shall|may|will)\s+be\s+(?:brought|instituted|taken|commenced|imposed)`,
    String.raw`\b(?:is|are|shall\s+be\s+found|shall\s+be)\s+not\s+guilty\b`,
    String.raw`\bneither\s+party\s+shall\s+punish`,
    // "No victim of trafficking shall be charged with...": the negation sits on the subject.
    String.raw`\bno\s+(?:victims?|trafficked\s+persons?|persons?\s+who\s+(?:has|have)\s+been\s+trafficked|child(?:ren)?)\b[^.;]{0,80}?\b(?:shall|may|will|is\s+to|are\s+to)\s+be\s+(?:held\s+)?(?:criminally\s+|administratively\s+)?(?:liable|prosecuted|penali[sz]ed|punished|detained|arrested|charged|convicted|fined|imprisoned|subject(?:ed)?\s+to)`,
    String.raw`\baffirmative\s+defen[cs]e`,
    String.raw`\b(?:it\s+is|shall\s+be|is)\s+a\s+(?:complete\s+|full\s+)?defen[cs]e`,
  ].join('|'),
  'gi',
);

/** Who the protection is for: a victim of trafficking, slavery or forced labour. */
export const VICTIM_REFERENCE =
  /\b(?:victims?|traffick\w*|survivors?|exploited|sold)\b|\b(?:slavery|servitude|forced\s+(?:or\s+compulsory\s+)?labou?r|relevant\s+exploitation)\b/i;

/** A section heading that names a non-punishment provision. */
export const PROVISION_HEADING =
  /non[-\s]?(?:punishment|liability|prosecution|criminali[sz]ation|penali[sz]ation)|immunity\s+from\s+(?:prosecution|punishment|liability)|exemption\s+from\s+(?:criminal\s+)?(?:liability|punishment|prosecution)|protection\s+(?:of\s+victims\s+)?from\s+(?:prosecution|punishment|liability|criminali[sz]ation)|defen[cs]e\s+(?:for|of)\s+(?:victims|trafficked|slavery|persons?\s+who)|(?:victims?|trafficked\s+persons?)\b[^.]{0,40}\bnot\s+(?:to\s+be\s+)?(?:punished|prosecuted|liable|penali[sz]ed|criminali[sz]ed|detained)/i;

/** Kinds of offence (ASEAN Guideline Annex 5, and the immigration, document and sex-work offences closed lists are made of). */
export const OFFENCE_KIND =
  /\b(?:immigration|emigration|migration|entry|entering|exit|exiting|leaving|residence|residing|stay|overstay\w*|presence|aliens?|passports?|visas?|permits?|permission|documents?|documentation|forg(?:ed|ery|ing)|false\s+information|prostitution|soliciting|solicitation|sex\s+work|begging|vagrancy|loitering|drugs?|narcotics?|cannabis|theft|shoplifting|pickpocket\w*|labou?r\s+laws?|employment\s+laws?|working)\b|\bthe\s+following\b|\b(?:listed|specified|set\s+out|enumerated)\s+(?:in|below|hereunder)\b|\btrafficking\s+(?:in\s+(?:persons|human\s+beings)\s+)?(?:offen[cs]es|crimes)\b|\b(?:under|against)\s+this\s+(?:law|act|chapter|part|decree|proclamation|code)\b/i;

/** Nouns that name offending in general. Whether a match is general depends on its neighbours. */
export const OFFENCE_NOUN = /\b(?:offen[cs]es?|crimes?|acts?|activit(?:y|ies)|conduct|wrongdoing|violations?|infractions?)\b/gi;

/** Words that open a list: the listed offences are examples, not the limit. */
export const LIST_OPENER =
  /\b(?:including|includes|include|such\s+as|in\s+particular|particularly|for\s+example|for\s+instance|e\.g\.|among\s+others|inter\s+alia|not\s+limited\s+to|without\s+limitation)\b/i;

/** Where the acts covered are introduced: "in respect of", "for", "on the offence of"... */
export const COVERAGE_ANCHOR =
  /\b(?:in\s+respect\s+of|in\s+relation\s+to|relating\s+to|related\s+to|with\s+respect\s+to|with\s+regard\s+to|regarding|concerning|for|on|with)\b/gi;

/** Where the condition of protection begins, ending the list of acts covered. */
export const CONDITION_START =
  /,?\s*\b(?:where|if|when|provided\s+that|to\s+the\s+extent|insofar|in\s+so\s+far|unless)\b|\s(?:that|which)\s+(?:is|are|was|were|have\s+been|has\s+been)\s+(?:a\s+|the\s+)?direct|\s(?:that|which)\s+(?:the\s+(?:person|victim)\s+)?(?:results?|resulted|arises?|arose|flows?|flowed|stems?|stemmed|follows?|followed)\s+(?:directly\s+)?(?:from|out\s+of)|\sthat\s+(?:[\w'’-]+\s+){0,8}?(?:was|were|is|are)\s+(?:a\s+|the\s+)?(?:direct|result|consequence)|,?\s+(?:committed|done|carried\s+out|arising|resulting)\b|\s+as\s+a\s+(?:direct\s+)?(?:result|consequence)\b/i;

/** The causation test: the act was a direct result of being trafficked. */
export const CAUSATION =
  /\bdirect(?:ly)?\s+(?:result|consequence|related|connected|linked|associated|attributable|caused|arising)|\b(?:as\s+an?|in)\s+(?:direct\s+|immediate\s+)?(?:result|consequence)\s+of\b|\barising\s+(?:directly\s+)?(?:from|out\s+of)|\bin\s+(?:the\s+)?(?:process|course)\s+of\s+(?:being\s+)?traffick|\bas\s+an\s+incident|\bin\s+relation\s+to\s+(?:being|their|his|her)\s+(?:being\s+)?traffick|\brelated\s+to\s+(?:being|their|his|her|the)\s+(?:being\s+)?(?:a\s+)?(?:victim|traffick|situation)|\bin\s+connection\s+with\s+(?:being|their|his|her|the)\b|\bimmediate\s+result|\bbecause\s+of\s+(?:being|their|his|her)\s+(?:being\s+)?traffick/i;

/** Duress-level wording: the criminal-law defence of duress, not the non-punishment principle. */
export const DURESS_LEVEL = new RegExp(
  [
    String.raw`\bno\s+(?:other\s+)?(?:realistic|reasonable|real|practical|viable|meaningful)\s+(?:alternative|choice|option)`,
    String.raw`\b(?:(?:imminent|immediate|instant)\s+)?threat(?:s|ened)?\s+(?:of\s+)?(?:immediate\s+|imminent\s+|instant\s+)?(?:death|(?:serious|grievous)\s+(?:bodily\s+|physical\s+|personal\s+)?(?:injury|harm|violence|hurt))(?:\s+or\s+(?:serious|grievous)\s+(?:bodily\s+|physical\s+|personal\s+)?(?:injury|harm|violence|hurt))?`,
    String.raw`\b(?:imminent|immediate)\s+(?:threat|danger|peril|death|harm|violence|injury)`,
    String.raw`\b(?:reasonable\s+)?apprehension\s+(?:of|that)\s+(?:instant\s+|immediate\s+|imminent\s+)?(?:death|(?:grievous|serious)\s+(?:bodily\s+|physical\s+)?(?:hurt|harm|injury|violence))(?:\s+or\s+(?:grievous|serious)\s+(?:bodily\s+|physical\s+)?(?:hurt|harm|injury|violence))?`,
    String.raw`\bno\s+(?:reasonable\s+|real\s+|realistic\s+|safe\s+)?(?:opportunity|means|way)\s+(?:to|of)\s+(?:escap\w*|avoid\w*|withdraw\w*)|\bcould\s+not\s+(?:reasonably\s+)?(?:have\s+)?(?:escaped|avoided|escape|avoid)`,
    String.raw`\bduress\b`,
    String.raw`\breasonable\s+person\b`,
  ].join('|'),
  'gi',
);

/** A bare compulsion test: the act must have been compelled, coerced or forced. */
export const COMPULSION =
  /\bcompell(?:ed|ing)\b|\bcompulsion\b|\bcoerc(?:ed|ion)\b|\bunder\s+(?:threat|force|pressure)\b|\bunder\s+(?:the\s+)?constraint\b|\b(?:was|were|been|being|is|are)\s+threatened\b|\bmade\s+to\s+(?:commit|do|engage|participate|carry|take\s+part)\b|\b(?:(?:was|were|been|being|is|are)\s+)?forced\s+(?:to|into|by)\b|\b(?:was|were|been|being|is|are)\s+forced\b/gi;

/** The means of trafficking, named as what the act must result from ("the situation of violence, intimidation, deception or abuse"). */
export const MEANS_WORD = /\b(?:violence|force|threats?|coercion|intimidation|deception|fraud|abduction|abuse\s+of\s+(?:power|authority|a\s+position\s+of\s+vulnerability))\b/gi;

/** Wording that says a thing need not be shown: "it is not necessary to establish", "irrespective of". */
export const NOT_REQUIRED =
  /\b(?:not\s+(?:be\s+)?(?:necessary|required|needed|relevant)|need\s+not|irrespective\s+of|regardless\s+of|without\s+(?:the\s+need|having|any\s+need|any\s+requirement|requirement|proof|proving|requiring)|no\s+(?:need|requirement)|does\s+not\s+(?:require|matter|have\s+to)|do\s+not\s+(?:require|have\s+to)|whether\s+or\s+not|shall\s+not\s+be\s+required|is\s+not\s+required)\b/i;

/** The same said after the words: "compulsion need not be shown", "the question of coercion shall not arise". */
export const NOT_REQUIRED_AFTER =
  /^[^.;]{0,40}?\b(?:need\s+not\s+be\s+(?:shown|proved|proven|established|demonstrated)|need\s+not\s+be|(?:shall|does|will)\s+not\s+arise|is\s+(?:ir|not\s+)relevant|shall\s+be\s+irrelevant|(?:is|are)\s+not\s+(?:required|necessary))/i;

/** A legal burden on the accused: to prove, establish or satisfy the court. */
export const LEGAL_BURDEN = new RegExp(
  [
    String.raw`\b(?:for|on)\s+(?:the\s+|a\s+)?(?:accused|defendant|person\s+charged|person|victim|trafficked\s+person)\s+to\s+(?:prove|establish|show|satisfy|demonstrate|disprove)\b`,
    String.raw`\b(?:the\s+|a\s+)?(?:accused|defendant|person\s+charged|person|victim|trafficked\s+person|he\s+or\s+she|she\s+or\s+he|he|she|they)\s+(?:proves|establishes|shows|demonstrates|satisfies\s+the\s+court|(?:must|shall|has\s+to|is\s+required\s+to|will\s+have\s+to|needs\s+to)\s+(?:prove|establish|show|demonstrate|satisfy))\b`,
    String.raw`\b(?:burden|onus)\s+(?:of\s+(?:proof|proving|establishing|showing)\b[^.;]{0,120}?\s*)?(?:lies|rests|is|shall\s+(?:lie|rest|be)|falls|will\s+be)\s+(?:up)?on\s+(?:the\s+)?(?:accused|defendant|person\s+charged|victim|person)`,
    String.raw`\bto\s+the\s+satisfaction\s+of\s+the\s+(?:court|tribunal|magistrate|judge|jury)\b`,
    String.raw`\bupon\s+proof\s+by\s+the\s+(?:accused|defendant|person|victim)\b|\bproof\s+by\s+the\s+(?:accused|defendant)\b`,
    // "A person claiming the benefit of subsection (1) shall establish...": whoever claims the protection.
    String.raw`\b(?:claiming|seeking|relying\s+on)\s+(?:the\s+benefit\s+of\s+)?[^.;]{0,60}?\b(?:shall|must|has\s+to|is\s+required\s+to)\s+(?:prove|establish|show|satisfy)\b`,
  ].join('|'),
  'gi',
);

/** A standard of proof named for the accused. */
export const ACCUSED_STANDARD =
  /\b(?:on\s+(?:a|the)\s+)?balance\s+of\s+probabilit(?:y|ies)\b|\bpreponderance\s+of\s+(?:the\s+)?evidence\b|\bclear\s+and\s+convincing\s+evidence\b/gi;

/** Defence wording that, by common-law drafting convention, puts the legal burden on the accused. */
export const AFFIRMATIVE_DEFENCE = /\baffirmative\s+defen[cs]e\b/gi;

/** The State (prosecution) bears the burden: the good practice. */
export const PROSECUTION_BURDEN =
  /\b(?:prosecution|prosecutor|the\s+state|the\s+crown|the\s+people)\b[^.;]{0,80}?\b(?:prove|proving|disprove|disproving|burden|beyond\s+(?:a\s+)?reasonable\s+doubt)/i;

/** Persons under 18: a limb for child victims. */
export const CHILD_REFERENCE =
  /\b(?:child|children|minors?|juveniles?|young\s+persons?|under\s+(?:the\s+age\s+of\s+)?(?:18|eighteen)|below\s+(?:the\s+age\s+of\s+)?(?:18|eighteen))\b/i;

/** Terms that name children in a definition. */
export const CHILD_TERM = /^(?:child|minor|juvenile|young\s+person|infant)$/i;

/** An age limit in a definition: "under the age of 16 years". */
export const AGE_LIMIT =
  /\b(?:under|below|less\s+than|younger\s+than|not\s+(?:yet\s+)?(?:attained|reached)|not\s+above)\s+(?:the\s+age\s+of\s+)?(\d{1,2}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen)\b/i;

export const NUMBER_WORDS: Record<string, number> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
};

/** Cross-references to other sections: "section 14", "s. 14(2)", "article 4". */
export const CROSS_REFERENCE = /\b(?:sections?|s\.|ss\.|articles?|art\.)\s*(\d{1,4}[A-Za-z]{0,2})\b/gi;

/** A definition: "child" means..., **child** includes... */
export const DEFINITION =
  /(?:^|[\s(])["“'‘]([^"”'’\n]{1,80})["”'’]\s+(?:means|includes|shall\s+mean|refers\s+to|has\s+the\s+(?:same\s+)?meaning)\b/gi;
