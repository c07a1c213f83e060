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
 *
 * Nothing is worked out when a pattern is defined: its bounded source, its compiled expression and
 * the words every match must contain (see `requiredLiterals`) are each made the first time they are
 * asked for, so that a command that never reads a pattern never pays for it. A pattern is matched
 * only where one of its required words stands (see `matchesOf`): the engine has hundreds of patterns,
 * most of which find nothing in a given sentence, and V8 compiles a pattern to machine code the first
 * time it runs; one quick search for a word spares both.
 */
export function pattern(id: string, concept: string, source: string, examples: PatternExamples, flags = 'i'): WordPattern {
  const p = new LazyPattern(id, concept, source, examples, [...new Set(`g${flags}`.split(''))].join(''));
  DEFINED.push(p);
  return p;
}

/** Every pattern defined so far, in order (for `literalTable`). */
const DEFINED: LazyPattern[] = [];

/**
 * A table of every defined pattern's required words, by pattern id, with the source and flags they
 * were worked out from: made when the command line is built (scripts/bundle.mjs), so that a lint
 * need not work them out again (reading hundreds of sources costs more than a short bill's lint).
 */
export type LiteralTable = Record<string, [source: string, flags: string, literals: readonly (readonly string[])[] | null]>;

/** The required words of every pattern defined so far (see `LiteralTable`). */
export function literalTable(): LiteralTable {
  const out: LiteralTable = {};
  for (const p of DEFINED) out[p.id] = [p.raw, p.flags, p.literals];
  return out;
}

let known: LiteralTable | undefined;

/**
 * Uses a table made by `literalTable` (from this build): a pattern whose source and flags are the
 * ones in the table takes its required words from it; any other works them out itself, so a stale or
 * partial table costs time, never a finding. A table that is not an object is ignored.
 */
export function useLiteralTable(table: unknown): void {
  known = table && typeof table === 'object' ? (table as LiteralTable) : undefined;
}

/** A pattern whose bounded source, expression and required words are made on first use. */
class LazyPattern implements WordPattern {
  private bounded?: string;
  private compiled?: RegExp;
  private required?: readonly (readonly string[])[] | null;
  /** Whether the expression has been run (and so compiled): see `mayMatch`. */
  ran = false;
  /** How many texts it has been spared so far: see `mayMatch`. */
  spared = 0;

  constructor(
    readonly id: string,
    readonly concept: string,
    readonly raw: string,
    readonly examples: PatternExamples,
    readonly flags: string,
  ) {}

  get source(): string {
    return (this.bounded ??= bounded(this.raw));
  }

  get re(): RegExp {
    return (this.compiled ??= new RegExp(this.source, this.flags));
  }

  /** Sets of words, every match containing a word of each (lower case if the pattern ignores case); null if none are known. */
  get literals(): readonly (readonly string[])[] | null {
    if (this.required === undefined) {
      const k = known && Object.hasOwn(known, this.id) ? known[this.id] : undefined;
      this.required = Array.isArray(k) && k[0] === this.raw && k[1] === this.flags && (k[2] === null || (Array.isArray(k[2]) && k[2].length > 0 && k[2].every((set) => Array.isArray(set) && set.length > 0 && set.every((x) => typeof x === 'string')))) ? k[2] : requiredLiterals(this.source, this.flags) ?? null;
    }
    return this.required;
  }
}

/** What a piece of a pattern can match: every string it matches, when few and known; words one of which it must contain. */
interface LiteralInfo {
  exact: string[] | null;
  req: string[] | null;
  /** Several such sets of words, every one of which a match must meet (one word of each); the best first. */
  and?: string[][];
}

/** The most strings `exact` or `req` keeps before giving up on a piece (and then the pattern is simply run). */
const MAX_LITERALS = 64;
/** The most sets of words a piece keeps, every one of which a match must meet. */
const MAX_SETS = 3;
/** The most strings a run of words read one after another keeps (each choice multiplies them). */
const MAX_PRODUCT = 16;
const UNKNOWN: LiteralInfo = { exact: null, req: null };
const EMPTY: LiteralInfo = { exact: [''], req: null };
/**
 * The tokens of a regular expression source: an escape (with its hex digits), a character class, a
 * group's opening (with its kind), ")" or "|", a quantifier (lazy or not), a run of ASCII letters and
 * digits, or any other single character.
 */
