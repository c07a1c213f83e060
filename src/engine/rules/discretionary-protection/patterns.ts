import { pattern } from '../../patterns.js';

/**
 * Discretion in a non-punishment provision: a permission to prosecute, a qualifier, a permissive
 * modal, and the bare "may not be" (ASEAN Guideline (2025), Guideline [1] and [8]; Annex 4,
 * A/HRC/47/34, para. 64(a)). Paraphrased examples from several traditions: Thai and Myanmar
 * permission schemes, South African and German prosecutors' discretion, Vietnamese and Gambian
 * qualifiers, US expunction and vacatur statutes, the treaties' "entitled not to".
 */

/** Action against a victim allowed with an official's or a body's permission. */
export const PERMISSION = {
  exceptWith: pattern(
    'discretion.except-with-permission',
    'Prosecution barred "except with" or "without" the approval, consent, permission or authority of a Minister, a prosecutor or a central body: the bar can be lifted case by case.',
    String.raw`\b(?:except|save|other\s+than|without)\s+(?:with\s+)?the\s+(?:prior\s+)?(?:written\s+)?(?:approval|consent|permission|authori[sz]ation|authority|leave|sanction|fiat)\s+of\s+(?:the\s+)?(?:[\w'’-]{1,30}\s+){0,6}?(?:Minister|Director|Attorney[\s-]General|Prosecutor|Commissioner|Body|Committee|Council|Secretary|Board|Agency)\b`,
    {
      flag: [
        'No criminal proceedings shall be taken against a trafficked person for any offence, [[except with the written approval of the Minister]] of Justice.',
        'No prosecution shall be instituted [[without the written authority of the Director]] of Public Prosecutions.',
        'A victim shall not be charged [[save with the consent of the Attorney General]].',
      ],
      pass: ['A victim of trafficking shall not be prosecuted for any offence committed as a direct result of being trafficked.', 'with the consent of the victim'],
    },
  ),
  unlessGranted: pattern(
    'discretion.unless-permission-granted',
    'Prosecution barred "unless" an official grants permission.',
    // The words naming the official never include another "unless", so each word is read from one "unless" only.
    String.raw`\bunless\s+(?:the\s+)?(?:(?!unless\b)[\w'’-]{1,30}\s+){0,5}?(?:grants?|gives?|issues?)\s+(?:a\s+|his\s+|her\s+|its\s+|the\s+)?(?:written\s+)?(?:permission|approval|consent|authority|authori[sz]ation|leave)\b`,
    { flag: ['[[Unless the Minister of Justice grants a permission]] in writing, the inquiry official is barred from taking criminal proceeding'], pass: ['unless the offence was not committed as a direct result of being trafficked'] },
  ),
  seekApproval: pattern(
    'discretion.seek-approval',
    'Officials must seek a central body\'s approval before taking action against a victim.',
    String.raw`\b(?:shall|must)\s+(?:first\s+)?(?:seek|obtain)\s+(?:the\s+)?(?:prior\s+)?(?:written\s+)?(?:approval|consent|permission|authori[sz]ation|leave)\s+(?:from|of)\s+(?:the\s+)?(?:[\w'’-]{1,30}\s+){0,4}?(?:Minister|Director|Body|Committee|Council|Prosecutor|Attorney[\s-]General|Board|Agency)\b`,
    { flag: ['investigation offices [[shall seek the approval from the Central Body]] via the respective Working Committee'], pass: ['the police shall seek the advice of a social worker'] },
  ),
} as const;

