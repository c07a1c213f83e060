import type { Citation } from './types.js';

/**
 * The passages the rules rest on, cited as the seeds' README says (by the documents' own names)
 * and quoted verbatim; a test checks every quote against the source text.
 */

const CTOC_2020 = 'CTOC/COP/WG.4/2020/2';
const ASEAN = 'ASEAN Guideline (2025)';
const CTOC_2022 = 'CTOC/COP/WG.4/2022/2';
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
  // missing-non-punishment-provision (NP011)
  explicitProvisionBeforeTrial: {
    source: ASEAN,
    pinpoint: 'Guideline [1], "Draft or amend explicit non-punishment provisions"',
    quote:
      'Defences that may be included in domestic legislation, such as duress and necessity are useful to protect victims of trafficking from punishment, but do not protect victims from being charged and put on trial in the first place. The enactment of clear and explicit non-punishment provisions is a good practice to implement the non-punishment principle before victims are put on trial.',
  },
  legislatorsConsiderExplicit: {
    source: ASEAN,
    pinpoint: 'Guideline [1], "Draft or amend explicit non-punishment provisions"',
    quote: 'Legislators should consider drafting or amending explicit provisions to codify the non-punishment principle in counter-trafficking legislation.',
  },
  domesticLawGoodPractice: {
    source: ASEAN,
    pinpoint: 'Section 1, "Domestic law"',
    quote: 'It is good practice to enact clear provisions to implement the non-punishment principle in domestic law.',
  },
  enshrinedInDomesticLaw: {
    source: 'WG on TIP recommendations (2020)',
    pinpoint: 'Recommendation 12',
    quote:
      'States parties should consider a non-punishment principle, enshrined in domestic law, as an essential part of their commitment to protecting the human rights of victims of trafficking in persons.',
  },
  vacateAsLastResort: {
    source: ASEAN,
    pinpoint: 'Section 1, "When victims have been convicted (Section 5)"',
    quote:
      'Finally, as a last resort, where victims have been wrongfully convicted contrary to the non-punishment principle, States can pursue opportunities to vacate or expunge convictions, and provide victims with remedies for their wrongful punishment.',
  },
  // discretionary-protection (NP005)
  lawsRequireNonProsecution: {
    source: ASEAN,
    pinpoint: 'Guideline [1], "Draft or amend explicit non-punishment provisions"',
    quote:
      'In jurisdictions with mandatory prosecution, laws should require non-prosecution of victims of trafficking or cessation of prosecution at an early stage. In jurisdictions with discretionary prosecution, laws should ensure that prosecutors do not pursue prosecutions, or immediately discontinue those initiated when it comes to light that a person’s offending is a result of being trafficked.',
  },
  clearDutyNotToProsecute: {
    source: ASEAN,
    pinpoint: 'Guideline [8], "Ensure prosecutors understand their discretions and know how to apply them"',
    quote: 'Prosecutors should be under a clear duty not to prosecute or to discontinue proceedings against victims for offences connected with their trafficking.',
  },
  dutyToDiscontinue: {
    source: ASEAN,
    pinpoint: 'Annex 4 (A/HRC/47/34, para. 64(a))',
    quote: 'Prosecutors are under a duty to discontinue proceedings against trafficked persons for all offences committed as a direct consequence of their situation as trafficked persons.',
  },
  clearlyStated: {
    source: 'CTOC/COP/WG.4/2022/2',
    pinpoint: 'para. 10(b)',
    quote:
      'Ensure that provisions for the non-punishment and non-prosecution of trafficked persons contained in domestic legislation, guidelines, regulations, preambles or other instruments are clearly stated.',
  },
  // conditional-protection (NP008)
  notConditionalOnCooperation: {
    source: ASEAN,
    pinpoint: 'Guideline [1], "Draft or amend explicit non-punishment provisions"',
    quote:
      'Importantly, application of the non-punishment principle must not be conditional on the prosecution of an alleged trafficker, or the cooperation of a victim in criminal proceedings.',
  },
  notDependentOnFormalDetermination: {
    source: ASEAN,
    pinpoint: 'Section 1, "When should the non-punishment principle be applied?"',
    quote: 'The application of the non-punishment principle should not be dependent on a formal determination of a person being a victim of trafficking.',
  },
  notConditionalOnIdentification: {
    source: ASEAN,
    pinpoint: 'Section 3 (introduction)',
    quote:
      'The application of the non-punishment principle should not be conditional on formal identification of a victim or on the prosecution of an alleged trafficker. Nor should it be conditional on the victim cooperating with authorities in criminal justice proceedings.',
  },
  noShelterAgainstWill: {
    source: ASEAN,
    pinpoint: 'Section 1, "Protection of victims of trafficking"',
    quote: 'It also aims to protect victims from treatment that amounts to punishment, including being placed in shelters against their will, or provided with services they do not need or want.',
  },
  noTestimonyForImmunity: {
    source: 'CTOC/COP/WG.4/2022/2',
    pinpoint: 'para. 19(b) (CEDAW general recommendation No. 38)',
    quote: '(b) must not compel victims to provide evidence or testimony in exchange for immunity from prosecution redress or services;',
  },
  // serious-offence-exclusion (NP009)
  regardlessOfGravity: {
    source: ASEAN,
    pinpoint: 'Section 1, "Scope"',
    quote:
      'It should be applied as soon as frontline officials have a credible suspicion that the person may be a victim of trafficking, regardless of the gravity or the seriousness of the offence he or she has committed or been an accessory to.',
  },
  severityNotDeterminant: {
    source: ASEAN,
    pinpoint: 'Section 1, "Scope"',
    quote: 'The type or severity of unlawful activity is not the determinant of whether the non-punishment principle applies.',
  },
  moreProbingEnquiry: {
    source: ASEAN,
    pinpoint: 'Guideline [1], "Draft or amend explicit non-punishment provisions"',
    quote:
      'The more serious the offence, the more probing the enquiry will need to be to establish the circumstances in which the offence was committed and whether the right to non-punishment can validly apply.',
  },
  allOffencesWithoutException: {
    source: 'CTOC/COP/WG.4/2022/2',
    pinpoint: 'para. 3(b)',
    quote:
      'Promote the application of the non-punishment principle in a comprehensive manner that includes establishing concrete national legislation, guidelines and/or policies that espouse the principle and its application to all offences committed by victims of trafficking without exception and regardless of the gravity of the offence;',
  },
  // criminal-liability-only (NP006)
  formsScope: {
    source: ASEAN,
    pinpoint: 'Section 1, "Scope"',
    quote:
      'The non-punishment principle applies to all stages of the trafficking process and in every stage of the criminal justice process. Victims should therefore be protected from being punished for civil, administrative, immigration and criminal offences.',
  },
  formsPurpose: {
    source: ASEAN,
    pinpoint: 'Section 1, "What is the non-punishment principle?"',
    quote:
      'The purpose of the non-punishment principle is to guard against the arrest, detention, deportation, investigation, prosecution, conviction and sentencing of people for unlawful activities they have been involved in as a result of their trafficking.',
  },
  formsBeyondProsecution: {
    source: CTOC_2022,
    pinpoint: 'para. 11',
    quote: 'The implementation of the non-punishment principle should not be limited to prosecution but should permeate all stages of the criminal justice system.',
  },
  formsAllTypes: {
    source: CTOC_2022,
    pinpoint: 'para. 16',
    quote: 'It raises critical issues, including the fact that the principle applies to criminal, civil, administrative and immigration offences without exception, regardless of the gravity or seriousness of the offence committed.',
  },
  formsUnodcList: {
    source: 'UNODC (2023) presentation',
    pinpoint: '"Understanding \'punishment\'"',
    quote: 'restrictions on movement, detention or other undue restrictions on liberty, including non-repatriation;',
  },
  // discriminatory-scope (NP007)
  allVictimsDrafting: {
    source: ASEAN,
    pinpoint: 'Guideline [1], "Draft or amend explicit non-punishment provisions"',
    quote:
      'The non-punishment provision should be drafted to apply to all victims on the basis of non-discrimination, regardless of the type of trafficking they have been subject to, or the type of offence they have committed as a direct result.',
  },
  discriminatoryAgreements: {
    source: ASEAN,
    pinpoint: 'Guideline [7]',
    quote: 'Some are discriminatory in that they apply to some victims (e.g., women and children) but not to others (e.g., men).',
  },
  regardlessOfStatus: {
    source: ASEAN,
    pinpoint: 'Guideline [7]',
    quote: 'b) non-punishment provisions are non-discriminatory so they apply to all victims regardless of their age, sex, nationality or other status;',
  },
  allFormsOfTrafficking: {
    source: ASEAN,
    pinpoint: 'Annex 4 (A/HRC/47/34, para. 57(a))',
    quote: 'All forms of trafficking, including for the purpose of sexual exploitation, labour exploitation and forced criminality, as well as to both cases of international trafficking and cases of internal trafficking;',
  },
  withoutDiscrimination: {
    source: ASEAN,
    pinpoint: 'Annex 4 (A/HRC/47/34, para. 60)',
    quote: 'The principle of non-punishment must be applied without discrimination to all trafficked persons, including to trafficked persons seeking asylum or other forms of international protection.',
  },
  // missing-record-relief (NP010)
  recordsVacated: {
    source: CTOC_2020,
    pinpoint: 'para. 4(c)',
    url: CTOC_2020_URL,
    quote:
      'The enactment of legislative provisions to enable victims of trafficking to have any criminal records vacated with regard to information pertaining to convictions or charges for crimes that they committed or were alleged to have committed in connection with their victimization;',
  },
  unpenalizedConviction: {
    source: CTOC_2022,
    pinpoint: 'para. 12',
    quote: 'In cases where victims are prosecuted and convicted for acts committed because of their being trafficked, it is important to consider that even an unpenalized conviction is in fact a punishment.',
  },
  recordsLegislation: {
    source: ASEAN,
    pinpoint: 'Guideline [2], "Explore amend or enacting legislation to allow for criminal records of victims to be vacated, expunged or sealed"',
    quote:
      'States should explore amending or introducing legislation to allow for convictions and criminal records of trafficked victims to be vacated (conviction is undone), expunged (conviction remains but is removed from the victim’s criminal record) or sealed (conviction remains, but a court order is required for it to be seen).',
  },
  recordsSelectOffences: {
    source: ASEAN,
    pinpoint: 'Guideline [13], "Explore opportunities to vacate, expunge or seal convictions of victims of trafficking"',
    quote: 'For instance, some may only apply to select offences (such as immigration or prostitution-related offences) but not to other crimes that victims of trafficking may have committed as a result of being trafficked.',
  },
  recordsOutsideTraffickingLaw: {
    source: ASEAN,
    pinpoint: 'Section 2 (introduction)',
    quote:
      'There are also opportunities to strengthen legislation outside trafficking-specific legislation to protect victims from all forms of punishment. These opportunities relate to the offences that victims of trafficking are commonly at risk of being punished for; the minimum age for criminal responsibility; and laws to vacate, expunge or seal the criminal records of victims.',
  },
  recordsWgTip: {
    source: 'WG on TIP recommendations (2020)',
    pinpoint: 'Recommendation 13',
    quote:
      'States parties should provide, in line with their domestic law, that victims of trafficking in persons are not punished or prosecuted for acts that traffickers compelled them to commit, and encourage access to remedies if they are punished or prosecuted for such acts, such as assistance in clearing their criminal records through expungement or vacatur or shielding relevant records, and, accordingly, establish domestic laws, guidelines and policies that clearly espouse these principles.',
  },
  // definition-lacks-forced-criminality (NP012)
  forcedCriminalityDefinition: {
    source: ASEAN,
    pinpoint: 'Section 2 (introduction)',
    quote:
      'States should consider amending the definition of trafficking in persons to include exploitation in criminal activities as an explicit form of trafficking. A definition of trafficking that includes this exploitative purpose can remove ambiguity for frontline officials who must screen for victims of trafficking and enliven them to the possibility that the people they encounter as offenders may have been trafficked.',
  },
  forcedCriminalityExamples: {
    source: ASEAN,
    pinpoint: 'Guideline [1], "Explore amending the trafficking in persons definition to include exploitation in criminal activities"',
    quote: "For instance, Malaysia has included 'any illegal activity' as a form of exploitation to capture situations of victims exploited in criminal activities.",
  },
  forcedCriminalityRecognition: {
    source: CTOC_2022,
    pinpoint: 'para. 16',
    quote: 'Key to this is the recognition of forced criminality as a purpose of exploitation.',
  },
} satisfies Record<string, Citation>;
