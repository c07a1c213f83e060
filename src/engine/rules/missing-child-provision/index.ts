import { SCAN_WORDS } from './scan-words.js';
import { defineRule, type ExplainItem } from '../../rule.js';
import { CITE } from '../../citations.js';
import { notRequired, span, type Span } from '../../analyse.js';
import { DEFINITION } from '../../lexicon.js';
import type { AnalysedBill, AnalysedSection } from '../../model.js';
import type { Fix, TextEdit } from '../../types.js';
import { ANY_OFFENCE, article, childDefinition, childLimbWording, conventionsFor, exemptsNamedConduct, inBillSpelling, inOwnStatus, protectionPart, selfName } from '../bill-wording.js';
import { inBillQuotes } from '../../drafting/index.js';
import { firstMatch, has, matchAll } from '../../patterns.js';
import { sourceSpan } from '../../text.js';
import { abs, definitionEntry, insertionText, newSubsection, patternText, provisionAnchor, quoteWords, sectionsOf, type NewSubsection } from '../util.js';
import { ageBarEdit } from './age-bar.js';
import { amongMeansOfTrafficking, compulsionEnd, demandsCompulsion, provisionCausationFix, type NexusFacts } from '../duress-threshold/index.js';
import { MEANS_WORD } from '../duress-threshold/patterns.js';
import { childConditions, displacementWording, ONE_OFFENCE, type OtherConditions, type UnitWords } from './conditions.js';
import type { ConditionFacts } from '../conditional-protection/index.js';
import type { DiscretionFacts } from '../discretionary-protection/index.js';
import type { ScopeFacts } from '../discriminatory-scope/index.js';
import { termIndex, termsUsed, type ClosedListFacts } from '../closed-offence-list/index.js';
import type { GravityFacts } from '../serious-offence-exclusion/index.js';
import { ADULT_ONLY, AGE_LIMIT, CHILD, CHILD_TERM, MEANS_ASKED, NUMBER_WORDS, OFFENCE_MANNER, SAME_CONDITIONS } from './patterns.js';

export interface ChildAge {
  term: string;
  /** The definition is for one purpose only ("for the purposes of section 40"). */
  scoped: boolean;
  age: number;
  ageText: string;
  span: Span;
}

export interface ChildFacts {
  /** Sentences that relieve children of any test of compulsion (a child limb). */
  limbs: Span[];
  /** Child limbs that still demand compulsion, or one of the means of trafficking ("the child was deceived"). */
  demandingLimbs: { span: Span; why: 'compulsion' | 'same-conditions' | 'means' }[];
  /** Child limbs that extend the adults' test to children ("under the same conditions"): a limb only if that test asks no compulsion. */
  sameConditions: Span[];
  /** Words limiting a protection to adults ("aged 18 or over"). */
  adultOnly: Span[];
  /** The section says something of child victims (anywhere in the bill counts for the hint). */
  mentionsChildVictim: boolean;
  childAges: ChildAge[];
  /**
   * Whether the means of trafficking the section names (two or more, as what the act must result from)
   * are the trafficker's means, once words describing the offence the victim committed are set aside
   * ("provided that they were not committed with violence or serious threat against a person" carves
   * offences out; it asks the victim to show nothing).
   */
  traffickerMeans: boolean;
}

const CHILD_SET = Object.values(CHILD);

/** `text` with the words describing the manner of the victim's own offence ("committed with violence against a person") blanked, offsets kept. */
function withoutOffenceManner(text: string): string {
  return text.replace(OFFENCE_MANNER, (m) => ' '.repeat(m.length));
}

/**
 * Whether a sentence asks that the act result from the trafficker's means: two or more of the means
 * named beside words of result ("as a consequence of violence, threats or deception"), not said to be
 * unnecessary, and not words that describe how the victim's own offence was committed (the test the
 * link rule applies, without the offences carved out by their manner).
 */
function asksTraffickerMeans(text: string): boolean {
  const t = withoutOffenceManner(text);
  const means = matchAll(MEANS_WORD, t);
  return means.length >= 2 && /\b(?:consequence|result|because|by\s+means|through|owing)\b/i.test(t) && !notRequired(t, means[0]!.index) && !amongMeansOfTrafficking(t, means[0]!.index);
}

/**
 * Where a child clause still asks the child to show one of the means of trafficking ("it shall be
 * sufficient to show that the child was deceived or induced by the trafficker"), the end of those words
 * in the clause; undefined where it asks for none, or says they need not be shown.
 */
function meansAskedEnd(clause: string): number | undefined {
  for (const m of matchAll([MEANS_ASKED], clause)) {
    if (notRequired(clause, m.index)) continue;
    return m.end;
  }
  return undefined;
}

/** A rule against detention has no test a child could fail: the hint is not given for it alone. */
const NO_TEST = new Set(['non-detention']);

function childAges(section: { model: AnalysedSection['model'] }): ChildAge[] {
  const out: ChildAge[] = [];
  for (const d of section.model.definitions) {
    if (!CHILD_TERM.test(d.term)) continue;
    const m = firstMatch(AGE_LIMIT, d.body.text);
    if (!m) continue;
    const raw = m.groups[0]!;
    const age = /^\d+$/.test(raw) ? Number(raw) : NUMBER_WORDS[raw.toLowerCase()] ?? 18;
    const at = m.end - raw.length;
    const [a, b] = sourceSpan(d.body, at, at + raw.length);
    const scoped = /\bfor\s{1,8}the\s{1,8}purposes?\s{1,8}of\s{1,8}(?:sections?|parts?|chapters?|articles?|subsections?)\s{1,8}\d/i.test(d.body.text);
    out.push({ term: d.term, scoped, age, ageText: raw, span: { start: a, end: b } });
  }
  return out;
}

/**
 * The edits that add a child limb to the provision, in the drafter's numbering and placement (see
 * `newSubsection`: "(4)" after three subsections; in a section of one unnumbered paragraph, that
 * paragraph becomes "(1)" and the limb "(2)"; before the definitions or Explanation that close the
 * section, which move up by one) and wording (see bill-wording.ts: the bill's terms, quotation
 * marks, spelling and way of writing ages). Where the bill does not define "child" and the provision
 * closes with a list of definitions, the definition goes into that list rather than into the limb.
 * Inserted right after words the parser read as prose, so the new limb is read as prose too; a
 * provision with no text of its own gets no automatic insertion.
 */
function childLimbEdits(bill: AnalysedBill, s: AnalysedSection, factsOf: <G>(ruleId: string, section: AnalysedSection) => G): TextEdit[] | undefined {
  const found = newSubsection(s, bill.text, bill.eol);
  if (!found) return undefined;
  const conv = conventionsFor(bill);
  const { n, own } = belowHeadedPart(s, found, ownUnits(s, found));
  // In a section that also creates the offence, "this section applies to any offence committed by the
  // child" would be the offence: the limb names the part holding the protection.
  const self = protectionPart(s, s.protections.map((p) => s.base + p.relief.start), true) ?? own.self;
  // A protection in a Note under an article (the article being the offence): "child" is defined for the Note, and the
  // as-if sentence reads the Note, never the whole article, whose own parts may turn on the victim's age (drafter review 8, C5).
  const inNote = /^the Note to /.test(self);
  const unit = n.numbered ? own.part : inNote ? 'this Note' : selfName(s);
  const d = childDefinition(conv);
  const entry = !conv.childTerm?.defined && n.definitions ? definitionEntry(n.definitions, d.term, d.verb, d.body) : undefined;
  const other: OtherConditions = {
    conditional: factsOf<ConditionFacts>('conditional-protection', s),
    discretion: factsOf<DiscretionFacts>('discretionary-protection', s),
    scope: factsOf<ScopeFacts>('discriminatory-scope', s),
    closed: factsOf<ClosedListFacts>('closed-offence-list', s),
    modal: conv.modal,
    definedAs: definedIn(bill),
  };
  const childWords = `${article(childWord(conv))} ${childWord(conv)}`;
  const displaced = displacementWording(childConditions(s, factsOf<NexusFacts>('duress-threshold', s), factsOf<GravityFacts>('serious-offence-exclusion', s), unitWords(s, n, own, bill.text), other), inNote ? self : own.self, childWords, conv.overriding);
  const means = meansInDefinition(s, own.self, childWords);
  const displace = means ? { ...displaced, after: displaced.after ? `${displaced.after} ${means}` : means } : displaced;
  // Relief from a conviction, alone or beside a trial-stage protection ("shall not be liable ..., and any conviction shall be
  // set aside"): what counts is the age when the offence was committed, which the trial-stage protection shares.
  // A motion to vacate a conviction ("may ask the court by motion to vacate it") counts too, however the protection is read.
  const past = s.protections.some((p) => p.form === 'record-relief') || clearsConviction(s.model.clauses.filter((c) => c.quoted !== 'instrument').map((c) => c.text).join('\n'));
  const limbWords = ownClass(inBillSpelling(bill.text, childLimbWording(conv, unit, self, { define: !entry, displace, past })), bill.text, s);
  // A protection split over parts of different kinds (a presumption in one, a defence in another), or a narrow
  // exemption for the conduct it names: "this section applies to any offence" would leave unclear which rule
  // applies, or turn the exemption into another rule; the limb states a rule of its own for the child.
  // Only where the limb would name the parts ("subsection (b) or (c) applies"): "this section applies" to a child is clear.
  const split = / or /.test(self) && splitProtection(s);
  const words = !past && (split || narrowExemption(s, factsOf<NexusFacts>('duress-threshold', s))) ? ownRule(limbWords, childWord(conv), conv.modal) : limbWords;
  const numbering = n.numbering.map((e) => capitalised(bill.text, e));
  const limb = quotingCapitalised(words, bill.text, numbering);
  return [...numbering, { start: n.at, end: n.at, newText: insertionText(n, limb, bill.eol) }, ...(entry ? [{ ...entry, newText: inBillQuotes(conv, entry.newText) }] : [])];
}

