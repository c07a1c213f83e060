// Runs the engine over the bills the drafter is looking at and publishes the findings as diagnostics.
// - Visible documents only; a hidden document is checked when it is shown again.
// - Per-document debounce while typing; each document keeps its own SectionCache, so an edit
//   re-analyses only the sections that changed.
// - Version guard: a result is published only for the document version it was computed from.
// - A bill longer than the "large bill" setting is checked when opened and saved, not as the drafter
//   types; the drafter is told once per bill.
import * as vscode from 'vscode';
import { lint, SectionCache, type Finding, type LintConfig, type OutlineEntry } from '../engine/index.js';
import { ConfigResolver, readSettings, type Settings } from './config.js';
import { CONFIG_FILE, LINTED_SCHEMES, SOURCE, VIEW_SCHEME } from './ids.js';
import { toDiagnostic, toRange } from './render.js';

export interface Published {
  uri: vscode.Uri;
  version: number;
  findings: Finding[];
  /** diagnostics[i] renders findings[i]; notices and stale suppressions follow. */
  diagnostics: vscode.Diagnostic[];
  /** The bill's sections as the engine read them (numbers, titles, headings, offsets). */
  outline: OutlineEntry[];
  config: LintConfig;
}

interface DocState {
  cache: SectionCache;
  timer?: ReturnType<typeof setTimeout>;
  /** Incremented for each run; a run that is not the latest publishes nothing. */
  run: number;
  published?: Published;
  /** Changed while hidden: check when shown. */
  pending: boolean;
}

/** The document's length in characters (UTF-16), without copying its text. */
function length(doc: vscode.TextDocument): number {
  return doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
}

