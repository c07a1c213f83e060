import { pattern } from './patterns.js';

/**
 * The words every rule shares: how a provision takes punishment away (its form), who it protects,
 * what offending it speaks of, where its condition starts, and how a bill refers to its sections.
 * Each rule's own words live in its folder (src/engine/rules/<rule-id>/patterns.ts).
 *
 * A non-punishment provision, from the legal concept: a person identified as (or claiming to be) a
 * victim of trafficking, slavery, forced labour or exploitation is relieved of a penal consequence
 * for conduct linked to that victimisation (DESIGN.md section 2; CTOC/COP/WG.4/2020/2, para. 11).
 */

// ---------------------------------------------------------------------------------------------
// Penal consequences: what a protection takes away.

/** Words naming a penal consequence, after a negation ("shall not be [prosecuted]"). */
/** A kind of liability, as an adverb ("criminally"), and a list of them ("criminally, civilly or administratively"). */
const LIABILITY_ADVERB = String.raw`(?:criminally|penally|administratively|civilly|personally|disciplinarily)`;
const LIABILITY_ADVERBS = String.raw`${LIABILITY_ADVERB}(?:(?:\s*,\s*(?:(?:or|and)\s+)?|\s+(?:or|and)\s+)${LIABILITY_ADVERB}){0,3}\s+`;
/** A kind of liability, as an adjective, and a list of them ("criminal or civil", "criminal, civil or administrative"), with the space after. */
const LIABILITY_KINDS = String.raw`(?:criminal|penal|civil|administrative|disciplinary)(?:(?:\s*,\s*(?:(?:or|and)\s+)?|\s+(?:or|and)\s+)(?:criminal|penal|civil|administrative|disciplinary)){0,3}\s+`;

const PENAL_PARTICIPLE = String.raw`(?:${LIABILITY_ADVERBS})?(?:liable|responsible|accountable|culpable|prosecuted|penali[sz]ed|punished|punishable|detained|arrested|charged|fined|imprisoned|jailed|sanctioned|convicted|sentenced(?:\s+to\s+(?:any\s+|a\s+)?(?:punishment|penalty|imprisonment))?|deported|expelled|criminali[sz]ed|tried|adjudicated|adjudged|indicted|proceeded\s+against|taken\s+into\s+custody|taken\s+action\s+against|held\s+in\s+(?:an?\s+)?(?:(?:immigration|administrative|pre-?trial)\s+)?(?:detention|custody)(?:\s+(?:facility|centre|center))?|placed\s+in\s+(?:an?\s+)?(?:(?:immigration|administrative|pre-?trial)\s+)?(?:detention|custody)|sent\s+to\s+(?:prison|jail|gaol)|subject(?:ed)?\s+to\s+(?:any\s+|the\s+)?(?:${LIABILITY_KINDS}|immigration\s+)?(?:prosecution|proceedings|punishment|penalt(?:y|ies)|sanctions?|liability|accountability|responsibility|detention|arrest|fines?)|treated\s+as\s+(?:an?\s+)?(?:offenders?|criminals?|delinquents?))`;

