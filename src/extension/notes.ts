// Review notes through VS Code's Comments API: a reviewer selects lines of a bill and writes a note;
// notes are kept in a file beside the bill (bill.md.np-notes.json, src/review/notes.ts), each
// anchored to its provision by number, heading and the quoted words, so that it follows the
// provision through edits above it and renumbering. Open or resolved, with author and times; replies.
// Notes of an untitled bill cannot be kept (there is no folder to keep them in).
import * as vscode from 'vscode';
import { lint, SectionCache } from '../engine/index.js';
import { anchorFor, mergeNotes, NOTES_SUFFIX, NotesFormatError, parseNotes, placeNote, placementText, serializeNotes, withCurrentAnchor, type Note, type Placement } from '../review/notes.js';
import { COMMANDS, LINTED_SCHEMES, NOTE_OPEN, NOTE_RESOLVED, NOTES_CONTROLLER, SECTION } from './ids.js';

const t = vscode.l10n.t;

interface DocNotes {
  uri: vscode.Uri;
  notes: Note[];
  threads: Map<string, vscode.CommentThread>;
  placements: Map<string, Placement>;
  /** Notes changed or deleted since the file was last written. */
  changed: Set<string>;
  deleted: Set<string>;
  timer?: ReturnType<typeof setTimeout>;
  /** Placing notes after each edit re-reads only the sections that changed. */
  cache: SectionCache;
}

class NoteComment implements vscode.Comment {
  mode = vscode.CommentMode.Preview;
  constructor(
    public body: vscode.MarkdownString,
    public author: vscode.CommentAuthorInformation,
    public label: string | undefined,
    public timestamp: Date | undefined,
    public contextValue: string,
  ) {}
}

function markdown(text: string): vscode.MarkdownString {
  // The note's words as written: no links, no HTML, no commands.
  const md = new vscode.MarkdownString(undefined, false);
  md.appendText(text);
  md.isTrusted = false;
  md.supportHtml = false;
  return md;
}

function author(): string {
  const set = vscode.workspace.getConfiguration(SECTION).get<string>('notes.author', '')?.trim();
  if (set) return set;
  const env = typeof process !== 'undefined' ? process.env : undefined;
  return env?.USER || env?.USERNAME || env?.LOGNAME || t('Reviewer');
}

