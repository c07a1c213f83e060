import { pattern } from '../../patterns.js';

/**
 * Who must prove what: a legal burden on the accused (or on a victim applying for relief), a
 * standard of proof named for them, or the good practice of the prosecution bearing the burden
 * (CTOC/COP/WG.4/2020/2, paras 64-65; ASEAN Guideline (2025), Guideline [1], "Clarify the burden
 * and standard of proof required").
 */

/**
 * Who decides whether the protection or relief applies, as the object of "satisfies" ("satisfies the
 * court", "satisfies the Secretary of State"): a court, or the body or office that decides an
 * application to clear a conviction.
 */
export const DECIDER = String.raw`(?:court|tribunal|judge|magistrate|jury|board|panel|commission(?:er)?|registrar|secretary\s+of\s+state|minister|director(?:[\s-]general)?)`;

const PARTY = String.raw`(?:the\s+|a\s+|an\s+|that\s+|such\s+(?:a\s+)?)?(?:accused(?:\s+person)?|defendant|person\s+charged|(?:moving|petitioning|applying)\s+party|person|victim|trafficked\s+person|applicant|petitioner|movant|claimant|minor|child|individual|agent)`;

/** A legal burden on the accused or applicant: each alternative one way of writing it. */
export const LEGAL_BURDEN = {
  infinitive: pattern(
    'burden.for-the-accused-to-prove',
    'A burden written as an infinitive: "it is a defence for the accused to prove", "it is for the person charged to satisfy the court".',
    String.raw`\b(?:for|on|upon)\s+${PARTY}\b(?:\s+(?:who|charged|eighteen|aged|of|under|over|older)\b[^.;]{0,100}?)?\s+to\s+(?:prove|establish|show|satisfy|demonstrate|disprove|persuade)\b`,
    {
      flag: ['It is a defence [[for the accused to prove]] that', 'it is [[for the person charged to satisfy]] the court', 'a defence [[for a person eighteen years of age or older who is charged with an offence to show]] that'],
      pass: ['it is for the prosecution to prove', 'for the accused to raise the issue'],
    },
  ),
  proves: pattern(
    'burden.if-the-accused-proves',
    'A burden written as a condition or duty of the accused or applicant: "if the person proves", "the defendant must establish", "the applicant shall show".',
    String.raw`\b(?:${PARTY}|he\s+or\s+she|she\s+or\s+he|he|she|they)\s+(?:(?:proves|establishes|shows|demonstrates|satisfies|persuades)(?:\s+the\s+${DECIDER})?|(?:must|shall|has\s+to|have\s+to|is\s+required\s+to|are\s+required\s+to|will\s+have\s+to|needs?\s+to|is\s+to|can|could|is\s+able\s+to|must\s+be\s+able\s+to)\s+(?:prove|establish|show|demonstrate|satisfy|persuade))\b|\b${PARTY}\s+(?:asserting|claiming|raising|relying\s+(?:on|upon)|invoking)\s+[^.;]{0,80}?\b(?:must|shall|has\s+to|is\s+required\s+to)\s+(?:prove|establish|show|demonstrate|satisfy)\b|\b${PARTY}\s+who\s+(?:proves|establishes|shows|demonstrates|satisfies)\b`,
    {
      flag: ['only if [[the person proves]] that', '[[the defendant shows]] by a preponderance', 'granted if [[the moving party proves]] by a preponderance of the evidence', '[[the applicant shall establish]] that', 'if [[he or she can show]] that', '[[A defendant asserting the defense under subsection (a) shall establish]] it', '[[An applicant who demonstrates]] that the conviction resulted from trafficking', 'may grant the application only if [[the applicant satisfies the Secretary of State]], on the balance of probabilities, that'],
      pass: ['the prosecution proves', 'the accused raises the issue'],
    },
  ),
  burdenLies: pattern(
    'burden.burden-lies-on-the-accused',
    'A burden placed in words: "the burden of proving ... lies on the accused", "the onus of establishing ... rests with the defendant", "the applicant bears the burden".',
    String.raw`\b(?:burden|onus)\s+(?:of\s+(?:proof|proving|establishing|showing|persuasion|demonstrating)\b[^.;]{0,160}?\s*)?(?:lies|rests|is|shall\s+(?:lie|rest|be)|falls|will\s+be|is\s+borne|shall\s+be\s+borne|(?:is|shall\s+be)\s+(?:cast|placed|laid|imposed))\s+(?:up)?(?:on|with|by)\s+${PARTY}|\b${PARTY}(?:\s+who\s+(?:wishes|seeks|intends|proposes|wants)\s+to\s+[^.;]{0,80}?)?\s+(?:bears|shall\s+bear|has|carries|shall\s+have|must\s+bear)\s+(?:the|a)\s+(?:legal\s+|persuasive\s+)?(?:burden|onus)(?!\s+of\s+(?:raising|adducing|introducing|production|producing|going\s+forward))`,
    {
      flag: [
        'The [[burden of proving that subsection (1) applies lies on the accused]].',
        'The [[onus of establishing the defence rests with the defendant]].',
        'the [[onus of showing the facts that bring the case within paragraph (a) is cast upon the person]] who relies on them',
        'the [[burden of proving circumstances that bring the case within this section is upon that person]], and', '[[The applicant bears the burden]] of proof.', 'Note: [[A defendant bears a legal burden]] in relation to the matter', '[[an accused who wishes to rely on this section bears the legal burden]] of proof'],
      pass: ['The burden of proof lies on the prosecution.', 'The accused bears the burden of raising the issue.', 'The defendant has the burden of production with respect to the defense.'],
    },
  ),
  // "It lies on the person relying on subsection (1) to prove the facts": the onus placed by naming
  // the party that relies on the protection, without the word "burden".
  liesOn: pattern(
    'burden.it-lies-on-the-person',
    'A burden placed without the word "burden": "it lies on the person relying on subsection (1) to prove", "it rests with the accused to make out", "it is incumbent on the defendant to show".',
    String.raw`\bit\s+(?:lies|rests|falls|is\s+incumbent|shall\s+(?:lie|rest|fall|be\s+incumbent))\s+(?:up)?(?:on|with)\s+${PARTY}\b`,
    {
      flag: ['[[It lies on the person]] invoking this section to make out the facts it depends on.', '[[it is incumbent on the defendant]] to show the link'],
      pass: ['It lies on the prosecution to disprove the matter.', 'it rests with the court to decide'],
    },
  ),
  // The passive with the party as its agent: "the matter shall be shown by the person charged".
  shownBy: pattern(
    'burden.shown-by-the-accused',
    'A burden written in the passive with the accused as agent: "the matter shall be shown by the person charged", "must be proved by the defendant".',
    String.raw`\b(?:be|is|are)\s+(?:shown|proved|proven|established|demonstrated|made\s+out)\s+by\s+${PARTY}\b`,
    { flag: ['the link shall [[be shown by the person charged]] on the balance of probabilities', 'those facts must [[be proved by the defendant]]'], pass: ['the contrary must be proved by the prosecution', 'it is shown by the evidence'] },
  ),
  satisfaction: pattern(
    'burden.to-the-satisfaction-of-the-court',
    'A burden to satisfy the court: "establishes to the satisfaction of the court".',
    String.raw`\bto\s+the\s+satisfaction\s+of\s+the\s+${DECIDER}\b`,
    { flag: ['establishes [[to the satisfaction of the court]] that'], pass: ['satisfies the requirements'] },
  ),
  presumeAbsence: pattern(
    'burden.presume-the-absence',
    'The court told to presume that the protection does not apply until the accused proves it does (the Evidence Act form of a legal burden): "the court shall presume the absence of such circumstances".',
    String.raw`\b(?:court|tribunal|judge|magistrate|jury)\s+(?:shall|must|is\s+to|will)\s+presume\s+the\s+absence\s+of\s+(?:any\s+|such\s+|those\s+|the\s+)?(?:circumstances|facts|matters|grounds)\b`,
    {
      flag: ['and the [[court shall presume the absence of such circumstances]]', 'The [[tribunal is to presume the absence of the facts]] that would bring the case within section 9.'],
      pass: ['the court shall presume that the accused was a victim', 'the court shall presume the absence of coercion by the prosecution witness'],
    },
  ),
  presumedAgainst: pattern(
    'burden.presumed-not-until-contrary-proved',
    'A presumption against the victim that stands until the contrary is proved: "it shall be presumed, until the contrary is proved, that the offence was not committed as a result of the trafficking" (the accused must disprove it).',
    String.raw`\bpresumed\s{0,8},?\s{0,8}(?:until|unless)\s{1,8}the\s{1,8}contrary\s{1,8}is\s{1,8}(?:proved|proven|shown|established)\s{0,8},?\s{0,8}that\b[^.;]{0,100}?\b(?:not|never)\b`,
    {
      flag: ['it shall be [[presumed, until the contrary is proved, that the offence was not]] done because of the trafficking', 'is [[presumed unless the contrary is shown that the person did not]] act'],
      pass: ['it shall be presumed, until the contrary is proved, that the offence was done because of the trafficking', 'the person shall be presumed to be a child until the contrary is proved'],
    },
  ),
  satisfiedOnDefenceEvidence: pattern(
    'burden.satisfied-on-the-defence-evidence',
    'The court told not to acquit unless it is satisfied on the defence\'s evidence, or positively satisfied, that the protection applies: "shall not acquit unless it is positively satisfied, on evidence led by the defence, that" (the accused must persuade the court).',
    String.raw`\bunless\s+(?:it\s+is\s+|the\s+(?:court|tribunal|judge|magistrate|jury)\s+is\s+|(?:he|she)\s+is\s+)?(?:positively\s+|fully\s+)?satisfied\s{0,4},?\s{0,4}on\s+(?:the\s+)?evidence\s+(?:led|adduced|called|produced|given|tendered)\s+by\s+(?:the\s+)?(?:defen[cs]e|accused|defendant|person\s+charged)\b|\bnot\s+acquit\s+(?:[\w()-]{1,30}\s+){0,6}?unless\s+(?:it\s+is\s+|the\s+(?:court|tribunal|judge|magistrate|jury)\s+is\s+|(?:he|she)\s+is\s+)?positively\s+satisfied\b`,
    {
      flag: ['The court shall not acquit the accused [[unless it is satisfied, on evidence adduced by the accused]], that', 'The magistrate shall [[not acquit under subsection (1) unless positively satisfied]] that'],
      pass: ['Where evidence adduced by the defence raises the issue, the court shall acquit unless the prosecution proves beyond reasonable doubt that', 'The court shall not convict unless it is satisfied beyond reasonable doubt'],
    },
  ),
  proofBy: pattern(
    'burden.upon-proof-by-the-accused',
    'Relief granted "upon proof by the accused".',
    String.raw`\b(?:upon|on)\s+proof\s+by\s+${PARTY}|\bproof\s+by\s+the\s+(?:accused|defendant|applicant|petitioner)\b`,
    { flag: ['[[upon proof by the accused]] that'], pass: ['upon proof by the prosecution'] },
  ),
  failsToProve: pattern(
    'burden.unless-the-accused-fails-to-prove',
    'Protection withdrawn unless the accused proves it applies: "unless the accused fails to prove that", "if the defendant fails to demonstrate to the satisfaction of the court".',
    String.raw`\b(?:unless|if|where|when|should)\s+(?:${PARTY}|he\s+or\s+she|she\s+or\s+he|he|she|they)\s+fails?\s+to\s+(?:prove|establish|show|demonstrate|satisfy|persuade)\b`,
    {
      flag: ['shall not be convicted [[unless the accused fails to prove]] that he was trafficked', 'no penalty applies [[unless the defendant fails to demonstrate]] to the satisfaction of the court that', '[[If the accused fails to prove]] that he was trafficked, this section does not apply.', 'shall not be convicted [[unless he fails to satisfy]] the court that'],
      pass: ['unless the prosecution fails to prove', 'unless the accused fails to appear'],
    },
  ),
  theyProve: pattern(
    'burden.persons-who-prove',
    'A burden on a class of persons who must prove they qualify: "victims of trafficking who prove that they were compelled", "persons who establish that".',
    String.raw`\b(?:victims|persons|trafficked\s+persons|defendants|applicants|petitioners|individuals|minors|children)(?:\s+of\s+(?:human\s+)?trafficking(?:\s+in\s+persons)?)?\s+who\s+(?:prove|establish|demonstrate|satisfy|show(?=\s{1,8}that\b))\b`,
    {
      flag: ['[[Victims of trafficking who prove]] that they were compelled to commit an offence shall not be prosecuted', '[[Trafficked persons who establish]] that they acted under threat'],
      pass: ['Victims of trafficking who were compelled to commit an offence shall not be prosecuted', 'persons who show signs of trafficking shall be referred'],
    },
  ),
  furnishProof: pattern(
    'burden.furnish-proof',
    'A duty to furnish proof: "shall furnish the prosecutor with proof that he or she is a victim", "must produce evidence establishing".',
    // Up to five words before the proof ("the court with", "documentary", "sufficient"): the words
    // between are read once, not also as the optional "with" or "documentary" they may be.
    String.raw`\b(?:shall|must|is\s+required\s+to)\s+(?:furnish|produce|provide|submit|supply|present)\s+(?:[\w-]+\s+){0,5}?(?:proof|evidence\s+(?:proving|establishing|that\s+(?:he|she|they|the\s+person|the\s+applicant)\s+(?:is|was|are|were)))\b`,
    { flag: ['the applicant [[shall furnish the court with proof]] that the offence was linked', 'the accused [[must produce evidence establishing]] that'], pass: ['the police shall provide the victim with information'] },
  ),
  claimant: pattern(
    'burden.whoever-claims-shall-prove',
    'Whoever claims the protection must prove it: "a person claiming the benefit of subsection (1) shall establish", "a person who claims to be a victim shall prove".',
    String.raw`\b(?:claiming|seeking|relying\s+(?:on|upon)|who\s+claims|who\s+seeks|who\s+relies\s+(?:on|upon))\s+(?:the\s+benefit\s+of\s+|to\s+be\s+)?[^.;]{0,80}?\b(?:shall|must|has\s+to|is\s+required\s+to)\s+(?:prove|establish|show|satisfy|demonstrate)\b`,
    { flag: ['A person [[claiming the benefit of subsection (1) shall establish]] that'], pass: ['A person claiming the benefit of subsection (1) may adduce evidence'] },
  ),
} as const;

