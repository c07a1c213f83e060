import { defineRule, type ExplainItem } from '../../rule.js';
import { CITE } from '../../citations.js';
import type { ProvisionForm, Protection, Span } from '../../analyse.js';
import { CARVE_OUT_SENTENCE } from '../../analyse.js';
import type { Clause } from '../../bill.js';
import { billProtections } from '../../bill-facts.js';
import type { AnalysedSection, Provision } from '../../model.js';
import { firstMatch, has, matchAll, type WordPattern } from '../../patterns.js';
import { abs, inSectionReferences, patternText, sectionsOf, subsectionInsertion } from '../util.js';
import type { DiscretionFacts, DiscretionKind } from '../discretionary-protection/index.js';
import { conventionsFor, formsOfPunishmentWording, protectionPart, selfName } from '../bill-wording.js';
import { BAR_WOULD_CONTRADICT, BY_MOTION, CRIMINAL_QUALIFIER, DECIDED_AFTER_CHARGE, DEFINITION_OPENING, EXTENDED_BEYOND_CRIMINAL, GRANTED_AT_TRIAL, HAVE_IMPOSED_OPENING, NO_PENALTY_OPENING, OTHER_FORMS_KEPT_AWAY } from './patterns.js';
import type { ConditionFacts } from '../conditional-protection/index.js';
import type { BurdenFacts } from '../defendant-burden/index.js';
import type { GravityFacts } from '../serious-offence-exclusion/index.js';

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
  /**
   * The protection is a defence or an acquittal that a court grants at trial ("it is a defense", "an
   * affirmative defense", "A court shall acquit"): a bar on arrest and charge cannot hang on it.
   */
  grantedAtTrial: boolean;
}

export interface FormsFacts {
  reaches: ProtectionReach[];
  /** A sentence of the section keeps another form of punishment away (no detention, no fine, no deportation...). */
  otherForms: Span[];
}

/** Forms that are a defence at trial: they protect from conviction, not from arrest or trial. */
const AT_TRIAL = new Set<ProvisionForm>(['statutory-defence', 'affirmative-defence', 'not-guilty']);
/**
 * Forms framed as a defence raised in a prosecution ("it is a defence", "an affirmative defense"): a
 * bar on prosecution hung on one would leave the defence nothing to apply to. ("is not guilty" and
 * "does not commit an offence" say what the law is, whoever raises it: a bar can follow them.)
 */
const DEFENCE = new Set<ProvisionForm>(['statutory-defence', 'affirmative-defence']);
/** Record relief is a remedy for convictions by nature: this rule does not assess it. */
const NOT_ASSESSED = new Set<ProvisionForm>(['record-relief']);
/** What a liability is to: "liable [to criminal prosecution]", "liable [to punishment]". */
const LIABLE_TO = /^\s{1,3}(?:to|from)\s{1,3}(?:criminal\s{1,3}|penal\s{1,3}|any\s{1,3})?(?:prosecution|charges?|proceedings?|punishment|penalt(?:y|ies)|sanctions?)\b|^\s{1,3}to\s{1,3}be\s{1,3}(?:prosecuted|charged|convicted|punished|penali[sz]ed)\b/i;
/** Words of prosecution in the sentence of a duty not to prosecute that names none as relieved ("the prosecution of a person"). */
const PROSECUTION_WORDS = /\b(?:prosecution|prosecute|proceedings|charges?)(?:\s{1,3}of\s{1,3}(?:a|the|any)\s{1,3}(?:person|victim|child))?/i;
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
    // "exemption from liability", with no word confining it to criminal law: liability of every kind.
    else if (c.kind === 'criminalLiability' && /^liabilit/i.test(sentence.text.slice(k, k + 10)) && !/\b(?:criminal|penal|prosecut)/i.test(sentence.text)) broad = true;
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
  let words: Span = { start: p.relief.start, end };
  // An acquittal or a discharge by the court, read in the relief words themselves ("A court shall acquit").
  const reliefAt = Math.max(0, sentence.map.indexOf(p.relief.start));
  const acquittal = has(GRANTED_AT_TRIAL, sentence.text.slice(reliefAt, Math.max(reliefAt, sentence.map.indexOf(end - 1) + 1)));
  // What the court grants is freedom from conviction, not from prosecution.
  const prosecution = covers.indexOf('prosecution');
  if (acquittal && prosecution >= 0) covers.splice(prosecution, 1, 'conviction at trial');
  // A duty read from words that name no consequence ("shall have regard to whether the person is a
  // victim"): the message quotes the words saying what is kept away ("the prosecution of a person").
  if (!p.consequences.length && !tail && covers.length === 1 && covers[0] === 'prosecution') {
    const w = PROSECUTION_WORDS.exec(sentence.text);
    const from = Math.max(0, sentence.map.indexOf(p.relief.start));
    const own = sentence.text.slice(from, Math.max(from, sentence.map.indexOf(p.relief.end - 1) + 1));
    if (w && /\b(?:regard|consider\w{0,6}|account)\b/i.test(own) && !/prosecut|proceeding|charg/i.test(own)) words = { start: sentence.map[w.index]!, end: sentence.map[w.index + w[0].length - 1]! + 1 };
  }
  return { relief: p.relief, words, criminalOnly: !broad, covers: [...new Set(covers)], grantedAtTrial: DEFENCE.has(p.form) || acquittal };
}

