import { pattern } from '../../patterns.js';

/**
 * The words of a closed scope: kinds of offence (ASEAN Guideline (2025), Annex 5, and the
 * immigration, document and sex-work offences closed lists are made of), offences named by
 * cross-reference, and the words that open a list again.
 */

/** Kinds of offence, grouped as ASEAN Guideline (2025) Annex 5 groups them. */
export const OFFENCE_KIND = {
  immigration: pattern(
    'scope.kind.immigration',
    'Immigration and status offences: illegal entry, unlawful residence or stay, overstaying, working without a permit (Annex 5, "Status offences").',
    String.raw`\b(?:immigration|emigration|migration|migrant|entry|entering|exit|exiting|leaving|residence|residing|stay|overstay\w*|presence|aliens?|visas?|(?:work|residence|entry)\s+permits?|permits?|irregular\s+(?:entry|stay|migration|labou?r|status|work|situation|residence)|unlawful(?:ly)?\s+(?:present|remain\w*|work\w*)|illegal\s+(?:entry|stay|work\w*|employment|border\s+crossing)|border\s+crossing)\b`,
    { flag: ['his [[illegal entry]] into the country', 'for [[immigration]] offences', 'his period of unlawful [[residence]]', 'offences relating to his or her [[irregular situation]] in the territory'], pass: ['for any offence', 'for theft'] },
  ),
  documents: pattern(
    'scope.kind.documents',
    'Document offences: false, forged or fraudulent passports, travel or identity documents (Annex 5, "Status offences").',
    String.raw`\b(?:passports?|documents?|documentation|identity\s+cards?|forg(?:ed|ery|ing)|falsif\w+|fraudulent\s+(?:travel|identity)|false\s+(?:information|statements?|declarations?|identity|names?))\b`,
    { flag: ['possession of any fraudulent travel [[document]]', 'a [[forged]] passport'], pass: ['for any criminal act'] },
  ),
  sexWork: pattern(
    'scope.kind.sex-work',
    'Prostitution and related offences: prostitution, soliciting, sex work, keeping or working in a brothel, public indecency (Annex 5, "Other criminal offences").',
    String.raw`\b(?:prostitution|prostitute|soliciting|solicitation|solicit|importuning|sex\s+work|sex\s+trade|commercial\s+sex(?:ual)?(?:\s+(?:acts?|activity|conduct))?|sex(?:ual)?\s+traffic|sell(?:s|ing)?\s+sex|sale\s+of\s+sex(?:ual\s+services)?|sex(?:ual)?\s+(?:conduct|acts?|services)\s+for\s+(?:a\s+)?(?:fee|money|payment|hire|reward)|brothels?|indecency|indecent\s+exposure|lewdness|public\s+morals)\b`,
    { flag: ['to a charge of [[soliciting]]', 'immune from prosecution for [[prostitution]]'], pass: ['for unlawful acts'] },
  ),
  publicOrder: pattern(
    'scope.kind.public-order',
    'Public-order offences: begging, vagrancy, loitering, disorderly conduct (Annex 5, "Other criminal offences").',
    String.raw`\b(?:begging|beggary|vagrancy|vagrant|loitering|disorderly\s+conduct|public\s+order|street\s+trading|hawking|alcohol-related)\b`,
    { flag: ['for [[loitering]] or [[vagrancy]] offences'], pass: ['for any offence'] },
  ),
  drugs: pattern(
    'scope.kind.drugs',
    'Drug offences: possession, cultivation, production or trafficking of drugs (Annex 5, "Other criminal offences").',
    String.raw`\b(?:drugs?|narcotics?|cannabis|marijuana|controlled\s+substances?|psychotropic\s+substances?)\b`,
    { flag: ['for the cultivation of [[cannabis]]'], pass: ['for any crime'] },
  ),
  property: pattern(
    'scope.kind.property',
    'Property and fraud offences: theft, shoplifting, pickpocketing, burglary, fraud, scams (Annex 5, "Other criminal offences").',
    String.raw`\b(?:theft|shoplifting|pickpocket\w*|burglary|larceny|robbery|(?:credit\s+card|benefit|social\s+security)\s+fraud|scamm?\w*|counterfeit\w*)\b`,
    { flag: ['charged with [[shoplifting]]'], pass: ['charged with an offence'] },
  ),
  labour: pattern(
    'scope.kind.labour',
    'Labour-law offences: working without authorisation, breaches of labour or employment laws.',
    String.raw`\b(?:labou?r\s+laws?|employment\s+laws?|working|unauthori[sz]ed\s+work)\b`,
    { flag: ['under the [[labour laws]]'], pass: ['under any law'] },
  ),
} as const;