/** A standard of proof named for the accused or applicant. */
export const ACCUSED_STANDARD = pattern(
  'burden.standard',
  'A standard of proof named for the accused or applicant: the balance of probabilities, a preponderance of the evidence, clear and convincing evidence.',
  String.raw`\b(?:on\s+(?:a|the)\s+)?balance\s+of\s+probabilit(?:y|ies)\b|\b(?:by\s+)?(?:a\s+|the\s+)?preponderance\s+of\s+(?:the\s+)?evidence\b|\b(?:by\s+)?clear\s+and\s+convincing\s+evidence\b`,
  { flag: ['to prove, [[on the balance of probabilities]], that', 'shows [[by a preponderance of the evidence]]'], pass: ['beyond reasonable doubt'] },
);

/** "Affirmative defence": in many jurisdictions it puts the burden on the accused. */
export const AFFIRMATIVE_DEFENCE = pattern('burden.affirmative-defence', 'An "affirmative defence", which in many jurisdictions the accused must prove.', String.raw`\baffirmative\s+defen[cs]e\b`, {
  flag: ['It is an [[affirmative defense]] to prosecution'],
  pass: ['It is a defence to prosecution'],
});

/** The State (prosecution) bears the burden: the good practice. */
export const PROSECUTION_BURDEN = pattern(
  'burden.prosecution',
  'The prosecution (the State) bears the burden or must disprove the defence beyond reasonable doubt.',
  String.raw`\b(?:prosecution|prosecutors?|prosecuting\s+attorney|district\s+attorney|attorney[\s-]general|state's\s+attorney|director\s+of\s+public\s+prosecutions|the\s+state|the\s+crown|the\s+people|the\s+commonwealth|the\s+government)\b[^.;]{0,80}?\b(?:prove|proving|disprove|disproving|burden|beyond\s+(?:a\s+)?reasonable\s+doubt|showing|show|establish\w*)`,
  { flag: ['the [[prosecution bears the burden]] of proving', 'The [[district attorney may oppose the motion only by showing]], by clear and convincing evidence'], pass: ['the accused bears the burden'] },
);

