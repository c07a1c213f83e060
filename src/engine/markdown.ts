import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { MappedBuilder, pushReadable, shiftedMap, type MappedText } from './text.js';

/**
 * One run of prose from the Markdown: a heading, a paragraph, a list item's paragraph or a table
 * cell, as plain words with a map back to the source. Offsets are relative to the parsed text.
 * Word's invisible characters (soft hyphens, zero-width spaces and joiners) are left out of `text`
 * and no-break spaces and hyphens read as plain ones (see `readable` in text.ts); `map` still
 * points at the original characters.
 */
export interface Block extends MappedText {
  kind: 'heading' | 'paragraph' | 'cell';
  /** The list marker as written ("1.", "-"), if the block is a list item's first paragraph. */
  listMarker?: string;
  /** Nesting depth of lists around the block (0 outside lists). */
  listDepth: number;
  /** Nesting depth of block quotations ("> ") around the block (0 outside them). */
  quoteDepth: number;
  start: number;
  end: number;
}

/**
 * The syntax a bill is read with: CommonMark with GFM tables, footnotes and strikethrough, and front
 * matter (YAML between "---" and "---" or "...", TOML between "+++"). Two departures, both so that
 * the words a drafter wrote are read as bill text:
 * - indented code is off: a subsection indented by four spaces is a paragraph, not code (fenced
 *   code stays code);
 * - GFM autolink literals are off: bills have no bare web addresses worth a link, and the
 *   extension's look-behind makes a paragraph of many numbered lines quadratic.
 * The processor is built once; unified processors are reusable.
 */
function billSyntax(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmFootnote(), gfmStrikethrough({ singleTilde: false }), { disable: { null: ['codeIndented'] } });
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown());
}

const processor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml', 'toml', { type: 'yaml', fence: { open: '---', close: '...' } }])
  .use(billSyntax);

interface Node {
  type: string;
  value?: string;
  children?: Node[];
  position?: { start: { offset?: number }; end: { offset?: number } };
  ordered?: boolean;
}

/** Containers nested deeper than this on one line are read as plain text (see `limitNesting`). */
export const MAX_CONTAINER_DEPTH = 32;

/**
 * Guards the parser against pathological nesting: on each line, block quotation markers (">") and
 * list markers ("-", "*", "+", "1.", "1)") beyond the first MAX_CONTAINER_DEPTH are replaced by
 * spaces, so the text keeps its length (and every offset) but cannot nest deeper. The Markdown
 * parser's cost grows with the square of the nesting and it overflows the stack at a few thousand
 * levels; no bill nests more than a handful. Linear in the text; returns the text itself when no
 * line is that deep.
 */
export function limitNesting(src: string): string {
  const marks: [number, number][] = [];
  const n = src.length;
  let lineStart = 0;
  for (;;) {
    let pos = lineStart;
    let depth = 0;
    for (;;) {
      let k = pos;
      while (k < n && isBlank(src.charCodeAt(k))) k++;
      const c = src.charCodeAt(k);
      let end = -1;
      if (c === 62 /* > */) end = k + 1;
      else if ((c === 45 || c === 42 || c === 43) /* - * + */ && (k + 1 === n || isBlank(src.charCodeAt(k + 1)))) end = k + 1;
      else if (c >= 48 && c <= 57) {
        let d = k;
        while (d < n && d - k < 9 && src.charCodeAt(d) >= 48 && src.charCodeAt(d) <= 57) d++;
        const p = src.charCodeAt(d);
        if ((p === 46 || p === 41) /* . ) */ && (d + 1 === n || isBlank(src.charCodeAt(d + 1)))) end = d + 1;
      }
      if (end < 0) break;
      if (++depth > MAX_CONTAINER_DEPTH) marks.push([k, end]);
      pos = end;
    }
    const next = nextLineStart(src, pos);
    if (next < 0) break;
    lineStart = next;
  }
  if (!marks.length) return src;
  let res = '';
  let from = 0;
  for (const [s, e] of marks) {
    res += src.slice(from, s) + ' '.repeat(e - s);
    from = e;
  }
  return res + src.slice(from);
}

