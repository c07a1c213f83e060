import { SCAN_WORDS } from './scan-words.js';
import { defineRule, type ExplainItem } from '../../rule.js';
import { CITE } from '../../citations.js';
import { MAX_REGION, notRequired, span, type Protection, type Span } from '../../analyse.js';
import { RELIEF, VICTIM, VICTIM_STATUS } from '../../lexicon.js';
import type { Sentence } from '../../bill.js';
import { has, matchAll, type WordMatch } from '../../patterns.js';
import { abs, divisionName, foldLoneParagraphs, loneSubsectionNumber, patternText, quoteWords, sectionsOf, subsectionInsertion } from '../util.js';
import { ANY_OFFENCE, CREATES_OFFENCE, causationFor, conventionsFor, exemptsNamedConduct, generalProtectionWording, temporalLinkBefore } from '../bill-wording.js';
import type { AnalysedBill, AnalysedSection, Provision } from '../../model.js';
import type { Fix, TextEdit } from '../../types.js';
import { ownEdits } from '../../fix.js';
import { referencesWithin, sectionsAt } from '../../section-facts.js';
import { CAUSATION, COMPULSION, CONJUNCTION, DECEPTION, DURESS, MEANS_WORD, SAVING_CLAUSE, WIDENING } from './patterns.js';

export interface NexusHit {
  kind: 'duress' | 'compulsion' | 'causation';
  /** Which element of the test ("duress.no-realistic-alternative", "compulsion.coerced"...). */
  element: string;
  span: Span;
  sentence: number;
  /**
   * The condition the words sit in ("if ... alternative to doing that act"), for a rewrite; `clipped`
   * when it runs past the longest stretch read (its end is unknown, so no rewrite is offered).
   */
  condition?: { span: Span; conjunction: string; clipped?: boolean; /** Sentence-relative offsets of the condition, from its conjunction. */ from: number; to: number };
}

export interface NexusFacts {
  hits: NexusHit[];
  /** The section defines compulsion to cover the means of trafficking (deception, abuse of a position of vulnerability...). */
  broadCompulsion: boolean;
  /** Words that widen compulsion ("by the person's circumstances"): credit, not a defect. */
  widening: Span[];
  /** The link required is to the means of trafficking (violence, deception...), which children need not show. */
  requiresMeans: boolean;
  /** Tests of a narrow exemption beside a general causation protection in the same section: not a defect (see `narrowBesideGeneral`). */
  setAside: NexusHit[];
}


/**
 * The compulsion tests that belong to a narrow exemption (a condition naming the very conduct exempted,
 * see `exemptsNamedConduct`: killing a trafficker while escaping) when the same section also gives a
 * general protection (a sentence protecting the victim from punishment for any offence, on the
 * causation test alone). The victim may then rely on the general protection whatever the means used,
 * so the exemption's own test asks nothing of anyone (CTOC/COP/WG.4/2020/2, paras 59-62). `protections`
 * are the indices of the sentences that protect a victim.
 */
function narrowBesideGeneral(sentences: Sentence[], hits: NexusHit[], protections: Protection[]): NexusHit[] {
  if (!hasGeneralCausation(sentences, hits, protections)) return [];
  return hits.filter((h) => {
    const c = h.condition;
    const p = protections.find((x) => x.sentence === h.sentence);
    if (h.kind === 'causation') return false;
    if (!p && generalDefence(sentences[h.sentence]?.text ?? '')) return true;
    if (!c) return false;
    // The condition's words up to the protection they lead to ("where a person ... escaping, such person shall not be liable").
    const to = p && p.reliefAt.from > c.from && p.reliefAt.from < c.to ? p.reliefAt.from : c.to;
    const t = sentences[h.sentence]?.text ?? '';
    return exemptsNamedConduct(t.slice(c.from + c.conjunction.length, to), t.slice(0, c.from) + ' ' + t.slice(to));
  });
}

/**
 * Whether a sentence that is not itself a victim's protection gives the general defence of coercion or
 * duress to anyone ("A threat ... which causes the actor reasonably to believe that the act is the only
 * means of preventing imminent death ... is a defense to a prosecution for any crime"): its test is that
 * defence's, not the test of the victims' limb beside it, which the victim may rely on instead.
 */
function generalDefence(t: string): boolean {
  return has(RELIEF.defence, t) && !has(VICTIM, t);
}

/** Whether the section gives a general protection on the causation test alone ("... for any offence committed as a direct result of ..."). */
function hasGeneralCausation(sentences: Sentence[], hits: NexusHit[], protections: Protection[]): boolean {
  return protections.map((p) => p.sentence).some((i) => {
    const own = hits.filter((h) => h.sentence === i);
    return own.some((h) => h.kind === 'causation') && !own.some((h) => h.kind !== 'causation') && ANY_OFFENCE.test(sentences[i]?.text ?? '');
  });
}

const DURESS_SET = Object.values(DURESS);
/** The other places of one test shown beside the finding (a pasted paragraph can hold thousands). */
const MAX_RELATED = 12;
const COMPULSION_SET = Object.values(COMPULSION);

/** What each element of duress means, for the message. */
const ELEMENT: Record<string, string> = {
  [DURESS.noAlternative.id]: 'the victim had no realistic alternative',
  [DURESS.threatOfDeath.id]: 'the victim was threatened with death or serious injury',
  [DURESS.imminent.id]: 'the danger was imminent',
  [DURESS.apprehension.id]: 'the victim feared instant death or grievous hurt',
  [DURESS.noEscape.id]: 'the victim could not escape or avoid the act',
  [DURESS.irresistible.id]: 'the victim acted under a constraint that could not be resisted',
  [DURESS.duress.id]: 'the victim acted under duress',
  [DURESS.insuperableFear.id]: 'the victim acted out of a fear that could not be overcome',
  [DURESS.noOtherConduct.id]: 'no other conduct could reasonably have been expected of the victim',
  [DURESS.reasonableFear.id]: 'the victim reasonably feared harm',
  [DURESS.fearOfDeath.id]: 'the victim acted out of fear of death or serious injury',
  [DURESS.necessity.id]: 'the act was necessary to escape, or close in time to the danger',
  [DURESS.reasonablePerson.id]: 'a reasonable person in the victim\'s situation would have been compelled to act as the victim did',
  [DURESS.uncontrollable.id]: 'the compulsion was so strong that the victim lost control of his or her actions',
  [DURESS.threatIneffective.id]: 'there was no reasonable way to render the threat ineffective, and the act was a reasonable response to it',
  'duress.reasonable-person-alternative': 'a reasonable person in the victim\'s situation would have had no realistic alternative',
};

/**
 * The condition a test sits in: from its conjunction to the end of the sentence or clause.
 * `conjunctions` are the sentence's conjunctions, found once (so that thousands of tests in one
 * paragraph each look up theirs instead of scanning the text again).
 */
