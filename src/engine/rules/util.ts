import type { Span } from '../analyse.js';
import type { TextEdit } from '../types.js';
import type { AnalysedSection, Provision } from '../model.js';
import type { Sentence } from '../bill.js';
import { CLAUSES } from '../../corpus/clauses.generated.js';
import type { Clause } from '../bill.js';
import { isTitle, provisionUnit } from '../sections.js';
import { subsectionNumberBetween } from '../drafting/index.js';

/** The sections a provision is stated in: its own, then those that refer back to it. */
export function sectionsOf(p: Provision): AnalysedSection[] {
  return [p.primary, ...p.attached];
}

export function abs(s: AnalysedSection, span: Span): Span {
  return { start: s.base + span.start, end: s.base + span.end };
}

/** Where a provision-level finding sits: the section's heading, or else the first line of its text. */
export function provisionAnchor(s: AnalysedSection): Span {
  const m = s.model;
  if (m.headingEnd > m.headingStart) return abs(s, { start: m.headingStart, end: m.headingEnd });
  const c = m.clauses[0];
  if (!c) return { start: s.base, end: Math.max(s.base + 1, s.chunk.end) };
  const nl = c.text.indexOf('\n');
  const last = nl >= 0 ? c.map[Math.max(0, nl - 1)]! + 1 : c.end;
  return abs(s, { start: c.start, end: Math.max(last, c.start + 1) });
}

/** The wording of a drafting pattern from corpus/ (the one source of truth for inserted text). */
export function patternText(id: string): string {
  const c = CLAUSES.find((x) => x.id === id);
  if (!c) throw new Error(`drafting pattern ${id} is missing from corpus/`);
  return c.text;
}

export function sentenceOf(s: AnalysedSection, index: number): Sentence {
  return s.model.sentences[index]!;
}

/** Offset in the document just after a sentence's last character. */
export function sentenceEnd(s: AnalysedSection, sentence: Sentence): number {
  return s.base + sentence.map[sentence.map.length - 1]! + 1;
}

/**
 * Words quoted from the bill for a message: Markdown emphasis and line breaks removed, and, if longer
 * than `max` characters, cut after the last whole word that fits, with an ellipsis ("no realistic
 * alternative …", never "no realist…").
 */
export function quoteWords(text: string, span: Span, max = 90): string {
  const w = text.slice(span.start, span.end).replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();
  if (w.length <= max) return w;
  const cut = w.slice(0, max);
  const space = cut.lastIndexOf(' ');
  let whole = (space > max / 2 ? cut.slice(0, space) : cut).replace(/(?<![\s,;:])[\s,;:]+$/, '');
  // A quotation never ends on a word that leaves its phrase open ("lies on the …"): it runs on, by a
  // few words at most, to the word that completes it ("lies on the accused …").
  if (space > max / 2) {
    const rest = w.slice(whole.length).split(' ').filter(Boolean);
    let more = 0;
    while (more < rest.length && more < 3 && OPEN_WORD.test(lastWord(whole)) && whole.length + rest[more]!.length < max + 30) whole += ` ${rest[more++]}`;
    if (more === rest.length) return w;
    whole = whole.replace(/(?<![\s,;:])[\s,;:]+$/, '');
  }
  return `${whole} …`;
}

/** Words after which a phrase is not complete: articles, prepositions, conjunctions, auxiliaries. */
const OPEN_WORD = /^(?:the|a|an|of|on|to|in|for|by|with|from|at|as|and|or|nor|that|which|who|whom|whose|is|are|was|were|be|been|its|his|her|their|this|these|those|such|any|no|not|shall|may|must|under|upon|into|than)$/i;

