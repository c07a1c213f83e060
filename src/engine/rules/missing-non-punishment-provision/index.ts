import { SCAN_WORDS } from './scan-words.js';
import { defineRule, type ExplainItem } from '../../rule.js';
import { CITE } from '../../citations.js';
import { billFacts, ownProtections } from '../../bill-facts.js';
import type { ProvisionForm } from '../../analyse.js';
import type { Report } from '../../rule.js';

/** Forms of provision that act only after conviction, or only against immigration detention. */
const PARTIAL: Partial<Record<ProvisionForm, string>> = {
  'record-relief': 'clearing their records after conviction',
  'non-detention': 'freedom from immigration detention',
};

/**
 * A definition of trafficking that borrows another enactment's offence ("conduct that would be an offence
 * under section 279.01 of the Criminal Code"): the bill refers to that law's offence and creates none, as a
 * provincial protection-order Act does. Another enactment is named with a capital after "of" ("of the
 * Criminal Code"), not "of this Act".
 */
const BORROWED_OFFENCE = /\b(?:would\s{1,8}be|is|constitutes?|amounts?\s{1,8}to)\s{1,8}an\s{1,8}offen[cs]e\s{1,8}(?:under|against|contrary\s{1,8}to)\s{1,8}(?:sections?|s\.|articles?|§)\s{0,8}\d[\w.]{0,12}\s{1,8}of\s{1,8}(?:the\s{1,8})?[A-Z]/;

/** Whether the bill's only trafficking words are a definition that borrows another enactment's offence. */
function borrowsOffence(offence: { how: string; section: { model: { definitions: { term: string; body: { text: string } }[] } } }): boolean {
  return offence.how === 'definition' && offence.section.model.definitions.some((d) => /traffick/i.test(d.term) && BORROWED_OFFENCE.test(d.body.text));
}

/** The rule's id: the VS Code adapter offers the clause picker, good models first, for its findings. */
export const MISSING_PROVISION_ID = 'missing-non-punishment-provision';