export const RELIEF = {
  negated: pattern(
    'relief.negated',
    'A penal consequence denied: "shall not be held criminally liable", "may not be prosecuted", "is not to be punished".',
    String.raw`\b(?:shall|must|will|should|may|can|cannot|is|are|be|being)\s+not\s+(?:to\s+)?(?:be\s+)?(?:held\s+|made\s+|deemed\s+|considered\s+|rendered\s+|found\s+)?${PENAL_PARTICIPLE}|\bcannot\s+be\s+(?:held\s+)?${PENAL_PARTICIPLE}|\b(?:shall|must|may|can|will)\s+(?:be\s+)?neither\s+(?:be\s+)?${PENAL_PARTICIPLE}|\b(?:shall|must|may|can|will)\s+be\s+(?:sanctioned|punished|penali[sz]ed|prosecuted|held\s+liable)\s+neither\s+${LIABILITY_ADVERB}\s+nor\s+${LIABILITY_ADVERB}|\b(?:is|are|shall\s+not\s+be|is\s+not\s+to\s+be)\s+not\s+(?:an?\s+)?(?:delinquent|offender|criminal)s?\b|\b(?:is|are)\s+not\s+(?:an?\s+)?(?:delinquent|offender|criminal)s?\b|\bnot\s+be\s+(?:held\s+)?${PENAL_PARTICIPLE}|\bshall\s+not\s*,[^,;.]{1,160},\s*(?:be\s+)?(?:held\s+)?${PENAL_PARTICIPLE}|\bnothing\s+(?:in|contained\s+in)\s+[^.;]{1,120}?\b(?:renders?|makes?)\s+(?:[\w'’-]+\s+){0,8}?(?:liable|guilty|punishable)\b`,
    {
      flag: [
        'A victim of trafficking [[shall not be criminally liable]] for any offence.',
        'Trafficked persons [[shall not be penalized]] for unlawful acts.',
        'Such a person [[is not to be prosecuted]] for the offence.',
        'The victim [[may not be held administratively or criminally liable]].',
        'A victim [[shall not, for so long as the certificate is in force, be arrested]] for the offence.',
        'A trafficked child [[shall not be treated as a delinquent]].',
        'A victim [[must not be held in immigration detention]].',
        'A sexually exploited youth [[is not a delinquent]] child.',
        'The foreign national [[shall not be placed in administrative detention]].',
        'A trafficked person [[shall not be held penally, civilly or administratively liable]] for what the trafficker made the person do.',
        'A victim of exploitation [[shall not be sentenced to punishment]] for an act done because of the exploitation.',
        'Such a person [[is not to be sentenced]] for the offence.',
        'Victims [[shall be neither prosecuted]] nor sentenced for those acts.',
        'The victim [[shall be sanctioned neither penally nor administratively]] for an act done because of the trafficking.',
        'A trafficked person [[shall not be subject to any criminal or civil accountability]] for such an act.',
        '[[Nothing in this Act or any other law renders a trafficked person liable]] to be tried for an offence arising from the trafficking.',
      ],
      pass: ['A victim shall be entitled to assistance.', 'The offender shall not be entitled to bail.', 'The court shall not be bound by the rules of evidence.', 'Nothing in this section makes the employer immune.'],
    },
  ),
  negatedSubject: pattern(
    'relief.negated-subject',
    'The negation on the subject: "No victim of trafficking shall be charged", "No minor may be adjudicated delinquent".',
    String.raw`\bno\s+(?:(?:such|trafficked|child|minor|foreign|other)\s+)?(?:victims?|persons?|individuals?|child(?:ren)?|minors?|juveniles?|one)\b[^.;:]{0,160}?\b(?:shall|may|will|can|is\s+to|are\s+to)\s+(?:be\s+)?(?:held\s+|made\s+|found\s+)?${PENAL_PARTICIPLE}`,
    {
      flag: [
        '[[No victim of trafficking shall be charged]] with an offence.',
        '[[No person who has been trafficked may be prosecuted]] for prostitution.',
        '[[No minor shall be adjudicated]] delinquent for prostitution.',
        '[[No child shall be held criminally liable]] for begging.',
      ],
      pass: ['No person shall publish the name of a victim.', 'No victim shall be compelled to testify.'],
    },
  ),
  // A class named after "No" ("No woman or girl who has been trafficked shall be punished"): a pattern
  // of its own, with a shorter gap, so that the ReDoS checker decides each (joined, it ran out of memory).
  negatedClass: pattern(
    'relief.negated-class',
    'The negation on a subject named by a class: "No woman or girl who has been trafficked shall be punished", "No foreign national shall be detained".',
    String.raw`\bno\s+(?:wom[ae]n|girls?|boys?|m[ae]n|foreigners?|(?:foreign\s+)?nationals?|non-citizens?|migrants?|workers?)(?:\s+(?:or|and|nor)\s+(?:wom[ae]n|girls?|boys?|m[ae]n|child(?:ren)?|minors?))?\b[^.;:]{0,60}?\b(?:shall|may|will|can|is\s+to|are\s+to)\s+(?:be\s+)?(?:held\s+|made\s+|found\s+)?${PENAL_PARTICIPLE}`,
    {
      flag: ['[[No girl or woman who was trafficked may be penalised]] for what she was made to do.', '[[No woman who has been trafficked shall be punished]] for any act done as a result.'],
      pass: ['No woman shall be compelled to testify.'],
    },
  ),
  noProceedings: pattern(
    'relief.no-proceedings',
    'Proceedings barred or ended: "No prosecution shall be instituted", "No proceedings shall lie", "the proceedings shall be discontinued".',
    String.raw`\bno\s+(?:criminal\s+|penal\s+|disciplinary\s+)?(?:proceedings?|prosecutions?|charges?|penalt(?:y|ies)|punishment|sanctions?|action)\s+(?:under\s+(?:any|an?|the|this)\s+(?:[\w-]+\s+){1,4}?)?(?:shall|may|will|is\s+to)\s+(?:be\s+)?(?:brought|instituted|taken|commenced|initiated|continued|filed|preferred|laid|imposed|pursued)|\bno\s+(?:criminal\s+|penal\s+|civil\s+|legal\s+|administrative\s+|disciplinary\s+)?(?:proceedings?|prosecutions?|action|suit|charges?)(?:\s{1,8}(?:or|nor)\s{1,8}(?:proceedings?|prosecutions?|action|suit|charges?))?(?:\s{1,8}|\s{0,8},[^;.]{1,80}?,\s{0,8})(?:shall|may|will|can)\s+lie\b|\b(?:criminal\s+)?(?:proceedings|prosecutions?|actions?)\s+(?:shall|may|will)\s+not\s+lie\b|\b(?:proceedings|prosecutions?|charges?|the\s+case)\s+(?:\w+\s+){0,3}?(?:shall|must)\s+be\s+(?:discontinued|withdrawn|terminated|stayed|dismissed|dropped|closed)`,
    {
      flag: [
        '[[No criminal proceedings shall be instituted]] against a victim of trafficking.',
        '[[No penalty may be imposed]] on a trafficked person.',
        '[[No penalty under any licensing enactment shall be imposed]] on a trafficked person.',
        'Any [[charges against the victim shall be withdrawn]] where the prosecutor is satisfied.',
        '[[No criminal proceedings shall lie]] against a trafficked person for being in the country unlawfully.',
        '[[No proceedings, whether criminal, administrative or for removal, shall lie]] against a victim of trafficking.',
        '[[Criminal proceedings shall not lie]] against a person who was trafficked.',
        '[[No action or proceedings shall lie]] against a victim of trafficking for any offence.',
      ],
      pass: ['The proceedings shall be held in camera.', 'An appeal shall lie to the High Court.', 'No appeal shall lie from an order of the tribunal.'],
    },
  ),
  prosecutorDuty: pattern(
    'relief.prosecutor-duty',
    'A duty addressed to the prosecutor or the police: not to prosecute, to discontinue, to decline or refrain.',
    String.raw`\b(?:shall|must|may|will)\s+not\s+(?:institute|initiate|commence|begin|bring|continue|pursue|prosecute|charge|arrest|detain|punish|penali[sz]e|proceed\s+(?:with|against))\b|\b(?:shall|must)\s+(?:discontinue|withdraw|terminate|stay|drop|decline\s+to\s+(?:institute|bring|commence|continue|prosecute))\b|\b(?:refrain|abstain)\s+from\s+(?:instituting|bringing|commencing|prosecuting|initiating|pursuing|charging|arresting|detaining|punishing|imposing)|\bno\s+(?:[\w-]+\s+){0,3}?(?:officials?|officers?|prosecutors?|authorit(?:y|ies)|police(?:\s+officers?)?|attorneys?)\s+(?:shall|may|will)\s+(?:institute|initiate|commence|bring|take|prosecute|charge|arrest|detain|impose|file)\b|\bdecline\s+to\s+(?:institute|bring|commence|continue|prosecute)|\bnot\s+(?:to\s+)?(?:prosecut(?:e|ing)|charg(?:e|ing)|punish(?:ing)?|penali[sz](?:e|ing)|detain(?:ing)?|arrest(?:ing)?|institut(?:e|ing)|impos(?:e|ing)\s+(?:any\s+)?(?:criminal\s+)?(?:penalt(?:y|ies)|sanctions?|punishment)|hold(?:ing)?\s+(?:[\w-]+\s+){0,8}?(?:(?:criminally|administratively|penally)\s+(?:or\s+(?:criminally|administratively)\s+)?)?(?:liable|responsible|accountable))\b|\bbarred\s+from\s+(?:taking|instituting|bringing|commencing|initiating)\s+(?:any\s+)?(?:criminal\s+)?(?:proceedings?|prosecutions?|action)|\bneither\s+party\s+shall\s+(?:punish|prosecute|penali[sz]e)`,
    {
      flag: [
        'The Director of Public Prosecutions [[shall not institute]] proceedings against a victim.',
        'The prosecutor [[shall discontinue]] the prosecution of a trafficked person.',
        'A prosecutor [[shall not begin]] or continue a prosecution of a victim of trafficking.',
        'The competent authorities may decide [[not to prosecute]] victims.',
        'shall provide for the possibility of [[not imposing penalties]] on victims',
        'shall consider [[not holding victims of trafficking in persons criminally or administratively liable]]',
        'Public officials shall [[refrain from prosecuting]] victims of trafficking.',
        'The public prosecutor may [[abstain from prosecuting]] a victim of trafficking.',
        'Except with permission, [[no inquiry official shall institute]] criminal proceedings against a trafficked person',
      ],
      pass: ['The prosecutor shall institute proceedings against the trafficker.', 'The police shall not disclose the identity of a victim.'],
    },
  ),
  notGuilty: pattern(
    'relief.not-guilty',
    'Guilt denied: "is not guilty of an offence", "does not commit an offence", "commits no offence".',
    String.raw`\b(?:is|are|shall\s+be|be|was)\s+not\s+guilty\b|\bnothing\s+(?:is|shall\s+be)\s+an\s+offen[cs]e\s+(?:which|that)\b|\bshall\s+not\s+be\s+(?:found\s+|held\s+)?guilty\b|\b(?:does|do|shall)\s+not\s+commit\s+(?:an?\s+|any\s+)?(?:criminal\s+)?offen[cs]es?\b|\bcommits?\s+no\s+(?:criminal\s+)?offen[cs]es?\b|\b(?:deemed|taken|treated\s+as|regarded\s+as|considered)\s+not\s+to\s+have\s+committed\s+(?:an?\s+|any\s+)?(?:criminal\s+)?offen[cs]es?\b|\bno\s+(?:criminal\s+)?offen[cs]e\s+is\s+committed\b|\bno\s+(?:[\w-]+\s+){0,2}?(?:accused|defendants?|persons?|victims?|individuals?|minors?|child(?:ren)?)\b[^.;:]{0,120}?\b(?:shall|may|will|is\s+to|can)\s+be\s+(?:found\s+|held\s+|adjudged\s+|deemed\s+)?guilty\b`,
    {
      flag: ['[[Nothing is an offence which]] is done by a trafficked person under the control of the trafficker.', 'A person [[is not guilty]] of an offence if', 'The person [[does not commit an offence]] by doing the act.', 'A trafficked person [[commits no offence]] under section 9.', 'A victim shall be [[deemed not to have committed an offence]] under the immigration law where', 'Such a person is [[taken not to have committed any offence]] by entering the country', '[[No defendant charged with loitering may be held guilty]] where'],
      pass: ['A person who is guilty of an offence under this section is liable to imprisonment.', 'The accused pleaded not guilty.', 'The offender shall be deemed to have committed the offence in the territory.'],
    },
  ),
  defence: pattern(
    'relief.defence',
    'A statutory defence: "It is a defence...", "shall be a defence", "has a defence", "may raise the defence".',
    String.raw`\b(?:it\s+is|it\s+shall\s+be|shall\s+be|is|constitutes?|be)\s+(?:a|an)\s+(?:complete\s+|full\s+|valid\s+|statutory\s+|special\s+)?defen[cs]e\b|\bhas\s+(?:a|an)\s+(?:complete\s+|full\s+|statutory\s+)?defen[cs]e\b|\bmay\s+(?:raise|plead|assert|rely\s+on)\s+(?:as\s+)?(?:a|an|the)\s+defen[cs]e\b`,
    {
      flag: ['[[It is a defence]] to a charge of soliciting that', 'Trafficking [[shall be a defence]] to a charge of loitering.', 'The accused [[has a defence]] if', 'A victim [[may raise as a defense]] to a charge of loitering that'],
      pass: ['It is not a defence to a charge under section 5 that the victim consented.', 'It is no defence that the victim was paid.'],
    },
  ),
  affirmativeDefence: pattern(
    'relief.affirmative-defence',
    'A United States-style "affirmative defense".',
    String.raw`\b(?<!\bother\s)affirmative\s+defen[cs]e\b`,
    {
      flag: ['It is an [[affirmative defense]] to prosecution under this section that', 'The defendant may raise an [[affirmative defence]].'],
      // "In addition to any other affirmative defense, it is a defense to ...": the protection is the defence that follows.
      pass: ['It is a defence to a charge of theft that', 'In addition to any other affirmative defense, the court may'],
    },
  ),
  immunity: pattern(
    'relief.immunity',
    'An immunity: "immune from prosecution", "shall enjoy immunity from criminal liability".',
    String.raw`\bimmun(?:e|ity)\s+from\s+(?:[\w,]+\s+){0,5}?(?:prosecution|liability|responsibility|punishment|penalt(?:y|ies)|sanctions?|arrest|detention|proceedings|charges?|conviction)\b|\b(?:enjoy|have|be\s+granted|be\s+accorded|be\s+afforded)\s+immunity\b`,
    {
      flag: ['A trafficked person shall be [[immune from prosecution]] for prostitution.', 'A victim is [[immune from criminal, civil and administrative liability]] for those acts.', 'Victims shall [[enjoy immunity]] for those acts.', 'is [[immune from criminal and civil liability]]'],
      pass: ['The officer is protected from suit for acts done in good faith.'],
    },
  ),
  exemption: pattern(
    'relief.exemption',
    'An exemption or release from liability: "exempt from criminal liability", "released from punishment", "liability is excluded".',
    String.raw`\bexempt(?:ed|s)?(?:\s{0,4},[^,;.]{1,80},)?\s+from\s+(?:[\w,]+\s+){0,5}?(?:liability|responsibility|prosecution|punishment|penalt(?:y|ies)|sanctions?)\b|\bexemption\s+from(?:,?\s+or\s+(?:reduction|mitigation|remission)\s+of,?)?\s+(?:\w+\s+){0,3}?(?:liability|responsibility|prosecution|punishment|penalt(?:y|ies))\b|\breleas(?:e|ed|es)(?:\s{0,4},[^,;.]{1,80},)?\s+(?:\w+\s+){0,3}?from\s+(?:[\w,]+\s+){0,4}?(?:liability|responsibility|punishment|penalt(?:y|ies))\b|\b(?:criminal|penal)\s+(?:liability|responsibility)\s+(?:shall\s+be|is)\s+(?:excluded|waived|extinguished|not\s+incurred)|\b(?:shall|will|may|does|do|must)\s+not\s+(?:bear|incur|attract|be\s+subject\s+to)\s+(?:any\s+)?(?:${LIABILITY_KINDS})?(?:liability|responsibility|penalt(?:y|ies)|punishment)|\bincurs?\s+no\s+(?:${LIABILITY_KINDS})?(?:liability|responsibility|penalt(?:y|ies)|punishment|sanctions?)|\b(?:be|being|is|are)\s+relieved\s+(?:of|from)\s+(?:\w+\s+){0,3}?(?:liability|responsibility|prosecution|punishment|penalt(?:y|ies)|sanctions?)\b|\bnot\s+to\s+(?:bear|incur|be\s+subject\s+to)\s+(?:any\s+)?(?:${LIABILITY_KINDS})?(?:liability|responsibility|penalt(?:y|ies)|punishment)|\b(?:punishment|penalt(?:y|ies)|sanctions?|sentence)\s+(?:shall|may|must|will)\s+be\s+(?:remitted|waived|reduced\s+or\s+remitted|remitted\s+or\s+reduced|reduced\s+or\s+waived)\b|\bbears?\s+no\s+(?:${LIABILITY_KINDS})?(?:liability|responsibility)\b|\b(?:shall|must|will|may|is|are)\s+(?:be\s+)?exonerated\b|\b(?:shall|will|must|is\s+to|are\s+to)\s+(?:go|remain)\s+unpunished\b|\b(?:shall|will|does|do|must)\s+not\s+(?:entail|give\s+rise\s+to)\s+(?:any\s+)?(?:criminal\s+|penal\s+|administrative\s+)?(?:liability|responsibility|punishment|penalt(?:y|ies))\b|\b(?:shall\s+be|is|are|be)\s+free\s+from\s+(?:any\s+)?(?:${LIABILITY_KINDS})?(?:liability|responsibility|prosecution|punishment|penalt(?:y|ies))\b`,
    {
      flag: [
        'The victim is [[exempt from criminal liability]] for the offence.',
        'shall be [[exempt from criminal, administrative and civil liability]] for acts',
        'Victims shall be [[exempted from the penalties]] laid down in the Penal Code.',
        'The victim may be [[exempted, on an order of the Minister of Justice, from the penalties]] for those acts.',
        'A trafficked person shall be [[released from criminal liability]]',
        'shall be [[released from criminal, administrative and civil liability]] for any unlawful act',
        'The person [[shall not bear criminal liability]] for',
        'A victim [[incurs no criminal liability]] for acts',
        'A victim [[incurs no penalty]] for those offences.',
        'may, according to the circumstances, [[be relieved of administrative penalties]]',
        'Victims have the right 3. [[not to bear criminal liability]] for offences of prostitution',
        'the [[punishment shall be reduced or remitted]].',
        'A person subjected to trafficking [[bears no criminal responsibility]] for acts',
        'the victim [[shall be exonerated]] where the acts were a consequence of the exploitation',
        'a trafficked person [[shall go unpunished]] for offences',
        'Conduct of a victim compelled by the trafficker [[shall not entail criminal liability]].',
        'A victim [[shall be free from criminal liability]] for any offence',
        'A trafficked person shall [[incur no criminal, administrative or civil liability]] for acts the trafficking caused.',
        'A victim [[does not bear criminal or disciplinary liability]] for acts the trafficking caused.',
        'Each such case shall be weighed for an [[exemption from, or reduction of, liability]] under the general law.',
        'If the offence arose from the exploitation, the [[sanction may be waived]].',
      ],
      pass: ['The employer is liable for any penalty.', 'A victim shall be released from the shelter at his or her request.', 'The employer bears the cost of repatriation.', 'The victim shall be free from contact with the accused.'],
    },
  ),
  noLiability: pattern(
    'relief.no-liability-attaches',
    'No liability attaches to the person: "No criminal or civil liability attaches to a victim", "no liability shall arise".',
    String.raw`\bno\s+(?:${LIABILITY_KINDS})?(?:liability|responsibility)\s+(?:shall\s+|will\s+|may\s+)?(?:attach(?:es)?|arises?|be\s+incurred|is\s+incurred)`,
    { flag: ['[[No criminal or civil liability attaches]] to a victim for', '[[no liability shall arise]] for the victim', '[[No penal, civil or administrative liability attaches]] to a trafficked person for'], pass: ['liability attaches to the employer'] },
  ),
  courtRelief: pattern(
    'relief.court-exempts-or-acquits',
    'The court is told to relieve the person: "The court shall exempt a victim from the penalty", "A court shall acquit an accused", "the accused shall be acquitted", "shall dismiss the charge".',
    String.raw`\b(?:shall|must|may)\s+(?:[\w-]+\s+)?(?:remit|waive)\s+(?:the\s+|any\s+|a\s+)?(?:punishment|penalt(?:y|ies)|sanctions?|sentence)\b|\b(?:shall|must|may)\s+(?:exempt|release|relieve|absolve|discharge)\s+(?:[\w-]+\s+){0,8}?from\s+(?:the\s+|any\s+)?(?:criminal\s+)?(?:liability|responsibility|penalt(?:y|ies)|punishment|prosecution|sentence)\b|\b(?:shall|must|may|to)\s+relieve\s+(?:[\w-]+\s+){0,8}?of\s+(?:the\s+|any\s+|all\s+)?(?:criminal\s+)?(?:liability|responsibility|penalt(?:y|ies)|punishment|sentence|sanctions?)\b|\b(?:shall|must|may)\s+acquit\b|\b(?:shall|must)\s+be\s+acquitted\b|\b(?:shall|must|may)\s+(?:enter|grant|order|direct)\s+(?:a\s+|the\s+)?stay\s+of\s+(?:the\s+|all\s+)?(?:proceedings|prosecution)\b|\b(?:shall|must|may)\s+(?:absolutely\s+|unconditionally\s+)?discharge\s+(?:the\s+|that\s+|such\s+)?(?:person|accused|defendant|victim|child|minor)\b|\b(?:shall|must|may)\s+(?:dismiss|quash|strike\s+out)\s+(?:the\s+|any\s+|all\s+)?(?:charges?|case|proceedings|complaint|indictment|information)\b|\b(?:move|apply|petition)\s+(?:the\s+court\s+)?to\s+dismiss\s+(?:the\s+|any\s+)?(?:charges?|case|proceedings|petition|complaint)\b`,
    {
      flag: [
        'The court [[shall exempt a victim of trafficking from the penalty]] for any offence',
        'The judge [[may remit the punishment]] of a person who was trafficked',
        'A court [[shall acquit]] an accused of any offence',
        'the judge [[shall relieve the trafficked person of any penalty]] for that offence',
        'the court is [[to relieve the accused of the sentence]] where the offence flowed from the exploitation',
        'where the offence resulted from the trafficking, the accused [[shall be acquitted]]',
        'A minor charged with prostitution may [[move to dismiss the charge]].',
        'the judge [[must order a stay of proceedings]] where the defendant was trafficked',
        'the magistrate [[may discharge the accused]] if the offence arose from being trafficked',
        'The court [[may remit the punishment]] of a trafficked person who offended as a direct result of being trafficked',
        'The court [[may waive the sanction]] for an offence a trafficked person committed because of the trafficking',
      ],
      pass: ['The court shall dismiss the appeal.'],
    },
  ),
  opportunity: pattern(
    'relief.principle-of-opportunity',
    'The civil-law principle of opportunity (prosecutorial discretion): the prosecutor may decline to bring the public action.',
    String.raw`\bprinciple\s+of\s+(?:opportunity|expediency|discretionary\s+prosecution)\b|\b(?:may|shall)\s+(?:waive|suspend|renounce|refrain\s+from)\s+(?:the\s+)?(?:public|criminal)\s+(?:action|prosecution)\b|\b(?:may|shall|must)\s+(?:dispense\s+with|abstain\s+from)\s+(?:the\s+)?prosecut(?:ing|ion)\b`,
    {
      flag: ['the [[principle of opportunity]] applies where the suspect was trafficked', 'the public prosecutor [[may suspend the criminal action]] against a victim', 'the public prosecution office [[may dispense with prosecuting]] the lesser offence'],
      pass: ['the principle of legality applies', 'the court may dispense with the hearing'],
    },
  ),
  // Prosecution made optional, or ended at the prosecutor's choice: the Nordic waiver of prosecution
  // ("charges need not be brought"), the civil-law filing away of a case ("classement sans suite").
  // (Patterns of their own, so that the older ones keep the verdict the ReDoS checker gave them.)
  optionalProceedings: pattern(
    'relief.optional-proceedings',
    'Prosecution made optional: "charges need not be brought", "prosecution may be waived", "proceedings may be discontinued".',
    String.raw`\b(?:criminal\s+)?(?:proceedings|prosecutions?|charges?|(?:the\s+)?public\s+action)\s+(?:need\s+not\s+be\s+(?:brought|instituted|taken|commenced|initiated|pursued|preferred|laid|continued)|may\s+be\s+(?:waived|dispensed\s+with|discontinued|withdrawn|dropped|suspended|filed\s+away))\b`,
    {
      flag: ['[[Charges need not be brought]] against a person for an offence closely tied to the person\'s exploitation.', 'The [[prosecution may be waived]] where a trafficked person offended because of the trafficking.'],
      pass: ['Charges shall be brought against the trafficker.'],
    },
  ),
  fileAway: pattern(
    'relief.file-away',
    'The prosecutor may file a case away or close it (the principle of opportunity in civil-law drafting): "may file away", "may discontinue any case", "may take no further action".',
    String.raw`\b(?:may|shall|must)\s+(?:file\s+away|shelve)\b|\bmay\s+(?:discontinue|close|dismiss)\s+(?:the\s+|any\s+|a\s+|all\s+)?(?:case|charge|prosecution|proceeding)s?\b|\b(?:may|shall)\s+(?:decide\s+to\s+)?take\s+no\s+further\s+action\b`,
    {
      flag: ['The prosecutor [[may file away]] a report against a trafficked person without taking it further', 'the prosecutor [[may discontinue any case]] opened against a victim of exploitation'],
      pass: ['The victim may withdraw the complaint at any time.', 'A victim may drop the charges against the trafficker.'],
    },
  ),
  // A juvenile not to be found delinquent: the United States safe harbour for sexually exploited youth.
  notDelinquent: pattern(
    'relief.not-delinquent',
    'A juvenile not to be found delinquent: "may not be found delinquent", "shall not be adjudicated a delinquent child".',
    String.raw`\b(?:shall|must|may|will|can|is\s+to)\s+not\s+be\s+(?:found|adjudicated|adjudged|declared|deemed)\s+(?:to\s+be\s+)?(?:an?\s+)?delinquent\b`,
    {
      flag: ['A sexually exploited youth [[may not be found delinquent]] for that conduct.', 'the minor [[shall not be adjudicated a delinquent]] child'],
      pass: ['A child may be found delinquent only after a hearing.'],
    },
  ),
  // A duty only to weigh victim status in the decision to prosecute is prosecutorial discretion in
  // mandatory form (a pattern of its own: joined to the principle of opportunity, the ReDoS checker ran out of memory).
  weighsInDecision: pattern(
    'relief.weighs-in-decision',
    'A duty only to weigh the person\'s status when deciding whether to prosecute: "shall give due weight to ... when deciding whether to prosecute", "shall have regard to ... in deciding whether to charge".',
    String.raw`\b(?:shall|must)\s+(?:(?:give|have|attach)\s+(?:due|proper|careful|appropriate|particular|sufficient)\s+(?:consideration|regard|weight)\s+to|have\s+regard\s+to|take\s+(?:into\s+account|account\s+of|into\s+consideration))\b[^.;]{0,120}?\b(?:deciding|decides|decision|considering)\s+whether\s+(?:or\s+not\s+)?to\s+(?:prosecute|charge|institute|continue|bring|proceed|discontinue)\b`,
    {
      flag: ['the Director [[shall give due weight to the person\'s status as a trafficked person when deciding whether to prosecute]]'],
      pass: ['the court shall have regard to the interests of the child'],
    },
  ),
  // The same duty with victimhood as its object, wherever the decision is named ("In deciding whether
  // the prosecution is in the public interest, the Director shall have regard to whether the person is
  // a victim"): read as a protection only in a sentence about a decision to prosecute (PROSECUTION_DECISION).
  weighsVictimhood: pattern(
    'relief.weighs-victimhood',
    'A duty only to weigh whether the person is a victim, however victim status is put ("shall have regard to whether the person is a victim", "the fact that the suspect was trafficked", "the person\'s status as a victim"): in a decision to prosecute, prosecutorial discretion in mandatory form.',
    String.raw`\b(?:shall|must)\s+(?:(?:give|have|attach|pay)\s+(?:due\s+|proper\s+|careful\s+|appropriate\s+|particular\s+|sufficient\s+)?(?:consideration|regard|weight|attention)\s+to|take\s+(?:into\s+account|account\s+of|into\s+consideration)|consider)\s+(?:(?:whether\s+(?:or\s+not\s+)?|the\s+fact\s+that\s+)(?:the\s+|that\s+|such\s+|a\s+)?(?:person|suspect|accused|defendant|individual|child|minor)\s+(?:is|was|has\s+been|had\s+been|may\s+be)\s+(?:an?\s+)?(?:victim|trafficked|subjected)|(?:the\s+|a\s+|that\s+|such\s+)?(?:(?:person|suspect|accused|defendant|individual)['’]s\s+|his\s+or\s+her\s+|their\s+)?(?:status|position|situation)\s+as\s+(?:an?\s+)?(?:victim|trafficked|survivor))`,
    {
      flag: [
        'When weighing the public interest in a charge, the prosecutor [[must consider whether the suspect was a victim]] of trafficking.',
        'the police [[shall take into account the fact that the accused had been trafficked]] before charging the accused',
        'the Director [[shall have regard to the suspect\'s status as a victim]] of slavery in any decision to prosecute',
      ],
      pass: ['the prosecutor shall consider whether the victim needs protection', 'the court shall have regard to the interests of the victim'],
    },
  ),
  // Liability stated as the rule, with the victim's escape from it as the exception: "shall be liable
  // for that offence unless it is shown that ...", "shall not be acquitted on that ground unless it is
  // shown ...". The exception is the protection (and where it puts the burden, NP003 reads it).
  exceptionToLiability: pattern(
    'relief.exception-to-liability',
    'Liability as the rule, read as a protection only where the same clause goes on to the victim\'s exception ("shall be liable ... unless it is shown that the act was a direct result of the trafficking", "shall not be acquitted on the ground of having been trafficked unless ..."): the exception is checked in analyse.ts, by a scan of the clause rather than a look-ahead.',
    String.raw`\b(?:shall|is|are|will|remains?)\s+(?:be\s+)?(?:criminally\s+|penally\s+)?liable\b|\b(?:shall|must|may|is\s+to)\s+not\s+be\s+acquitted\b`,
    {
      flag: ['A victim who offends in the course of being exploited [[shall be liable]] for that offence unless it is shown that the exploitation caused the act.', 'A trafficked accused [[shall not be acquitted]] on that ground unless the act flowed from the trafficking.'],
      pass: ['The employer shall bear the cost of repatriation.', 'The accused shall be acquitted.'],
    },
  ),
  // A penalty already imposed, taken away: "the penalty imposed on a victim ... shall be remitted". The
  // words "shall be remitted" are found by a scan of the clause (analyse.ts), and the person protected
  // is named between the two.
  penaltyRemitted: pattern(
    'relief.penalty-remitted',
    'A penalty already imposed on the person, read as a protection where the clause goes on to take it away ("the penalty imposed on a victim for that offence shall be remitted", "any sentence passed on a trafficked person may be cancelled"); the taking away is checked in analyse.ts.',
    String.raw`\b(?:punishment|penalt(?:y|ies)|sanctions?|sentences?|fines?)\s+(?:imposed|passed|pronounced)\s+(?:on|upon)\b`,
    {
      flag: ['The [[penalty imposed on]] a trafficked person for an act the exploitation caused shall be remitted in full.'],
      pass: ['The court may impose a penalty on the trafficker.'],
    },
  ),
  presumption: pattern(
    'relief.presumption',
    'A presumption of victim status: "shall be presumed to be a victim of trafficking".',
    String.raw`\b(?:shall\s+be|is|are|be)\s+(?:rebuttably\s+)?(?:presumed|deemed|considered|treated\s+as)\s+(?:to\s+(?:be|have\s+been)\s+)?(?:an?\s+)?(?:victims?|trafficked|child\s+victims?)\b|\bpresumption\s+that\s+(?:the\s+|a\s+|such\s+)?(?:person|accused|defendant|minor|child|individual)\s+(?:is|was)\s+(?:an?\s+)?(?:victim|trafficked)|\b(?:it\s+)?shall\s+be\s+presumed\b(?=[^.;]{0,120}?\b(?:coerc\w*|compell\w*|traffick\w*|victim))`,
    {
      flag: ['A minor charged with prostitution [[shall be presumed to be a victim]] of trafficking.', 'there is a [[presumption that the person is a victim]]', '[[it shall be presumed]], subject to rebuttal, that the person committed the offense under coercion'],
      pass: ['A child shall be presumed to be under 18 where the age is uncertain.'],
    },
  ),
  recordRelief: pattern(
    'relief.record',
    'Relief from a record: a conviction, adjudication or arrest record vacated, expunged, sealed, set aside or quashed.',
    String.raw`\b(?:vacat(?:e|es|ed|ing|ur)|expung(?:e|es|ed|ing|ement)|expunction|seal(?:s|ed|ing)?|set(?:s|ting)?\s+aside|quash(?:es|ed|ing)?|annul(?:s|led|ling|ment)?|eras(?:e|es|ed|ure)|destroy|destruction\s+of|clear(?:s|ed|ing)?|disregard(?:s|ed|ing)?|pardon(?:s|ed|ing)?)\b(?:\s+[\w'’-]+){0,6}?\s+(?:convictions?|judgments?|records?|adjudications?|arrests?|findings?\s+of\s+guilt|criminal\s+histor(?:y|ies)|sentences?|charges?|cautions?)\b|\bstrik(?:e|es|ing)\s+(?:out\s+|off\s+)?(?:the\s+|any\s+|every\s+|all\s+|such\s+)?(?:[\w'’-]+\s+){0,3}?(?:convictions?|findings?\s+of\s+guilt|criminal\s+records?)\b|\b(?:petition|motion|application|apply|move)\b[^.;]{0,80}?\b(?:vacatur|expungement|expunction)\b|\b(?:convictions?|judgments?|records?|adjudications?|arrests?|entries|cautions?)\s+(?:[\w,'’()-]+\s+){0,30}?(?:(?:shall|must|may|will|to)\s+)?(?:be\s+)?(?:vacated|expunged|sealed|set\s+aside|quashed|annulled|erased|destroyed|deleted|removed|disregarded|treated\s+as\s+spent|pardoned|cancell?ed|canceled|revoked|struck\s+(?:off|out|from))\b|\b(?:deemed|treated)\s+(?:for\s+all\s+(?:legal\s+)?purposes\s+)?(?:as\s+if\s+(?:the\s+(?:person|victim|applicant)|he|she|they)\s+had\s+(?:never|not)\s+been\s+convicted|(?:as\s+)?(?:never|not)\s+(?:to\s+)?(?:have\s+|having\s+)?been\s+convicted)\b`,
    {
      flag: [
        'A person may file a motion to [[vacate the conviction]] if',
        'the court shall order that every [[record of the conviction, and of any penalty imposed for it, be expunged]]',
        'may apply for an order [[setting aside the conviction]]',
        'The court shall [[seal all records]] of the arrest.',
        'may apply to the court to have the [[arrest or conviction vacated]].',
        'for the [[conviction or caution to be disregarded]].',
        'may [[petition the court for vacatur]] relief.',
        'an order that the [[conviction be treated as spent]].',
        'shall order that any [[conviction of the victim for an offence committed as a direct result of being trafficked be struck from]] the record',
        'the court may [[strike the conviction]] from the record of the person',
        'shall order that the [[conviction be cancelled]]',
        'the victim shall be [[treated for all purposes as if the victim had never been convicted]] of that offence',
        'the applicant is [[deemed not to have been convicted]]',
      ],
      pass: ['The court may set aside the order for costs.', 'The victim shall be given a sealed envelope.', 'The court may strike out the claim for costs.', 'the offence shall be struck off the list of cases'],
    },
  ),
} as const;

