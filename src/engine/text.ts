import type { Position, Range } from './types.js';

/**
 * Converts 0-based offsets into 1-based line and column, in UTF-16 code units (JavaScript string
 * indices are already UTF-16, which is how VS Code counts). "\r\n", "\n" and a lone "\r" each end a line.
 */
export class LineIndex {
  private readonly starts: number[] = [0];
  /** How many lines end with each kind of line ending. */
  private readonly endings = { crlf: 0, lf: 0, cr: 0 };

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        this.endings.lf++;
        this.starts.push(i + 1);
      } else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) {
          i++;
          this.endings.crlf++;
        } else this.endings.cr++;
        this.starts.push(i + 1);
      }
    }
  }

  /** The line ending the text mostly uses, as `detectEol` decides it (counted while indexing, so the text is read once). */
  get eol(): string {
    return dominantEol(this.endings.crlf, this.endings.lf, this.endings.cr);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.starts[lo]! + 1, offset: o };
  }

  /**
   * The range from `start` to `end` (UTF-16 offsets, clamped to the text). A range never splits a
   * character or a line ending: a boundary that falls between the two halves of a surrogate pair or
   * between CR and LF is moved outwards (the start back, the end forward), so the range covers whole
   * characters.
   */
  range(start: number, end: number): Range {
    const s = snapBoundary(this.text, Math.max(0, Math.min(start, this.text.length)), -1);
    const e = snapBoundary(this.text, Math.max(s, Math.min(end, this.text.length)), 1);
    return { start: this.position(s), end: this.position(e) };
  }

  /** Offset of the start of a 1-based line. */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))]!;
  }

  /** Offset just past the last character of a 1-based line, before its line ending. */
  lineEnd(line: number): number {
    const next = line < this.starts.length ? this.starts[line]! : this.text.length;
    let e = next;
    if (e > 0 && line < this.starts.length) {
      if (this.text.charCodeAt(e - 1) === 10) e--;
      if (e > 0 && this.text.charCodeAt(e - 1) === 13) e--;
    }
    return Math.max(e, this.starts[line - 1] ?? 0);
  }
}

/**
 * Whether `offset` falls inside one unit of text that must not be split: between the halves of a
 * surrogate pair, or between the CR and LF of a CRLF line ending.
 */
export function splitsUnit(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  if (before === 13 && after === 10) return true;
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/**
 * Moves an offset off the middle of a surrogate pair or CRLF pair: `direction` -1 moves it to the
 * start of the pair, 1 to its end. Any other offset is returned unchanged.
 */
export function snapBoundary(text: string, offset: number, direction: -1 | 1): number {
  return splitsUnit(text, offset) ? offset + (direction < 0 ? -1 : 1) : offset;
}

/**
 * The line ending the document mostly uses ("\r\n", "\n" or a lone "\r"), so that inserted text
 * matches it. Counts each kind; a tie goes to "\r\n", then "\n". A text with no line ending gets "\n".
 */
export function detectEol(text: string): string {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    } else if (c === 10) lf++;
  }
  return dominantEol(crlf, lf, cr);
}

function dominantEol(crlf: number, lf: number, cr: number): string {
  if (crlf >= lf && crlf >= cr && crlf > 0) return '\r\n';
  if (cr > lf) return '\r';
  return '\n';
}

/**
 * Characters Word and other editors put in text that a reader does not see or reads as a plain space
 * or hyphen. The recognisers read text as a drafter sees it: invisible characters are dropped and the
 * others replaced, while the offsets of what remains still point into the original text.
 */
const INVISIBLE = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
const AS_SPACE = new Set([0x00a0, 0x202f, 0x2007]);
const AS_HYPHEN = new Set([0x2011]);

/** How a character reads: '' if it is invisible, ' ' or '-' for its plain form, else itself. */
export function readable(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c < 0xa0) return ch;
  if (INVISIBLE.has(c)) return '';
  if (AS_SPACE.has(c)) return ' ';
  if (AS_HYPHEN.has(c)) return '-';
  return ch;
}

/** A string as it reads (see `readable`); lengths may differ, so use it only where offsets are not needed. */
export function readableText(s: string): string {
  let out = '';
  for (const ch of s) out += readable(ch);
  return out;
}

/**
 * A piece of plain text (the words of a clause, with Markdown emphasis and markers removed) and,
 * for every character, the offset in the source it came from. Rules match words on `text` and
 * report ranges through `map`, so a range is exact whatever Markdown surrounds the words.
 *
 * The map is a typed array (two bytes a character while every offset is below 65,536, as in a
 * section's own text, else four; a plain array of numbers takes eight), and a slice of a mapped text
 * shares its parent's map (`subarray`) rather than copying it: a bill's blocks, clauses and
 * sentences are slices of one another, so their offsets are held once.
 */
export interface MappedText {
  text: string;
  /** map[i] is the source offset of text[i]. Read it; never write to it (slices share it). */
  map: OffsetMap;
}

/** Source offsets, one a character (see `MappedText`). */
export type OffsetMap = Uint16Array | Int32Array;

/** The map of an empty text. */
export const EMPTY_MAP: OffsetMap = new Uint16Array(0);

/** `map` with `delta` added to every offset, in an array wide enough for the results. */
export function shiftedMap(map: OffsetMap, delta: number): OffsetMap {
  let max = 0;
  for (let i = 0; i < map.length; i++) max = Math.max(max, map[i]! + delta);
  const out = max > 0xffff ? new Int32Array(map.length) : new Uint16Array(map.length);
  for (let i = 0; i < map.length; i++) out[i] = map[i]! + delta;
  return out;
}

