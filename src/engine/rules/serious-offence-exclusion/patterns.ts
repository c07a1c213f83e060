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
    String.raw`\b(?:listed|specified|set\s+out|mentioned|enumerated)\s+in\s+(?:the\s+)?(?:Schedule|section|subsection|paragraph|article|list)\b|\bSchedule\s+\w{1,4}\b`,
    { flag: ['This section does not apply to an offence [[listed in Schedule]] 4.'], pass: ['the offences committed as a direct result of being trafficked'] },
  ),
  penalty: pattern(
    'gravity.penalty',
    'Offences excluded by their penalty: "punishable by imprisonment for life", "for a term of ten years or more", "life imprisonment".',
    String.raw`\bpunishable\s+(?:by|with)\b|\bimprisonment\s+for\s+life\b|\blife\s+imprisonment\b|\bterm\s+of\s+(?:\w{1,12}\s+){1,2}years?\s+or\s+more\b|\bdeath\s+penalty\b|\bcapital\s+(?:offen[cs]es?|punishment)\b`,
    { flag: ['other than an offence [[punishable by]] imprisonment for life'], pass: ['liable to be detained'] },
  ),
  grave: pattern(
    'gravity.class',
    'Offences excluded as a class: "serious", "grave", "violent", "felony", "indictable", "heinous".',
    String.raw`\b(?:serious|grave|violent|heinous|felon(?:y|ies)|indictable)\b`,
    { flag: ['does not apply to a [[serious]] felony', 'with the exception of [[grave]] and especially grave crimes'], pass: ['any offence committed as a direct result'] },
  ),
  named: pattern(
    'gravity.named-offence',
    'A grave offence named in the exception: murder, manslaughter, treason, genocide, terrorism, rape, kidnapping, robbery, or trafficking itself.',
    String.raw`\b(?:murder|manslaughter|homicide|treason|genocide|terroris[mt]\w{0,2}|rape|kidnapping|robbery|war\s+crimes?|crimes?\s+against\s+humanity|human\s+trafficking|trafficking\s+in\s+persons)\b`,
    { flag: ['for any offence, other than [[murder]] or treason,'], pass: ['for any offence committed as a direct result of being trafficked'] },
  ),
} as const;

/** The exception is about the link to the trafficking, not gravity: not this rule's. */
export const LINK_LIMIT = pattern(
  'gravity.link-limit',
  'An exception about the link to the trafficking, which the sources accept: "not committed as a direct result of", "unrelated to the trafficking".',
  String.raw`\b(?:not|no\s+longer)\s+(?:committed\s+)?(?:as\s+)?(?:a\s+)?direct(?:ly)?\s+(?:result|consequence|related)\b|\bunrelated\s+to\b|\bno\s+(?:link|connection|nexus)\b|\bceased\s+to\s+be\s+a\s+victim\b`,
  { flag: ['prosecution for an offence that was [[not committed as a direct result]] of being trafficked'], pass: ['other than murder or treason'] },
);

/** Carve-out words the shared reading does not read. */
export const EXCEPTION_OF = pattern(
  'gravity.with-the-exception-of',
  'An exception written "with the exception of …".',
  String.raw`\bwith\s+the\s+exception\s+of\s+[^,;.]{1,120}`,
  { flag: ['for any offence, [[with the exception of grave and especially grave crimes]].'], pass: ['for any offence whatever'] },
);

/** Protection limited to a class of lesser offences: the same defect, stated as what is covered. */
export const LESSER_CLASS = pattern(
  'gravity.lesser-offences-only',
  'Protection limited to lesser offences: "a lesser offence", "minor offences", "misdemeanours only".',
  String.raw`\b(?:lesser|petty|less\s+serious)\s+(?:offen[cs]es?|crimes?)\b|\bminor\s+(?:offen[cs]es?|crimes?)\b|\bmisdemeanou?rs?\s+only\b|\bonly\s+(?:to\s+|for\s+)?(?:an?\s+)?misdemeanou?rs?\b`,
  { flag: ['the public prosecution office may dispense with prosecuting the [[lesser offence]]'], pass: ['any offence, whatever its gravity'] },
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