/** Offences named by cross-reference to a provision or to this law: "section 41 or 43", "this Part". */
/**
 * Offences named by a citation in a code's own style, United States statutes above all ("under RSA
 * 645:2", "in violation of RCW 9A.88.030", "under O.C.G.A. § 16-6-9", "Code Section 16-6-9", "Minn.
 * Stat. § 609.325", "18 U.S.C. 1591"): a cross-reference as closed as "section 41". A pattern of its
 * own beside STATUTORY_REFERENCE, which it would make too large for the ReDoS checker.
 */
export const CODE_CITATION = pattern(
  'scope.code-citation',
  'Offences named by a citation of a code section in its own style: "an offense under RSA 645:2", "a violation of RCW 9A.88.030", "O.C.G.A. § 16-6-9".',
  String.raw`\b(?:under|against|of|contrary\s+to|in\s+breach\s+of|in\s+violation\s+of|pursuant\s+to|listed\s+in|specified\s+in)\s+(?:the\s+)?(?:(?:RSA|RCW|ORS|KRS|NRS|MCL|HRS|ARS|A\.R\.S\.|O\.C\.G\.A\.|N\.C\.G\.S\.|G\.S\.|Code\s+Section|Code\s+§|(?:[A-Z][a-z]{1,10}\.\s{0,2}){1,3}(?:Code|Stat|Stats|Laws)\.?(?:\s{0,2}Ann\.)?)\s{0,2}(?:§\s{0,2})?\d{1,4}[A-Z]{0,2}(?:[-.:]\d{1,4}[A-Za-z]{0,2}){0,3}|\d{1,3}\s{1,2}U\.S\.C\.(?:A\.)?\s{0,2}(?:§\s{0,2})?\d{1,5}[a-z]?)`,
  {
    flag: ['an offense [[under RSA 645:2]] (prostitution and related offenses)', 'a charge [[in violation of RCW 9A.88.030]]', 'a conviction [[under O.C.G.A. § 16-6-9]]', 'an offense [[under Code Section 16-6-9]]', 'an offense [[under Minn. Stat. § 609.324]]', 'a violation [[of 18 U.S.C. 1591]]'],
    pass: ['any offense under the laws of this State', 'under section 4 of this Act'],
  },
);

export const STATUTORY_REFERENCE = pattern(
  'scope.statutory-reference',
  'Offences named by a cross-reference to a provision or to this law: "a violation of section 41 or 43", "an offence under this Part", "prosecution under this section".',
  String.raw`\b(?:under|against|of|contrary\s+to|in\s+breach\s+of|in\s+violation\s+of|created\s+by|specified\s+in|listed\s+in|set\s+out\s+in|defined\s+in|referred\s+to\s+in|described\s+in|punishable\s+under|mentioned\s+in|provided\s+(?:for\s+)?(?:in|by|under)|prescribed\s+(?:in|by|under)|stipulated\s+in|envisaged\s+(?:in|by)|laid\s+down\s+in)\s+(?:the\s+)?(?:(?:sections?|ss?\.|articles?|arts?\.|§§?|paragraphs?|subsections?|regulations?|clauses?|schedules?|chapters?|parts?|divisions?|titles?)\s*(?:\(?\d{1,4}[A-Za-z]{0,2}\)?|[IVXLC]{1,6}\b)(?:\s*(?:,|or|and|to)\s*\(?\d{1,4}[A-Za-z]{0,2}\)?){0,6}|this\s+(?:section|subsection|article|paragraph|part|chapter|division|title|act|law|decree|proclamation|ordinance|statute|regulation))|\b(?:sections?|articles?|§§?)\s*\d{1,4}[A-Za-z]{0,2}(?:\s*(?:,|or|and|to)\s*\d{1,4}[A-Za-z]{0,2}){0,6}\s+(?:offen[cs]es?|violations?)`,
  {
    flag: [
      'a violation [[of section 41 or 43]]',
      'for an offence [[under this Part]]',
      'It is an affirmative defense to prosecution [[under this section]] that',
      'an offence [[under Chapter IV]]',
      'the criminal offences [[provided for in Articles 303]] (prostitution)',
    ],
    pass: ['any offence under any law', 'any offence committed as a direct result of being trafficked'],
  },
);

