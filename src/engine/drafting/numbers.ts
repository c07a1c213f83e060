/**
 * Numbers of sections, subsections and paragraphs, and the number to give a provision inserted
 * between two others without renumbering them. Pure string arithmetic.
 *
 * Conventions implemented (see the notes on drafting conventions and the UK Office of the
 * Parliamentary Counsel's practice they summarise): a section inserted between 14 and 15 is 14A,
 * then 14B; one inserted between 14 and 14A is 14ZA; between 14A and 14B, 14AA. A bill that numbers
 * inserted articles with Latin adverbs ("14 bis", "14 ter") keeps that habit. A subsection inserted
 * between (3) and (4) is (3A); a paragraph between (b) and (c) is (ba), or (b.1) / (b-1) where the bill
 * already writes inserted paragraphs that way.
 */

const LATIN = ['bis', 'ter', 'quater', 'quinquies', 'sexies', 'septies', 'octies', 'novies', 'decies'] as const;

/** How a bill numbers a section inserted between two others. */
export type SectionInsertHabit = 'letter' | 'latin';

/** How a bill numbers a paragraph inserted between (b) and (c): (ba), (b.1) or (b-1). */
export type ParagraphInsertHabit = 'letters' | 'dot' | 'hyphen';

interface ParsedNumber {
  base: number;
  /** Upper-case letters after the number ("A", "ZA"); '' for none. */
  letters: string;
  /** Index in LATIN plus 1 for "bis"..., 0 for none. */
  latin: number;
}

function parse(number: string): ParsedNumber | undefined {
  const n = number.trim();
  const l = /^(\d{1,5})[\s-]*(bis|ter|quater|quinquies|sexies|septies|octies|novies|decies)\s*([A-Za-z]{0,3})$/i.exec(n);
  if (l) return { base: Number(l[1]), letters: l[3]!.toUpperCase(), latin: LATIN.indexOf(l[2]!.toLowerCase() as (typeof LATIN)[number]) + 1 };
  const m = /^(\d{1,5})\s*([A-Za-z]{0,3})$/.exec(n);
  if (!m) return undefined;
  return { base: Number(m[1]), letters: m[2]!.toUpperCase(), latin: 0 };
}

/** Sort keys of the letters: a "Z" followed by more letters comes before "A" ("14ZA" < "14A"). */
function letterKeys(letters: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < letters.length; i++) {
    const c = letters.charCodeAt(i) - 64;
    out.push(letters[i] === 'Z' && i < letters.length - 1 ? 0 : c);
  }
  return out;
}

/**
 * Compares two section numbers in the order a bill runs: 14 < 14ZA < 14A < 14AA < 14B < 15, and
 * 14 < 14 bis < 14 ter < 15. Negative when `a` comes first, 0 when they are the same number.
 * Numbers that cannot be read compare as text, after those that can.
 */