/** An evidential burden only: raising the issue, adducing evidence (acceptable). */
export const EVIDENTIAL = pattern(
  'burden.evidential',
  'An evidential burden only: the accused raises the issue or adduces evidence of it (acceptable).',
  String.raw`\b(?:adduces?|adduced|raises?|raised|introduces?|points?\s+to)\s+(?:sufficient\s+|some\s+)?(?:evidence|the\s+issue|an\s+issue)\b|\bevidential\s+burden\b|\bsufficient\s+evidence\s+to\s+raise\b`,
  { flag: ['where the accused [[adduces evidence]] sufficient', 'once the defendant [[raises the issue]]'], pass: ['the accused proves'] },
);

/**
 * A deeming clause that turns a defence "for the accused to show" into an evidential burden: once the
 * issue is raised, the accused "shall be taken to have shown" the matter unless the prosecution proves
 * the contrary beyond reasonable doubt (the Irish and United Kingdom form). Read with
 * DEEMING_PROSECUTION in the same sentence.
 */
export const DEEMED_SHOWN = pattern(
  'burden.deemed-shown',
  'A deeming clause: the accused is taken to have shown the matter (read with the prosecution disproving it).',
  String.raw`\b(?:taken|deemed|treated)\s{1,8}(?:as\s{1,8}having|to\s{1,8}have)\s{1,8}(?:shown|proved|proven|established|made\s{1,8}out)\b`,
  {
    flag: ['the accused shall be [[taken to have shown]] that matter unless', 'the defendant is [[treated as having proved]] it if'],
    pass: ['the accused shall show that matter', 'the accused is taken to be a victim'],
  },
);

