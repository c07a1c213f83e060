import { defineRule, type ExplainItem } from '../../rule.js';
import { CITE } from '../../citations.js';
import { notRequired, span, type Span } from '../../analyse.js';
import { firstMatch, has, matchAll } from '../../patterns.js';
import type { Fix, TextEdit } from '../../types.js';
import { ownEdits } from '../../fix.js';
import type { Sentence } from '../../bill.js';
import type { AnalysedBill, AnalysedSection, Provision } from '../../model.js';
import { conventionsFor, crossName, inBillSpelling, prosecutionBurdenWording, protectionPart, selfName } from '../bill-wording.js';
import { inBillQuotes, type BillConventions } from '../../drafting/index.js';
import { abs, inListParagraph, mergeSpans, patternText, quoteWords, sectionsOf, sentenceEnd, subsectionInsertion, unionSpan } from '../util.js';
import { ACCUSED_STANDARD, AFFIRMATIVE_DEFENCE, DECIDER, DEEMED_SHOWN, DEEMING_PROSECUTION, EVIDENTIAL, LEGAL_BURDEN, PASSIVE_SHOWING, PROSECUTION_BURDEN } from './patterns.js';

export interface BurdenHit {
  kind: 'legal' | 'standard' | 'affirmative';
  element: string;
  span: Span;
  sentence: number;
}

export interface BurdenFacts {
  hits: BurdenHit[];
  /** The section says the prosecution bears the burden (the good practice). */
  prosecutionBurden: boolean;
  /** An evidential burden only (raising the issue), for the explanation. */
  evidential: Span[];
  /** The section speaks of an application or petition (record relief): messages fit an applicant. */
  application: boolean;
  /**
   * The section deems the matter shown once the issue is raised, unless the prosecution proves the
   * contrary ("the accused shall be taken to have shown that matter unless the prosecution proves the
   * contrary beyond reasonable doubt"): "for the accused to show" is then an evidential burden only.
   */
  deemed?: Span;
  /** Showings that name no one ("unless it is shown that"): read only where nothing else is said of proof. */
  passive: Span[];
}

/** The burdens a deeming clause turns into an evidential burden: the accused's showing or proving. */
const DEEMABLE = new Set([LEGAL_BURDEN.infinitive.id, LEGAL_BURDEN.proves.id, LEGAL_BURDEN.theyProve.id, LEGAL_BURDEN.satisfaction.id]);

