import { parseBlocks, type Block } from './markdown.js';
import { headingParts, isContainerHeading, isInsertionIntro } from './sections.js';
import { concatMapped, sliceMapped, trimMapped, type MappedText } from './text.js';
import { CROSS_REFERENCE, DEFINITION } from './lexicon.js';

/**
 * The Bill model: sections, their clauses ((1) subsections, (a) paragraphs, (i) sub-paragraphs,
 * whether written as list items or plain paragraphs), sentences and definitions, each with source
 * offsets. Everything inside a section is computed from the section's own text, with offsets
 * relative to the section, so that it can be cached by content and reused after an edit elsewhere.
 */

export type ClauseLevel = 'subsection' | 'paragraph' | 'subparagraph' | 'item' | 'text';

/**
 * Words that are not the bill's own provisions:
 * - 'insertion': text an amending provision quotes to insert into another Act ("insert the
 *   following section— > 14A. ..."). It is read as the provision it will become; fixes may edit it,
 *   keeping its quotation (see `Clause.linePrefix`).
 * - 'instrument': a quotation of another instrument (a treaty article quoted in a recital, the
 *   current text of an Act), in a block quotation or in quotation marks. Never the bill's words:
 *   rules may decline to flag or fix it.
 */
export type Quoted = 'insertion' | 'instrument';

export interface Clause extends MappedText {
  /** "(1)", "(a)", "(i)", "1." or '' */
  marker: string;
  level: ClauseLevel;
  /** Offsets of the whole clause (marker included), relative to the section. */
  start: number;
  end: number;
  /**
   * What a new line inserted inside this clause must start with to stay where the clause is: the
   * block quotation markers and indentation before the clause on its line ("> ", "> > ", "    "),
   * or '' for a clause at the left margin. A blank line in the same place is `linePrefix.trimEnd()`.
   * Fix writers add it after every line ending they insert, so that text added to a quoted
   * insertion stays inside the quotation.
   */
  linePrefix: string;
  /** Set when the clause is quoted text rather than the bill's own words (see `Quoted`). */
  quoted?: Quoted;
  /** A recital ("WHEREAS ...", "Recognising that ...,"): preamble, not enacting words. */
  recital?: boolean;
}

export interface Sentence extends MappedText {
  /** Index of the clause the sentence starts in. */
  clause: number;
  /**
   * Set when the sentence is quoted text: its clause is, or most of the sentence lies inside one
   * quotation (a recital quoting a treaty: 'Article 26 provides: "Each Party shall ..."').
   */
  quoted?: Quoted;
}

export interface Definition {
  term: string;
  /** Offsets of the term, relative to the section. */
  termStart: number;
  termEnd: number;
  /** The definition's words after the term. */
  body: MappedText;
}

export interface SectionModel {
  /** The heading words ("14. Victim immunity from prosecution"), '' for text before any heading. */
  heading: string;
  number: string;
  keyword: string;
  title: string;
  isContainer: boolean;
  clauses: Clause[];
  sentences: Sentence[];
  definitions: Definition[];
  /** Section numbers this section refers to. */
  references: string[];
  /** Offsets of the heading words, relative to the section (equal when there is no heading). */
  headingStart: number;
  headingEnd: number;
}

const MARKER = /^\s*\(\s*([0-9]{1,3}[A-Za-z]{0,2}|[a-z]{1,3}|[A-Z]{1,2})\s*\)\s*/;
const ROMAN = /^(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii|xiii|xiv|xv)$/;

function markerLevel(inner: string, previous: ClauseLevel | null, previousInner: string): ClauseLevel {
  if (/^[0-9]/.test(inner)) return 'subsection';
  if (ROMAN.test(inner)) {
    // "(i)" after "(h)" is a paragraph; after "(a)"-level text it opens sub-paragraphs.
    if (inner === 'i' && previous === 'paragraph' && previousInner === 'h') return 'paragraph';
    if (inner === 'v' && previous === 'paragraph' && previousInner === 'u') return 'paragraph';
    if (inner === 'x' && previous === 'paragraph' && previousInner === 'w') return 'paragraph';
    if (previous === 'paragraph' && !ROMAN.test(previousInner) && inner !== 'i') return 'paragraph';
    return 'subparagraph';
  }
  return 'paragraph';
}