function conditionAround(s: Sentence, at: number, conjunctions: WordMatch[]): NexusHit['condition'] {
  const t = s.text;
  const from = Math.max(0, at - MAX_REGION);
  // The last conjunction that ends at or before `at` (binary search).
  let lo = 0;
  let hi = conjunctions.length - 1;
  let k = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (conjunctions[mid]!.end <= at) {
      k = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const c = k >= 0 ? conjunctions[k]! : undefined;
  if (!c || c.index < from) return undefined;
  let end: number;
  // "The conditions are that— (a) ...; and (b) ...": a condition set out as a list runs to the end of the list.
  const listed = /^that$/i.test(c.text);
  // A colon ends the condition too: what follows it is the list the sentence introduces ("where they
  // were compelled to commit them: 1° ...; 2° ..."), never part of the test.
  const stop = listed ? null : /[;]|[.:](?=\s|$)/.exec(t.slice(at, at + MAX_REGION));
  let clipped = false;
  if (stop) end = at + stop.index;
  else {
    end = Math.min(t.length, at + MAX_REGION);
    clipped = end < t.length;
  }
  while (end > c.index && /[\s.;,]/.test(t[end - 1]!)) end--;
  const out: NonNullable<NexusHit['condition']> = { span: span(s, c.index, end), conjunction: c.text.toLowerCase() === 'that' ? 'that' : c.text, from: c.index, to: end };
  if (clipped) out.clipped = true;
  return out;
}

const CAUSE_FILLER = new Set(['the', 'a', 'an', 'any', 'such', 'physical', 'mental', 'psychological', 'moral', 'serious', 'grave', 'severe', 'or', 'and', 'of', 'by']);
const COMPULSION_CAUSE = /^(?:coercion|compulsion|duress|threats?|force|violence|pressure|intimidation|constraint)$/i;

/**
 * Whether the words after a causation phrase name compulsion as the cause ("as a result of physical
 * or mental coercion"), not the trafficking: the first word that is not an article or a qualifier,
 * before any punctuation, is a word of compulsion.
 */
function causeIsCompulsion(after: string): boolean {
  const stop = after.search(/[,.;:()]/);
  for (const w of (stop >= 0 ? after.slice(0, stop) : after).split(/[^\p{L}'’-]+/u)) {
    if (!w || CAUSE_FILLER.has(w.toLowerCase())) continue;
    return COMPULSION_CAUSE.test(w);
  }
  return false;
}

/** The link-test words of one sentence (section-relative spans). */
export function hitsOf(s: Sentence, index: number): NexusHit[] {
  const out: NexusHit[] = [];
  const t = s.text;
  // "as a result of physical or mental coercion": the cause named is compulsion, not the trafficking.
  const causation = matchAll(CAUSATION, t).filter((m) => !causeIsCompulsion(t.slice(m.end, m.end + 120)));
  for (const m of causation) out.push({ kind: 'causation', element: m.pattern.id, span: span(s, m.index, m.end), sentence: index });
  // "Nothing in this section affects the defences of duress or necessity": keeps other defences open.
  const saving = has(SAVING_CLAUSE, t);
  const conjunctions = matchAll(CONJUNCTION, t);
  const push = (kind: NexusHit['kind'], m: WordMatch, end = m.end, element = m.pattern.id) => {
    const hit: NexusHit = { kind, element, span: span(s, m.index, end), sentence: index };
    const cond = conditionAround(s, m.index, conjunctions);
    if (cond) hit.condition = cond;
    out.push(hit);
  };
  let covered = -1;
  const duressAt: [number, number][] = [];
  // Each sentence is scanned once for the words an alternative needs; each test then looks only at
  // those near it (a paragraph of thousands of phrases stays linear).
  const statuses = matchAll(VICTIM_STATUS, t);
  const eitherAt = t.search(/\beither\s+(?:that\s+)?(?:the\s+)?(?:defendant|accused|person|applicant)\b/i);
  // The matches of a list (in text order) that start within `reach` (+ the length of a phrase) of `at`.
  const near = (list: WordMatch[], at: number, reach: number): WordMatch[] => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.index < at - reach - 200) lo = mid + 1;
      else hi = mid;
    }
    const out: WordMatch[] = [];
    for (let k = lo; k < list.length && list[k]!.index <= at + reach + 200; k++) out.push(list[k]!);
    return out;
  };
  const isAlternative = (a: WordMatch, m: WordMatch, max: number): boolean => {
    const between = a.index < m.index ? t.slice(a.end, m.index) : t.slice(m.end, a.index);
    return between.length < max && /\bor\b/i.test(between) && !/\band\b/i.test(between);
  };
  const alternativeTo = (m: WordMatch): boolean => eitherAt >= 0 && eitherAt < m.index && near(statuses, m.index, 160).some((c) => c.end <= m.index && isAlternative(c, m, 160));
  for (const m of matchAll(DURESS_SET, t)) {
    if (alternativeTo(m)) continue;
    // Already part of a longer duress-level phrase ("reasonable person ... no realistic alternative").
    if (m.index < covered) continue;
    if (notRequired(t, m.index)) continue;
    if (m.pattern === DURESS.duress && (saving || /\bdefen[cs]es?\s+of\s+(?:[\w-]+,?\s+){0,4}$/i.test(t.slice(Math.max(0, m.index - 60), m.index)))) continue;
    let end = m.end;
    let element = m.pattern.id;
    if (m.pattern === DURESS.reasonablePerson) {
      // The reasonable-person test is duress-level when it asks whether there was an alternative, or
      // whether that person would have been compelled too.
      const around = t.slice(Math.max(0, m.index - 200), m.end + 300);
      const alt = /\b(?:alternative|choice|option)\b(?:\s+(?:to|but)\s+(?:\w+\s+){0,4}?(?:(?:that|the|this)\s+(?:act|offen[cs]e|conduct)|it|so|that)\b)?/i.exec(t.slice(end, end + 300));
      if (alt) {
        end = end + alt.index + alt[0].length;
        element = 'duress.reasonable-person-alternative';
      } else if (!/\b(?:compel\w*|coerc\w*|forced|resist\w*|yield\w*|firmness|overborne)\b/i.test(around)) continue;
    }
    push('duress', m, end, element);
    duressAt.push([m.index, end]);
    covered = end;
  }
  for (const m of matchAll(COMPULSION_SET, t)) {
    if (notRequired(t, m.index)) continue;
    if (VICTIMISATION_BEFORE.test(t.slice(Math.max(0, m.index - 100), m.index))) continue;
    if (saving && /\bdefen[cs]es?\b/i.test(t)) continue;
    // "recruited ... by means of threats or violence": the means of the trafficking (a definition), not a test of the act.
    // ("Whoever, by violence or threats, recruits ...": the acts may follow the means too.)
    if (m.pattern === COMPULSION.imposed && /^(?:by|through)\b/i.test(m.text) && (TRAFFICKING_ACTS_BEFORE.test(t.slice(Math.max(0, m.index - 160), m.index)) || TRAFFICKING_ACTS_BEFORE.test(t.slice(m.end, m.end + 160).split(/[.;]/)[0]!))) continue;
    // "by violence, threats, deception, abuse of a position of vulnerability or any other means of
    // trafficking": the means listed are all the means, compulsion read as broadly as the sources ask.
    if (m.pattern === COMPULSION.imposed && allMeansAfter(t.slice(m.end, m.end + 300).split(/[.;]/)[0]!)) continue;
    // "No fine or other penalty shall be imposed on the victim": a punishment imposed, not the act.
    if (m.pattern === COMPULSION.imposed && /^imposed/i.test(m.text) && punishmentImposed(t.slice(Math.max(0, m.index - 200), m.index))) continue;
    // "The recruitment ... of a person by means of threat, force, coercion ... for the purpose of
    // exploitation shall be punishable ...": the means of the trafficking offence the same article
    // defines, not a test of the victim's act (probe round 5: a Note releasing victims, under it).
    if (amongMeansOfTrafficking(t, m.index)) continue;
    // Inside a duress-level phrase already reported ("would have compelled a reasonable person").
    if (duressAt.some(([a, b]) => a <= m.index && m.end <= b)) continue;
    // "as a direct result of being trafficked, or of being compelled", "either that the defendant is a
    // victim of trafficking, or that ... threat": compulsion is only an alternative route.
    if (near(causation, m.index, 120).some((c) => isAlternative(c, m, 120)) || alternativeTo(m)) continue;
    push('compulsion', m);
  }
  return out;
}

/** A punishment as the thing imposed: "fine", "penalty", "sanction", "sentence". */
const PUNISHMENT_NOUN = /\b(?:fines?|penalt(?:y|ies)|sanctions?|punishments?|sentences?|suspensions?|disqualifications?|forfeitures?|detention|liability)\b/gi;
/** The act as the thing imposed: "the conduct was imposed on him" (in lower case: "an Act of the Legislature" is a statute). */
const ACT_NOUN = /\b(?:acts?|conduct|offen[cs]es?|crimes?|commission|omissions?|work|labour|labor|tasks?|activit(?:y|ies))\b/g;

/**
 * Whether the words before "imposed on the victim" (`before`, up to it) make a punishment the thing
 * imposed ("No fine or other penalty shall be imposed on the victim") rather than the act ("the
 * conduct was imposed on him by the trafficker"): the nearer of the two, within the sentence, decides.
 */
function punishmentImposed(before: string): boolean {
  const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';')) + 1);
  const last = (re: RegExp) => {
    let k = -1;
    for (const m of clause.matchAll(re)) k = m.index;
    return k;
  };
  const punishment = last(PUNISHMENT_NOUN);
  return punishment >= 0 && punishment > last(ACT_NOUN);
}

/**
 * Whether a passage (a clause of a sentence) itself asks for compulsion or duress, after wording that
 * says it need not be shown is set aside: "the minor proves that he or she was forced" does,
 * "whether or not the person was compelled" does not.
 */
export function demandsCompulsion(text: string): boolean {
  for (const m of matchAll([...DURESS_SET, ...COMPULSION_SET], text)) {
    if (notRequired(text, m.index)) continue;
    if (m.pattern === DURESS.reasonablePerson && !/\b(?:alternative|choice|option|compel\w*|coerc\w*|forced|resist\w*)\b/i.test(text)) continue;
    if (VICTIMISATION_BEFORE.test(text.slice(Math.max(0, m.index - 100), m.index))) continue;
    if (amongMeansOfTrafficking(text, m.index)) continue;
    return true;
  }
  return false;
}

/** Where the first compulsion or duress wording a passage asks for ends (offsets in the passage), if any. */
export function compulsionEnd(text: string): number | undefined {
  for (const m of matchAll([...DURESS_SET, ...COMPULSION_SET], text)) {
    if (notRequired(text, m.index) || VICTIMISATION_BEFORE.test(text.slice(Math.max(0, m.index - 100), m.index)) || amongMeansOfTrafficking(text, m.index)) continue;
    return m.end;
  }
  return undefined;
}

/**
 * Whether a list of the means of trafficking that follows a compulsion test names them all: deception
 * or fraud as well as abuse of a position of vulnerability, or a catch-all "any other means" (the broad
 * reading of compulsion, CTOC/COP/WG.4/2020/2, paras 59-62).
 */
function allMeansAfter(text: string): boolean {
  return has(DECEPTION, text) && (/\bposition\s{1,8}of\s{1,8}vulnerability\b/i.test(text) || /\bany\s{1,8}(?:other\s{1,8})?means\b/i.test(text));
}