/** A qualifier that makes the protection depend on an official's view of the case. */
export const QUALIFIER = pattern(
  'discretion.qualifier',
  'A qualifier that leaves the protection to an official\'s view of the case: "in appropriate cases", "where the circumstances so justify", "depending on the specific cases", "unless the prosecution is in the public interest".',
  String.raw`\bin\s+(?:appropriate|suitable|proper|deserving)\s+cases\b|\b(?:where|when|if)\s+(?:the\s+)?circumstances\s+(?:of\s+the\s+case\s+)?(?:so\s+)?(?:justify|warrant|require|permit)\b|\bdepending\s+on\s+the\s+(?:specific\s+|particular\s+)?(?:cases?|circumstances)(?:\s+of\s+the\s+case)?(?:\s+and\s+(?:related|relevant)\s+legal\s+provisions)?|\b(?:depending\s+on|according\s+to|having\s+regard\s+to)\s+the\s+(?:nature\s+(?:and\s+(?:the\s+)?circumstances\s+)?|circumstances\s+)of\s+(?:each|the|every)\s+(?:individual\s+|particular\s+)?case\b|\bon\s+a\s+case[-\s]by[-\s]case\s+basis\b|\b(?:if|where|when|unless)\s+(?:it\s+is\s+|(?:the\s+|a\s+)?prosecution\s+(?:is|would\s+be)\s+|(?:the\s+)?(?:punishment|penalty)\s+(?:is|would\s+be)\s+)?(?:not\s+)?in\s+the\s+public\s+interest\b|\b(?:if|where|when|unless)\s+the\s+public\s+interest\s+(?:so\s+)?(?:requires|demands|warrants|justifies|calls\s+for)\b`,
  {
    flag: [
      '[[In appropriate cases]], a victim of trafficking shall not be arrested',
      '[[where the circumstances so justify]], a victim of trafficking shall not be detained',
      '[[Depending on the specific cases and related legal provisions]], victims may not be subject to',
      'shall not be prosecuted for an offence committed as a direct result of being trafficked [[unless the prosecution is in the public interest]].',
      'shall not be punished, [[unless the public interest requires]] otherwise.',
      '[[According to the nature and circumstances of each case]], a trafficked person may be spared punishment',
      'a trafficked person shall be exempt from liability [[on a case-by-case basis]]',
    ],
    pass: ['A victim of trafficking shall not be arrested in any case.', 'the court, as the case may be'],
  },
);