// The end of a sentence or of a list item: only after one does a marker on a new line start a clause.
const ITEM_END = /(?:[.:;,—–-]|[;,][ \t]*(?:or|and))[ \t"”’)]*$/;

/**
 * Splits a block where a new line starts with a marker: "(1) ...\n(2) ..." written as one paragraph.
 * A marker opens a clause only after the end of a sentence or list item (".", ":", ";", "—",
 * "; or", "; and"): a soft line break can put a cross-reference at the start of a line
 * ("... subject to subsection\n(2), in respect of—") and that does not start subsection (2).
 */
function splitAtMarkers(b: MappedText): MappedText[] {
  const parts: MappedText[] = [];
  let from = 0;
  for (let i = 0; i < b.text.length; i++) {
    if (b.text[i] === '\n') {
      let j = i + 1;
      while (j < b.text.length && (b.text[j] === ' ' || b.text[j] === '\t')) j++;
      if (MARKER.test(b.text.slice(j, j + 12)) && ITEM_END.test(b.text.slice(Math.max(from, i - 12), i))) {
        parts.push(sliceMapped(b, from, i));
        from = j;
      }
    }
  }
  parts.push(sliceMapped(b, from, b.text.length));
  return parts.filter((p) => p.text.trim() !== '');
}

function clausesOf(blocks: Block[], src: string, insertion: boolean): Clause[] {
  const out: Clause[] = [];
  let prevLevel: ClauseLevel | null = null;
  let prevInner = '';
  const quotes = quotationsOf(blocks, insertion);
  blocks.forEach((b, bi) => {
    if (b.kind === 'heading') return;
    const pieces = splitAtMarkers(b);
    pieces.forEach((p, k) => {
      let t = trimMapped(p);
      // Quoted text to insert: the quotation marks around it are not part of the provision.
      if (insertion) t = unquote(t, k === 0, bi === blocks.length - 1 && k === pieces.length - 1);
      if (!t.text) return;
      const m = MARKER.exec(t.text);
      let marker = '';
      let level: ClauseLevel = b.listDepth > 0 ? 'item' : 'text';
      if (m) {
        marker = `(${m[1]})`;
        level = markerLevel(m[1]!, prevLevel, prevInner);
        prevLevel = level;
        prevInner = m[1]!;
      } else if (k === 0 && b.listMarker) {
        marker = b.listMarker;
      }
      const start = k === 0 && b.listMarker ? Math.min(b.start, t.map[0]!) : t.map[0]!;
      // Written out, not spread from `t`: V8 gives each object made by spreading at a place that
      // sees many shapes a hidden class of its own, which on a large bill costs more than its words.
      const c: Clause = { text: t.text, map: t.map, marker, level, start, end: t.map[t.map.length - 1]! + 1, linePrefix: linePrefixAt(src, start) };
      const q = insertion ? 'insertion' : quotes[bi];
      if (q) c.quoted = q;
      if (isRecital(t.text)) c.recital = true;
      out.push(c);
    });
  });
  return out;
}

// "WHEREAS ...", or a participle opening a recital that ends with a comma or semicolon ("Recognising that ...,").
const WHEREAS = /^(?:and\s+)?whereas\b/i;
const RECITAL_PARTICIPLE = /^(?:recogni[sz]ing|recalling|considering|noting|mindful|affirming|reaffirming|acknowledging|convinced|desiring|bearing\s+in\s+mind|having\s+regard)\b/i;

function isRecital(t: string): boolean {
  return WHEREAS.test(t) || (RECITAL_PARTICIPLE.test(t) && !t.includes('.') && /[,;]/.test(t[t.length - 1] ?? ''));
}

/** The block quotation markers and indentation before `at` on its line (see `Clause.linePrefix`). */
function linePrefixAt(src: string, at: number): string {
  let ls = at;
  while (ls > 0 && src[ls - 1] !== '\n' && src[ls - 1] !== '\r') ls--;
  if (ls === 0 && src.charCodeAt(0) === 0xfeff) ls = 1; // a byte order mark is not part of the line
  let e = ls;
  while (e < at && (src[e] === ' ' || src[e] === '\t' || src[e] === '>')) e++;
  return src.slice(ls, e);
}

const OPENING = '“"‘\'«„';
const CLOSING = '”"’\'»“';

/** Drops an opening quotation mark from the start, and a closing one (with what follows it) from the end. */
function unquote(t: MappedText, first: boolean, last: boolean): MappedText {
  let s = 0;
  let e = t.text.length;
  if (OPENING.includes(t.text[0] ?? '\u0000')) s = 1;
  if (last) {
    let k = e;
    while (k > s && '.;, \t'.includes(t.text[k - 1]!)) k--;
    if (k > s && CLOSING.includes(t.text[k - 1]!)) e = k - 1;
  }
  void first;
  return s === 0 && e === t.text.length ? t : trimMapped(sliceMapped(t, s, e));
}


/**
 * Which blocks are quotations, and of what: a block quotation, or a paragraph wholly in quotation
 * marks (a quotation may run over several paragraphs, each opening with a mark and only the last
 * closing). After words that introduce an insertion the quotation is text to insert; otherwise it
 * is another instrument's words. A paragraph that only starts with a quoted term ('"child" means')
 * is not a quotation.
 */
function quotationsOf(blocks: Block[], insertion: boolean): (Quoted | undefined)[] {
  const out: (Quoted | undefined)[] = [];
  let open: { kind: Quoted; close: string } | null = null;
  let kindOfQuote: Quoted | null = null;
  blocks.forEach((b, i) => {
    const prev = blocks[i - 1];
    const intro = prev !== undefined && isInsertionIntro(prev.text);
    if (b.quoteDepth > 0) {
      // A block quotation continues the kind it started with.
      if (!prev || prev.quoteDepth === 0) kindOfQuote = insertion || intro ? 'insertion' : 'instrument';
      out.push(kindOfQuote ?? 'instrument');
      return;
    }
    kindOfQuote = null;
    const t = b.text.trim();
    if (open) {
      out.push(open.kind);
      if (endsWithClose(t, open.close)) open = null;
      return;
    }
    const o = OPENING.indexOf(t[0] ?? '\u0000');
    if (o < 0) {
      out.push(undefined);
      return;
    }
    const close = CLOSING[o]!;
    const kind: Quoted = insertion || intro ? 'insertion' : 'instrument';
    const closeAt = findClose(t, close);
    if (closeAt < 0) {
      open = { kind, close };
      out.push(kind);
    } else if (endsWithClose(t, close) && closeAt >= t.length - 4) {
      out.push(kind);
    } else out.push(undefined);
  });
  return out;
}

/** Where a quotation opened at the start of `t` closes: a closing mark not followed by a letter (not an apostrophe). */
function findClose(t: string, close: string): number {
  for (let i = 1; i < t.length; i++) if (t[i] === close && !/\p{L}/u.test(t[i + 1] ?? '')) return i;
  return -1;
}

function endsWithClose(t: string, close: string): boolean {
  let k = t.length;
  while (k > 0 && '.;, \t'.includes(t[k - 1]!)) k--;
  return k > 0 && t[k - 1] === close;
}

// A clause continues the sentence of the clause before it when that one stops mid-sentence
// ("in respect of—", "...residence; or") rather than with a full stop.
const CONTINUES = /(?:[:;,–—-]|\bor|\band|\bof|\bto|\bthat|\bwhere|\bif)\s*$/i;
const ABBREVIATION = /\b(?:s|ss|no|nos|art|arts|para|paras|e\.g|i\.e|cf|sec|reg|cap|ch|vol|pp?|st|mr|mrs|ms|dr|viz|etc|v|vs)\.$/i;
/**
 * A citation's dotted initialism ("O.C.G.A.", "U.S.C.") or abbreviated word ("Ann.", "Stat.", "Rev.")
 * followed by what continues the citation (a section sign, a number, a word in lower case): the full
 * stop is part of the citation, not the end of the sentence ("an offense under O.C.G.A. § 16-6-9 if ...").
 */
const CITATION_INITIALISM = /(?:^|[^\w.])(?:[A-Za-z]\.){2,6}$/;
const CITATION_WORD = /\b(?:ann|stat|stats|rev|gen|comp|supp|cons|consol|crim|pen|proc|laws|code|ord)\.$/i;
// A number that begins a numbered paragraph ("2. The court ...", "3) ...") starts a new sentence, not the citation's section.
/** Another abbreviated word of the citation ("Rev. Stat. 566.223"). */
const CITATION_WORD_NEXT = /^\s(?:ann|stat|stats|rev|gen|comp|supp|cons|consol|crim|pen|proc|laws|code|ord)\./i;
const CITATION_GOES_ON = /^\s{1,8}(?:§|\d{1,6}(?!\d|[.)](?:\s|$))|[a-z(])/;

/**
 * Whether most of a sentence lies inside one quotation: from an opening mark to its closing mark (or
 * the end of the sentence), covering at least 60% of it and 30 characters.
 */
function mostlyQuoted(t: string): boolean {
  let best = 0;
  for (let i = 0; i < t.length; i++) {
    const o = OPENING.indexOf(t[i]!);
    if (o < 0 || o === 3) continue; // a straight apostrophe is too often just that
    const close = CLOSING[o]!;
    let j = i + 1;
    while (j < t.length && !(t[j] === close && !/\p{L}/u.test(t[j + 1] ?? ''))) j++;
    best = Math.max(best, j - i);
    i = j;
  }
  return best >= 30 && best >= 0.6 * t.length;
}

/** Whether the full stop at `i` belongs to a citation that goes on after it (see CITATION_INITIALISM). */
function citationGoesOn(t: string, i: number): boolean {
  const after = t.slice(i + 1, i + 12);
  if (CITATION_INITIALISM.test(t.slice(Math.max(0, i - 13), i + 1))) return CITATION_GOES_ON.test(after);
  if (!CITATION_WORD.test(t.slice(Math.max(0, i - 7), i + 1))) return false;
  return (CITATION_GOES_ON.test(after) && /^\s{1,8}(?:§|\d)/.test(after)) || CITATION_WORD_NEXT.test(after);
}

function sentencesOf(clauses: Clause[]): Sentence[] {
  // Group clauses into statements, then split statements at full stops.
  const groups: { parts: MappedText[]; clause: number }[] = [];
  clauses.forEach((c, i) => {
    const prev = clauses[i - 1];
    const last = groups[groups.length - 1];
    if (last && prev && CONTINUES.test(prev.text) && (c.level !== 'subsection' || prev.level === 'subsection') && c.level !== 'text') {
      last.parts.push(c);
    } else if (last && prev && CONTINUES.test(prev.text) && c.level === 'text' && prev.level !== 'text') {
      last.parts.push(c); // the words closing a list: "..., where such acts are..."
    } else {
      groups.push({ parts: [c], clause: i });
    }
  });
  const out: Sentence[] = [];
  for (const g of groups) {
    const joined = concatMapped(g.parts, '\n');
    let from = 0;
    const t = joined.text;
    for (let i = 0; i < t.length; i++) {
      const ch = t[i];
      if (ch !== '.' && ch !== '!' && ch !== '?') continue;
      const next = t.slice(i + 1, i + 4);
      if (!/^\s+["“(\[]?[A-Z]/.test(next) && !/^\s*$/.test(t.slice(i + 1, i + 2)) ) continue;
      if (!/^\s/.test(next) && i + 1 < t.length) continue;
      if (ch === '.' && ABBREVIATION.test(t.slice(Math.max(0, i - 6), i + 1))) continue;
      if (ch === '.' && citationGoesOn(t, i)) continue;
      if (ch === '.' && /\d\.$/.test(t.slice(i - 1, i + 1)) && /^\d/.test(t.slice(i + 1, i + 2))) continue;
      const s = trimMapped(sliceMapped(joined, from, i + 1));
      if (s.text) out.push({ text: s.text, map: s.map, clause: g.clause });
      from = i + 1;
    }
    const rest = trimMapped(sliceMapped(joined, from, t.length));
    if (rest.text) out.push({ text: rest.text, map: rest.map, clause: g.clause });
  }
  for (const s of out) {
    const q = clauses[s.clause]?.quoted ?? (mostlyQuoted(s.text) ? 'instrument' : undefined);
    if (q) s.quoted = q;
  }
  return out;
}

// A term in bold or italics followed by "means": **child** means... (a house style in several jurisdictions).
const DEFINING_VERB = /\b(?:means|includes|shall\s+mean|refers\s+to|has\s+the\s+(?:same\s+)?meaning)\b/g;

/**
 * Definitions whose term is emphasised rather than quoted: the words just before "means" that stand
 * between emphasis marks in the source (at most 40 characters). Found by looking back from each
 * "means", so the cost is linear in the clause. Returned in the shape of a match: index, [0] the
 * words from the term to the verb, [1] the term.
 */
function emphasisedDefinitions(c: Clause, src: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const t = c.text;
  DEFINING_VERB.lastIndex = 0;
  let v: RegExpExecArray | null;
  while ((v = DEFINING_VERB.exec(t))) {
    let e = v.index;
    while (e > 0 && v.index - e < 4 && ' \t\n'.includes(t[e - 1]!)) e--;
    if (e === v.index || e === 0) continue;
    const close = c.map[e - 1]! + 1;
    if (src[close] !== '*' && src[close] !== '_') continue;
    let s = e;
    while (s > 0 && e - s < 40 && /[A-Za-z' -]/.test(t[s - 1]!) && c.map[s - 1] === c.map[e - 1]! - (e - s)) s--;
    while (s < e && t[s] === ' ') s++;
    if (s >= e || !/[A-Za-z]/.test(t[s]!)) continue;
    if (s > 0 && !/[\s(;:—–-]/.test(t[s - 1]!)) continue;
    const open = src[c.map[s]! - 1];
    if (open !== '*' && open !== '_') continue;
    const m = [t.slice(s, v.index + v[0].length), t.slice(s, e)] as unknown as RegExpExecArray;
    m.index = s;
    out.push(m);
  }
  return out;
}

function definitionsOf(clauses: Clause[], src: string): Definition[] {
  const out: Definition[] = [];
  for (const c of clauses) {
    DEFINITION.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    const found: RegExpExecArray[] = [];
    while ((m = DEFINITION.re.exec(c.text))) found.push(m);
    for (const e of emphasisedDefinitions(c, src)) {
      if (!found.some((f) => f.index <= e.index && e.index < f.index + f[0].length)) found.push(e);
    }
    found.sort((a, b) => a.index - b.index);
    found.forEach((m, k) => {
      const termIdx = c.text.indexOf(m[1]!, m.index);
      const bodyStart = m.index + m[0].length;
      // A definition runs to the next one, and is never longer than a long paragraph.
      const bodyEnd = Math.min(found[k + 1]?.index ?? c.text.length, bodyStart + 600);
      out.push({
        term: m[1]!.trim(),
        termStart: c.map[termIdx]!,
        termEnd: c.map[termIdx + m[1]!.length - 1]! + 1,
        body: sliceMapped(c, bodyStart, bodyEnd),
      });
    });
  }
  return out;
}

/**
 * Reads one section: `src` is the section's text (heading included), `heading` its heading words as
 * the section index read them, at `headingStart`..`headingEnd` (offsets relative to `src`).
 * With `quoted: 'insertion'` the whole section is text quoted for insertion: every clause is marked
 * so, and the quotation marks around it are left out of the clauses' words.
 */
export function modelSection(src: string, heading: string, headingStart: number, headingEnd: number, options: { quoted?: 'insertion' } = {}): SectionModel {
  const blocks = parseBlocks(src);
  const clauses = clausesOf(blocks, src, options.quoted === 'insertion');
  // The heading of a bold or bare-number section is part of the first paragraph; drop it from the clauses.
  if (heading && clauses.length && clauses[0]!.start <= headingStart && clauses[0]!.end >= headingEnd) {
    const c = clauses[0]!;
    let cut = 0;
    while (cut < c.map.length && c.map[cut]! < headingEnd) cut++;
    // Skip the closing "**" and spaces that follow the heading words.
    const rest = trimMapped(sliceMapped(c, cut, c.text.length));
    if (rest.text) {
      const m = MARKER.exec(rest.text);
      // "**14. Title** (1) A victim ...": the words after the heading may open a subsection.
      const marker = m ? `(${m[1]})` : c.marker;
      const level = m ? markerLevel(m[1]!, null, '') : c.level;
      clauses[0] = { ...c, ...rest, marker, level, start: rest.map[0]!, end: c.end };
    } else clauses.shift();
  }
  const parts = headingParts(heading);
  const refs = new Set<string>();
  for (const c of clauses) {
    CROSS_REFERENCE.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CROSS_REFERENCE.re.exec(c.text))) refs.add(m[1]!.toLowerCase());
  }
  return {
    heading,
    number: parts.number,
    keyword: parts.keyword,
    title: parts.title,
    isContainer: isContainerHeading(heading),
    clauses,
    sentences: sentencesOf(clauses),
    definitions: definitionsOf(clauses, src),
    references: [...refs],
    headingStart,
    headingEnd,
  };
}

/** The name a drafter gives the section: "Section 14", "Article 4", "Section 787" for "§ 787. Title", or its heading. */
export function provisionName(m: SectionModel): string {
  if (m.number) {
    const kw = m.keyword.toLowerCase();
    const word = kw.startsWith('art') ? 'Article' : kw.startsWith('reg') ? 'Regulation' : kw.startsWith('cl') ? 'Clause' : kw.startsWith('rule') ? 'Rule' : 'Section';
    return `${word} ${m.number}`;
  }
  // A US code section headed by its sign ("§ 787. Trafficking an individual ..."): "Section 787", as a drafter
  // says it, never the heading with its own full stop run into a sentence (drafter review 10, B11).
  const sign = /^§{1,2}[ \t]{0,3}(\d{1,6}(?:[.:-]\d{1,6}){0,3}[A-Za-z]{0,3})(?=[.\s]|$)/.exec(m.heading);
  if (sign) return `Section ${sign[1]}`;
  return m.heading || 'Preamble';
}
