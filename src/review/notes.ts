/**
 * Review notes: what reviewers write about a provision, kept in a file beside the bill
 * (`bill.md.np-notes.json`, one per bill, checked into the repository with it). Each note is
 * anchored to its provision by the provision's number, its heading's words and a quoted passage,
 * so that it is found again after edits above it, a renumbering or a changed heading. Pure: the
 * adapters read and write the file.
 *
 * File format (version 1):
 *   { "version": 1, "notes": [ { "id", "anchor": { "number", "title", "quote", "occurrence" },
 *     "status": "open" | "resolved", "author", "body", "created", "updated",
 *     "replies": [ { "id", "author", "body", "created", "updated" } ] } ] }
 * Times are ISO 8601 strings (UTC).
 */
import type { OutlineEntry } from '../engine/index.js';
import { LineIndex } from '../engine/index.js';
import { normaliseWords } from '../engine/fingerprint.js';

/** The sidecar file's name for a bill: the bill's own name with this suffix. */
export const NOTES_SUFFIX = '.np-notes.json';

export function notesFileFor(billPath: string): string {
  return `${billPath}${NOTES_SUFFIX}`;
}

export interface NoteAnchor {
  /** The provision's number when the note was last placed ("14"; '' when it has none). */
  number: string;
  /** Its heading's words after the number ("Non-liability of victims of trafficking"). */
  title: string;
  /** The words the note is about, as written in the bill. */
  quote: string;
  /** Which occurrence of the quote within the provision (0 for the first). */
  occurrence: number;
}

export interface NoteReply {
  id: string;
  author: string;
  body: string;
  created: string;
  updated: string;
}

export type NoteStatus = 'open' | 'resolved';

export interface Note {
  id: string;
  anchor: NoteAnchor;
  status: NoteStatus;
  author: string;
  body: string;
  created: string;
  updated: string;
  replies: NoteReply[];
}

export interface NotesDocument {
  version: 1;
  notes: Note[];
}

export interface ParsedNotes {
  doc: NotesDocument;
  /** Notes that could not be read, each with the reason; the others are kept. */
  problems: string[];
}

/** The file is not a notes file at all (not JSON, or not an object with a notes list). */
export class NotesFormatError extends Error {}

const str = (v: unknown): v is string => typeof v === 'string';

function readReply(r: unknown): NoteReply | undefined {
  if (!r || typeof r !== 'object') return undefined;
  const o = r as Record<string, unknown>;
  if (!str(o.id) || !str(o.body)) return undefined;
  return { id: o.id, author: str(o.author) ? o.author : '', body: o.body, created: str(o.created) ? o.created : '', updated: str(o.updated) ? o.updated : str(o.created) ? o.created : '' };
}

/**
 * Reads a notes file. A note that lacks an id, a body or an anchor with a quote or a title is
 * skipped and reported in `problems`; the others are kept.
 * @throws NotesFormatError when the text is not JSON or has no "notes" list.
 */
export function parseNotes(json: string, file = 'the notes file'): ParsedNotes {
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new NotesFormatError(`${file} is not valid JSON (${(e as Error).message.split('\n')[0]})`);
  }
  if (!data || typeof data !== 'object' || !Array.isArray((data as { notes?: unknown }).notes)) {
    throw new NotesFormatError(`${file} is not a review notes file (it has no "notes" list)`);
  }
  const version = (data as { version?: unknown }).version;
  if (version !== undefined && version !== 1) throw new NotesFormatError(`${file} is a version ${String(version)} notes file; this version of np-lint reads version 1`);
  const problems: string[] = [];
  const notes: Note[] = [];
  const ids = new Set<string>();
  (data as { notes: unknown[] }).notes.forEach((n, k) => {
    const o = (n && typeof n === 'object' ? n : {}) as Record<string, unknown>;
    const a = (o.anchor && typeof o.anchor === 'object' ? o.anchor : {}) as Record<string, unknown>;
    if (!str(o.id) || !o.id || !str(o.body) || (!str(a.quote) && !str(a.title))) {
      problems.push(`note ${k + 1} in ${file} was skipped: it needs an "id", a "body" and an "anchor" with a "quote" or a "title"`);
      return;
    }
    if (ids.has(o.id)) {
      problems.push(`note ${k + 1} in ${file} was skipped: its id "${o.id}" is used by an earlier note`);
      return;
    }
    ids.add(o.id);
    notes.push({
      id: o.id,
      anchor: {
        number: str(a.number) ? a.number : '',
        title: str(a.title) ? a.title : '',
        quote: str(a.quote) ? a.quote : '',
        occurrence: typeof a.occurrence === 'number' && a.occurrence >= 0 ? Math.floor(a.occurrence) : 0,
      },
      status: o.status === 'resolved' ? 'resolved' : 'open',
      author: str(o.author) ? o.author : '',
      body: o.body,
      created: str(o.created) ? o.created : '',
      updated: str(o.updated) ? o.updated : str(o.created) ? o.created : '',
      replies: Array.isArray(o.replies) ? o.replies.map(readReply).filter((r): r is NoteReply => !!r) : [],
    });
  });
  return { doc: { version: 1, notes }, problems };
}