/** The acts of trafficking ("recruits, transports ... harbours"), after which "by means of threats" names the trafficker's means. */
const TRAFFICKING_ACTS_BEFORE = /\b(?:recruit\w{0,10}|transport(?:s|ed|ing|ation)|transfer(?:s|red|ring)?|harbou?r(?:s|ed|ing)|receipt|receiv(?:es|ed|ing)|procur(?:es|ed|ing|ement)|abduct\w{0,10}|for\s{1,8}the\s{1,8}purposes?\s{1,8}of\s{1,8}exploitation)\b/i;

/**
 * Whether the compulsion word at `at` is among the means of a trafficking offence: after "by means
 * of" (or "by the use of") with no full stop or semicolon between, in a sentence that names the acts
 * of trafficking ("recruitment", "harbouring", "for the purpose of exploitation") and creates the
 * offence ("shall be punishable", "commits an offence"). A definition of the victim by the means
 * ("'victim' means a person recruited by means of threats") is not such a sentence: it limits the
 * protection.
 */
export function amongMeansOfTrafficking(t: string, at: number): boolean {
  const from = Math.max(0, at - 240);
  const before = t.slice(from, at);
  let last = -1;
  for (const m of before.matchAll(/\bby\s{1,8}(?:means\s{1,8}of|the\s{1,8}use\s{1,8}of|use\s{1,8}of)\b/gi)) last = m.index;
  return last >= 0 && !/[.;]/.test(before.slice(last)) && TRAFFICKING_ACTS_BEFORE.test(t) && CREATES_OFFENCE.test(t);
}


/** "a person who has suffered coercion", "victims of forced labour": the victimisation, not a test. */
const VICTIMISATION_BEFORE = /\b(?:suffered|endured|experienced|subjected\s{1,8}to|offen[cs]es?\s{1,8}of|crimes?\s{1,8}of|forms?\s{1,8}of)\s{1,8}(?:[\w-]+\s{1,8}){0,2}$|\bvictims?\s{1,8}of\s{1,8}(?:[\w-]+\s{1,8}){0,3}?(?:trafficking|slavery|labou?r|exploitation|servitude)(?:\s{0,8},\s{0,8}(?:[\w-]+\s{1,8}){0,3}?(?:trafficking|slavery|labou?r|exploitation|servitude))*\s{0,8},?\s{0,8}(?:or|and)\s{1,8}$/i;

/**
 * The causation rewrite of a compulsion test: the condition the test sits in ("if ... no realistic
 * alternative ...", up to the end of its clause or list) replaced by the causation test, keeping the
 * drafter's conjunction; after "because", the causal phrase alone ("does that act as a direct result
 * of ..."), never "because the act was committed as a direct result of". Undefined when the words sit
 * in no condition, or in a quotation of another instrument. Shared with the child rule, whose
 * compulsion finding this same rewrite cures (so the two fixes agree, in any order).
 */
