/**
 * Word patterns that carry their own examples, in the manner of LanguageTool's rules: every pattern
 * names the legal concept it captures, and lists wording it must flag (the flagged words marked with
 * `[[` and `]]`) and wording it must pass. One generic test (test/patterns.test.ts) runs every
 * pattern's examples, so a reader can see which example protects which alternative, and a change that
 * breaks one fails at once.
 *
 * Patterns are matched case-insensitively, one sentence or clause at a time, with bounded repetition
 * only, so that no pattern can backtrack badly on a long paragraph (a ReDoS test checks them all).
 * Each pattern is compiled once; matching never builds a new RegExp.
 */

export interface PatternExamples {
  /** Wording that must match, with the exact matched words marked: "not [[compelled]] to". */
  flag: readonly string[];
  /** Wording that must not match at all. */
  pass: readonly string[];
}

export interface WordPattern {
  /** Stable name, "<area>.<concept>", e.g. "duress.no-realistic-alternative". */
  readonly id: string;
  /** The legal concept, in plain English. */
  readonly concept: string;
  readonly source: string;
  readonly flags: string;
  readonly examples: PatternExamples;
  /** Compiled once, global and case-insensitive. Use the functions below rather than this directly. */
  readonly re: RegExp;
}

/** A concept written as several patterns (alternatives), each with its own examples. */
export type PatternSet = readonly WordPattern[];

/** The longest run of white space a pattern reads between two words (see `bounded`). */
export const MAX_SPACE_RUN = 8;
/** The longest word a pattern reads as one `\w` run (see `bounded`). */
export const MAX_WORD = 40;

/**
 * A pattern source with its unbounded runs of white space and of word characters bounded, so that
 * no two of them, nor a run and a bounded gap beside it, can backtrack over each other more than a
 * fixed number of times: `\s+` becomes `\s{1,8}`, `\s*` `\s{0,8}`, `\w+` `\w{1,40}` and `\w*`
 * `\w{0,40}` (outside character classes; lazy forms keep their `?`). A phrase whose words are
 * separated by more than eight spaces, tabs or line breaks (none in a bill as written: the reading
 * layer strips indentation) is not read as that phrase.
 */
export function bounded(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const e = source[i + 1] ?? '';
      const q = source[i + 2];
      if (!inClass && (e === 's' || e === 'w') && (q === '+' || q === '*')) {
        const max = e === 's' ? MAX_SPACE_RUN : MAX_WORD;
        out += `\\${e}{${q === '+' ? 1 : 0},${max}}`;
        i += 2;
      } else {
        out += c + e;
        i++;
      }
      continue;
    }
    if (c === '[' && !inClass) {
      // A class of word characters ("[\\w-]", "[\\w'’-]") repeated without bound is a word: bounded too.
      let j = i + 1;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      const body = source.slice(i + 1, j);
      const q = source[j + 1];
      if (j < source.length && !body.startsWith('^') && body.includes('\\w') && !/\\[sSWdD]/.test(body) && (q === '+' || q === '*')) {
        out += `[${body}]{${q === '+' ? 1 : 0},${MAX_WORD}}`;
        i = j + 1;
        continue;
      }
      inClass = true;
    } else if (c === ']') inClass = false;
    out += c;
  }
  return out;
}

/**
 * Defines a pattern. `source` is a regular expression source (write it with String.raw); it is
 * compiled global, with `flags` ("i", case-insensitive, unless a pattern depends on capitals). Its
 * runs of white space and word characters are bounded (see `bounded`): the pattern's `source` is the
 * bounded source, the one compiled and checked.
 */
export function pattern(id: string, concept: string, source: string, examples: PatternExamples, flags = 'i'): WordPattern {
  const all = [...new Set(`g${flags}`.split(''))].join('');
  const b = bounded(source);
  return { id, concept, source: b, flags: all, examples, re: new RegExp(b, all) };
}

export interface WordMatch {
  /** Offsets in the text matched (UTF-16, end exclusive). */
  index: number;
  end: number;
  text: string;
  /** Capture groups of the pattern that matched. */
  groups: (string | undefined)[];
  pattern: WordPattern;
}

/**
 * The window a pattern is run on: text[from, to) with one character of context before it, so that a
 * word boundary at `from` means what it means in the whole text. Copies only the window (never the
 * text before it), so that matching in many small windows of a long paragraph stays linear.
 */
