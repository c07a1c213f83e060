import type { SectionModel, Sentence } from './bill.js';
import {
  ACCUSED_STANDARD, AFFIRMATIVE_DEFENCE, AGE_LIMIT, CAUSATION, CHILD_REFERENCE, CHILD_TERM, COMPULSION, CONDITION_START,
  COVERAGE_ANCHOR, DEFINITION, DURESS_LEVEL, LEGAL_BURDEN, LIST_OPENER, MEANS_WORD, NOT_REQUIRED, NOT_REQUIRED_AFTER, NUMBER_WORDS, OFFENCE_KIND, OFFENCE_NOUN,
  PROSECUTION_BURDEN, PROVISION_HEADING, PUNISHMENT_NEGATION, VICTIM_REFERENCE,
} from './lexicon.js';
import { sourceSpan } from './text.js';

/**
 * What one section says about non-punishment, found from its own text only (offsets relative to
 * the section), so that it can be cached by content. Bill-level rules combine these facts.
 */

export interface Span {
  start: number;
  end: number;
}

export type CoverageKind = 'general' | 'open' | 'closed' | 'unknown';

export interface Coverage {
  kind: CoverageKind;
  sentence: number;
  /** The enumerated offences, for a closed list. */
  list?: Span;
  /** Where words opening the list can be inserted (just after "in respect of", "for"...). */
  insertAt?: number;
}

export interface NexusHit {
  kind: 'duress' | 'compulsion' | 'causation';
  span: Span;
  sentence: number;
  /** The condition the words sit in ("if ... alternative to doing that act"), for a rewrite. */
  condition?: { span: Span; conjunction: string };
}

export interface BurdenHit {
  kind: 'legal' | 'standard' | 'affirmative';
  span: Span;
  sentence: number;
}

export interface ChildAge {
  term: string;
  /** The definition is for one purpose only ("for the purposes of section 40"). */
  scoped: boolean;
  age: number;
  ageText: string;
  span: Span;
}

export interface SectionFacts {
  headingIsProvision: boolean;
  /** Sentences that take punishment away from victims. */
  protective: number[];
  coverage: Coverage[];
  nexus: NexusHit[];
  burden: BurdenHit[];
  prosecutionBurden: boolean;
  mentionsChild: boolean;
  /** A sentence speaks of children without itself requiring compulsion of them: a child limb. */
  childRelief: boolean;
  /** The link required is to the means of trafficking (violence, deception...), which children need not show. */
  requiresMeans: boolean;
  /** "This section applies only to the offences in Schedule 2": a limit stated apart from the protection. */
  restrictions: Span[];
  /** The section says something of child victims of trafficking (anywhere in the bill counts). */
  mentionsChildVictim: boolean;
  childAges: ChildAge[];
  /** The section gives compulsion a broad meaning covering the means of trafficking. */
  broadCompulsion: boolean;
}

const DEFENCE_FORM = /\b(?:not\s+guilty|defen[cs]e)\b/i;
const ACCUSED_IS_VICTIM =
  /\b(?:is|was|were|are|been|being|as)\s+(?:a\s+)?(?:victims?\s+of|trafficked|subjected\s+to)|\b(?:compulsion|conduct|act)\s+(?:is|was)\s+attributable|\bvictims?\s+of\s+(?:trafficking|human\s+trafficking|slavery|forced)|\btrafficked\s+persons?/i;