export function causationFix(bill: AnalysedBill, first: { s: AnalysedSection; h: NexusHit }, chosen: { s: AnalysedSection; h: NexusHit }[], all: { s: AnalysedSection; h: NexusHit }[] = chosen): Fix | undefined {
  const withCond = first.h.condition ? first : chosen.find(({ h }) => h.condition);
  if (!withCond) return undefined;
  const cond = withCond.h.condition!;
  // A condition longer than the stretch read: rewriting its first part would leave the rest of the test.
  if (cond.clipped) return undefined;
  const sentence = withCond.s.model.sentences[withCond.h.sentence];
  if (sentence?.quoted === 'instrument' || withCond.s.preamble) return undefined;
  const conv = conventionsFor(bill);
  let at = abs(withCond.s, cond.span);
  // The condition never takes the protection with it: "Where a victim, coerced ..., commits a criminal
  // act, the victim shall not be punished" keeps "the victim shall not be punished"; "A victim who
  // commits a criminal act because of coercion ... shall not be punished" keeps "shall not be punished".
  const relief = withCond.s.protections.map((p) => withCond.s.base + p.relief.start).filter((r) => r > at.start && r < at.end).sort((a, b) => a - b)[0];
  if (relief !== undefined) {
    const hitEnd = withCond.s.base + withCond.h.span.end;
    const between = bill.text.slice(hitEnd, relief);
    const comma = between.lastIndexOf(',');
    if (comma >= 0) at = { start: at.start, end: hitEnd + comma };
    else if (/^because$/i.test(cond.conjunction)) at = { start: at.start, end: hitEnd + between.trimEnd().length };
    else return undefined;
  }
  // The provision's own referent and its word for what was done ("if he committed the offence ...",
  // "the offence was committed as a direct result of P's being ..."), never an orphan "the person's".
  const sentenceStart = withCond.s.base + (sentence?.map[0] ?? 0);
  const before = bill.text.slice(Math.max(sentenceStart, at.start - 400), at.start);
  const old = bill.text.slice(at.start + cond.conjunction.length, at.end);
  const provisionText = bill.text.slice(withCond.s.base, at.start);
  // A narrow exemption (one named act: killing a trafficker while escaping, engaging in prostitution):
  // kept as it is, with the general protection added beside it as a new subsection.
  const sentenceEndAt = sentence ? withCond.s.base + sentence.map[sentence.map.length - 1]! + 1 : at.end;
  if (exemptsNamedConduct(old, `${bill.text.slice(sentenceStart, at.start)} ${bill.text.slice(at.end, sentenceEndAt)}`)) {
    // Never a second general protection (a section that has one sets its narrow exemptions aside).
    const own = all.filter((x) => x.s === withCond.s).map((x) => x.h);
    if (hasGeneralCausation(withCond.s.model.sentences, own, withCond.s.reading.protections)) return undefined;
    const edits = subsectionInsertion(withCond.s, generalProtectionWording(conv, bill.text), bill.text, bill.eol);
    if (!edits) return undefined;
    return { title: 'Keep this exemption, and add a subsection protecting victims from punishment for any offence committed as a direct result of being trafficked', edits, structural: true };
  }
  let newText = causationFor(conv, cond.conjunction, before, old, provisionText, bill.text.slice(at.end, withCond.s.chunk.end));
  // What the person was compelled to do is named only inside the test ("compelled to commit acts
  // punishable by law or to violate the conditions of residence or work", "compelled to take part in
  // them"): it stays, now done as a direct result of being trafficked, never "the acts" with nothing before them.
  const named = compelledDeed(old);
  if (named) {
    const causeAt = newText.indexOf('as a direct result of ');
    const cause = (causeAt >= 0 ? newText.slice(causeAt + 'as a direct result of '.length) : undefined)?.replace(/^(?:(?:the|that|such)\s[\w-]{1,30}['’]s|his or her|her or his|his|her|their|its|[A-Z]['’]s)\s+/, '');
    if (cause) newText = `${cond.conjunction} ${named.subject} ${named.deed}${named.many ? ',' : ''} as a direct result of ${cause}`;
  }
  // The compulsion came from someone the provision describes by what they do to the person ("by
  // another person who was exploiting the person", in an Act on exploited persons that defines
  // "exploiting"): the causation test keeps that class, never narrowing it to victims of trafficking.
  const agent = /\bby\s{1,4}((?:another|a|an|the|any)\s{1,4}(?:other\s{1,4})?person)\s{1,4}who\s{1,4}(?:was|is|were|are|had\s{1,4}been|has\s{1,4}been)\s{1,4}((?!trafficking\b)[a-z]{3,20}ing)\s{1,4}(the\s{1,4}person|him\s{1,4}or\s{1,4}her|him|her|them)\b/i.exec(old);
  const agentAt = newText.indexOf('as a direct result of ');
  if (agent && agentAt >= 0) {
    const apostrophe = conv.apostrophe === 'curly' ? '’' : "'";
    newText = `${newText.slice(0, agentAt)}as a direct result of ${agent[1]!.replace(/\s+/g, ' ')}${apostrophe}s ${agent[2]} ${agent[3]!.replace(/\s+/g, ' ')}`;
  }
  // The provision states the causation test already, outside the condition ("not guilty of an offence
  // committed as a result of being trafficked if ... no reasonable opportunity to escape"): the
  // condition is left out, never restated ("... if the offence was committed as a direct result of ...").
  const dropped = statesCausation(bill.text, sentenceStart, sentenceEndAt, at) ? leaveOutCondition(bill.text, at, cond.conjunction) : undefined;
  if (dropped) {
    at = dropped.at;
    newText = dropped.newText;
  }
  // A time or control test just before the condition ("the offences they commit while under the control of
  // the traffickers, provided that they acted under coercion"): a second link beside the new one. Both go,
  // and the causal link is stated once in their place ("the offences they commit as a direct result of
  // having been trafficked"), with the provision's own subject.
  const temporal = dropped ? undefined : temporalLinkBefore(bill.text, Math.max(sentenceStart, at.start - 240), at.start);
  if (temporal) {
    const lead = bill.text.slice(Math.max(sentenceStart, temporal.start - 400), temporal.start);
    newText = causationFor(conv, 'because', lead, old, provisionText, bill.text.slice(at.end, withCond.s.chunk.end));
    at = { start: temporal.start, end: at.end };
  }
  // The test is the first paragraph of a list that goes on ("where— (a) the person appears to have been
  // compelled ...; or (b) the person is under 18 ..."): only that paragraph's words are replaced, so the
  // list keeps its dash and markers ("where— (a) the offence was committed as a direct result of ...; or (b) ...").
  const marker = /[—–:]\s{0,4}\(([a-z0-9]{1,4})\)\s{0,4}/i.exec(bill.text.slice(at.start, Math.min(at.end, at.start + 40)));
  if (!dropped && marker && !/^because$/i.test(cond.conjunction) && /^\s{0,3}[;,]\s{0,3}(?:or|and)?\s{0,4}\n/i.test(bill.text.slice(at.end, at.end + 16))) {
    at = { start: at.start + marker.index + marker[0].length, end: at.end };
    newText = newText.slice(cond.conjunction.length).trimStart();
  }
  // A list whose first paragraphs ask for no compulsion ("where— (a) there is credible and reliable
  // information that the adult is such a victim, (b) the adult was compelled ..., and (c) the
  // compulsion is attributable to ..."): those paragraphs are conditions of their own (a threshold of
  // evidence, the person's status), not the defect, and keep their place; the paragraphs from the
  // first that asks for compulsion become one paragraph stating the causation test, joined to them
  // by the list's own "and" or "or".
  const joins: TextEdit[] = [];
  const listed = withCond.s.model.clauses.filter((c) => /^\(\w{1,4}\)$/.test(c.marker) && c.quoted !== 'instrument' && withCond.s.base + c.start > at.start && withCond.s.base + c.start < at.end);
  const asks = (c: { text: string }) => demandsCompulsion(c.text) || COMPULSION_WORDS.test(c.text);
  const firstAsking = listed.findIndex(asks);
  if (!dropped && firstAsking > 0 && listed.length >= 2 && /^[ \t]{0,3}[—–:]/.test(bill.text.slice(at.start, at.start + 6).replace(new RegExp(`^${cond.conjunction.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`), ''))) {
    const c = listed[firstAsking]!;
    const head = /^\(\w{1,4}\)[ \t]{0,3}/.exec(c.text);
    if (head) {
      at = { start: withCond.s.base + c.start + head[0].length, end: at.end };
      if (cond.conjunction && newText.startsWith(cond.conjunction)) newText = newText.slice(cond.conjunction.length).trimStart();
      const prev = listed[firstAsking - 1]!;
      const conj = /[,;][ \t]{0,3}(and|or)$/.exec(listed[listed.length - 2]!.text.trimEnd())?.[1];
      const prevEnd = withCond.s.base + prev.start + prev.text.trimEnd().length;
      if (conj && !/\b(?:and|or)$/.test(prev.text.trimEnd()) && /[,;]$/.test(prev.text.trimEnd())) joins.push({ start: prevEnd, end: prevEnd, newText: ` ${conj}` });
    }
  }
  // The rewrite runs from inside a paragraph to the end of the list ("(b) ... because ...; and (c) a
  // reasonable person ..."): the list's "and" or "or" goes with it, and moves to the paragraph before
  // ("(a) ...; and (b) ... as a direct result of ..."), so that the list still says whether its
  // conditions are cumulative.
  const swallowed = joins.length || /\n/.test(newText) ? undefined : /[;,][ \t]{0,3}(and|or)[ \t]{0,3}\r?\n/.exec(bill.text.slice(at.start, at.end));
  if (swallowed) {
    const clauses = withCond.s.model.clauses;
    const k = clauses.findIndex((c) => /^\([a-z]{1,3}\)$/.test(c.marker) && withCond.s.base + c.start < at.start && at.start < withCond.s.base + c.end);
    const prev = k > 0 ? clauses[k - 1] : undefined;
    const prevText = prev?.text.trimEnd() ?? '';
    if (prev && prev.level === clauses[k]!.level && /^\([a-z]{1,3}\)$/.test(prev.marker) && /[;,]$/.test(prevText) && !/\b(?:and|or)$/.test(prevText)) {
      const end = withCond.s.base + prev.end - (prev.text.length - prevText.length);
      joins.push({ start: end, end, newText: ` ${swallowed[1]}` });
    }
  }
  const edits: TextEdit[] = [{ ...at, newText }, ...joins, ...oneCondition(bill.text, withCond.s, at, newText)];
  // The other places of the same test: a subsection or paragraph that only serves the compulsion
  // test ("(2) Compulsion may come from ...", "(c) P had no reasonable opportunity to escape") is
  // left out with it, so that nothing defines or qualifies a compulsion that no longer exists.
  const rest = all.filter(({ s, h }) => { const x = abs(s, h.span); return x.start < at.start || x.end > at.end; });
  let left = leftOut(bill, rest, at);
  if (!left) return undefined;
  // A definition used only in the words the fix leaves out ("(2) "Deception" has the meaning ..." once
  // "acted under coercion or deception" is gone) goes too; the subsections after it keep their numbers.
  const unused = unusedDefinitions(bill, [...new Set([withCond.s, ...all.map((x) => x.s)])], [{ ...at, newText }, ...left.edits]);
  if (unused.length) left = leftOut(bill, rest, at, unused) ?? left;
  edits.push(...left.edits);
  // A list the fix leaves with one paragraph is no list: that paragraph is run into its sentence
  // ("... if— (a) P did the act as a direct result of ..." becomes "... if P did the act ...").
  const fold = foldLoneParagraphs(bill.text, [...new Set([withCond.s, ...all.map((x) => x.s)])], edits, () => conv.references);
  // A section left with one subsection is not numbered ("**21.**—(1) A person ..." becomes "**21.** A person ...").
  const lone = left.edits.length ? loneSubsectionNumber(bill.text, withCond.s, fold.edits, () => conv.references) : undefined;
  if (lone) fold.edits.push(lone);
  // A list's punctuation mended inside the rewritten condition is left to the rewrite.
  const own = ownEdits(fold.edits);
  // A condition set out as a list of paragraphs becomes one, or paragraphs are left out: the drafter should see it first.
  const structural = left.edits.length > 0 || fold.folded.length > 0 || /\n/.test(bill.text.slice(at.start, at.end));
  // The title quotes the link as the new words write it ("as a direct result of being a victim of the
  // offences under Articles 600 and 601"), never a narrower or different class than the text states.
  const test = `the causation test ("${writtenLink(newText)}")`;
  const what = dropped
    ? 'Leave out the compulsion test (the provision already requires the link to the trafficking)'
    : temporal
      ? `Replace the compulsion test, and the words "${quoteWords(bill.text, temporal, 90)}" before it, with ${test}, stated once`
      : `Replace the compulsion test with ${test}`;
  const runIn = fold.folded.length ? `${left.names.length ? ',' : ''} and running ${fold.folded.join(' and ')}, now alone, into the sentence before it` : '';
  const title = `${what}${left.names.length ? `, leaving out ${clauseNames(left.names)}` : ''}${runIn}`;
  return { title, edits: own, ...(structural ? { structural } : {}) };
}

/**
 * The causation link as new words write it, for a fix's title: from "as a direct result of" (or "a
 * direct consequence of", "because of") to the end of the words, whole words, at most about 120
 * characters; "as a direct result of being trafficked" where the words state no link of that form.
 */
function writtenLink(newText: string): string {
  const m = /\b(?:as\s+)?(?:an?\s+)?direct\s+(?:result|consequence)\s+of\s+(?:[^.;:\n]|[.:](?=\d))+/i.exec(newText);
  if (!m) return 'as a direct result of being trafficked';
  const words = withoutTrailingJoin(m[0].replace(/\s+/g, ' ')).trim();
  return quoteWords(words, { start: 0, end: words.length }, 120);
}

/**
 * `s` without the spaces and commas at its end, and a last "and" or "or" after them ("… of trafficking,
 * and" → "… of trafficking"). A scan, not a pattern anchored at the end (which backtracks polynomially).
 */
function withoutTrailingJoin(s: string): string {
  const sep = (j: number) => {
    while (j > 0 && /[\s,]/.test(s[j - 1]!)) j--;
    return j;
  };
  const lower = s.toLowerCase();
  const k = lower.endsWith('and') ? s.length - 3 : lower.endsWith('or') ? s.length - 2 : s.length;
  const j = sep(k);
  return j < k ? s.slice(0, j) : s.slice(0, sep(s.length));
}

/**
 * The words of the provision that name duress as the test, for the message: from the start of the
 * clause the word "duress" sits in ("that the defendant committed the offense under duress") to the
 * word itself, at most eight words.
 */