/** Offences named by the law that creates them: "an offence under the Immigration Act 2009". Capitals matter. */
export const NAMED_LAW = pattern(
  'scope.named-law',
  'Offences named by the law that creates them: "under the Immigration Act", "contrary to the Summary Offences Ordinance" (a general criminal or penal code is not a limit).',
  String.raw`\b(?:under|against|of|contrary\s+to|in\s+breach\s+of|in\s+violation\s+of|created\s+by|specified\s+in|listed\s+in|punishable\s+under|provided\s+(?:for\s+)?(?:in|by|under)|prescribed\s+(?:in|by|under)|laid\s+down\s+in)\s+(?:the\s+)?(?!(?:Penal|Criminal)\s+Code\b)(?:(?:[A-Z][\w'’()-]*\s+){1,6}(?:Act|Code|Law|Ordinance|Decree|Proclamation|Regulations?|Statute)\b(?:\s*,?\s*(?:\d{4}|No\.\s*\d+|\(Cap\.?\s*\d+\)))?|(?:Law|Act|Code|Decree)\s+(?:on|of|relating\s+to|concerning|governing)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and|of|on|the|in|for)?\s*[A-Z][\w'’-]*){0,8})`,
  {
    flag: ['any offence [[under the Immigration Act 2009]] that', 'for a violation [[of the Vagrancy Act]]', 'the penalties [[prescribed in the Law on the Entry and Residence of Foreigners]] for violations'],
    pass: ['any offence under the Penal Code', 'any offence under any law'],
  },
  '',
);

/**
 * Offences left to a delegated instrument to name: "of a class prescribed by the Minister", "specified
 * by order", "designated by regulations". A category defined elsewhere, like a schedule, and one the
 * executive can narrow without Parliament.
 */
export const DELEGATED = pattern(
  'scope.delegated',
  'Offences left to a Minister, regulations, an order or a notice to name: "an offence of a class prescribed by the Minister", "offences specified by order".',
  String.raw`\b(?:of\s+(?:a|any|the)\s+(?:class|kind|description|category|type)\s+(?:or\s+(?:class|kind|description|category|type)\s+)?|as\s+may\s+be\s+)?(?:prescribed|specified|designated|determined|declared|listed|identified)\s+(?:from\s+time\s+to\s+time\s+)?(?:by|in|under)\s+(?:(?:the|a|an)\s+)?(?:Minister|Cabinet|Secretary(?:\s+of\s+State)?|Attorney[\s-]General|Director|Council\s+of\s+Ministers|Government|President|regulations?|orders?|notices?|statutory\s+instruments?|rules|(?:ministerial\s+|presidential\s+)?decrees?|(?:the\s+)?Gazette)\b`,
  {
    flag: ['for an offence [[of a class prescribed by the Minister]] by notice', 'for any offence [[specified by order]] of the Secretary', 'for offences [[designated by regulations]] made under section 40'],
    pass: ['for any offence committed as a direct result of being trafficked', 'the penalty prescribed by law'],
  },
);

/** A law that quantifies over all law: "under any law", "under this Act or any other written law". */
export const ANY_LAW = pattern(
  'scope.any-law',
  'A reference to all law, which keeps the scope open: "under any law", "under this Act or any other enactment".',
  String.raw`\b(?:any|all|every)\s+(?:other\s+)?(?:written\s+)?(?:laws?|enactments?|legislation|statutes?|legal\s+provisions?)\b|\bthis\s+(?:act|law|code)\s+or\s+(?:under\s+)?any\s+other\b`,
  { flag: ['an offence under [[any law]]', 'under [[this Act or any other]] written law'], pass: ['under the Immigration Act'] },
);

/** A catch-all closing a list: "or any other offence committed as a direct result of...". */
export const CATCH_ALL = pattern(
  'scope.catch-all',
  'A catch-all that opens a list again: "or any other offence", "and any other unlawful act", "or any offence" followed at once by the link to the trafficking, or a last paragraph of its own ("(d) any other act committed as a direct result of being trafficked").',
  String.raw`\b(?:or|and|and/or)\s+(?:for\s+)?(?:any\s+|all\s+|every\s+)?other\s+(?:criminal\s+|unlawful\s+|illegal\s+)?(?:offen[cs]es?|crimes?|unlawful\s+acts?|acts?|activit(?:y|ies)|conduct)\b|\b(?:or|and|and/or)\s+(?:for\s+)?(?:any|all|every)\s+(?:criminal\s+|unlawful\s+|illegal\s+)?(?:offen[cs]es?|crimes?|unlawful\s+acts?|acts?|activit(?:y|ies)|conduct)\b(?=\s*,?\s*(?:committed|that|which|where|arising|resulting|as\s+a|if|when)\b)|(?<=^|\n)[ \t>]{0,8}\(\w{1,5}\)[ \t]{1,3}(?:any|all|every)\s+other\s+(?:criminal\s+|unlawful\s+|illegal\s+)?(?:offen[cs]es?|crimes?|unlawful\s+acts?|acts?|activit(?:y|ies)|conduct)\b(?=\s{0,3}(?:committed|that|which|arising|resulting|as\s+a)\b|[\s.;,]{0,8}$)`,
  {
    flag: ['illegal entry, unlawful residence, [[or any other offence]] committed', 'prostitution [[or any offence]] committed as a direct result', 'begging [[or other criminal act]] that the victim', '(a) using a forged passport;\n\n[[(b) any other act]] committed as a direct result of being trafficked.'],
    pass: ['illegal entry or unlawful residence', 'or for any offence relating to prostitution under the Vagrancy Act', '(c) false documents; or\n\n(d) any other offence under the Immigration Act,'],
  },
);