// "did not know that the person was a trafficked person": a defence for someone else (the buyer).
const KNOWLEDGE_OF_VICTIM = /\b(?:know|knew|known|knowing|aware|awareness|believ\w*|belief|suspect\w*)\b[^.;]{0,80}\b(?:victim|trafficked)/i;
// Someone other than the victim is the one protected: "A carrier shall not be liable...",
// "A person who provides shelter to a victim shall not be prosecuted...", "A journalist...".
const OTHER_ACTOR =
  /\b(?:carriers?|journalists?|reporters?|publishers?|media|employers?|landlords?|(?:service\s+)?providers?|organi[sz]ations?|compan(?:y|ies)|bod(?:y|ies)\s+corporate|officials?|officers?|police|prosecutors?|investigators?|interpreters?|social\s+workers?|(?:persons?|anyone|everyone)\s+who\s+(?:provides?|assists?|helps?|reports?|gives?|renders?|employs?|shelters?|harbou?rs?|rescues?|supports?|informs?|acts?\s+in\s+good\s+faith)|in\s+good\s+faith)\b/i;
const OFFENDING = /\b(?:offen[cs]es?|crimes?|unlawful|illegal|criminal|liable|liability|prosecut\w*|penalt\w*|punish\w*|guilty)\b/i;

/** How far from the words that trigger it an analysis looks (characters); keeps long paragraphs linear. */
const MAX_REGION = 3000;

function firstMatch(re: RegExp, s: string, from = 0): RegExpExecArray | null {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  g.lastIndex = from;
  return g.exec(s);
}

function allMatches(re: RegExp, s: string): RegExpExecArray[] {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  const out: RegExpExecArray[] = [];
  let m: RegExpExecArray | null;
  while ((m = g.exec(s))) {
    out.push(m);
    if (m[0].length === 0) g.lastIndex++;
  }
  return out;
}

function span(s: Sentence, start: number, end: number): Span {
  const [a, b] = sourceSpan(s, start, end);
  return { start: a, end: b };
}

/** Whether the words at `at` sit in a "need not be shown" context earlier in the same clause. */
function notRequired(text: string, at: number): boolean {
  if (NOT_REQUIRED_AFTER.test(text.slice(at, at + 120))) return true;
  const before = text.slice(Math.max(0, at - 160), at);
  const m = allMatches(NOT_REQUIRED, before);
  if (!m.length) return false;
  const last = m[m.length - 1]!;
  // A full stop or a semicolon between the two ends the "need not" context.
  return !/[.;]/.test(before.slice(last.index + last[0].length));
}