/** Every way a provision takes a penal consequence away, in the order forms are preferred. */
export const RELIEF_PATTERNS = [
  RELIEF.affirmativeDefence,
  RELIEF.defence,
  RELIEF.notGuilty,
  RELIEF.immunity,
  RELIEF.exemption,
  RELIEF.noLiability,
  RELIEF.courtRelief,
  RELIEF.opportunity,
  RELIEF.optionalProceedings,
  RELIEF.fileAway,
  RELIEF.weighsInDecision,
  RELIEF.weighsVictimhood,
  RELIEF.negatedSubject,
  RELIEF.negatedClass,
  RELIEF.noProceedings,
  RELIEF.prosecutorDuty,
  RELIEF.negated,
  RELIEF.notDelinquent,
  RELIEF.exceptionToLiability,
  RELIEF.penaltyRemitted,
  RELIEF.presumption,
  RELIEF.recordRelief,
] as const;

/** A sentence about a decision to prosecute or charge: where a duty to weigh victimhood (RELIEF.weighsVictimhood) is a protection. */
export const PROSECUTION_DECISION = /\b(?:prosecut\w{0,12}|charg(?:e|es|ed|ing)|institut\w{0,6}\s{1,8}(?:criminal\s{1,8})?proceedings|public\s{1,8}interest)\b/i;

