import { pattern } from '../../patterns.js';

/**
 * The bill's definition of exploitation and whether it names exploitation in criminal activities
 * (ASEAN Guideline (2025), Section 2 and Guideline [1]; CTOC/COP/WG.4/2022/2, para. 16). Examples
 * paraphrase, in our own words, Commonwealth, Caribbean, Gulf, ASEAN, African and US drafting.
 */

/** The form the quick fix adds (project wording, implementing ASEAN Guideline (2025), Section 2 and Guideline [1]). */
export const FORCED_CRIMINALITY_FORM = 'the exploitation of a person to commit criminal or other unlawful acts';

export const EXPLOITATION_DEFINITION = {
  /** A closed definition: "exploitation" means ..., a person is exploited only if ... */
  closed: pattern(
    'definition.exploitation-closed',
    'A closed definition of exploitation: "exploitation" means ..., "a person is exploited only if", "Exploitation: means ...".',
    String.raw`["“'‘]exploit(?:ation|ed)["”'’]\s+(?:means|shall\s+mean)\b|\b(?:a\s+person\s+)?is\s+exploited\s+only\s+if\b|^\s*exploitation\s*[:—–-]\s*(?:exploitation\s+)?means\b|^\s*exploitation\s+means\b`,
    {
      flag: ['In this Act, [["exploitation" means]] the prostitution of others', 'For the purposes of section 2 [[a person is exploited only if]] one or more of the following apply', '[[“exploitation” means]]—'],
      pass: ['"sexual exploitation of a child" means involving a person under 18', '"exploitation" includes forced labour'],
    },
  ),
  /** An open definition: "exploitation" includes ..., shall include at a minimum ... */
  open: pattern(
    'definition.exploitation-open',
    'An open definition of exploitation: "exploitation" includes ..., "includes but is not limited to", "shall include, at a minimum".',
    String.raw`["“'‘]exploitation["”'’]\s+(?:includes|shall\s+include)(?:,?\s+but\s+is\s+not\s+limited\s+to|,?\s+at\s+a\s+minimum,?)?|^\s*exploitation\s*[:—–-]\s*(?:exploitation\s+)?(?:includes|shall\s+include)(?:,?\s+but\s+is\s+not\s+limited\s+to|,?\s+at\s+a\s+minimum,?)?|^\s*exploitation\s+(?:includes|shall\s+include)(?:,?\s+but\s+is\s+not\s+limited\s+to|,?\s+at\s+a\s+minimum,?)?`,
    {
      flag: ['[["exploitation" includes but is not limited to]]—', '[[Exploitation: Exploitation includes]] all forms of sexual exploitation', '[[Exploitation shall include, at a minimum,]] the exploitation of the prostitution of others'],
      pass: ['"exploitation of a worker" includes paying less than the minimum wage'],
    },
  ),
} as const;

/** A form of exploitation that is exploitation in criminal activities, in any words. */
export const CRIMINAL_ACTIVITIES = pattern(
  'definition.criminal-activities',
  'Exploitation in criminal activities named as a form of exploitation: "any illegal activity", "criminal activities", "compelling a person to commit crimes", "use in criminal activities", "forced criminality", "the commission of any criminal offence".',
  String.raw`\b(?:criminal|illegal|unlawful|illicit)\s+(?:activit(?:y|ies)|acts?|conduct|enterprises?|purposes?)\b|\bforced\s+criminality\b|\bcommit(?:ting)?\s+(?:an?\s+|any\s+)?(?:crimes?|offen[cs]es?|criminal|unlawful|illegal)\b|\bcommission\s+of\s+(?:an?\s+|any\s+)?(?:crimes?|offen[cs]es?|criminal|unlawful|illegal)\b|\bin\s+the\s+commission\s+of\b`,
  {
    flag: ['servitude, any [[illegal activity]] or the removal of organs', 'compelling victims to [[commit crimes]]', '(e) use in [[criminal activities]]', 'the compelled [[commission of any criminal]] offense'],
    pass: ['the removal of organs', 'anything that involves the commission of a sexual offence'],
  },
);

/** "services of any kind" in a closed list: may already reach forced criminality. */
export const SERVICES_OF_ANY_KIND = pattern(
  'definition.services-of-any-kind',
  'A form wide enough that it may already reach forced criminality: "services of any kind", "any kind of services".',
  String.raw`\bservices\s+of\s+any\s+kind\b|\bany\s+kind\s+of\s+(?:services|work|activity)\b`,
  { flag: ['to provide [[services of any kind]]'], pass: ['forced labour or services'] },
);

/** A catch-all at the end of the list: "or any other form of exploitation". */
export const CATCH_ALL = pattern(
  'definition.catch-all',
  'A catch-all form that leaves the list open: "any other form of exploitation", "any other kind of exploitation".',
  String.raw`\bany\s+other\s+(?:forms?\s+of\s+|kinds?\s+of\s+|type\s+of\s+)?exploitation\b`,
  { flag: ['the removal of organs, or [[any other form of exploitation]]'], pass: ['the prostitution of others or any other form of sexual exploitation'] },
);