const LEGAL_SET = Object.values(LEGAL_BURDEN);
const STATE = /\b(?:prosecution|prosecutors?|prosecuting\s+attorney|district\s+attorney|attorney[\s-]general|state's\s+attorney|director\s+of\s+public\s+prosecutions|lord\s+advocate|the\s+state|the\s+crown|the\s+people|the\s+commonwealth|the\s+government)\b/i;
const ACCUSED = /\b(?:accused|defendant|person\s+charged|applicant|petitioner|movant)\b/i;
const APPLICATION = /\b(?:applicant|petitioner|movant|application|petition|motion)\b/i;

const LEGAL_TEXT =
  '"{words}" puts the burden of proof on the accused victim. The State should bear it: an accused person should not have to prove the defence, even on a balance of probabilities, and once the issue is raised the prosecution should have to show beyond reasonable doubt that the protection does not apply.';
const APPLICANT_TEXT =
  '"{words}" puts the burden of proof on the victim applying for relief. The guidance says an accused person should not have to prove a defence, even on a balance of probabilities, and that the burden of establishing the link between the trafficking and the unlawful activity rests on the State; a victim asking for a conviction to be set aside should not bear a heavier burden. Grant relief where there is evidence of the link, unless it is disproved.';

export const defendantBurden = defineRule<BurdenFacts>({
  meta: {
    id: 'defendant-burden',
    code: 'NP003',
    title: 'Burden of proof placed on the defendant',
    defaultSeverity: 'error',
    fixable: true,
    summary:
      'The provision requires the accused victim (or a victim applying for relief from a conviction) to prove that it applies, or names a standard of proof for them such as the balance of probabilities. The State should bear the burden: once the issue is raised, the prosecution should have to disprove it beyond reasonable doubt. An evidential burden to raise the issue is acceptable.',
    citations: [CITE.standardOfProof, CITE.burdenOnState, CITE.courtOwnMotion],
    messages: {
      legal: { severity: 'error', text: LEGAL_TEXT },
      applicant: { severity: 'error', text: APPLICANT_TEXT },
      // The same findings where no quick fix can safely be offered, saying why.
      legalNoFix: { severity: 'error', text: `${LEGAL_TEXT} No quick fix is offered: {why}` },
      applicantNoFix: { severity: 'error', text: `${APPLICANT_TEXT} No quick fix is offered: {why}` },
      passive: {
        severity: 'warning',
        text: '{provision} says "{words}" without saying who must show it. In practice the person who relies on the protection, the accused victim, will be taken to bear that burden, and the guidance says the accused should not have to prove the defence. Say that, once the issue is raised, the prosecution must prove beyond reasonable doubt that the protection does not apply. No quick fix is offered: the words name no one, so the drafter must first decide whether the showing is meant to be the prosecution\'s.',
      },
      affirmative: {
        severity: 'warning',
        text: '{provision} calls the protection an "affirmative defence" ("{words}") and does not say who must prove it. In many jurisdictions an affirmative defence must be proved by the accused, and the guidance says the accused should not have to prove the defence. Call it a defence, not an affirmative defence, and state that, once the issue is raised, the prosecution bears the burden of disproving it beyond reasonable doubt.',
      },
    },
    docs: {
      flags:
        'In a non-punishment provision of any form, including relief from a conviction: a legal burden on the accused or applicant to prove, establish, show or satisfy the court ("it is a defence for the accused to prove...", "it is for the person charged to satisfy the court", "the burden of proving ... lies on the accused", "the onus of establishing ... rests with the defendant", "the applicant bears the burden", "a person who claims ... shall prove", "if the person proves that..."); a standard of proof named for them ("on the balance of probabilities", "by a preponderance of the evidence", "clear and convincing evidence") (errors). An "affirmative defence" that says nothing of who must prove it is a warning: in many jurisdictions that term puts the burden on the accused, so the provision should say that the prosecution bears it. A showing that names no one ("unless it is shown that", "if it is proved that"), where the provision says nothing else of proof, is a warning: the person relying on the protection, the accused, would be taken to bear it. A burden placed by naming the party ("it lies on the person relying on subsection (1) to prove") is an error like any other. An evidential burden to raise the issue ("where the accused adduces evidence sufficient to raise an issue...") is not flagged.',
      why:
        'Victims often cannot prove their own trafficking: the evidence is held by the trafficker or by the authorities. Requiring the accused to prove the defence, even on a balance of probabilities, could infringe the presumption of innocence. The UNODC background paper says the accused should not have to prove the defence at all and that, once it is a live issue, the prosecution should have to show beyond reasonable doubt that it does not apply. The ASEAN Guideline says the burden of establishing the link rests on the State.',
      fix:
        'Remove the words that put the burden on the accused and add a rule that the prosecution must disprove the defence beyond reasonable doubt once evidence raises it, and that the court considers it of its own motion. The quick fix does both, for the whole provision at once: it removes every phrase that puts the burden on the accused ("for the accused to prove, on the balance of probabilities, that X" becomes "that X"; "if the movant establishes the grounds in subsection 1" becomes "if the grounds in subsection 1 are established"; a sentence that only states the accused\'s burden becomes the prosecution\'s), and adds the prosecution-burden sentence once, after the paragraph that states the defence (where that paragraph is one of a list, or a numbered subsection, as a new subsection numbered in the provision\'s own scheme, so that it is not read as part of that paragraph or subsection only). A Note saying that the defendant bears the burden is not operative: it is taken out and the rule becomes a numbered subsection. Where the provision calls the protection an "affirmative defense" (a label that in many US codes itself puts the burden on the defendant), the fix calls it "a defense" everywhere in the provision, heading included, in the bill\'s own spelling. Where a pronoun would be left with no one to refer to ("it is a defence if he was compelled"), the person the burden named takes its place ("if the accused was compelled"). A motion, petition or application to vacate, expunge, seal, set aside or disregard a conviction has no prosecution and no trial: there the fix leaves the court\'s or the decision-maker\'s power as the bill states it and adds, in the scheme\'s own words, that once evidence is adduced the movant, petitioner or applicant is presumed to be eligible for relief unless the contrary is proved; where the words made them prove a fact (that the conviction was the direct result of being trafficked), that fact stays, as what is presumed, and a later "if the petitioner meets that burden" becomes "if that presumption is not rebutted". Where the proof is to be given to an official who decides outside a trial (the Attorney-General deciding to discontinue proceedings), no quick fix is offered, since a rule for the prosecution at trial would not fit that decision. Where the burden words cannot be left out and leave the provision readable, no quick fix is offered.',
      bad: `## 14. Non-liability of victims

It is a defence for the accused to prove, on the balance of probabilities, that the offence was committed as a direct result of being trafficked.`,
      good: `## 14. Non-liability of victims

It is a defence that the offence was committed as a direct result of being trafficked. ${patternText('pattern-prosecution-burden')}`,
    },
  },

  // Reads nothing outside a provision's own sections.
  scanWords: null,

  recognise({ model }) {
    const hits: BurdenHit[] = [];
    const evidential: Span[] = [];
    let prosecutionBurden = false;
    let application = false;
    let deemed: Span | undefined;
    const passive: Span[] = [];
    model.sentences.forEach((s, i) => {
      const t = s.text;
      if (has(PROSECUTION_BURDEN, t)) prosecutionBurden = true;
      const deeming = firstMatch([DEEMED_SHOWN], t);
      if (deeming && has([DEEMING_PROSECUTION], t)) {
        deemed ??= span(s, deeming.index, deeming.end);
        prosecutionBurden = true;
      }
      if (APPLICATION.test(t)) application = true;
      for (const m of matchAll(EVIDENTIAL, t)) evidential.push(span(s, m.index, m.end));
      for (const m of matchAll(PASSIVE_SHOWING, t)) if (!notRequired(t, m.index)) passive.push(span(s, m.index, m.end));
      for (const m of matchAll(LEGAL_SET, t)) {
        if (notRequired(t, m.index)) continue;
        if (m.pattern === LEGAL_BURDEN.satisfaction && STATE.test(t.slice(Math.max(0, m.index - 80), m.index))) continue;
        hits.push({ kind: 'legal', element: m.pattern.id, span: span(s, m.index, m.end), sentence: i });
      }
      for (const m of matchAll(ACCUSED_STANDARD, t)) {
        if (notRequired(t, m.index)) continue;
        const before = t.slice(Math.max(0, m.index - 100), m.index);
        if (STATE.test(before) && !ACCUSED.test(before)) continue;
        hits.push({ kind: 'standard', element: m.pattern.id, span: span(s, m.index, m.end), sentence: i });
      }
      for (const m of matchAll(AFFIRMATIVE_DEFENCE, t)) hits.push({ kind: 'affirmative', element: m.pattern.id, span: span(s, m.index, m.end), sentence: i });
    });
    return { hits, prosecutionBurden, evidential, application, passive, ...(deemed ? { deemed } : {}) };
  },

  check({ bill, report, facts }) {
    const text = bill.text;
    for (const p of bill.provisions) {
      const sections = sectionsOf(p);
      const prosecutionBurden = sections.some((s) => facts(s).prosecutionBurden);
      // A deeming clause makes "for the accused to show" an evidential burden (the good practice).
      const deemed = sections.some((s) => facts(s).deemed);
      // Proof put on the accused somewhere in the provision makes an "affirmative defence" an error, reported on those words.
      const provable = sections.some((s) => facts(s).hits.some((h) => h.kind !== 'affirmative'));
      const found: Found[] = [];
      for (const s of sections) {
        const hits = facts(s).hits.filter((h) => !(h.kind === 'affirmative' && (prosecutionBurden || provable)) && !(deemed && h.kind === 'legal' && DEEMABLE.has(h.element)));
        const bySentence = new Map<number, BurdenHit[]>();
        for (const h of hits) bySentence.set(h.sentence, [...(bySentence.get(h.sentence) ?? []), h]);
        for (const [sentenceIndex, list] of bySentence) {
          for (const group of mergeSpans(list, 6)) {
            found.push({ s, sentenceIndex, group, at: abs(s, unionSpan(group.map((h) => h.span))), affirmative: group.every((h) => h.kind === 'affirmative'), relief: clearsRecord(p, s, sentenceIndex) });
          }
        }
      }
      if (!found.length) {
        // "Unless it is shown that ...", with nothing else said of proof: who must show it is left open,
        // and the one who relies on the protection is the accused (a warning: the words name no one).
        const silent = !prosecutionBurden && !deemed && !sections.some((s) => facts(s).evidential.length);
        const first = silent ? sections.flatMap((s) => facts(s).passive.map((sp) => ({ s, sp }))).at(0) : undefined;
        if (first) {
          const at = abs(first.s, first.sp);
          report({ messageId: 'passive', data: { provision: p.name, words: quoteWords(text, at, 90) }, span: at, section: p.primary });
        }
        continue;
      }
      // One fix for the provision, offered on each of its findings: it removes every phrase putting the
      // burden on the accused and states the prosecution's burden once (so fixing the findings one at a
      // time, in any order, ends where fixing them all does).
      const { fix, why } = burdenFix(bill, p, found, prosecutionBurden);
      for (const f of found) {
        // A victim applying to clear a conviction is told of an applicant's burden, not an accused's.
        const grade = f.affirmative ? 'affirmative' : f.relief ? 'applicant' : 'legal';
        report({
          // Where no safe rewrite exists, the finding says why.
          messageId: why && !fix && grade !== 'affirmative' ? `${grade}NoFix` : grade,
          data: { provision: p.name, words: quoteWords(text, f.at, 90), why: why ?? '' },
          span: f.at,
          section: p.primary,
          fixes: fix ? [fix] : [],
        });
      }
    }
  },

  explain({ facts, bill }, p) {
    const out: ExplainItem[] = [];
    const deemed = sectionsOf(p).some((s) => facts(s).deemed);
    for (const s of sectionsOf(p)) {
      const f = facts(s);
      if (f.deemed) out.push({ aspect: 'Burden of proof', reading: 'the matter is taken to be shown once the issue is raised, unless the prosecution proves the contrary: an evidential burden only (acceptable)', words: [abs(s, f.deemed)] });
      for (const h of f.hits) {
        if (deemed && h.kind === 'legal' && DEEMABLE.has(h.element)) continue;
        out.push({ aspect: 'Burden of proof', reading: h.kind === 'affirmative' ? 'an "affirmative defence" (who proves it is not stated)' : h.kind === 'standard' ? 'a standard of proof named for the accused or applicant' : 'a legal burden on the accused or applicant', words: [abs(s, h.span)] });
      }
      for (const e of f.evidential) out.push({ aspect: 'Burden of proof', reading: 'an evidential burden only (raising the issue): acceptable', words: [abs(s, e)] });
      for (const e of f.passive) out.push({ aspect: 'Burden of proof', reading: 'a showing that names no one: who must show it is not said', words: [abs(s, e)] });
      if (f.prosecutionBurden) out.push({ aspect: 'Burden of proof', reading: 'the prosecution bears the burden' });
    }
    if (!out.length) out.push({ aspect: 'Burden of proof', reading: 'nothing is said of proof (the ordinary rules apply)' });
    void bill;
    return out;
  },
});

/** The document offset where a new sentence can follow the one given: the end of its paragraph when that paragraph ends a statement, else the sentence's end. */
function sentenceHome(s: AnalysedSection, sentence: Sentence): number {
  const end = sentenceEnd(s, sentence) - s.base;
  const c = s.model.clauses.find((x) => x.start < end && end <= x.end);
  const last = c ? c.text.trimEnd() : '';
  if (c && !endsLeadingOn(last) && /[.)"”’]$/.test(last)) return s.base + c.end;
  return s.base + end;
}

/**
 * Whether a paragraph (its text without trailing spaces) ends leading on to the next: in a
 * semicolon, comma, dash or colon, perhaps followed by "or" or "and" (";", ", and", "— or").
 */
function endsLeadingOn(text: string): boolean {
  const joined = /(?:or|and)$/i.exec(text);
  const rest = joined ? text.slice(0, joined.index).trimEnd() : text;
  return /[;,—–:-]$/.test(rest);
}

/** Words that still put proof on the accused or applicant after a fix (checked on the rewritten sentences). */
const BURDEN_LEFT = /\b(?:party|person|defendant|accused|applicant|petitioner|movant|claimant)\s+(?:proves|establishes|shows|demonstrates|satisfies)\b|\b(?:defendant|accused|applicant|petitioner|movant|person)\s+(?:must|shall)\s+(?:prove|establish|show|satisfy|demonstrate)\b|\bon\s+(?:a|the)\s+balance\s+of\s+probabilit/i;

/** Words after a burden to "satisfy" that go with it: "the court", "the tribunal". */
const SATISFY_OBJECT = new RegExp(String.raw`^\s+(?:the\s+)?${DECIDER}\b`, 'i');

/** A burden found in a provision: the section, the sentence, the hits close together, their span (document offsets). */
interface Found {
  s: AnalysedSection;
  sentenceIndex: number;
  group: BurdenHit[];
  at: Span;
  affirmative: boolean;
  /** The burden is on a victim applying to clear a conviction (see `clearsRecord`), not on an accused. */
  relief: boolean;
}

/** The provision's fix, or why none can be offered (a clause to follow "No quick fix is offered: "). */
export interface BurdenRemedy {
  fix?: Fix;
  why?: string;
}

/** Why no fix: the burden words are part of the condition the protection depends on. */
const WOVEN_IN =
  'the words that put the burden on the accused are part of the condition the protection depends on, and taking them out here would change what the provision says. Redraft the condition to state only the facts required (for example, "if the offence was committed as a direct result of being trafficked"), and add that, once evidence raises the issue, the prosecution must disprove it beyond reasonable doubt.';

/**
 * The edits that put the burden on the prosecution in a whole provision (see the rule's docs.fix):
 * every phrase putting the burden on the accused is removed ("for the accused to prove, on the
 * balance of probabilities, that X" leaves "that X"; "The burden of proving ... lies on the accused."
 * becomes the prosecution-burden sentence), and, unless the provision says so already, the
 * prosecution-burden sentence is added once, after the paragraph that states the burden or the
 * defence (never inside a citation such as "22 U.S.C. Sec. 7101"). Edits stay within their sentence.
 * Returns the fix, or why there is none when the burden words cannot safely be taken out.
 */
function burdenFix(bill: AnalysedBill, p: Provision, found: Found[], prosecutionBurden: boolean): BurdenRemedy {
  const text = bill.text;
  const conv = conventionsFor(bill);
  // The section the burden governs: the one stating the protection (a separate "Proof" section names it).
  const governed = [p.primary, ...p.attached].find((x) => x.protections.length > 0) ?? p.primary;
  // Proof to be given to an official who decides (the Attorney-General deciding to discontinue), not
  // to a court: the prosecution's burden at trial is the wrong rule (see OFFICIAL_DECIDES).
  const official = officialDecider(text, p, found);
  if (official) return { why: OFFICIAL_DECIDES.replace(/\{official\}/g, official) };
  const edits: TextEdit[] = [];
  let homeSection: AnalysedSection | undefined;
  // Whether the sentence on proof is in the provision already (or added): the prosecution's for an
  // accused, the presumption for a victim applying to clear a conviction (see `clearsRecord`).
  const appended = { prosecution: prosecutionBurden, relief: prosecutionBurden };
  let home: number | undefined;
  let homeFound: Found | undefined;
  // A burden sentence taken out of its place for the rule to become a subsection of its own (see below).
  let detached: { s: AnalysedSection; start: number; limit: number; note: boolean; words: string } | undefined;
  // Whether a sentence putting the burden on a victim applying for relief was replaced by a presumption.
  let relieved = false;
  // The new sentence follows the last sentence whose burden words were taken out.
  const setHome = (f: Found, s: AnalysedSection, sentence: Sentence) => {
    const at = sentenceHome(s, sentence);
    if (home === undefined || at >= home) {
      home = at;
      homeSection = s;
      homeFound = f;
    }
  };
  // The sentence on proof that a burden in section `s` gives way to, in the bill's own drafting.
  // In a section that also creates the offence ("(c) It is a defense to a charge under this
  // section ..." under "Prostitution"), "whether this section applies" would be the offence: the
  // sentence names the part that holds the protection ("whether subsection (c) applies").
  // A rebuttable presumption beside the defence already says who must prove what: the sentence
  // names only the defence ("whether subsection (c) applies", never "subsection (b) or (c)").
  const defences = governed.protections.filter((x) => x.form !== 'presumption');
  const part = protectionPart(governed, (defences.length ? defences : governed.protections).map((x) => governed.base + x.relief.start), true);
  // A burden in the Evidence Act form ("the court shall presume the absence of such circumstances"):
  // the general law of evidence may put the burden of a general exception on the accused whatever this
  // section says, so the sentence displaces the law the bill names; where it names none, the title says so.
  const evidence = evidenceLaw(text, governed);
  const prosecution = (s: AnalysedSection) => {
    const w0 = inBillSpelling(text, prosecutionBurdenWording(conv, governed, s));
    const w = part && s === governed ? w0.split(selfName(governed)).join(part) : w0;
    return evidence?.law ? `Notwithstanding ${evidence.law}, ${w.charAt(0).toLowerCase()}${w.slice(1)}` : w;
  };
  const wording = (f: Found, s: AnalysedSection) => (f.relief ? reliefBurdenWording(conv, governed, s, applicantWord(p, f)) : prosecution(s));
  // Sentences replaced whole by the prosecution-burden sentence: their other burden words go with them.
  const replaced = new Set<string>();
  const key = (f: Found) => `${f.s.base}:${f.sentenceIndex}`;
  for (const f of found) {
    const { s, sentenceIndex, group, at, affirmative } = f;
    const sentence = s.model.sentences[sentenceIndex]!;
    if (sentence.quoted === 'instrument' || s.preamble || replaced.has(key(f))) continue;
    const limit = sentenceEnd(s, sentence);
    const legal = group.filter((h) => h.kind === 'legal');
    // The legal burden of the whole sentence (a standard of proof may stand apart from it: "The
    // defendant shall prove the affirmative defense by clear and convincing evidence.").
    const legalGroup = found.find((g) => key(g) === key(f) && g.group.some((h) => h.kind === 'legal'));
    const sentenceLegal = legalGroup ? legalGroup.group.filter((h) => h.kind === 'legal') : [];
    // A sentence that states no protection and puts a legal burden on the accused ("(b) The defendant
    // must prove the defence under subsection (a) by a preponderance of the evidence.") is about the
    // burden only: it becomes the prosecution-burden sentence.
    const states = s.protections.some((x) => x.sentence === sentenceIndex);
    const shape = legal.length ? removableShape(text, s, legal, at) : true;
    const legalShape = legalGroup ? removableShape(text, s, sentenceLegal, legalGroup.at) : true;
    const isBurdenSentence =
      sentenceLegal.some((h) => /\b(?:burden|onus)\b/i.test(text.slice(s.base + h.span.start, s.base + h.span.end))) ||
      // "it shall be presumed, until the contrary is proved, that the offence was not ...": a rule on
      // proof only, against the accused; it gives way to the prosecution's burden.
      sentenceLegal.some((h) => h.element === LEGAL_BURDEN.presumedAgainst.id) ||
      (sentenceLegal.length > 0 && !states && !legalShape) ||
      (legalGroup !== undefined && provesTheDefence(text, s, sentence, legalGroup)) ||
      // "The court shall decide the petition on a preponderance of the evidence.": without the
      // standard, nothing is left to say.
      (f.relief && !states && sentenceLegal.length === 0 && onlyStandard(text, s, sentence, found.filter((g) => key(g) === key(f)))) ||
      // "Any defense arising under this section shall be raised as an affirmative defense.": a rule on
      // how the defence is pleaded and so who proves it, which says nothing once the label goes.
      (affirmative && !states && RAISED_AS.test(sentence.text.trim().replace(/\s+/g, ' ')));
    // "The court shall grant the motion if the movant establishes the grounds in subsection 1 by a
    // preponderance of the evidence": the duty and its condition stay ("if the grounds in subsection
    // 1 are established"); only the proof by the movant goes.
    const objectEdit = legalGroup && !legalShape ? objectCondition(text, s, sentenceLegal, legalGroup.at, limit) : undefined;
    if (objectEdit) {
      edits.push(objectEdit);
      replaced.add(key(f));
      setHome(f, s, sentence);
      continue;
    }
    if (isBurdenSentence) {
      // "The burden of proving ... lies on the accused." becomes the prosecution-burden sentence.
      const marker = /^\s*\([^)\s]{1,6}\)\s*/.exec(sentence.text);
      const start = s.base + sentence.map[marker ? marker[0].length : 0]!;
      // A numbered subsection that is only this sentence is never left as a bare "(2)": it takes the
      // prosecution-burden sentence even where the provision states it elsewhere (for some cases only).
      const wholeClause = marker !== null && /^[ \t]*(?:\r?\n[ \t>]*\r?\n|$)/.test(text.slice(limit, limit + 200));
      const kind = f.relief ? 'relief' : 'prosecution';
      replaced.add(key(f));
      // A victim applying to clear a conviction who had to prove a fact ("that the conviction was the
      // direct result of being a victim of trafficking"): the fact stays, as what is presumed.
      const fact = f.relief ? reliefFact(text, s, sentence, limit, applicantWord(p, f)) : undefined;
      const words = fact !== undefined ? reliefFactWording(conv, fact) : wording(f, s);
      if (f.relief) relieved = true;
      if (!appended[kind] && !wholeClause) {
        // A Note ("Note: A defendant bears a legal burden ...") is not operative: it goes, and the
        // rule takes a numbered subsection of its own. A sentence following others in a numbered
        // subsection ("(a) It is a defense ... . The defendant shall prove ...") goes from there, and
        // the rule, which governs the whole provision, becomes the next subsection.
        const note = NOTE.test(text.slice(start, limit));
        const clause = s.model.clauses.find((c) => s.base + c.start <= start && start < s.base + c.end);
        const within = clause !== undefined && (clause.marker !== '' || NUMBER_IN_TEXT.test(clause.text)) && /\S/.test(text.slice(s.base + clause.start + clause.marker.length, start).replace(/[*_]/g, ''));
        if (note || within) {
          detached = { s, start, limit, note, words };
          appended[kind] = true;
          continue;
        }
      }
      edits.push({ start, end: limit, newText: appended[kind] && !wholeClause ? '' : words });
      appended[kind] = true;
      continue;
    }
    if (affirmative) {
      setHome(f, s, sentence);
      continue;
    }
    // In a sentence that states the protection, only some shapes can lose their burden words and still
    // read (see removableShape and conditionEdits); any other leaves no fix: a half-removed burden next
    // to the prosecution's would contradict itself.
    if (!shape) {
      const rewritten = legal.length ? conditionEdits(text, s, sentence, legal, at, limit) : undefined;
      if (!rewritten) return { why: WOVEN_IN };
      edits.push(...rewritten);
      setHome(f, s, sentence);
      continue;
    }
    let start = at.start;
    let end = at.end;
    // "decide the petition on a preponderance of the evidence": the preposition goes with the standard.
    if (!legal.length) {
      const prep = /\b(?:on|by|upon)\s+$/i.exec(text.slice(Math.max(0, start - 8), start));
      if (prep && !/^(?:on|by)\b/i.test(text.slice(start, end))) start -= prep[0].length;
    }
    for (const h of group) {
      const words = text.slice(s.base + h.span.start, s.base + h.span.end);
      // "for a person eighteen years of age or older who is charged with an offence to show that":
      // the person stays (the words may limit who is protected); only the burden goes.
      const to = words.search(/\sto\s+(?:prove|establish|show|satisfy|demonstrate|disprove|persuade)\b/i);
      if (to > 0 && /^(?:for|on|upon)\s/i.test(words) && s.base + h.span.start === start && words.slice(0, to).trim().split(/\s+/).length > 4) {
        start = s.base + h.span.start + to + words.slice(to).search(/\S/);
      }
    }
    // "to satisfy the court": the court goes with it.
    const obj = /\bsatisf(?:y|ies)$/i.test(text.slice(at.start, at.end)) ? SATISFY_OBJECT.exec(text.slice(end, end + 30)) : null;
    if (obj) end += obj[0].length;
    // "for the accused to prove that X" leaves "that X" ("It is a defence that X"); "if the person proves that X" leaves "X" ("only if X").
    const keepThat = legal.some((h) => /^(?:for|on|upon)\s(?![^.;]*\bproof\s+by\b)/i.test(text.slice(s.base + h.span.start, s.base + h.span.end)));
    // A standard of proof alone (", on the balance of probabilities,") leaves the "that" after it.
    // "proves either that X, or that Y" leaves "X, or Y".
    const after = !legal.length ? null : keepThat ? /^[\s,]*(?=that\b)/i.exec(text.slice(end, Math.min(limit, end + 40))) : /^[\s,]*(?:either\s+)?that\s+/i.exec(text.slice(end, Math.min(limit, end + 40)));
    // "upon proof by the accused that X" becomes "if X".
    let newText = legal.length && uponProof(text, s, legal) ? 'if ' : '';
    // The person the burden named ("the accused" in "if the accused satisfies the court that he was
    // compelled"), for a pronoun left with nothing to refer to.
    const named = legal.length && !newText ? burdenParty(text.slice(s.base + legal[0]!.span.start, s.base + legal[0]!.span.end)) : undefined;
    let restored = false;
    if (after && /\n/.test(after[0])) {
      // "satisfies the court that\n\n(a) ...": the list stays on its own lines ("where\n\n(a) ..."),
      // with no space left at the end of the line.
      let k = after[0].indexOf('\n');
      while (k > 0 && /[ \t]/.test(after[0][k - 1]!)) k--;
      end += k;
      while (start > 0 && /[ \t]/.test(text[start - 1]!)) start--;
    } else if (after) {
      end += after[0].length;
      // The "that" of each clause joined to the one left out goes too ("X, or that Y" reads "X, or Y").
      if (!keepThat) edits.push(...coordinatedThats(text, end, limit));
      // "Where the accused establishes that he or she was trafficked ..., the accused shall be
      // acquitted": at the start of a sentence the pronoun would refer forward; the person it stood
      // for takes its place ("Where the accused was trafficked ...").
      const party = !keepThat && !newText ? partyBefore(text.slice(s.base + legal[0]!.span.start, s.base + legal[0]!.span.end)) : undefined;
      const pronoun = party ? PRONOUN.exec(text.slice(end, end + 20)) : null;
      if (party && pronoun && opensSentence(text, s, sentence, start)) {
        end += pronoun[0].length;
        newText = `${party} `;
        restored = true;
      }
    } else {
      // ", on the balance of probabilities," : drop the words and the commas around them.
      while (start > 0 && /[ ,]/.test(text[start - 1]!)) start--;
      while (end < limit && /[ ,]/.test(text[end]!)) end++;
      const commas = /,/.test(text.slice(start, at.start)) && /,/.test(text.slice(at.end, end));
      newText = /^[.;:]/.test(text.slice(end, end + 1)) || end >= limit ? '' : commas ? ', ' : ' ';
    }
    edits.push({ start, end: Math.min(end, limit), newText });
    // "it shall be a defence if the accused satisfies the court that he was compelled" leaves "if he
    // was compelled", with no one for "he" to stand for: the person named takes its place ("if the
    // accused was compelled"), unless the sentence names someone before it ("A person shall not be
    // convicted if ... his or her having been trafficked").
    if (after && named && !restored && !personBefore(text, s, sentence, start)) {
      const e = pronounEdit(text, end, named, conv);
      if (e) edits.push(e);
    }
    setHome(f, s, sentence);
  }
  if (detached) {
    // The burden sentence leaves its place (a Note, or the end of a numbered subsection) and the rule
    // becomes a subsection of its own; where the numbering allows none, it takes the sentence's place.
    const { s, start, limit, note, words } = detached;
    const added = subsectionInsertion(s, words, text, bill.eol);
    if (added) {
      edits.push(note ? wholeParagraph(text, start, limit) : { start: afterWords(text, start), end: limit, newText: '' });
      edits.push(...added);
    } else edits.push({ start, end: limit, newText: words });
  }
  const kind = homeFound?.relief ? 'relief' : 'prosecution';
  if (!appended[kind] && home !== undefined && homeFound) {
    // Never inside words the fix removes.
    const inside = edits.some((e) => e.start < home! && home! < e.end);
    // A sentence left without its full stop gets one before the new sentence.
    const ending = edits.find((e) => e.end === home && e.start < home);
    const before = (ending ? text.slice(Math.max(0, ending.start - 40), ending.start) + ending.newText : text.slice(Math.max(0, home - 40), home)).trimEnd();
    const stop = /[\p{L}\p{N}]$/u.test(before) ? '.' : '';
    const list = inListParagraph(homeSection!, home);
    if (list || inNumberedClause(homeSection!, home)) {
      // After the last paragraph of a list ("(c) no safe avenue of escape was open to the accused."),
      // the sentence would read as part of that paragraph only; at the end of a numbered subsection
      // ("(1) ... if the offence was committed under coercion."), as part of that subsection only.
      // A rule for the whole provision becomes a subsection of its own, numbered next.
      const added = subsectionInsertion(homeSection!, wording(homeFound, homeSection!), text, bill.eol);
      if (added) edits.push(...added);
      else if (list) return { why: 'the burden words end in a paragraph of a list, and the sentence putting the burden on the prosecution needs a subsection of its own, which this provision\'s numbering does not allow to be added automatically. Take those words out and add that sentence as a new subsection.' };
      else if (!inside) edits.push({ start: home, end: home, newText: `${stop} ${wording(homeFound, homeSection!)}` });
    } else if (!inside) edits.push({ start: home, end: home, newText: `${stop} ${wording(homeFound, homeSection!)}` });
    appended[kind] = true;
  }
  if (!edits.length) return {};
  // Once the prosecution bears the burden, the protection is "a defense", not an "affirmative defense".
  const labels = found.some((f) => !f.relief) ? affirmativeLabelEdits(text, sectionsOf(p), edits) : [];
  edits.push(...labels);
  // "If the petitioner meets that burden, the court shall vacate ...": no burden is left to meet.
  if (relieved) edits.push(...burdenMetEdits(text, sectionsOf(p), edits));
  const own = ownEdits(edits);
  // Never the prosecution's burden beside words still putting it on the accused ("if the moving party
  // proves that ..."): then no fix, and the finding stays for the drafter.
  const from = Math.min(...found.map((f) => f.s.base + f.s.model.sentences[f.sentenceIndex]!.map[0]!));
  const to = Math.max(...found.map((f) => sentenceEnd(f.s, f.s.model.sentences[f.sentenceIndex]!)));
  let region = '';
  let pos = from;
  for (const e of own) {
    if (e.end <= from || e.start >= to) continue;
    region += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  region += text.slice(pos, to);
  const left = BURDEN_LEFT.exec(region);
  if (left) return { why: `"${left[0]}" would still put the burden on the accused after the other words were taken out, beside a sentence giving it to the prosecution. Take those words out too, and state the prosecution's burden once.` };
  const affirmativeOnly = found.every((f) => f.affirmative);
  const reliefOnly = found.every((f) => f.relief);
  // The label changed, and where the heading carries it, the title says so.
  const heading = labels.some((e) => sectionsOf(p).some((x) => x.chunk.headingStart <= e.start && e.end <= x.chunk.headingEnd));
  const noun = labels.length ? labelNoun(text, labels) : '';
  const relabel = labels.length ? `call it a ${noun}, not an affirmative ${noun}${heading ? ', also in the heading' : ''}` : '';
  return {
    fix: {
      title: reliefOnly
        ? `Take the burden of proof off ${applicantWord(p, found[0]!)} (presume eligibility once evidence is adduced, unless the contrary is proved)`
        : affirmativeOnly
          ? relabel
            ? `${relabel.charAt(0).toUpperCase()}${relabel.slice(1)}; say that the prosecution bears the burden (beyond reasonable doubt, once the issue is raised)`
            : 'Say that the prosecution bears the burden (beyond reasonable doubt, once the issue is raised)'
          : `Put the burden on the prosecution (beyond reasonable doubt, once the issue is raised)${relabel ? `; ${relabel}` : ''}${evidence && !evidence.law ? EVIDENCE_NOTE : ''}`,
      edits: own,
      // A sentence added or replaced is a change of structure the drafter should see before it applies.
      structural: own.some((e) => e.newText.length > 60),
    },
  };
}

/** The title's note where the bill names no law of evidence to displace (see `evidenceLaw`). */
const EVIDENCE_NOTE = '. If the general law of evidence (an Evidence Act or Ordinance) puts the burden of a general exception on the accused, begin the new sentence "Notwithstanding" that provision';

/**
 * Whether the burden in `s` is in the Evidence Act form (the court presumes the protection does not
 * apply until the accused proves it does: the general exceptions of a Penal Code, proved under an
 * Evidence Act or Ordinance), and the law of evidence the bill names, as the new sentence displaces
 * it: "section 105 of the Evidence Ordinance" where the bill names the section, "anything in the
 * Evidence Act, 1872" where it names the law alone. Undefined for any other form of burden.
 */
function evidenceLaw(text: string, s: AnalysedSection): { law?: string } | undefined {
  const own = text.slice(s.base, s.chunk.end);
  if (!/\bpresum\w{0,4}\s{1,4}the\s{1,4}absence\s{1,4}of\b/i.test(own)) return undefined;
  // The law of evidence by its name: an Evidence Act, Ordinance or Order, or a name that does not say
  // "Evidence" (India's Bharatiya Sakshya Adhiniyam, 2023, section 108; Pakistan's Qanun-e-Shahadat
  // Order, 1984, Article 121), with the section or article the bill names.
  const named = /\b((?:[Ss]ection|Article)\s{1,3}\d{1,4}[A-Z]?\s{1,3}of\s{1,3})?(the\s{1,3}(?:(?:[A-Z][\w'’]{0,30}\s{1,3}){0,2}Evidence\s{1,3}(?:Act|Ordinance|Order|Law|Code)|Bharatiya\s{1,3}Sakshya\s{1,3}Adhiniyam|Qanun-e-Shahadat\s{1,3}Order)(?:,?\s{1,3}(?:No\.\s{0,3}\d{1,4}\s{1,3}of\s{1,3})?\d{4})?)/.exec(text);
  if (!named) return {};
  const law = named[2]!.replace(/\s+/g, ' ');
  return { law: named[1] ? `${named[1].replace(/\s+/g, ' ').replace(/^S/, 's')}${law}` : `anything in ${law}` };
}

/**
 * The edit for a condition that the accused or applicant prove a thing named by a noun, not by a
 * "that" clause, to the end of the sentence: "if the movant establishes the grounds in subsection 1
 * by a preponderance of the evidence" becomes "if the grounds in subsection 1 are established" (the
 * condition stays a condition; no one is named to prove it). `legal` are the sentence's
 * legal-burden hits, `at` their words, `limit` the sentence's end (document offsets).
 */
function objectCondition(text: string, s: AnalysedSection, legal: BurdenHit[], at: Span, limit: number): TextEdit | undefined {
  const first = text.slice(s.base + legal[0]!.span.start, s.base + legal[0]!.span.end);
  const lead = text.slice(Math.max(0, at.start - 20), at.start);
  if (!/\b(?:if|where|when|only\s+if|provided\s+that)\s+$/i.test(lead)) return undefined;
  if (!/^(?:the|an?)\s+(?:[\w-]+\s+){0,2}?(?:proves|establishes|shows|demonstrates)$/i.test(first) || /\bwho\b/i.test(first)) return undefined;
  const rest = text.slice(at.end, limit);
  const m = new RegExp(String.raw`^\s+((?:the|any|such|its|his|her|their|each|every)\s+[^.;,:]{1,80}?|eligibility\b[^.;,:]{0,60}?)${STANDARD_BETWEEN}\s*$`, 'i').exec(rest.replace(/[.;]\s*$/, ''));
  if (!m || /^that\b/i.test(m[1]!) || /\b(?:that|if|where|unless|whether)\b/i.test(m[1]!)) return undefined;
  const thing = m[1]!.trim();
  const head = /^(?:(?:the|any|such|its|his|her|their|each|every)\s+)?([\w-]+)/i.exec(thing)![1]!;
  const verb = /[^s]s$/i.test(head) && !/^(?:each|every)\b/i.test(thing) ? 'are' : 'is';
  const end = at.end + rest.replace(/[.;]\s*$/, '').length;
  return { start: at.start, end, newText: `${thing} ${verb} established` };
}

/** Words of a scheme for clearing a conviction or record: vacating, expunging, sealing, setting aside, disregarding. */
const CLEARING = /\b(?:vacat(?:e|es|ed|ing|ur)|expung(?:e|es|ed|ing|ement)|expunction|seal(?:s|ed|ing)?|set(?:s|ting)?\s+aside|quash(?:es|ed|ing)?|disregard(?:s|ed|ing)?|spent)\b/i;
/** Words of an application to a court or body: the person applying, or what they file. */
const APPLYING = /\b(?:applicants?|petitioners?|movants?|moving\s+party|motions?|petitions?|applications?|apply|applies|move)\b/i;

/**
 * Whether the burden in sentence `index` of section `s` is on a victim applying to clear a
 * conviction or record (a motion to vacate, a petition for expunction, an application to set
 * aside or disregard), where there is no prosecution and no trial. Read from what the engine found
 * the provision to be: the protection stated nearest before the burden in its section (else the
 * first after it) is record relief ("(j)(3) The movant must establish eligibility" after "(j)(1)
 * ... may move the court to vacate the conviction", though "(i)" of the same section is a
 * non-liability rule). A provision in which no protection was read counts when its own words speak
 * of an application to clear a record ("Motion to vacate ...").
 */
function clearsRecord(p: Provision, s: AnalysedSection, index: number): boolean {
  const before = s.protections.filter((x) => x.sentence <= index);
  const nearest = before.length ? before[before.length - 1] : s.protections[0];
  if (nearest) return nearest.form === 'record-relief';
  const all = sectionsOf(p).flatMap((x) => x.protections);
  if (all.length) return all.every((x) => x.form === 'record-relief');
  const words = sectionsOf(p).map((x) => `${x.model.heading}\n${x.model.sentences.map((t) => t.text).join(' ')}`).join('\n');
  return CLEARING.test(words) && APPLYING.test(words);
}

/**
 * How the scheme names the person applying to clear a conviction, for the sentence that takes the
 * burden off them: the word the burden or the provision uses ("the movant", "the moving party",
 * "the petitioner", "the applicant"), else the one that goes with what is filed (a petition: "the
 * petitioner"; a motion: "the movant"; an application: "the applicant"), else "the person".
 */
function applicantWord(p: Provision, f: Found): string {
  const sentence = f.s.model.sentences[f.sentenceIndex]!.text;
  const words = sectionsOf(p).map((x) => x.model.sentences.map((t) => t.text).join(' ')).join(' ');
  const named = /\b(applicant|petitioner|movant|moving\s+party|claimant)\b/i.exec(sentence) ?? /\b(applicant|petitioner|movant|moving\s+party)\b/i.exec(words);
  if (named) return `the ${named[1]!.toLowerCase().replace(/\s+/g, ' ')}`;
  if (/\bpetition/i.test(words)) return 'the petitioner';
  if (/\bmo(?:tions?|ve|ves)\b/i.test(words)) return 'the movant';
  if (/\bappl(?:y|ies|ications?)\b/i.test(words)) return 'the applicant';
  return 'the person';
}

/**
 * The sentence that takes the burden off a victim applying to clear a conviction (corpus pattern
 * `pattern-relief-burden`), in the scheme's words: its name for the person applying (`applicant`),
 * the provision as it names itself, and the bill's "shall" or "must".
 */
function reliefBurdenWording(conv: BillConventions, section: AnalysedSection, home: AnalysedSection, applicant: string): string {
  const name = home !== section && section.model.number ? crossName(section) : selfName(section);
  let t = patternText('pattern-relief-burden').replace(/\bthe applicant\b/g, applicant).replace(/\bthis section\b/g, name);
  if (conv.modal === 'must') t = t.replace(/\bshall\b/g, 'must');
  return inBillQuotes(conv, t);
}

/**
 * Whether a sentence says nothing once its standard of proof is taken out: "The court shall decide
 * the petition on a preponderance of the evidence." (no condition, no "that" clause, a few words).
 */
function onlyStandard(text: string, s: AnalysedSection, sentence: Sentence, groups: Found[]): boolean {
  if (!groups.length || groups.some((g) => g.group.some((h) => h.kind !== 'standard'))) return false;
  let rest = sentence.text;
  for (const g of [...groups].sort((a, b) => b.at.start - a.at.start)) {
    const a = g.at.start - (s.base + sentence.map[0]!);
    const b = g.at.end - (s.base + sentence.map[0]!);
    if (a < 0 || b > rest.length) return false;
    rest = rest.slice(0, a) + rest.slice(b);
  }
  rest = rest.replace(/^\s*(?:\([^)\s]{1,6}\)|\d{1,3}\.)\s*/, '').trimEnd().replace(/\b(?:on|by|upon)(?:[ \t]{0,8}[.;])?$/i, '');
  return !/\b(?:if|where|when|unless|that|only|provided|whether|except|save)\b/i.test(rest) && rest.trim().split(/\s+/).length <= 12;
}

/**
 * The person a burden is put on, as the burden names them, for a pronoun that stood for them: "the
 * accused" in "the accused satisfies the court" or "for the accused person to prove" ("a defendant"
 * becomes "the defendant"); undefined for a pronoun or a long description ("a person eighteen years
 * of age or older who is charged ...").
 */
function burdenParty(words: string): string | undefined {
  const w = words.trim();
  const inf = /^(?:for|on|upon)\s+((?:the|a|an)\s+[\w-]+(?:\s+[\w-]+)?)\s+to\s+(?:prove|establish|show|satisfy|demonstrate)\b/i.exec(w);
  const named = inf ? inf[1]! : partyBefore(w);
  if (!named || /\b(?:who|which|that)\b/i.test(named)) return undefined;
  return named.replace(/\s+/g, ' ').replace(/^(?:the|an?)\s/i, 'the ');
}

/** A person named, or a pronoun, in the words before the burden: someone a later pronoun can refer to. */
const PERSON_WORD = /\b(?:persons?|accused|defendants?|victims?|minors?|child(?:ren)?|applicants?|petitioners?|movants?|party|individuals?|traffickers?|employers?|someone|anyone|another|he|she|him|her|his|they|them|their)\b/i;

/** Whether the sentence names a person before `at` (a document offset), after its marker. */
function personBefore(text: string, s: AnalysedSection, sentence: Sentence, at: number): boolean {
  return PERSON_WORD.test(text.slice(s.base + sentence.map[0]!, at));
}

/** The first pronoun of a clause: he or she (subject), his or her (possessive), him or her (object), or "her" (either). */
const PRONOUN_ANY = /\b(?:(he\s+or\s+she|she\s+or\s+he|he|she)|(his\s+or\s+her|her\s+or\s+his|his)|(him\s+or\s+her|her\s+or\s+him|him)|(her))\b/i;

/**
 * The edit putting `party` in place of the first pronoun of the clause at `from` (a document
 * offset, after a "that" or a list marker), when no other person is named before it in the clause:
 * "he was compelled" becomes "the accused was compelled", "from his or her having been trafficked"
 * becomes "from the moving party's having been trafficked". Plural pronouns are left (the verb
 * would not agree).
 */
function pronounEdit(text: string, from: number, party: string, conv: BillConventions): TextEdit | undefined {
  const region = text.slice(from, from + 300);
  const lead = /^[\s,]*(?:that\s+)?(?:(?:\((?:[a-z]{1,2}|[ivx]{1,5}|\d{1,3})\)|[a-z]\.)[ \t]*)?/i.exec(region)![0].length;
  const stop = region.slice(lead).search(/[.;:]/);
  const clause = region.slice(lead, stop < 0 ? undefined : lead + stop);
  const m = PRONOUN_ANY.exec(clause);
  if (!m || PERSON_WORD.test(clause.slice(0, m.index).replace(/\b(?:the\s+)?offen[cs]e\b/gi, ''))) return undefined;
  let possessive = m[2] !== undefined;
  if (m[4] !== undefined) {
    // "her" before a noun or a gerund is possessive ("her having been trafficked"); else the object.
    const next = /^\s+([a-z]+)/i.exec(clause.slice(m.index + m[0].length));
    possessive = next !== null && !/^(?:to|and|or|by|in|into|for|from|with|at|of|as|that|was|is|were|are|had|has|on|under|because|if|when|where|unless|shall|must|may|did|could|would)$/i.test(next[1]!);
  }
  const who = /^\p{Lu}/u.test(m[0]) ? party.charAt(0).toUpperCase() + party.slice(1) : party;
  const at = from + lead + m.index;
  return { start: at, end: at + m[0].length, newText: possessive ? inBillQuotes(conv, `${who}'s`) : who };
}

/** The person a burden is put on, as the burden names them ("the accused" in "the accused establishes"), unless a pronoun. */
function partyBefore(words: string): string | undefined {
  const w = words.trim().split(/\s+/);
  const verb = w.findIndex((x) => /^(?:proves|establishes|shows|demonstrates|satisfies)$/i.test(x));
  return verb >= 2 && verb <= 4 && /^(?:the|a|an)$/i.test(w[0]!) ? w.slice(0, verb).join(' ') : undefined;
}

/** Whether only a condition word ("Where", "If") stands between the start of the sentence (after its marker) and `at` (a document offset). */
function opensSentence(text: string, s: AnalysedSection, sentence: Sentence, at: number): boolean {
  const lead = text.slice(s.base + sentence.map[0]!, at).replace(/^\s*(?:\([^)\s]{1,6}\)\s*)?/, '');
  return /^(?:where|if|when|provided\s+that)\s*$/i.test(lead);
}

/** "he", "she", "he or she", "she or he" at the start of a condition (the person whose proof it was). */
const PRONOUN = /^(?:he\s+or\s+she|she\s+or\s+he|he|she)\s+/i;

/** A standard of proof between the burden and its "that": ", by a preponderance of the evidence,". */
const STANDARD_BETWEEN = String.raw`(?:[\s,]*(?:on|by)\s+(?:a|the)\s+(?:balance\s+of\s+probabilit(?:y|ies)|preponderance\s+of\s+(?:the\s+)?evidence)|[\s,]*by\s+clear\s+and\s+convincing\s+evidence)?`;

/**
 * The edits for burden shapes that removableShape does not take, each rewritten so that the
 * condition stays and only the proof goes (undefined when the sentence has none of them):
 * - "Upon proof by the accused that he or she is a victim ... and that the offence resulted ..., the
 *   court shall release the accused" at the start of a sentence: "Where the accused is a victim ...
 *   and the offence resulted ..., the court shall release the accused" (the pronoun becomes the
 *   person it stood for, so that nothing refers forward);
 * - "..., unless the accused fails to demonstrate to the satisfaction of the court that he or she was
 *   trafficked": the words go, when what was to be proved is only that the person was trafficked
 *   (the provision already protects victims of trafficking only); otherwise "if X";
 * - "The victim who establishes that he was forced to ... shall be exempt": "The victim who was
 *   forced to ... shall be exempt".
 * `legal` are the group's legal-burden hits, `at` the group's words, `limit` the sentence's end (document offsets).
 */
function conditionEdits(text: string, s: AnalysedSection, sentence: Sentence, legal: BurdenHit[], at: Span, limit: number): TextEdit[] | undefined {
  const first = text.slice(s.base + legal[0]!.span.start, s.base + legal[0]!.span.end);
  const rest = text.slice(at.end, limit);
  const that = new RegExp(String.raw`^(?:\s+(?:the\s+)?${DECIDER}\b)?${STANDARD_BETWEEN}[\s,]*that\s+`, 'i').exec(rest.slice(0, 180));
  if (!that || /\n/.test(that[0])) return undefined;
  const x = at.end + that[0].length;
  const sentenceStart = s.base + sentence.map[0]!;
  // "Upon proof by the accused that X, MAIN" at the start of the sentence.
  const proof = /^(?:upon|on)\s+proof\s+by\s/i.exec(first);
  if (proof && !/[^\s(),.\d]/.test(text.slice(sentenceStart, at.start).replace(/\([^)\s]{1,6}\)/g, ''))) {
    const party = first.slice(proof[0].length).trim().replace(/\s+/g, ' ');
    const pronoun = PRONOUN.exec(text.slice(x, x + 20));
    const where = /^\p{Lu}/u.test(first) ? 'Where' : 'where';
    const out: TextEdit[] = [{ start: at.start, end: x + (pronoun ? pronoun[0].length : 0), newText: `${where} ${pronoun ? `${party} ` : ''}` }];
    // The condition ends where the main clause begins (", the court shall ...").
    const main = /,\s+(?:the|a|an|no|such|he|she|it|they)\b[^,.;]{0,80}?\b(?:shall|must|may|will|is|are)\b/i.exec(text.slice(x, limit));
    out.push(...coordinatedThats(text, x, main ? x + main.index : limit));
    return out;
  }
  // "unless the accused fails to prove [to the satisfaction of the court] that X".
  const unless = /^unless\s/i.test(first) ? at.start : -1;
  if (unless >= 0) {
    const what = text.slice(x, limit).trim();
    const stop = /[.;]$/.test(what) ? 1 : 0;
    const condition = what.slice(0, what.length - stop);
    const before = text.slice(sentenceStart, unless);
    // Only a condition that runs to the end of the sentence: one followed by more words is not taken apart.
    if (condition.length > 160 || /[,;:]/.test(condition)) return undefined;
    if (TRAFFICKED_ONLY.test(condition) && /\btrafficked\b|\bvictims?\s+of\s+(?:human\s+)?trafficking\b/i.test(before)) {
      let a = unless;
      while (a > sentenceStart && /[\s,]/.test(text[a - 1]!)) a--;
      return [{ start: a, end: x + condition.length, newText: '' }];
    }
    return [{ start: unless, end: x, newText: 'if ' }];
  }
  // "The victim who establishes that he was forced to ...": "The victim who was forced to ...".
  const who = /\bwho\s+(?:prove|establish|show|demonstrate|satisfy|proves|establishes|shows|demonstrates|satisfies)(?:\s+the\s+(?:court|tribunal|judge|magistrate|board|panel|minister|secretary\s+of\s+state))?$/i.exec(first);
  if (who) {
    const pronoun = PRONOUN.exec(text.slice(x, x + 20)) ?? /^they\s+/i.exec(text.slice(x, x + 10));
    if (!pronoun || !FINITE_VERB.test(text.slice(x + pronoun[0].length, x + pronoun[0].length + 20))) return undefined;
    const verb = s.base + legal[0]!.span.start + who.index + who[0].indexOf(' ') + 1;
    return [{ start: verb, end: x + pronoun[0].length, newText: '' }];
  }
  return undefined;
}

/** What was to be proved is only that the person was trafficked ("he or she was trafficked", "she is a victim of trafficking"; trimmed, without its full stop). */
const TRAFFICKED_ONLY = /^(?:he\s+or\s+she|she\s+or\s+he|he|she|they|the\s+(?:accused|defendant|person|victim))\s+(?:was|is|were|are|has\s+been|had\s+been)\s+(?:a\s+)?(?:trafficked|victims?\s+of\s+(?:human\s+)?trafficking(?:\s+in\s+persons)?)$/i;

/** A verb that can follow "who" in place of "who proves that he": "was", "acted", "committed"... */
const FINITE_VERB = /^(?:was|were|is|are|has|have|had|acted|committed|did|took|engaged|participated|could|would)\b/i;

/**
 * Edits leaving out the "that" of each clause joined by "and" or "or" to a that-clause whose "that"
 * was left out ("X, or that Y" reads "X, or Y"), between `from` and `to` (document offsets).
 */
function coordinatedThats(text: string, from: number, to: number): TextEdit[] {
  const out: TextEdit[] = [];
  // Only a "that" opening a clause ("and that he committed", "or that the threat"), never a determiner ("and that defence").
  for (const m of text.slice(from, to).matchAll(/\b(?:and|or)\s+(that\s+)(?=(?:the|a|an|he|she|they|it|his|her|their|such|no|any|this|its)\b)/gi)) {
    const at = from + m.index! + m[0].length - m[1]!.length;
    out.push({ start: at, end: at + m[1]!.length, newText: '' });
  }
  return out;
}

/**
 * A sentence about the burden only, though it names the defence: "The defendant shall prove the
 * affirmative defense by clear and convincing evidence." (its subject bears the burden, its object is
 * the defence itself).
 */
function provesTheDefence(text: string, s: AnalysedSection, sentence: Sentence, g: Found): boolean {
  const marker = /^\s*(?:\([^)\s]{1,6}\)\s*)?/.exec(sentence.text)![0].length;
  if (s.base + sentence.map[marker]! !== g.at.start) return false;
  if (!/\b(?:must|shall|is\s+required\s+to|has\s+to)\s+(?:prove|establish|show|demonstrate)$/i.test(text.slice(g.at.start, s.base + g.group.find((h) => h.kind === 'legal')!.span.end))) return false;
  return /^\s+(?:the\s+(?:affirmative\s+)?defen[cs]e|that\s+defen[cs]e|this\s+defen[cs]e|it)\b/i.test(text.slice(s.base + g.group.find((h) => h.kind === 'legal')!.span.end, s.base + g.group.find((h) => h.kind === 'legal')!.span.end + 40));
}

/** "the court that", "the Secretary of State, on the balance of probabilities, that": who is to be satisfied, then the "that" of what. */
const DECIDER_THAT = new RegExp(String.raw`^\s+(?:the\s+)?${DECIDER}\b[\s,]*(?:(?:on|by)\s+(?:a|the)\s+(?:balance|preponderance)[^,.;]{0,40},\s*)?that\b`, 'i');

/**
 * Whether the burden words can be left out and the sentence still read: "it is a defence for the
 * accused to prove that X" ("it is a defence that X") and "if the person proves that X" ("if X"),
 * with a standard of proof or "the court" between them and "that".
 */
function removableShape(text: string, s: AnalysedSection, legal: BurdenHit[], at: Span): boolean {
  const first = text.slice(s.base + legal[0]!.span.start, s.base + legal[0]!.span.end);
  const lead = text.slice(Math.max(0, s.base + legal[0]!.span.start - 20), s.base + legal[0]!.span.start);
  const follows = /^[\s,]*(?:(?:on|by)\s+(?:a|the)\s+(?:balance|preponderance)[^,.;]{0,40},\s*)?(?:either\s+)?that\b/i.test(text.slice(at.end, at.end + 120)) || DECIDER_THAT.test(text.slice(at.end, at.end + 140));
  // Only after "a defence" ("it is a defence [to a charge of any offence] for the accused to prove that X"):
  // "It is for the person charged to satisfy the court that subsection (1) applies" has nothing left to say.
  const head = text.slice(Math.max(0, s.base + legal[0]!.span.start - 80), s.base + legal[0]!.span.start);
  const infinitive = /^(?:for|on|upon)\s/i.test(first) && /\bto\s+(?:prove|establish|show|satisfy|demonstrate|disprove|persuade)\b/i.test(first) && /\b(?:defen[cs]e|answer)\b[^.;]{0,60}$/i.test(head);
  const conditional = /\b(?:if|where|when|only\s+if|provided\s+that)\s+$/i.test(lead) && /\b(?:proves|establishes|shows|demonstrates|satisfies|can\s+(?:prove|show|establish|demonstrate))\b/i.test(first);
  return follows && (infinitive || conditional || uponProof(text, s, legal));
}

/**
 * "shall acquit an accused of any offence upon proof by the accused that X": the condition stays, as
 * "if X" ("shall acquit an accused of any offence if X"). Not at the start of a sentence ("Upon proof
 * by the accused that he or she is ..., the court shall"), where "If he or she is" would refer forward.
 */
function uponProof(text: string, s: AnalysedSection, legal: BurdenHit[]): boolean {
  const first = text.slice(s.base + legal[0]!.span.start, s.base + legal[0]!.span.end);
  const lead = text.slice(Math.max(0, s.base + legal[0]!.span.start - 20), s.base + legal[0]!.span.start);
  // Mid-sentence: after a word on the same line (or the line before, for a soft line break), never
  // after a heading or a paragraph break ("Article 33" then a blank line).
  return /^upon\s+proof\s+by\b/i.test(first) && /[\p{Ll}\p{N}][ \t]*(?:\r?\n[ \t]*)?$/u.test(lead);
}

/** "an affirmative defense", "the affirmative defence", "Affirmative defenses", or "shall be raised as an affirmative defense" (a duty to plead it that way). */
const AFFIRMATIVE_LABEL = /\b(?:(shall|must)\s+be\s+raised\s+as\s+)?(?:(an|the)\s+)?(affirmative)\s+(defen[cs]es?)\b/gi;

/**
 * The edits that call the protection "a defense" (or "a defence", as the bill spells it) where the
 * provision calls it an "affirmative defense", in its sentences and its heading, once the fix puts
 * the burden on the prosecution: in many US codes the label itself puts the burden of proof on the
 * defendant (a "defense" must be disproved by the State once raised, an "affirmative defense" proved
 * by the defendant), so the label cannot stay beside a sentence giving the burden to the
 * prosecution. "an affirmative defense" becomes "a defense", "Affirmative defense." (a catchline)
 * "Defense.", and "shall be raised as an affirmative defense" (a duty to plead it as one) "may be
 * raised as a defense". Another affirmative defence ("any other affirmative defense") is not this
 * protection and is left. Words in a quoted instrument, and words the fix already rewrites (`taken`),
 * are left.
 */
export function affirmativeLabelEdits(text: string, sections: AnalysedSection[], taken: TextEdit[]): TextEdit[] {
  const out: TextEdit[] = [];
  const free = (a: number, b: number) => !taken.some((e) => e.start < b && a < e.end) && !out.some((e) => e.start < b && a < e.end);
  const relabel = (from: number, words: string) => {
    for (const m of words.matchAll(AFFIRMATIVE_LABEL)) {
      const start = from + m.index!;
      const end = start + m[0].length;
      if (/\b(?:other|any|all|no)\s+$/i.test(text.slice(Math.max(0, start - 10), start)) || !free(start, end)) continue;
      const [, duty, article, label, noun] = m;
      const cap = (w: string, like: string) => (/^\p{Lu}/u.test(like) ? w.charAt(0).toUpperCase() + w.slice(1) : w);
      const head = article ? `${cap(/^the$/i.test(article) ? 'the' : 'a', article)} ` : '';
      const word = article ? noun! : cap(noun!.toLowerCase(), label!);
      out.push({ start, end, newText: `${duty ? 'may be raised as ' : ''}${head}${word}` });
    }
  };
  for (const s of sections) {
    if (s.preamble) continue;
    if (s.chunk.headingEnd > s.chunk.headingStart) relabel(s.chunk.headingStart, text.slice(s.chunk.headingStart, s.chunk.headingEnd));
    for (const sentence of s.model.sentences) {
      if (sentence.quoted === 'instrument') continue;
      for (const m of sentence.text.matchAll(AFFIRMATIVE_LABEL)) {
        const at = abs(s, span(sentence, m.index!, m.index! + m[0].length));
        relabel(at.start, text.slice(at.start, at.end));
      }
    }
  }
  return out;
}

/** A sentence whose only rule is that the defence is raised as an affirmative defence ("(c) Any defense arising under this Code section shall be raised as an affirmative defense."). */
const RAISED_AS = /^(?:\([^)\s]{1,6}\)[ \t]{0,3})?(?:any|a|the|this|each|every)[ \t]{1,3}defen[cs]es?\b[^.;]{0,120}?\b(?:shall|must|is[ \t]{1,3}to|are[ \t]{1,3}to)[ \t]{1,3}be[ \t]{1,3}(?:raised|pleaded|asserted)[ \t]{1,3}as[ \t]{1,3}(?:an[ \t]{1,3})?affirmative[ \t]{1,3}defen[cs]es?\.?$/i;

/** Where the words before `at` end: `at` less the whitespace before it (a scan, not a pattern anchored at the end). */
function afterWords(text: string, at: number): number {
  while (at > 0 && /\s/.test(text[at - 1]!)) at--;
  return at;
}

/** A Note or Example under a provision ("Note: ...", "Note 2: ..."): explanatory, not operative. */
const NOTE = /^[ \t>]*[*_]{0,2}note(?:[ \t]+\d{1,2})?[*_]{0,2}[ \t]*[:.—–-]/i;

/** The edit taking out the paragraph from `start` to `limit` (document offsets) with the blank line before it. */
function wholeParagraph(text: string, start: number, limit: number): TextEdit {
  let a = text.lastIndexOf('\n', start - 1) + 1;
  let b = limit;
  while (b < text.length && text[b] !== '\n') b++;
  // The paragraph break before it goes with it (the one after it stays between its neighbours).
  for (;;) {
    let k = a;
    while (k > 0 && (text[k - 1] === ' ' || text[k - 1] === '\t' || text[k - 1] === '>')) k--;
    if (k === 0 || text[k - 1] !== '\n') break;
    a = k - 1 > 0 && text[k - 2] === '\r' ? k - 2 : k - 1;
  }
  return { start: a, end: b, newText: '' };
}

/** A number opening a clause's own words, where the reader did not take it for a marker: "—(1) A court ...", "A. It is ...", "2. The court ...". */
const NUMBER_IN_TEXT = /^[ \t]*[*_]{0,2}(?:[—–-]{1,2}[ \t]*)?(?:\(\d{1,3}[A-Z]{0,2}\)|\([a-z]{1,2}\)|[A-Z]\.|\d{1,3}\.)[*_]{0,2}[ \t]/;

/**
 * Whether document offset `at` falls within a numbered subsection or paragraph ("(1)", "(a)", "A.",
 * "2."): words added there would be read as part of it only.
 */
function inNumberedClause(s: AnalysedSection, at: number): boolean {
  const c = s.model.clauses.find((x) => x.quoted !== 'instrument' && s.base + x.start < at && at <= s.base + x.end);
  return c !== undefined && (c.marker !== '' || NUMBER_IN_TEXT.test(c.text));
}

/**
 * The fact a victim applying to clear a conviction had to prove, from a sentence that puts the
 * burden on them ("The petitioner shall establish, by clear and convincing evidence, that the arrest
 * or conviction was the direct result of being a victim of human trafficking." gives "the arrest or
 * conviction was the direct result of being a victim of human trafficking"), to be presumed instead
 * (see `reliefFactWording`). A pronoun opening the fact becomes the person applying ("that he or she
 * was trafficked": "that the petitioner was trafficked"). Undefined where the sentence proves no
 * "that" clause ("bears the burden of demonstrating eligibility"), where the fact runs on into
 * another clause, or where a pronoun would be left with no one to refer to.
 */
/**
 * The first verb of proof followed, within 90 characters and no ".", ";" or ":", by "that" ("prove, by
 * clear and convincing evidence, that"), as a match: `index`, `[0]` up to the space after "that", `[1]`
 * the words between. Verb and "that" are found separately, so no pattern spans the gap.
 */
function proofThat(words: string): { index: number; 0: string; 1: string } | undefined {
  for (const v of words.matchAll(PROOF_VERB)) {
    const from = v.index + v[0].length;
    const gap = words.slice(from, from + 96);
    const that = /\bthat\s/i.exec(gap);
    if (!that || that.index > 90 || /[.;:]/.test(gap.slice(0, that.index))) continue;
    let end = from + that.index + 4;
    while (end < words.length && /\s/.test(words[end]!)) end++;
    return { index: v.index, 0: words.slice(v.index, end), 1: gap.slice(0, that.index) };
  }
  return undefined;
}

const PROOF_VERB = /\b(?:prove|proving|proves|establish|establishing|establishes|show|showing|shows|demonstrate|demonstrating|demonstrates|satisfy|satisfying|satisfies)\b/gi;

function reliefFact(text: string, s: AnalysedSection, sentence: Sentence, limit: number, applicant: string): string | undefined {
  const words = text.slice(s.base + sentence.map[0]!, limit);
  const m = proofThat(words);
  // Only a standard of proof or the decision-maker between the verb and "that".
  if (!m || !/^(?:[\s,]*(?:the\s+\w+(?:\s+of\s+state)?|(?:on|by)\s+(?:a|the)\s+[^,]{3,50}?|by\s+clear\s+and\s+convincing\s+evidence|to\s+the\s+satisfaction\s+of\s+the\s+\w+))*[\s,]*$/i.test(m[1]!)) return undefined;
  let fact = words.slice(m.index + m[0].length).trim().replace(/[.;]$/, '').replace(/\s+/g, ' ');
  // "that the movant is entitled to relief under this section": the general presumption of eligibility says it better.
  if (!fact || /\b(?:entitled|eligible)\s+(?:to|for)\s+(?:relief|an?\s+order)\b/i.test(fact) || fact.length > 220 || /[;:]/.test(fact) || /\b(?:that|unless|provided)\b/i.test(fact)) return undefined;
  const pronoun = /^(?:he\s+or\s+she|she\s+or\s+he|he|she)\s/i.exec(fact);
  if (pronoun) fact = `${applicant} ${fact.slice(pronoun[0].length)}`;
  if (/\b(?:he|she|him|her|his|hers|they|them|their|it|its)\b/i.test(fact)) return undefined;
  return fact;
}

/**
 * The sentence that takes the burden off a victim applying to clear a conviction and keeps what they
 * had to prove as the fact presumed (corpus pattern `pattern-relief-burden-fact`), with the bill's
 * "shall" or "must" and quote style.
 */
function reliefFactWording(conv: BillConventions, fact: string): string {
  const pattern = patternText('pattern-relief-burden-fact');
  let t = pattern.replace("the conviction was a direct result of the applicant's having been trafficked", fact);
  if (conv.modal === 'must') t = t.replace(/\bshall\b/g, 'must');
  return inBillQuotes(conv, t);
}

/** "the petitioner meets that burden", "the applicant discharges the burden of proof": a burden to prove that the fix took away. */
const BURDEN_MET = /\b(?:the\s+)?(?:petitioner|applicant|movant|moving\s+party|person|claimant)\s+(?:meets|discharges|satisfies|carries|sustains)\s+(?:that|the|this|his\s+or\s+her|its|their)\s+burden(?:\s+of\s+proof)?\b/gi;

/**
 * The edits that keep a later reference to the burden taken off a victim applying to clear a
 * conviction true: "If the petitioner meets that burden, the court shall vacate ..." becomes "If
 * that presumption is not rebutted, the court shall vacate ...", the presumption that took the
 * burden's place. Words the fix already rewrites (`taken`) and quoted instruments are left.
 */
function burdenMetEdits(text: string, sections: AnalysedSection[], taken: TextEdit[]): TextEdit[] {
  const out: TextEdit[] = [];
  for (const s of sections) {
    if (s.preamble) continue;
    for (const sentence of s.model.sentences) {
      if (sentence.quoted === 'instrument') continue;
      for (const m of sentence.text.matchAll(BURDEN_MET)) {
        const at = abs(s, span(sentence, m.index!, m.index! + m[0].length));
        if (taken.some((e) => e.start < at.end && at.start < e.end)) continue;
        const cap = /^\p{Lu}/u.test(text.slice(at.start, at.start + 1));
        out.push({ start: at.start, end: at.end, newText: `${cap ? 'That' : 'that'} presumption is not rebutted` });
      }
    }
  }
  return out;
}

/** An official who may decide whether the protection applies, outside a trial: "the Attorney-General", "the Director of Public Prosecutions". */
const OFFICIAL = /\b(?:the\s+)?(?:attorney[\s-]general|director\s+of\s+public\s+prosecutions|public\s+prosecutor|prosecutor|solicitor[\s-]general|minister|secretary\s+of\s+state)\b/i;
/** A court, or a body that tries the charge. */
const COURT = /\b(?:court|tribunal|judge|magistrate|jury)\b/i;

/** Why no fix: the burden is owed to an official deciding outside a trial. */
const OFFICIAL_DECIDES =
  'whether the protection applies is decided by {official} (for example, whether to discontinue the proceedings), not by a court at a trial, so a rule that the prosecution must disprove it beyond reasonable doubt at trial would not fit. Take out the requirement that the person prove the matter, and say instead what {official} is to act on (for example, that once there is information that the person may be a victim of trafficking, {official} is to treat the person as one unless satisfied otherwise).';

/**
 * The official to whom an accused must give proof that the protection applies ("shall furnish the
 * Attorney-General with proof", "satisfies the Director of Public Prosecutions"), where nothing in the
 * provision brings the matter before a court: the decision is the official's, not a trial's.
 * Undefined for a victim applying to clear a conviction (the presumption suits any decision-maker)
 * and wherever a court is named.
 */
function officialDecider(text: string, p: Provision, found: Found[]): string | undefined {
  const words = sectionsOf(p).map((x) => x.model.sentences.filter((t) => t.quoted !== 'instrument').map((t) => t.text).join(' ')).join(' ');
  if (COURT.test(words)) return undefined;
  for (const f of found) {
    if (f.relief || f.affirmative) continue;
    const m = OFFICIAL.exec(text.slice(f.at.start, f.at.end + 60));
    if (m) return `the ${m[0].replace(/^the\s+/i, '').replace(/\s+/g, ' ')}`;
  }
  return undefined;
}

/** "defense" or "defence", as the bill spells the label the fix changes (`labels`: its edits). */
function labelNoun(text: string, labels: TextEdit[]): string {
  return /defence/i.test(text.slice(labels[0]!.start, labels[0]!.end)) ? 'defence' : 'defense';
}