/** The penal consequences a protection covers (issue 11's criminal-liability-only rule reads these). */
export const CONSEQUENCE = {
  criminalLiability: pattern('consequence.criminal-liability', 'Criminal (or penal) liability or responsibility, guilt, conviction.', String.raw`\b(?:criminal(?:ly)?|penal(?:ly)?)\s+(?:liab\w+|responsib\w+)|\bliab(?:le|ility)\b|\bguilty\b|\bconvict(?:ed|ion)\b|\boffen[cs]e\s+is\s+committed`, {
    flag: ['shall not be [[criminally liable]]', 'is not [[guilty]] of an offence'],
    pass: ['shall not be detained'],
  }),
  prosecution: pattern('consequence.prosecution', 'Prosecution, charge or trial.', String.raw`\bprosecut\w*|\bcharg(?:ed|es?)\b|\btried\b|\bstand\s+trial\b|\bproceedings\b|\bindict\w*`, {
    flag: ['shall not be [[prosecuted]]', 'no [[proceedings]] shall be instituted'],
    pass: ['shall not be detained'],
  }),
  punishment: pattern('consequence.punishment', 'Punishment, penalty, sanction, fine or imprisonment.', String.raw`\bpunish\w*|\bpenal(?:i[sz]ed|ties|ty)\b|\bsanction\w*|\bfin(?:ed|es?)\b|\bimprison\w*`, {
    flag: ['shall not be [[punished]]', 'no [[penalty]] may be imposed'],
    pass: ['shall not be arrested'],
  }),
  arrest: pattern('consequence.arrest', 'Arrest, or being taken into custody.', String.raw`\barrest(?:ed|s)?\b|\btaken\s+into\s+custody`, { flag: ['shall not be [[arrested]]'], pass: ['shall not be detained'] }),
  detention: pattern('consequence.detention', 'Detention of any kind, including immigration detention.', String.raw`\bdetain(?:ed)?\b|\bdetention\b|\bcustody\b|\bconfine(?:d|ment)\b`, {
    flag: ['shall not be [[detained]]', 'shall not be held in immigration [[detention]]'],
    pass: ['shall not be arrested'],
  }),
  administrative: pattern(
    'consequence.administrative',
    'Administrative liability or penalties, including liability for a contravention (the civil-law tier of administrative wrongs beside crimes).',
    String.raw`\badministrative(?:ly)?\b|\bliability\s+for\s+(?:an?\s+)?(?:contraventions?|administrative\s+offen[cs]es?|infractions?)\b|\bcontraventional\b`,
    { flag: ['[[administrative]] penalties', 'criminal liability, or [[liability for a contravention]], for'], pass: ['criminal penalties', 'liable for any contravention of this Act'] },
  ),
  civil: pattern('consequence.civil', 'Civil liability.', String.raw`\bcivil(?:ly)?\s+(?:liab\w+|penalt\w+|action|proceedings)|\bcivilly\b`, { flag: ['[[civil liability]]', 'shall not be held criminally, [[civilly]] or administratively liable'], pass: ['criminal liability'] }),
  immigration: pattern('consequence.immigration', 'Immigration penalties: deportation, removal, expulsion, immigration detention.', String.raw`\bdeport\w*|\bremov(?:al|ed)\b|\bexpel\w*|\bexpulsion\b|\bimmigration\s+(?:detention|penalt\w+|sanctions?|proceedings|offen[cs]es)`, {
    flag: ['shall not be [[deported]]', 'shall not be held in [[immigration detention]]'],
    pass: ['shall not be prosecuted'],
  }),
} as const;

