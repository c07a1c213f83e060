/**
 * The word-level change between two passages (a provision before and after an amendment), with the
 * `diff` package's word diff: words and punctuation marks are compared, white space is not (a
 * re-wrapped paragraph is not a change), and the new version's spacing and line breaks are kept.
 */
import { diffWords } from 'diff';

export interface Segment {
  kind: 'same' | 'inserted' | 'omitted';
  text: string;
}

/** Beyond this many edits the change is shown as the old text omitted and the new inserted. */
const MAX_EDIT_LENGTH = 4000;

/**
 * Segments that, read in order, give the old text (same + omitted) and the new text
 * (same + inserted). Empty passages give no segments.
 */
export function wordChanges(oldText: string, newText: string): Segment[] {
  if (oldText === newText) return oldText ? [{ kind: 'same', text: oldText }] : [];
  const parts = oldText && newText ? diffWords(oldText, newText, { maxEditLength: MAX_EDIT_LENGTH }) : undefined;
  if (!parts) {
    const out: Segment[] = [];
    if (oldText) out.push({ kind: 'omitted', text: oldText });
    if (newText) out.push({ kind: 'inserted', text: newText });
    return out;
  }
  const raw: Segment[] = parts.map((p) => ({ kind: p.added ? 'inserted' : p.removed ? 'omitted' : 'same', text: p.value }));
  return readable(raw);
}

/** A short run of words the two versions share between two changes ("of", "the"): read as part of the change. */
const SHORT_SAME = /^[^\n]{0,12}$/;
const MAX_SHARED_WORDS = 2;

/**
 * Makes a word diff read as a drafter would mark it: where a passage was rewritten, a word or two
 * the versions happen to share ("of", "the") is taken into the change, so that the old words are
 * struck through together and the new words follow together. Omitted words come before inserted ones.
 */
function readable(raw: readonly Segment[]): Segment[] {
  type Run = { same: string } | { omitted: string; inserted: string };
  const runs: Run[] = [];
  for (const s of raw) {
    if (!s.text) continue;
    const last = runs[runs.length - 1];
    if (s.kind === 'same') {
      if (last && 'same' in last) last.same += s.text;
      else runs.push({ same: s.text });
    } else {
      const change = last && !('same' in last) ? last : (runs.push({ omitted: '', inserted: '' }), runs[runs.length - 1] as { omitted: string; inserted: string });
      if (s.kind === 'omitted') change.omitted += s.text;
      else change.inserted += s.text;
    }
  }
  // Absorb short shared runs between two changes, until none is left.
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = 1; k + 1 < runs.length; k++) {
      const a = runs[k - 1]!;
      const m = runs[k]!;
      const b = runs[k + 1]!;
      if (!('same' in m) || 'same' in a || 'same' in b) continue;
      const shared = m.same.trim();
      if (!SHORT_SAME.test(m.same) || (shared.match(/[\p{L}\p{N}]+/gu) ?? []).length > MAX_SHARED_WORDS) continue;
      runs.splice(k - 1, 3, { omitted: a.omitted + m.same + b.omitted, inserted: a.inserted + m.same + b.inserted });
      changed = true;
      break;
    }
  }
  const out: Segment[] = [];
  for (const r of runs) {
    if ('same' in r) out.push({ kind: 'same', text: r.same });
    else {
      if (r.omitted) out.push({ kind: 'omitted', text: r.omitted });
      if (r.inserted) out.push({ kind: 'inserted', text: r.inserted });
    }
  }
  return out;
}

/** Whether the segments hold any change. */
export function hasChanges(segments: readonly Segment[]): boolean {
  return segments.some((s) => s.kind !== 'same');
}

/**
 * A section's text as a reader sees it in a report: Markdown heading marks ("## ") taken off the
 * heading line, trailing white space dropped.
 */
export function displayText(section: string): string {
  return section
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => (/^ {0,3}#{1,6}[ \t]+/.test(line) ? line.replace(/^ {0,3}#{1,6}[ \t]+/, '').replace(/[ \t]+#+[ \t]*$/, '') : line))
    .join('\n')
    .replace(/\s+$/, '');
}

/** The segments line by line (a segment that spans a line break is split at it). */
export function segmentLines(segments: readonly Segment[]): Segment[][] {
  const lines: Segment[][] = [[]];
  for (const s of segments) {
    const parts = s.text.replace(/\r\n?/g, '\n').split('\n');
    parts.forEach((p, k) => {
      if (k > 0) lines.push([]);
      if (p) lines[lines.length - 1]!.push({ kind: s.kind, text: p });
    });
  }
  return lines;
}

/**
 * For a report: the lines that hold a change, with the provision's heading line, and one line
 * holding "…" for each run of unchanged lines left out.
 */
export function changedLines(segments: readonly Segment[]): (Segment[] | 'elided')[] {
  const lines = segmentLines(segments);
  while (lines.length && !lines[lines.length - 1]!.length) lines.pop();
  const out: (Segment[] | 'elided')[] = [];
  lines.forEach((l, k) => {
    const blank = !l.some((s) => s.text.trim());
    const keep = k === 0 || l.some((s) => s.kind !== 'same');
    if (keep) {
      // Keep one blank line between two kept lines, as the bill has.
      const last = out[out.length - 1];
      if (last === 'elided' || (last && k > 0 && !lines[k - 1]!.some((s) => s.text.trim()))) out.push([]);
      out.push(l);
    } else if (!blank && out[out.length - 1] !== 'elided') {
      if (out.length) out.push([]);
      out.push('elided');
    }
  });
  return out;
}
