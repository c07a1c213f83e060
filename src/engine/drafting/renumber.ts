/**
 * Renumbering the sections that follow a new section, and every cross-reference to them, for a bill
 * still in draft (an enacted or circulated text is not renumbered: a new section takes an inserted
 * number such as 14A instead; see numbers.ts). Pure: returns text edits, never applies them.
 */
import type { TextEdit } from '../types.js';
import type { BillConventions } from './conventions.js';
import { compareSectionNumbers } from './numbers.js';
import type { CrossReference, ReferenceNumber } from './references.js';

export interface Renumbering {
  /** Edits on the bill's text (0-based UTF-16 offsets), sorted, not overlapping. */
  edits: TextEdit[];
  /** Each section moved, in order: its old and new number. */
  sections: { from: string; to: string }[];
  /** How many cross-references were changed. */
  references: number;
  /**
   * References a drafter should read again, in plain words: a range that now takes in the new
   * section ("sections 14 to 16"), or one to a section of another instrument that was left alone.
   */
  warnings: { start: number; end: number; message: string }[];
}

function shift(number: string, by: number): string | undefined {
  const m = /^\d+/.exec(number);
  if (!m || number.includes('\n')) return undefined;
  return `${Number(m[0]) + by}${number.slice(m[0].length)}`;
}

const norm = (n: string) => n.replace(/\s+/g, ' ').trim().toUpperCase();

/**
 * Renumbers the numbered sections from the one numbered `first` (inclusive; it and every section
 * after it in the bill move up by `by` whole numbers: 15 → 16, 15A → 16A) and every cross-reference
 * in the bill's own words to a section that moved ("section 15(2)" → "section 16(2)", "sections 15 to
 * 17" → "sections 16 to 18"). References to other instruments ("section 15 of the Immigration Act")
 * and words in quotations, block quotes, footnotes and comments are left alone.
 *
 * Throws a RangeError when `first` is not the number of a section of the bill.
 */
export function renumberSections(text: string, conv: BillConventions, first: string, by = 1): Renumbering {
  const numbered = conv.sections.filter((s) => s.number && !s.container);
  const start = numbered.findIndex((s) => norm(s.number) === norm(first));
  if (start < 0) throw new RangeError(`there is no section ${first} to renumber from`);
  const moved = numbered.slice(start);
  const map = new Map<string, string>();
  const edits: TextEdit[] = [];
  const sections: Renumbering['sections'] = [];
  for (const s of moved) {
    const to = shift(s.number, by);
    if (!to) continue;
    map.set(norm(s.number), to);
    sections.push({ from: s.number, to });
    const at = text.indexOf(s.number, s.headingStart);
    if (at >= 0 && at < s.headingEnd) edits.push({ start: at, end: at + s.number.length, newText: to });
  }
  let references = 0;
  const warnings: Renumbering['warnings'] = [];
  const firstMoved = moved[0]!.number;
  for (const ref of conv.references) {
    if (ref.quoted) continue;
    const numbers = ref.kind === 'section' ? ref.items.map((i) => i[0]!).filter((n) => n.level === 'section') : ref.ofSection ? [ref.ofSection] : [];
    if (ref.external) {
      if (numbers.some((n) => map.has(norm(n.number)))) {
        warnings.push({ start: ref.start, end: ref.end, message: `"${ref.text}" refers to another instrument and was not renumbered.` });
      }
      continue;
    }
    let changed = false;
    for (const n of numbers) {
      const to = map.get(norm(n.number));
      if (!to) continue;
      edits.push({ start: n.start, end: n.end, newText: to });
      changed = true;
    }
    if (changed) references++;
    if (ref.range && numbers.length >= 2) {
      const lo = numbers[0]!.number;
      const hi = numbers[numbers.length - 1]!.number;
      if (compareSectionNumbers(lo, firstMoved) < 0 && compareSectionNumbers(hi, firstMoved) >= 0) {
        warnings.push({ start: ref.start, end: ref.end, message: `"${ref.text}" now takes in the new section as well: check that it should.` });
      }
    }
  }
  edits.sort((a, b) => a.start - b.start);
  return { edits, sections, references, warnings };
}

/** A subsection to move: its number as written ("4", "4A") and the document offset of its clause (marker first). */
export interface SubsectionToMove {
  number: string;
  start: number;
}

/**
 * Renumbers subsections of one section for a subsection inserted before them, in a bill still in
 * draft (the drafting notes: renumbering is acceptable there, but every cross-reference must
 * follow): each of `subsections` whose number is `first` or higher moves up by `by` whole numbers
 * ("(4)" → "(5)", "(4A)" → "(5A)") in its own marker, and so does every cross-reference to it:
 * "subsection (4)" and "subsections (3) and (4)" inside the section, "section 93AD(4)" and
 * "subsection (4) of section 93AD" anywhere in the bill. References in words that are not the bill's
 * own (quotations, footnotes, comments) and to other instruments are left alone.
 *
 * `references` are the bill's cross-references (`findCrossReferences(text)`); `section` gives the
 * section's document offsets (UTF-16) and its number ('' when it has none: then only references
 * inside it are followed). Returns text edits, sorted, not overlapping; never applies them.
 */
export function renumberSubsections(
  text: string,
  references: CrossReference[],
  section: { start: number; end: number; number: string },
  subsections: SubsectionToMove[],
  first: number,
  by = 1,
): TextEdit[] {
  const move = (n: string) => {
    const m = /^(\d{1,3})([A-Z]{0,2})$/.exec(n);
    return m && Number(m[1]) >= first ? `${Number(m[1]) + by}${m[2]}` : undefined;
  };
  const edits: TextEdit[] = [];
  for (const s of subsections) {
    const to = move(s.number);
    const at = text.indexOf(`(${s.number})`, s.start);
    if (to && at >= 0 && at <= s.start + 8) edits.push({ start: at + 1, end: at + 1 + s.number.length, newText: to });
  }
  const same = (n: string) => section.number !== '' && norm(n) === norm(section.number);
  for (const ref of references) {
    if (ref.quoted || ref.external) continue;
    const inside = section.start <= ref.start && ref.end <= section.end;
    for (const item of ref.items) {
      // The subsection number of the item, when it is one of this section's subsections.
      let n: ReferenceNumber | undefined;
      if (ref.kind === 'subsection' && item[0]?.level === 'subsection') {
        if (ref.ofSection ? same(ref.ofSection.number) : inside) n = item[0];
      } else if (ref.kind === 'section' && item[0] && same(item[0].number) && item[1]?.level === 'subsection') n = item[1];
      const to = n && move(n.number);
      if (n && to) edits.push({ start: n.start, end: n.end, newText: to });
    }
  }
  return edits.sort((a, b) => a.start - b.start);
}