/** The protection itself written as a power, a consideration or a hope rather than a duty. */
export const PERMISSIVE = {
  discretion: pattern(
    'discretion.at-the-discretion',
    'Relief expressly left to a discretion: "at the discretion of the court", "in its discretion".',
    String.raw`\bat\s+the\s+(?:sole\s+|absolute\s+)?discretion\s+of\b(?:\s+the\s+\w{1,20})?|\bin\s+(?:its|his|her|their)\s+(?:sole\s+|absolute\s+)?discretion\b`,
    { flag: ['a petition may be denied [[at the discretion of the court]]', 'the court may, [[in its discretion]], seal the record'], pass: ['The court shall vacate the conviction.'] },
  ),
  power: pattern(
    'discretion.power-not-duty',
    'The protection as a power of the authorities rather than a duty: "may dispense with prosecuting", "may decide not to prosecute", "may, having regard to all the circumstances, decline to institute proceedings", "may discontinue proceedings", "may be released from criminal liability", "is not obliged to prosecute", "is entitled not to prosecute", "provide for the possibility of not imposing penalties", "consider not holding … liable".',
    String.raw`\bmay(?:,\s?[^\s,;.][^,;.]{0,79},\s{1,8}|\s+)(?:dispense\s+with|refrain\s+from|decline\s+to|abstain\s+from|(?:decide|elect|choose)\s+not\s+to|(?:waive|forgo|forego|discontinue|withdraw|stay|suspend|drop|terminate|close|not\s+proceed\s+with)\s+(?:the\s+|any\s+|all\s+)?(?:criminal\s+)?(?:prosecution|proceedings|charges?|case|investigation|penalt(?:y|ies)|punishment|sanctions?))\b|\b(?:may|shall|must|will)\s+be\s+considered\s+for\s+(?:an?\s+)?(?:exemption|release|relief|discharge|immunity|non-prosecution|pardon|remission|reduction)\b|\b(?:punishment|penalt(?:y|ies)|sanctions?|sentence)\s+may\s+be\s+(?:waived|remitted|reduced|mitigated|dispensed\s+with)\b|\bmay\s+be\s+(?:exempt(?:ed)?|released|relieved|discharged|absolved|excused|spared)(?:,\s?[^\s,;.][^,;.]{0,79},)?\s+from\b|\b(?:is|are)\s+not\s+(?:obliged|bound|required)\s+to\s+(?:prosecute|institute|bring|charge|punish|impose)\b|\bneed\s+not\s+(?:prosecute|institute|charge|punish|impose)\b|\bunder\s+no\s+(?:obligation|duty)\s+to\s+(?:prosecute|institute|charge|punish|impose)\b|\b(?:is|are|be)\s+entitled\s+not\s+to\s+(?:prosecute|punish|impose|detain|arrest|charge|hold)\b(?:\s+or\s+impose\s+penalties)?|\bprovide\s+for\s+the\s+possibility\s+of\s+not\s+\w{2,20}ing\b(?:\s+penalties)?|\bconsider\s+not\s+(?:holding|prosecuting|punishing|imposing|detaining|charging|penali[sz]ing)\b`,
    {
      flag: [
        'the public prosecution office [[may dispense with]] prosecuting the lesser offence',
        'competent authorities [[are entitled not to prosecute or impose penalties]] on victims',
        'Each Party shall [[provide for the possibility of not imposing penalties]] on victims',
        'in appropriate cases, [[consider not holding]] victims criminally liable',
        'The Public Prosecutor [[may, having regard to all the circumstances, decline to]] institute proceedings against a trafficked person',
        'The Attorney-General [[may discontinue proceedings]] against a victim of trafficking',
        'the public prosecutor [[may, in the interest of justice, waive the prosecution]] of a trafficked person',
        'A victim who committed an offence as a direct result of being trafficked [[may be released from]] criminal liability.',
        'The prosecuting authority [[is not obliged to prosecute]] a victim of trafficking',
        'A trafficked person [[may be released, on the prosecutor\'s decision, from]] the penalty',
        'A victim who offends because of the trafficking [[shall be considered for exemption]] from liability',
        'Where the offence arose from the exploitation, the [[sanction may be waived]].',
        'The judge [[may waive the sanction]] where punishing the trafficked person would be unreasonable',
      ],
      pass: [
        'The prosecutor shall not institute proceedings against a victim.',
        'A person who may rely on subsection (1) may apply to the court to stay the proceedings.',
        'A victim of trafficking shall be released from detention and may withdraw from the proceedings.',
        'The victim may, with the leave of the court, give evidence by video link.',
      ],
    },
  ),
  courtMay: pattern(
    'discretion.court-may-grant',
    'Relief a court or official "may" grant: "the court may grant the petition", "the court may order the expunction" (a victim\'s own "may apply" is a right, not a discretion).',
    // The modal belongs to the main verb whatever stands between it and its subject ("A court before which
    // a victim is charged may discharge ...").
    String.raw`\b(?:court|judge|tribunal|magistrate|prosecutor|authority|official|officer)\s+(?:(?:before|to|by)\s+which|which|that|who)\s+(?:[\w'’-]{1,30},?\s+){1,14}?may\s+(?:grant|order|vacate|expunge|seal|set\s+aside|quash|dismiss|discharge|acquit|absolve|exempt|remit|waive|mitigate)\b|\b(?:court|judge|tribunal|magistrate|prosecutor|authority|official|officer)\s+may\s+(?:grant|order|vacate|expunge|seal|set\s+aside|quash|dismiss|discharge|acquit|absolve|exempt|remit|waive|mitigate)\b`,
    {
      flag: [
        'The [[court may grant]] the petition only if',
        'The [[court may order]] the expunction.',
        'the [[court may discharge]] the victim without imposing any penalty',
        'The [[court may exempt]] from punishment a victim of trafficking',
        'A [[court before which a trafficked person is tried may discharge]] that person',
        'The [[court may remit]] the penalty of a victim of trafficking',
      ],
      pass: ['A person convicted of any offense may move the court to vacate the conviction.', 'The court shall grant the motion.', 'A court before which a victim is charged shall discharge the victim.', 'the court to which the victim may apply shall grant the relief'],
    },
  ),
  dueConsideration: pattern(
    'discretion.due-consideration',
    'A duty only to consider: "the prosecutor shall give due consideration to whether the offence was committed as a direct result of …".',
    String.raw`\b(?:shall|must|will)\s+(?:give|have|attach)\s+(?:due|proper|careful)\s+(?:consideration|regard|weight)\s+to\b(?:\s+whether)?`,
    {
      flag: ['the prosecutor [[shall give due consideration to whether]] the offence was committed', 'the Director [[shall give due weight to]] the person\'s status as a victim when deciding whether to prosecute'],
      pass: ['the prosecutor shall discontinue the proceedings', 'the prosecutor shall give consideration to the evidence'],
    },
  ),
  // (Read with WHETHER_TO_PROSECUTE later in the sentence, checked in code: a look-ahead over the rest
  // of the sentence was found vulnerable by the ReDoS checker.)
  considerWhenDeciding: pattern(
    'discretion.consider-when-deciding',
    'A duty only to take something into account, which is discretion when the sentence goes on to a decision whether to prosecute: "must take into account that the suspect was trafficked in deciding whether to prosecute".',
    String.raw`\b(?:shall|must|will)\s{1,8}(?:(?:give|have|attach)\s{1,8}(?:appropriate|particular|sufficient)\s{1,8}(?:consideration|regard|weight)\s{1,8}to|have\s{1,8}regard\s{1,8}to|take\s{1,8}(?:into\s{1,8}account|account\s{1,8}of|into\s{1,8}consideration))\b`,
    {
      flag: ['the prosecutor [[must take into account]] that the suspect was trafficked in deciding whether to prosecute', 'the Director [[shall have regard to]] the trafficking when deciding whether to charge'],
      pass: ['the prosecutor shall discontinue the proceedings'],
    },
  ),
  // "Need not" is the negative of "must": it permits, as "may decline to" does. A waiver or a filing
  // away of the case by the prosecutor (the Nordic waiver of prosecution, the civil-law "classement
  // sans suite") is the principle of opportunity, a power to prosecute or not.
  needNot: pattern(
    'discretion.need-not-or-waiver',
    'Prosecution made optional: "charges need not be brought", "the victim need not be prosecuted", "prosecution may be waived", "the prosecutor may file away the case".',
    String.raw`\b(?:criminal\s+)?(?:proceedings|prosecutions?|charges?|(?:the\s+)?public\s+action)\s+(?:need\s+not\s+be\s+(?:brought|instituted|taken|commenced|initiated|pursued|preferred|laid|continued)|may\s+be\s+(?:waived|dispensed\s+with|discontinued|withdrawn|dropped|suspended|filed\s+away))\b|\bneed\s+not\s+be\s+(?:prosecuted|charged|punished|penali[sz]ed|detained|arrested|sanctioned|tried|indicted)\b|\bmay\s+(?:file\s+away|shelve)\b`,
    {
      flag: [
        '[[Charges need not be brought]] against a trafficked person for an offence tied to the exploitation',
        'A person who was trafficked [[need not be prosecuted]] for what the trafficker made the person do',
        'The [[prosecution may be waived]] where the suspect offended because of being exploited',
        'The prosecutor [[may file away]] a report against a victim without further steps',
      ],
      pass: ['It need not be proved that the victim was compelled.', 'The prosecution must be discontinued.', 'Charges shall not be brought against a victim of trafficking.'],
    },
  ),
  // A duty to weigh the desirability of not prosecuting is a duty only to weigh: "shall" governs the
  // weighing, and the outcome is left to the prosecutor.
  desirability: pattern(
    'discretion.desirability',
    'A duty only to weigh whether to spare the person: "shall have regard to the desirability of not prosecuting", "must consider the appropriateness of not charging".',
    String.raw`\b(?:shall|must|will|is\s+to|are\s+to)\s+(?:have\s+regard\s+to|consider|take\s+into\s+account|bear\s+in\s+mind|weigh)\s+the\s+(?:desirability|advisability|appropriateness|merits?|possibility|option)\s+of\s+not\s+(?:prosecuting|charging|punishing|penali[sz]ing|detaining|arresting|imposing|proceeding|instituting|holding|continuing)\b`,
    {
      flag: ['a prosecutor [[shall have regard to the desirability of not prosecuting]] a person whose offence the exploitation caused', 'the police [[must consider the appropriateness of not charging]] a trafficked person'],
      pass: ['the prosecutor shall not prosecute a victim of trafficking', 'the court shall have regard to the desirability of protecting the victim'],
    },
  ),
  // The court left to judge what relief is warranted: both the choice and the extent of relief are its own.
  measuresWarranted: pattern(
    'discretion.measures-warranted',
    'Relief left to the court\'s own view of what is warranted: "such measures as it considers warranted", "such relief as the judge thinks fit".',
    String.raw`\bsuch\s+(?:measures|steps|action|relief)\s+as\s+(?:it|he|she|they|the\s+(?:court|judge|tribunal|magistrate|prosecutor|authority))\s+(?:considers?|thinks?|deems?|finds?)\s+(?:to\s+be\s+)?(?:warranted|appropriate|fit|just|proper|reasonable|necessary)\b`,
    {
      flag: ['the court is to take [[such measures as it considers warranted]] to spare the trafficked person any penalty', 'grant [[such relief as the judge thinks fit]]'],
      pass: ['the court shall relieve the accused of any penalty'],
    },
  ),
  empowered: pattern(
    'discretion.empowered',
    'The protection as a power, or an encouragement, written without "may": "is empowered to suspend or waive the prosecution", "are encouraged to refrain from prosecuting", "has the power to discontinue".',
    String.raw`\b(?:is|are|shall\s+be)\s+(?:hereby\s+)?(?:empowered|authori[sz]ed|encouraged|urged|permitted|at\s+liberty)\s+to\s+(?:[\w-]{1,20},?\s+){0,4}?(?:refrain|suspend|interrupt|waive|decline|discontinue|withdraw|dispense|abstain|forgo|forego|drop|stay|not\s+(?:to\s+)?(?:prosecute|charge|punish|proceed))\b|\bha(?:s|ve)\s+(?:the\s+)?(?:power|discretion)\s+(?:not\s+)?to\s+(?:refrain|suspend|waive|decline|discontinue|withdraw|dispense|abstain|drop|stay|prosecute|charge|punish|proceed)\b`,
    {
      flag: [
        'The Attorney General [[is empowered to suspend]], interrupt or waive the prosecution of a victim of trafficking',
        'Prosecutors [[are encouraged to refrain]] from prosecuting a victim of trafficking',
        'The Director [[has the power to discontinue]] proceedings against a trafficked person',
      ],
      pass: ['The prosecutor is required to discontinue the proceedings.', 'The police are empowered to arrest the trafficker.', 'A victim is entitled to refuse to testify.'],
    },
  ),
  saving: pattern(
    'discretion.saving-for-prosecution',
    'A saving that lets the authorities act against the victim despite the protection: "Nothing in subsection (1) shall prevent the Director from instituting proceedings where he considers it in the public interest" (read with words of prosecuting later in the sentence, in code).',
    String.raw`\bnothing\s+in\s+(?:this\s+(?:section|article|regulation|paragraph)|(?:sub-?)?(?:section|article|paragraph|regulation)s?\s+\(?[\w.]{1,8}\)?)\s+(?:shall\s+|is\s+to\s+be\s+construed\s+as\s+|will\s+)?(?:prevents?|precludes?|affects?|limits?|restricts?|prejudices?|bars?)\b`,
    {
      flag: ['(2) [[Nothing in subsection (1) shall prevent]] the Director from instituting proceedings against a victim where the public interest requires it.'],
      pass: ['Nothing contained herein is an offence.'],
    },
  ),
  should: pattern(
    'discretion.should-not',
    '"Should not be prosecuted": "should" does not impose a duty.',
    String.raw`\bshould\s+not\s+be\s+(?:[\w-]{1,20}\s+){0,1}?(?:prosecuted|punished|penali[sz]ed|detained|arrested|charged|held|convicted|sanctioned|deported|liable)\b`,
    { flag: ['Victims of trafficking in persons [[should not be prosecuted]] by either party'], pass: ['Victims of trafficking shall not be prosecuted.'] },
  ),
} as const;

