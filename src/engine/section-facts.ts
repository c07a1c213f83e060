/**
 * Facts kept with the analysis so that a re-lint after an edit does again only what the edit can
 * change (issue 9): a section's facts that its own words decide, kept with the section's cached
 * analysis; values computed once per analysed bill rather than once per provision; and searches of
 * the bill's sections and cross-references by offset. Pure, no dependencies but types.
 */
import type { AnalysedBill, AnalysedSection } from './model.js';

/**
 * A fact of one section that the section's own words decide, computed the first time it is asked for
 * and kept with the section's analysis (by its text, see `SectionCache`): after an edit, only the
 * section the edit touched computes it again. `key` names the fact (start it with "#", as no rule id does).
 */
export function sectionFact<T>(s: AnalysedSection, key: string, compute: () => T): T {
  if (s.facts.has(key)) return s.facts.get(key) as T;
  const value = compute();
  s.facts.set(key, value);
  return value;
}

const PER_BILL = new WeakMap<AnalysedBill, Map<string, unknown>>();

/**
 * A value computed once per analysed bill (the first time any provision asks for it) and kept with
 * the analysis: what a rule would otherwise compute again for each provision from the whole bill.
 */
export function perBill<T>(bill: AnalysedBill, key: string, compute: () => T): T {
  let m = PER_BILL.get(bill);
  if (!m) PER_BILL.set(bill, (m = new Map()));
  if (m.has(key)) return m.get(key) as T;
  const value = compute();
  m.set(key, value);
  return value;
}

/**
 * The sections that hold `offset` (at most one: `splitSections` returns the sections in document
 * order, each starting where the one before it ends), found by binary search rather than by asking
 * every section of the bill.
 */
export function sectionsAt(bill: AnalysedBill, offset: number): AnalysedSection[] {
  const sections = bill.sections;
  let lo = 0;
  let hi = sections.length;
  // The first section that ends after `offset`.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sections[mid]!.chunk.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  const s = sections[lo];
  return s && s.base <= offset && offset < s.chunk.end ? [s] : [];
}

/**
 * The items of `items` (in order of their start, as `findCrossReferences` returns the bill's
 * references) that lie wholly within [start, end), found by binary search for the first that starts there.
 */
export function referencesWithin<T extends { start: number; end: number }>(items: readonly T[], start: number, end: number): T[] {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let k = lo; k < items.length && items[k]!.start <= end; k++) if (items[k]!.end <= end) out.push(items[k]!);
  return out;
}

/**
 * Whether the bill's sections cover its text one after another, each starting a line: then a count
 * of words that never cross a line break is the sum of its counts in each section (see `sectionFact`).
 */
export function sectionsStartLines(bill: AnalysedBill): boolean {
  return perBill(bill, 'sections-start-lines', () => {
    let at = 0;
    for (const s of bill.sections) {
      if (s.base !== at || (at > 0 && bill.text[at - 1] !== '\n')) return false;
      at = s.chunk.end;
    }
    return at === bill.text.length;
  });
}