/** In a deeming clause's sentence: the prosecution must disprove the matter ("unless the prosecution proves the contrary"). */
export const DEEMING_PROSECUTION = pattern(
  'burden.deeming-prosecution',
  'The prosecution disproves the matter deemed shown: "the prosecution proves the contrary", "beyond reasonable doubt".',
  String.raw`\bprosecution\s{1,8}(?:proves|disproves|establishes|shows)\b|\bcontrary\s{1,8}is\s{1,8}(?:not\s{1,8})?proved\s{1,8}by\s{1,8}the\s{1,8}prosecution\b|\bprosecution\s{1,8}(?:fails|has\s{1,8}failed)\s{1,8}to\s{1,8}(?:prove|disprove)\b`,
  {
    flag: ['unless the [[prosecution proves]] the contrary', 'and the [[contrary is not proved by the prosecution]] beyond'],
    pass: ['the accused proves the contrary'],
  },
);

/**
 * A passive showing that names no one: "unless it is shown that", "if it is proved that". Attached to
 * a protection, it leaves the burden to whoever relies on the protection, the accused in practice;
 * said of a protection written as an exception to liability, it reads as the accused's burden.
 */
export const PASSIVE_SHOWING = pattern(
  'burden.passive-showing',
  'A showing that names no one: "unless it is shown that", "if it is proved that", "where it is established that".',
  String.raw`\b(?:if|unless|where|when|once|until)\s+it\s+(?:is|has\s+been|can\s+be|shall\s+be|be)\s+(?:shown|proved|proven|established|demonstrated|made\s+out)\b`,
  {
    flag: ['a victim is liable for the offence [[unless it is shown]] that the exploitation caused it', 'the accused shall be acquitted [[if it is proved]] that the trafficker compelled the act'],
    pass: ['unless the prosecution proves that the act was not caused by the trafficking', 'it is shown in the Schedule'],
  },
);