/** The file's text: keys in a fixed order, two-space indent, a final newline (diffs stay small). */
export function serializeNotes(doc: NotesDocument): string {
  const notes = doc.notes.map((n) => ({
    id: n.id,
    anchor: { number: n.anchor.number, title: n.anchor.title, quote: n.anchor.quote, occurrence: n.anchor.occurrence },
    status: n.status,
    author: n.author,
    body: n.body,
    created: n.created,
    updated: n.updated,
    replies: n.replies.map((r) => ({ id: r.id, author: r.author, body: r.body, created: r.created, updated: r.updated })),
  }));
  return `${JSON.stringify({ version: 1, notes }, null, 2)}\n`;
}

/**
 * Puts this session's changes into the notes as they are now on disk (another reviewer may have
 * added notes since the file was read): notes in `changed` replace or join those on disk, ids in
 * `deleted` are dropped, every other note on disk is kept as it is.
 */
export function mergeNotes(onDisk: NotesDocument, changed: readonly Note[], deleted: ReadonlySet<string> = new Set()): NotesDocument {
  const byId = new Map(changed.map((n) => [n.id, n]));
  const notes = onDisk.notes.filter((n) => !deleted.has(n.id)).map((n) => byId.get(n.id) ?? n);
  const seen = new Set(notes.map((n) => n.id));
  for (const n of changed) if (!seen.has(n.id) && !deleted.has(n.id)) notes.push(n);
  return { version: 1, notes };
}

/** How sure the placement of a note is. */
export type PlacementState =
  /** The quoted words were found in the provision (which may have a new number or heading). */
  | 'exact'
  /** The provision was found but the quoted words are no longer in it: the note is shown at its heading. */
  | 'provision'
  /** Neither the provision nor the words were found: the note is shown at the start of the bill. */
  | 'lost';

export interface Placement {
  /** Offsets (UTF-16, 0-based) of the quoted words, or of the heading. */
  start: number;
  end: number;
  state: PlacementState;
  /** The provision it now stands in ("Section 15"), if any. */
  provision?: string;
  /** The provision's number and heading words now ('' when none). */
  number: string;
  title: string;
}

export interface AnchoredNote {
  note: Note;
  placement: Placement;
  /** 1-based line and column of the placement's start. */
  line: number;
  column: number;
}