const TOKEN = /\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\[\s\S]|\[(?:\\[\s\S]|[^\]\\])*\]|\((?:\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?|\{\d+(?:,\d*)?\}\??|[*+?]\??|[A-Za-z0-9]+|[\s\S]/g;

/** Adds the strings of `xs` to `into` once each; false when that makes more than MAX_LITERALS. */
function addAll(into: string[], xs: readonly string[]): boolean {
  for (const x of xs) if (!into.includes(x)) into.push(x);
  return into.length <= MAX_LITERALS;
}

/**
 * Sets of words that every match of the regular expression `source` (compiled with `flags`) must
 * meet, each by containing one of its words ("not", and one of "liable", "punished"…): lower case when the flags ignore case, ASCII only then (a case-insensitive expression
 * without the "u" flag matches an ASCII letter only with itself or its other case, which lower-casing
 * the text preserves). Undefined when no such words can be told: the source has an alternative with
 * no fixed word, a construct this reader does not know, or the "u", "v" or "y" flag. Conservative by
 * construction: a piece it cannot read counts as "any text", so it can only say too little, never
 * wrongly say that a text cannot match. Throws nothing.
 */
export function requiredLiterals(source: string, flags = ''): string[][] | undefined {
  if (/[uvy]/.test(flags)) return undefined;
  const ignoreCase = flags.includes('i');
  const tokens = source.match(TOKEN) ?? [];
  let t = 0;
  let failed = false;

  const literal = (ch: string): LiteralInfo => {
    if (!ignoreCase) return { exact: [ch], req: null };
    return ch.charCodeAt(0) < 128 ? { exact: [ch.toLowerCase()], req: null } : UNKNOWN;
  };
  const reqOf = (x: LiteralInfo): string[] | null => x.req ?? (x.exact && !x.exact.includes('') ? x.exact : null);

  /** An escape: "\b" reads nothing, a class of characters or a back-reference is unknown, the rest a character. */
  const escape = (tok: string): LiteralInfo => {
    if (tok.length === 6 || tok.length === 4) return literal(String.fromCharCode(parseInt(tok.slice(2), 16)));
    const e = tok[1]!;
    if (e === 'b' || e === 'B') return EMPTY;
    if (e === 'c' || e === 'k') {
      // a control character ("\cJ") or a named back-reference ("\k<name>"): what follows is not a word to look for
      failed = true;
      return UNKNOWN;
    }
    return /[A-Za-z0-9]/.test(e) ? UNKNOWN : literal(e);
  };

  /** A small class of plain characters ("[ae]"; not "[^a]", "[a-z]" or "[\s-]") is its characters. */
  const charClass = (tok: string): LiteralInfo => {
    const body = tok.slice(1, -1);
    if (!body || body.length > 8 || body[0] === '^' || /[\\]|.-./.test(body)) return UNKNOWN;
    const chars: string[] = [];
    for (const c of body) {
      if (ignoreCase && c.charCodeAt(0) >= 128) return UNKNOWN;
      const l = ignoreCase ? c.toLowerCase() : c;
      if (!chars.includes(l)) chars.push(l);
    }
    return { exact: chars, req: null };
  };

  /** The quantifier token after an atom, if any: its least and greatest count. */
  const quantifier = (): { min: number; max: number } | undefined => {
    const q = tokens[t];
    if (q === undefined) return undefined;
    const c = q[0];
    if (c !== '*' && c !== '+' && c !== '?' && !(c === '{' && q.length > 2)) return undefined;
    t++;
    if (c === '*') return { min: 0, max: Infinity };
    if (c === '+') return { min: 1, max: Infinity };
    if (c === '?') return { min: 0, max: 1 };
    const [lo, hi] = q.replace(/[{}?]/g, '').split(',');
    return { min: Number(lo), max: hi === undefined ? Number(lo) : hi === '' ? Infinity : Number(hi) };
  };
  const isQuantifier = (q: string | undefined) => q !== undefined && (q[0] === '*' || q[0] === '+' || q[0] === '?' || (q[0] === '{' && q.length > 2));

  const sequence = (): LiteralInfo => {
    // `run`: every string the items read since the last unknown one can match (null: none since it);
    // `tail`: plain characters read after it, not yet appended (a word costs one append, not one per letter).
    let run: string[] | null = [''];
    let tail = '';
    let allExact = true;
    // Every set of words the sequence must meet, with its score: its shortest word, then fewest words.
    const sets: { set: string[]; len: number }[] = [];
    const consider = (c: string[]) => {
      let len = Infinity;
      for (const x of c) if (x.length < len) len = x.length;
      if (len > 0) sets.push({ set: c, len });
    };
    const settle = () => {
      if (tail && run) run = run.map((x) => x + tail);
      tail = '';
    };
    const flush = () => {
      settle();
      if (run && !run.includes('')) consider(run);
      run = null;
    };
    while (t < tokens.length && !failed) {
      const tok = tokens[t]!;
      const c = tok[0]!;
      if (c === '|' || c === ')') break;
      t++;
      let x: LiteralInfo;
      if (/^[A-Za-z0-9]/.test(tok)) {
        // A word: all of it but a last letter that a quantifier governs is read at once.
        const word = ignoreCase ? tok.toLowerCase() : tok;
        const whole = !isQuantifier(tokens[t]);
        const plain = whole ? word : word.slice(0, -1);
        if (plain) {
          if (!run) run = [''];
          tail += plain;
        }
        if (whole) continue;
        x = { exact: [word.slice(-1)], req: null };
      } else if (c === '(') {
        const inner = alternation();
        if (tokens[t] !== ')') {
          failed = true;
          break;
        }
        t++;
        x = tok === '(?=' || tok === '(?!' || tok === '(?<=' || tok === '(?<!' ? UNKNOWN : inner;
      } else if (c === '[') x = charClass(tok);
      else if (c === '\\') x = escape(tok);
      else if (c === '.') x = UNKNOWN;
      else if (c === '^' || c === '$') x = EMPTY;
      else if (c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']') {
        failed = true;
        break;
      } else x = literal(tok);
      const q = quantifier();
      if (q && !(q.min === 1 && q.max === 1)) {
        if (q.min === 0) x = q.max === 1 && x.exact && !x.exact.includes('') ? { exact: [...x.exact, ''], req: null } : UNKNOWN;
        else x = { exact: null, req: reqOf(x), ...(x.and ? { and: x.and } : {}) };
      }
      if (x.exact && x.exact.length === 1 && run) tail += x.exact[0];
      else if (x.exact) {
        settle();
        const base: string[] = run ?? [''];
        if (base.length * x.exact.length <= MAX_PRODUCT) {
          const product: string[] = [];
          for (const a of base) for (const b of x.exact) if (!product.includes(a + b)) product.push(a + b);
          run = product;
        } else {
          flush();
          allExact = false;
          run = x.exact;
        }
      } else {
        allExact = false;
        flush();
        if (x.and) x.and.forEach(consider);
        else if (x.req) consider(x.req);
      }
    }
    settle();
    const exact = allExact ? run : null;
    flush();
    sets.sort((a, b) => b.len - a.len || a.set.length - b.set.length);
    const and = sets.slice(0, MAX_SETS).map((x) => x.set);
    return { exact, req: and[0] ?? null, and };
  };

  const alternation = (): LiteralInfo => {
    const first = sequence();
    if (tokens[t] !== '|') return first;
    let exact: string[] | null = first.exact ? [...first.exact] : null;
    const r = reqOf(first);
    let req: string[] | null = r ? [...r] : null;
    while (tokens[t] === '|' && !failed) {
      t++;
      const next = sequence();
      if (exact && !(next.exact && addAll(exact, next.exact))) exact = null;
      const nr = reqOf(next);
      if (req && !(nr && addAll(req, nr))) req = null;
    }
    return { exact, req };
  };

  const all = alternation();
  if (failed || t !== tokens.length) return undefined;
  if (all.and?.length) return all.and;
  const one = reqOf(all);
  return one ? [one] : undefined;
}

/**
 * How many texts a pattern is spared before it is compiled and run anyway: a short bill runs each
 * pattern a few times, and the look-up spares it compiling; a long one runs it thousands of times,
 * and there the compiled pattern finds faster than the look-up (a lower-cased copy of each text) rules out.
 */
const MAX_SPARED = 16;
/** The longest window in which a pattern's required words are looked for first; a longer one is simply matched. */
const MAX_PREFILTER_WINDOW = 1 << 16;
let lastText: string | undefined;
let lastFrom = -1;
let lastTo = -1;
let lastLower = '';
let clearing = false;

/** Lets go of the kept window once the current lint has returned (a lint runs in one go), so that no bill is held. */
function clearLater(): void {
  if (clearing || typeof queueMicrotask !== 'function') return;
  clearing = true;
  queueMicrotask(() => {
    clearing = false;
    lastText = undefined;
    lastFrom = lastTo = -1;
    lastLower = '';
  });
}

/**
 * Whether `p` must be run on text[from, to): false only when none of the words every match contains
 * stands there (see `requiredLiterals`). The look-up spares compiling a pattern that has not run yet;
 * once it has run (and so is compiled), or has been spared MAX_SPARED texts, running it costs less
 * than looking for its words in a lower-cased copy of the text, so it is simply run from then on. The lower-cased window is kept for
 * the next pattern, since the rules run many patterns over the same sentence in turn.
 */
function mayMatch(p: WordPattern, text: string, from: number, to: number): boolean {
  const lp = p as Partial<LazyPattern>;
  if (lp.ran !== false) return true;
  const lits = lp.literals;
  if (!lits || to - from > MAX_PREFILTER_WINDOW || lp.spared! >= MAX_SPARED) return (lp.ran = true);
  let hay: string;
  if (p.flags.includes('i')) {
    if (text !== lastText || from !== lastFrom || to !== lastTo) {
      lastLower = text.slice(from, to).toLowerCase();
      lastText = text;
      lastFrom = from;
      lastTo = to;
      clearLater();
    }
    hay = lastLower;
  } else hay = text.slice(from, to);
  for (const set of lits) {
    if (!set.some((l) => hay.includes(l))) {
      lp.spared!++;
      return false;
    }
  }
  return (lp.ran = true);
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
  if (!mayMatch(p, text, from, to)) return [];
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
    if (!mayMatch(p, text, from, to)) continue;
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
