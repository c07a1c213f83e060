import type { Span } from '../analyse.js';
import type { TextEdit } from '../types.js';
import type { AnalysedSection, Provision } from '../model.js';
import type { Sentence } from '../bill.js';
import { CLAUSES } from '../../corpus/clauses.generated.js';

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
  const whole = (space > max / 2 ? cut.slice(0, space) : cut).replace(/(?<![\s,;:])[\s,;:]+$/, '');
  return `${whole} …`;
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
 * Where and how a new subsection is added after a provision's own last clause (never inside a
 * quotation of another instrument or a recital), in the drafter's numbering: "(4) " after three
 * numbered subsections; the next letter after subsections lettered as whole sentences ("(a) It is an
 * affirmative defense ..." or "A."); in a section of one unnumbered paragraph (with or without
 * lettered paragraphs under it), that paragraph becomes "(1) " (the `numbering` edit) and the new
 * one "(2) "; otherwise an unnumbered paragraph. `numbered` says whether the new text is a numbered
 * subsection (then it may call itself `part`: "this subsection", or "this paragraph" in an Article).
 * A footnote reference closing the last clause stays with it. `at` is a document offset (UTF-16);
 * undefined when the provision has no text of its own or ends in a list numbered "1.", "2." (a
 * treaty's paragraphs), where a new paragraph would read as one more item.
 */
export interface NewSubsection {
  at: number;
  numbering: TextEdit[];
  prefix: string;
  numbered: boolean;
  part: 'this subsection' | 'this paragraph';
  /** The line prefix of the last clause ("> " in a quoted insertion), for every new line. */
  linePrefix: string;
  /** What separates the new subsection from words that followed the last clause on its line. */
  tail: string;
}

export function newSubsection(s: AnalysedSection, text: string, eol: string): NewSubsection | undefined {
  const clauses = s.model.clauses.filter((c) => c.quoted !== 'instrument' && !c.recital);
  const last = clauses[clauses.length - 1];
  if (!last) return undefined;
  if (/^\d+\.$/.test(last.marker)) return undefined;
  let at = s.base + last.end;
  const note = /^\[\^[^\]\s]{1,40}\]/.exec(text.slice(at, at + 44));
  if (note) at += note[0].length;
  const numbering: TextEdit[] = [];
  const numbers = clauses.map((c) => /^\((\d+)\)$/.exec(c.marker)?.[1]).filter((x): x is string => x !== undefined).map(Number);
  const part = /^article$/i.test(s.model.keyword) ? 'this paragraph' : 'this subsection';
  let prefix = '';
  const lettered = /^\(([a-z])\)$/.exec(last.marker) ?? /^([A-Z])\.$/.exec(last.marker);
  const sentences = clauses.filter((c) => /^(?:\([a-z]\)|[A-Z]\.)$/.test(c.marker));
  const wholeSentences = lettered !== null && sentences.every((c) => /[.]["”’)]?\s*$/.test(c.text.trimEnd()) && /^[A-Z]/.test(c.text.replace(/^\s*(?:\([a-z]\)|[A-Z]\.)\s*/, '')));
  // A provision that opens with a lettered subsection, each starting a sentence (US style: "(a) ...
  // (g) Effect.--...", with numbered paragraphs inside, some introducing lists): the next letter.
  const topLettered = /^(?:\([a-z]\)|[A-Z]\.)$/.test(clauses[0]!.marker) && sentences.every((c) => /^[A-Z]/.test(c.text.replace(/^\s*(?:\([a-z]\)|[A-Z]\.)\s*/, '')));
  const lastLettered = sentences[sentences.length - 1];
  const letter = lastLettered && (/^\(([a-z])\)$/.exec(lastLettered.marker) ?? /^([A-Z])\.$/.exec(lastLettered.marker));
  if (topLettered && letter) {
    const nextLetter = String.fromCharCode(letter[1]!.charCodeAt(0) + 1);
    prefix = lastLettered.marker.startsWith('(') ? `(${nextLetter}) ` : `${nextLetter}. `;
  } else if (numbers.length) prefix = `(${Math.max(...numbers) + 1}) `;
  else {
    const first = clauses[0]!;
    const single = clauses.every((c, i) => (i === 0 ? c.level === 'text' && c.marker === '' : /^\((?:[a-z]{1,2}|[ivx]{1,5})\)$/.test(c.marker) || (c.marker === '' && /^[a-z]/.test(c.text.trimStart()))));
    if (wholeSentences) {
      const nextLetter = String.fromCharCode(lettered![1]!.charCodeAt(0) + 1);
      prefix = last.marker.startsWith('(') ? `(${nextLetter}) ` : `${nextLetter}. `;
    } else if (single && first.linePrefix === '' && /^[A-Z]/.test(first.text.trimStart()) && !/^\(\d+\)/.test(text.slice(s.base + first.start, s.base + first.start + 6))) {
      numbering.push({ start: s.base + first.start, end: s.base + first.start, newText: '(1) ' });
      prefix = '(2) ';
    }
  }
  const lp = last.linePrefix;
  const tail = /^[^\r\n]/.test(text.slice(at, at + 1)) ? eol + lp.trimEnd() + eol + lp : '';
  return { at, numbering, prefix, numbered: prefix !== '', part, linePrefix: lp, tail };
}

/** The edits that add `words` as a new subsection of the provision (see `newSubsection`). */
export function subsectionInsertion(s: AnalysedSection, words: string, text: string, eol: string): TextEdit[] | undefined {
  const n = newSubsection(s, text, eol);
  if (!n) return undefined;
  const lp = n.linePrefix;
  return [...n.numbering, { start: n.at, end: n.at, newText: `${eol}${lp.trimEnd()}${eol}${lp}${n.prefix}${words}${n.tail}` }];
}