/** An offence noun that names offending in general ("any criminal act", "unlawful activities", "offences"). */
function generalOffence(text: string, region: [number, number]): boolean {
  const [from, to] = region;
  const part = text.slice(from, to);
  for (const m of allMatches(OFFENCE_NOUN, part)) {
    const noun = m[0].toLowerCase();
    const before = part.slice(Math.max(0, m.index - 60), m.index).toLowerCase();
    const after = part.slice(m.index + m[0].length, m.index + m[0].length + 90).toLowerCase();
    if (/^\s+of\s+(?:people\s+|human\s+|persons?\s+)?traffick/.test(after) || /^\s+of\s+the\s+traffick/.test(after)) continue;
    // "the Summary Offences Act", "the Offences Against the Person Act": the name of a statute.
    const afterRaw = part.slice(m.index + m[0].length, m.index + m[0].length + 90);
    if (/^[A-Z]/.test(m[0]) && /^\s*(?:(?:against|of|the|and|to|[A-Z][\w'’-]*)\s+){0,6}?(?:Act|Code|Law|Ordinance|Decree|Proclamation|Regulations?)\b/.test(afterRaw)) continue;
    if (/traffick\w*\s+(?:in\s+(?:persons|human\s+beings)\s+)?$/.test(before)) continue;
    if (/(?:any|all|each|one|some)\s+of\s+the\s+following\s+$/.test(before) || /^\s*(?:listed|specified|set\s+out|below|as\s+follows|:)/.test(after)) continue;
    if (/\b(?:such|these|those|said|this|that|the\s+following|following)\s+$/.test(before)) continue;
    const lastWord = /([\w-]+)\s*$/.exec(before)?.[1] ?? '';
    if (OFFENCE_KIND.test(lastWord) || /-related$/.test(lastWord)) continue;
    // "offences under the Immigration Act", "acts relating to prostitution": restricted to a kind.
    const restrict = /^\s*(?:under|against|relating\s+to|related\s+to|in\s+relation\s+to|concerning|involving|in\s+respect\s+of|of)\s+([^,;:]{0,80})/.exec(after);
    if (restrict && OFFENCE_KIND.test(restrict[1]!) && !/\bany\s+(?:other\s+)?(?:written\s+)?law\b|\bthis\s+act\b.*\bany\s+other/.test(restrict[1]!)) continue;
    // "any of the offences under this Law": only the trafficking law's own offences.
    if (/^\s*(?:under|against|in)\s+this\s+(?:law|act|chapter|part|decree|proclamation|code)\b/.test(after) && !/^[^,;]{0,40}\bor\s+(?:under\s+)?any\s+other\b/.test(after.replace(/^\s*(?:under|against|in)\s+this\s+\w+/, ''))) continue;
    const isPluralOffence = /^(?:offen[cs]es|crimes|violations|infractions)$/.test(noun);
    const isSingularOffence = /^(?:offen[cs]e|crime|violation)$/.test(noun);
    const qualifier = /\b(?:any|all|every|other|unlawful|illegal|criminal|wrongful)\b[\w\s-]{0,30}$/.test(before);
    const article = /\b(?:an?|any)\s+(?:criminal\s+|other\s+)?$/.test(before);
    if (qualifier || isPluralOffence || (isSingularOffence && article)) return true;
  }
  return false;
}

function coverageOf(s: Sentence, index: number, negation: RegExpExecArray): Coverage {
  const t = s.text;
  const negEnd = negation.index + negation[0].length;
  // The acts covered are named in the subject ("a victim who commits a crime...") or after the negation.
  const condAfterNeg = firstMatch(CONDITION_START, t.slice(0, negEnd + MAX_REGION), negEnd);
  const subjectEnd = negation.index;
  const subjectFrom = Math.max(0, subjectEnd - MAX_REGION);
  const subjectCond = firstMatch(CONDITION_START, t.slice(0, subjectEnd), subjectFrom);
  const subjectRegion: [number, number] = [subjectFrom, subjectCond ? subjectCond.index : subjectEnd];
  if (generalOffence(t, subjectRegion)) return { kind: 'general', sentence: index };
  // The acts covered follow the negation closely; a list of offences is never thousands of words.
  const anchors = allMatches(COVERAGE_ANCHOR, t.slice(negEnd, negEnd + MAX_REGION)).slice(0, 12);
  for (const a of anchors.map((m) => ({ index: m.index + negEnd, len: m[0].length }))) {
    const regionStart = a.index + a.len;
    // "liable for prosecution in respect of...": the acts are named further on.
    if (/^\s*(?:criminal\s+)?(?:prosecution|proceedings?|punishment|penalt\w*|liability|charges?|detention|arrest)\b/i.test(t.slice(regionStart, regionStart + 40))) continue;
    const window = t.slice(0, regionStart + MAX_REGION);
    const cond = firstMatch(CONDITION_START, window, regionStart);
    const regionEnd = cond ? cond.index : window.length;
    if (regionEnd <= regionStart) continue;
    const region = t.slice(regionStart, regionEnd);
    if (generalOffence(t, [regionStart, regionEnd])) return { kind: 'general', sentence: index };
    if (!OFFENCE_KIND.test(region)) continue;
    const opener = LIST_OPENER.exec(region);
    if (opener && !OFFENCE_KIND.test(region.slice(0, opener.index))) return { kind: 'open', sentence: index };
    // The list itself: from its first words to the start of the condition, less punctuation.
    let ls = regionStart;
    while (ls < regionEnd && /[\s:–—\-,]/.test(t[ls]!)) ls++;
    let le = regionEnd;
    while (le > ls && /[\s:;,.–—\-]/.test(t[le - 1]!)) le--;
    if (le <= ls) continue;
    return { kind: 'closed', sentence: index, list: span(s, ls, le), insertAt: s.map[regionStart - 1]! + 1 };
  }
  if (condAfterNeg && generalOffence(t, [negEnd, condAfterNeg.index])) return { kind: 'general', sentence: index };
  return { kind: 'unknown', sentence: index };
}

const SAVING_CLAUSE = /\bnothing\s+in\s+this\s+(?:section|part|act|article|chapter)\b|\bwithout\s+prejudice\s+to\b|\b(?:does|shall)\s+not\s+(?:affect|limit|prejudice|derogate\s+from|exclude)\s+(?:the\s+|any\s+)?(?:availability|operation|defen)/i;

const CONJUNCTION = /\b(?:if|where|when|provided\s+that|to\s+the\s+extent\s+that|to\s+the\s+extent|insofar\s+as|because|only\s+if|unless)\b|\bthat(?=\s*[—–:-])/gi;

/** The condition a duress test sits in: from its conjunction to the end of the sentence or clause. */
function conditionAround(s: Sentence, at: number): NexusHit['condition'] {
  const t = s.text;
  const from = Math.max(0, at - MAX_REGION);
  const cons = allMatches(CONJUNCTION, t.slice(from, at)).map((m) => Object.assign(m, { index: m.index + from }));
  const c = cons[cons.length - 1];
  if (!c) return undefined;
  let end = t.length;
  // "The conditions are that— (a) ...; and (b) ...": a condition set out as a list runs to the end of the list.
  const listed = /^that$/i.test(c[0]);
  const stop = listed ? null : /[;]|\.(?=\s|$)/.exec(t.slice(at, at + MAX_REGION));
  if (stop) end = at + stop.index;
  else end = Math.min(end, at + MAX_REGION);
  while (end > c.index && /[\s.;,]/.test(t[end - 1]!)) end--;
  return { span: span(s, c.index, end), conjunction: c[0].toLowerCase() === 'that' ? 'that' : c[0] };
}

function nexusOf(s: Sentence, index: number): NexusHit[] {
  const out: NexusHit[] = [];
  const t = s.text;
  const causation = allMatches(CAUSATION, t);
  for (const m of causation) out.push({ kind: 'causation', span: span(s, m.index, m.index + m[0].length), sentence: index });
  // "Nothing in this section affects the defences of duress or necessity": keeps other defences open.
  const saving = SAVING_CLAUSE.test(t);
  for (const m of allMatches(DURESS_LEVEL, t)) {
    if (notRequired(t, m.index)) continue;
    if (/^duress$/i.test(m[0]) && (saving || /\bdefen[cs]es?\s+of\s+(?:[\w-]+,?\s+){0,4}$/i.test(t.slice(Math.max(0, m.index - 60), m.index)))) continue;
    // The reasonable-person test is duress-level when it asks whether there was an alternative.
    if (/^reasonable\s+person$/i.test(m[0]) && !/\b(?:alternative|choice|option)\b/i.test(t.slice(m.index, m.index + 300))) continue;
    let end = m.index + m[0].length;
    // The reasonable-person test runs to "no realistic alternative to doing that act".
    if (/^reasonable\s+person/i.test(m[0])) {
      const alt = /\b(?:alternative|choice|option)\b(?:\s+(?:to|but)\s+(?:\w+\s+){0,4}?(?:(?:that|the|this)\s+(?:act|offen[cs]e|conduct)|it|so|that)\b)?/i.exec(t.slice(end, end + 300));
      if (alt) end = end + alt.index + alt[0].length;
    }
    const hit: NexusHit = { kind: 'duress', span: span(s, m.index, end), sentence: index };
    const cond = conditionAround(s, m.index);
    if (cond) hit.condition = cond;
    out.push(hit);
  }
  for (const m of allMatches(COMPULSION, t)) {
    if (notRequired(t, m.index)) continue;
    if (saving && /\bdefen[cs]es?\b/i.test(t)) continue;
    // "as a direct result of being trafficked, or of being compelled": compulsion is only an alternative.
    const alternative = causation.some((c) => {
      const between = c.index < m.index ? t.slice(c.index + c[0].length, m.index) : t.slice(m.index + m[0].length, c.index);
      return /\bor\b/i.test(between) && !/\band\b/i.test(between) && between.length < 120;
    });
    if (alternative) continue;
    const hit: NexusHit = { kind: 'compulsion', span: span(s, m.index, m.index + m[0].length), sentence: index };
    const cond = conditionAround(s, m.index);
    if (cond) hit.condition = cond;
    out.push(hit);
  }
  return out;
}

function burdenOf(s: Sentence, index: number): BurdenHit[] {
  const t = s.text;
  const hits: BurdenHit[] = [];
  for (const m of allMatches(LEGAL_BURDEN, t)) {
    if (notRequired(t, m.index)) continue;
    if (/^to\s+the\s+satisfaction/i.test(m[0]) && /\b(?:prosecution|prosecutor|the\s+state|the\s+crown)\b/i.test(t.slice(Math.max(0, m.index - 80), m.index))) continue;
    hits.push({ kind: 'legal', span: span(s, m.index, m.index + m[0].length), sentence: index });
  }
  for (const m of allMatches(ACCUSED_STANDARD, t)) {
    if (notRequired(t, m.index)) continue;
    const before = t.slice(Math.max(0, m.index - 100), m.index);
    if (/\b(?:prosecution|prosecutor|the\s+state|the\s+crown)\b/i.test(before) && !/\b(?:accused|defendant|person\s+charged)\b/i.test(before)) continue;
    hits.push({ kind: 'standard', span: span(s, m.index, m.index + m[0].length), sentence: index });
  }
  for (const m of allMatches(AFFIRMATIVE_DEFENCE, t)) {
    hits.push({ kind: 'affirmative', span: span(s, m.index, m.index + m[0].length), sentence: index });
  }
  return hits;
}

function childAges(model: SectionModel): ChildAge[] {
  const out: ChildAge[] = [];
  for (const d of model.definitions) {
    if (!CHILD_TERM.test(d.term)) continue;
    const m = AGE_LIMIT.exec(d.body.text);
    if (!m) continue;
    const raw = m[1]!;
    const age = /^\d+$/.test(raw) ? Number(raw) : NUMBER_WORDS[raw.toLowerCase()] ?? 18;
    const at = m.index + m[0].length - raw.length;
    const [a, b] = sourceSpan(d.body, at, at + raw.length);
    const scoped = /\bfor\s+the\s+purposes?\s+of\s+(?:sections?|parts?|chapters?|articles?|subsections?)\s+\d/i.test(d.body.text);
    out.push({ term: d.term, scoped, age, ageText: raw, span: { start: a, end: b } });
  }
  return out;
}

const BROAD_MEANS = /\bposition\s+of\s+vulnerability\b/i;
const DECEPTION = /\b(?:deception|fraud|deceit)\b/i;

export function analyseSection(model: SectionModel): SectionFacts {
  const headingIsProvision = PROVISION_HEADING.test(model.title || model.heading);
  const protective: number[] = [];
  const coverage: Coverage[] = [];
  const nexus: NexusHit[] = [];
  const burden: BurdenHit[] = [];
  let prosecutionBurden = false;
  let mentionsChild = false;
  let mentionsChildVictim = false;
  let childRelief = false;
  let requiresMeans = false;
  const restrictions: Span[] = [];
  let broadCompulsion = false;
  model.sentences.forEach((s, i) => {
    const t = s.text;
    nexus.push(...nexusOf(s, i));
    burden.push(...burdenOf(s, i));
    if (PROSECUTION_BURDEN.test(t)) prosecutionBurden = true;
    const sentenceNexus = nexus.filter((h) => h.sentence === i);
    if (CHILD_REFERENCE.test(t)) {
      mentionsChild = true;
      if (!sentenceNexus.some((h) => h.kind !== 'causation')) childRelief = true;
      const isDefinition = new RegExp(DEFINITION.source, 'i').test(t);
      if (!isDefinition && /\b(?:victims?|trafficked|trafficking)\b/i.test(t)) mentionsChildVictim = true;
    }
    // Two or more of the means named as what the act must result from: proof of means is required.
    const means = allMatches(MEANS_WORD, t);
    if (means.length >= 2 && /\b(?:consequence|result|because|by\s+means|through|owing)\b/i.test(t) && !notRequired(t, means[0]!.index)) requiresMeans = true;
    const only = /\b(?:applies|apply|shall\s+apply|extends?)\s+only\s+(?:to|in\s+respect\s+of|in\s+relation\s+to)\s+/i.exec(t);
    if (only) {
      const from = only.index + only[0].length;
      const rest = t.slice(from, from + 400);
      const end = /[.;]\s|[.;]$/.exec(rest);
      const phrase = rest.slice(0, end ? end.index : rest.length);
      if (OFFENCE_KIND.test(phrase) || /\b(?:schedule|specified|listed)\b/i.test(phrase)) restrictions.push(span(s, from, from + phrase.length));
    }
    if (/\b(?:compel\w*|compulsion|coerc\w*)\b/i.test(t) && /\b(?:means|includes?|include)\b/i.test(t) && BROAD_MEANS.test(t) && DECEPTION.test(t)) broadCompulsion = true;
    const neg = firstMatch(PUNISHMENT_NEGATION, t);
    if (!neg) return;
    // A list item ("7. To be exempted from criminal liability...") takes its subject from the words introducing the list.
    const lead = model.sentences[i - 1];
    const inList = model.clauses[s.clause]?.level !== 'text' || (lead !== undefined && /[:—–-]\s*(?:\[\.\.\.\])?$/.test(lead.text));
    const victim = VICTIM_REFERENCE.test(t) || (inList && lead !== undefined && VICTIM_REFERENCE.test(lead.text));
    const defence = DEFENCE_FORM.test(neg[0]);
    const subject = t.slice(0, neg.index);
    const victimAt = subject.search(VICTIM_REFERENCE);
    const actor = OTHER_ACTOR.exec(subject);
    // In "the official is barred from taking proceedings against a trafficked person" the actor is
    // the State and the victim is the object: only a passive protection names the protected first.
    const active = /\bbarred\b|\bnot\s+(?:to\s+)?(?:prosecut|punish|penali|impos|hold|detain|arrest|charg)|\bneither\b|\bdecline\b|\brefrain\b|\bdiscontinue\b|^no\s/i.test(neg[0]);
    const someoneElse = !active && actor !== null && (victimAt < 0 || actor.index < victimAt);
    const isProtective =
      headingIsProvision ||
      (victim && !someoneElse && OFFENDING.test(t) && (!defence || (ACCUSED_IS_VICTIM.test(t) && !KNOWLEDGE_OF_VICTIM.test(t))));
    if (!isProtective) return;
    protective.push(i);
    coverage.push(coverageOf(s, i, neg));
  });
  for (const d of model.definitions) {
    if (/^(?:compel\w*|compulsion|coerc\w*|forced?)$/i.test(d.term) && BROAD_MEANS.test(d.body.text) && DECEPTION.test(d.body.text)) broadCompulsion = true;
  }
  return {
    headingIsProvision,
    protective,
    coverage,
    nexus,
    burden,
    prosecutionBurden,
    mentionsChild,
    childRelief,
    requiresMeans,
    restrictions,
    mentionsChildVictim,
    childAges: childAges(model),
    broadCompulsion,
  };
}
