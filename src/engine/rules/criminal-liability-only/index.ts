import { defineRule, type ExplainItem } from '../../rule.js';
import { CITE } from '../../citations.js';
import type { ProvisionForm, Protection, Span } from '../../analyse.js';
import { CARVE_OUT_SENTENCE } from '../../analyse.js';
import { billProtections } from '../../bill-facts.js';
import type { AnalysedSection } from '../../model.js';
import { firstMatch, has } from '../../patterns.js';
import { abs, inSectionReferences, patternText, sectionsOf, subsectionInsertion } from '../util.js';
import type { DiscretionFacts, DiscretionKind } from '../discretionary-protection/index.js';
import { conventionsFor, formsOfPunishmentWording, protectionPart } from '../bill-wording.js';
import { BAR_WOULD_CONTRADICT, CRIMINAL_QUALIFIER, OTHER_FORMS_KEPT_AWAY } from './patterns.js';
import type { ConditionFacts } from '../conditional-protection/index.js';

/** What one protection shields a victim from. */
export interface ProtectionReach {
  /** The protection's relief words, section-relative. */
  relief: Span;
  /** The relief words with the consequences they name ("shall not be liable to criminal prosecution"), section-relative. */
  words: Span;
  /** Shields only from criminal liability, prosecution or conviction (civil liability aside). */
  criminalOnly: boolean;
  /** What it shields from, in plain words ("criminal liability", "prosecution", "conviction at trial", "civil liability"). */
  covers: string[];
}

export interface FormsFacts {
  reaches: ProtectionReach[];
  /** A sentence of the section keeps another form of punishment away (no detention, no fine, no deportation...). */
  otherForms: Span[];
}

/** Forms that are a defence at trial: they protect from conviction, not from arrest or trial. */
const AT_TRIAL = new Set<ProvisionForm>(['statutory-defence', 'affirmative-defence', 'not-guilty']);
/** Record relief is a remedy for convictions by nature: this rule does not assess it. */
const NOT_ASSESSED = new Set<ProvisionForm>(['record-relief']);
/** What a liability is to: "liable [to criminal prosecution]", "liable [to punishment]". */
const LIABLE_TO = /^\s{1,3}(?:to|from)\s{1,3}(?:criminal\s{1,3}|penal\s{1,3}|any\s{1,3})?(?:prosecution|charges?|proceedings?|punishment|penalt(?:y|ies)|sanctions?)\b/i;
/** Consequences beyond criminal law. */
const BROAD = new Set(['arrest', 'detention', 'administrative', 'immigration']);

function reachOf(section: AnalysedSection['model'], p: Protection): ProtectionReach {
  const covers: string[] = [];
  let broad = p.form === 'non-detention';
  const sentence = section.sentences[p.sentence]!;
  // The words of a consequence, and the words just before them, as the sentence reads.
  const at = (c: { span: Span }) => Math.max(0, sentence.map.indexOf(c.span.start));
  for (const c of p.consequences) {
    const k = at(c);
    if (BROAD.has(c.kind)) broad = true;
    else if (c.kind === 'punishment') {
      // "criminal penalties" is criminal; "punished", "penalised", "any penalty" are general words.
      const before = sentence.text.slice(Math.max(0, k - 12), k);
      if (has(CRIMINAL_QUALIFIER, before)) covers.push('criminal liability');
      else broad = true;
    } else if (c.kind === 'civil') covers.push('civil liability');
    else if (c.kind === 'prosecution') covers.push('prosecution');
    else if (c.kind === 'criminalLiability') covers.push(AT_TRIAL.has(p.form) ? 'conviction at trial' : /^convict/i.test(sentence.text.slice(k, k + 8)) ? 'conviction' : 'criminal liability');
  }
  if (AT_TRIAL.has(p.form)) covers.unshift('conviction at trial');
  if (p.form === 'non-prosecution-duty' && !covers.includes('prosecution')) covers.unshift('prosecution');
  if (!covers.length && /\bcriminal/i.test(sentence.text)) covers.push('criminal liability');
  let end = Math.max(p.relief.end, ...p.consequences.map((c) => c.span.end));
  // "shall not be liable [to criminal prosecution]": the consequence the liability is to.
  const k = sentence.map.indexOf(p.relief.end - 1) + 1;
  const tail = k > 0 ? LIABLE_TO.exec(sentence.text.slice(k, k + 60)) : null;
  if (tail) {
    end = Math.max(end, sentence.map[k + tail[0].length - 1]! + 1);
    if (/prosecut|charge|proceeding/i.test(tail[0])) covers.push('prosecution');
    // ("penal" as a word: "any penalty" is a general word, not a criminal one.)
    else if (!/\b(?:criminal|penal)\b/i.test(tail[0])) broad = true;
  }
  return { relief: p.relief, words: { start: p.relief.start, end }, criminalOnly: !broad, covers: [...new Set(covers)] };
}