/** The last word of `text` (letters, digits, apostrophes, hyphens), or ''. A scan from the end: a pattern anchored at the end would be tried from every position. */
function lastWord(text: string): string {
  const isWordChar = (c: string) => /[\w'’-]/.test(c);
  let end = text.length;
  while (end > 0 && !isWordChar(text[end - 1]!)) end--;
  let start = end;
  while (start > 0 && isWordChar(text[start - 1]!)) start--;
  return text.slice(start, end);
}

/** Merges spans that overlap or lie within `gap` characters of each other. */
export function mergeSpans<T extends { span: Span }>(items: T[], gap = 0): T[][] {
  const sorted = [...items].sort((a, b) => a.span.start - b.span.start);
  const groups: T[][] = [];
  let end = -Infinity;
  for (const it of sorted) {
    if (groups.length && it.span.start <= end + gap) {
      groups[groups.length - 1]!.push(it);
      end = Math.max(end, it.span.end);
    } else {
      groups.push([it]);
      end = it.span.end;
    }
  }
  return groups;
}

export function unionSpan(spans: Span[]): Span {
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

/**
 * Where and how a new subsection is added to a provision (never inside a quotation of another
 * instrument or a recital), in the drafter's numbering: "(4) " after three numbered subsections; the
 * next letter after subsections lettered as whole sentences ("(a) It is an affirmative defense ..."
 * or "A."); the next sub-article after "1/", "2/" (Ethiopian style) or "21.1.", "21.2." (paragraphs
 * numbered after their article); in a section of one unnumbered paragraph (with or without lettered
 * paragraphs under it), that paragraph becomes "(1) " (the `numbering` edit) and the new one "(2) ";
 * otherwise an unnumbered paragraph. `numbered` says whether the new text is a numbered subsection
 * (then it may call itself `part`: "this subsection", or "this paragraph" in an Article).
 *
 * Definitions and Explanations close a section (drafting practice): when the provision ends with a
 * definitions subsection ("In this section—", "In this section, "x" means ...", "For the purposes of
 * this section, "x" means ...") or an "Explanation.—", the new subsection goes before it (`before`)
 * and, where the definitions subsection is numbered, an inserted number between the two: "(3A)"
 * between "(3)" and "(4)", "(1A)" between "(1)" and "(2)", "(3B)" where "(3A)" is taken (drafting
 * practice: nothing is renumbered, so every cross-reference still points where it did).
 * `definitions` then describes the definitions list, where a definition the new
 * subsection needs goes instead of being written into it (see `definitionEntry`).
 *
 * A footnote reference closing the last clause stays with it. `at` is a document offset (UTF-16);
 * undefined when the provision has no text of its own or ends in a list numbered "1.", "2." (a
 * treaty's paragraphs), where a new paragraph would read as one more item.
 */
export interface NewSubsection {
  at: number;
  numbering: TextEdit[];
  prefix: string;
  numbered: boolean;
  part: 'this subsection' | 'this paragraph' | 'this subdivision';
  /** The line prefix of the last clause ("> " in a quoted insertion), for every new line. */
  linePrefix: string;
  /** What separates the new subsection from words that followed the last clause on its line. */
  tail: string;
  /** The new subsection goes before the definitions or Explanation that close the provision, at the start of their line. */
  before: boolean;
  definitions?: DefinitionList;
}

/** A list of definitions, one to a paragraph, closing a provision after "In this section—". */
export interface DefinitionList {
  /**
   * Set when the closing subsection is one sentence defining one term ("In this section "relevant
   * characteristics" means age, sex ..."): a further definition joins that sentence ("..., and
   * "child" means ..."); `entries` then holds that one definition, its `end` at the full stop.
   */
  inline?: boolean;
  entries: DefinitionEntry[];
  /** What separates two entries: a blank line (with the line prefix) or a line ending. */
  separator: string;
  linePrefix: string;
}

export interface DefinitionEntry {
  /** The term as written ("victim of modern slavery"). */
  term: string;
  /** Where the entry's line starts, and where the entry ends (document offsets, UTF-16). */
  lineStart: number;
  end: number;
  /** The marks around the term: "*" and "*", "**" and "**", "“" and "”". */
  open: string;
  close: string;
  /** What ends the entry: ".", ";", "; and", "; or" or ''. */
  terminator: string;
}

/** The words of a clause after its number and any emphasis marks: "Explanation.—For the purposes ...". */
function wordsOf(c: Clause): string {
  return c.text.replace(/^\s{0,8}(?:\([0-9A-Za-z]{1,5}\)|\d{1,3}\/|[A-Z]\.)?[\s*_]{0,8}/, '');
}

/** The numbering family of a clause marker: "(4)" digits, "(b)" letters, '' none. */
function family(marker: string): string {
  if (/^\(\d/.test(marker)) return 'digit';
  if (/^\([a-z]/.test(marker)) return 'lower';
  if (/^\([A-Z]/.test(marker)) return 'upper';
  if (/^[A-Z]\.$/.test(marker)) return 'upper-dot';
  if (/^\d+\.$/.test(marker)) return 'dotted';
  return '';
}

const EXPLANATION = /^explanations?\b/i;
const INTERPRETATION = /^(?:(?:in|for\s{1,3}the\s{1,3}purposes?\s{1,3}of)\s{1,3}this\s{1,3}(?:section|article|clause|regulation|rule)\b|(?:definitions?|interpretation)\s{0,3}[.:—–-])/i;
/** The end of words introducing a list: "In this section—", "In this section,—", "In this section:". */
const LIST_INTRODUCER = /[,]?[ \t]{0,3}[—–:-]{1,2}[ \t]{0,3}$/;

function hasDefinition(s: AnalysedSection, c: Clause): boolean {
  return s.model.definitions.some((d) => d.termStart >= c.start && d.termStart < c.end);
}

/**
 * The index of the first clause of the definitions or Explanation that close the provision, or -1:
 * an Explanation, or an interpretation subsection that defines a term (itself or in the list it
 * introduces), followed by nothing but more of the same, definitions and lower-level paragraphs.
 */
function closingMatter(s: AnalysedSection, clauses: Clause[]): number {
  const lead = (c: Clause) => {
    const w = wordsOf(c);
    if (EXPLANATION.test(w)) return true;
    if (!INTERPRETATION.test(w)) return false;
    return hasDefinition(s, c) || LIST_INTRODUCER.test(w.split('\n')[0]!);
  };
  for (let k = 1; k < clauses.length; k++) {
    const c = clauses[k]!;
    if (!lead(c)) continue;
    const fam = family(c.marker);
    // Lettered subsections are left where they are: references to them ("subsection (h)") are not followed.
    if (fam !== '' && fam !== 'digit') return -1;
    const top = fam || family(clauses.find((x) => x.marker)?.marker ?? '');
    const rest = clauses.slice(k + 1);
    if (!EXPLANATION.test(wordsOf(c)) && !hasDefinition(s, c) && !(rest[0] && hasDefinition(s, rest[0]))) continue;
    if (rest.every((x) => lead(x) || hasDefinition(s, x) || (family(x.marker) !== '' && family(x.marker) !== top))) return k;
    return -1;
  }
  return -1;
}

/** The definitions list a closing interpretation subsection introduces, when it is one (entries unnumbered, one to a paragraph). */
function definitionList(s: AnalysedSection, clauses: Clause[], k: number, text: string, eol: string): DefinitionList | undefined {
  const lead = clauses[k]!;
  if (!INTERPRETATION.test(wordsOf(lead))) return undefined;
  if (hasDefinition(s, lead)) return inlineDefinition(s, clauses, k, text);
  if (!LIST_INTRODUCER.test(wordsOf(lead).split('\n')[0]!)) return undefined;
  const entries: DefinitionEntry[] = [];
  for (const c of clauses.slice(k + 1)) {
    if (c.marker) return undefined;
    const d = s.model.definitions.find((x) => x.termStart >= c.start && x.termStart < c.end);
    if (!d) return undefined;
    const termStart = s.base + d.termStart;
    const termEnd = s.base + d.termEnd;
    const lineStart = text.lastIndexOf('\n', termStart - 1) + 1;
    const open = text.slice(lineStart + c.linePrefix.length, termStart);
    const close = /^[*_"”’']{0,2}/.exec(text.slice(termEnd, termEnd + 2))![0];
    if (!/^[*_"“‘']{0,2}$/.test(open)) return undefined;
    const end = s.base + c.end;
    const terminator = /(?:;[ \t]{1,3}(?:and|or)|[.;,])?$/.exec(text.slice(Math.max(lineStart, end - 8), end))![0];
    entries.push({ term: d.term, lineStart, end, open, close, terminator });
  }
  if (!entries.length) return undefined;
  const gap = text.slice(s.base + lead.end, entries[0]!.lineStart);
  const lp = lead.linePrefix;
  return { entries, separator: /\n[ \t>]*\r?\n/.test(gap) ? `${eol}${lp.trimEnd()}${eol}` : eol, linePrefix: lp };
}

/** A closing subsection that is one sentence defining one term, the last clause of the provision (see DefinitionList.inline). */
function inlineDefinition(s: AnalysedSection, clauses: Clause[], k: number, text: string): DefinitionList | undefined {
  const lead = clauses[k]!;
  if (k !== clauses.length - 1) return undefined;
  const defs = s.model.definitions.filter((d) => d.termStart >= lead.start && d.termStart < lead.end);
  const words = lead.text.trimEnd();
  // One definition, one sentence, no list inside it.
  if (defs.length !== 1 || !words.endsWith('.') || /[;:]|\.\s/.test(words.slice(0, -1))) return undefined;
  const d = defs[0]!;
  const termStart = s.base + d.termStart;
  const termEnd = s.base + d.termEnd;
  const open = /[*_"“‘']{1,2}$/.exec(text.slice(termStart - 2, termStart))?.[0] ?? '';
  const close = /^[*_"”’']{0,2}/.exec(text.slice(termEnd, termEnd + 2))![0];
  if (!open) return undefined;
  const stop = text.lastIndexOf('.', s.base + lead.end);
  if (stop < termEnd) return undefined;
  return { inline: true, entries: [{ term: d.term, lineStart: termStart - open.length, end: stop, open, close, terminator: '.' }], separator: '', linePrefix: lead.linePrefix };
}

/**
 * The edit adding the definition of `term` ("child") to the definitions list closing the provision,
 * in the list's own form (the term's marks, its punctuation) and in alphabetical order; undefined
 * when the list's punctuation would have to change for it (a list ending "; and" then "."), so that
 * the caller defines the term in the new subsection instead.
 */
export function definitionEntry(list: DefinitionList, term: string, verb: string, body: string): TextEdit | undefined {
  const { entries } = list;
  if (list.inline) {
    // "In this section "child" means ..., and "relevant characteristics" means ...", in alphabetical order.
    const e = entries[0]!;
    const words = `${e.open}${term}${e.close} ${verb} ${body}`;
    if (e.term.toLowerCase().localeCompare(term.toLowerCase()) > 0) return { start: e.lineStart, end: e.lineStart, newText: `${words}, and ` };
    return { start: e.end, end: e.end, newText: `, and ${words}` };
  }
  const i = entries.findIndex((e) => e.term.toLowerCase().localeCompare(term.toLowerCase()) > 0);
  const model = entries[Math.max(0, i < 0 ? entries.length - 1 : i)]!;
  const same = entries.every((e) => e.terminator === entries[0]!.terminator);
  let terminator: string;
  if (same) terminator = model.terminator;
  else if (i >= 0 && i < entries.length - 1) terminator = model.terminator;
  else if (i >= 0 && i > 0) terminator = entries[i - 1]!.terminator;
  else return undefined;
  const words = `${model.open}${term}${model.close} ${verb} ${body}${terminator}`;
  const lp = list.linePrefix;
  if (i >= 0) return { start: model.lineStart, end: model.lineStart, newText: `${lp}${words}${list.separator}` };
  return { start: model.end, end: model.end, newText: `${list.separator}${lp}${words}` };
}

/** Paragraphs numbered in their own words, which the reader takes for text: "1/ A victim ..." (sub-articles), "§ 1. A victim ..." (paragraphs of an article), "21.1. A victim ..." (paragraphs numbered after their article). */
function textNumbering(s: AnalysedSection, clauses: Clause[]): string | undefined {
  if (clauses.some((c) => c.marker)) return undefined;
  const slash = clauses.map((c) => /^(\d{1,3})\/[ \t]/.exec(c.text)?.[1]);
  if (slash.every((x) => x !== undefined)) return `${Math.max(...slash.map(Number)) + 1}/ `;
  // "§ 1. A victim ...", "§ 2. ..." (paragraphs of an article, Polish style).
  const para = clauses.map((c) => /^(§[ \t]{0,2})(\d{1,3})\.[ \t]/.exec(c.text));
  if (para.every((x) => x !== null)) return `${para[0]![1]}${Math.max(...para.map((x) => Number(x![2]))) + 1}. `;
  const n = s.model.number.replace(/\s+/g, '');
  if (!/^\d{1,4}$/.test(n)) return undefined;
  const dotted = clauses.map((c) => new RegExp(`^${n}\\.(\\d{1,3})\\.?[ \\t]`).exec(c.text)?.[1]);
  if (dotted.every((x) => x !== undefined)) return `${n}.${Math.max(...dotted.map(Number)) + 1}. `;
  return undefined;
}

/**
 * The number of a numbered subsection: its marker's, or for a first clause run on from the heading,
 * the number it opens with ("**21.**—(1) A person ...") or the one the heading ends with
 * ("**8.—(1)** A person ...", "**279.05 (1)** On application ...", where the reader took the number
 * for part of the heading).
 */
function subsectionNumber(c: Clause, i: number, heading = ''): number | undefined {
  let n = /^\((\d+)\)$/.exec(c.marker)?.[1];
  if (n === undefined && i === 0 && c.marker === '') n = /^[—–-]?[ \t]{0,2}\((\d{1,3})\)[ \t]/.exec(c.text)?.[1] ?? headingSubsection(heading);
  return n === undefined ? undefined : Number(n);
}

/** "Subdivision 1. Defense. ...", "Subd. 2. Offenses. ...": a subdivision of a statute, and its number. */
export const SUBDIVISION = /^(?:Subdivision|Subd\.)[ \t]{1,3}(\d{1,3})\.[ \t]/;

/**
 * The subsection number a heading ends with, where the reader took it for part of the heading
 * ("**8.—(1)**", "**279.05 (1)**"). Not an article's own number written in brackets ("Article 586 (8)",
 * "**Article (4)**"): only a first subsection follows the word "Article" or "Section" that way.
 */
function headingSubsection(heading: string): string | undefined {
  const h = heading.replace(/[*_]/g, '').trim();
  const m = /(?:[—–-][ \t]{0,2}|[ \t])\((\d{1,3})\)$/.exec(h);
  if (!m) return undefined;
  if (m[1] !== '1' && /^(?:Article|Art\.?|Section|Sec\.?)(?:[ \t]{1,3}[\w.-]{1,12})?$/i.test(h.slice(0, m.index).trim())) return undefined;
  return m[1];
}

/** A section's number written before its title on a line of its own: "§ 748.2. ", "Sec. 46. ", "Section 14-72. ". */
const SECTION_LINE = /^(?:§{1,2}|sec\.|section)[ \t]{0,2}\d{1,4}[a-zA-Z]{0,2}(?:[.-]\d{1,5}[a-zA-Z]{0,2}){0,3}\.?[ \t]{1,3}/i;
const SENTENCE_VERB = /\b(?:shall|must|may|is|are|was|were|be|has|have|means|includes|amended|added|repealed)\b/i;

/**
 * Whether the first of `clauses` is a title the reader left in the provision's text rather than words
 * of the provision: a line such as "§ 2658a. Motion to vacate ..." or "Sec. 46. Affirmative defense
 * for victims of trafficking.", followed by the provision's words.
 */
function leadingTitle(clauses: Clause[]): boolean {
  const c = clauses[0];
  if (!c || clauses.length < 2 || c.marker !== '' || c.text.includes('\n')) return false;
  const words = c.text.replace(SECTION_LINE, '');
  if (words !== c.text && words.length <= 200 && !SENTENCE_VERB.test(words)) return true;
  return isTitle(words);
}

/** Whether the words of a clause open with a capital letter after its marker (and any opening quotation mark): a whole sentence. */
function opensSentence(c: Clause): boolean {
  return /^["“‘']?[A-Z]/.test(c.text.replace(/^\s*(?:\([a-zA-Z]\)|[A-Z]\.)\s*/, ''));
}

/**
 * Subsections lettered in their own words, which the reader takes for text ("A. It is an
 * affirmative defense ...", "B. A defendant who ...", US state style): the next letter ("C. "), when
 * the first of `body` is "A." and the letters run in sequence.
 */
function letterDotNumbering(body: Clause[]): string | undefined {
  const letters = body.map((c) => (c.marker === '' ? /^([A-Z])\.[ \t]{1,3}(?=["“]?[A-Z])/.exec(c.text)?.[1] : undefined));
  if (letters[0] !== 'A') return undefined;
  const seq = letters.filter((x) => x !== undefined);
  if (!seq.every((l, i) => l.charCodeAt(0) === 65 + i) || seq.length >= 26) return undefined;
  return `${String.fromCharCode(65 + seq.length)}. `;
}

/** An article's number (and its paragraph's, "§ 5") and title run in at the start of its text: "ARTÍCULO 5 — Non-punishability. ", "Art. 433quinquies, § 5. ". */
const PLAIN_RUN_IN = /^(?:art[íi]culo|article|art\.)[ \t]{0,3}\d{1,4}[a-z]{0,12}(?:,[ \t]{0,3}§[ \t]{0,3}(\d{1,3}))?\.?[ \t]{0,3}(?:[—–-][ \t]{0,3}[^.\n]{1,100}?\.)?[ \t]{1,3}(?=\S)/i;

/** "Provided that ...": a proviso, part of the subsection it follows. */
const PROVISO = /^[*_]{0,2}provided[ \t]{1,3}(?:also|further|always|however|that|,)/i;

/** A letter marking a subsection or paragraph: "(a)", "(A)" or "A.". */
const LETTER_MARK = /^(?:\([a-z]\)|\([A-Z]\)|[A-Z]\.)$/;

/** The marker after a lettered one, in its form: "(c)" after "(b)", "(E)" after "(D)", "C. " after "B.". */
function nextLetter(marker: string): string {
  const m = /([a-zA-Z])/.exec(marker)!;
  const next = String.fromCharCode(m[1]!.charCodeAt(0) + 1);
  return marker.startsWith('(') ? `(${next}) ` : `${next}. `;
}

/** A subsection's number as its marker writes it ("3", "3A", "3a"), or undefined for another marker. */
function subsectionMarkerNumber(marker: string): string | undefined {
  return /^\((\d{1,3}[A-Za-z]{0,2})\)$/.exec(marker)?.[1];
}

/**
 * The number of a subsection inserted between subsections `after` ("3") and `next` ("4") without
 * renumbering either (drafting practice: "(3A)", then "(3B)" where "(3A)" is taken), in the bill's own
 * habit: "(3a)" where the bill already writes its inserted subsections in small letters and never in
 * capitals. Undefined when no such number fits.
 */
function insertedSubsectionNumber(text: string, clauses: Clause[], after: string, next: string): string | undefined {
  const taken = clauses.map((c) => subsectionMarkerNumber(c.marker)).filter((x) => x !== undefined);
  const between = subsectionNumberBetween(after, next, taken);
  if (!between || !/[A-Z]$/.test(between)) return between;
  const small = /^[ \t>]{0,12}(?:\*\*|__)?\(\d{1,3}[a-z]\)/m.test(text);
  const capital = /^[ \t>]{0,12}(?:\*\*|__)?\(\d{1,3}[A-Z]\)/m.test(text);
  if (!small || capital) return between;
  const lower = between.toLowerCase();
  return taken.some((t) => t.toLowerCase() === lower) ? undefined : lower;
}

/** A new subsection number ("(3A) ") set in bold where the section's last numbered subsection's is ("**(3)** This section ..."). */
function emphasised(text: string, s: AnalysedSection, clauses: Clause[], prefix: string): string {
  if (!/^\(\d{1,3}[A-Za-z]{0,2}\) $/.test(prefix)) return prefix;
  const numbered = clauses.filter((c) => subsectionMarkerNumber(c.marker) !== undefined);
  const lastNumbered = numbered[numbered.length - 1];
  if (!lastNumbered) return prefix;
  const from = s.base + lastNumbered.start;
  const emphasis = /^(\*\*|__)$/.exec(text.slice(from - 2, from))?.[1];
  return emphasis && text.startsWith(`${lastNumbered.marker}${emphasis}`, from) ? `${emphasis}${prefix.trimEnd()}${emphasis} ` : prefix;
}

export function newSubsection(s: AnalysedSection, text: string, eol: string): NewSubsection | undefined {
  const operative = s.model.clauses.filter((c) => c.quoted !== 'instrument' && !c.recital);
  if (!operative.length) return undefined;
  let part: NewSubsection['part'] = provisionUnit(s.model, s.name) === 'article' ? 'this paragraph' : 'this subsection';
  // Definitions and an Explanation close the section: a new subsection goes before them.
  let k = closingMatter(s, operative);
  let closingLine = -1;
  if (k >= 0) {
    const c = operative[k]!;
    closingLine = text.lastIndexOf('\n', s.base + c.start - 1) + 1;
    // Only where the closing matter starts its own line (after its line prefix and emphasis marks).
    if (!/^[ \t>]{0,12}[*_]{0,2}$/.test(text.slice(closingLine, s.base + c.start))) k = -1;
    // A numbered definitions subsection gives its number to the new one: only when it follows the others in sequence ("(4)" after "(3)").
    const own = /^\((\d{1,3})\)$/.exec(c.marker)?.[1];
    const before = operative.slice(0, Math.max(k, 0)).map((x, i) => subsectionNumber(x, i, s.model.heading)).filter((x) => x !== undefined);
    if (own !== undefined && (!before.length || Math.max(...before) + 1 !== Number(own))) k = -1;
  }
  const clauses = k >= 0 ? operative.slice(0, k) : operative;
  const last = clauses[clauses.length - 1]!;
  if (/^\d+\.$/.test(last.marker)) return undefined;
  let at = s.base + last.end;
  const note = /^\[\^[^\]\s]{1,40}\]/.exec(text.slice(at, at + 44));
  if (note) at += note[0].length;
  // A clause that ends in a table's cell: the new subsection follows the whole table, never splits a row.
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (/^[ \t>]{0,12}\|/.test(text.slice(lineStart, at))) {
    const rows = /^(?:[^\n]*(?:\n|$))(?:[ \t>]{0,12}\|[^\n]*(?:\n|$))*/.exec(text.slice(at))![0];
    at += rows.replace(/\r?\n$/, '').length;
  }
  // A clause that is a cell of a table (the reader takes each cell for a paragraph).
  const inTable = (c: Clause) => {
    const from = text.lastIndexOf('\n', s.base + c.start - 1) + 1;
    return /^[ \t>]{0,12}\|/.test(text.slice(from, s.base + c.start));
  };
  const numbering: TextEdit[] = [];
  const numbers = clauses.map((c, i) => subsectionNumber(c, i, s.model.heading)).filter((x) => x !== undefined);
  let prefix = '';
  // Lettered clauses at the paragraph level: "(i)", "(v)" read as sub-paragraphs (roman numerals in a
  // list under "(1)") are not letters of the scheme. Only letters of one family count: "(a)", "(A)" or "A.".
  const letteredIn = (fam: string) => clauses.filter((c) => LETTER_MARK.test(c.marker) && family(c.marker) === fam && c.level !== 'subparagraph');
  const lastFamily = LETTER_MARK.test(last.marker) ? family(last.marker) : '';
  const wholeSentences = lastFamily !== '' && letteredIn(lastFamily).every((c) => /[.]["”’)]?\s*$/.test(c.text.trimEnd()) && opensSentence(c));
  // A provision that opens with a lettered subsection, each starting a sentence (US style: "(a) ...
  // (g) Effect.--...", with numbered paragraphs inside, some introducing lists; Ohio style "(A) ...
  // (D) ..."): the next letter. A first line that is a title the reader left in the text ("§ 2658a.
  // Motion to vacate ...") does not open the scheme.
  const title = leadingTitle(clauses);
  const body = title ? clauses.slice(1) : clauses;
  const opening = body[0]!;
  const topFamily = LETTER_MARK.test(opening.marker) ? family(opening.marker) : '';
  const sentences = topFamily ? letteredIn(topFamily) : [];
  const topLettered = topFamily !== '' && sentences.every(opensSentence);
  const lastLettered = sentences[sentences.length - 1];
  const inText = textNumbering(s, body) ?? letterDotNumbering(body);
  // A statute divided into subdivisions ("Subdivision 1. ...", "Subd. 2. ...", Minnesota style): the
  // next subdivision, never an item of a list inside one ("(1) prostitution ...; (4) theft ..."). A lone
  // subdivision is one set out by an amending section ("Subd. 6. ... (a) ... (b) ..."): its next paragraph.
  const subdivisions = body.map((c) => SUBDIVISION.exec(c.text)?.[1]).filter((x) => x !== undefined).map(Number);
  if (subdivisions.length > 1) {
    prefix = `Subd. ${Math.max(...subdivisions) + 1}. `;
    part = 'this subdivision';
  } else if (topLettered && lastLettered) prefix = nextLetter(lastLettered.marker);
  else if (numbers.length) prefix = `(${Math.max(...numbers) + 1}) `;
  else if (inText) prefix = inText;
  else if (wholeSentences) prefix = nextLetter(last.marker);
  else {
    // One unnumbered paragraph, perhaps with a list under it (lettered, roman or "1." items, or a
    // table), words closing the list, or a proviso: it becomes the first subsection and the new
    // text the second, "(1)" and "(2)", or "(a)" and "(b)" under a US-style section line ("§ 2812.
    // Defense for trafficking victims.").
    const first = body[0]!;
    const introducesList = /[—–:-][ \t]*$/.test(first.text.trimEnd());
    const follows = (c: Clause) =>
      /^\((?:[a-z]{1,2}|[ivx]{1,5})\)$/.test(c.marker) ||
      (c.marker === '' && /^[a-z]/.test(c.text.trimStart())) ||
      (c.marker === '' && PROVISO.test(c.text.trimStart())) ||
      (introducesList && c.level === 'item' && /^\d{1,3}\.$/.test(c.marker)) ||
      inTable(c);
    const single = first.level === 'text' && first.marker === '' && body.slice(1).every(follows);
    // The paragraph's words may open with a dash left from the heading ("**17A. Title.**—No child ...")
    // or, in a provision quoted mid-sentence, with a small letter.
    const words = /^(?:[—–-]{1,2}[ \t]{0,3})?["“]?\p{L}/u.test(first.text.trimStart());
    if (single && words && first.linePrefix === '' && !/^\(\d/.test(text.slice(s.base + first.start, s.base + first.start + 6))) {
      // A run-in heading the paragraph opens with ("**SEC. 17-C. Expungement of Records.** — Upon ...")
      // or a dash after the heading ("**17A. Title.**—No child ...") keeps its place: "(1)" follows it.
      const from = s.base + first.start - (/^(?:\*\*|__)$/.test(text.slice(s.base + first.start - 2, s.base + first.start)) ? 2 : 0);
      const runIn = /^(\*\*|__)(?:(?!\1)[^\n]){1,160}?[.:]\1[ \t]{0,3}(?:[—–-]{1,2}[ \t]{0,3})?(?=\S)/.exec(text.slice(from, s.base + first.end));
      // After a plain-text run-in heading ("SEC. 17. *Title.* — Trafficked persons ..."), the paragraph's own words follow the dash.
      const dash = /^[ \t]{0,3}[—–-]{1,2}[ \t]{0,3}(?=\S)/.exec(text.slice(s.base + first.start, s.base + first.end));
      // A heading run in without emphasis ("ARTÍCULO 5 — Non-punishability. Victims ..."), or an
      // article's numbered paragraph ("Art. 433quinquies, § 5. A victim ...", whose next paragraph is "§ 6.").
      const plain = runIn ? null : PLAIN_RUN_IN.exec(text.slice(s.base + first.start, s.base + first.end));
      const at1 = runIn ? from + runIn[0].length : s.base + first.start + (plain ? plain[0].length : dash ? dash[0].length : 0);
      const paragraph = (runIn ? PLAIN_RUN_IN.exec(`${runIn[0].replace(/[*_]/g, '').trimEnd()} x`) : plain)?.[1];
      const us = title && SECTION_LINE.test(clauses[0]!.text);
      if (paragraph !== undefined) prefix = `§ ${Number(paragraph) + 1}. `;
      else {
        numbering.push({ start: at1, end: at1, newText: us ? '(a) ' : '(1) ' });
        prefix = us ? '(b) ' : '(2) ';
        // A list numbered "1.", "2." ... under it keeps the bill's own numbering: relettering it would
        // change the bill's numbering as a side effect and break any reference to "paragraph 4"
        // (drafter review 7, C9).
      }
    }
  }
  prefix = emphasised(text, s, clauses, prefix);
  const lp = last.linePrefix;
  if (k >= 0) {
    const closing = operative[k]!;
    const own = /^\((\d{1,3})\)$/.exec(closing.marker)?.[1];
    if (own !== undefined && numbers.length) {
      // The definitions subsection "(4)" keeps its number, and every reference to it still points at it:
      // the new subsection takes an inserted number, "(3A)" after "(3)" ("(3B)" where "(3A)" is taken).
      const markers = clauses.map((c) => subsectionMarkerNumber(c.marker)).filter((x) => x !== undefined);
      const between = insertedSubsectionNumber(text, operative, markers[markers.length - 1] ?? String(Math.max(...numbers)), own);
      if (between) prefix = emphasised(text, s, clauses, `(${between}) `);
    }
    const definitions = definitionList(s, operative, k, text, eol);
    return { at: closingLine, numbering, prefix, numbered: prefix !== '', part, linePrefix: closing.linePrefix, tail: '', before: true, ...(definitions ? { definitions } : {}) };
  }
  const tail = /^[^\r\n]/.test(text.slice(at, at + 1)) ? eol + lp.trimEnd() + eol + lp : '';
  return { at, numbering, prefix, numbered: prefix !== '', part, linePrefix: lp, tail, before: false };
}

/**
 * The number put before a paragraph that opens in lower case (words set out from the middle of a
 * sentence: "a victim of trafficking shall not ..."), with the paragraph's first letter capitalised:
 * a numbered subsection opens as a sentence ("(1) A victim ..."). The edit takes in the whole first
 * word, and the next after a word of one or two letters ("a victim"), so that an amendment paper can
 * name the words it replaces. `e` is the insertion of the number; other edits are returned unchanged.
 */
export function openingCapital(text: string, e: TextEdit): TextEdit {
  if (e.start !== e.end || !/^\(\w{1,4}\)\s$/.test(e.newText)) return e;
  const words = /^[a-z][a-z]{0,1}[ \t]{1,4}[a-z]{1,30}\b|^[a-z]{3,30}\b/.exec(text.slice(e.end, e.end + 40));
  if (!words) return e;
  return { start: e.start, end: e.end + words[0].length, newText: `${e.newText}${words[0].charAt(0).toUpperCase()}${words[0].slice(1)}` };
}

/**
 * Whether document offset `at` falls within a paragraph of a list: a clause numbered in a family
 * ("(a)", "(i)", "1.") other than that of the words before it, which introduce the list and do not
 * end in a full stop ("it is a defence where— (a) ...; and (b) ..."). Words added there would be
 * read as part of that paragraph only, so a rule for the whole provision goes in a subsection of
 * its own (see `newSubsection`). Lettered subsections that each open a sentence of their own
 * ("(a) A person ... (b) The court ...") are no list.
 */
export function inListParagraph(s: AnalysedSection, at: number): boolean {
  const clauses = s.model.clauses.filter((c) => c.quoted !== 'instrument' && !c.recital);
  const k = clauses.findIndex((c) => s.base + c.start < at && at <= s.base + c.end);
  if (k <= 0) return false;
  const fam = family(clauses[k]!.marker);
  if (fam === '' || fam === 'digit') return false;
  for (let i = k - 1; i >= 0; i--) {
    const c = clauses[i]!;
    if (family(c.marker) === fam && c.marker !== '') continue;
    return !/[.]["”’)]?[*_]{0,2}$/.test(c.text.trimEnd());
  }
  return false;
}

/**
 * The edit that keeps a section heading accurate once a fix extends the protection to any offence:
 * a heading that limits the section to "certain offences" (or "specified", "particular", "listed"
 * offences) loses the limiting word ("Trafficked person not liable for certain offences" becomes
 * "Trafficked person not liable for offences"). `suffix` is the words for the fix's title. Undefined
 * where the section's heading says no such thing (a heading naming the offences themselves is left
 * to the drafter).
 */
export function offenceHeadingEdit(text: string, s: AnalysedSection): { edit: TextEdit; suffix: string } | undefined {
  const { headingStart, headingEnd } = s.chunk;
  if (!(headingEnd > headingStart)) return undefined;
  const m = /\b(certain|specified|particular|listed|some)[ \t]+(?=(?:criminal[ \t]+)?offen[cs]es\b)/i.exec(text.slice(headingStart, headingEnd));
  if (!m) return undefined;
  const at = headingStart + m.index;
  const capital = /^[A-Z]/.test(m[1]!);
  const next = text[at + m[0].length]!;
  // A capital passes to the word after it ("Certain offences" becomes "Offences").
  const edit = capital && next !== next.toUpperCase() ? { start: at, end: at + m[0].length + 1, newText: next.toUpperCase() } : { start: at, end: at + m[0].length, newText: '' };
  return { edit, suffix: `, and leave out "${m[1]}" from the heading` };
}

/** The text of a new subsection as inserted at `n.at`: after the last clause (a paragraph break first) or before the closing matter (a paragraph break after). */
export function insertionText(n: NewSubsection, words: string, eol: string): string {
  const lp = n.linePrefix;
  if (n.before) return `${lp}${n.prefix}${words}${eol}${lp.trimEnd()}${eol}`;
  return `${eol}${lp.trimEnd()}${eol}${lp}${n.prefix}${words}${n.tail}`;
}

/**
 * The edits that add `words` as a new subsection of the provision (see `newSubsection`); a paragraph
 * that opens in lower case and becomes subsection (1) opens with a capital (see `openingCapital`).
 */
export function subsectionInsertion(s: AnalysedSection, words: string, text: string, eol: string): TextEdit[] | undefined {
  const n = newSubsection(s, text, eol);
  if (!n) return undefined;
  return [...n.numbering.map((e) => openingCapital(text, e)), { start: n.at, end: n.at, newText: insertionText(n, words, eol) }];
}

/** The end of words introducing a list of paragraphs: "if—", "where,—", "the term:". */
const INTRODUCER_END = /[ \t]{0,3},?[ \t]{0,3}(?:[—–:]|--?)[ \t]{0,3}$/;

/** A value, or a function that computes it when it is first needed (the bill's cross-references, read from the whole bill: issue 9). */
export type Lazy<T> = T | (() => T);

function read<T>(v: Lazy<T>): T {
  return typeof v === 'function' ? (v as () => T)() : v;
}

/**
 * The edits that run into its sentence the one paragraph that `edits` leave in a list (drafting
 * practice: a list of one is no list): "... by doing an act if—  (a) P did the act as a direct result
 * of ..." becomes "... by doing an act if P did the act as a direct result of ...". A paragraph is
 * left out when an edit covers its marker. `edits` (document offsets, not overlapping) are returned
 * with the fold added and any edit inside the folded words (a renumbered marker) dropped; `folded`
 * names the paragraphs run in ("paragraph (a)"). Nothing is folded where the list is followed by
 * words of its own or by deeper paragraphs, where something other than a line break stands between
 * the words introducing the list and the marker, or where a cross-reference in the bill names the
 * paragraph left.
 */
export function foldLoneParagraphs(text: string, sections: AnalysedSection[], edits: TextEdit[], references: Lazy<{ start: number; end: number; quoted: boolean; external?: string; items: { number: string; level: string }[][] }[]>): { edits: TextEdit[]; folded: string[] } {
  const covered = (at: number) => edits.some((e) => e.start <= at && at < e.end && e.end > e.start);
  const out = [...edits];
  const folded: string[] = [];
  for (const s of sections) {
    const clauses = s.model.clauses;
    for (let i = 1; i < clauses.length; i++) {
      const intro = clauses[i - 1]!;
      const head = clauses[i]!;
      const fam = family(head.marker);
      if (!/^\(\w{1,4}\)$/.test(head.marker) || fam === '' || fam === family(intro.marker)) continue;
      if (!INTRODUCER_END.test(intro.text.trimEnd())) continue;
      let j = i;
      while (j < clauses.length && family(clauses[j]!.marker) === fam && clauses[j]!.level === head.level && /^\(\w{1,4}\)$/.test(clauses[j]!.marker)) j++;
      const run = clauses.slice(i, j);
      const next = clauses[j];
      // The list must end the provision, or give way to a unit of the level that introduced it.
      if (next && !(next.marker && (family(next.marker) === family(intro.marker) || (intro.marker === '' && family(next.marker) === 'digit')))) continue;
      if (run.length < 2) continue;
      const kept = run.filter((c) => !covered(s.base + c.start));
      if (kept.length !== 1) continue;
      const c = kept[0]!;
      const markerAt = text.indexOf(c.marker, s.base + c.start);
      if (markerAt < 0 || markerAt > s.base + c.start + 4) continue;
      const number = c.marker.slice(1, -1);
      // A reference to the paragraph ("paragraph (a)") would point at nothing once it is run in.
      if (read(references).some((r) => !r.quoted && !r.external && r.start >= s.base && r.end <= s.chunk.end && r.items.some((item) => item.some((n) => n.level !== 'section' && n.number === number)))) continue;
      const introEnd = s.base + intro.end;
      const ending = INTRODUCER_END.exec(text.slice(Math.max(s.base, introEnd - 12), introEnd))!;
      const from = introEnd - ending[0].length;
      const words = /^[ \t]*/.exec(text.slice(markerAt + c.marker.length))![0].length + markerAt + c.marker.length;
      // Inside the words folded away, only paragraphs the edits leave out and markers they renumber.
      const inside = out.filter((e) => e.start > from && e.end <= words);
      if (!inside.every((e) => e.newText === '' || /^\w{1,4}$/.test(e.newText))) continue;
      // Only where the other edits leave those words alone (a rewrite may start at the introducer).
      if (out.some((e) => !inside.includes(e) && e.start < words && e.end > from)) continue;
      let between = text.slice(introEnd, markerAt);
      for (const e of inside) if (e.newText === '' && e.end <= markerAt) between = between.slice(0, Math.max(0, e.start - introEnd)) + ' '.repeat(Math.min(e.end, markerAt) - Math.max(e.start, introEnd)) + between.slice(Math.min(e.end, markerAt) - introEnd);
      if (!/^[\s>]*$/.test(between)) continue;
      for (const e of inside) out.splice(out.indexOf(e), 1);
      out.push({ start: from, end: words, newText: ' ' });
      folded.push(`${divisionName(s, c)} ${c.marker}`);
    }
  }
  return { edits: out, folded };
}

/**
 * What the bill calls a numbered division of a provision (`c`, one of its clauses): in a section, the
 * first level of numbering is its subsections, the next its paragraphs, then sub-paragraphs, whatever
 * the scheme ("(1)", "(a)", "(i)" in Commonwealth style; "(a)", "(1)", "(A)" in US style); in an
 * article, its paragraphs, then sub-paragraphs. The levels are taken in the order the provision's
 * markers first use them (digits, letters, capitals, roman numerals).
 */
export function divisionName(s: AnalysedSection, c: Clause): 'subsection' | 'paragraph' | 'sub-paragraph' {
  const names = provisionUnit(s.model, s.name) === 'article' ? (['paragraph', 'sub-paragraph', 'sub-paragraph'] as const) : (['subsection', 'paragraph', 'sub-paragraph'] as const);
  const kind = (x: Clause) => (x.level === 'subparagraph' && /^\([ivx]{1,5}\)$/.test(x.marker) ? 'roman' : family(x.marker));
  const order: string[] = [];
  const clauses = s.model.clauses.filter((x) => x.quoted !== 'instrument' && !x.recital);
  // "**21.**—(1) A person ..." or "**8.—(1)** A person ...": the first subsection run on from the heading.
  if (clauses[0] && subsectionNumber(clauses[0], 0, s.model.heading) !== undefined && clauses[0].marker === '') order.push('digit');
  clauses.forEach((x, i) => {
    if (!/^\(\w{1,5}\)$/.test(x.marker)) return;
    const k = kind(x);
    if (!k || order.includes(k)) return;
    // A list under the provision's opening words ("A person is not guilty if—") is of paragraphs.
    // (Its words run on into the list: they do not end with a full stop.)
    if (!order.length && i > 0 && !/[.]["”’)]?$/.test(clauses[i - 1]!.text.trimEnd())) order.push('');
    order.push(k);
  });
  const rank = order.indexOf(kind(c));
  return names[Math.min(Math.max(rank, 0), 2)]!;
}

/**
 * The edit that drops the number of the one subsection `edits` leave in a section (drafting practice:
 * a section of one subsection is not numbered): "**21.**—(1) A person ..." becomes "**21.** A person
 * ...", "(1) A person ..." becomes "A person ...". Only where the section had two or more numbered
 * subsections, every one but (1) is left out by an edit covering its start, no edit touches the
 * number, and no cross-reference of the bill's own names that subsection (it would point at nothing).
 * Returns the edit (document offsets) or undefined.
 */
export function loneSubsectionNumber(text: string, s: AnalysedSection, edits: TextEdit[], references: Lazy<{ start: number; end: number; quoted: boolean; external?: string; kind?: string; items: { number: string; level: string }[][] }[]>): TextEdit | undefined {
  const clauses = s.model.clauses.filter((c) => c.quoted !== 'instrument' && !c.recital);
  const subsections = clauses.map((c, i) => ({ c, n: subsectionNumber(c, i, s.model.heading) })).filter((x) => x.n !== undefined);
  if (subsections.length < 2 || subsections[0]!.n !== 1) return undefined;
  const covered = (at: number) => edits.some((e) => e.start <= at && at < e.end && e.newText === '');
  const kept = subsections.filter((x) => !covered(s.base + x.c.start));
  if (kept.length !== 1 || kept[0]!.n !== 1) return undefined;
  const first = kept[0]!.c;
  // The number: at the start of the clause ("(1) A person", "—(1) A person") or ending the heading.
  const from = s.chunk.start;
  const to = s.base + first.start + 8;
  const m = /(?:[—–]|--?)?[ \t]{0,2}\(1\)(?:\*\*)?[ \t]{1,3}/.exec(text.slice(Math.max(from, s.base + first.start - 12), to));
  if (!m) return undefined;
  const start = Math.max(from, s.base + first.start - 12) + m.index;
  const end = start + m[0].length;
  if (edits.some((e) => e.start < end && e.end > start)) return undefined;
  // A reference to subsection (1) of this section, from inside it or from elsewhere ("section 21(1)").
  const number = s.model.number;
  const inside = (r: { start: number; end: number }) => r.start >= s.chunk.start && r.end <= s.chunk.end;
  const names = read(references).some(
    (r) =>
      !r.quoted &&
      !r.external &&
      r.items.some((item) => (item[0]?.level === 'subsection' && item[0].number === '1' && inside(r)) || (item[0]?.level === 'section' && item[0].number === number && item[1]?.number === '1')),
  );
  if (names) return undefined;
  const bold = m[0].includes('**') ? '**' : '';
  const dash = /^[—–-]/.test(m[0]);
  return { start, end, newText: `${bold}${dash || start > 0 && /\S/.test(text[start - 1]!) ? ' ' : ''}` };
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/**
 * New words for a provision written in the provision's own way of referring to itself and its parts,
 * as its text does: "Where subsection (1) applies" becomes "Where paragraph 1 applies" in a section
 * that says "paragraph 1", "Where subregulation (1) applies" in regulations that say so, "Where
 * Paragraph one of this Section applies" where the text says that; "this article" becomes "this
 * Article" where the text capitalises it. `sectionText` is the provision's own text (never another
 * section's, whose references name other parts). Words the text gives no model for are unchanged.
 */
export function inSectionReferences(words: string, sectionText: string): string {
  let out = words;
  // "this Article", "this Section", "this Regulation", where the text writes it so and never in lower case.
  for (const unit of ['section', 'article', 'regulation', 'rule']) {
    const cap = unit[0]!.toUpperCase() + unit.slice(1);
    if (new RegExp(`\\bthis[ \\t]{1,3}${cap}\\b`).test(sectionText) && !new RegExp(`\\bthis[ \\t]{1,3}${unit}\\b`).test(sectionText)) {
      out = out.replace(new RegExp(`\\bthis ${unit}\\b`, 'g'), `this ${cap}`);
    }
  }
  const part = /\b(?:subsection|paragraph)[ \t]\((\d{1,2}|[a-z])\)/.exec(out);
  if (!part) return out;
  const marker = part[1]!;
  const word = /^\d+$/.test(marker) ? NUMBER_WORDS[Number(marker)] : undefined;
  const escaped = marker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const name = `(?:[Ss]ub-?(?:section|regulation|article|rule|paragraph)|[Pp]aragraph|[Cc]lause)`;
  const number = `(?:\\(${escaped}\\)|${escaped}(?![\\w(])${word ? `|${word}(?![\\w-])` : ''})`;
  const own = `(?:[ \\t]{1,3}of[ \\t]{1,3}this[ \\t]{1,3}(?:[Ss]ection|[Aa]rticle|[Rr]egulation|[Rr]ule))?`;
  const re = new RegExp(`\\b${name}[ \\t]{1,3}${number}${own}`, 'g');
  const found = [...sectionText.matchAll(re)];
  if (!found.length) return out;
  // A reference inside a sentence is written as the text writes it mid-sentence ("Paragraph one" where
  // the text says so there); one seen only at a sentence's start loses its capital.
  const inside = found.find((m) => !/(?:^|[.;:!?]\s{0,3}|\n\s{0,8}(?:\(\w{1,4}\)|\d{1,3}\/|\d{1,3}\.)?\s{0,3})$/.test(sectionText.slice(Math.max(0, m.index! - 12), m.index!)));
  const ref = inside ? inside[0] : found[0]![0].charAt(0).toLowerCase() + found[0]![0].slice(1);
  return out.replace(part[0], ref.replace(/\s+/g, ' '));
}