export function compareSectionNumbers(a: string, b: string): number {
  const pa = parse(a);
  const pb = parse(b);
  if (!pa || !pb) return pa ? -1 : pb ? 1 : a.localeCompare(b);
  if (pa.base !== pb.base) return pa.base - pb.base;
  if (pa.latin !== pb.latin) return pa.latin - pb.latin;
  const ka = letterKeys(pa.letters);
  const kb = letterKeys(pb.letters);
  for (let i = 0; i < Math.min(ka.length, kb.length); i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
  return ka.length - kb.length;
}

/** Whether two written numbers are the same number ("14A" and "14 A", "14bis" and "14 bis"). */
export function sameNumber(a: string, b: string): boolean {
  return compareSectionNumbers(a, b) === 0 && !!parse(a) === !!parse(b);
}

function nextLetters(letters: string): string {
  if (!letters) return 'A';
  const last = letters.charCodeAt(letters.length - 1);
  if (last < 90) return letters.slice(0, -1) + String.fromCharCode(last + 1);
  return `${letters}A`;
}

function free(candidate: string, after: string | undefined, next: string | undefined, taken: readonly string[]): boolean {
  if (taken.some((t) => sameNumber(t, candidate))) return false;
  if (after !== undefined && compareSectionNumbers(after, candidate) >= 0) return false;
  if (next !== undefined && compareSectionNumbers(candidate, next) >= 0) return false;
  return true;
}

/**
 * The number for a section inserted after section `after` and before section `next` (undefined:
 * at the end of the bill, or before the first section), never one in `taken`.
 *
 * - after the last section: the next whole number ("23" gives "24"; "14A" gives "15");
 * - where the next whole number is free and still comes before `next`: that number ("14" before "16" gives "15");
 * - otherwise an inserted number: "14A" between 14 and 15, "14B" after 14A, "14ZA" between 14 and 14A,
 *   "14AA" between 14A and 14B; with the `latin` habit "14 bis", then "14 ter";
 * - before the first section: "1" if free, else "A1".
 *
 * Returns undefined only when `after` or `next` cannot be read as a number.
 */
export function sectionNumberBetween(after: string | undefined, next: string | undefined, taken: readonly string[] = [], habit: SectionInsertHabit = 'letter'): string | undefined {
  if (after === undefined) {
    if (next === undefined || free('1', undefined, next, taken)) return '1';
    const pn = parse(next);
    if (!pn) return undefined;
    return free(`A${pn.base}`, undefined, undefined, taken) ? `A${pn.base}` : undefined;
  }
  const pa = parse(after);
  if (!pa) return undefined;
  const whole = String(pa.base + 1);
  if (next === undefined ? !taken.some((t) => sameNumber(t, whole)) : free(whole, after, next, taken)) return whole;
  if (next !== undefined && !parse(next)) return undefined;
  if (habit === 'latin' && !pa.letters) {
    for (let k = pa.latin; k < LATIN.length; k++) {
      const c = `${pa.base} ${LATIN[k]}`;
      if (free(c, after, next, taken)) return c;
    }
  }
  const base = String(pa.base) + (pa.latin ? ` ${LATIN[pa.latin - 1]}` : '');
  const candidates = [`${base}${nextLetters(pa.letters)}`, `${base}${pa.letters}A`, `${base}${pa.letters}ZA`];
  for (const c of candidates) if (free(c, after, next, taken)) return c;
  // Deeper insertions (rare): keep adding letters until one fits.
  let letters = `${pa.letters}Z`;
  for (let i = 0; i < 4; i++) {
    letters += 'Z';
    const c = `${base}${letters}A`;
    if (free(c, after, next, taken)) return c;
  }
  return undefined;
}

/**
 * The number for a subsection inserted after subsection `after` ("3") and before `next` ("4"):
 * "3A" (then "3B"); after the last subsection, the next whole number ("5"). Without `after`, "1".
 * Numbers are written without the brackets.
 */
export function subsectionNumberBetween(after: string | undefined, next: string | undefined, taken: readonly string[] = []): string | undefined {
  return sectionNumberBetween(after, next, taken, 'letter');
}

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx'];

/** Whether a paragraph marker's inner text reads as a Roman numeral (a sub-paragraph). */
export function isRoman(marker: string): boolean {
  return ROMAN.includes(marker.toLowerCase());
}

/** The next letters in the order a, b, ... z, aa, ab, ... (a carry as in "z" to "aa"). */
function nextLowerLetters(s: string): string {
  if (!s) return 'a';
  const last = s.charCodeAt(s.length - 1);
  if (last < 122) return s.slice(0, -1) + String.fromCharCode(last + 1);
  return `${nextLowerLetters(s.slice(0, -1)) || 'a'}a`;
}

/**
 * The letter for a paragraph inserted after paragraph `after` ("b") and before `next` ("c"):
 * "ba" (then "bb") in UK practice, "b.1" or "b-1" where the bill's own habit is so; after the last
 * paragraph, the next letter ("d"; after "z", "aa"). Roman numerals (sub-paragraphs) count on in Roman
 * numerals after the last one ("iii" after "ii"). Without `after`, "a" (or "i" with `roman`).
 */
export function paragraphLetterBetween(
  after: string | undefined,
  next: string | undefined,
  taken: readonly string[] = [],
  habit: ParagraphInsertHabit = 'letters',
  roman = false,
): string {
  const isTaken = (c: string) => taken.some((t) => t.toLowerCase() === c.toLowerCase());
  if (after === undefined) return roman ? 'i' : 'a';
  const a = after.toLowerCase();
  if (next === undefined) {
    if (roman || (isRoman(a) && a !== 'i' && a !== 'v' && a !== 'x')) {
      const i = ROMAN.indexOf(a);
      if (i >= 0 && i + 1 < ROMAN.length && !isTaken(ROMAN[i + 1]!)) return ROMAN[i + 1]!;
    }
    let c = nextLowerLetters(a);
    while (isTaken(c)) c = nextLowerLetters(c);
    return c;
  }
  if (habit === 'dot' || habit === 'hyphen') {
    const sep = habit === 'dot' ? '.' : '-';
    for (let k = 1; k < 100; k++) if (!isTaken(`${a}${sep}${k}`)) return `${a}${sep}${k}`;
  }
  let c = `${a}a`;
  while (isTaken(c)) c = nextLowerLetters(c);
  return c;
}