function newId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  return c?.randomUUID ? c.randomUUID() : `n-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export function notesUri(bill: vscode.Uri): vscode.Uri {
  return bill.with({ path: `${bill.path}${NOTES_SUFFIX}` });
}

export interface NoteView {
  id: string;
  status: 'open' | 'resolved';
  body: string;
  /** 0-based line of the thread in the editor. */
  line: number;
  state: Placement['state'];
  provision?: string;
  quoted: string;
}

export class NotesController implements vscode.Disposable {
  readonly controller = vscode.comments.createCommentController(NOTES_CONTROLLER, t('Review notes'));
  private readonly docs = new Map<string, DocNotes>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after the notes of a bill were placed again or changed. */
  readonly onDidChange = this.emitter.event;

  constructor(private readonly log: vscode.LogOutputChannel) {
    this.controller.options = { prompt: t('Write a review note on these lines…'), placeHolder: t('A note for the drafting team, kept beside the bill') };
    this.controller.commentingRangeProvider = {
      provideCommentingRanges: (doc) => (this.canKeepNotes(doc) ? [new vscode.Range(0, 0, Math.max(0, doc.lineCount - 1), 0)] : []),
    };
    this.disposables.push(
      this.controller,
      this.emitter,
      vscode.workspace.onDidOpenTextDocument((d) => void this.load(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.unload(d.uri)),
      vscode.workspace.onDidChangeTextDocument((e) => this.onChange(e.document)),
      vscode.workspace.onDidSaveTextDocument((d) => void this.onSave(d)),
      vscode.commands.registerCommand(COMMANDS.addNote, (a: unknown) => this.add(a)),
      vscode.commands.registerCommand(COMMANDS.replyNote, (r: vscode.CommentReply) => this.reply(r)),
      vscode.commands.registerCommand(COMMANDS.resolveNote, (a: unknown) => this.setStatus(a, 'resolved')),
      vscode.commands.registerCommand(COMMANDS.reopenNote, (a: unknown) => this.setStatus(a, 'open')),
      vscode.commands.registerCommand(COMMANDS.deleteNote, (a: unknown) => this.remove(a)),
    );
    for (const d of vscode.workspace.textDocuments) void this.load(d);
  }

  dispose(): void {
    for (const s of this.docs.values()) if (s.timer) clearTimeout(s.timer);
    for (const d of this.disposables) d.dispose();
  }

  /** Notes can be kept beside a saved Markdown bill (on disk or in a virtual file system), not beside an untitled one. */
  canKeepNotes(doc: vscode.TextDocument): boolean {
    return doc.languageId === 'markdown' && LINTED_SCHEMES.has(doc.uri.scheme) && doc.uri.scheme !== 'untitled';
  }

  /** The notes of a bill, as kept (for the review report). */
  notesOf(doc: vscode.TextDocument): readonly Note[] {
    return this.docs.get(doc.uri.toString())?.notes ?? [];
  }

  /** Where each note of a bill stands now (for the integration tests). */
  views(uri: vscode.Uri): NoteView[] {
    const s = this.docs.get(uri.toString());
    if (!s) return [];
    return s.notes.map((n) => {
      const th = s.threads.get(n.id);
      const p = s.placements.get(n.id);
      const v: NoteView = { id: n.id, status: n.status, body: n.body, line: th?.range?.start.line ?? -1, state: p?.state ?? 'lost', quoted: n.anchor.quote };
      if (p?.provision) v.provision = p.provision;
      return v;
    });
  }

  private async load(doc: vscode.TextDocument): Promise<void> {
    if (!this.canKeepNotes(doc) || this.docs.has(doc.uri.toString())) return;
    const state: DocNotes = { uri: doc.uri, notes: [], threads: new Map(), placements: new Map(), changed: new Set(), deleted: new Set(), cache: new SectionCache() };
    this.docs.set(doc.uri.toString(), state);
    const file = notesUri(doc.uri);
    let source: string;
    try {
      source = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(file));
    } catch {
      return; // no notes yet
    }
    try {
      const { doc: parsed, problems } = parseNotes(source, vscode.workspace.asRelativePath(file, false));
      for (const p of problems) this.log.warn(p);
      if (problems.length) void vscode.window.showWarningMessage(t('Some review notes could not be read: {0}', problems[0]!));
      state.notes = parsed.notes;
    } catch (e) {
      if (!(e instanceof NotesFormatError)) throw e;
      this.log.warn(e.message);
      void vscode.window.showWarningMessage(t('The review notes of this bill could not be read: {0}', e.message));
      return;
    }
    if (doc.isClosed) return;
    this.place(doc, state);
  }

  private unload(uri: vscode.Uri): void {
    const s = this.docs.get(uri.toString());
    if (!s) return;
    if (s.timer) clearTimeout(s.timer);
    for (const th of s.threads.values()) th.dispose();
    this.docs.delete(uri.toString());
  }

  private onChange(doc: vscode.TextDocument): void {
    const s = this.docs.get(doc.uri.toString());
    if (!s || !s.notes.length) return;
    if (s.timer) clearTimeout(s.timer);
    s.timer = setTimeout(() => {
      s.timer = undefined;
      if (!doc.isClosed) this.place(doc, s);
    }, 250);
  }

  private async onSave(doc: vscode.TextDocument): Promise<void> {
    const s = this.docs.get(doc.uri.toString());
    if (!s) return;
    if (s.timer) {
      clearTimeout(s.timer);
      s.timer = undefined;
      this.place(doc, s);
    }
    if (s.changed.size || s.deleted.size) await this.write(s);
  }

  /** Places every note of the bill in its current text, updating the threads and the anchors. */
  private place(doc: vscode.TextDocument, s: DocNotes): void {
    const text = doc.getText();
    const outline = lint(text, { cache: s.cache }).outline;
    s.notes = s.notes.map((n) => {
      const p = placeNote(text, outline, n.anchor);
      s.placements.set(n.id, p);
      const moved = withCurrentAnchor(n, p);
      if (moved !== n) s.changed.add(n.id);
      this.render(doc, s, moved, p);
      return moved;
    });
    this.emitter.fire(doc.uri);
  }

  private render(doc: vscode.TextDocument, s: DocNotes, n: Note, p: Placement): void {
    const start = doc.positionAt(p.start);
    const end = doc.positionAt(Math.max(p.start, p.end));
    const range = new vscode.Range(start.line, 0, end.line, 0);
    let th = s.threads.get(n.id);
    if (!th) {
      th = this.controller.createCommentThread(doc.uri, range, []);
      s.threads.set(n.id, th);
    } else th.range = range;
    th.label = p.state === 'exact' ? `${p.provision ?? t('The bill')}: “${n.anchor.quote.length > 60 ? `${n.anchor.quote.slice(0, 60)}…` : n.anchor.quote}”` : placementText(p);
    th.contextValue = n.status === 'open' ? NOTE_OPEN : NOTE_RESOLVED;
    th.state = n.status === 'open' ? vscode.CommentThreadState.Unresolved : vscode.CommentThreadState.Resolved;
    th.canReply = true;
    th.collapsibleState = n.status === 'open' ? vscode.CommentThreadCollapsibleState.Expanded : vscode.CommentThreadCollapsibleState.Collapsed;
    const when = (iso: string) => (iso ? new Date(iso) : undefined);
    th.comments = [
      new NoteComment(markdown(n.body), { name: n.author || t('unknown author') }, n.status === 'resolved' ? t('resolved') : undefined, when(n.updated || n.created), n.id),
      ...n.replies.map((r) => new NoteComment(markdown(r.body), { name: r.author || t('unknown author') }, undefined, when(r.updated || r.created), `${n.id}/${r.id}`)),
    ];
  }

  /** Writes the notes file, merged with what is on disk now (another reviewer's notes are kept). */
  private async write(s: DocNotes): Promise<boolean> {
    const file = notesUri(s.uri);
    let onDisk = { version: 1 as const, notes: [] as Note[] };
    try {
      onDisk = parseNotes(new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(file))).doc;
    } catch {
      /* no file yet, or unreadable: written afresh from what is in memory */
    }
    const mine = s.notes.filter((n) => s.changed.has(n.id));
    const merged = mergeNotes(onDisk, mine, s.deleted);
    try {
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(serializeNotes(merged)));
    } catch (e) {
      void vscode.window.showErrorMessage(t('The review notes could not be saved beside the bill ({0}). They are kept in this window until it closes.', (e as Error).message));
      return false;
    }
    // Notes other reviewers added meanwhile appear too.
    const known = new Set(s.notes.map((n) => n.id));
    const added = merged.notes.filter((n) => !known.has(n.id));
    s.notes.push(...added);
    s.changed.clear();
    s.deleted.clear();
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === s.uri.toString());
    if (doc && added.length) this.place(doc, s);
    this.log.info(`Saved ${merged.notes.length} review note(s) to ${file.toString(true)}.`);
    return true;
  }

  private stateFor(uri: vscode.Uri): DocNotes | undefined {
    return this.docs.get(uri.toString());
  }

  private find(arg: unknown): { s: DocNotes; note: Note } | undefined {
    // From a thread's title menu (the thread) or a comment's menu (the comment), or { uri, id } from code.
    let id: string | undefined;
    let uri: vscode.Uri | undefined;
    if (arg && typeof arg === 'object') {
      const o = arg as { uri?: unknown; id?: unknown; contextValue?: unknown; comments?: unknown };
      if (typeof o.id === 'string' && typeof o.uri === 'string') {
        id = o.id;
        uri = vscode.Uri.parse(o.uri);
      } else if (o.uri instanceof vscode.Uri && Array.isArray(o.comments)) {
        uri = o.uri;
        for (const [k, th] of this.stateFor(o.uri)?.threads ?? []) if (th === arg) id = k;
      } else if (typeof o.contextValue === 'string') {
        id = o.contextValue.split('/')[0];
        for (const s of this.docs.values()) if (s.notes.some((n) => n.id === id)) uri = s.uri;
      }
    }
    const s = uri && this.stateFor(uri);
    const note = s?.notes.find((n) => n.id === id);
    return s && note ? { s, note } : undefined;
  }

  /**
   * Adds a note: from the comment widget (a CommentReply on a new thread), or from code with
   * { uri, start, end, body } (offsets of the words the note is about).
   */
  async add(arg: unknown): Promise<{ id: string } | undefined> {
    let doc: vscode.TextDocument | undefined;
    let start: number;
    let end: number;
    let body: string;
    let draft: vscode.CommentThread | undefined;
    const reply = arg as Partial<vscode.CommentReply>;
    if (reply && reply.thread && typeof reply.text === 'string') {
      draft = reply.thread;
      doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === draft!.uri.toString());
      const r = draft.range ?? new vscode.Range(0, 0, 0, 0);
      start = doc ? doc.offsetAt(new vscode.Position(r.start.line, 0)) : 0;
      end = doc ? doc.offsetAt(doc.lineAt(r.end.line).range.end) : 0;
      body = reply.text;
    } else {
      const a = (arg ?? {}) as { uri?: string; start?: number; end?: number; body?: string };
      const editor = vscode.window.activeTextEditor;
      doc = a.uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === a.uri) : editor?.document;
      start = a.start ?? (editor && doc === editor.document ? doc.offsetAt(editor.selection.start) : 0);
      end = a.end ?? (editor && doc === editor.document ? doc.offsetAt(editor.selection.end) : start);
      body = a.body ?? (await vscode.window.showInputBox({ title: t('Add a review note'), prompt: t('The note, for the drafting team') })) ?? '';
    }
    if (!doc || !this.canKeepNotes(doc)) {
      draft?.dispose();
      void vscode.window.showInformationMessage(t('Save the bill first: review notes are kept in a file beside it.'));
      return undefined;
    }
    if (!body.trim()) {
      return undefined; // nothing written: the draft stays open for the reviewer
    }
    await this.load(doc);
    const s = this.stateFor(doc.uri)!;
    const now = new Date().toISOString();
    const note: Note = { id: newId(), anchor: anchorFor(doc.getText(), lint(doc.getText()).outline, start, end), status: 'open', author: author(), body: body.trim(), created: now, updated: now, replies: [] };
    s.notes.push(note);
    s.changed.add(note.id);
    draft?.dispose();
    this.place(doc, s);
    await this.write(s);
    return { id: note.id };
  }

  private async reply(r: vscode.CommentReply): Promise<void> {
    const found = this.find(r.thread);
    if (!found || !r.text.trim()) return;
    const now = new Date().toISOString();
    const note = { ...found.note, updated: now, replies: [...found.note.replies, { id: newId(), author: author(), body: r.text.trim(), created: now, updated: now }] };
    await this.update(found.s, note);
  }

  private async setStatus(arg: unknown, status: 'open' | 'resolved'): Promise<boolean> {
    const found = this.find(arg);
    if (!found) return false;
    await this.update(found.s, { ...found.note, status, updated: new Date().toISOString() });
    return true;
  }

  private async remove(arg: unknown): Promise<boolean> {
    const found = this.find(arg);
    if (!found) return false;
    const { s, note } = found;
    s.notes = s.notes.filter((n) => n.id !== note.id);
    s.threads.get(note.id)?.dispose();
    s.threads.delete(note.id);
    s.placements.delete(note.id);
    s.changed.delete(note.id);
    s.deleted.add(note.id);
    await this.write(s);
    this.emitter.fire(s.uri);
    return true;
  }

  private async update(s: DocNotes, note: Note): Promise<void> {
    s.notes = s.notes.map((n) => (n.id === note.id ? note : n));
    s.changed.add(note.id);
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === s.uri.toString());
    if (doc) this.place(doc, s);
    await this.write(s);
  }
}
