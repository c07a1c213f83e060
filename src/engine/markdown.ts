import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { MappedText } from './text.js';

/**
 * One run of prose from the Markdown: a heading, a paragraph, a list item's paragraph or a table
 * cell, as plain words with a map back to the source. Offsets are relative to the parsed text.
 */
export interface Block extends MappedText {
  kind: 'heading' | 'paragraph' | 'cell';
  /** The list marker as written ("1.", "-"), if the block is a list item's first paragraph. */
  listMarker?: string;
  /** Nesting depth of lists around the block (0 outside lists). */
  listDepth: number;
  start: number;
  end: number;
}

// The parser is built once; unified processors are reusable.
const processor = unified().use(remarkParse).use(remarkGfm);

interface Node {
  type: string;
  value?: string;
  children?: Node[];
  position?: { start: { offset?: number }; end: { offset?: number } };
  ordered?: boolean;
}

/**
 * Aligns a text node's value with its source. Usually they are the same characters; escapes
 * ("\*"), entities ("&amp;") and the like make the value shorter, so each value character is
 * matched to the next equal source character, falling back to the current position.
 */
function alignValue(value: string, source: string, base: number, out: MappedText): void {
  if (value.length === source.length) {
    out.text += value;
    for (let i = 0; i < value.length; i++) out.map.push(base + i);
    return;
  }
  let j = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    let k = j;
    const limit = Math.min(source.length, j + 12);
    while (k < limit && source[k] !== ch) k++;
    if (k < limit) j = k;
    out.text += ch;
    out.map.push(base + Math.min(j, Math.max(0, source.length - 1)));
    if (k < limit) j++;
  }
}

function collectInline(node: Node, src: string, out: MappedText): void {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  switch (node.type) {
    case 'text':
    case 'inlineCode': {
      if (s === undefined || e === undefined) return;
      let from = s;
      let to = e;
      if (node.type === 'inlineCode') {
        // Skip the backticks around the code.
        while (from < to && src[from] === '`') from++;
        while (to > from && src[to - 1] === '`') to--;
      }
      alignValue(node.value ?? '', src.slice(from, to), from, out);
      return;
    }
    case 'break':
      if (s !== undefined) {
        out.text += '\n';
        out.map.push(s);
      }
      return;
    case 'footnoteReference':
    case 'image':
    case 'imageReference':
    case 'html':
      return;
    default:
      for (const c of node.children ?? []) collectInline(c, src, out);
  }
}

export function parseBlocks(src: string): Block[] {
  const tree = processor.parse(src) as Node;
  const blocks: Block[] = [];
  const walk = (node: Node, listDepth: number, marker?: string): void => {
    const s = node.position?.start.offset ?? 0;
    const e = node.position?.end.offset ?? s;
    if (node.type === 'heading' || node.type === 'paragraph' || node.type === 'tableCell') {
      const out: MappedText = { text: '', map: [] };
      for (const c of node.children ?? []) collectInline(c, src, out);
      const kind = node.type === 'heading' ? 'heading' : node.type === 'tableCell' ? 'cell' : 'paragraph';
      const b: Block = { kind, text: out.text, map: out.map, listDepth, start: s, end: e };
      if (marker !== undefined) b.listMarker = marker;
      if (out.text.trim()) blocks.push(b);
      return;
    }
    // A footnote definition is a citation or a note about the bill, not its text (the assistant puts
    // the citation of an inserted clause there), like code, comments and link definitions.
    if (node.type === 'code' || node.type === 'html' || node.type === 'yaml' || node.type === 'definition' || node.type === 'footnoteDefinition') return;
    if (node.type === 'listItem') {
      const kids = node.children ?? [];
      const firstStart = kids[0]?.position?.start.offset ?? e;
      const m = src.slice(s, firstStart).trim();
      kids.forEach((c, i) => walk(c, listDepth + 1, i === 0 ? m : undefined));
      return;
    }
    for (const c of node.children ?? []) walk(c, node.type === 'list' ? listDepth : listDepth);
  };
  walk(tree, 0);
  return blocks;
}