/**
 * The text to hand a Markdown parser, and how far its offsets are from the source's: the parser
 * drops a leading BOM and counts positions after it, so the text after the BOM is parsed and every
 * offset must be shifted by `shift` (1 when there was a BOM); a second BOM, which the parser would
 * drop as well, is read as the invisible character it is (a zero-width space, of the same length);
 * nesting is bounded (see `limitNesting`). Any parse of a bill goes through this.
 */
export function forParser(source: string): { text: string; shift: number } {
  const shift = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  let body = shift ? source.slice(1) : source;
  if (body.charCodeAt(0) === 0xfeff) body = '\u200b' + body.slice(1);
  return { text: limitBrackets(limitNesting(body)), shift };
}

/** Square brackets a paragraph may hold before they are read as plain text (see `limitBrackets`). */
export const MAX_PARAGRAPH_BRACKETS = 512;

/**
 * Guards the parser against paragraphs with thousands of link labels ("[a][b][a][b]..."), whose cost
 * grows with the square of their number: in a paragraph (a run of lines with no blank line) holding
 * more than MAX_PARAGRAPH_BRACKETS square brackets, every bracket is replaced by a space, so that the
 * words keep their places (every offset) and are read as text. Linear; returns the text itself when
 * no paragraph has that many.
 */
export function limitBrackets(src: string): string {
  let out: string[] | undefined;
  let from = 0;
  let runStart = 0;
  let brackets = 0;
  const flush = (end: number) => {
    if (brackets > MAX_PARAGRAPH_BRACKETS) {
      out ??= [];
      out.push(src.slice(from, runStart), src.slice(runStart, end).replace(/[[\]]/g, ' '));
      from = end;
    }
    brackets = 0;
  };
  for (let line = 0; line >= 0 && line < src.length; ) {
    const next = nextLineStart(src, line);
    const end = next < 0 ? src.length : next;
    let blank = true;
    let here = 0;
    for (let i = line; i < end; i++) {
      const c = src.charCodeAt(i);
      if (c === 91 || c === 93) here++;
      if (!isBlank(c) && c !== 10 && c !== 13) blank = false;
    }
    if (blank) {
      flush(line);
      runStart = end;
    } else brackets += here;
    line = next;
  }
  flush(src.length);
  if (!out) return src;
  out.push(src.slice(from));
  return out.join('');
}

/** Offset of the start of the line after the one holding `from`, or -1 on the last line. */
function nextLineStart(src: string, from: number): number {
  for (let i = from; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c === 10) return i + 1;
    if (c === 13) return src.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  }
  return -1;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/**
 * Aligns a text node's value with its source, one value character at a time, and appends it to
 * `out` as it reads. Usually the value is the source itself; where the parser removed characters it
 * is shorter, and each removal is one of a few kinds, each recognised here so that the map never
 * drifts however many characters were removed:
 * - a backslash escape ("\*" reads "*");
 * - a character reference ("&amp;" reads "&"): the decoded characters map to the "&";
 * - white space before a line ending (trailing spaces);
 * - the prefix of a continuation line: indentation, block quotation markers (">") and list indentation.
 * A character matching none of these is looked for a short way ahead, else mapped where the source
 * stands. Linear in the value and the source.
 */
