import type { Position, Range } from './types.js';

/**
 * Converts 0-based offsets into 1-based line and column, in UTF-16 code units (JavaScript string
 * indices are already UTF-16, which is how VS Code counts). "\r\n", "\n" and a lone "\r" each end a line.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
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

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
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

/** The line ending the document mostly uses, so that inserted text matches it. */
export function detectEol(text: string): string {
  const crlf = text.indexOf('\r\n');
  if (crlf >= 0) return '\r\n';
  return '\n';
}

/**
 * A piece of plain text (the words of a clause, with Markdown emphasis and markers removed) and,
 * for every character, the offset in the source it came from. Rules match words on `text` and
 * report ranges through `map`, so a range is exact whatever Markdown surrounds the words.
 */
export interface MappedText {
  text: string;
  /** map[i] is the source offset of text[i]. */
  map: number[];
}

export function sourceSpan(m: MappedText, start: number, end: number): [number, number] {
  if (m.map.length === 0) return [0, 0];
  const s = m.map[Math.min(start, m.map.length - 1)]!;
  const e = m.map[Math.min(Math.max(end - 1, start), m.map.length - 1)]! + 1;
  return [s, Math.max(e, s + 1)];
}

export function concatMapped(parts: MappedText[], sep: string): MappedText {
  let text = '';
  const map: number[] = [];
  parts.forEach((p, i) => {
    if (i > 0 && sep) {
      const at = map.length ? map[map.length - 1]! : 0;
      text += sep;
      for (let k = 0; k < sep.length; k++) map.push(at);
    }
    text += p.text;
    for (const o of p.map) map.push(o);
  });
  return { text, map };
}

export function sliceMapped(m: MappedText, start: number, end: number): MappedText {
  return { text: m.text.slice(start, end), map: m.map.slice(start, end) };
}

/** Trims white space from both ends, keeping the map aligned. */
export function trimMapped(m: MappedText): MappedText {
  let s = 0;
  let e = m.text.length;
  while (s < e && /\s/.test(m.text[s]!)) s++;
  while (e > s && /\s/.test(m.text[e - 1]!)) e--;
  return sliceMapped(m, s, e);
}