export class Linter implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection(SOURCE);
  private readonly states = new Map<string, DocState>();
  private readonly emitter = new vscode.EventEmitter<Published | { uri: vscode.Uri; cleared: true }>();
  /** Fires after a document's diagnostics were published or cleared. */
  readonly onDidPublish = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly shownProblems = new Set<string>();
  /** Large bills the drafter was told are checked on save (told once per bill per session). */
  private readonly toldLarge = new Set<string>();
  /** How many lint runs were published and dropped, how many the debounce timer started, and how many long bills the drafter was told are checked on save (for the log and the tests). */
  readonly stats = { published: 0, dropped: 0, scheduled: 0, toldLarge: 0 };

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly configs: ConfigResolver,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      this.collection,
      this.emitter,
      vscode.window.onDidChangeVisibleTextEditors(() => this.checkVisible()),
      vscode.workspace.onDidChangeTextDocument((e) => this.onChange(e)),
      vscode.workspace.onDidSaveTextDocument((d) => this.onSave(d)),
      vscode.workspace.onDidCloseTextDocument((d) => {
        // A URI can be reused at once (a new Untitled-1): a late close of the old document must not
        // take away the findings of the new one.
        const key = d.uri.toString();
        if (vscode.workspace.textDocuments.some((x) => x !== d && !x.isClosed && x.uri.toString() === key)) return;
        this.forget(d.uri);
      }),
      // A URI can be reused (Untitled-1 again): whatever was known about it belongs to another document.
      vscode.workspace.onDidOpenTextDocument((d) => this.forget(d.uri)),
      configs.onDidChange(() => this.refreshAll()),
    );
  }

  dispose(): void {
    for (const s of this.states.values()) if (s.timer) clearTimeout(s.timer);
    for (const d of this.disposables) d.dispose();
  }

  /** A Markdown bill the assistant may check (whatever the "when to check" setting says). */
  isBill(doc: vscode.TextDocument): boolean {
    if (doc.languageId !== 'markdown' || !LINTED_SCHEMES.has(doc.uri.scheme) || doc.uri.scheme === VIEW_SCHEME) return false;
    // The assistant's own guidance pages and training material are not bills under review.
    const own = this.extensionUri.path.replace(/\/+$/, '') + '/';
    if (doc.uri.scheme === this.extensionUri.scheme && doc.uri.path.startsWith(own)) return false;
    return true;
  }

  /**
   * When to check this document: the "when to check" setting, except that a bill longer than the
   * "large bill" setting is checked on save rather than as the drafter types.
   */
  runMode(doc: vscode.TextDocument, settings: Settings): Settings['run'] {
    if (settings.run !== 'onType' || settings.largeBill <= 0 || length(doc) <= settings.largeBill) return settings.run;
    return 'onSave';
  }

  /** Tells the drafter, once per bill, that a long bill is checked when saved. */
  private tellLarge(doc: vscode.TextDocument, settings: Settings): void {
    const key = doc.uri.toString();
    if (this.toldLarge.has(key)) return;
    this.toldLarge.add(key);
    this.stats.toldLarge++;
    const size = Math.round(length(doc) / 1000);
    const limit = Math.round(settings.largeBill / 1000);
    this.log.info(`${this.name(doc)} has about ${size} thousand characters (the limit for checking as you type is ${limit} thousand): it is checked when saved.`);
    void vscode.window.showInformationMessage(
      vscode.l10n.t('This bill is long (about {0} thousand characters), so it is checked when you save it rather than as you type. The setting "Large Bill Size" changes this.', size),
    );
  }

  isVisible(doc: vscode.TextDocument): boolean {
    return vscode.window.visibleTextEditors.some((e) => e.document === doc);
  }

  private state(uri: vscode.Uri): DocState {
    const key = uri.toString();
    let s = this.states.get(key);
    if (!s) {
      s = { cache: new SectionCache(), run: 0, pending: false };
      this.states.set(key, s);
    }
    return s;
  }

  /** The published result for the document's current version, if there is one. */
  current(doc: vscode.TextDocument): Published | undefined {
    const p = this.states.get(doc.uri.toString())?.published;
    return p && p.version === doc.version ? p : undefined;
  }

  /** Whether a check of the document waits on its timer (the debounce after an edit, or a save). */
  isScheduled(uri: vscode.Uri): boolean {
    return this.states.get(uri.toString())?.timer !== undefined;
  }

  /** The latest published result, whatever its version. */
  latest(uri: vscode.Uri): Published | undefined {
    return this.states.get(uri.toString())?.published;
  }

  /**
   * The result for the current version: published already, or (when checking as the drafter
   * types) computed now. Undefined when the findings on screen are out of date and the setting says
   * not to check until the bill is saved or the command is run.
   */
  async ensureCurrent(doc: vscode.TextDocument): Promise<Published | undefined> {
    const now = this.current(doc);
    if (now) return now;
    const settings = readSettings(doc.uri);
    if (!settings.enable || !this.isBill(doc) || this.runMode(doc, settings) !== 'onType') return undefined;
    return this.lintNow(doc, 'requested by an editor feature');
  }

  private checkVisible(): void {
    for (const e of vscode.window.visibleTextEditors) {
      const doc = e.document;
      if (!this.isBill(doc)) continue;
      const settings = readSettings(doc.uri);
      if (!settings.enable || settings.run === 'manual') continue;
      const s = this.state(doc.uri);
      if (s.pending || !s.published || (s.published.version !== doc.version && this.runMode(doc, settings) === 'onType')) {
        s.pending = false;
        this.schedule(doc, 0);
      }
    }
  }

  private onChange(e: vscode.TextDocumentChangeEvent): void {
    const doc = e.document;
    if (!e.contentChanges.length || !this.isBill(doc)) return;
    const settings = readSettings(doc.uri);
    if (!settings.enable || settings.run !== 'onType') return;
    if (this.runMode(doc, settings) !== 'onType') {
      this.tellLarge(doc, settings);
      return;
    }
    if (!this.isVisible(doc)) {
      this.state(doc.uri).pending = true;
      return;
    }
    this.schedule(doc, settings.debounce);
  }

  private onSave(doc: vscode.TextDocument): void {
    if (!this.isBill(doc)) return;
    const settings = readSettings(doc.uri);
    if (!settings.enable || settings.run === 'manual') return;
    this.schedule(doc, 0);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const s = this.states.get(key);
    if (s?.timer) clearTimeout(s.timer);
    this.states.delete(key);
    if (this.collection.has(uri)) {
      this.collection.delete(uri);
      this.emitter.fire({ uri, cleared: true });
    }
  }

  schedule(doc: vscode.TextDocument, delayMs: number): void {
    const s = this.state(doc.uri);
    if (s.timer) clearTimeout(s.timer);
    s.timer = setTimeout(() => {
      s.timer = undefined;
      if (doc.isClosed) return;
      this.stats.scheduled++;
      void this.lintNow(doc, 'scheduled');
    }, delayMs);
  }

  /** Checks every visible bill again (after a settings change). */
  refreshAll(): void {
    for (const [key, s] of this.states) {
      if (s.timer) clearTimeout(s.timer);
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      if (!doc) continue;
      const settings = readSettings(doc.uri);
      if (!settings.enable) {
        s.published = undefined;
        this.collection.delete(doc.uri);
        this.emitter.fire({ uri: doc.uri, cleared: true });
      } else if (settings.run === 'manual') {
        // Keep what is shown until the drafter asks for a new check.
      } else if (this.isVisible(doc)) {
        this.schedule(doc, 0);
      } else s.pending = true;
    }
    this.checkVisible();
  }

  /** Checks a document now and publishes the result (unless the document changed meanwhile). */
  async lintNow(doc: vscode.TextDocument, reason: string, settings: Settings = readSettings(doc.uri)): Promise<Published | undefined> {
    if (!this.isBill(doc)) return undefined;
    const s = this.state(doc.uri);
    if (s.timer) {
      clearTimeout(s.timer);
      s.timer = undefined;
    }
    const run = ++s.run;
    const version = doc.version;
    const resolved = await this.configs.forDocument(doc, settings);
    if (doc.isClosed || doc.version !== version || run !== s.run) {
      this.stats.dropped++;
      this.log.debug(`Dropped a stale check of ${this.name(doc)} (version ${version}).`);
      return undefined;
    }
    for (const p of resolved.problems) this.showProblem(p);
    if (resolved.ignored) {
      // The settings file's "ignore" names this bill: nothing is shown for it.
      const published: Published = { uri: doc.uri, version, findings: [], diagnostics: [], outline: [], config: resolved.config };
      s.published = published;
      this.collection.set(doc.uri, []);
      this.log.info(`Not checking ${this.name(doc)}: ${resolved.file ? vscode.workspace.asRelativePath(resolved.file, false) : CONFIG_FILE} lists it under "ignore".`);
      this.emitter.fire(published);
      return published;
    }
    const text = doc.getText();
    const t0 = Date.now();
    const result = lint(text, { config: resolved.config, cache: s.cache });
    const diagnostics = result.findings.map((f) => toDiagnostic(f, doc));
    // Problems with suppression directives, rendered like findings (an unused one is faded out).
    const SEVERITY = { error: vscode.DiagnosticSeverity.Error, warning: vscode.DiagnosticSeverity.Warning, info: vscode.DiagnosticSeverity.Information };
    for (const n of result.notices) {
      const d = new vscode.Diagnostic(toRange(n.range), n.message, SEVERITY[n.severity]);
      d.source = SOURCE;
      d.code = n.kind === 'amends-another-text' ? n.kind : `suppression-${n.kind}`;
      if (n.kind === 'unused') d.tags = [vscode.DiagnosticTag.Unnecessary];
      diagnostics.push(d);
    }
    const published: Published = { uri: doc.uri, version, findings: result.findings, diagnostics, outline: result.outline, config: resolved.config };
    s.published = published;
    this.collection.set(doc.uri, diagnostics);
    this.stats.published++;
    const where = resolved.file ? vscode.workspace.asRelativePath(resolved.file, false) : 'default settings';
    const n = result.findings.length;
    this.log.info(`Checked ${this.name(doc)} (version ${version}, ${reason}): ${n === 0 ? 'no findings' : n === 1 ? '1 finding' : `${n} findings`} in ${Date.now() - t0} ms, using ${where}.`);
    this.emitter.fire(published);
    return published;
  }

  private name(doc: vscode.TextDocument): string {
    return doc.isUntitled ? doc.uri.path : vscode.workspace.asRelativePath(doc.uri, false);
  }

  private showProblem(message: string): void {
    this.log.warn(message);
    if (this.shownProblems.has(message)) return;
    this.shownProblems.add(message);
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} The bill is checked without that setting until it is corrected.', message));
  }

  /** Clears everything (when the assistant is turned off). */
  clearAll(): void {
    for (const s of this.states.values()) s.published = undefined;
    this.collection.clear();
  }
}