/** The body of the bill's definition of a term that `words` use ("a trafficking-related offence"), if any (the index built once, on first use). */
function definedIn(bill: AnalysedBill): (words: string) => string | undefined {
  let index: ReturnType<typeof termIndex> | undefined;
  return (words) => {
    index ??= termIndex(bill.sections.filter((s) => s.inFull).flatMap((s) => s.model.definitions.map((d) => ({ s, d }))));
    return termsUsed(words.toLowerCase().replace(/\s+/g, ' '), index)[0]?.d.body.text;
  };
}

/** The kind of rule a protection is, for telling parts of different kinds apart: the defences are one kind. */
function protectionKind(form: string): string {
  return /defence|not-guilty/.test(form) ? 'defence' : form;
}

/**
 * Whether the section's protection is split over numbered parts of different kinds ("(b) ... it shall be
 * presumed that the person committed the offense under coercion"; "(c) It is an affirmative defense to a
 * charge under this section ..."): a limb saying that "subsection (b) or (c) applies" to a child (in a
 * section that also creates the offence, see `protectionPart`) would leave unclear which applies and what
 * is presumed for "any offense". Relief from a conviction beside a trial-stage protection is not such a
 * split (the limb asks the age at the time of the offence for both).
 */
function splitProtection(s: AnalysedSection): boolean {
  const sentences = s.model.sentences;
  const parts = new Map<number, Set<string>>();
  for (const p of s.protections) {
    if (p.form === 'record-relief' || p.form === 'non-detention') return false;
    const clause = sentences[p.sentence]?.clause;
    if (clause === undefined || !/^\(\w{1,4}\)$/.test(s.model.clauses[clause]?.marker ?? '')) return false;
    const kinds = parts.get(clause) ?? new Set<string>();
    kinds.add(protectionKind(p.form));
    parts.set(clause, kinds);
  }
  if (parts.size < 2) return false;
  return new Set([...parts.values()].flatMap((k) => [...k])).size > 1;
}

/**
 * Whether every protection of the section is a narrow exemption: a compulsion test whose condition names
 * the very conduct exempted ("where a person ... kills or injures the perpetrator in the course of
 * escaping, such person shall not be liable to any punishment"; "has been compelled to engage in
 * prostitution", see `exemptsNamedConduct`), not offences in general. A limb saying that the section
 * "applies to any offence" would turn such an exemption into a different rule.
 */
function narrowExemption(s: AnalysedSection, nexus: NexusFacts): boolean {
  if (!s.protections.length) return false;
  const narrow = narrowSentences(s, nexus);
  return s.protections.every((p) => narrow.has(p.sentence));
}

/**
 * Whether the section gives a general protection: one, not a narrow exemption (see `narrowExemption`),
 * that covers offences or unlawful acts in general ("for any offence", "an offence", "unlawful acts").
 */
function generalProtection(s: AnalysedSection, nexus: NexusFacts): boolean {
  const narrow = narrowSentences(s, nexus);
  return s.protections.some((p) => !narrow.has(p.sentence) && ANY_OFFENCE.test(s.model.sentences[p.sentence]?.text ?? ''));
}

/** The sentences of the section whose compulsion test names the very conduct exempted (see `narrowExemption`). */
function narrowSentences(s: AnalysedSection, nexus: NexusFacts): Set<number> {
  const sentences = s.model.sentences;
  const narrow = new Set<number>();
  for (const h of nexus.hits) {
    const c = h.condition;
    if (h.kind === 'causation' || !c) continue;
    const p = s.protections.find((x) => x.sentence === h.sentence);
    const to = p && p.reliefAt.from > c.from && p.reliefAt.from < c.to ? p.reliefAt.from : c.to;
    const t = sentences[h.sentence]?.text ?? '';
    if (exemptsNamedConduct(t.slice(c.from + c.conjunction.length, to), `${t.slice(0, c.from)} ${t.slice(to)}`)) narrow.add(h.sentence);
  }
  return narrow;
}

/** The limb's words that `ownRule` restates, up to its link to the trafficking (any of `LIMB_LINKS`). */
const OWN_RULE_FROM = /^Where [^,]{1,120}?, (?:[^,]{1,80}?) applies(?:, ([^,]{1,300}?),)? to any (offen[cs]e(?: or contravention)?|act) (committed|done) by the \w{1,20} (?=(?:as a direct result of|as a result of|in (?:direct )?connection with) )/;

/**
 * The limb `words` ("Where the person is a child, subsection (b) or (c) applies to any offense committed by
 * the child as a direct result of ...") as a rule of its own for the child: "A child shall not be liable to
 * punishment for any offense committed as a direct result of ...", keeping the rest of the limb (no
 * compulsion or means to be shown, the definition of "child") and any exclusion it is written despite
 * ("Despite subsection (4), a child shall not ..."). `child` is the bill's word for a child; `modal` its
 * "shall" or "must". The words are returned unchanged where they are not shaped so.
 */
function ownRule(words: string, child: string, modal: 'shall' | 'must'): string {
  const m = OWN_RULE_FROM.exec(words);
  if (!m) return words;
  // From "despite" to the end of the displacement ("without the condition in ... and despite subsection (4)").
  const at = m[1] ? /\b(?:despite|notwithstanding)\s/i.exec(m[1])?.index : undefined;
  const despite = at !== undefined ? m[1]!.slice(at) : undefined;
  const subject = `${article(child)} ${child}`;
  const rule = `${subject} ${modal} not be liable to punishment for any ${m[2]} ${m[3]} `;
  const opening = despite ? `${despite.charAt(0).toUpperCase()}${despite.slice(1)}, ${rule}` : `${rule.charAt(0).toUpperCase()}${rule.slice(1)}`;
  // The rule stands alone: sentences reading the provision's own parts for a child ("Subsection (b) applies to a child
  // as if for the words "under this section" there were substituted ...") adjust limbs the rule does not use.
  const rest = words
    .slice(m[0].length)
    .split(/(?<=\.)\s(?=[A-Z])/)
    .filter((x) => !/^(?:Sub-?sections?|Paragraphs?|Subparagraphs?|Sections?|Subdivisions?|Subd\.|Articles?|This\s(?:section|article))\b[^]*?\bappl(?:y|ies)\sto\s(?:an?|the)\s[\w-]{1,20}\sas\sif\b/.test(x))
    .join(' ');
  return opening + rest;
}

/**
 * A number put before a paragraph that opens in lower case (words quoted mid-sentence: "a victim of
 * trafficking shall not ..."), with its first letter capitalised: a numbered subsection opens as a sentence.
 */
function capitalised(text: string, e: TextEdit): TextEdit {
  if (e.start !== e.end || !/^\(\w{1,4}\)\s$/.test(e.newText)) return e;
  // The whole first word, and the next after a word of one or two letters ("a victim"), so that an
  // amendment paper can name the words it replaces.
  const words = /^[a-z][a-z]{0,1}\s{1,4}[a-z]{1,30}\b|^[a-z]{3,30}\b/.exec(text.slice(e.end, e.end + 40));
  if (!words) return e;
  return { start: e.start, end: e.end + words[0].length, newText: `${e.newText}${words[0].charAt(0).toUpperCase()}${words[0].slice(1)}` };
}

/**
 * `words` (the limb) with its quotations of the opening words of a paragraph that `edits` capitalised
 * ("as if the words "where the circumstances so justify" were omitted") capitalised too, so that they
 * quote the provision as amended.
 */