function alignValue(value: string, src: string, from: number, to: number, out: MappedBuilder): void {
  let j = from;
  const n = value.length;
  for (let i = 0; i < n; i++) {
    const ch = value[i]!;
    const cc = value.charCodeAt(i);
    if (j < to && src[j] === ch) {
      pushReadable(out, ch, j++);
      continue;
    }
    if (j + 1 < to && src[j] === '\\' && src[j + 1] === ch) {
      pushReadable(out, ch, j + 1);
      j += 2;
      continue;
    }
    if (cc === 10 || cc === 13 || cc === 32) {
      // Trailing white space dropped before a line ending; in inline code a line ending reads as a space.
      let k = j;
      while (k < to && isBlank(src.charCodeAt(k))) k++;
      const sc = src.charCodeAt(k);
      if (k < to && (src[k] === ch || (cc === 32 && (sc === 10 || sc === 13)))) {
        pushReadable(out, ch, k);
        j = k + 1;
        if (cc === 32 && sc === 13 && src.charCodeAt(j) === 10) j++;
        continue;
      }
    }
    if (j > from && (src.charCodeAt(j - 1) === 10 || src.charCodeAt(j - 1) === 13)) {
      // A continuation line's prefix: indentation and block quotation markers.
      let k = j;
      while (k < to && (isBlank(src.charCodeAt(k)) || src.charCodeAt(k) === 62)) k++;
      if (k < to && src[k] === ch) {
        pushReadable(out, ch, k);
        j = k + 1;
        continue;
      }
      if (k + 1 < to && src[k] === '\\' && src[k + 1] === ch) {
        pushReadable(out, ch, k + 1);
        j = k + 2;
        continue;
      }
      if (k < to && src[k] === '&') j = k;
    }
    if (j < to && src[j] === '&') {
      let semi = j + 1;
      while (semi < to && semi - j <= 40 && src[semi] !== ';') semi++;
      if (semi < to && src[semi] === ';') {
        pushReadable(out, ch, j);
        // A reference can decode to a surrogate pair, or to two characters.
        while (i + 1 < n && src[semi + 1] !== value[i + 1] && (value.charCodeAt(i + 1) & 0xfc00) === 0xdc00) pushReadable(out, value[++i]!, j);
        j = semi + 1;
        continue;
      }
    }
    // Not recognised: look a short way ahead, else keep the place.
    let k = j;
    const limit = Math.min(to, j + 64);
    while (k < limit && src[k] !== ch) k++;
    if (k < limit) {
      pushReadable(out, ch, k);
      j = k + 1;
    } else {
      pushReadable(out, ch, Math.max(from, Math.min(j, to - 1)));
    }
  }
}

const SKIPPED_INLINE = new Set(['footnoteReference', 'image', 'imageReference', 'html']);

/** The words of a heading's, paragraph's or cell's inline content, in order (no recursion). */
function collectInline(root: Node, src: string, out: MappedBuilder): void {
  const stack: Node[] = [];
  for (let c = (root.children ?? []).length - 1; c >= 0; c--) stack.push(root.children![c]!);
  while (stack.length) {
    const node = stack.pop()!;
    const s = node.position?.start.offset;
    const e = node.position?.end.offset;
    if (node.type === 'text' || node.type === 'inlineCode') {
      if (s === undefined || e === undefined) continue;
      let from = s;
      let to = e;
      if (node.type === 'inlineCode') {
        // Skip the backticks around the code.
        while (from < to && src[from] === '`') from++;
        while (to > from && src[to - 1] === '`') to--;
      }
      alignValue(node.value ?? '', src, from, to, out);
      continue;
    }
    if (node.type === 'break') {
      if (s !== undefined) {
        out.push(10, s);
      }
      continue;
    }
    if (SKIPPED_INLINE.has(node.type)) continue;
    const kids = node.children ?? [];
    for (let c = kids.length - 1; c >= 0; c--) stack.push(kids[c]!);
  }
}

/** Block nodes whose content is not bill text: code, HTML (comments), front matter, link and footnote definitions. */
const SKIPPED_BLOCK = new Set(['code', 'html', 'yaml', 'toml', 'definition', 'footnoteDefinition']);

/**
 * Parses Markdown into blocks of prose, in document order. Offsets are UTF-16 code units into `src`.
 * A leading byte order mark is not part of the Markdown but keeps its place: offsets still count it.
 * Never recurses over the tree, so no nesting can overflow the stack; nesting deeper than
 * MAX_CONTAINER_DEPTH on one line is read as text (see `limitNesting`).
 */
