/**
 * Bill text inside a Markdown report: escaped so that it reads as written (a "(1)" stays a "(1)",
 * a "*" is not emphasis), and word-level changes marked as a Keeling schedule marks them:
 * inserted words in bold, omitted words struck through.
 */
import { changedLines, segmentLines, type Segment } from './wordDiff.js';

/** Escapes text for a Markdown paragraph, so that it shows as written. */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
    .replace(/\$/g, '\\$');
}

/** The same, for text at the start of a line, where "#", "-", "+", "=" or "1." would open a block. */
function escapeLineStart(s: string): string {
  const e = escapeMarkdown(s);
  return e.replace(/^(\s*)([#+=-])/, '$1\\$2').replace(/^(\s*\d{1,9})([.)])/, '$1\\$2');
}

const PUNCT = /[\p{P}\p{S}]/u;
const SPACE = /\s/;

/**
 * Wraps `inner` in a delimiter ("**" or "~~") when CommonMark will read it as one (the flanking
 * rules), else in the equivalent HTML element, so that the marking is never lost.
 */
function wrap(inner: string, before: string, after: string, delim: '**' | '~~'): string {
  const first = inner[0] ?? '';
  const last = inner[inner.length - 1] ?? '';
  const canOpen = !!first && !SPACE.test(first) && (!PUNCT.test(first) || !before || SPACE.test(before) || PUNCT.test(before));
  const canClose = !!last && !SPACE.test(last) && (!PUNCT.test(last) || !after || SPACE.test(after) || PUNCT.test(after));
  if (canOpen && canClose) return `${delim}${inner}${delim}`;
  return delim === '**' ? `<strong>${inner}</strong>` : `<del>${inner}</del>`;
}

/** One line of segments as Markdown. */
function lineMarkdown(line: readonly Segment[]): string {
  // Escape each piece first, then mark the changed ones, looking at the characters beside them.
  const pieces = line.map((s, k) => ({ kind: s.kind, text: k === 0 ? escapeLineStart(s.text) : escapeMarkdown(s.text) }));
  let out = '';
  pieces.forEach((p, k) => {
    if (p.kind === 'same') {
      out += p.text;
      return;
    }
    const lead = /^\s*/.exec(p.text)![0];
    const trail = /\s*$/.exec(p.text)![0];
    const core = p.text.slice(lead.length, p.text.length - trail.length);
    if (!core) {
      out += p.text;
      return;
    }
    const before = (out + lead).slice(-1);
    const next = pieces[k + 1];
    // A change that follows is wrapped too: its first character will be a delimiter (punctuation).
    const after = trail ? trail[0]! : !next ? '' : next.kind !== 'same' ? '*' : next.text[0] ?? '';
    out += lead + wrap(core, before, after, p.kind === 'inserted' ? '**' : '~~') + trail;
  });
  return out;
}

/**
 * The change as a Markdown block quote, line by line: inserted words in bold, omitted words
 * struck through. A line whose words were all omitted is kept, struck through.
 */
export function markdownChange(segments: readonly Segment[], options: { elide?: boolean } = {}): string {
  const lines: (Segment[] | 'elided')[] = options.elide ? changedLines(segments) : segmentLines(segments);
  while (lines.length && lines[lines.length - 1] !== 'elided' && !(lines[lines.length - 1] as Segment[]).length) lines.pop();
  return lines.map((l) => (l === 'elided' ? '> \\[…\\]' : l.length && l.some((s) => s.text.trim()) ? `> ${lineMarkdown(l)}` : '>')).join('\n');
}