// ---------------------------------------------------------------------------------------------
// Who is protected.

/**
 * The person named by what the person went through rather than by the word "victim", as translated
 * codes often put it: "a person who has suffered trafficking", "who underwent exploitation", "the
 * object of trafficking", "a person affected by trafficking".
 */
const SUFFERED_TRAFFICKING = String.raw`\b(?:suffered|undergone|underwent|endured|experienced|survived)\s+(?:(?:an?|the|any|\w+)\s+){0,2}?(?:trafficking|exploitation|slavery|servitude|bondage|forced\s+(?:or\s+compulsory\s+)?labou?r)\b|\b(?:object|subject|target)\s+of\s+(?:(?:human|sex|sexual|labou?r|child)\s+)?trafficking\b|\b(?:affected|harmed|injured)\s+by\s+(?:(?:human|sex|sexual|labou?r|the)\s+)?trafficking\b`;

/** The victim, named directly or by what was done to the person. */
export const VICTIM = pattern(
  'person.victim',
  'A victim of trafficking, slavery, forced labour or exploitation, named directly ("victim", "trafficked person", "survivor") or by what was done to the person ("was subjected to forced labour", "held in servitude").',
  String.raw`\b(?:victims?|survivors?|trafficked|sold)\b|\btraffick\w*\s+(?:victims?|persons?|survivors?|child(?:ren)?|minors?|wom[ae]n)\b|\b(?:subjected|submitted)\s+to\s+(?:\w+\s+){0,3}?(?:trafficking|slavery|servitude|forced\s+(?:or\s+compulsory\s+)?(?:labou?r|criminality|begging|marriage)|exploitation|debt\s+bondage|bondage|sexual\s+exploitation)\b|\bheld\s+in\s+(?:slavery|servitude|bondage)\b|\b(?:against|in\s+respect\s+of|upon|on)\s+whom\s+(?:an?\s+|the\s+)?(?:offen[cs]e|violation|crime)s?\b[^.;]{0,120}?\b(?:traffick\w*|slavery|servitude|forced\s+labou?r|exploitation|sexual\s+servitude)|\b(?:slavery|servitude|forced\s+(?:or\s+compulsory\s+)?labou?r|forced\s+criminality|relevant\s+exploitation|human\s+trafficking|trafficking\s+in\s+(?:persons|human\s+beings|children))\b|\bexploited\b|${SUFFERED_TRAFFICKING}`,
  {
    flag: [
      'A [[victim]] of trafficking shall not',
      'A person who has [[suffered trafficking]] shall be exempt',
      'someone who [[underwent labour trafficking]] is not to be punished',
      'a person who was the [[object of trafficking]]',
      'an individual [[affected by trafficking]]',
      'the accused, while a [[trafficking victim]], committed',
      'a person who was [[subjected to forced labour]]',
      'the compulsion is attributable to [[slavery]]',
      'A [[trafficked]] person',
      'a worker [[against whom an offence of forced labour]] was committed',
    ],
    pass: ['A carrier shall not be liable.', 'The accused was under the age of 18.', 'a person who has suffered a loss', 'the objects of this Act include the prevention of crime', 'a business affected by the closure'],
  },
);