/** "May not be prosecuted": a prohibition in most drafting, but open to a permissive reading. */
export const MAY_NOT = pattern(
  'discretion.may-not',
  '"May not be prosecuted": read as a prohibition in most drafting, but it can be read as permissive.',
  String.raw`\bmay\s+not\s+be\s+(?:[\w-]{1,20}\s+){0,2}?(?:prosecuted|punished|penali[sz]ed|detained|arrested|charged|convicted|sanctioned|deported|liable|subject\s+to)\b`,
  { flag: ['A person who was under 18 years of age [[may not be prosecuted]] for prostitution', 'victims [[may not be subject to]] administrative penalties'], pass: ['A victim shall not be prosecuted.', 'The victim may not have been identified.'] },
);

/** The document is a treaty's text, addressed to States ("Each Party shall …"). */
export const TREATY_VOICE = pattern(
  'discretion.treaty-voice',
  'Wording addressed to States, as in a treaty: "Each Party shall", "Member States shall", "Each Member shall".',
  String.raw`^\s*(?:\d{1,3}\.\s*)?(?:Each|Every)\s+(?:State\s+)?(?:Party|Member(?:\s+State)?)\s+shall\b|^\s*(?:\d{1,3}\.\s*)?(?:Member\s+States|States\s+Parties|The\s+(?:States\s+)?Parties)\s+shall\b`,
  { flag: ['[[Each Party shall]], in accordance with the basic principles of its legal system', '[[Member States shall]], in accordance with'], pass: ['The Minister shall ensure that every victim has access to shelter.'] },
);

/**
 * Words of acting against the person, later in a sentence with a saving (see PERMISSIVE.saving): "from
 * instituting or continuing proceedings", "to prosecute". Not "to discontinue", which the saving of a power to
 * end proceedings uses.
 */
export const ACTS_AGAINST = /\bfrom\s{1,8}(?:instituting|continuing|bringing|commencing|taking|initiating|pursuing|prosecuting|charging|proceeding|arresting|detaining|punishing)\b|\bto\s{1,8}(?:institute|continue|bring|commence|prosecute|charge|proceed|arrest|detain|punish)\b/i;

/** A decision whether to prosecute, later in a sentence with a duty to consider (see PERMISSIVE.considerWhenDeciding). */
export const WHETHER_TO_PROSECUTE = /\b(?:deciding|decides|decision|considering)\s{1,8}whether\s{1,8}(?:or\s{1,8}not\s{1,8})?to\s{1,8}(?:prosecute|charge|institute|continue|bring|proceed|discontinue)\b/i;
