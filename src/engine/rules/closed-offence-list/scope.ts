import { LIST_OPENER, OFFENCE_NOUN, VICTIM_STATUS } from '../../lexicon.js';
import { CARVE_OUT } from '../../analyse.js';
import { firstMatch, has, matchAll, type PatternSet } from '../../patterns.js';
import { ANY_LAW, CATCH_ALL, DELEGATED, NAMED_LAW, OFFENCE_CLASS, OFFENCE_KIND, STATUTORY_REFERENCE, CODE_CITATION } from './patterns.js';
import { LESSER_CLASS } from '../serious-offence-exclusion/patterns.js';

/**
 * Whether the words naming the acts a protection covers quantify over all offences (open) or name
 * offences (closed): the concept behind the closed-offence-list rule. A scope is closed when its
 * object names offences rather than quantifying over them: a list of kinds ("illegal entry; unlawful
 * residence"), a single kind ("a charge of soliciting"), offences named by cross-reference ("a
 * violation of section 41", "an offence under this Part", "under the Immigration Act"). It is open
 * when it quantifies ("any offence", "an offence", "unlawful acts", "criminal act"), when a list of
 * kinds follows "including" after such a quantifier, or when a catch-all closes the list ("or any
 * other offence"). A carve-out from an open scope ("any offence other than murder") is not a closed
 * list (the serious-offence-exclusion rule is about carve-outs).
 */

export const KINDS: PatternSet = Object.values(OFFENCE_KIND);

export type ScopeKind = 'general' | 'open' | 'closed' | 'unknown';
export type ClosedBy = 'list' | 'kind' | 'reference' | 'own-law' | 'delegated';

export interface ScopeReading {
  kind: ScopeKind;
  /** The preposition just before `from` when the words followed a consequence ("a prosecution [for]"). */
  anchor?: string;
  /** For a closed scope: how it is closed. */
  by?: ClosedBy;
  /** Offsets (in the text given) of the words naming what is covered. */
  from: number;
  to: number;
  /** Where a carve-out starts, if the words carve something out ("other than murder"). */
  carveOutAt?: number;
}

const QUANTIFIER_WORD = /\b(?:any|all|every|other|unlawful|illegal|criminal|wrongful|such|prohibited|punishable)\b/gi;
/**
 * Whether the words before a noun quantify it: a quantifier word ("any", "all", "other", "unlawful"...)
 * followed only by words, spaces and hyphens, at most 30 characters, up to the end of `before`. The
 * quantifier is looked for only in the last 42 characters (30, and the longest quantifier word).
 */
function quantifiedBefore(before: string): boolean {
  const from = Math.max(0, before.length - 42);
  for (const m of before.slice(Math.max(0, from - 1)).matchAll(QUANTIFIER_WORD)) {
    const start = m.index + Math.max(0, from - 1);
    const end = start + m[0].length;
    if (start < from || before.length - end > 30) continue;
    if (/^[\w\s-]*$/.test(before.slice(end))) return true;
  }
  return false;
}
const ARTICLE = /\b(?:an?|any)\s+(?:criminal\s+|other\s+|unlawful\s+|illegal\s+|penal\s+)?$/i;
const PLURAL = /^(?:offen[cs]es|crimes|violations|infractions|acts|activities|misdemeanou?rs|felonies|charges|contraventions)$/i;
const SINGULAR = /^(?:offen[cs]e|crime|violation|act|misdemeanou?r|felony|charge|contravention|infraction)$/i;
/** "the offence of trafficking" names the trafficker's offence, not the victim's. */
const TRAFFICKING_OFFENCE_AFTER = /^\s+of\s+(?:the\s+)?(?:people\s+|human\s+|persons?\s+)?traffick/i;
/** A consequence noun standing for the acts: "a prosecution under this section", "proceedings for". */
const CONSEQUENCE_LEAD = /^\s*(?:an?\s+|any\s+|the\s+)?(?:criminal\s+)?(?:prosecutions?|proceedings?|charges?|convictions?|trials?|indictments?|arrests?|complaints?|punishments?|penalt(?:y|ies)|liability)\s+(?:(?:for|of|in\s+respect\s+of|in\s+relation\s+to|against)(?=\W)|(?=(?:under|contrary\s+to|brought\s+under)\b))/i;