/** The victim's status stated as a predicate of the accused: "the accused was a victim", "having been trafficked". */
export const VICTIM_STATUS = pattern(
  'person.victim-status',
  'The accused or applicant is said to be, or to have been, a victim: "the defendant was a victim of trafficking", "as a result of having been trafficked", "the compulsion is attributable to slavery".',
  String.raw`\b(?:is|was|were|are|been|being|as|became|remains?)\s+(?:an?\s+|the\s+)?(?:victims?\s+of|trafficked|subjected\s+to|held\s+in\s+(?:slavery|servitude))|\b(?:compulsion|conduct|act|offen[cs]e|participation)\s+(?:is|was|were)\s+(?:\w+\s+){0,3}?(?:attributable|due|owing)\s+to\b|\bvictims?\s+of\s+(?:trafficking|human\s+trafficking|slavery|servitude|forced|sex\s+trafficking|labou?r\s+trafficking|an?\s+(?:offen[cs]e|crime|violation)|exploitation)|\btrafficked\s+persons?\b|\b(?:trafficking|human\s+trafficking)\s+victims?\b|\b(?:being|having\s+been|been)\s+(?:trafficked|exploited|subjected)|\bby\s+(?:an?\s+|the\s+|another\s+)?(?:person|individual|one)\s+(?:who\s+(?:is|was)\s+)?(?:engaged\s+in|acting\s+in\s+violation\s+of|committing|guilty\s+of)\s+(?:human\s+|sex\s+|labou?r\s+)?trafficking|\bby\s+(?:a|the|his|her|their)\s+traffickers?\b|\b(?:who|which|that)\s+(?:had\s+|has\s+)?(?:trafficked|exploited|enslaved)\s+(?:the|him|her|them)\b|\bby\s+(?:an?\s+|the\s+|another\s+)?(?:person|individual)\s+who\s+(?:was|is|had\s+been|has\s+been)\s+(?:exploiting|trafficking|enslaving)\s+(?:the|him|her|them)\b|\b(?:against|in\s+respect\s+of|upon|on)\s+whom\s+(?:an?\s+|the\s+)?(?:offen[cs]e|violation|crime)s?\b[^.;]{0,120}?\b(?:traffick\w*|slavery|servitude|forced\s+labou?r|exploitation)|${SUFFERED_TRAFFICKING}`,
  {
    flag: [
      'that the defendant [[was a victim of]] trafficking',
      'that the accused had [[suffered trafficking]] at the time',
      'as a direct result of [[having been trafficked]]',
      'the [[compulsion is attributable to]] slavery',
      'if the accused was a [[trafficking victim]] at the time',
      'compelled to do so by force exercised [[by a person engaged in human trafficking]]',
      'by a person [[who trafficked the]] defendant',
      'pressured by a gang leader [[who exploited the]] worker',
      'a defendant [[against whom an offence of trafficking]] had been committed',
      'A [[victim of a violation]] of section 12 has a defence',
    ],
    pass: ['that the defendant did not know the age of the child', 'the accused was a minor at the time'],
  },
);

