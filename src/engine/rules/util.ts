import type { Span } from '../analyse.js';
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
 * The text and place of a new subsection after a section's last clause, in the drafter's numbering
 * ("(3) " after "(2)", nothing when the section has no numbered subsections), holding `words`.
 * Inserted right after words the parser read as prose, so the new subsection is read as prose too; a
 * section with no text of its own gets no insertion (undefined). `at` is a document offset (UTF-16).
 */
export function subsectionInsertion(s: AnalysedSection, words: string, text: string, eol: string): { at: number; text: string } | undefined {
  const clauses = s.model.clauses;
  const last = clauses[clauses.length - 1];
  if (!last) return undefined;
  const at = s.base + last.end;
  const numbers = clauses.map((c) => /^\((\d+)\)$/.exec(c.marker)?.[1]).filter((x): x is string => x !== undefined).map(Number);
  const prefix = numbers.length ? `(${Math.max(...numbers) + 1}) ` : '';
  // Keep whatever followed the clause on its line (a comment, say) a paragraph of its own. New lines
  // start with the clause's line prefix ("> " in a quoted insertion), so the addition stays where it is.
  const lp = last.linePrefix;
  const tail = /^[^\r\n]/.test(text.slice(at, at + 1)) ? eol + lp.trimEnd() + eol + lp : '';
  return { at, text: `${eol}${lp.trimEnd()}${eol}${lp}${prefix}${words}${tail}` };
}