/**
 * A mapped text being built one character at a time (see `pushReadable`): its characters and
 * offsets are collected in growing typed arrays and made into a `MappedText` by `finishMapped`,
 * so that building a long paragraph makes neither a chain of partial strings nor a growing list.
 */
export class MappedBuilder {
  private codes = new Uint16Array(64);
  private offsets: OffsetMap = new Uint16Array(64);
  /** How many characters have been added. */
  length = 0;

  /** Adds one UTF-16 unit of text and the source offset it came from. */
  push(code: number, offset: number): void {
    const wide = offset > 0xffff && this.offsets instanceof Uint16Array;
    if (this.length === this.codes.length || wide) {
      const size = this.length === this.codes.length ? this.length * 2 : this.codes.length;
      const codes = new Uint16Array(size);
      codes.set(this.codes);
      this.codes = codes;
      const offsets = wide || this.offsets instanceof Int32Array ? new Int32Array(size) : new Uint16Array(size);
      offsets.set(this.offsets);
      this.offsets = offsets;
    }
    this.codes[this.length] = code;
    this.offsets[this.length++] = offset;
  }

  /** The text and map built so far, each an exact-size copy. */
  finish(): MappedText {
    let text = '';
    for (let i = 0; i < this.length; i += 4096) text += String.fromCharCode.apply(null, this.codes.subarray(i, Math.min(this.length, i + 4096)) as unknown as number[]);
    return { text, map: this.offsets.slice(0, this.length) };
  }
}

/** Appends one source character to a mapped text as it reads (see `readable`). */
export function pushReadable(out: MappedBuilder, ch: string, offset: number): void {
  const c = ch.charCodeAt(0);
  if (c < 0xa0) {
    out.push(c, offset);
    return;
  }
  const r = readable(ch);
  if (!r) return;
  out.push(r.charCodeAt(0), offset);
}

export function sourceSpan(m: MappedText, start: number, end: number): [number, number] {
  if (m.map.length === 0) return [0, 0];
  const s = m.map[Math.min(start, m.map.length - 1)]!;
  const e = m.map[Math.min(Math.max(end - 1, start), m.map.length - 1)]! + 1;
  return [s, Math.max(e, s + 1)];
}

/** The parts joined by `sep`, whose characters map to the offset of the character before them. */
export function concatMapped(parts: MappedText[], sep: string): MappedText {
  if (parts.length === 1) return parts[0]!;
  let length = 0;
  parts.forEach((p, i) => (length += p.map.length + (i > 0 ? sep.length : 0)));
  const map = parts.every((p) => p.map instanceof Uint16Array) ? new Uint16Array(length) : new Int32Array(length);
  let n = 0;
  const texts: string[] = [];
  parts.forEach((p, i) => {
    if (i > 0 && sep) {
      const at = n ? map[n - 1]! : 0;
      texts.push(sep);
      map.fill(at, n, n + sep.length);
      n += sep.length;
    }
    texts.push(p.text);
    map.set(p.map, n);
    n += p.map.length;
  });
  return { text: texts.join(''), map };
}

/** Characters `start` to `end` of a mapped text; the map is shared with `m`, not copied. */
export function sliceMapped(m: MappedText, start: number, end: number): MappedText {
  return { text: m.text.slice(start, end), map: m.map.subarray(start, end) };
}

/** Trims white space from both ends, keeping the map aligned. */
export function trimMapped(m: MappedText): MappedText {
  let s = 0;
  let e = m.text.length;
  while (s < e && isSpace(m.text.charCodeAt(s))) s++;
  while (e > s && isSpace(m.text.charCodeAt(e - 1))) e--;
  return sliceMapped(m, s, e);
}

/** White space as JavaScript's \s reads it, without a regular expression. */
export function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

const LETTER = /^\p{L}$/u;

/** Whether the code point at `i` (UTF-16 offset) is a letter; `i` may be past either end. */
function letterAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(String.fromCodePoint(text.codePointAt(i)!));
}

/**
 * How many times `mark` (one UTF-16 unit, such as an apostrophe) stands between two letters, counted
 * as the pattern `\p{L}<mark>\p{L}` (Unicode mode, global) counts its matches: "it's" once, "a'b'c"
 * once (the matches do not overlap). It looks only where the mark is, so it costs a search of the
 * text for one character, not a pattern's step at every character. Throws nothing.
 */
export function countBetweenLetters(text: string, mark: string): number {
  let n = 0;
  let from = 0; // where the next match may start (the end of the last one)
  for (let i = text.indexOf(mark, 1); i >= 0; i = text.indexOf(mark, i + 1)) {
    // The letter before may be a surrogate pair, which then starts two units back.
    const low = text.charCodeAt(i - 1);
    const before = low >= 0xdc00 && low <= 0xdfff && i >= 2 && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) <= 0xdbff ? i - 2 : i - 1;
    if (before < from || !letterAt(text, before) || !letterAt(text, i + 1)) continue;
    const after = text.charCodeAt(i + 1);
    from = i + (after >= 0xd800 && after <= 0xdbff && text.charCodeAt(i + 2) >= 0xdc00 && text.charCodeAt(i + 2) <= 0xdfff ? 3 : 2);
    n++;
  }
  return n;
}