export const missingNonPunishmentProvision = defineRule({
  meta: {
    id: MISSING_PROVISION_ID,
    code: 'NP011',
    title: 'No non-punishment provision',
    defaultSeverity: 'warning',
    fixable: false,
    insertAction: 'Add a non-punishment provision: choose a model clause…',
    summary:
      'The bill makes trafficking in persons, slavery, servitude or forced labour an offence, or defines trafficking, but has no provision protecting victims from punishment for offences they were made to commit. A general defence such as duress helps only at trial, if at all; the sources call an explicit provision good practice.',
    citations: [CITE.explicitProvisionBeforeTrial, CITE.legislatorsConsiderExplicit, CITE.domesticLawGoodPractice, CITE.enshrinedInDomesticLaw, CITE.vacateAsLastResort],
    messages: {
      missing: {
        severity: 'warning',
        text: 'This bill makes trafficking an offence ({offence}) but has no provision protecting victims from being punished for offences they were made to commit. The ASEAN Guideline (2025) calls explicit non-punishment provisions good practice, to protect victims before they are put on trial (Guideline [1]). Add a section providing that a victim of trafficking shall not be arrested, detained, prosecuted or punished for any offence committed as a direct result of being trafficked.',
      },
      partial: {
        severity: 'info',
        text: "The bill's only protection for victims who offended is {form} ({section}). Nothing stops them being arrested, prosecuted and convicted first. The ASEAN Guideline (2025) treats remedies after conviction as a last resort (Section 1). Consider adding a non-punishment section.",
        title: 'Only a partial non-punishment provision',
      },
    },
    docs: {
      flags:
        'A bill that makes trafficking in persons, slavery, servitude or forced labour an offence, or defines trafficking, and has no provision of any form protecting the victims from punishment for offences committed as a result of being trafficked (warning); or whose only such provision applies after conviction (clearing a record) or only to immigration detention (information). Quotations of treaties in a preamble, protections for other people (carriers, helpers, witnesses), assistance to victims and mitigation of sentence do not count as such a provision. A document that is not a trafficking bill (an excerpt that is only a non-punishment provision, or a law that only refers to another law\'s trafficking offence, including through a definition of trafficking as "conduct that would be an offence under section 279.01 of the Criminal Code") is not flagged. The finding sits on the bill\'s title, or on the offence section when the bill has no title.',
      why:
        'Victims of trafficking are made to commit offences, and traffickers count on their being punished for them. A general defence such as duress helps only at trial, if at all: the ASEAN Guideline (2025) says such defences "do not protect victims from being charged and put on trial in the first place" and calls explicit provisions good practice because they protect victims "before victims are put on trial". The Working Group on Trafficking in Persons recommends that States consider a non-punishment principle "enshrined in domestic law". Remedies after conviction are, in the Guideline\'s words, "a last resort". The sources ask States to consider such a provision; they do not call its absence incompatible with the principle, hence a warning.',
      fix:
        'Add a non-punishment section after the offences (or in the part on victims). The editor\'s action on this finding opens the clause picker with the good models first: Kenya s.14 (any criminal act that was a direct result of being trafficked), Philippines s.17, and the project\'s drafting patterns (forms of punishment, child limb, burden on the prosecution, record relief). Inserting from the picker follows the bill\'s numbering and carries the citation.',
      bad: `# Trafficking in Persons Bill

## 3. Offence of trafficking in persons

A person who recruits, transports or harbours another person by force, threats or deception for the purpose of exploitation commits an offence.

## 4. Assistance to victims

The Minister shall ensure that every victim of trafficking has access to shelter, medical care and legal advice.`,
      good: `# Trafficking in Persons Bill

## 3. Offence of trafficking in persons

A person who recruits, transports or harbours another person by force, threats or deception for the purpose of exploitation commits an offence.

## 4. Assistance to victims

The Minister shall ensure that every victim of trafficking has access to shelter, medical care and legal advice.

## 5. Non-punishment of victims

A victim of trafficking shall not be arrested, detained, prosecuted or punished for any offence committed as a direct result of being trafficked.`,
      notes:
        'A provision that exists but is defective (left to a Minister\'s permission, limited to some offences or some victims) is not this rule\'s business: the other rules report its defects. Whether a bill with a provision also lets a victim\'s record be cleared is missing-record-relief\'s.',
    },
  },

  scanWords: SCAN_WORDS,

  check({ bill, report }) {
    const facts = billFacts(bill);
    const offence = facts.createsTraffickingOffence;
    // A definition borrowing another law's offence makes no offence of the bill's own.
    if (!offence || borrowsOffence(offence)) return;
    const at = facts.title ?? offence.range;
    const offenceName = offence.section.name;
    const related: Report['related'] = [{ span: offence.words, message: offence.how === 'offence' ? 'the trafficking offence is created here' : 'trafficking is defined here' }];
    const ops = facts.operativeProvisions;
    if (!ops.length) {
      report({ messageId: 'missing', data: { offence: offence.how === 'offence' ? inText(offenceName) : `it defines trafficking in ${inText(offenceName)}` }, span: at, related });
      return;
    }
    const protections = ops.flatMap((p) => [p.primary, ...p.attached].flatMap((s) => ownProtections(s).map((x) => ({ s, x }))));
    const full = ops.some((p) => !ownProtections(p.primary).length) || protections.some(({ x }) => !PARTIAL[x.form]);
    if (full || !protections.length) return;
    const first = protections[0]!;
    const forms = [...new Set(protections.map(({ x }) => PARTIAL[x.form]!))];
    report({
      messageId: 'partial',
      data: { form: forms.join(' and '), section: inText(first.s.name) },
      span: at,
      related: [...related, { span: { start: first.s.base + first.x.relief.start, end: first.s.base + first.x.relief.end }, message: 'the only protection for victims' }],
    });
  },

  explain({ bill }, p): ExplainItem[] {
    const offence = billFacts(bill).createsTraffickingOffence;
    const forms = ownProtections(p.primary).map((x) => x.form);
    return [
      { aspect: 'The bill', reading: offence ? `a trafficking bill (${offence.how === 'offence' ? 'it creates the offence' : 'it defines trafficking'} in ${inText(offence.section.name)})` : 'no trafficking offence or definition of trafficking was found: the bill-level checks do not apply' },
      { aspect: 'Non-punishment provision', reading: forms.length && forms.every((f) => PARTIAL[f]) ? 'a partial form only (after conviction, or against immigration detention)' : 'present' },
    ];
  },
});

/** "Section 3" as it reads inside a sentence. */
function inText(name: string): string {
  return /^(?:Section|Clause|Article|Regulation|Rule)\s/.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name;
}