function quotingCapitalised(words: string, text: string, edits: TextEdit[]): string {
  let out = words;
  for (const e of edits) {
    if (e.end === e.start) continue;
    const opening = text.slice(e.start, e.start + 400);
    out = out.replace(/(["“])([a-z][^"“”\n]{0,300})(["”])/g, (m, open: string, q: string, close: string) => (opening.startsWith(q) ? `${open}${q.charAt(0).toUpperCase()}${q.slice(1)}${close}` : m));
  }
  return out;
}

/** A conviction cleared after the event: "vacate the conviction", "whose conviction ... may ask the court by motion to vacate it", "expunge", "set aside", "quash". */
const CONVICT = /\bconvict(?:ed|ions?)\b/gi;
const CLEAR_VERB = /\b(?:vacat(?:e|ed|ing)|expung\w{0,6}|quash\w{0,4}|set\s{1,4}aside)\b/gi;

/**
 * Whether `text` clears a conviction: "convicted"/"conviction" followed within 160 characters (no full
 * stop or semicolon between) by "vacate", "expunge", "quash" or "set aside", or one of those verbs
 * followed within three words by "conviction(s)". Found with two simple searches and a check of the
 * words between, not one pattern spanning the gap (which the ReDoS checker could not decide).
 */
function clearsConviction(text: string): boolean {
  for (const c of text.matchAll(CONVICT)) {
    const from = c.index + c[0].length;
    const gap = text.slice(from, from + 170);
    const stop = /[.;]/.exec(gap);
    CLEAR_VERB.lastIndex = 0;
    const v = CLEAR_VERB.exec(gap);
    if (v && v.index <= 160 && (!stop || v.index < stop.index)) return true;
  }
  for (const v of text.matchAll(CLEAR_VERB)) {
    const after = text.slice(v.index + v[0].length, v.index + v[0].length + 60);
    if (/^\s{1,4}(?:\w{1,12}\s{1,4}){0,3}?convictions?\b/i.test(after)) return true;
  }
  return false;
}

/**
 * Where the provision's own definition of the person protected names the means of trafficking ("'victim
 * of trafficking' means a person who was recruited ... by means of violence or threats for the purpose
 * of exploitation"), the sentence that sets them aside for a child, so that the limb's "it is not
 * necessary to show ... any of the means" does not contradict it: "The definition of "victim of
 * trafficking" in this section applies to a child as if the words "by means of violence or threats"
 * were omitted." Undefined where no such definition is in the provision.
 */
function meansInDefinition(s: AnalysedSection, self: string, child: string): string | undefined {
  for (const d of s.model.definitions) {
    if (!/\b(?:victims?|trafficked|persons?)\b/i.test(d.term)) continue;
    const m = /\bby\s{1,4}(?:means\s{1,4}of|the\s{1,4}use\s{1,4}of|use\s{1,4}of)\s[^,;.\n]{1,100}?(?=\s{1,4}(?:for|with)\s{1,4}the\s{1,4}(?:purpose|aim|intention)|[,;.]|$)/i.exec(d.body.text);
    if (!m || !has([MEANS_WORD], m[0])) continue;
    return `The definition of "${d.term}" in ${self} applies to ${child} as if the words "${m[0].replace(/\s+/g, ' ')}" were omitted.`;
  }
  return undefined;
}

/** The status named by a provision's link: "(a direct) result of the person being [a victim of an offence against Division 270 or 271]". */
const OWN_LINK = /\b(?:result|consequence)\s{1,4}of\s{1,4}(?:the\s{1,4}(?:person|victim|defendant|accused)(?:['’]s)?\s{1,4}|his\s{1,4}or\s{1,4}her\s{1,4}|their\s{1,4})?(being|having\s{1,4}been)\s{1,4}([^.;,\n]{3,80}?)(?=\s{0,4}(?:[.;,]|$)|\s{1,4}(?:if|where|when|whenever|while|unless|because|provided|and|during|at\s{1,4}the\s{1,4}time)\b)/im;
/** A status wider than trafficking: offences named by their place in the law ("an offence against Division 270 or 271"), slavery, servitude, forced labour, exploitation. */
const WIDER_STATUS = /\b(?:offen[cs]es?\s{1,4}against|slavery|servitude|forced\s{1,4}labou?r|exploit\w{0,6})\b/i;

/** A class named with an alternative: "a victim of trafficking in persons, or of holding a person in conditions of slavery or forced labour". */
const VICTIM_OF_OR = /\bvictims?\s{1,4}of\s{1,4}([^,;.\n]{3,60}?),\s{0,4}or\s{1,4}of\s{1,4}([^,;.\n]{3,100}?)(?=\s{0,4}[,;.]|\s{1,4}(?:shall|is|are|may|must|will)\b)/i;
/** Words of a rule against detention ("shall not be detained", "held in a custody facility"). */
const DETENTION = /\b(?:detain\w{0,4}|detention|custody)\b/i;
/** Words of a provision that speaks of offences or their consequences. */
const OFFENCE_WORDS = /\b(?:offen[cs]es?|crimes?|criminal|unlawful|illegal|liab\w{0,6}|prosecut\w{0,6}|punish\w{0,6}|convict\w{0,6}|penal\w{0,6})\b/i;

/** "a victim of the offences under Articles 600 and 601": a class named by the provisions that create the offences against the person (group 1 the unit, group 2 its numbers). */
const OFFENCES_UNDER = /\bvictims?\s{1,4}of\s{1,4}(?:the\s{1,4}|an?\s{1,4}|any\s{1,4})?(?:offen[cs]es?|crimes?)\s{1,4}(?:under|against|in|referred\s{1,4}to\s{1,4}in)\s{1,4}(Articles?|[Ss]ections?)\s{1,4}(\d{1,4}(?:[.-]\d{1,4}){0,2}(?:-?[A-Za-z]{1,6})?(?:(?:\s{0,4},\s{0,4}|\s{1,4}(?:and|or)\s{1,4})\d{1,4}(?:[.-]\d{1,4}){0,2}(?:-?[A-Za-z]{1,6})?){0,4})(?![\w-]|\.\d)/;

/** "trafficked person", "presumed victim", "exploited persons": a class the provision names by its own adjective. */
const OWN_NAME = /^(trafficked|exploited|presumed|suspected|potential|possible)\s{1,4}(persons?|victims?|individuals?)$/i;

/** "person affected by trafficking", "person subjected to trafficking in persons": a class named by what was done to the person. */
const DONE_TO = /^(?:person|individual)s?\s{1,4}(?:affected|subjected|exploited)\b/i;

/**
 * The limb `words` naming the class the provision itself protects, as wide as the adults' rule: its
 * status where wider than trafficking ("being, or having been, a victim of slavery or human
 * trafficking", "a victim of slavery or relevant exploitation": the duress rule's `inOwnStatus`), and
 * its own name for the person where the provision names them by what was done to them ("Where the
 * person affected by trafficking is a child", with the link to the child's "having been trafficked").
 */
/**
 * The limb's link to the trafficking: "as a direct result of " (group 1) and the words after it up to
 * ", and it is not necessary" (group 2, at most 160 characters), shaped like a match (`index`, `[0]`).
 * Two searches, not one pattern: a lazy gap before a lookahead is more than the ReDoS checker decides.
 */
function limbLink(words: string): { index: number; 0: string; 1: string; 2: string } | undefined {
  const lead = 'as a direct result of ';
  const stop = ', and it is not necessary';
  const at = words.indexOf(lead);
  if (at < 0) return undefined;
  const end = words.indexOf(stop, at + lead.length);
  if (end < 0 || end - (at + lead.length) < 1 || end - (at + lead.length) > 160 || words.slice(at + lead.length, end).includes('\n')) return undefined;
  return { index: at, 0: words.slice(at, end), 1: lead, 2: words.slice(at + lead.length, end) };
}

function ownClass(words: string, text: string, s: AnalysedSection): string {
  const provision = s.model.clauses.filter((c) => c.quoted !== 'instrument' && !c.recital).map((c) => c.text).join('\n');
  let out = words;
  const link = limbLink(out);
  if (link) {
    const kept = inOwnStatus(link[2]!, provision);
    // "being, or having been, such a victim" refers back to words the limb does not repeat.
    if (kept !== link[2] && !/\bsuch\b/i.test(kept)) out = out.slice(0, link.index + link[1]!.length) + kept + out.slice(link.index + link[0].length);
    else {
      // The status the provision's own link names, where wider than trafficking: "a direct result of the
      // person being a victim of an offence against Division 270 or 271", "as a result of the person having
      // been trafficked or subjected to forced labour".
      const own = OWN_LINK.exec(provision);
      // Where no comma closes the link, the sentence's own verb ends it ("... having been exploited incurs no penalty").
      const linked = own?.[2]!.replace(/\s+/g, ' ');
      const verb = linked === undefined ? null : /\s(?:incurs?|is|are|was|were|shall|may|must|will|can|cannot|does|do|has|have|bears?|commits?|takes?|gets?)\b/i.exec(linked);
      const status = linked === undefined ? undefined : verb ? linked.slice(0, verb.index) : linked;
      const alternative = VICTIM_OF_OR.exec(provision);
      if (own && status && WIDER_STATUS.test(status) && !/\b(?:his|her|their|its|the\s+person|such|may|shall|must|be|is|are|forced(?!\s{1,4}labou?r)|compelled|coerced|by)\b/i.test(status)) {
        out = out.slice(0, link.index + link[1]!.length) + `the child's ${own[1]!.replace(/\s+/g, ' ').toLowerCase()} ${status}` + out.slice(link.index + link[0].length);
      } else if (alternative && WIDER_STATUS.test(alternative[2]!) && !/\bsuch\b/i.test(alternative[0])) {
        // "a victim of trafficking in persons, or of holding a person in conditions of slavery or forced labour".
        out = out.slice(0, link.index + link[1]!.length) + `the child's being a victim of ${alternative[1]!.replace(/\s+/g, ' ')}, or of ${alternative[2]!.replace(/\s+/g, ' ')}` + out.slice(link.index + link[0].length);
      } else if (!/\btraffick/i.test(provision) && /\bexploit(?:ed|ing)\b/i.test(provision)) {
        // A provision for persons exploited by another, which never speaks of trafficking ("compelled ... by
        // another person who was exploiting the person"): the child's having been exploited.
        out = out.replace(/(['’]s) being an? [\w ]{1,40}?(?=, and it is not necessary)/, '$1 having been exploited');
        // Nor does it speak of a "victim": the person is a child.
        if (!/\bvictims?\b/i.test(provision)) out = out.replace(/^Where the victim (is|was) /, 'Where the person $1 ');
      }
    }
  }
  // A rule against detention that says nothing of offences ("shall not be held in a custody facility"): the
  // limb says for whom it holds, whatever the means used, not to which offences.
  if (s.protections.every((p) => p.form === 'non-detention') && DETENTION.test(provision) && !OFFENCE_WORDS.test(provision)) {
    out = out.replace(/ to any offen[cs]e committed by the (\w+) as a direct result of the \1['’]s (?:being ([^,]{1,200}(?:, or of [^,]{1,200})?)|[^,]{1,200}), and it is not necessary to show that the \1 was compelled to commit the offen[cs]e or that any of the means of trafficking was used\./, (_m, child: string, status?: string) =>
      ` to the ${child}${status ? ` as ${status},` : ''} whether or not any of the means of trafficking was used.`,
    );
  }
  // A class named by the offences committed against the person ("A victim of the offences under Articles 600 and
  // 601", slavery and trafficking): the link, in the limb and its as-if sentence, is to being a victim of any of
  // them ("being a victim of the offences under Articles 600 and 601"), never to trafficking alone.
  const under = OFFENCES_UNDER.exec(provision);
  if (under) {
    // In the provision's own words ("the offences under Articles 600 and 601"), so that the references are its own.
    const cls = under[0].replace(/^victims?\s{1,4}of\s{1,4}/i, '').replace(/\s+/g, ' ');
    out = out.replace(/\b(being) an? victim of trafficking(?: in (?:persons|human beings))?|\bhaving been trafficked\b/g, `being a victim of ${cls}`);
  }
  for (const p of s.protections) {
    if (p.personBy !== 'victim' || !p.person) continue;
    const before = text.slice(Math.max(s.base, s.base + p.person.start - 40), s.base + p.person.start);
    const det = /\b(?:a|an|any|the|no|every)\s{1,4}((?:[\w-]{1,30}\s{1,4}){0,2})$/i.exec(before);
    if (!det) continue;
    let cls = `${det[1]!}${text.slice(s.base + p.person.start, s.base + p.person.end)}`.replace(/\s+/g, ' ').trim();
    const more = /^\s{1,4}in\s{1,4}(?:persons|human\s{1,4}beings)\b/i.exec(text.slice(s.base + p.person.end, s.base + p.person.end + 24));
    if (more) cls += more[0].replace(/\s+/g, ' ');
    // The person read as the adjective alone ("A [trafficked] person"): with its noun.
    const noun = /^\s{1,4}(?:persons?|individuals?|victims?)\b/i.exec(text.slice(s.base + p.person.end, s.base + p.person.end + 16));
    if (noun && /^(?:trafficked|exploited|presumed|suspected|potential|possible)$/i.test(cls)) cls += noun[0].replace(/\s+/g, ' ');
    // "A trafficked person", "A presumed victim": the provision's own name for the person, in the
    // singular, and the status it names ("having been trafficked", "being a presumed victim"), never the
    // narrower "being a victim of trafficking".
    const own = OWN_NAME.exec(cls);
    if (own && !DONE_TO.test(cls)) {
      const name = `${own[1]!.toLowerCase()} ${own[2]!.toLowerCase().replace(/s$/, '')}`;
      const status = /^(?:trafficked|exploited)$/i.test(own[1]!) ? `having been ${own[1]!.toLowerCase()}` : `being ${article(name)} ${name}`;
      out = out.replace(/^Where the [\w ]{1,60}? (is|was) (an? [\w]{1,20})/, `Where the ${name} $1 $2`);
      // A presumption causes no offence: the link is to the trafficking presumed ("as a direct result of the presumed trafficking").
      out = out.replace(/(['’]s) being an? [\w ]{1,40}?(?=, and it is not necessary)/, `$1 ${status}`);
      if (/^(?:presumed|suspected|potential|possible)$/i.test(own[1]!)) out = out.replace(/\bthe \w{1,20}['’]s being an? (presumed|suspected|potential|possible) (?:victim|person|individual)\b/i, (_m, adj: string) => `the ${adj.toLowerCase()} trafficking`);
      break;
    }
    if (!DONE_TO.test(cls)) continue;
    out = out.replace(/^Where the [\w ]{1,60}? (is|was) (an? [\w]{1,20})/, `Where the ${cls} $1 $2`).replace(/(['’]s) being an? [\w ]{1,40}?(?=, and it is not necessary)/, '$1 having been trafficked');
    break;
  }
  return oneLink(eitherSex(childClass(ownLink(ownDeeds(ownPerson(out, provision), provision), provision), text), provision));
}

/** The limb's statement of the link in its first sentence: "committed by the child " and the link that follows. */
const LIMB_LINK_AT = /\bcommitted by the [\w-]{1,20} (?=(?:as a direct result of|as a result of|in (?:direct )?connection with) )/;
/** The link as the as-if sentences write it before `oneLink` puts the limb's own words in its place. */
const AS_IF_LINK = /\b(?:as a direct result of|as a result of|in (?:direct )?connection with) (?:being trafficked|being a victim of trafficking(?: in (?:persons|human beings))?|having been trafficked)\b/g;

/**
 * The limb `words` stating the link in one wording: the as-if sentences after its first sentence ("as if after the word
 * "prostitution" there were inserted "or for any other offence committed as a direct result of being trafficked"") in
 * the words its first sentence uses ("as a direct result of the child's being a victim of trafficking", "... of the
 * child's being, or having been, a victim of slavery or human trafficking"): one test, never a second paraphrase of
 * it, nor a narrower class than the provision's own (drafter review 9, B1 and A3).
 */
function oneLink(words: string): string {
  const at = LIMB_LINK_AT.exec(words);
  if (!at) return words;
  const from = at.index + at[0].length;
  const end = words.indexOf(', and it is not necessary', from);
  if (end < 0 || end - from > 240) return words;
  const link = words.slice(from, end);
  // The link the as-if sentences wrote in full, the limb's own but for "the child's" ("as a direct result of being a
  // victim of trafficking in persons or of an offence under section 40"), whole; then the shorter forms.
  const bare = link.replace(/\bof the [\w-]{1,20}['’]s (?=being |having been )/, 'of ');
  const rest = bare === link ? words.slice(end) : words.slice(end).split(bare).join(link);
  return words.slice(0, end) + rest.replace(AS_IF_LINK, link);
}

/**
 * The limb `words` saying expressly that it protects a child of either sex, where the provision protects
 * only women and girls ("No woman or girl who has been trafficked shall be punished"): "Where a child
 * (whether a girl or a boy) has been trafficked". A limb that said only "a child" beside such a
 * provision could be read as a girl.
 */
function eitherSex(words: string, provision: string): string {
  if (!/\b(?:wom[ae]n|girls?|females?)\b/i.test(provision) || /\b(?:m[ae]n|boys?|males?|persons?|individuals?|people)\b/i.test(provision)) return words;
  return words.replace(/^(Where (?:a|the [\w ]{1,60}? (?:is|was) an?) [\w-]{1,20})(?=,| has been| at the time)/, '$1 (whether a girl or a boy)');
}

/**
 * The provision's own link where it is wider than "as a direct result": "in connection with being such a victim",
 * "in direct connection with", "as a result of the trafficking", "was a result of his being trafficked".
 */
const WIDER_LINK = /\b(in\s{1,4}(?:direct\s{1,4})?connection\s{1,4}with|(?:as\s{1,4})?a\s{1,4}result\s{1,4}of)\s{1,4}(?:(?:(?:his\s{1,4}or\s{1,4}her|his|her|their|the\s{1,4}(?:person|victim)['’]s)\s{1,4})?(?:being|having\s{1,4}been)|the\s{1,4}(?:presumed\s{1,4})?trafficking)\b/i;

/**
 * The limb `words` stating the link as the provision states it, where the provision's is wider than the limb's "as a
 * direct result of" ("committed it in connection with being such a victim", "the offence was a result of the
 * trafficking"): one test in the provision, never a narrower one for children than for adults (drafter review 7, C6;
 * review 10, B1: a first sentence asking a direct result beside the provision's own looser link, which the as-if
 * sentences keep, could be read as the child's test). The as-if sentences put the same words in.
 */
function ownLink(words: string, provision: string): string {
  const m = WIDER_LINK.exec(provision);
  // A provision that also asks a direct result ("in connection with his being trafficked, where the crime is a direct
  // consequence of the trafficking") asks both: the limb's "as a direct result" is its test.
  if (!m || /\bdirect(?:ly)?\s{1,4}(?:result|consequence)|\bresult(?:s|ed|ing)?\s{1,4}directly\b/i.test(provision)) return words;
  const said = m[1]!.replace(/\s+/g, ' ').toLowerCase();
  // "was a result of": the limb says it after "committed by the child", as "as a result of".
  const link = /result of$/.test(said) ? 'as a result of' : said;
  return words.replace(/\bas a direct result of\b/g, link);
}

/** Words that show a section to be about more than trafficking. */
const NOT_ONLY_TRAFFICKING = /\b(?:slavery|servitude|forced\s{1,4}labou?r|debt\s{1,4}bondage|organs?)\b/i;

/**
 * The limb `words` never tied to one offence section where a child is concerned. A provision may name its victims by
 * the offence against them ("a victim of an offence under section 279.01"); for adults that is the offence of
 * trafficking, but a trafficked child is usually the victim of another one, the trafficking of a person under
 * eighteen ("section 279.011"), so a limb tied to the one section would miss the offence committed against the
 * children it is written for. The limb names trafficking in the bill's words ("trafficking in persons") and, unless
 * the bill itself shows that section to be the offence of trafficking and nothing else, the section beside it, so that
 * it never covers less than the provision does.
 */
function childClass(words: string, bill: string): string {
  const term = /\btrafficking\s{1,4}in\s{1,4}persons\b/i.test(bill) ? 'trafficking in persons' : /\bhuman\s{1,4}trafficking\b/i.test(bill) ? 'human trafficking' : /\btrafficking\s{1,4}in\s{1,4}human\s{1,4}beings\b/i.test(bill) ? 'trafficking in human beings' : 'trafficking';
  let out = '';
  let last = 0;
  for (const m of words.matchAll(ONE_OFFENCE)) {
    const [all, cls, unit, number] = m as unknown as [string, string, string, string];
    const after = m.index + all.length;
    // The offence named beside its number ("section 258A (trafficking in persons)"): trafficking, in those words.
    const named = /^\s{0,4}\(((?:human\s{1,4})?trafficking(?:\s{1,4}(?:in|of)\s{1,4}(?:persons|human\s{1,4}beings))?)\)/i.exec(words.slice(after));
    const heading = named ? undefined : sectionHeading(bill, unit, number);
    const wider = named ? `victim of ${named[1]!.replace(/\s+/g, ' ')}` : heading && /\btraffick/i.test(heading) && !NOT_ONLY_TRAFFICKING.test(heading) ? `victim of ${term}` : `victim of ${term} or of ${cls}`;
    out += words.slice(last, m.index) + wider;
    last = after + (named ? named[0].length : 0);
  }
  return out + words.slice(last);
}

/** The first line of the bill's own section or article `number` ("**279.01** Trafficking in persons ..."), if the bill holds it: a scan of the lines, no pattern built from the bill's text. */
function sectionHeading(bill: string, unit: string, number: string): string | undefined {
  const article = /^article/i.test(unit);
  for (const line of bill.split('\n')) {
    const t = line.replace(/^[ \t]{0,3}(?:#{1,6}[ \t]{1,4})?(?:\*\*)?/, '');
    const rest = (article ? t.replace(/^Article[ \t]{1,4}/i, '') : t.replace(/^(?:Section|Sec\.|s\.|§)[ \t]{0,4}/i, '')).trimStart();
    if (rest.startsWith(number) && !/^(?:\w|\.\d)/.test(rest.slice(number.length))) return line;
  }
  return undefined;
}

/**
 * The limb `words` opening with the provision's own antecedent where it speaks of no "victim": "Where a child has
 * been trafficked" for a class named by its having been trafficked ("No woman or girl who has been trafficked":
 * a child of either sex), with the link to the child's having been trafficked; otherwise "Where the person is a
 * child" ("Whoever has suffered trafficking", "the defendant").
 */
function ownPerson(words: string, provision: string): string {
  if (/\bvictims?\b/i.test(provision) || !/^Where the victim (?:is|was) /.test(words)) return words;
  if (/^Where the victim is a child, /.test(words) && /\b(?:has|have|had)\s{1,4}been\s{1,4}trafficked\b/i.test(provision)) {
    return words.replace(/^Where the victim is a child, /, 'Where a child has been trafficked, ').replace(/(['’]s) being an? [\w ]{1,40}?(?=, and it is not necessary)/, '$1 having been trafficked');
  }
  return words.replace(/^Where the victim (is|was) /, 'Where the person $1 ');
}

/**
 * The limb `words` covering what the provision covers: "any offence or contravention" where it covers
 * contraventions beside offences ("criminal liability, or liability for a contravention"); "any act done by the
 * child" where it speaks only of acts ("for any act done as a direct consequence"), never of offences.
 */
function ownDeeds(words: string, provision: string): string {
  if (/\bcontraventions?\b/i.test(provision) && !/\bcontravention\b/.test(words)) {
    return words.replace(/\bto any offen([cs])e committed by\b/, 'to any offen$1e or contravention committed by').replace(/\bto commit the offen([cs])e\b/, 'to commit the offen$1e or contravention');
  }
  if (!/\b(?:offen[cs]es?|crimes?|criminal(?:ly)?|misdemeanou?rs?|felon\w{0,4})\b/i.test(provision) && /\bany\s{1,4}acts?\b/i.test(provision)) {
    return words.replace(/\bto any offen[cs]e committed by the (\w+)/, 'to any act done by the $1').replace(/\bto commit the offen[cs]e\b/, 'to do the act');
  }
  return words;
}

/** The bill's word for a child: its defined term ("minor"), or "child". */
function childWord(conv: ReturnType<typeof conventionsFor>): string {
  return conv.childTerm?.defined ? conv.childTerm.term : 'child';
}

/**
 * How the provision names its own subdivisions, for the limb's references to them: numbered ones
 * are subsections (paragraphs in an article, or where the provision itself says "paragraph 1"),
 * lettered ones paragraphs (points in an article); the section's unnumbered first paragraph becomes
 * subsection (1) where the limb numbers it.
 */
function unitWords(s: AnalysedSection, n: NonNullable<ReturnType<typeof newSubsection>>, units: OwnUnits, text?: string): UnitWords {
  const own = s.model.clauses.map((c) => c.text).join('\n');
  const article = n.part === 'this paragraph';
  const paragraphs = /\bparagraphs?\s{1,4}\(?\d/i.test(own);
  // A section with no number of its own ("### Protection of trafficked persons") refers to itself, not to its new "(1)"
  // (or "(a)" in a provision headed as a paragraph: see `belowHeadedPart`). Nor does one whose new "(1)" follows a run-in
  // heading ("**41. Victim not to be prosecuted.**—(1) A victim"), which is not read as a subsection.
  const runIn = (e: TextEdit) => text !== undefined && /[—–-]\s{0,4}$/.test(text.slice(text.lastIndexOf('\n', e.start - 1) + 1, e.start));
  const first = n.numbering.find((e) => e.start === e.end && /^\((?:1|a|i|A)\)\s$/.test(e.newText) && !runIn(e))?.newText.trim();
  const firstBecomes = s.model.number.trim() && first ? first : undefined;
  const top = units.top ?? (article || paragraphs ? 'paragraph' : 'subsection');
  return { top, nested: article ? 'point' : 'paragraph', bare: /\b(?:sub-?sections?|paragraphs?)\s{1,4}\d{1,3}(?![\d.(])/i.test(own), ...(firstBecomes ? { firstBecomes } : {}) };
}

/** The levels of numbering, each the one below the last: (1), (a), (i), (A). */
const LEVELS = ['number', 'letter', 'roman', 'capital'] as const;
type Level = (typeof LEVELS)[number];

/** The word for the units one level below a provision's own ("this paragraph": "subparagraph"). */
const WORD_BELOW: Record<string, string> = { 'this subsection': 'paragraph', 'this sub-section': 'paragraph', 'this paragraph': 'subparagraph', 'this subparagraph': 'clause', 'this subdivision': 'paragraph', 'this sub-article': 'paragraph' };

/**
 * The numbered part of a larger unit a provision is headed as, its labels from the top: "Article 586 (8)"
 * gives ["8"] (paragraph (8) of article 586); "440.10(1)(i) Motion to vacate judgment" gives ["1", "i"]
 * (paragraph (i) of subdivision (1) of section 440.10). Undefined where the heading names a whole unit.
 */
function headedPart(s: Pick<AnalysedSection, 'model'>): string[] | undefined {
  // The model's number and heading decide it; models are kept between lints (SectionCache).
  if (!HEADED_PARTS.has(s.model)) HEADED_PARTS.set(s.model, readHeadedPart(s));
  return HEADED_PARTS.get(s.model);
}

const HEADED_PARTS = new WeakMap<AnalysedSection['model'], string[] | undefined>();

function readHeadedPart(s: Pick<AnalysedSection, 'model'>): string[] | undefined {
  const n = s.model.number.trim();
  if (!n) return undefined;
  const labels = (chain: string) => [...chain.matchAll(/\(([0-9a-z]{1,4})\)/gi)].map((m) => m[1]!);
  const own = /^[\w.-]{1,20}[ \t]{0,2}((?:\([0-9a-z]{1,4}\)){1,3})$/i.exec(n);
  if (own) return labels(own[1]!);
  const escaped = n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // The number as read ("586", "440.10") followed in the heading by the part's, alone or before the title.
  const heading = new RegExp(`^[^\\w]{0,6}(?:(?:article|section|art\\.|sec\\.|§)[ \\t]{0,3})?${escaped}[ \\t]{0,2}((?:\\([0-9a-z]{1,4}\\)){1,3})(?=[ \\t.:—–-]|[^\\w]{0,6}$)`, 'i').exec(s.model.heading.replace(/[*_]/g, '').trim());
  return heading ? labels(heading[1]!) : undefined;
}

/** The marker of the `k`th unit (from 1) at `level`: "(2)", "(b)", "(ii)", "(B)". */
function markerAt(level: Level, k: number): string {
  if (level === 'number') return `(${k})`;
  if (level === 'letter') return `(${String.fromCharCode(96 + k)})`;
  if (level === 'capital') return `(${String.fromCharCode(64 + k)})`;
  const romans = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];
  return `(${romans[k - 1] ?? k})`;
}

/**
 * For a provision headed as a numbered part of a larger unit ("Article 586 (8)", "440.10(1)(i)"), whose
 * one paragraph the limb would number "(1)" beside its own "(2)": the numbering of the level below that
 * part instead ("(a)" and "(b)" under paragraph (8); "(i)" and "(ii)" under paragraph (i) of subdivision
 * (1)), and the units named one level down ("subparagraph (a)", "In this subparagraph"), so that "(1)" is
 * never set inside paragraph (8) and "this paragraph" means paragraph (8), never the new unit. Other
 * provisions, and one already divided, are returned as they are.
 */
function belowHeadedPart(s: AnalysedSection, n: NewSubsection, own: OwnUnits): { n: NewSubsection; own: OwnUnits } {
  const part = headedPart(s);
  if (!part || n.prefix !== '(2) ') return { n, own };
  const first = n.numbering.filter((e) => e.start === e.end && e.newText === '(1) ');
  if (first.length !== 1 || n.numbering.length !== 1) return { n, own };
  const word = WORD_BELOW[own.self];
  if (!word) return { n, own };
  const top: Level = /^\d/.test(part[0]!) ? 'number' : /^[A-Z]/.test(part[0]!) ? 'capital' : 'letter';
  const level = LEVELS[(LEVELS.indexOf(top) + part.length) % LEVELS.length]!;
  return {
    n: { ...n, prefix: `${markerAt(level, 2)} `, numbering: [{ ...first[0]!, newText: `${markerAt(level, 1)} ` }] },
    own: { self: own.self, part: `this ${word}`, top: word },
  };
}

/** How the provision names itself and its numbered units, in its own words (see `ownUnits`). */
interface OwnUnits {
  /** The provision: "this section", "this Code section" (Georgia). */
  self: string;
  /** The new unit, for its own definition: "this subsection", "this sub-section", "this sub-article", "this paragraph". */
  part: string;
  /** The word for its numbered units, where the provision's own differs from the engine's ("sub-section", "sub-article"). */
  top?: string;
}

/**
 * The provision's own words for itself and its units, which the limb uses rather than the engine's
 * defaults: "this Code section" where the section calls itself so; "sub-section" where it spells the
 * word with a hyphen (Pakistan); "sub-article" where it numbers sub-articles ("Sub-article (1) of this
 * Article", Ethiopia); "paragraph" where it calls its numbered units paragraphs ("for paragraph 1 to
 * apply", Netherlands).
 */
function ownUnits(s: AnalysedSection, n: NonNullable<ReturnType<typeof newSubsection>>): OwnUnits {
  const own = s.model.clauses.map((c) => c.text).join('\n');
  // selfName reads "this Code section" where the section calls itself so.
  let self = selfName(s);
  let part: string = n.part;
  let top: string | undefined;
  // Regulations number subregulations ("under subregulation (1)"): the limb says "this regulation" and "this subregulation".
  if (self === 'this section' && /\bsub-?regulations?\s{1,4}\(\d/i.test(own) && !/\bsub-?sections?\b/i.test(own)) {
    const word = /\bsub-regulation/i.test(own) ? 'sub-regulation' : 'subregulation';
    return { self: 'this regulation', part: `this ${word}`, top: word };
  }
  // A paragraph of a larger section, which calls itself so ("a motion under this paragraph"), with no numbered
  // parts of its own: the limb says "this paragraph" and "this subparagraph".
  if (self === 'this section' && /\bthis\s{1,4}paragraph\b/i.test(own) && !/\b(?:sub-?sections?|this\s{1,4}section)\b/i.test(own) && !s.model.clauses.some((c) => /^\(\w{1,4}\)$/.test(c.marker))) {
    return { self: 'this paragraph', part: 'this subparagraph', top: 'subparagraph' };
  }
  const subArticle = /\b(sub-?article)s?\s{0,4}\(?\d/i.exec(own);
  if (subArticle) {
    top = subArticle[1]!.toLowerCase();
    part = `this ${top}`;
  } else if (n.part === 'this subsection' && /\bsub-sections?\b/i.test(own) && !/\bsubsections?\b/i.test(own)) {
    top = 'sub-section';
    part = 'this sub-section';
  } else if (n.part === 'this subsection' && capitalisedSubsection(own)) {
    // "Subsection (1)" in the middle of a sentence (Papua New Guinea, Texas): the provision's own capital, for a
    // subsection named by its number ("despite Subsection (2)"); "this subsection" stays in lower case, as there.
    top = 'Subsection';
  } else if (n.part === 'this subsection' && /\bparagraphs?\s{1,4}\(?\d/i.test(own) && !/\bsub-?sections?\b/i.test(own)) part = 'this paragraph';
  return { self, part, ...(top ? { top } : {}) };
}

/**
 * Whether the provision writes "Subsection" with a capital in the middle of its sentences ("a charge under
 * Subsection (1)"), and never "subsection" in lower case.
 */
function capitalisedSubsection(own: string): boolean {
  if (/\bsubsections?\s{1,4}\(/.test(own)) return false;
  return [...own.matchAll(/\bSubsections?\s{1,4}\(/g)].some((m) => /[a-z,]\s{1,4}$/.test(own.slice(Math.max(0, m.index - 8), m.index)));
}

/**
 * The fixes for a provision limited to adults, each of which brings children within it: the age
 * limit left out (see age-bar.ts) and, where the provision asks for compulsion, either the causation
 * test in its place (`causation`, the duress rule's own rewrite, offered first so that the two rules'
 * fixes agree in any order) or the child limb (`limb`, for a bill that keeps its compulsion test). No
 * fix where the age limit cannot be left out by a minimal edit: a limb beside a protection that
 * children cannot claim would cure nothing.
 */
function adultOnlyFixes(bill: AnalysedBill, p: AnalysedBill['provisions'][number], at: Span, compulsion: boolean, limb: TextEdit[] | undefined, causation: Fix | undefined): Fix[] {
  const bar = ageBarEdit(bill.text, at);
  if (!bar) return [];
  const words = quoteWords(bill.text, { start: bar.start, end: bar.end }).replace(/^,\s*|,$/g, '').replace(/^an?\s+/i, '');
  const title = p.primary.model.title;
  const retitle = title && /\badults?\b/i.test(title) ? adultHeadingEdit(bill.text, p.primary) : undefined;
  // A heading that says "adults" and cannot be amended by a minimal edit is left to the drafter.
  const heading = retitle ? `, and ${retitle.words}` : title && /\badults?\b/i.test(title) ? ` (the heading "${title.replace(/[*_]/g, '').trim()}" should then be changed to match)` : '';
  const leave = `Leave out "${words}" so that child victims are protected too`;
  const head = retitle ? [retitle.edit] : [];
  const out: Fix[] = [];
  const clear = (edits: TextEdit[]) => edits.every((e) => e.end <= bar.start || e.start >= bar.end);
  // The causation test then protects children too: never tied to one offence section that children are not victims of.
  const forChildren = causation?.edits.map((e) => ({ ...e, newText: childClass(e.newText, bill.text) }));
  if (compulsion && forChildren && clear(forChildren)) out.push({ title: `${leave}, and replace the compulsion test with the causation test ("as a direct result of being trafficked")${heading}`, edits: [...head, bar, ...forChildren], structural: true });
  if (compulsion && limb?.length && clear(limb)) out.push({ title: `${leave}, and add a limb relieving children of the compulsion test${heading}`, edits: [...head, bar, ...limb], structural: true });
  if (!compulsion) out.push({ title: `${leave}${heading}`, edits: [...head, bar] });
  return out;
}

/**
 * The edit that makes a section heading describing an adults-only protection fit the section once
 * the age limit is left out: "adult" as a word qualifying a noun goes ("Defence for adult victims"
 * becomes "Defence for victims"); "adults" standing alone becomes "persons" ("Defence for trafficked
 * adults" becomes "Defence for trafficked persons"). Undefined where the heading is not in the
 * section's own heading line, or names adults in any other way (left to the drafter).
 */
function adultHeadingEdit(text: string, s: AnalysedSection): { edit: TextEdit; words: string } | undefined {
  // `words` says what the edit does, for the fix's title.
  const { headingStart, headingEnd } = s.chunk;
  if (!(headingEnd > headingStart)) return undefined;
  const line = text.slice(headingStart, headingEnd);
  const all = [...line.matchAll(/\badults?\b/gi)];
  if (all.length !== 1) return undefined;
  const m = all[0]!;
  const at = headingStart + m.index!;
  const after = line.slice(m.index! + m[0].length);
  // "adult victims", "adult persons": the qualifying word goes, with its space.
  const qualifies = /^ (?:victims?|persons?|offenders?|people|individuals?|survivors?)\b/i.exec(after);
  // A capital passes to the word after it ("Adult victims" becomes "Victims").
  if (m[0].toLowerCase() === 'adult' && qualifies) {
    const next = qualifies[0][1]!;
    const capital = /^[A-Z]/.test(m[0]) && next !== next.toUpperCase() ? next.toUpperCase() : '';
    return { edit: { start: at, end: at + m[0].length + 1 + (capital ? 1 : 0), newText: capital }, words: `leave out "${m[0]}" from the heading` };
  }
  // "trafficked adults", "Defence for adults": the noun becomes "persons", in the heading's capitals.
  if (m[0].toLowerCase() === 'adults' && !/^ (?:and|or)\b/i.test(after)) {
    const persons = m[0] === 'ADULTS' ? 'PERSONS' : /^A/.test(m[0]) ? 'Persons' : 'persons';
    return { edit: { start: at, end: at + m[0].length, newText: persons }, words: `change "${m[0]}" in the heading to "${persons}"` };
  }
  return undefined;
}

export const missingChildProvision = defineRule<ChildFacts>({
  meta: {
    id: 'missing-child-provision',
    code: 'NP004',
    title: 'No rule for child victims',
    defaultSeverity: 'error',
    fixable: true,
    summary:
      'A child is anyone under 18, and a child\'s status as a victim of trafficking does not depend on any of the means of trafficking (force, coercion, deception...). A provision that requires compulsion, or applies only to adults, without relieving children of that test is an error; a provision that says nothing of children is worth a note; a definition of "child" with an age below 18 is an error of its own.',
    citations: [CITE.childrenAndAdults, CITE.childNoMeans, CITE.childNoCompulsionTest, CITE.childUnder18],
    messages: {
      compulsion: {
        severity: 'error',
        text: '{provision} requires a victim to show compulsion or the means the trafficker used, and nothing relieves victims under 18 of that test. A child is a victim of trafficking whatever the means used, so no test of compulsion should be applied to children: add a limb saying that, for a child, only the link to the trafficking is required.',
      },
      narrowExemption: {
        severity: 'error',
        text: '{provision} exempts only the conduct it names, on a test of compulsion, and nothing relieves victims under 18 of that test. No wording is offered here: the rule that a child need show only the link to the trafficking belongs in {general}, the bill\'s general non-punishment provision, where it covers this conduct too.',
      },
      adultOnly: {
        severity: 'error',
        text: '{provision} protects only victims aged 18 or over ("{words}"), and nothing in the bill protects child victims. Statutory defences should be available to both children and adults: add a limb for persons under 18 that requires only the link to the trafficking.',
      },
      demandingLimb: {
        severity: 'error',
        text: 'The rule for children in {provision} ("{words}") still asks a child to show compulsion, or applies the adults\' test to children. A child is a victim of trafficking whatever the means used, so no test of compulsion should be applied to children: require only the link to the trafficking.',
      },
      meansLimb: {
        severity: 'error',
        text: 'The rule for children in {provision} ("{words}") still asks a child to show one of the means of trafficking, such as deception or a threat. A child is a victim of trafficking whatever the means used, so a child should not have to show any of them: require only the link to the trafficking.',
      },
      hintDefined: {
        severity: 'info',
        text: '{provision} says nothing of child victims. The bill defines "{term}", but no provision says how the protection applies to a child. Consider adding a limb for persons under 18 that requires only the link to the trafficking, so that no one asks a child to show any of the means of trafficking.',
      },
      hint: {
        severity: 'info',
        text: '{provision} says nothing of child victims, and neither does the rest of the bill. Consider adding a limb for persons under 18 that requires only the link to the trafficking, so that no one asks a child to show any of the means of trafficking.',
      },
      childAge: {
        severity: 'error',
        title: 'Child defined below the age of 18',
        text: 'The bill defines "{term}" as a person under {age}. For trafficking, a child is anyone under 18: victims aged {age} to 17 would lose the protection the law gives children, including freedom from any test of compulsion.',
      },
    },
    docs: {
      flags:
        'A non-punishment provision that requires compulsion or proof of the means of trafficking (violence, intimidation, deception...) and has no limb relieving persons under 18 of it (error); a provision that applies only to adults ("aged 18 or over") with nothing for children (error); a child limb that itself demands compulsion ("the minor proves that he or she was forced or coerced"), still asks the child to show one of the means ("it is sufficient to show that the child was deceived or induced by the trafficker": a lower test, but still a test of means) or merely extends the adults\' test to children ("applies to a minor under the same conditions") (error); a causation-based provision where neither the provision nor any other non-punishment provision of the bill says anything of child victims (information only: a causation test asks nothing of children that it does not ask of adults, and fix-all never applies this hint); a definition of "child" (or "minor", "juvenile", "young person") with an age below 18 (error, with its own title), unless another definition covers the rest of those under 18 (a "young person" of 14 to 18 beside a "child" under 14) or the definition serves one other provision only. The age may be written in any way ("less than 18 years of age", "has not attained the age of eighteen", "has not completed sixteen years of age", "a person below 18", "a minor").',
      why:
        'Under the Trafficking in Persons Protocol a child is a victim of trafficking without proof of any of the means used against adults. A compulsion test applied to children asks them to prove something the law of trafficking does not require. The Special Rapporteur\'s recommendations, reproduced in the ASEAN Guideline, say no test of compulsion can be applied to children, and the Guideline defines a child as anyone under 18.',
      fix: [
        'Add a limb for persons under 18 that requires only the link to the trafficking, and define "child" as a person under 18. What the quick fix writes:',
        '',
        '- **Place and numbering.** A further subsection, numbered to follow the drafter\'s subsections (a section of one paragraph becomes subsection (1); a lettered scheme takes the next letter), in the bill\'s own terms, quotation marks, spelling and way of writing ages. Where the section closes with its definitions or an Explanation, the limb goes before them and a numbered definitions subsection moves up by one, with every cross-reference to it. A provision headed as a numbered part of a larger unit ("Article 586 (8)", "440.10(1)(i)") is divided one level down, into "(a)" and "(b)" (or "(i)" and "(ii)" under a lettered paragraph), never "(1)" inside paragraph (8).',
        '- **Units and defined terms.** The provision\'s own words for its units ("sub-section", "sub-article", "this Code section", "this regulation" and "subregulation", "this paragraph" and "subparagraph" where a paragraph calls itself so, "Subd. 3." in a statute divided into subdivisions); a paragraph that opens in lower case and becomes subsection (1) opens with a capital. Where the bill defines "child" (or "minor") already, in any form, the limb refers to that definition instead of repeating it; where it does not and the section closes with a list of definitions, "child" is defined in that list.',
        '- **Conditions set aside for a child.** Every other condition of the provision that a child would still have to meet: an opportunity to escape, a reasonable-person test, a threat, fear or an act "against his will", a danger to be averted, an "applies only if" subsection, the paragraphs of a list of conditions, a carve-out of serious offences, a presumption against the person (and "while the presumption lasts"), co-operation with the authorities, certification, the trafficker\'s conviction, a Minister\'s or an officer\'s approval, "in appropriate cases", a limit to victims who are not nationals, a fear added to the link with "and", control by the trafficker ("while under the control of the traffickers"), proof of force asked of the person ("who establishes that he was forced"), a report the protection waits for, a penalty kept where the offence is serious, and a period tied to a certificate. A condition with a subsection or paragraph of its own is set aside by its number ("this section applies, without the conditions in paragraphs (b) and (c) of subsection (1), to any offence ...", "despite subsection (3)"); one inside the protection\'s sentence by its words ("Subsection (1) applies to a child as if the words from "while" to the end were omitted").',
        '- **Limits on the offences covered.** A limb that says "applies to any offence" displaces, expressly, every limit the provision puts on the offences: a carve-out ("other than an offense involving the death of a person"), an exclusion written "does not extend to", a definition that closes "any offence" (with "despite"), a limit to minor or lesser offences ("a minor offence" reads "an offence"), a proviso excluding offences by their manner, and a limit to one offence or one law in the protection\'s sentence ("as if for the words "under this section" there were substituted "with any offense""). Contraventions and infractions the provision covers stay beside "any offence", so nothing is narrowed. Where the provision nowhere ties the offences it names to the trafficking (an unconditional bar: "No person under sixteen may be prosecuted for prostitution"), the limb adds to them rather than replacing them ("as if after the word "prostitution" there were inserted "or for any other offense committed as a direct result of the child\'s being a victim of trafficking""), so that a child keeps the bar as it stands; where the provision states the link, in the same sentence or in another of its parts, plain "any offence" is substituted and the provision\'s own link governs. A class the bill defines as any offence linked to the trafficking ("trafficking-related offence") is left as defined. The as-if sentences state the link in the words of the limb\'s first sentence. A condition after the limited words that tests time ("committed while they were being exploited") or still speaks of the conduct they named ("where the overstaying was a direct result of the trafficking") goes with them, and the link takes its place in the provision\'s own words ("any offence committed as a direct result of the trafficking").',
        '- **Discretion and findings.** A power to refrain from prosecuting, or to clear a conviction, becomes a duty for a child ("as if for the word "may" there were substituted "shall""), and a subsection about that discretion is said not to apply to a child; a punishment "reduced or remitted" is remitted. An official\'s opinion that the link exists is lifted ("where the Director is of the opinion that the offence was committed ..." reads "where the offence was committed ..."); a court\'s satisfaction ("Where the High Court is satisfied that") is kept, because it is a finding, not a discretion. Recognition as a victim ("A person recognised as a victim") reads "A person who is a victim".',
        '- **Compulsion in the act itself.** Lifted expressly, the act kept in its plain form ("that the person was coerced to commit the offence" reads, for a child, "that the person committed the offence"). Where the person was compelled to do something named only in the condition ("compelled to commit acts punishable by law or to violate the conditions of residence or work"), every part of it is kept, now done as a direct result of the trafficking, and proof the condition asks for goes with the compulsion. Where such a condition is the provision\'s only link to the trafficking, the link takes its place, once in each sentence.',
        '- **Whom and what the limb covers.** What the provision covers: "any offence or contravention" where it covers both, "any act done" where it speaks only of acts, the victims of every offence it names ("the offences under Articles 600 and 601"), "the presumed trafficking" for a presumed victim. The class the provision protects, never a narrower one; where the provision names its victims by one offence section ("a victim of an offence under section 279.01"), the limb speaks of trafficking in the bill\'s words as well, because a trafficked child is usually the victim of another offence, unless the bill shows that section to be the offence of trafficking and nothing else. The provision\'s own link where it is wider ("in connection with being such a victim"), so that one article states one test. Where the provision speaks of no "victim", the limb opens "Where the person is a child", or "Where a child has been trafficked"; where it protects only women and girls, "Where a child (whether a girl or a boy) has been trafficked". Where the bill\'s term for the person does not itself name trafficking, the limb speaks of the child\'s "having been trafficked". For a rule against detention that says nothing of offences, the limb says that it holds for a child whatever the means used.',
        '- **Convictions.** Where the provision sets aside or clears convictions, or provides a motion to vacate them, the limb asks whether the person was a child at the time of the offence (an applicant is usually an adult by then).',
        '- **A rule of its own.** Where the protection is split over parts of different kinds (a presumption in one subsection, a defence in another), or is a narrow exemption for the conduct it names (harm done to the trafficker while escaping), the limb states a rule of its own ("A child shall not be liable to punishment for any offence committed as a direct result of ..."). For a narrow exemption its title says that the bill has no general provision to hold the rule; where the bill has one, no wording is offered in the exemption, and the message says that the rule belongs in the general provision.',
        '- **Compulsion tests and adults-only provisions.** Where the provision\'s test is one of compulsion, the first fix offered is the causation test, which asks nothing of a child that it does not ask of an adult. Where the provision protects adults only ("who has reached eighteen years of age", "aged 18 or over"), a limb beside it would leave children outside it: the quick fix leaves out the age limit instead (and amends a heading that speaks of adults: "Defence for adult victims" becomes "Defence for victims"), and, if the provision asks for compulsion, replaces that test with the causation test (or, as a second choice, adds the limb). Where the age is a condition of its own, no quick fix is offered.',
        '',
        'The link to the trafficking, and the person\'s status as a victim, are never set aside.',
      ].join('\n'),
      bad: `## 14. Non-liability of victims

(1) A victim of trafficking shall not be criminally liable for any offence if the victim was compelled to commit it.`,
      good: `## 14. Non-liability of victims

(1) A victim of trafficking shall not be criminally liable for any offence if the victim was compelled to commit it.

(2) ${patternText('pattern-child-limb')}`,
    },
  },

  scanWords: SCAN_WORDS,

  recognise(section) {
    const { model } = section;
    const limbs: Span[] = [];
    const sameConditions: Span[] = [];
    const demandingLimbs: ChildFacts['demandingLimbs'] = [];
    const adultOnly: Span[] = [];
    let mentionsChildVictim = false;
    let traffickerMeans = false;
    model.sentences.forEach((s) => {
      const t = s.text;
      if (asksTraffickerMeans(t)) traffickerMeans = true;
      const adult = firstMatch(ADULT_ONLY, t);
      if (adult) adultOnly.push(span(s, adult.index, adult.end));
      const def = firstMatch(DEFINITION, t);
      // In a definition, only what follows it speaks of children as victims: "'child' means a person
      // under 18, and subsection (1) applies to a child whatever the means used".
      let from = 0;
      if (def) {
        const term = def.groups[0] ?? '';
        const rest = /,\s*(?:and|but)\s+|;\s*/.exec(t.slice(def.end));
        // A definition of the victim that names children ("'victim' means ... (c) a juvenile ...").
        if (/\b(?:victims?|trafficked)\b/i.test(term) && has(CHILD_SET, t)) mentionsChildVictim = true;
        if (!rest) return;
        from = def.end + rest.index + rest[0].length;
      }
      const child = firstMatch(CHILD_SET, t, from);
      if (!child) return;
      if (/\b(?:victims?|trafficked|trafficking)\b/i.test(t.slice(from))) mentionsChildVictim = true;
      if (def && !/\b(?:applies|apply|liable|prosecut\w{0,40}|punish\w{0,40}|offen[cs]e|guilty|defen[cs]e|means\s{1,8}used)\b/i.test(t.slice(from))) return;
      if (adult && adult.index < child.index && adult.index >= from) return;
      // A child limb is judged on the clause that speaks of children ("(b) the person is under 18 and
      // ..., whether or not the person was compelled"), not on the adults' limb beside it.
      const start = Math.max(t.lastIndexOf(';', child.index), t.lastIndexOf('—', child.index), from);
      const next = t.slice(child.end).search(/;\s{0,8}(?:or|and)?\s{0,8}(?:\n|\([a-z0-9]{1,4}\))|;\s{0,8}$/i);
      const clause = t.slice(start, next >= 0 ? child.end + next : t.length);
      const same = firstMatch(SAME_CONDITIONS, clause);
      if (same) {
        // "applies to a minor under the same conditions": only as good as the adults' test.
        sameConditions.push(span(s, child.index, Math.max(child.end, start + same.end)));
        return;
      }
      // Words in quotation marks are mentioned, not asked for ("as if the words from "if" to "escape" were omitted").
      const unquoted = clause.replace(/["“][^"“”\n]{0,400}["”]/g, (q) => ' '.repeat(q.length));
      if (demandsCompulsion(unquoted)) {
        // From the child to the compulsion it is asked to show: "a minor who ... was forced to commit the act".
        const demand = compulsionEnd(clause);
        const end = demand !== undefined && start + demand > child.end ? start + demand : child.end;
        demandingLimbs.push({ span: span(s, child.index, end), why: 'compulsion' });
        return;
      }
      // A limb that lowers the test but still asks for a means: "it shall be sufficient to show that the child was deceived".
      const means = meansAskedEnd(unquoted);
      if (means !== undefined) {
        demandingLimbs.push({ span: span(s, child.index, Math.max(child.end, start + means)), why: 'means' });
        return;
      }
      limbs.push(span(s, child.index, child.end));
    });
    return { limbs, sameConditions, demandingLimbs, adultOnly, mentionsChildVictim, childAges: childAges(section), traffickerMeans };
  },

  check({ bill, report, facts, factsOf }) {
    // "child" under 14 beside "young person" 14 to 18: together they cover everyone under 18.
    const coveredTo18 = bill.sections.some((s) => facts(s).childAges.some((a) => a.age >= 18 && !a.scoped));
    for (const s of bill.sections) {
      for (const a of facts(s).childAges) {
        if (a.age >= 18 || a.scoped || coveredTo18) continue;
        const at = abs(s, a.span);
        report({
          messageId: 'childAge',
          data: { term: a.term, age: a.age },
          span: at,
          section: s,
          fixes: [{ title: 'Define a child as a person under 18', edits: [{ ...at, newText: /^\d+$/.test(a.ageText) ? '18' : /^[A-Z]/.test(a.ageText) ? 'Eighteen' : 'eighteen' }] }],
        });
      }
    }
    const compulsionIn = (p: (typeof bill.provisions)[number]) =>
      sectionsOf(p).some((s) => {
        const n = factsOf<NexusFacts>('duress-threshold', s);
        return n.hits.some((h) => h.kind === 'duress' || h.kind === 'compulsion') || (n.requiresMeans && facts(s).traffickerMeans);
      });
    // A limb counts unless the same provision then asks children for compulsion ("A minor charged with
    // prostitution may move to dismiss ... The court shall grant the motion if the minor proves that he
    // or she was forced").
    const limbIn = (p: (typeof bill.provisions)[number]) =>
      sectionsOf(p).some((s) => facts(s).limbs.length > 0 || (facts(s).sameConditions.length > 0 && !compulsionIn(p))) &&
      !sectionsOf(p).some((s) => facts(s).demandingLimbs.length > 0);
    if (bill.provisions.some(limbIn)) return;
    // For a causation test, a note is worth giving only if the bill says nothing at all of child victims.
    const billSpeaksOfChildVictims = bill.sections.some((s) => facts(s).mentionsChildVictim);
    for (const p of bill.provisions) {
      const sections = sectionsOf(p);
      // Even a broadly defined compulsion test asks children for something the law of trafficking does not.
      const compulsion = compulsionIn(p);
      const anchor = provisionAnchor(p.primary);
      // The fixes draft in the bill's own words, which costs more than the finding: written when asked for.
      let limbWritten: ReturnType<typeof childLimbEdits> | null = null;
      const limb = () => (limbWritten === null ? (limbWritten = childLimbEdits(bill, p.primary, factsOf)) : limbWritten);
      const fixes = (): Fix[] => {
        const edits = limb();
        return edits ? [{ title: 'Add a limb for child victims (only the link to the trafficking is required)', edits, structural: true }] : [];
      };
      const causation = () => provisionCausationFix(bill, p, (s) => factsOf<NexusFacts>('duress-threshold', s));
      const demanding = sections.flatMap((s) => [
        ...facts(s).demandingLimbs.map((d) => ({ s, d })),
        ...(compulsion ? facts(s).sameConditions.map((x) => ({ s, d: { span: x, why: 'same-conditions' as const } })) : []),
      ]);
      const adult = sections.flatMap((s) => facts(s).adultOnly.map((a) => ({ s, a })));
      if (demanding.length) {
        const { s, d } = demanding[0]!;
        const at = abs(s, d.span);
        report({ messageId: d.why === 'means' ? 'meansLimb' : 'demandingLimb', data: { provision: p.name, words: bill.text.slice(at.start, at.end) }, span: at, section: p.primary });
      } else if (adult.length) {
        const { s, a } = adult[0]!;
        const at = abs(s, a);
        report({ messageId: 'adultOnly', data: { provision: p.name, words: bill.text.slice(at.start, at.end) }, span: at, section: p.primary, fixes: () => adultOnlyFixes(bill, p, at, compulsion, limb(), compulsion ? causation() : undefined) });
      } else if (compulsion && narrowExemption(p.primary, factsOf<NexusFacts>('duress-threshold', p.primary))) {
        // A narrow exemption (killing the trafficker while escaping): the rule for child victims belongs in the
        // bill's general non-punishment provision. Where the bill has one, nothing is written here; where it has
        // none, the rule for children is offered here, saying so.
        const general = bill.provisions.find((q) => q !== p && sectionsOf(q).some((s) => generalProtection(s, factsOf<NexusFacts>('duress-threshold', s))));
        if (general) {
          report({ messageId: 'narrowExemption', data: { provision: p.name, general: general.name }, span: anchor, section: p.primary });
          continue;
        }
        const own = (): Fix[] => {
          const edits = limb();
          return edits ? [{ title: 'Add a limb for child victims, as a rule of its own covering any offence (this section exempts only the conduct it names, and the bill has no general non-punishment provision to hold the rule for children)', edits, structural: true }] : [];
        };
        report({ messageId: 'compulsion', data: { provision: p.name }, span: anchor, section: p.primary, fixes: () => [causation(), ...own()].filter((x): x is Fix => x !== undefined) });
      } else if (compulsion) {
        // The causation test asks nothing of a child that it does not ask of an adult: the duress
        // rule's rewrite cures this finding too, so it comes first (the same edit: fixing either finding
        // first ends in the same text). A bill that keeps a compulsion model gets the limb.
        report({ messageId: 'compulsion', data: { provision: p.name }, span: anchor, section: p.primary, fixes: () => [causation(), ...fixes()].filter((x): x is Fix => x !== undefined) });
      } else if (!billSpeaksOfChildVictims && (!p.primary.protections.length || p.primary.protections.some((x) => !NO_TEST.has(x.form)) || sections.some((s) => factsOf<NexusFacts>('duress-threshold', s).hits.length > 0))) {
        // "neither does the rest of the bill" is untrue of a bill that defines "child" elsewhere.
        const defined = bill.sections.flatMap((s) => s.model.definitions).find((d) => CHILD_TERM.test(d.term));
        if (defined) report({ messageId: 'hintDefined', data: { provision: p.name, term: defined.term }, span: anchor, section: p.primary, fixes });
        else report({ messageId: 'hint', data: { provision: p.name }, span: anchor, section: p.primary, fixes });
      }
    }
  },

  explain({ facts, factsOf }, p) {
    const out: ExplainItem[] = [];
    for (const s of sectionsOf(p)) {
      const f = facts(s);
      for (const l of f.limbs) out.push({ aspect: 'Children', reading: 'a limb for child victims', words: [abs(s, l)] });
      for (const d of f.demandingLimbs) out.push({ aspect: 'Children', reading: d.why === 'same-conditions' ? 'children only get the adults\' test' : d.why === 'means' ? 'the rule for children still asks for one of the means of trafficking' : 'the rule for children still asks for compulsion', words: [abs(s, d.span)] });
      for (const a of f.adultOnly) out.push({ aspect: 'Children', reading: 'limited to adults', words: [abs(s, a)] });
      if (factsOf<NexusFacts>('duress-threshold', s).requiresMeans && f.traffickerMeans) out.push({ aspect: 'Children', reading: 'the link required is to the means of trafficking, which children need not show' });
    }
    if (!out.length) out.push({ aspect: 'Children', reading: 'nothing is said of children' });
    return out;
  },
});