function duressPhrase(text: string, s: AnalysedSection, h: NexusHit): string {
  const at = abs(s, h.span);
  const sentence = s.model.sentences[h.sentence];
  const sentenceStart = sentence ? s.base + (sentence.map[0] ?? 0) : 0;
  const from = Math.max(sentenceStart, at.start - 80);
  const before = text.slice(from, at.start);
  // The clause starts after the last punctuation or conjunction before the word.
  let cut = 0;
  for (const m of before.matchAll(/[,;:(—–]|\b(?:that|if|where|when|unless|because)\s/gi)) cut = m.index + m[0].length;
  let start = from + cut;
  const words = [...text.slice(start, at.start).matchAll(/\S+/g)];
  if (words.length > 8) start += words[words.length - 8]!.index;
  while (start < at.start && /\s/.test(text[start]!)) start++;
  return quoteWords(text, { start, end: at.end }, 90);
}

/**
 * The causation rewrite where a provision names duress as the way the trafficking led to the act
 * ("committed the offense under duress as a result of being a victim of human trafficking"): the
 * words "under duress as a result of" become "as a direct result of", which leaves the link to the
 * trafficking and nothing of duress. Undefined for any other shape, or in a quotation of another instrument.
 */
function duressAsResultFix(bill: AnalysedBill, first: { s: AnalysedSection; h: NexusHit }): Fix | undefined {
  if (first.h.element !== DURESS.duress.id || first.s.preamble) return undefined;
  const sentence = first.s.model.sentences[first.h.sentence];
  if (!sentence || sentence.quoted === 'instrument') return undefined;
  const at = abs(first.s, first.h.span);
  const lead = /\b(?:under|by|through)\s{1,4}$/i.exec(bill.text.slice(Math.max(0, at.start - 12), at.start));
  const link = /^\s{1,4}(?:as\s{1,4}a\s{1,4}(?:direct\s{1,4})?(?:result|consequence)\s{1,4}of|because\s{1,4}of|by\s{1,4}reason\s{1,4}of|arising\s{1,4}from)\s{1,4}(?=(?:being|having\s{1,4}been|his|her|their|the)\b)/i.exec(bill.text.slice(at.end, at.end + 60));
  if (!lead || !link) return undefined;
  return { title: 'Replace "under duress" with the causation test ("as a direct result of being trafficked")', edits: [{ start: at.start - lead[0].length, end: at.end + link[0].length, newText: 'as a direct result of ' }] };
}

/**
 * The causation rewrite where the test is a fear the victim could not overcome, named as the
 * circumstances of the act ("conduct carried out in circumstances of insurmountable fear caused by
 * the trafficker"): those words, with what caused the fear, become the sources' causation test
 * ("conduct carried out as a direct result of being trafficked"). Undefined for any other shape, or in
 * a quotation of another instrument.
 */
function fearFix(bill: AnalysedBill, first: { s: AnalysedSection; h: NexusHit }): Fix | undefined {
  if (first.h.element !== DURESS.insuperableFear.id || first.s.preamble) return undefined;
  const sentence = first.s.model.sentences[first.h.sentence];
  if (!sentence || sentence.quoted === 'instrument') return undefined;
  const at = abs(first.s, first.h.span);
  const lead = /\b(?:in\s{1,4}(?:the\s{1,4})?circumstances\s{1,4}of|under(?:\s{1,4}the\s{1,4}(?:influence|effect)\s{1,4}of)?|out\s{1,4}of|from|because\s{1,4}of|owing\s{1,4}to|by\s{1,4}reason\s{1,4}of|driven\s{1,4}by)\s{1,4}(?:(?:an?|the)\s{1,4})?$/i.exec(bill.text.slice(Math.max(0, at.start - 40), at.start));
  if (!lead) return undefined;
  // What caused the fear goes with it ("caused by the trafficker or by persons acting with him", "of the
  // exploiter"), up to the end of the clause; nothing after a comma or a full stop.
  const cause = /^(?:\s{1,4}(?:caused|induced|instilled|created|provoked)\s{1,4}by|\s{1,4}of)\s[^.;,:\n]{1,160}/i.exec(bill.text.slice(at.end, at.end + 200));
  const end = at.end + (cause ? cause[0].length : 0);
  return { title: 'Replace the test of insurmountable fear with the causation test ("as a direct result of being trafficked")', edits: [{ start: at.start - lead[0].length, end, newText: 'as a direct result of being trafficked' }] };
}


/**
 * Whether the sentence from `start` to `end` (document offsets) states the causation test outside the
 * condition `cond` ("an offence committed as a result of being trafficked if ..."), so that the
 * condition need not be restated as causation.
 */
function statesCausation(text: string, start: number, end: number, cond: Span): boolean {
  // A condition set out as a list ("where— (a) ...; or (b) ...") is not left out whole.
  if (/[—–:]\s{0,4}\(\w{1,4}\)|\n/.test(text.slice(cond.start, cond.end))) return false;
  // Only the clause the condition belongs to: up to the next semicolon or full stop after it.
  const after = text.slice(Math.min(end, cond.end), end);
  const stop = /[;.](?=\s|$)/.exec(after);
  const parts = [text.slice(start, Math.max(start, cond.start)), stop ? after.slice(0, stop.index) : after];
  // ("in the course of being trafficked": the match itself may end inside the word "trafficked".)
  return parts.some((t) => matchAll(CAUSATION, t).some((m) => !notRequired(t, m.index) && /\b(?:traffick\w*|victims?)\b/i.test(t.slice(m.index, m.end + 80))));
}

/**
 * The edit that leaves out a condition (`at`, from its conjunction) with the punctuation that joins
 * it to the sentence: a condition after the protection goes with the comma or space before it ("...
 * being trafficked if ..., at the time, ..." becomes "... being trafficked."); a condition opening the
 * sentence goes with the comma after it, and the next word takes its capital ("Where ..., the victim
 * shall not" becomes "The victim shall not"). Undefined for any other shape.
 */
function leaveOutCondition(text: string, at: Span, conjunction: string): { at: Span; newText: string } | undefined {
  if (/^[.;:]/.test(text.slice(at.end, at.end + 1)) || at.end >= text.length) {
    // "... which was a direct result of being trafficked and which the victim committed because ...": the
    // relative clause the condition completes goes with it.
    if (/^because$/i.test(conjunction)) {
      const before = text.slice(Math.max(0, at.start - 80), at.start);
      const k = Math.max(before.lastIndexOf(' and which '), before.lastIndexOf(' and that '));
      const words = k >= 0 ? before.slice(k).trim().split(/[ \t]{1,4}/) : [];
      if (words.length >= 3 && words.length <= 6 && words.every((w) => /^[\w'’]{1,20}$/.test(w))) return { at: { start: at.start - (before.length - k), end: at.end }, newText: '' };
    }
    const lead = /,?[ \t]{1,8}$/.exec(text.slice(Math.max(0, at.start - 8), at.start));
    if (!lead) return undefined;
    return { at: { start: at.start - lead[0].length, end: at.end }, newText: '' };
  }
  const comma = /^,[ \t]+(?:(?:the|such)[ \t]+(?=([a-z]))|([a-z]))/.exec(text.slice(at.end, at.end + 12));
  if (comma && /^[A-Z]/.test(conjunction)) {
    // "Where a victim ..., the victim shall not" becomes "A victim shall not": the person is introduced again.
    if (comma[1]) return { at: { start: at.start, end: at.end + comma[0].length }, newText: /[aeiou]/i.test(comma[1]) ? 'An ' : 'A ' };
    return { at: { start: at.start, end: at.end + comma[0].length }, newText: comma[2]!.toUpperCase() };
  }
  return undefined;
}

/**
 * The definitions made in a provision's own numbered clauses (`sections`) that `edits` (document
 * offsets) leave without a use in the section: every other mention of the term is inside words the
 * edits take out, and the new words do not use it. A definition in a clause that states a protection,
 * or that the edits already take out, is kept out of the answer.
 */
function unusedDefinitions(bill: AnalysedBill, sections: AnalysedSection[], edits: TextEdit[]): { s: AnalysedSection; index: number }[] {
  const text = bill.text;
  const out: { s: AnalysedSection; index: number }[] = [];
  for (const s of sections) {
    const protectedClauses = new Set(s.protections.map((p) => s.model.sentences[p.sentence]?.clause));
    for (const d of s.model.definitions) {
      const index = s.model.clauses.findIndex((c) => c.start <= d.termStart && d.termStart < c.end);
      const c = s.model.clauses[index];
      if (!c || !/^\(\w{1,4}\)$/.test(c.marker) || protectedClauses.has(index) || c.quoted === 'instrument') continue;
      const own = { start: s.base + c.start, end: s.base + c.end };
      // Taken out already (a renumbered marker is not taken out).
      if (edits.some((e) => e.start < own.end && s.base + d.termStart < e.end)) continue;
      const term = new RegExp(`\\b${d.term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}s?\\b`, 'gi');
      const count = (t: string) => (t.match(term) ?? []).length;
      const used = count(text.slice(s.base, own.start)) + count(text.slice(own.end, s.chunk.end));
      const inSection = edits.filter((e) => e.start >= s.base && e.end <= s.chunk.end);
      const removed = inSection.reduce((n, e) => n + count(text.slice(e.start, e.end)), 0);
      const added = inSection.reduce((n, e) => n + count(e.newText), 0);
      if (used > 0 && used - removed + added === 0) out.push({ s, index });
    }
  }
  return out;
}

/** "subsection (2)", "paragraphs (b) and (c)", "subsection (2) and paragraph (c)". */
function clauseNames(names: string[]): string {
  const by = new Map<string, string[]>();
  for (const n of names) {
    const [level, marker] = n.split(' ') as [string, string];
    by.set(level, [...(by.get(level) ?? []), marker]);
  }
  return [...by].map(([level, m]) => (m.length === 1 ? `${level} ${m[0]}` : `${level}s ${m.slice(0, -1).join(', ')} and ${m[m.length - 1]}`)).join(' and ');
}

/** The objective test of what a reasonable person in the same situation would have done. */
const REASONABLE_PERSON = /\breasonable\s{1,4}person\b/i;

/** Words that belong to a test of compulsion: a clause holding them and no protection serves only that test. */
const COMPULSION_WORDS = /\b(?:compulsion|compel\w*|coerc\w*|duress|threat\w*|escape|alternative|constraint|resist\w*)\b/i;

/**
 * The subsections and paragraphs to leave out with a rewritten compulsion test: those holding the
 * test's other places (`rest`), or qualifying the test, that state no protection of their own.
 * Undefined when a place of the test cannot be left out that way (then no fix is offered: a partial
 * rewrite would leave the test standing), or when a cross-reference points at a clause to be left out.
 */
function leftOut(bill: AnalysedBill, rest: { s: AnalysedSection; h: NexusHit }[], rewritten: Span, extra: { s: AnalysedSection; index: number }[] = []): { edits: TextEdit[]; names: string[] } | undefined {
  const text = bill.text;
  const edits: TextEdit[] = [];
  const names: string[] = [];
  const sections = [...new Set([...rest.map((r) => r.s), ...extra.map((x) => x.s)])];
  const out = new Set<string>(extra.map((x) => `${x.s.base}:${x.index}`));
  // The rewrite takes out a reasonable-person test: the same test elsewhere in the provision (a child
  // limb's "(c) a reasonable person in the same situation ... would do that act") goes too, so that
  // children never face a stricter test than adults.
  const reasonable = REASONABLE_PERSON.test(text.slice(rewritten.start, rewritten.end));
  const provisionSections = [...new Set([...sections, ...sectionsAt(bill, rewritten.start)])];
  if (reasonable) sections.splice(0, sections.length, ...provisionSections);
  for (const s of sections) {
    const protectedClauses = new Set(s.protections.map((p) => s.model.sentences[p.sentence]?.clause));
    s.model.clauses.forEach((c, i) => {
      const start = s.base + c.start;
      const end = s.base + c.end;
      if (!/^\(\w{1,4}\)$/.test(c.marker) || protectedClauses.has(i) || c.quoted === 'instrument') return;
      if (start < rewritten.end && rewritten.start < end) return;
      if (!COMPULSION_WORDS.test(c.text) && !(reasonable && /^\([a-z]{1,3}\)$/.test(c.marker) && REASONABLE_PERSON.test(c.text))) return;
      out.add(`${s.base}:${i}`);
    });
  }
  // Every other place of the test must go with a clause left out.
  const home = (s: AnalysedSection, offset: number) => s.model.clauses.findIndex((c) => s.base + c.start <= offset && offset < s.base + c.end);
  for (const { s, h } of rest) {
    if (!out.has(`${s.base}:${home(s, s.base + h.span.start)}`)) return undefined;
  }
  const conv = conventionsFor(bill);
  for (const s of sections) {
    const clauses = s.model.clauses;
    clauses.forEach((c, i) => {
      if (!out.has(`${s.base}:${i}`)) return;
      const number = c.marker.slice(1, -1);
      // A reference to the clause ("subsection (2)") would point at nothing.
      const referred = referencesWithin(conv.references, s.base, s.chunk.end).some((r) => !r.quoted && !r.external && r.items.some((item) => item.some((n) => n.number === number && n.level === (c.level === 'subsection' ? 'subsection' : 'paragraph'))));
      if (referred) {
        names.length = 0;
        edits.length = 0;
        out.clear();
        return;
      }
      const next = clauses[i + 1];
      // Whole lines: the emphasis around a marker ("**(2)**") goes with its clause, or stays with the next.
      const lineStart = (at: number) => {
        const nl = text.lastIndexOf('\n', at - 1) + 1;
        return /^[\s>*_]*$/.test(text.slice(nl, at)) ? nl : at;
      };
      const start = lineStart(s.base + c.start);
      const end = next ? lineStart(s.base + next.start) : s.base + c.end;
      const removal = edits.push({ start, end, newText: '' }) - 1;
      names.push(`${divisionName(s, c)} ${c.marker}`);
      // The last paragraph of a list left out: the one before it now ends the list, with its punctuation.
      if (!next || next.level !== c.level) {
        let k = i - 1;
        while (k >= 0 && out.has(`${s.base}:${k}`)) k--;
        const prev = clauses[k];
        if (prev && prev.level === c.level) {
          const tail = listTail(prev.text);
          const ending = /[.;:]$/.exec(c.text.trimEnd())?.[0] ?? '.';
          const prevEnd = s.base + prev.end;
          const tailStart = prevEnd - (prev.text.length - tail.index);
          if (tail[0].trim() && text.slice(tailStart, prevEnd).trim() === tail[0].trim()) edits.push({ start: tailStart, end: prevEnd, newText: ending });
          // Leave out the blank line before the removed paragraph as well (it followed the previous one).
          if (!next) edits[edits.length - (tail[0].trim() ? 2 : 1)]!.start = prevEnd;
          // The "and" or "or" that joined the list's last two paragraphs moves up with the end of the list
          // ("(a) ..., (b) ..., and (c) ..." without (c) is "(a) ..., and (b) ..."), so that the list still says
          // whether its conditions are cumulative.
          const conj = /\b(and|or)$/.exec(prev.text.trimEnd())?.[1];
          let j = k - 1;
          while (j >= 0 && out.has(`${s.base}:${j}`)) j--;
          const before = clauses[j];
          const beforeText = before?.text.trimEnd() ?? '';
          if (conj && before && before.level === c.level && /[,;]$/.test(beforeText) && !/\b(?:and|or)$/.test(beforeText)) {
            const at = s.base + before.end - (before.text.length - beforeText.length);
            edits.push({ start: at, end: at, newText: ` ${conj}` });
          }
        }
      }
      // The last unit of the section left out after a unit of another level ("(2)" after paragraph
      // "(c)"): the blank line before it goes too, so that the section does not end in empty lines.
      if (!next) {
        let k = i - 1;
        while (k >= 0 && out.has(`${s.base}:${k}`)) k--;
        const prev = clauses[k];
        const prevEnd = prev ? s.base + prev.end : -1;
        if (prev && prev.level !== c.level && prevEnd < edits[removal]!.start && /^\s*$/.test(text.slice(prevEnd, edits[removal]!.start))) edits[removal]!.start = prevEnd;
      }
    });
  }
  if (rest.length && !edits.length) return undefined;
  // The subsections that follow keep their numbers (drafting practice: a subsection left out leaves
  // its number unused rather than renumbering the rest), so every reference still points where it did.
  return { edits: ownEdits(edits), names };
}

/** Whether any section of the bill widens compulsion (read once per analysed bill: every provision asks). */
const BROAD_IN_BILL = new WeakMap<AnalysedBill, boolean>();
function broadCompulsionIn(bill: AnalysedBill, facts: (s: AnalysedSection) => NexusFacts): boolean {
  let v = BROAD_IN_BILL.get(bill);
  if (v === undefined) BROAD_IN_BILL.set(bill, (v = bill.sections.some((s) => facts(s).broadCompulsion)));
  return v;
}

/**
 * The fix the duress rule offers for a provision's compulsion test, if it reports one (the same
 * selection as its check). `facts` is the duress rule's recognition of a section.
 */
export function provisionCausationFix(bill: AnalysedBill, p: Provision, facts: (s: AnalysedSection) => NexusFacts): Fix | undefined {
  const acceptedCompulsion = bill.config.model === 'compulsion';
  const broadInBill = broadCompulsionIn(bill, facts);
  const all = sectionsOf(p).flatMap((s) => facts(s).hits.filter((h) => h.kind !== 'causation').map((h) => ({ s, h })));
  const duress = all.filter(({ h }) => h.kind === 'duress');
  const chosen = duress.length ? duress : acceptedCompulsion || broadInBill ? [] : all;
  if (!chosen.length) return undefined;
  const first = [...chosen].sort((a, b) => a.s.base + a.h.span.start - (b.s.base + b.h.span.start))[0]!;
  return causationFix(bill, first, chosen, all);
}

export const duressThreshold = defineRule<NexusFacts>({
  meta: {
    id: 'duress-threshold',
    code: 'NP002',
    title: 'Compulsion test pitched at duress',
    defaultSeverity: 'error',
    fixable: true,
    summary:
      'The provision protects a victim only if the act was compelled, and in its strictest form only under a threat of death or serious injury, in imminent danger or with no realistic alternative. That is the standard of the criminal defence of duress, which a compulsion-based defence should not require. Duress-level wording is an error; a bare compulsion test is a warning.',
    citations: [CITE.compulsionNotDuress, CITE.compulsionBroad, CITE.causationBroader, CITE.causationPreferred],
    messages: {
      duressNamed: {
        severity: 'error',
        text: '{provision} protects a victim only if the victim acted under duress ("{words}"), the ordinary criminal defence, which asks for a threat of death or serious injury that the victim could not otherwise escape. A victim controlled by deception, debt or abuse of a position of vulnerability may not be able to show it, and the provision would then add little to the defence every accused already has. Use the causation test instead: the act was committed as a direct result of being trafficked.',
      },
      duress: {
        severity: 'error',
        text: '{provision} protects a victim only if {element} ("{words}"). That is the standard of the criminal defence of duress: a victim controlled by deception, debt or abuse of a position of vulnerability may not be able to meet it, and the provision would then add little to the ordinary defence. Use the causation test instead: the act was committed as a direct result of being trafficked.',
      },
      duressWidened: {
        severity: 'error',
        text: '{provision} protects a victim only if {element} ("{words}"). That is the standard of the criminal defence of duress, which a compulsion-based defence should not require, even where compulsion may come from the victim\'s circumstances. Use the causation test instead: the act was committed as a direct result of being trafficked.',
      },
      compulsionWidened: {
        severity: 'warning',
        text: '{provision} makes protection depend on the victim having been compelled ("{words}"), although compulsion may come from the victim\'s circumstances. The causation test may be broader in practice because it needs no evidence that, but for the compulsion, the offence would not have been committed: the act was committed as a direct result of being trafficked.',
      },
      compulsion: {
        severity: 'warning',
        text: '{provision} makes protection depend on the victim having been compelled ("{words}"). Unless compulsion is read to cover all the means of trafficking (deception, fraud, abuse of a position of vulnerability and the rest), it may be read as strictly as duress. The causation test is broader and easier to prove: the act was committed as a direct result of being trafficked.',
      },
    },
    docs: {
      flags:
        'Duress-level wording anywhere in a non-punishment provision, including a separate "applies only if" subsection or a list of conditions (error): "no realistic alternative", "a reasonable person in the same situation would have had no realistic alternative", a reasonable-person test of compulsion ("would have compelled a reasonable person"), "threat of death or serious injury", "reasonable apprehension of death or grievous hurt", "imminent" or "immediate" danger, "no opportunity to escape", a constraint that "could not be resisted", an "insurmountable" or "irresistible" fear, "no choice left but to", "duress". A bare compulsion test (warning): "compelled to commit", "under coercion", "under constraint", "threatened", "made to commit", "forced to", "against his or her will", unless the bill reads compulsion broadly (it may come from the person\'s circumstances, or is defined to cover all the means of trafficking: deception, fraud, abuse of a position of vulnerability...), or the workspace configuration records a deliberate compulsion model. One test is one finding, on its first words, with the other places that make it up (a condition in another subsection, a definition) shown as related places. Wording that says compulsion need not be shown ("it is not necessary to establish that the child was compelled", "the question of coercion shall not arise"), and a saving clause that keeps the general defence of duress available, are not flagged; nor is a heading.',
      why:
        'Traffickers control their victims by many means besides violence: deception, debt, abuse of a position of vulnerability. A test pitched at duress requires the kind of evidence the ordinary defence of duress already requires, so the provision adds little protection. The UNODC background paper says compulsion-based defences should not require the same evidence as duress, and describes the causation approach as possibly broader in practice. The ASEAN Guideline reports that the Special Rapporteur on trafficking in persons and other counter-trafficking experts prefer the causation model because it is broader and easier to prove.',
      fix:
        'Use the causation test: the act was committed as a direct result of being trafficked. If the jurisdiction keeps a compulsion model, let compulsion come from the person\'s circumstances and cover all the means of trafficking, and never require a threat of death or injury, imminence or the absence of a realistic alternative. The quick fix replaces the condition ("if ... no realistic alternative ...") with the causation test, keeping the drafter\'s conjunction (after "because", the causal words alone) and never the words that give the protection; it leaves out the subsections and paragraphs that only define or qualify the compulsion test, with any definition that only the words left out used; those that follow keep their numbers, so that no cross-reference moves. Where the provision already states the link ("an offence committed as a result of being trafficked if ..."), the condition is left out rather than restated. Where a test of time or control stands just before the condition ("the offences they commit while under the control of the traffickers, provided that they acted under coercion"), both give way to the causation test, stated once. Where the provision names its victims by the offences committed against them ("a victim of the offences under Articles 600 and 601"), the causation test keeps that class, never narrowing it to victims of trafficking. Where the test belongs to a narrow exemption that names the act it exempts (killing a trafficker while escaping, engaging in prostitution), the exemption is kept and a subsection protecting victims from punishment for any offence committed as a direct result of being trafficked is added beside it; a compulsion test of such an exemption is not flagged once the same section gives that general protection. Where a part of the test would remain, no quick fix is offered.',
      bad: `## 14. Non-liability of victims

A victim of trafficking is not guilty of an offence if the victim was compelled to commit it by a threat of death or serious injury, and a reasonable person in the same situation would have had no realistic alternative to committing it.`,
      good: `## 14. Non-liability of victims

A victim of trafficking is not guilty of an offence if ${patternText('pattern-causation-test')}.`,
    },
  },

  scanWords: SCAN_WORDS,

  recognise({ model, reading }) {
    const hits: NexusHit[] = [];
    const widening: Span[] = [];
    let broad = false;
    const meansAsked: number[] = [];
    model.sentences.forEach((s, i) => {
      const t = s.text;
      hits.push(...hitsOf(s, i));
      // "A person may be compelled ... by the person's circumstances": compulsion read broadly. (Not
      // the definition of trafficking, whose "by means of ... coercion ... deception" names the means.)
      if (/\b(?:compel\w*|compulsion|coerc\w*)\b/i.test(t) && /\b(?:may|can|includes?|whether|means)\b/i.test(t) && !/\bby\s{1,8}means\s{1,8}of\b|\bfor\s{1,8}the\s{1,8}purpose\s{1,8}of\s{1,8}exploitation\b/i.test(t)) {
        for (const w of matchAll(WIDENING, t)) widening.push(span(s, w.index, w.end));
        // "compulsion includes ... deception ... abuse of a position of vulnerability": defined to cover all the means.
        if (/\b(?:means|includes?|include)\b/i.test(t) && /\bposition\s+of\s+vulnerability\b/i.test(t) && has(DECEPTION, t)) broad = true;
      }
      // Two or more of the means named as what the act must result from: proof of means is required.
      const means = matchAll(MEANS_WORD, t);
      if (means.length >= 2 && /\b(?:consequence|result|because|by\s+means|through|owing)\b/i.test(t) && !notRequired(t, means[0]!.index)) meansAsked.push(i);
    });
    const setAside = narrowBesideGeneral(model.sentences, hits, reading.protections);
    if (setAside.length) hits.splice(0, hits.length, ...hits.filter((h) => !setAside.includes(h)));
    // The means named in a test set aside (the general defence of coercion beside the victims' limb) are not asked of the victim.
    const requiresMeans = meansAsked.some((i) => !setAside.some((h) => h.sentence === i));
    for (const d of model.definitions) {
      if (/^(?:compel\w*|compulsion|coerc\w*|forced?)$/i.test(d.term) && /\bposition\s+of\s+vulnerability\b/i.test(d.body.text) && has(DECEPTION, d.body.text)) broad = true;
    }
    return { hits, broadCompulsion: broad, widening, requiresMeans, setAside };
  },

  check({ bill, report, facts }) {
    const acceptedCompulsion = bill.config.model === 'compulsion';
    // A definition of compulsion anywhere in the bill that covers all the means reads it broadly.
    const broadInBill = broadCompulsionIn(bill, facts);
    for (const p of bill.provisions) {
      const sections = sectionsOf(p);
      const all = sections.flatMap((s) => facts(s).hits.filter((h) => h.kind !== 'causation').map((h) => ({ s, h })));
      if (!all.length) continue;
      // A definition covering all the means of trafficking answers the concern; compulsion that may come
      // from the person's circumstances is credit, but the test is still one of compulsion.
      const widened = broadInBill || sections.some((s) => facts(s).widening.length > 0);
      const duress = all.filter(({ h }) => h.kind === 'duress');
      const chosen = duress.length ? duress : acceptedCompulsion || broadInBill ? [] : all;
      if (!chosen.length) continue;
      // One test is one finding: on its first words, with the other places as related locations.
      const ordered = [...all].sort((a, b) => a.s.base + a.h.span.start - (b.s.base + b.h.span.start));
      const first = chosen.sort((a, b) => a.s.base + a.h.span.start - (b.s.base + b.h.span.start))[0]!;
      const at = abs(first.s, first.h.span);
      const related = ordered
        .filter((x) => x !== first)
        .slice(0, MAX_RELATED)
        .map((x) => ({ span: abs(x.s, x.h.span), message: x.h.kind === 'duress' ? `also part of the same test: ${ELEMENT[x.h.element] ?? 'duress-level wording'}` : 'also part of the same compulsion test' }));
      // Written when asked for (the rewrite drafts in the bill's own words; see Report.fixes).
      const fixes = (): Fix[] => {
        const fix = causationFix(bill, first, chosen, all) ?? (all.length === 1 ? (duressAsResultFix(bill, first) ?? fearFix(bill, first)) : undefined);
        return fix ? [fix] : [];
      };
      const words = quoteWords(bill.text, at, 90);
      if (duress.length && first.h.element === DURESS.duress.id) {
        // "duress" named: the message quotes the provision's own longer words ("committed the offense
        // under duress"), never the one word it would then repeat.
        report({ messageId: 'duressNamed', data: { provision: p.name, words: duressPhrase(bill.text, first.s, first.h) }, span: at, section: p.primary, fixes, related });
      } else if (duress.length) {
        report({ messageId: widened ? 'duressWidened' : 'duress', data: { provision: p.name, element: ELEMENT[first.h.element] ?? 'the test of duress is met', words }, span: at, section: p.primary, fixes, related });
      } else {
        report({ messageId: widened ? 'compulsionWidened' : 'compulsion', data: { provision: p.name, words }, span: at, section: p.primary, fixes, related });
      }
    }
  },

  explain({ facts }, p) {
    const out: ExplainItem[] = [];
    for (const s of sectionsOf(p)) {
      const f = facts(s);
      for (const h of [...f.hits].sort((a, b) => a.span.start - b.span.start)) {
        const reading = h.kind === 'causation' ? 'causation test (a direct result of being trafficked)' : h.kind === 'duress' ? `duress-level test: ${ELEMENT[h.element] ?? 'duress'}` : 'compulsion test';
        out.push({ aspect: 'Link to the trafficking', reading, words: [abs(s, h.span)] });
      }
      for (const h of f.setAside) out.push({ aspect: 'Link to the trafficking', reading: 'the test of a narrow exemption or of the general defence of coercion, beside a general protection for victims on the causation test (the victim may rely on either)', words: [abs(s, h.span)] });
      for (const w of f.widening) out.push({ aspect: 'Link to the trafficking', reading: 'compulsion read broadly (it may come from the person\'s circumstances or any means)', words: [abs(s, w)] });
    }
    if (!out.length) out.push({ aspect: 'Link to the trafficking', reading: 'no link to the trafficking is stated' });
    return out;
  },
});

/**
 * The end of a paragraph that joins it to the next one in a list: a semicolon or comma, spaces, a
 * closing "and" or "or" (a whole word), spaces; any of them may be missing ("; or", ";", " and", "").
 * Returns its offset in `text` (UTF-16) and its words, as `RegExpExecArray` gives them (`index`, `[0]`).
 */
function listTail(text: string): { index: number; 0: string } {
  let at = text.trimEnd().length;
  const joined = /\b(?:and|or)$/.exec(text.slice(0, at));
  if (joined) at = text.slice(0, joined.index).trimEnd().length;
  if (/[;,]/.test(text[at - 1] ?? '')) at--;
  return { index: at, 0: text.slice(at) };
}

/** Past tenses a compelled act is written in ("compelled to take part" → "took part"). */
const PAST: Record<string, string> = { take: 'took', do: 'did', make: 'made', commit: 'committed', give: 'gave', hold: 'held', sell: 'sold', steal: 'stole', break: 'broke', carry: 'carried', submit: 'submitted', permit: 'permitted', go: 'went', leave: 'left', bring: 'brought', buy: 'bought', keep: 'kept', send: 'sent', become: 'became' };

function pastOf(verb: string): string {
  const v = verb.toLowerCase();
  if (PAST[v]) return PAST[v];
  if (/e$/.test(v)) return `${verb}d`;
  if (/[^aeiou]y$/.test(v)) return `${verb.slice(0, -1)}ied`;
  return `${verb}ed`;
}

/**
 * The person and what they were compelled to do, where the test names the deed itself rather than
 * pointing back at an offence named before ("he was compelled to commit acts punishable by law or to
 * violate the conditions of residence or work"; "the victim was compelled to take part in them"), with
 * the deed in the past tense ("committed acts punishable by law, or violated the conditions ...").
 * Undefined where the deed is the offence or act the provision names already ("compelled to commit
 * the offence", "to do so", "to commit it"). `many` when the deeds are more than one.
 */
export function compelledDeed(old: string): { subject: string; deed: string; many: boolean } | undefined {
  // Found with simple searches, and the words around checked in code (one pattern spanning them all
  // would backtrack polynomially): "[subject] was compelled to [deed]", the subject opening the words or
  // following "that", the deed running to their end.
  const verb = /\b(?:was|were|is|are|has\s{1,4}been|have\s{1,4}been)\s{1,4}(?:compelled|forced|coerced)\s{1,4}to\s{1,4}/i.exec(old);
  if (!verb) return undefined;
  const words = old.slice(0, verb.index).trim().split(/\s+/);
  const n = words.length;
  const lower = (i: number) => (i >= 0 ? words[i]!.toLowerCase() : undefined);
  let take = 0;
  if (n >= 3 && lower(n - 3) === 'he' && lower(n - 2) === 'or' && lower(n - 1) === 'she') take = 3;
  else if (n >= 1 && ['he', 'she', 'they'].includes(lower(n - 1)!)) take = 1;
  else if (n >= 2 && ['the', 'a', 'an', 'that', 'such'].includes(lower(n - 2)!) && /^[\w-]{1,30}$/.test(words[n - 1]!)) take = 2;
  if (!take || (n > take && lower(n - take - 1) !== 'that')) return undefined;
  const deedWords = old.slice(verb.index + verb[0].length).trim();
  if (!/^[a-z]/i.test(deedWords) || deedWords.length > 200 || /[;:.]/.test(deedWords)) return undefined;
  const m = [old, words.slice(n - take).join(' '), deedWords] as const;
  const rest = m[2]!.replace(/\s+/g, ' ');
  // The means or the link stated inside the deed ("to commit it by a trafficker", "to participate ... as a
  // direct result of his situation"): the usual rewrite, which replaces the whole test, is kept.
  if (/\b(?:by|as|because|through|under|owing|due|result|consequence|attributable|connection)\b/i.test(rest.replace(/\bpunishable\s{1,4}by\s{1,4}law\b/gi, ''))) return undefined;
  const parts = rest.split(/,? (?:or|and) to /);
  const joiner = /,? (and) to /.exec(rest)?.[1] ?? 'or';
  const deeds: string[] = [];
  for (const part of parts) {
    const w = /^([a-z]+)\b(.*)$/i.exec(part);
    if (!w) return undefined;
    // The offence or act named before: the usual rewrite ("the offence was committed ...") reads back to it.
    if (/^\s*(?:it|so|that|(?:the|that|this|such|those|these)\s(?:offen[cs]es?|acts?|crimes?|conduct|activit(?:y|ies)|involvement))\b/i.test(w[2]!) || /^\s*$/.test(w[2]!)) return undefined;
    deeds.push(`${pastOf(w[1]!)}${w[2]}`);
  }
  const deed = deeds.length > 1 ? `${deeds.slice(0, -1).join(', ')}, ${joiner} ${deeds[deeds.length - 1]}` : deeds[0]!;
  return { subject: m[1]!.replace(/\s+/g, ' '), deed, many: deeds.length > 1 };
}

/**
 * "The conditions are that— (a) ...; and (b) ..." rewritten as one test leaves one condition: the
 * sentence says "The condition is that", and the provision's references to it ("if the conditions in
 * subsection (2) are satisfied") follow ("if the condition in subsection (2) is satisfied"). `at` is
 * the rewritten stretch (document offsets) and `newText` its new words; no edit where a list remains.
 */
function oneCondition(text: string, s: AnalysedSection, at: Span, newText: string): TextEdit[] {
  if (/\n|;\s{0,3}(?:and|or)\b/.test(newText)) return [];
  // (The stretch may begin at the "that" of "The conditions are that—".)
  const lead = /\b(conditions[ \t]{1,3}are)[ \t]{1,3}(?:that[ \t]{0,3}[—–:-]{0,2}[ \t]{0,3})?$/i.exec(text.slice(Math.max(s.base, at.start - 60), at.start));
  if (!lead) return [];
  const leadAt = at.start - lead[0].length;
  const edits: TextEdit[] = [{ start: leadAt, end: leadAt + lead[1]!.length, newText: 'condition is' }];
  // The subsection that sets out the condition, as the provision refers to it.
  const clause = s.model.clauses.find((c) => /^\(\w{1,4}\)$/.test(c.marker) && s.base + c.start <= leadAt && leadAt < s.base + c.end);
  if (!clause) return edits;
  const marker = clause.marker.replace(/[()]/g, '');
  const ref = new RegExp(`\\b(conditions)([ \\t]{1,3}(?:in|of|set[ \\t]{1,3}out[ \\t]{1,3}in|mentioned[ \\t]{1,3}in|specified[ \\t]{1,3}in)[ \\t]{1,3}(?:sub)?(?:section|article|paragraph)[ \\t]{1,3}\\(${marker}\\)[ \\t]{1,3})(are|have[ \\t]{1,3}been)\\b`, 'gi');
  const section = text.slice(s.base, s.chunk.end);
  for (const m of section.matchAll(ref)) {
    const start = s.base + m.index!;
    edits.push({ start, end: start + m[0].length, newText: `condition${m[2]}${/^are$/i.test(m[3]!) ? 'is' : 'has been'}` });
  }
  return edits;
}