/** A verb imposing a punishment: "shall be imposed", "may not be levied". */
const IMPOSING = /\b(?:shall|may|must|will|can|is\s{1,3}to|are\s{1,3}to)\s{1,3}(?:[a-z]{1,12}\s{1,3})?be\s{1,3}(?:imposed|levied|applied|ordered|exacted)\b/i;
/** A form of punishment beyond a criminal conviction, named as the thing imposed. */
const BEYOND_CRIMINAL = /\b(?:administrative|immigration|civil|disciplinary|fines?)\b/i;
/** A prohibition earlier in the sentence, which an "or have ... imposed" continues. */
const PROHIBITION_BEFORE = /\b(?:no|neither|cannot|(?:shall|may|must|will|can)\s{1,3}not)\b/i;

/**
 * Words of sentence `text` that forbid imposing a punishment other than conviction on the victim: a
 * second prohibition ("No fine, licence suspension or other penalty under an Act shall be imposed on a
 * person"), or one joined to the bar ("No victim may be prosecuted, nor have a criminal or
 * administrative sanction imposed on him or her"). A penalty said to be criminal does not count, nor
 * an "or have ... imposed" that no prohibition governs. Undefined where there are none.
 */
function keptAwayByImposition(text: string): { index: number; end: number } | undefined {
  for (const m of matchAll(NO_PENALTY_OPENING, text)) {
    const clause = text.slice(m.end, m.end + 240).split(/[.;]/)[0]!;
    const v = IMPOSING.exec(clause);
    if (!v || /\b(?:criminal|penal)\b/i.test(clause.slice(0, v.index))) continue;
    // On the person, or for the act: not a rule on fines in general that the section happens to hold.
    if (!/\b(?:persons?|victims?|him|her|them|child(?:ren)?|minors?|individuals?|such\s{1,3}(?:an?\s{1,3})?(?:act|offen[cs]e|conduct))\b/i.test(clause.slice(v.index))) continue;
    return { index: m.index, end: m.end + v.index + v[0].length };
  }
  for (const m of matchAll(HAVE_IMPOSED_OPENING, text)) {
    const clause = text.slice(m.end, m.end + 120).split(/[.;]/)[0]!;
    const k = clause.search(/\bimposed\b/i);
    if (k < 0 || !BEYOND_CRIMINAL.test(clause.slice(0, k))) continue;
    if (!/^n/i.test(m.text) && !PROHIBITION_BEFORE.test(text.slice(0, m.index))) continue;
    return { index: m.index, end: m.end + k + 'imposed'.length };
  }
  return undefined;
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
      criminalOnlyNoWording: {
        severity: 'warning',
        text: '{provision} protects victims only from {covers} ("{words}"). It does not protect them from {missing}. The ASEAN Guideline (2025) says victims should be protected from being punished for civil, administrative, immigration and criminal offences (Section 1, "Scope"). {reason}',
      },
    },
    docs: {
      flags:
        'A non-punishment provision that protects victims only from criminal liability, prosecution, charge or conviction, or only at trial ("it is a defence", "is not guilty", "an affirmative defense"), when no non-punishment provision of the bill protects them from arrest, detention (including immigration detention), administrative or immigration penalties, or deportation. Protection in general words ("shall not be punished", "shall not be penalised", "exempt from punishment") is not flagged, nor is a provision that names administrative liability, arrest or detention as well. A provision is read whole, not only its first sentence: a part extending the protection beyond criminal law ("The exemption in paragraph 1 applies equally to administrative offences"), a second prohibition ("No fine or other penalty shall be imposed on the person for that act"), or a penalty joined to the bar ("nor have an administrative sanction imposed on him or her") is enough; a part that keeps administrative penalties, or that says the protection does not apply to administrative offences, is not. An exemption from "liability" that no word confines to criminal law is liability of every kind. The bill\'s provisions are read together: a criminal-law section beside a section on detention and removal is not flagged. Record relief (vacating or expunging convictions) is a remedy for convictions by nature and is not assessed here. A treaty quoted in a preamble or a recital is never flagged.',
      why:
        'Victims are punished in many ways besides criminal conviction: held in immigration detention, fined for overstaying, banned from re-entry, deported, or arrested and charged before any defence can be raised. The ASEAN Guideline says victims "should therefore be protected from being punished for civil, administrative, immigration and criminal offences", and that the principle guards against "the arrest, detention, deportation, investigation, prosecution, conviction and sentencing" of victims. The Working Group on Trafficking in Persons noted that the principle "should not be limited to prosecution".',
      fix:
        'Add a subsection covering the other forms of punishment. The quick fix adds the project\'s forms-of-punishment pattern as a further subsection of the provision, numbered to follow the drafter\'s subsections and placed before the definitions or Explanation that close the section (a numbered definitions subsection moves up by one, with every cross-reference to it), with "this section" adapted to how the provision names itself ("this article", or "this Article" where it writes it so) and to how it refers to its own parts ("paragraph 1", "subregulation (1)", "paragraph (a)"), and the bill\'s "shall" or "must". Where another part of the provision takes offences out of the protection ("Subsection (1) does not apply to an offence involving serious violence"), the new subsection begins "Subject to subsection (2),", so that it reaches no further than the protection it extends. The new subsection hangs on the protection applying ("Where subsection (1) applies to an act ..."), so no quick fix is offered, and the message says why, where that cannot be known before the arrest and charge it would forbid, or where the subsection would contradict the provision: a defence that the accused must make out at trial (a burden of proof on the accused, an affirmative defence whose burden the State is not said to bear, a presumption that the defence is absent); a protection framed as a defence raised in a prosecution or as an acquittal, whoever bears the burden ("it is a defence", "an affirmative defense", "A court shall acquit"), since a bar on prosecution would leave it nothing to apply to (where the provision also holds a protection that a bar can follow, such as a bar on charging children, the new subsection names that part only); a protection that turns on an official\'s or a court\'s finding, belief or decision once the person is suspected or charged, or on the person\'s own motion or application; a power or a permission to prosecute, or a rebuttable presumption; custody or removal that the provision keeps (the message names the words); and a protection written as an exception to a definition (a bar does not belong inside a definition). A paragraph that opens in lower case and becomes subsection (1) opens with a capital.',
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
      // Read from the whole provision: a second prohibition ("No fine ... shall be imposed"), a
      // penalty joined to the bar ("nor have an administrative sanction imposed on him"), or a part
      // extending the protection ("The exemption in part 1 shall equally apply to administrative offences").
      const m = firstMatch([OTHER_FORMS_KEPT_AWAY, EXTENDED_BEYOND_CRIMINAL], s.text) ?? keptAwayByImposition(s.text);
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
        // A protection a bar can follow before a defence granted at trial, where the section holds both.
        const candidates = facts(s).reaches.filter((x) => x.criminalOnly && ownRelief.has(`${s.base}:${x.relief.start}`));
        const r = candidates.find((x) => !x.grantedAtTrial) ?? candidates[0];
        if (!r) continue;
        const at = abs(s, r.words);
        // In the provision's own words for itself and its parts ("paragraph 1", "subregulation (1)", "this Article").
        const ownText = bill.text.slice(p.primary.base, p.primary.chunk.end);
        const held = facts(p.primary).reaches.filter((x) => ownRelief.has(`${p.primary.base}:${x.relief.start}`));
        // The bar hangs on the protections that are not defences granted at trial, and names their parts only.
        const barred = held.filter((x) => !x.grantedAtTrial);
        const reliefs = (barred.length ? barred : held).map((x) => abs(p.primary, x.relief).start);
        const raw = referToProtection(formsOfPunishmentWording(conventionsFor(bill), p.primary), p.primary, reliefs);
        const bar = inSectionReferences(raw, ownText);
        // Beside an exclusion the provision keeps: "Subject to subsection (2), where subsection (1) applies ...".
        const subject = subjectToExclusions(p.primary, reliefs, factsOf<GravityFacts>('serious-offence-exclusion', p.primary), ownText, partStyle(raw, bar));
        const words = subject ? `${subject}${bar.charAt(0).toLowerCase()}${bar.slice(1)}` : bar;
        // Once added (even where this reading cannot see it, inside a quotation), it is not added again.
        const flat = ownText.replace(/\s+/g, ' ');
        const already = flat.includes(words) || flat.includes(bar.slice(1));
        const quoted = bill.text.slice(at.start, at.end).replace(/\s+/g, ' ');
        const trial = held.filter((x) => x.grantedAtTrial).map((x) => abs(p.primary, x.relief).start);
        const reason = withheldBecause(p, s, r, factsOf, quoted, bill.text) ?? besideDefence(p.primary, reliefs, trial, held.find((x) => x.grantedAtTrial), bill.text);
        const edits = already || reason ? undefined : subsectionInsertion(p.primary, words, bill.text, bill.eol);
        const data = { provision: ownName(p, ownText), covers: describe(r.covers), missing: missing(r.covers), words: quoted };
        report({
          ...(reason ? { messageId: 'criminalOnlyNoWording', data: { ...data, reason } } : { messageId: 'criminalOnly', data }),
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

/** Where no wording is offered, why (for the message); undefined where the subsection can be added. */
type FactsOf = <G>(ruleId: string, section: AnalysedSection) => G;

/**
 * Why no subsection is offered for reach `r` (of section `s`, in provision `p`), in a sentence for the
 * message, or undefined where one can be added. "Where subsection (1) applies to an act ..., the person
 * shall not ... be arrested, detained, charged ..." is absolute and hangs on the protection applying, so
 * it is not offered where:
 * - the provision keeps custody or removal: the bar would contradict it (the words are named);
 * - the protection is an exception to a definition: the bar would sit inside the definition;
 * - the protection is a defence that the accused must make out at trial (a burden on the accused, an
 *   affirmative defence, a presumption that the defence is absent): whether it applies is known only at
 *   trial, after the arrest and charge the bar would forbid;
 * - the protection is decided after charge: an official's or a court's finding, belief or satisfaction,
 *   relief acting on a charge already brought, or the person's own motion;
 * - the protection is a power, a permission or a rebuttable presumption: the bar would contradict it.
 */
/** Words of a motion or application to clear a conviction: "the movant", "the petitioner", "a motion to vacate", "expunge". */
const RELIEF_MOTION = /\b(?:movant|moving\s{1,4}party|petitioner|motions?|petitions?|vacat\w{0,6}|expung\w{0,6}|expunction|set\s{1,4}aside\s{1,4}(?:the\s{1,4})?conviction)\b/i;

function withheldBecause(p: Provision, s: AnalysedSection, r: ProtectionReach, factsOf: FactsOf, quoted: string, text: string): string | undefined {
  const sections = sectionsOf(p);
  const operative = (x: AnalysedSection) => x.reading.operative.clauses.map((c) => c.text).join('\n');
  for (const x of sections) {
    const text = operative(x);
    const m = firstMatch(BAR_WOULD_CONTRADICT, text);
    if (!m) continue;
    const what = /custody/i.test(m.text) ? 'the custody that the provision orders' : `the ${/deport|expul|detention|arrest/i.exec(m.text)?.[0]?.toLowerCase().replace(/^expul.*/, 'expulsion') ?? 'removal'} that the provision keeps`;
    return `No wording is offered: a subsection barring arrest, detention and deportation would contradict ${what} ("${sentenceAround(text, m.index, m.end)}"). Decide first whether that power is to stay; a bar on the other forms of punishment must then be drafted around it.`;
  }
  const own = s.model.clauses.find((c) => c.start <= r.words.start && r.words.start < c.end);
  const term = definedBefore(s, own);
  if (term) return `No wording is offered: the protection is an exception to the definition of "${term}", and a bar on arrest, detention and deportation does not belong inside a definition. Put it in a provision of its own.`;
  const atTrial = r.covers.includes('conviction at trial');
  // As defendant-burden reads it: proof put on the accused, or an "affirmative defence" whose burden the State is not said to bear.
  // Proof asked of a person moving to clear a conviction ("The movant must establish eligibility by a preponderance of
  // the evidence") governs that motion, not a rule of non-liability beside it (drafter review 8, Delaware § 787).
  const ownIsRelief = own !== undefined && RELIEF_MOTION.test(own.text);
  const proof = sections.map((x) => {
    const f = factsOf<BurdenFacts>('defendant-burden', x);
    return { ...f, hits: ownIsRelief ? f.hits : f.hits.filter((h) => !RELIEF_MOTION.test(x.model.sentences[h.sentence]?.text ?? '')) };
  });
  const stateBears = proof.some((f) => f.prosecutionBurden);
  const burden = proof.some((f) => f.hits.some((h) => h.kind !== 'affirmative' || !stateBears));
  // Proof put on the accused ("A court shall acquit ... upon proof by the accused", "if the accused
  // establishes", "shall prove to the satisfaction of the court") makes any protection one made out
  // at trial, whatever its form (drafter review 7).
  const proved = proof.some((f) => f.hits.some((h) => h.kind === 'legal' || h.kind === 'standard'));
  // Proof asked of the accused outside the protection's own words ("(2) An offence committed after the victim regained
  // freedom ... shall be presumed not to be such a result, unless the accused proves otherwise"): the protection itself
  // is not a defence, but whether it reaches an act can turn on that proof; the message names the words (review 8).
  const apart = !atTrial && own !== undefined ? elsewhere(proof, sections, own, s, text) : undefined;
  if (apart) return `No wording is offered: whether the protection reaches an act can turn on what the accused proves at trial ("${apart}"), so it is known only after the arrest and charge that a further subsection would forbid. Put that burden on the prosecution first (see the finding on the burden of proof); then add the bar, with its own link to the trafficking ("for an act done as a direct result of being trafficked").`;
  if ((atTrial && burden) || proved) return 'No wording is offered: the protection is a defence that the accused must make out at trial, so whether it applies is known only after the arrest and charge that a further subsection would forbid. Put the burden of proof on the prosecution first (see the finding on the burden of proof); then add the bar, with its own link to the trafficking ("for an act done as a direct result of being trafficked").';
  // Framed as a defence or an acquittal, whoever bears the burden: it operates only in a prosecution.
  if (r.grantedAtTrial) return atTrialReason(quoted);
  const decided = own !== undefined && (has(DECIDED_AFTER_CHARGE, own.text) || has(BY_MOTION, own.text));
  const official = sections.some((x) => factsOf<ConditionFacts>('conditional-protection', x).hits.some((h) => h.kind === 'official'));
  if (decided || official) return 'No wording is offered: the protection turns on a decision that an official or a court takes once the person is suspected or charged (a finding, a belief, what becomes of a charge, a motion or an application), so a bar on arrest and charge cannot hang on it. Write the bar with its own link to the trafficking ("for an act done as a direct result of being trafficked").';
  const presumption = sections.some((x) => x.protections.some((y) => y.form === 'presumption'));
  const power = sections.some((x) => factsOf<DiscretionFacts>('discretionary-protection', x).hits.some((h) => POWERS.has(h.kind)));
  if (presumption || power) return 'No wording is offered: the protection is left to a power, a permission or a presumption that can be rebutted, which an absolute bar on arrest, detention and deportation beside it would contradict. Make the protection a duty first.';
  return undefined;
}

/**
 * The words of the first burden of proof put on the accused (`proof`, the burden facts of each of
 * `sections`) that lie outside the protection's own clause `own` of section `s`, as written in the
 * bill `text`; undefined where every such burden is in that clause.
 */
function elsewhere(proof: BurdenFacts[], sections: AnalysedSection[], own: { start: number; end: number }, s: AnalysedSection, text: string): string | undefined {
  for (let i = 0; i < sections.length; i++) {
    const x = sections[i]!;
    for (const h of proof[i]!.hits) {
      if (h.kind !== 'legal' && h.kind !== 'standard') continue;
      if (x === s && h.span.start < own.end && own.start < h.span.end) return undefined;
      return text.slice(x.base + h.span.start, x.base + h.span.end).replace(/\s+/g, ' ');
    }
  }
  return undefined;
}

/**
 * Why no bar is offered on a protection that is a defence or an acquittal granted at trial (`quoted`
 * are its words): it presupposes the prosecution the bar would forbid.
 */
function atTrialReason(quoted: string): string {
  return `No wording is offered: the protection operates at trial, as a defence or an acquittal ("${quoted}"), so whether it applies is known only after the arrest and charge that a further subsection would forbid, and a bar on prosecution hung on it would leave it nothing to apply to. Write the bar as a protection of its own, with its own link to the trafficking ("for an act done as a direct result of being trafficked").`;
}

/**
 * Why no bar is offered beside a defence granted at trial in the same provision (`s`, its primary
 * section), where the bar would hang on the defence as well as on the other protections: it names no
 * part of its own (so "Where this section applies" would take in the defence), or a part it names holds
 * the defence too. `reliefs` are the other protections' offsets and `trial` the defences' (absolute);
 * `defence` the first defence's reach; `billText` the bill. Undefined where there is no defence beside
 * them, or the bar names only parts without one.
 */
function besideDefence(s: AnalysedSection, reliefs: number[], trial: number[], defence: ProtectionReach | undefined, billText: string): string | undefined {
  if (!trial.length || !defence) return undefined;
  const quoted = () => {
    const at = abs(s, defence.words);
    return atTrialReason(billText.slice(at.start, at.end).replace(/\s+/g, ' '));
  };
  if (!protectionPart(s, reliefs)) return quoted();
  const within = (c: Clause, x: number) => s.base + c.start <= x && x < s.base + c.end;
  const parts = s.model.clauses.filter((c) => c.quoted !== 'instrument' && !c.recital && /^\((?:\d{1,3}[A-Z]{0,2}|[a-z])\)$/.test(c.marker));
  return parts.some((c) => reliefs.some((x) => within(c, x)) && trial.some((x) => within(c, x))) ? quoted() : undefined;
}

/**
 * The term whose definition opens the provision, where the protection's own paragraph (`own`) is an
 * exception to it ("(a) "Delinquent child" means ... (b) A sexually exploited youth is not a
 * delinquent child ..."); else undefined.
 */
function definedBefore(s: AnalysedSection, own: Clause | undefined): string | undefined {
  if (!own) return undefined;
  for (const c of s.model.clauses) {
    if (c === own) break;
    if (c.quoted === 'instrument' || c.recital) continue;
    const m = firstMatch(DEFINITION_OPENING, c.text.trimStart());
    const term = m?.groups[0];
    if (term && new RegExp(`\\bnot\\s{1,4}(?:an?\\s{1,4}|the\\s{1,4})?${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(own.text)) return term;
  }
  return undefined;
}

/**
 * "Subject to subsection (2), " where a part of the provision other than the protection's takes
 * offences out of it ("(2) Nothing in subsection (1) shall be construed as protecting a victim from
 * prosecution for any offence involving bodily harm"): the new bar follows the protection, exclusion
 * and all. Empty where there is none. `reliefs` are the protections' absolute offsets; `ownText` the
 * provision's text, for its own way of naming its parts.
 */
function subjectToExclusions(s: AnalysedSection, reliefs: number[], gravity: GravityFacts, ownText: string, style?: PartStyle): string {
  const parts = s.model.clauses.filter((c) => c.quoted !== 'instrument' && !c.recital && /^\(\d{1,3}[A-Z]{0,2}\)$|^\([a-z]\)$/.test(c.marker));
  const holds = (c: Clause) => reliefs.some((x) => s.base + c.start <= x && x < s.base + c.end);
  const excluding = parts.filter((c) => !holds(c) && (has(CARVE_OUT_SENTENCE, c.text) || gravity.hits.some((h) => c.start <= h.span.start && h.span.start < c.end)));
  if (!excluding.length || excluding.length > 2) return '';
  if (style) return `Subject to ${style.word} ${excluding.map((c) => (style.brackets ? c.marker : c.marker.slice(1, -1))).join(' and ')}, `;
  const word = /\barticle\b/.test(selfName(s)) ? 'paragraph' : 'subsection';
  const list = excluding.map((c) => c.marker).join(' and ');
  return `${inSectionReferences(`Subject to ${word} ${list}`, ownText)}, `;
}

/** How the provision names one of its parts: the word, and whether the number is in brackets ("subsection (1)", "paragraph 1"). */
interface PartStyle {
  word: string;
  brackets: boolean;
}

/**
 * The way the new words name the protection's part once written in the provision's own way (`bar`,
 * from `raw`): "paragraph 1" where the provision says so, for the exclusion to be named alike
 * ("Subject to paragraph 2, where paragraph 1 applies"). Undefined where the words name no part or
 * name it in a form of their own ("Paragraph one of this Section").
 */
function partStyle(raw: string, bar: string): PartStyle | undefined {
  const m = /\b(?:subsection|paragraph|subregulation) \(\w{1,4}\)/.exec(raw);
  if (!m || !bar.startsWith(raw.slice(0, m.index)) || !bar.endsWith(raw.slice(m.index + m[0].length))) return undefined;
  const ref = bar.slice(m.index, bar.length - (raw.length - m.index - m[0].length));
  const named = /^([A-Za-z-]{4,20}) (\()?\w{1,4}\)?$/.exec(ref);
  return named ? { word: named[1]!, brackets: named[2] !== undefined } : undefined;
}

/**
 * The provision's name for the message, in its own unit: "Regulation 9" where the reader names it
 * "Section 9" but the provision calls itself a regulation or its parts subregulations. `ownText` is
 * the provision's text.
 */
function ownName(p: Provision, ownText: string): string {
  if (!/^Section\s/.test(p.name)) return p.name;
  const unit = selfName(p.primary).replace(/^this /, '');
  const regulation = unit === 'regulation' || /\bsub-?regulations?\b|\bthis\s{1,3}regulation\b/i.test(ownText);
  const rule = unit === 'rule' || /\bsub-?rules?\b|\bthis\s{1,3}rule\b/i.test(ownText);
  return regulation ? p.name.replace(/^Section/, 'Regulation') : rule ? p.name.replace(/^Section/, 'Rule') : p.name;
}

/**
 * The words of `text` from `start` to `end`, widened to the whole sentence (or its paragraph) where
 * that stays short (200 characters), else the phrase between the commas around them, else the words
 * alone: what a message quotes, never cut mid-phrase.
 */
function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('.', start - 1), text.lastIndexOf(';', start - 1), text.lastIndexOf('\n', start - 1)) + 1;
  const stops = ['.', ';', '\n'].map((c) => text.indexOf(c, end)).filter((k) => k >= 0);
  const to = stops.length ? Math.min(...stops) : text.length;
  const whole = text.slice(from, to).replace(/^\s*(?:\(\w{1,4}\)\s*)?/, '').replace(/\s+/g, ' ').trim();
  if (whole.length <= 200) return whole;
  // Else the phrase between the commas around the words ("shall be placed in temporary protective custody under ...").
  const head = text.slice(Math.max(from, start - 120), start);
  const comma = head.lastIndexOf(', ');
  const tail = text.slice(end, Math.min(to, end + 120));
  const next = tail.search(/,\s/);
  const phrase = `${comma >= 0 ? head.slice(comma + 2) : ''}${text.slice(start, end)}${next >= 0 ? tail.slice(0, next) : to - end <= 120 ? tail : ''}`.replace(/^(?:and|or)\s+/, '').replace(/\s+/g, ' ').trim();
  return phrase.length <= 200 ? phrase : text.slice(start, end).replace(/\s+/g, ' ');
}