export function parseBlocks(source: string): Block[] {
  const cuts = longRunCuts(source);
  if (!cuts.length) return parseSlice(source);
  // A run of thousands of lines with no blank line is read in slices (see `longRunCuts`).
  const blocks: Block[] = [];
  let from = 0;
  for (const to of [...cuts, source.length]) {
    for (const b of parseSlice(source.slice(from, to))) {
      b.start += from;
      b.end += from;
      b.map = shiftedMap(b.map, from);
      blocks.push(b);
    }
    from = to;
  }
  return blocks;
}

/** Lines a run with no blank line may have before it is read in slices (see `longRunCuts`). */
export const MAX_RUN_LINES = 200;

/**
 * Where to cut a text whose runs of lines with no blank line between them are longer than
 * MAX_RUN_LINES: at the start of the next line after every MAX_RUN_LINES lines of such a run that is
 * not a table row (a long table, a schedule of offences, stays whole: the parser reads tables in
 * linear time). The Markdown parser's cost grows with the square of a paragraph's length when its
 * lines continue a block quotation ("> a" and "a" alternating); no bill has a paragraph of two
 * hundred lines. Offsets are UTF-16
 * code units; linear; empty when no run is that long.
 */
export function longRunCuts(src: string): number[] {
  const cuts: number[] = [];
  let run = 0;
  for (let line = 0; line >= 0 && line < src.length; ) {
    const next = nextLineStart(src, line);
    let blank = true;
    for (let i = line, end = next < 0 ? src.length : next; i < end && blank; i++) {
      const c = src.charCodeAt(i);
      if (!isBlank(c) && c !== 10 && c !== 13) blank = false;
    }
    if (blank) run = 0;
    else if (++run > MAX_RUN_LINES && !isTableRow(src, line)) {
      cuts.push(line);
      run = 1;
    }
    line = next;
  }
  return cuts;
}

/** Whether the line starting at `at` is a table row (its first character other than a space is "|"). */
function isTableRow(src: string, at: number): boolean {
  let i = at;
  while (i < src.length && isBlank(src.charCodeAt(i))) i++;
  return src.charCodeAt(i) === 124;
}

function parseSlice(source: string): Block[] {
  const { text: src, shift: bom } = forParser(source);
  const tree = processor.parse(src) as Node;
  const blocks: Block[] = [];
  type Item = { node: Node; listDepth: number; quoteDepth: number; marker?: string };
  const stack: Item[] = [{ node: tree, listDepth: 0, quoteDepth: 0 }];
  while (stack.length) {
    const { node, listDepth, quoteDepth, marker } = stack.pop()!;
    const s = node.position?.start.offset ?? 0;
    const e = node.position?.end.offset ?? s;
    if (node.type === 'heading' || node.type === 'paragraph' || node.type === 'tableCell') {
      const built = new MappedBuilder();
      collectInline(node, src, built);
      const out: MappedText = built.finish();
      const kind = node.type === 'heading' ? 'heading' : node.type === 'tableCell' ? 'cell' : 'paragraph';
      const b: Block = { kind, text: out.text, map: out.map, listDepth, quoteDepth, start: s, end: e };
      if (marker !== undefined) b.listMarker = marker;
      if (out.text.trim()) blocks.push(b);
      continue;
    }
    // A footnote definition is a citation or a note about the bill, not its text (the assistant puts
    // the citation of an inserted clause there), like code, comments, front matter and link definitions.
    if (SKIPPED_BLOCK.has(node.type)) continue;
    const kids = node.children ?? [];
    if (node.type === 'listItem') {
      const firstStart = kids[0]?.position?.start.offset ?? e;
      const m = src.slice(s, firstStart).trim();
      for (let c = kids.length - 1; c >= 0; c--) stack.push({ node: kids[c]!, listDepth: listDepth + 1, quoteDepth, ...(c === 0 ? { marker: m } : {}) });
      continue;
    }
    const q = node.type === 'blockquote' ? quoteDepth + 1 : quoteDepth;
    for (let c = kids.length - 1; c >= 0; c--) stack.push({ node: kids[c]!, listDepth, quoteDepth: q });
  }
  if (bom) {
    for (const b of blocks) {
      b.start += 1;
      b.end += 1;
      b.map = shiftedMap(b.map, 1);
    }
  }
  return blocks;
}
