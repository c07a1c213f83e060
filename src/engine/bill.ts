import { parseBlocks, type Block } from './markdown.js';
import { headingParts, isContainerHeading } from './sections.js';
import { concatMapped, sliceMapped, trimMapped, type MappedText } from './text.js';
import { CROSS_REFERENCE, DEFINITION } from './lexicon.js';

/**
 * The Bill model: sections, their clauses ((1) subsections, (a) paragraphs, (i) sub-paragraphs,
 * whether written as list items or plain paragraphs), sentences and definitions, each with source
 * offsets. Everything inside a section is computed from the section's own text, with offsets
 * relative to the section, so that it can be cached by content and reused after an edit elsewhere.
 */

export type ClauseLevel = 'subsection' | 'paragraph' | 'subparagraph' | 'item' | 'text';

export interface Clause extends MappedText {
  /** "(1)", "(a)", "(i)", "1." or '' */
  marker: string;
  level: ClauseLevel;
  /** Offsets of the whole clause (marker included), relative to the section. */
  start: number;
  end: number;
}

export interface Sentence extends MappedText {
  /** Index of the clause the sentence starts in. */
  clause: number;
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

/** Splits a block where a new line starts with a marker: "(1) ...\n(2) ..." written as one paragraph. */
function splitAtMarkers(b: MappedText): MappedText[] {
  const parts: MappedText[] = [];
  let from = 0;
  for (let i = 0; i < b.text.length; i++) {
    if (b.text[i] === '\n') {
      let j = i + 1;
      while (j < b.text.length && (b.text[j] === ' ' || b.text[j] === '\t')) j++;
      if (MARKER.test(b.text.slice(j, j + 12))) {
        parts.push(sliceMapped(b, from, i));
        from = j;
      }
    }
  }
  parts.push(sliceMapped(b, from, b.text.length));
  return parts.filter((p) => p.text.trim() !== '');
}

function clausesOf(blocks: Block[]): Clause[] {
  const out: Clause[] = [];
  let prevLevel: ClauseLevel | null = null;
  let prevInner = '';
  for (const b of blocks) {
    if (b.kind === 'heading') continue;
    const pieces = splitAtMarkers(b);
    pieces.forEach((p, k) => {
      const t = trimMapped(p);
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
      out.push({ ...t, marker, level, start, end: t.map[t.map.length - 1]! + 1 });
    });
  }
  return out;
}

// A clause continues the sentence of the clause before it when that one stops mid-sentence
// ("in respect of—", "...residence; or") rather than with a full stop.
const CONTINUES = /(?:[:;,–—-]|\bor|\band|\bof|\bto|\bthat|\bwhere|\bif)\s*$/i;
const ABBREVIATION = /\b(?:s|ss|no|nos|art|arts|para|paras|e\.g|i\.e|cf|sec|reg|cap|ch|vol|pp?|st|mr|mrs|ms|dr|viz|etc|v|vs)\.$/i;

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
      if (ch === '.' && /\d\.$/.test(t.slice(i - 1, i + 1)) && /^\d/.test(t.slice(i + 1, i + 2))) continue;
      const s = trimMapped(sliceMapped(joined, from, i + 1));
      if (s.text) out.push({ ...s, clause: g.clause });
      from = i + 1;
    }
    const rest = trimMapped(sliceMapped(joined, from, t.length));
    if (rest.text) out.push({ ...rest, clause: g.clause });
  }
  return out;
}

// A term in bold or italics followed by "means": **child** means... (a house style in several jurisdictions).
const EMPHASISED_DEFINITION = /(?:^|[\s(;:—–-])([A-Za-z][A-Za-z' -]{0,40}?)\s+(?:means|includes|shall\s+mean|refers\s+to)\b/g;

function definitionsOf(clauses: Clause[], src: string): Definition[] {
  const out: Definition[] = [];
  for (const c of clauses) {
    DEFINITION.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    const found: RegExpExecArray[] = [];
    while ((m = DEFINITION.re.exec(c.text))) found.push(m);
    EMPHASISED_DEFINITION.lastIndex = 0;
    while ((m = EMPHASISED_DEFINITION.exec(c.text))) {
      const at = c.text.indexOf(m[1]!, m.index);
      const before = src.slice(Math.max(0, c.map[at]! - 2), c.map[at]!);
      if (/[*_]$/.test(before) && !found.some((f) => f.index <= m!.index && m!.index < f.index + f[0].length)) found.push(m);
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

export function modelSection(src: string, heading: string, headingStart: number, headingEnd: number): SectionModel {
  const blocks = parseBlocks(src);
  const clauses = clausesOf(blocks);
  // The heading of a bold or bare-number section is part of the first paragraph; drop it from the clauses.
  if (heading && clauses.length && clauses[0]!.start <= headingStart && clauses[0]!.end >= headingEnd) {
    const c = clauses[0]!;
    let cut = 0;
    while (cut < c.map.length && c.map[cut]! < headingEnd) cut++;
    // Skip the closing "**" and spaces that follow the heading words.
    const rest = trimMapped(sliceMapped(c, cut, c.text.length));
    if (rest.text) clauses[0] = { ...rest, marker: c.marker, level: c.level, start: rest.map[0]!, end: c.end };
    else clauses.shift();
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

/** The name a drafter gives the section: "Section 14", "Article 4", or its heading. */
export function provisionName(m: SectionModel): string {
  if (m.number) {
    const kw = m.keyword.toLowerCase();
    const word = kw.startsWith('art') ? 'Article' : kw.startsWith('reg') ? 'Regulation' : kw.startsWith('cl') ? 'Clause' : kw.startsWith('rule') ? 'Rule' : 'Section';
    return `${word} ${m.number}`;
  }
  return m.heading || 'Preamble';
}