/** Someone other than the victim is the one protected: carriers, officials, those who help. */
export const OTHER_ACTOR = pattern(
  'person.other-actor',
  'Someone other than the victim: a carrier, journalist, employer, official, prosecutor, a person who helps or reports in good faith.',
  String.raw`\b(?:carriers?|journalists?|reporters?|publishers?|media|employers?|landlords?|(?:service\s+)?providers?|organi[sz]ations?|compan(?:y|ies)|bod(?:y|ies)\s+corporate|officials?|officers?|police|prosecutors?|investigators?|interpreters?|social\s+workers?|health\s+workers?|(?:persons?|anyone|everyone|individuals?)\s+who\s+(?:provides?|assists?|helps?|reports?|gives?|renders?|employs?|shelters?|harbou?rs?|rescues?|supports?|informs?|acts?\s+in\s+good\s+faith|discloses?|notifies?)|in\s+good\s+faith)\b`,
  {
    flag: ['A [[carrier]] shall not be liable', 'A [[person who assists]] a victim shall not be prosecuted', 'Any person acting [[in good faith]] shall not'],
    pass: ['A victim of trafficking shall not be prosecuted'],
  },
);

/** A person, named generically: whose victim status the rest of the sentence states. */
export const GENERIC_PERSON = pattern(
  'person.generic',
  'A person named generically ("a person", "the accused", "the defendant", "he or she", "a minor"): the rest of the sentence must say the person is a victim.',
  String.raw`\b(?:persons?|individuals?|accused|defendants?|applicants?|petitioners?|movants?|offenders?|he|she|they|anyone|one|child(?:ren)?|minors?|juveniles?|foreign(?:er|\s+nationals?)s?|non-citizens?|migrants?|wom[ae]n)\b`,
  { flag: ['A [[person]] is not guilty', 'The [[defendant]] may raise'], pass: ['The court may order'] },
);

/** A person under 18, named as such (the protected person of a safe-harbour law). */
export const MINOR = pattern(
  'person.minor',
  'A person under 18: a child, a minor, a juvenile, "a person under the age of 18".',
  String.raw`\b(?:child(?:ren)?|minors?|juveniles?|young\s+persons?|youths?)\b|\b(?:persons?|individuals?|anyone)\s+(?:who\s+(?:is|was)\s+)?(?:under|below|less\s+than|younger\s+than)\s+(?:the\s+age\s+of\s+)?(?:1[0-8]|[1-9]|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen)\b`,
  { flag: ['No [[minor]] shall be prosecuted', 'A [[person under the age of 18]] is not', 'No [[person under sixteen]] years of age may be prosecuted'], pass: ['No person shall be prosecuted'] },
);

// ---------------------------------------------------------------------------------------------
// Offending, conditions, and the shape of a sentence.

/** The sentence speaks of offending or its consequences at all. */
export const OFFENDING = pattern(
  'offending.any',
  'Words of offending or its consequences: offence, crime, unlawful, liable, prosecuted, punished, guilty, conviction.',
  String.raw`\b(?:offen[cs]es?|crimes?|unlawful|illegal|irregular|criminal|liable|liability|prosecut\w*|penal\w*|punish\w*|sanction\w*|guilty|convict\w*|charg(?:e[sd]?|ing)|violations?|delinquen\w*|misdemeanou?rs?|felon(?:y|ies))\b`,
  { flag: ['for any [[offence]]', '[[unlawful]] acts'], pass: ['shall be given shelter and medical care'] },
);