function kindBefore(before: string): boolean {
  const last = /(?<![\w-])([\w-]+)\s{0,8}$/.exec(before)?.[1] ?? '';
  // (Offences limited by gravity, "minor" or "summary" offences, are a carve-out, not a list of kinds.)
  return has(KINDS, last) || /-related$/i.test(last) || /^(?:sex|sexual|street|status|public)$/i.test(last);
}

/**
 * Whether the offence noun at [at, end) belongs to one class of offences ("administrative offences",
 * "misdemeanours") and the words [start, to) name no offending beyond that class: 'closed' when they
 * do not, 'open' when another offence noun stands beside it ("misdemeanours and felonies",
 * "administrative offences and crimes"), undefined when the noun names no class. A class of lesser
 * offences ("petty offences", "misdemeanours only") is left to serious-offence-exclusion, which reads
 * it as a limit by gravity: one finding for one defect.
 */
function offenceClass(text: string, at: number, end: number, start: number, to: number): 'closed' | 'open' | undefined {
  const classes = matchAll([OFFENCE_CLASS], text, start, to);
  if (!classes.some((c) => c.index <= at && end <= c.end)) return undefined;
  for (const n of matchAll(OFFENCE_NOUN, text, start, to)) {
    if (!classes.some((c) => c.index <= n.index && n.end <= c.end)) return 'open';
  }
  if (has(LESSER_CLASS, text.slice(start, to))) return undefined;
  return 'closed';
}

/** What follows a noun that restricts it: "under the Immigration Act", "relating to prostitution", "of soliciting". */
function restriction(text: string, at: number, to: number): { closed: boolean; general: boolean; delegated?: boolean } {
  const after = text.slice(at, Math.min(to, at + 120));
  // "an offence of a class prescribed by the Minister": a category another instrument will name.
  const delegated = firstMatch([DELEGATED], after);
  if (delegated && delegated.index <= 3) return { closed: true, general: false, delegated: true };
  if (has(ANY_LAW, after.slice(0, 60))) return { closed: false, general: true };
  const ref = firstMatch([STATUTORY_REFERENCE, CODE_CITATION, NAMED_LAW], after);
  if (ref && ref.index <= 3) {
    // "under this Act or any other written law" keeps the scope open.
    if (/^\s*(?:,\s*)?or\s+(?:under\s+)?any\s+other\b/i.test(after.slice(ref.end, ref.end + 40))) return { closed: false, general: true };
    return { closed: true, general: false };
  }
  const r = /^\s*(?:under|against|relating\s+to|related\s+to|in\s+relation\s+to|concerning|involving|in\s+respect\s+of|of|connected\s+with|linked\s+to)\s+([^;:]{0,120})/i.exec(after);
  if (r) {
    // "relating to his or her being a trafficked person, such as the lack of valid travel documents": the
    // words after "relating to" are the link to the trafficking, and what follows "such as" examples.
    const opener = firstMatch(LIST_OPENER, r[1]!);
    const what = opener ? r[1]!.slice(0, opener.index) : r[1]!;
    if (has(VICTIM_STATUS, what)) return { closed: false, general: true };
    if (has(KINDS, what)) return { closed: true, general: false };
  }
  return { closed: false, general: false };
}

