import type { Citation } from './types.js';

/**
 * The passages the rules rest on, cited as the seeds' README says (by the documents' own names)
 * and quoted verbatim; a test checks every quote against the source text.
 */

const CTOC_2020 = 'CTOC/COP/WG.4/2020/2';
const ASEAN = 'ASEAN Guideline (2025)';
// The UN document symbol resolver; the seeds give no other address for the paper.
const CTOC_2020_URL = 'https://undocs.org/CTOC/COP/WG.4/2020/2';

export const CITE = {
  scopeAnyOffence: {
    source: CTOC_2020,
    pinpoint: 'paras 57-58',
    url: CTOC_2020_URL,
    quote: 'Other countries take a more circumscribed approach and limit the application of the defence to a subset of offences.',
  },
  scopeNotLimited: {
    source: ASEAN,
    pinpoint: 'Guideline [1]',
    quote:
      'The scope of what the non-punishment principle applies to should not be limited; it should apply to all victims of trafficking on the basis of non-discrimination, regardless of the type of trafficking they were subject to and the type of unlawful activity they were involved in as a result.',
  },
  scopeAnnex5: {
    source: ASEAN,
    pinpoint: 'Annex 5',
    quote: 'These lists are non-exhaustive; the non-punishment principle applies to all offences that victims of trafficking may commit as a direct result of being trafficked.',
  },
  compulsionNotDuress: {
    source: CTOC_2020,
    pinpoint: 'para. 60',
    url: CTOC_2020_URL,
    quote:
      'Importantly, statutory defences based on compulsion should not require the same type of evidence as the traditional criminal law defence of duress. Were that to be the case, the non-punishment principle would be redundant and fail to provide any specific additional protection to victims of trafficking.',
  },
  compulsionBroad: {
    source: ASEAN,
    pinpoint: 'Guideline [1], "In jurisdictions that apply the \'compulsion\' model..."',
    quote:
      'In jurisdictions where the compulsion model applies, the standard required should not be the same as that required by traditional defences of duress and necessity that may require threat or imminent death or physical violence.',
  },
  causationBroader: {
    source: CTOC_2020,
    pinpoint: 'para. 62',
    url: CTOC_2020_URL,
    quote:
      'A defence based on this approach may, in practice, be broader in application than one based on a “duress-based” approach, owing to the fact that it does not require specific evidence that, but for the compulsion on the part of the trafficker, the crime would not have been committed.',
  },
  causationPreferred: {
    source: ASEAN,
    pinpoint: 'Guideline [1], "In jurisdictions that apply the \'causation\' model..."',
    quote:
      'It is also the model preferred by the Special Rapporteur on trafficking in persons and other counter-trafficking experts because it is broader and easier to prove than the compulsion model.',
  },
  standardOfProof: {
    source: CTOC_2020,
    pinpoint: 'para. 65',
    url: CTOC_2020_URL,
    quote:
      'An accused person should not be required to prove the existence of a defence beyond a reasonable doubt or even on a balance of probabilities, as doing so could infringe on the presumption of innocence. Once the defence has become a live issue in a trial, the prosecutor should be required to show, beyond a reasonable doubt, that it does not apply.',
  },
  courtOwnMotion: {
    source: CTOC_2020,
    pinpoint: 'para. 64',
    url: CTOC_2020_URL,
    quote:
      'While, in general, an accused person has the responsibility to raise a defence, a good practice could be to require the court to consider the availability of the defence, even in cases where such defence has not been raised by the defendant (or the prosecutor), where the evidence suggests that it might apply.',
  },
  burdenOnState: {
    source: ASEAN,
    pinpoint: 'Guideline [1], "Clarify the burden and standard of proof required"',
    quote: "The burden of proof to establish the link between the trafficking and the victim's unlawful activity, rests on the State.",
  },
  childrenAndAdults: {
    source: CTOC_2020,
    pinpoint: 'para. 56',
    url: CTOC_2020_URL,
    quote: 'Statutory defences should be available to both children and adults.',
  },
  childNoMeans: {
    source: ASEAN,
    pinpoint: 'Guideline [1], "In jurisdictions that apply the \'compulsion\' model..."',
    quote: 'Defences that may exist in domestic legislation should apply to children irrespective of the means used to exploit them in criminal activities.',
  },
  childNoCompulsionTest: {
    source: ASEAN,
    pinpoint: 'Annex 4 (A/HRC/47/34, para. 62)',
    quote:
      'With respect to children, given that no means are required in order to establish their status as victims of trafficking, no test of compulsion can be applied.',
  },
  childUnder18: {
    source: ASEAN,
    pinpoint: 'Guideline [2], "Establish an appropriate minimum age of criminal responsibility"',
    quote: 'For the purpose of identifying and protecting victims of trafficking, a child is any person who is under the age of 18.',
  },
} satisfies Record<string, Citation>;