/** A limit stated apart from the protection: "This section applies only to...", "may be raised only in a prosecution for...". */
export const RESTRICTION = pattern(
  'scope.restriction',
  'A limit stated in its own sentence: "This section applies only to...", "This defence may be raised only in a prosecution for...", "is available only in respect of...".',
  String.raw`\b(?:applies|apply|shall\s+apply|extends?|is\s+available|are\s+available|may\s+be\s+(?:raised|relied\s+(?:on|upon)|pleaded|invoked)|shall\s+be\s+available)\s+only\s+(?:to|in\s+respect\s+of|in\s+relation\s+to|for|in|where|with\s+respect\s+to)\s+|\b(?:is|are|shall\s+be)\s+(?:limited|restricted|confined)\s+to\s+|\bonly\s+(?:applies|apply|extends?)\s+to\s+`,
  {
    flag: ['This section [[applies only to ]]offences under the Immigration Act.', 'This defence [[may be raised only in ]]a prosecution for the following offences:'],
    pass: ['This section applies to any offence.'],
  },
);

/**
 * A class of offences by branch of law or by grade, which names a part of offending rather than all
 * of it: "administrative offences", "contraventions", "misdemeanours", "summary offences", "petty
 * offences" (ASEAN Guideline (2025), [1] and Annex 5: the principle applies to any offence, whatever
 * its type or gravity). Coordinated with the wider class ("misdemeanours and felonies", "administrative
 * or criminal offences", "crimes and contraventions") the words cover all offending again: see `readScope`.
 */
export const OFFENCE_CLASS = pattern(
  'scope.offence-class',
  'One class of offences by branch of law or grade: "administrative offences", "contraventions", "misdemeanours", "summary offences", "regulatory offences".',
  String.raw`\b(?:administrative|petty|minor|summary|regulatory|police|non-criminal|disciplinary)\s{1,8}(?:offen[cs]es?|violations?|infractions?|breaches|contraventions?|wrongs?|delicts?)\b|\boffen[cs]es?\s{1,8}of\s{1,8}(?:an?\s{1,8})?(?:administrative|disciplinary|regulatory|minor|petty)\s{1,8}(?:nature|character|kind)\b|\bmisdemeanou?rs?\b|\bcontraventions?\b`,
  {
    flag: ['liable to any penalty for [[administrative offences]] arising from', 'exempt from punishment for the [[misdemeanours]] they commit', 'incurs no penalty for [[contraventions]] committed as a result', 'not be held responsible for [[offences of an administrative nature]] committed'],
    pass: ['for any offence committed as a direct result of being trafficked', 'for any criminal offence or unlawful act'],
  },
);

/**
 * Another provision of the bill that governs what happens to a victim for "any other offence" linked
 * to the trafficking ("Where action is to be taken against a trafficked victim for any other offence
 * connected with the trafficking, the investigating officer shall first obtain the approval of the
 * Central Body"): once the protection is extended to any offence, that provision overlaps it and needs
 * a consequential amendment.
 */
export const SIBLING_OTHER_OFFENCES = pattern(
  'scope.sibling-other-offences',
  'Another provision on "any other offence" linked to the trafficking: "for any other offence connected with the trafficking", "any other crime related to their being trafficked".',
  String.raw`\bany\s{1,4}other\s{1,4}(?:offen[cs]es?|acts?|crimes?)\s{1,4}(?:(?:which\s{1,4}is|that\s{1,4}is)\s{1,4})?(?:connected|related|linked|attributable)\s{1,4}(?:with|to)\s{1,4}(?:(?:the|their|his|her|its)\s{1,4})?(?:(?:being|having\s{1,4}been)\s{1,4})?(?:traffick\w*|exploitation)\b`,
  {
    flag: [
      'Where action is to be taken against a trafficked victim for [[any other offence connected with the trafficking]], the officer shall first obtain approval.',
      'A victim may be charged with [[any other crime related to their being trafficked]] only with the consent of the Attorney General.',
    ],
    pass: ['A victim shall not be punished for any other offence committed as a direct result of being trafficked.', 'Any other offence connected with the sale of goods is punishable by fine.'],
  },
);