/** Where the noun phrase ending with the noun at `at` starts: back over its words, to a comma or the region's start. */
function nounPhraseStart(text: string, at: number, limit: number): number {
  let i = at;
  while (i > limit && !/[,;:(—–]/.test(text[i - 1]!)) i--;
  const lead = /^\s*(?:(?:or|and|nor)\s+)?(?:\w+\s+(?:for|of)\s*,\s*)?/i.exec(text.slice(i, at));
  return i + (lead ? lead[0].length : 0);
}

/**
 * Reads the words text[from, to) that name the acts covered. Offsets in the result are in `text`.
 */
export function readScope(text: string, from: number, to: number): ScopeReading {
  let start = from;
  const lead = CONSEQUENCE_LEAD.exec(text.slice(start, to));
  if (lead) start += lead[0].length;
  const leadAnchor = lead ? /(?:for|of|in\s+respect\s+of|in\s+relation\s+to|against)$/i.exec(lead[0])?.[0].toLowerCase().replace(/\s+/g, ' ') : undefined;
  // A carve-out ends the words naming what is covered ("any offence other than murder").
  const carve = firstMatch(CARVE_OUT, text, start, to);
  const end = carve ? carve.index : to;
  const base: Pick<ScopeReading, 'from' | 'to'> = { from: start, to: end };
  const withCarve = (r: ScopeReading): ScopeReading => {
    const out = carve ? { ...r, carveOutAt: carve.index } : r;
    // (The words may start after the spaces that follow the lead: "any penalty for[ ]administrative offences".)
    return leadAnchor && out.anchor === undefined && out.from >= start && text.slice(start, out.from).trim() === '' ? { ...out, anchor: leadAnchor } : out;
  };
  // "prosecution under this section": the consequence noun names the offences by reference; but in
  // "any punishment under this Act or any other law for engaging in prostitution" the acts follow.
  if (lead && /^(?:under|contrary\s+to|brought\s+under)\b/i.test(text.slice(start, end).trimStart())) {
    const next = /\b(?:for|in\s+respect\s+of|in\s+relation\s+to|with\s+respect\s+to)\s+/i.exec(text.slice(start, end));
    if (next) return readScope(text, start + next.index + next[0].length, to);
    const words = text.slice(start, end);
    if (has(ANY_LAW, words)) return withCarve({ kind: 'general', ...base });
    const ref = firstMatch([STATUTORY_REFERENCE, CODE_CITATION, NAMED_LAW], words);
    if (ref) return withCarve({ kind: 'closed', by: /\bthis\s+(?:act|law|decree|proclamation|ordinance|statute)\b/i.test(ref.text) ? 'own-law' : 'reference', ...base });
  }
  // "..., or any other offence committed as a direct result...": a catch-all opens the list again.
  if (has(CATCH_ALL, text.slice(start, end))) return withCarve({ kind: 'open', ...base });
  for (const m of matchAll(OFFENCE_NOUN, text, start, end)) {
    // "the Immigration Act": a statute's name, not an act committed.
    if (m.text === 'Act' && namesLaw(text.slice(Math.max(start, m.index - 50), m.index))) continue;
    const noun = m.text.toLowerCase();
    const before = text.slice(Math.max(start, m.index - 60), m.index).toLowerCase();
    const phrase = { ...base, from: nounPhraseStart(text, m.index, start) };
    // "for the following offences, where ...: 1° ...; 2° ..." (the civil-law way of opening a list) names a list too.
    if (/(?:any|all|each|one|some)\s+of\s+(?:the\s+following|these|those)\s+$/.test(before) || /\bthe\s+following\s+$/.test(before) || /^\s*(?:listed|set\s+out|below|as\s+follows|:)/i.test(text.slice(m.end, m.end + 20))) {
      return withCarve({ kind: 'closed', by: 'list', ...phrase });
    }
    // "the crimes of trafficking in human beings", "trafficking offences": only the trafficking law's own offences.
    if (TRAFFICKING_OFFENCE_AFTER.test(text.slice(m.end, m.end + 40)) || /\btraffick\w{0,40}\s{1,8}(?:in\s{1,8}(?:persons|human\s{1,8}beings)\s{1,8})?$/.test(before)) {
      return withCarve({ kind: 'closed', by: 'kind', ...phrase });
    }
    if (/\b(?:such|these|those|said|this|that|the\s+following|following)\s+$/.test(before)) continue;
    // "administrative offences", "misdemeanours": one class of offending, unless a wider one stands beside it.
    const cls = offenceClass(text, m.index, m.end, start, end);
    if (cls === 'closed') return withCarve({ kind: 'closed', by: 'kind', ...phrase });
    if (cls === 'open') return withCarve({ kind: 'general', ...base });
    // "immigration offences", "prostitution-related offences": restricted to a kind.
    if (kindBefore(before)) return withCarve({ kind: 'closed', by: 'kind', ...phrase });
    const r = restriction(text, m.end, end);
    if (r.closed) {
      const ownLaw = /^\s*(?:under|of|against|in)\s+this\s+(?:act|law|decree|proclamation|ordinance|statute)\b/i.test(text.slice(m.end, m.end + 40));
      const byRef = has([STATUTORY_REFERENCE, CODE_CITATION, NAMED_LAW], text.slice(m.end, Math.min(end, m.end + 120)));
      return withCarve({ kind: 'closed', by: r.delegated ? 'delegated' : ownLaw ? 'own-law' : byRef ? 'reference' : 'kind', ...phrase });
    }
    // "a relevant offence", "a qualifying crime": a category a definition decides (definedScope reads it);
    // the words alone limit nothing.
    const quantified = quantifiedBefore(before) || PLURAL.test(noun) || (SINGULAR.test(noun) && (ARTICLE.test(before) || DEFINED_CATEGORY_BEFORE.test(before))) || r.general;
    if (quantified) {
      // "any offence, including illegal entry": the list that follows is examples.
      return withCarve({ kind: 'general', ...base });
    }
  }
  const words = text.slice(start, end);
  // "any criminal, administrative, civil or immigration penalty or sanction": the words name the
  // punishment kept away, not the offences covered.
  if (namesSanctionsOnly(words)) return withCarve({ kind: 'unknown', ...base });
  const hasRef = firstMatch([STATUTORY_REFERENCE, CODE_CITATION, NAMED_LAW], words);
  if (!has(KINDS, words) && !hasRef) return withCarve({ kind: 'unknown', ...base });
  if (has(ANY_LAW, words)) return withCarve({ kind: 'general', ...base });
  const opener = firstMatch(LIST_OPENER, words);
  if (opener && !has(KINDS, words.slice(0, opener.index)) && !hasRef) return withCarve({ kind: 'open', ...base });
  if (has(CATCH_ALL, words)) return withCarve({ kind: 'open', ...base });
  const kinds = matchAll(KINDS, words);
  const by: ClosedBy = hasRef && (!kinds.length || hasRef.index < kinds[0]!.index) ? (/\bthis\s+(?:act|law)\b/i.test(hasRef.text) ? 'own-law' : 'reference') : /[;,]|\bor\b|\band\b/.test(words.trim()) && kinds.length > 1 ? 'list' : 'kind';
  // "under the Immigration Act for anything": the words that name the offences are the law's name.
  if (by === 'reference' && hasRef && words.slice(0, hasRef.index).trim() === '') return withCarve({ kind: 'closed', by, from: start, to: start + hasRef.end });
  return withCarve({ kind: 'closed', by, ...base });
}

/** An article and an adjective naming a category that a definition gives ("a relevant ", "any qualifying "), before the noun. */
const DEFINED_CATEGORY_BEFORE = /\b(?:an?|the|any|every)\s{1,8}(?:relevant|qualifying|eligible|covered|applicable|designated|specified|prescribed|scheduled|listed|enumerated)\s{1,8}$/;

const SANCTION_NOUN = /^(?:penalt(?:y|ies)|sanctions?|measures?|punishments?|fines?|liabilit(?:y|ies))$/i;

/**
 * Whether `words` end with a noun naming a punishment ("penalty", "sanction", "measure") and name no
 * offence: "any criminal, administrative, civil or immigration penalty or sanction" says what is kept
 * away from the victim, not which offences are covered. The last word is found by a scan from the end.
 */
function namesSanctionsOnly(words: string): boolean {
  let e = words.length;
  while (e > 0 && !/[\p{L}\p{N}]/u.test(words[e - 1]!)) e--;
  let b = e;
  while (b > 0 && /[\p{L}\p{N}]/u.test(words[b - 1]!)) b--;
  return b < e && SANCTION_NOUN.test(words.slice(b, e)) && matchAll(OFFENCE_NOUN, words, 0, words.length).length === 0;
}

/**
 * Whether `before` (the words before "Act") ends with a capitalised word and one to eight spaces ("the
 * Immigration "): a statute's name. A scan from the end, not a pattern anchored there.
 */
function namesLaw(before: string): boolean {
  let k = before.length;
  while (k > 0 && before.length - k < 8 && /\s/.test(before[k - 1]!)) k--;
  if (k === before.length || (k > 0 && /\s/.test(before[k - 1]!))) return false;
  for (let i = k - 1; i >= 0 && k - i <= 41 && /[\w'’()-]/.test(before[i]!); i--) if (/[A-Z]/.test(before[i]!)) return true;
  return false;
}