/** "criminal liability and civil liability" → "criminal and civil liability". */
function describe(covers: string[]): string {
  const c = [...covers];
  const crim = c.indexOf('criminal liability');
  const civil = c.indexOf('civil liability');
  if (crim >= 0 && civil >= 0) {
    c.splice(civil, 1);
    c[c.indexOf('criminal liability')] = 'criminal and civil liability';
  }
  if (c.length <= 1) return c[0] ?? 'criminal liability';
  return `${c.slice(0, -1).join(', ')} and ${c[c.length - 1]}`;
}

function missing(covers: string[]): string {
  const civil = covers.includes('civil liability');
  return `arrest, detention (including immigration detention), administrative${civil ? '' : ', civil'} and immigration penalties, or deportation`;
}


export const criminalLiabilityOnly = defineRule<FormsFacts>({
  meta: {
    id: 'criminal-liability-only',
    code: 'NP006',
    title: 'Protection from criminal liability only',
    defaultSeverity: 'warning',
    fixable: true,
    summary:
      'Victims of trafficking are punished in many ways besides a criminal conviction: they are arrested, held in immigration detention, fined for overstaying, banned from re-entry and deported. A non-punishment provision that protects them only from criminal liability or prosecution, or only at trial, leaves all of that in place. The sources say victims should be protected from civil, administrative, immigration and criminal penalties alike.',
    citations: [CITE.formsScope, CITE.formsPurpose, CITE.formsBeyondProsecution, CITE.formsAllTypes, CITE.formsUnodcList],
    messages: {
      criminalOnly: {
        severity: 'warning',
        text: '{provision} protects victims only from {covers} ("{words}"). It does not protect them from {missing}. The ASEAN Guideline (2025) says victims should be protected from being punished for civil, administrative, immigration and criminal offences (Section 1, "Scope"). Add a subsection providing that the victim shall not, for the act concerned, be arrested, detained, deported or made subject to any administrative, civil or immigration penalty.',
      },
    },
    docs: {
      flags:
        'A non-punishment provision that protects victims only from criminal liability, prosecution, charge or conviction, or only at trial ("it is a defence", "is not guilty", "an affirmative defense"), when no non-punishment provision of the bill protects them from arrest, detention (including immigration detention), administrative or immigration penalties, or deportation. Protection in general words ("shall not be punished", "shall not be penalised", "exempt from punishment") is not flagged, nor is a provision that names administrative liability, arrest or detention as well. The bill\'s provisions are read together: a criminal-law section beside a section on detention and removal is not flagged. Record relief (vacating or expunging convictions) is a remedy for convictions by nature and is not assessed here. A treaty quoted in a preamble or a recital is never flagged.',
      why:
        'Victims are punished in many ways besides criminal conviction: held in immigration detention, fined for overstaying, banned from re-entry, deported, or arrested and charged before any defence can be raised. The ASEAN Guideline says victims "should therefore be protected from being punished for civil, administrative, immigration and criminal offences", and that the principle guards against "the arrest, detention, deportation, investigation, prosecution, conviction and sentencing" of victims. The Working Group on Trafficking in Persons noted that the principle "should not be limited to prosecution".',
      fix:
        'Add a subsection covering the other forms of punishment. The quick fix adds the project\'s forms-of-punishment pattern as a further subsection of the provision, numbered to follow the drafter\'s subsections and placed before the definitions or Explanation that close the section (a numbered definitions subsection moves up by one, with every cross-reference to it), with "this section" adapted to how the provision names itself ("this article", or "this Article" where it writes it so) and to how it refers to its own parts ("paragraph 1", "subregulation (1)", "paragraph (a)"), and the bill\'s "shall" or "must". No quick fix is offered where the protection is a power or a permission to prosecute, a rebuttable presumption, a motion or application the person makes to a court, or an official\'s decision, or where the section keeps custody or removal: an absolute subsection beside it would contradict it, or protect everyone the section names whatever the decision.',
      bad: `## 14. Non-liability of victims

(1) A victim of trafficking shall not be criminally liable for any offence committed as a direct result of being trafficked.`,
      good: `## 14. Non-liability of victims

(1) A victim of trafficking shall not be criminally liable for any offence committed as a direct result of being trafficked.

(2) ${patternText('pattern-forms-of-punishment')}`,
      notes:
        'Kenya s.14 ("shall not be criminally liable") has this defect and no other of the further rules. The other limits of a provision are for other rules: which offences it covers (closed-offence-list), whom it protects (discriminatory-scope), its conditions (conditional-protection).',
    },
  },

  // Reads nothing outside a provision's own sections.
  scanWords: null,

  recognise({ model, reading }) {
    const reaches = reading.protections.filter((p) => !NOT_ASSESSED.has(p.form)).map((p) => reachOf(model, p));
    const otherForms: Span[] = [];
    for (const s of model.sentences) {
      // (The model is the section's operative words: quotations, recitals and the preamble are empty.)
      if (has(CARVE_OUT_SENTENCE, s.text)) continue;
      const m = firstMatch(OTHER_FORMS_KEPT_AWAY, s.text);
      if (m) otherForms.push({ start: s.map[m.index]!, end: s.map[m.end - 1]! + 1 });
    }
    return { reaches, otherForms };
  },

  check({ bill, report, facts, factsOf }) {
    const own = billProtections(bill);
    const ownRelief = new Set(own.map((o) => `${o.section.base}:${o.protection.relief.start}`));
    // The bill's provisions are read together: one that reaches beyond criminal law is enough.
    for (const p of bill.provisions) {
      for (const s of sectionsOf(p)) {
        if (s.preamble) continue;
        const f = facts(s);
        if (f.otherForms.length && p.primary.protections.length) return;
        if (f.reaches.some((r) => !r.criminalOnly && ownRelief.has(`${s.base}:${r.relief.start}`))) return;
      }
    }
    for (const p of bill.provisions) {
      for (const s of sectionsOf(p)) {
        if (s.preamble) continue;
        const r = facts(s).reaches.find((x) => x.criminalOnly && ownRelief.has(`${s.base}:${x.relief.start}`));
        if (!r) continue;
        const at = abs(s, r.words);
        // In the provision's own words for itself and its parts ("paragraph 1", "subregulation (1)", "this Article").
        const words = inSectionReferences(
          referToProtection(formsOfPunishmentWording(conventionsFor(bill), p.primary), p.primary, facts(p.primary).reaches.filter((x) => ownRelief.has(`${p.primary.base}:${x.relief.start}`)).map((x) => abs(p.primary, x.relief).start)),
          bill.text.slice(p.primary.base, p.primary.chunk.end),
        );
        // Once added (even where this reading cannot see it, inside a quotation), it is not added again.
        const already = bill.text.slice(p.primary.base, p.primary.chunk.end).replace(/\s+/g, ' ').includes(words);
        // "Where subsection (1) applies ..., the person shall not ... be arrested, ... or otherwise punished"
        // is absolute: beside a power or a permission to prosecute ("may decline to prosecute", "with the
        // Minister's permission") or a rebuttable presumption, it would contradict the provision it
        // extends. The drafter decides; the finding stays.
        const presumption = sectionsOf(p).some((x) => x.protections.some((y) => y.form === 'presumption'));
        const power = sectionsOf(p).some((x) => factsOf<DiscretionFacts>('discretionary-protection', x).hits.some((h) => POWERS.has(h.kind)));
        // Nor beside a protection obtained by the person's own motion, custody or removal the section
        // keeps, or an official's decision ("if the Attorney-General is satisfied"): the bar would
        // contradict it, or protect everyone the section names whatever the decision.
        const contradicted = sectionsOf(p).some((x) => has(BAR_WOULD_CONTRADICT, x.reading.operative.clauses.map((c) => c.text).join('\n')) || factsOf<ConditionFacts>('conditional-protection', x).hits.some((h) => h.kind === 'official'));
        const edits = already || presumption || power || contradicted ? undefined : subsectionInsertion(p.primary, words, bill.text, bill.eol);
        report({
          messageId: 'criminalOnly',
          data: { provision: p.name, covers: describe(r.covers), missing: missing(r.covers), words: bill.text.slice(at.start, at.end).replace(/\s+/g, ' ') },
          span: at,
          section: p.primary,
          fixes: edits ? [{ title: 'Add a subsection covering arrest, detention, deportation and administrative, civil and immigration penalties', edits }] : [],
        });
        break;
      }
    }
  },

  explain({ facts }, p) {
    const out: ExplainItem[] = [];
    for (const s of sectionsOf(p)) {
      const f = facts(s);
      for (const r of f.reaches) out.push({ aspect: 'Forms of punishment', reading: r.criminalOnly ? `only ${describe(r.covers)}` : 'beyond criminal liability (arrest, detention, administrative or immigration measures, or punishment in general)', words: [abs(s, r.relief)] });
      for (const o of f.otherForms) out.push({ aspect: 'Forms of punishment', reading: 'keeps another form of punishment away', words: [abs(s, o)] });
    }
    return out;
  },
});

/** Discretion that an absolute subsection beside it would contradict (discretionary-protection's kinds). */
const POWERS: ReadonlySet<DiscretionKind> = new Set(['permission', 'discretion', 'power', 'consideration', 'court']);

/**
 * The new subsection's reference to the protection it extends: where the section has other parts (the
 * offence it creates, a definition, a procedure), "Where this section applies" would extend the
 * protection to all of them, so it names the part that holds the protection (see `protectionPart`).
 * `reliefs` are the protections' absolute offsets (UTF-16).
 */
function referToProtection(words: string, s: AnalysedSection, reliefs: number[]): string {
  const part = protectionPart(s, reliefs);
  return part ? words.replace(/^Where this (?:section|article|regulation|rule) applies\b/, `Where ${part} applies`) : words;
}
