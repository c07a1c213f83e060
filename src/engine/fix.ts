import type { Fix, TextEdit } from './types.js';

/**
 * Applies text edits to the text they were computed for. Edits that overlap an edit already
 * accepted are dropped (never merged), so a fix can never garble the drafter's words; identical
 * edits from two findings count once.
 */
export function applyEdits(text: string, edits: TextEdit[]): { text: string; applied: TextEdit[]; dropped: TextEdit[] } {
  const seen = new Set<string>();
  const unique = edits.filter((e) => {
    const k = `${e.start}:${e.end}:${e.newText}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return e.start >= 0 && e.end >= e.start && e.end <= text.length;
  });
  const sorted = [...unique].sort((a, b) => a.start - b.start || a.end - b.end);
  const applied: TextEdit[] = [];
  const dropped: TextEdit[] = [];
  let lastEnd = -1;
  let lastStart = -1;
  for (const e of sorted) {
    // Two insertions at one point, or an edit starting inside the previous one, conflict.
    if (e.start < lastEnd || (e.start === lastStart && e.start === e.end && applied.length)) {
      dropped.push(e);
      continue;
    }
    applied.push(e);
    lastEnd = e.end;
    lastStart = e.start;
  }
  let out = '';
  let pos = 0;
  for (const e of applied) {
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  out += text.slice(pos);
  return { text: out, applied, dropped };
}

/** Applies whole fixes: a fix whose edits conflict with an earlier fix is left out entirely. */
export function applyFixes(text: string, fixes: Fix[]): { text: string; applied: Fix[]; skipped: Fix[] } {
  const taken: TextEdit[] = [];
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  const overlaps = (a: TextEdit, b: TextEdit) =>
    (a.start < b.end && b.start < a.end) || (a.start === b.start && (a.start === a.end || b.start === b.end)) ||
    (a.start === a.end && a.start > b.start && a.start < b.end) || (b.start === b.end && b.start > a.start && b.start < a.end);
  for (const f of fixes) {
    const fresh = f.edits.filter((e) => !taken.some((t) => t.start === e.start && t.end === e.end && t.newText === e.newText));
    if (fresh.some((e) => taken.some((t) => overlaps(e, t)))) {
      skipped.push(f);
      continue;
    }
    taken.push(...fresh);
    applied.push(f);
  }
  return { text: applyEdits(text, taken).text, applied, skipped };
}

/**
 * The edits of one fix in document order with overlaps removed (an edit that overlaps an earlier
 * one, or a second insertion at the same point, is left out), so that a fix built from several
 * phrases never conflicts with itself. Offsets are UTF-16 offsets into the text the edits were
 * computed for.
 */
export function ownEdits(edits: TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TextEdit[] = [];
  for (const e of sorted) {
    const prev = out[out.length - 1];
    if (prev && (e.start < prev.end || (e.start === prev.start && (e.start === e.end || prev.start === prev.end)))) continue;
    out.push(e);
  }
  return out;
}