function window(text: string, from: number, to: number): { s: string; base: number; start: number } {
  const base = Math.max(0, from - 1);
  const end = Math.min(text.length, to);
  return { s: base === 0 && end === text.length ? text : text.slice(base, end), base, start: from - base };
}

/** Every match of one pattern in text[from, to), in order (never overlapping, never empty). */
export function matchesOf(p: WordPattern, text: string, from = 0, to = text.length): WordMatch[] {
  const w = window(text, from, to);
  const re = p.re;
  re.lastIndex = w.start;
  const out: WordMatch[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(w.s))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ index: w.base + m.index, end: w.base + m.index + m[0].length, text: m[0], groups: m.slice(1), pattern: p });
  }
  re.lastIndex = 0;
  return out;
}

/**
 * Every match of any pattern of a set, in text order. Where two alternatives match overlapping
 * words, the earlier wins, then the longer: the words a reader would underline.
 */
export function matchAll(set: WordPattern | PatternSet, text: string, from = 0, to = text.length): WordMatch[] {
  const ps = Array.isArray(set) ? (set as PatternSet) : [set as WordPattern];
  const all = ps.flatMap((p) => matchesOf(p, text, from, to));
  if (ps.length === 1) return all;
  all.sort((a, b) => a.index - b.index || b.end - a.end);
  const out: WordMatch[] = [];
  let end = -1;
  for (const m of all) {
    if (m.index < end) continue;
    out.push(m);
    end = m.end;
  }
  return out;
}

/** The first match at or after `from`, or undefined. */
export function firstMatch(set: WordPattern | PatternSet, text: string, from = 0, to = text.length): WordMatch | undefined {
  const ps = Array.isArray(set) ? (set as PatternSet) : [set as WordPattern];
  const w = window(text, from, to);
  let best: WordMatch | undefined;
  for (const p of ps) {
    p.re.lastIndex = w.start;
    let m = p.re.exec(w.s);
    while (m && m[0].length === 0) {
      p.re.lastIndex++;
      m = p.re.exec(w.s);
    }
    p.re.lastIndex = 0;
    if (!m) continue;
    const index = w.base + m.index;
    if (!best || index < best.index || (index === best.index && index + m[0].length > best.end)) {
      best = { index, end: index + m[0].length, text: m[0], groups: m.slice(1), pattern: p };
    }
  }
  return best;
}

/** The last match ending at or before `to`. */
export function lastMatch(set: WordPattern | PatternSet, text: string, from = 0, to = text.length): WordMatch | undefined {
  const all = matchAll(set, text, from, to);
  return all[all.length - 1];
}

/** Whether any pattern of the set matches text[from, to). */
export function has(set: WordPattern | PatternSet, text: string, from = 0, to = text.length): boolean {
  return firstMatch(set, text, from, to) !== undefined;
}

/** Parses a flag example: the text without markers, and the marked spans. */
export function parseExample(example: string): { text: string; marked: { start: number; end: number }[] } {
  let text = '';
  const marked: { start: number; end: number }[] = [];
  let i = 0;
  let open = -1;
  while (i < example.length) {
    if (example.startsWith('[[', i) && open < 0) {
      open = text.length;
      i += 2;
    } else if (example.startsWith(']]', i) && open >= 0) {
      marked.push({ start: open, end: text.length });
      open = -1;
      i += 2;
    } else {
      text += example[i];
      i++;
    }
  }
  return { text, marked };
}

/** Every pattern defined in a module's exports (patterns, pattern sets, and records of them). */
export function collectPatterns(exports: Record<string, unknown>): WordPattern[] {
  const out: WordPattern[] = [];
  const seen = new Set<unknown>();
  const visit = (v: unknown): void => {
    if (!v || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (isPattern(v)) {
      out.push(v);
      return;
    }
    if (Array.isArray(v)) v.forEach(visit);
    else if (Object.getPrototypeOf(v) === Object.prototype) Object.values(v).forEach(visit);
  };
  Object.values(exports).forEach(visit);
  return out;
}

export function isPattern(v: unknown): v is WordPattern {
  return !!v && typeof v === 'object' && (v as WordPattern).re instanceof RegExp && typeof (v as WordPattern).id === 'string' && typeof (v as WordPattern).concept === 'string';
}