/** Nouns that name offending in general; whether a use is general depends on its neighbours. */
export const OFFENCE_NOUN = pattern(
  'offending.noun',
  'A noun naming offending: offence, crime, act, activity, conduct, violation, charge.',
  String.raw`\b(?:offen[cs]es?|crimes?|acts?|activit(?:y|ies)|conduct|wrongdoing|violations?|infractions?|misdemeanou?rs?|felon(?:y|ies)|charges?|delicts?|contraventions?)\b`,
  { flag: ['any [[offence]]', 'unlawful [[acts]]'], pass: ['any person'] },
);

/** Wording that says a thing need not be shown: "it is not necessary to establish", "irrespective of". */
export const NOT_REQUIRED = pattern(
  'condition.not-required',
  'A thing need not be shown: "it is not necessary to establish", "irrespective of", "regardless of whether".',
  String.raw`\b(?:not\s+(?:be\s+)?(?:necessary|required|needed|relevant)|need\s+not|irrespective\s+of|regardless\s+of|without\s+(?:the\s+need|having|any\s+need|any\s+requirement|requirement|proof|proving|requiring|regard\s+to|(?:any\s+|a\s+)?(?:showing|proof|evidence|demonstration|conditions?\s+of|requirements?\s+of))|(?:is|are|shall\s+be)\s+immaterial|no\s+(?:need|requirement)|does\s+not\s+(?:require|matter|have\s+to)|do\s+not\s+(?:require|have\s+to)|whether\s+or\s+not|shall\s+not\s+be\s+required|is\s+not\s+required)\b`,
  { flag: ['it is [[not necessary]] to establish that the child was compelled', '[[irrespective of]] the means used', '[[without any showing]] of force, fraud or coercion', 'it [[is immaterial]] whether the person was compelled'], pass: ['it is necessary to establish'] },
);

/** The same said after the words: "compulsion need not be shown", "the question of coercion shall not arise". */
export const NOT_REQUIRED_AFTER = pattern(
  'condition.not-required-after',
  'A thing need not be shown, said after it: "compulsion need not be proved", "the question of coercion shall not arise".',
  String.raw`^[^.;]{0,40}?\b(?:need\s+not\s+be\s+(?:shown|proved|proven|established|demonstrated)|need\s+not\s+be|(?:shall|does|will)\s+not\s+arise|is\s+(?:ir|not\s+)relevant|shall\s+be\s+irrelevant|(?:is|are)\s+not\s+(?:required|necessary))`,
  { flag: ['[[was compelled need not be proved]]'], pass: ['was compelled to commit it'] },
);

/** Where the condition of protection begins, ending the words that name the acts covered. */
export const CONDITION_START = pattern(
  'condition.start',
  'Where the condition of protection begins: "if", "where", "that", "committed as a direct result", "which arose from".',
  // Each alternative starts at a comma or at the first of the spaces before its word (the lookbehind),
  // so that a long run of spaces is not tried from each of its characters.
  String.raw`(?:,|(?<![\s,]))(?:,?\s*\b(?:where|if|when|whenever|provided\s+that|provided(?=\s{1,8}(?:the|such|it|he|she|they)\s)|to\s+the\s+extent|insofar|in\s+so\s+far|unless|so\s+long\s+as|on\s+condition)\b|\s+(?:that|which)\s+(?:is|are|was|were|have\s+been|has\s+been)\s+(?:a\s+|the\s+)?direct|\s+(?:that|which)\s+(?:the\s+(?:person|victim)\s+)?(?:results?|resulted|arises?|arose|flows?|flowed|stems?|stemmed|follows?|followed)\s+(?:directly\s+)?(?:from|out\s+of)|\s+that\s+(?:[\w'’-]+\s+){0,8}?(?:was|were|is|are)\s+(?:a\s+|the\s+)?(?:direct|result|consequence)|,?\s+(?:committed|done|carried\s+out|arising|resulting|undertaken|performed|engaged\s+in)\b|\s+as\s+a\s+(?:direct\s+)?(?:result|consequence)\b|\s+(?:owing|due)\s+to\b|\s+(?:in|during)\s+the\s+course\s+of\b|\s+because\b|\s+while\b)`,
  { flag: ['any offence[[ committed]] as a direct result', 'for loitering[[ if]] the person', 'violations of the residency laws[[, provided]] the violation arose from the trafficking'], pass: ['for loitering and vagrancy', 'the penalties provided for in the Aliens Law'] },
);

/** Words that open a list: the listed offences are examples, not the limit. */
export const LIST_OPENER = pattern(
  'scope.list-opener',
  'Words that make what follows examples: "including", "such as", "in particular", "including but not limited to".',
  String.raw`\b(?:including|includes|include|such\s+as|in\s+particular|particularly|for\s+example|for\s+instance|e\.g\.|among\s+others|inter\s+alia|not\s+limited\s+to|without\s+limitation|notably|especially)\b`,
  { flag: ['any offence, [[including]] illegal entry', 'unlawful acts [[such as]] begging'], pass: ['illegal entry and unlawful residence'] },
);

// ---------------------------------------------------------------------------------------------
// Headings and references.

/** A section heading that names a non-punishment provision. */
export const PROVISION_HEADING = pattern(
  'heading.provision',
  'A heading that names a non-punishment provision: "Non-liability of victims", "Immunity from prosecution", "Defence for victims of slavery", "Vacating convictions of trafficking victims".',
  String.raw`non[-\s]?(?:punishment|liability|prosecution|criminali[sz]ation|penali[sz]ation|detention)|immunity\s+from\s+(?:prosecution|punishment|liability)|exemption\s+from\s+(?:criminal\s+)?(?:liability|punishment|prosecution)|protection\s+(?:of\s+(?:victims|trafficked\s+persons)\s+)?(?:from|against)\s+(?:prosecution|punishment|liability|criminali[sz]ation|penal)|defen[cs]e\s+(?:for|of)\s+(?:victims|trafficked|slavery|persons?\s+who)|(?:victims?|trafficked\s+persons?)\b[^.]{0,40}\bnot\s+(?:to\s+be\s+)?(?:punished|prosecuted|liable|penali[sz]ed|criminali[sz]ed|detained)|(?:vacat\w*|expung\w*|set(?:ting)?\s+aside|seal\w*|disregard\w*)\s+(?:of\s+)?(?:convictions?|records?)\b[^.]{0,40}\b(?:victims?|traffick\w*)|\b(?:prosecution|punishment|liability|detention|convictions?)\s+of\s+(?:an?\s+|the\s+)?(?:victims?|trafficked\s+persons?)\b|\bdefen[cs]e\b[^.]{0,40}\b(?:victims?|trafficked)\b`,
  {
    flag: ['14. [[Non-liability]] of victims', 'Criminal [[prosecution of victim]] of trafficking', '[[Immunity from prosecution]]', '[[Defence for victims]] of slavery or trafficking who commit an offence', '[[Vacating convictions of trafficking victims]]'],
    pass: ['Offence of trafficking in persons', 'Protection of identity of victims'],
  },
);

/** Cross-references to other sections: "section 14", "s. 14(2)", "article 4". */
export const CROSS_REFERENCE = pattern(
  'reference.section',
  'A reference to a section or article by number: "section 14", "s. 14(2)", "article 4", "sections 41 and 43".',
  String.raw`\b(?:sections?|ss?\.|articles?|arts?\.|§§?)\s*(\d{1,4}[A-Za-z]{0,2})\b`,
  { flag: ['under [[section 14]](2)', '[[s. 9]]', '[[article 4]]'], pass: ['subsection (2)'] },
);

/** A definition: "child" means..., **child** includes... */
export const DEFINITION = pattern(
  'definition.quoted',
  'A definition of a quoted term: "child" means..., “exploitation” includes...',
  String.raw`(?:^|[\s(])["“'‘]([^"“”'‘’\n]{1,80})["”'’]\s+(?:means|includes|shall\s+mean|refers\s+to|has\s+the\s+(?:same\s+)?meaning)\b`,
  { flag: ['In this Act[[ "child" means]] a person under 18.'], pass: ['a child means a person under 18'] },
);
