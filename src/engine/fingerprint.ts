/**
 * A finding's identity, independent of where the bill puts it: the rule, the title of the provision
 * it is about (without its number, so renumbering keeps it) and the words it flags (white space and
 * Markdown emphasis aside), with an occurrence count for repeats. Used for SARIF
 * `partialFingerprints` and to tell, when two versions of a bill are compared, which findings an
 * amendment introduced, resolved or left unchanged.
 */

/** FNV-1a over UTF-16 code units, 32 bits, from a given basis. */
function fnv1a(s: string, basis: number): number {
  let h = basis >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** 16 hexadecimal digits: two independent 32-bit FNV-1a hashes of `s`. */
export function hash64(s: string): string {
  return fnv1a(s, 0x811c9dc5).toString(16).padStart(8, '0') + fnv1a(s, 0x050c5d1f).toString(16).padStart(8, '0');
}

/** Words as a reader compares them: no Markdown emphasis, one space between words, lower case. */
export function normaliseWords(s: string): string {
  return s.replace(/[*_`>]/g, ' ').replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** A heading without its number: "14. Non-liability of victims" and "15. Non-liability of victims" agree. */
export function headingTitle(heading: string): string {
  const title = normaliseWords(heading)
    .replace(/^(?:section|sec\.|s\.|article|art\.|regulation|reg\.|clause|rule)?\s*\d{1,4}[a-z]{0,2}(?:\s+(?:bis|ter|quater))?\s*[.:)\u2014\u2013-]?\s*/, '');
  return trimTrailingStops(title);
}

/** Drops trailing full stops and white space (a loop: the pattern for it is quadratic on long runs). */
function trimTrailingStops(s: string): string {
  let e = s.length;
  while (e > 0 && (s[e - 1] === '.' || /\s/.test(s[e - 1]!))) e--;
  return s.slice(0, e);
}

/** The flagged words; when they are the provision's heading, without its number (renumbering keeps them). */
function flaggedWords(f: FingerprintInput): string {
  const w = normaliseWords(f.words);
  const h = normaliseWords(f.heading);
  return h && w.startsWith(h) ? headingTitle(f.heading) + w.slice(h.length) : w;
}

export interface FingerprintInput {
  ruleId: string;
  /** The heading of the provision concerned, as written ('' when none). */
  heading: string;
  /** The words the finding covers, as written. */
  words: string;
}

/**
 * Fingerprints for a list of findings, in order: equal inputs get distinct fingerprints by their
 * occurrence (the first "duress" in a provision, the second...).
 */
export function fingerprints(inputs: readonly FingerprintInput[]): string[] {
  const seen = new Map<string, number>();
  return inputs.map((f) => {
    const key = `${f.ruleId}\u0000${headingTitle(f.heading)}\u0000${flaggedWords(f)}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return hash64(`${key}\u0000${n}`);
  });
}