const MAX_QUOTE = 160;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The places the quote occurs in `text[from, to)`: white space, line breaks and emphasis marks between words may differ. */
function occurrences(text: string, quote: string, from = 0, to = text.length): { start: number; end: number }[] {
  const ws = quote.trim().split(/\s+/).filter(Boolean);
  if (!ws.length) return [];
  const re = new RegExp(ws.map(escapeRe).join('[\\s*_]+'), 'g');
  const slice = text.slice(from, to);
  const out: { start: number; end: number }[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice))) {
    out.push({ start: from + m.index, end: from + m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

const titleKey = (t: string) => normaliseWords(t).replace(/[.\s]+$/, '');

function sectionsOf(outline: readonly OutlineEntry[]): OutlineEntry[] {
  return outline.filter((e) => !e.container);
}

/**
 * The anchor for a new note on `text[start, end)`: the provision that holds `start`, the selected
 * words (at most 160 characters, cut at a word) and which occurrence of them in the provision.
 * An empty selection quotes the line it is on.
 */
export function anchorFor(text: string, outline: readonly OutlineEntry[], start: number, end: number): NoteAnchor {
  const lines = new LineIndex(text);
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(end, text.length));
  if (e === s || !text.slice(s, e).trim()) {
    const p = lines.position(s);
    s = lines.lineStart(p.line);
    e = lines.lineEnd(p.line);
  }
  let quote = text.slice(s, e).trim().replace(/\s+/g, ' ');
  s += text.slice(s, e).length - text.slice(s, e).trimStart().length;
  if (quote.length > MAX_QUOTE) {
    const cut = quote.lastIndexOf(' ', MAX_QUOTE);
    quote = quote.slice(0, cut > 40 ? cut : MAX_QUOTE);
  }
  const section = sectionsOf(outline).find((x) => x.start <= s && s < x.end) ?? outline.find((x) => x.start <= s && s < x.end);
  const from = section?.start ?? 0;
  const to = section?.end ?? text.length;
  const occ = occurrences(text, quote, from, to);
  const k = occ.findIndex((o) => o.start >= s - 1);
  return { number: section?.number ?? '', title: section?.title ?? '', quote, occurrence: Math.max(0, k) };
}

/**
 * Where a note stands in the bill now. In order: the quoted words in the provision with the same
 * heading; in the provision with the same number; anywhere in the bill if they occur once; then the
 * provision's heading (by heading words, then number) when the words are gone; else the start of
 * the bill ('lost').
 */
export function placeNote(text: string, outline: readonly OutlineEntry[], anchor: NoteAnchor): Placement {
  const sections = sectionsOf(outline).filter((e) => e.headingEnd > e.headingStart);
  const title = titleKey(anchor.title);
  const number = anchor.number.toLowerCase();
  const byTitle = title ? sections.filter((e) => titleKey(e.title) === title) : [];
  const byNumber = number ? sections.filter((e) => e.number.toLowerCase() === number) : [];
  const place = (e: OutlineEntry | undefined, at: { start: number; end: number }, state: PlacementState): Placement => {
    const p: Placement = { start: at.start, end: at.end, state, number: e?.number ?? '', title: e?.title ?? '' };
    if (e) p.provision = e.name;
    return p;
  };
  const inSection = (e: OutlineEntry) => {
    const occ = occurrences(text, anchor.quote, e.start, e.end);
    return occ.length ? occ[Math.min(anchor.occurrence, occ.length - 1)]! : undefined;
  };
  if (anchor.quote.trim()) {
    // The provision with the same heading (the number may have changed), preferring the same number.
    const titled = [...byTitle].sort((a, b) => Number(b.number.toLowerCase() === number) - Number(a.number.toLowerCase() === number));
    for (const e of titled) {
      const at = inSection(e);
      if (at) return place(e, at, 'exact');
    }
    for (const e of byNumber) {
      const at = inSection(e);
      if (at) return place(e, at, 'exact');
    }
    const all = occurrences(text, anchor.quote);
    if (all.length === 1) {
      const at = all[0]!;
      const e = sections.find((x) => x.start <= at.start && at.start < x.end) ?? outline.find((x) => x.start <= at.start && at.start < x.end);
      return place(e, at, 'exact');
    }
  }
  const e = byTitle[0] ?? (byNumber.length === 1 ? byNumber[0] : undefined);
  if (e) return place(e, { start: e.headingStart, end: e.headingEnd }, 'provision');
  return place(undefined, { start: 0, end: 0 }, 'lost');
}

/** Every note placed in the bill, in the order of their places. */
export function placeNotes(text: string, outline: readonly OutlineEntry[], notes: readonly Note[]): AnchoredNote[] {
  const lines = new LineIndex(text);
  return notes
    .map((note) => {
      const placement = placeNote(text, outline, note.anchor);
      const p = lines.position(placement.start);
      return { note, placement, line: p.line, column: p.column };
    })
    .sort((a, b) => a.placement.start - b.placement.start);
}

/**
 * The note with its anchor brought up to date with where it was found (new number or heading),
 * so that the next placement starts from the provision as it is now. Unchanged when the note was
 * not found exactly.
 */
export function withCurrentAnchor(note: Note, placement: Placement): Note {
  if (placement.state !== 'exact') return note;
  if (note.anchor.number === placement.number && note.anchor.title === placement.title) return note;
  return { ...note, anchor: { ...note.anchor, number: placement.number, title: placement.title } };
}

/** A few words saying where a note stands, for lists and hovers. */
export function placementText(p: Placement): string {
  if (p.state === 'lost') return 'its provision is no longer in the bill';
  if (p.state === 'provision') return `${p.provision ?? 'its provision'} (the quoted words are no longer there)`;
  return p.provision ?? 'the bill';
}
