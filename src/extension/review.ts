// "Review this bill against…": compares the bill in the editor with another version of it, either a
// git revision (through the built-in git extension's API) or another file (a file picker, which
// works in untitled and virtual workspaces), opens VS Code's diff editor on the two versions, and
// lists the findings the amendment introduced and resolved in a report view (a tree in the
// Explorer) whose items go to the provision. The comparison itself is src/review's.
import * as vscode from 'vscode';
import type { Finding } from '../engine/index.js';
import { reviewHtml } from '../review/htmlReport.js';
import { reviewMarkdown } from '../review/markdownReport.js';
import type { Note } from '../review/notes.js';
import { reviewVersions, type ProvisionReview, type ReviewedFinding, type ReviewResult } from '../review/review.js';
import { amendBill, type InstructionReport } from '../review/amend.js';
import { readAmendmentPaper } from '../review/amendmentPaper.js';
import { changeText, citationText, provisionLabel, ruleTitle, rulesText } from '../review/wording.js';
import type { ConfigResolver } from './config.js';
import { COMMANDS, REVIEW_ACTIVE, REVIEW_VIEW } from './ids.js';
import type { ViewProvider } from './views.js';

const t = vscode.l10n.t;

/** The part of the built-in git extension's API (vscode.git, API version 1) used here. */
interface GitCommit {
  hash: string;
  message: string;
  authorDate?: Date;
  authorName?: string;
}
interface GitRepository {
  rootUri: vscode.Uri;
  log(options?: { maxEntries?: number; path?: string }): Promise<GitCommit[]>;
  show(ref: string, path: string): Promise<string>;
}
interface GitApi {
  getRepository(uri: vscode.Uri): GitRepository | null;
}

export interface ReviewArgs {
  /** The bill (default: the active editor's document). */
  uri?: string;
  /** Compare with a git revision ("HEAD~1", a branch, a tag, a commit)… */
  revision?: string;
  /** …or with another file. */
  file?: string;
}

export interface AmendArgs {
  /** The amendment paper or amending bill (default: the active editor's document). */
  uri?: string;
  /** The bill or Act it amends (default: a file picker). */
  bill?: string;
}

export interface AmendSummary {
  applied: number;
  refused: number;
  introduced: number;
  resolved: number;
  /** The two sides of the diff editor: the bill as it was, and as amended (both read-only). */
  left: string;
  right: string;
  /** The amended text. */
  amended: string;
}

export interface ReviewSummary {
  introduced: number;
  resolved: number;
  unchanged: number;
  /** The two sides of the diff editor. */
  left: string;
  right: string;
  oldLabel: string;
}

interface Current {
  result: ReviewResult;
  newUri: vscode.Uri;
  oldUri: vscode.Uri;
  oldLabel: string;
}

type Node =
  | { kind: 'group'; id: string; label: string; children: Node[] }
  | { kind: 'finding'; item: ReviewedFinding }
  | { kind: 'provision'; p: ProvisionReview }
  | { kind: 'text'; label: string; description?: string; tooltip?: string; icon?: string; reveal?: { side: 'old' | 'new'; offset: number } };

async function gitApi(): Promise<GitApi | undefined> {
  const ext = vscode.extensions.getExtension<{ getAPI(v: 1): GitApi }>('vscode.git');
  if (!ext) return undefined;
  try {
    const exports = ext.isActive ? ext.exports : await ext.activate();
    return exports?.getAPI(1);
  } catch {
    return undefined;
  }
}

function decode(bytes: Uint8Array, name: string): string {
  if (bytes.includes(0)) throw new Error(t('{0} does not look like a text file.', name));
  const text = new TextDecoder('utf-8').decode(bytes);
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** A Markdown file the user picks, starting in the folder of `doc`'s workspace. */
async function pickBill(doc: vscode.TextDocument, title: string, openLabel: string): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.getWorkspaceFolder(doc.uri)?.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri;
  const picked = await vscode.window.showOpenDialog({ title, canSelectMany: false, openLabel, filters: { [t('Bills (Markdown)')]: ['md', 'markdown'] }, ...(folder ? { defaultUri: folder } : {}) });
  return picked?.[0];
}

function shortName(uri: vscode.Uri): string {
  return uri.scheme === 'untitled' ? uri.path : vscode.workspace.asRelativePath(uri, false);
}

export class ReviewView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private current: Current | undefined;
  private roots: Node[] = [];
  readonly view: vscode.TreeView<Node>;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly configs: ConfigResolver,
    private readonly views: ViewProvider,
    private readonly notesFor: (doc: vscode.TextDocument) => readonly Note[],
    private readonly log: vscode.LogOutputChannel,
    private readonly version: string,
  ) {
    this.view = vscode.window.createTreeView(REVIEW_VIEW, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      this.emitter,
      vscode.commands.registerCommand(COMMANDS.reviewAgainst, (a?: unknown) => this.run(a && typeof a === 'object' && !(a instanceof vscode.Uri) ? (a as ReviewArgs) : a instanceof vscode.Uri ? { uri: a.toString() } : {})),
      vscode.commands.registerCommand(COMMANDS.applyAmendments, (a?: unknown) => this.runAmend(a && typeof a === 'object' && !(a instanceof vscode.Uri) ? (a as AmendArgs) : a instanceof vscode.Uri ? { uri: a.toString() } : {})),
      vscode.commands.registerCommand(COMMANDS.revealReviewItem, (a: { side: 'old' | 'new'; offset: number }) => this.reveal(a)),
      vscode.commands.registerCommand(COMMANDS.saveReviewReport, (a?: { uri?: string }) => this.save(a?.uri)),
    );
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  /** The latest review (for the integration tests). */
  get latest(): ReviewResult | undefined {
    return this.current?.result;
  }

  private async chooseOld(doc: vscode.TextDocument, args: ReviewArgs): Promise<{ text: string; label: string } | undefined> {
    if (args.file) {
      const uri = vscode.Uri.parse(args.file);
      return { text: decode(await vscode.workspace.fs.readFile(uri), shortName(uri)), label: shortName(uri) };
    }
    const git = doc.uri.scheme === 'file' ? await gitApi() : undefined;
    const repo = git?.getRepository(doc.uri) ?? undefined;
    let how: 'git' | 'file' | undefined = args.revision !== undefined ? 'git' : undefined;
    if (!how) {
      const items: (vscode.QuickPickItem & { how: 'git' | 'file' })[] = [];
      if (repo) items.push({ how: 'git', label: `$(git-commit) ${t('A git revision…')}`, detail: t('An earlier commit, a branch or a tag of this repository') });
      items.push({ how: 'file', label: `$(file) ${t('Another file…')}`, detail: t('Another version of the bill, saved as a Markdown file') });
      const picked = items.length === 1 ? items[0] : await vscode.window.showQuickPick(items, { title: t('Review this bill against…'), placeHolder: t('Which version is the old one?') });
      if (!picked) return undefined;
      how = picked.how;
    }
    if (how === 'git') {
      if (!repo) {
        void vscode.window.showWarningMessage(t('This bill is not in a git repository. Choose another file to compare it with instead.'));
        return undefined;
      }
      let rev = args.revision;
      if (rev === undefined) {
        const commits = await repo.log({ maxEntries: 30, path: doc.uri.fsPath }).catch(() => [] as GitCommit[]);
        const typed = { label: `$(edit) ${t('Enter a revision…')}`, detail: t('A branch, a tag or a commit'), rev: '' };
        const pick = await vscode.window.showQuickPick(
          [
            ...commits.map((c) => ({ label: c.message.split('\n')[0] ?? c.hash, description: c.hash.slice(0, 8), detail: [c.authorName, c.authorDate?.toLocaleDateString()].filter(Boolean).join(', '), rev: c.hash })),
            typed,
          ],
          { title: t('Review this bill against a git revision'), matchOnDescription: true },
        );
        if (!pick) return undefined;
        rev = pick.rev || (await vscode.window.showInputBox({ title: t('Review this bill against a git revision'), prompt: t('A branch, a tag or a commit (for example HEAD~1)'), value: 'HEAD' }));
        if (!rev) return undefined;
      }
      try {
        const text = await repo.show(rev, doc.uri.fsPath);
        return { text: text.startsWith('\uFEFF') ? text.slice(1) : text, label: `${rev}:${vscode.workspace.asRelativePath(doc.uri, false)}` };
      } catch (e) {
        void vscode.window.showWarningMessage(t('Could not read this bill at revision “{0}”: it may not exist there, or the revision is unknown.', rev));
        this.log.warn(`git show ${rev} of ${doc.uri.toString(true)} failed: ${(e as Error).message}`);
        return undefined;
      }
    }
    const uri = await pickBill(doc, t('Choose the old version of the bill'), t('Review against this version'));
    if (!uri) return undefined;
    return { text: decode(await vscode.workspace.fs.readFile(uri), shortName(uri)), label: shortName(uri) };
  }

  async run(args: ReviewArgs = {}): Promise<ReviewSummary | undefined> {
    const doc = args.uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.uri) ?? (await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri))) : vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== 'markdown') {
      void vscode.window.showInformationMessage(t('Open a bill (a Markdown file) to review it against another version.'));
      return undefined;
    }
    let old: { text: string; label: string } | undefined;
    try {
      old = await this.chooseOld(doc, args);
    } catch (e) {
      void vscode.window.showWarningMessage((e as Error).message);
      return undefined;
    }
    if (!old) return undefined;
    const { config } = await this.configs.forDocument(doc);
    const newLabel = shortName(doc.uri);
    const result = reviewVersions(old.text, doc.getText(), { oldFile: old.label, newFile: newLabel, config, notes: this.notesFor(doc) });
    const oldUri = this.views.create(t('{0} (old version)', old.label), old.text);
    this.current = { result, newUri: doc.uri, oldUri, oldLabel: old.label };
    this.roots = this.build(result);
    this.emitter.fire(undefined);
    this.view.message = t('{0} against {1}: {2} introduced, {3} resolved, {4} unchanged.', newLabel, old.label, result.introduced.length, result.resolved.length, result.unchanged.length);
    await vscode.commands.executeCommand('setContext', REVIEW_ACTIVE, true);
    await vscode.commands.executeCommand('vscode.diff', oldUri, doc.uri, t('{0} ↔ {1}', old.label, newLabel), { preview: false });
    await vscode.commands.executeCommand(`${REVIEW_VIEW}.focus`);
    this.log.info(`Reviewed ${doc.uri.toString(true)} against ${old.label}: ${result.introduced.length} introduced, ${result.resolved.length} resolved, ${result.unchanged.length} unchanged.`);
    return { introduced: result.introduced.length, resolved: result.resolved.length, unchanged: result.unchanged.length, left: oldUri.toString(), right: doc.uri.toString(), oldLabel: old.label };
  }

  /**
   * "Apply these amendments to a bill or Act…": the document in the editor is an amendment paper or an
   * amending bill; the user chooses the bill or Act it amends; np-lint amend's work (src/review/amend.ts)
   * applies each instruction in order, and VS Code's diff editor shows the text before and as amended
   * (both read-only: the user's files are not changed), with the review (which instruction introduced or
   * resolved which finding, and every refused instruction with its reason) in the review view.
   */
  async runAmend(args: AmendArgs = {}): Promise<AmendSummary | undefined> {
    const doc = args.uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.uri) ?? (await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri))) : vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== 'markdown') {
      void vscode.window.showInformationMessage(t('Open an amendment paper or an amending bill (a Markdown file) to apply it.'));
      return undefined;
    }
    const paper = doc.getText();
    const instructions = readAmendmentPaper(paper);
    if (!instructions.length) {
      void vscode.window.showInformationMessage(t('{0} has no amending instructions (such as “In clause 14(1), leave out ‘may’ and insert ‘shall’.” or “Section 20 of the principal Act is amended by …”).', shortName(doc.uri)));
      return undefined;
    }
    let billUri = args.bill ? vscode.Uri.parse(args.bill) : undefined;
    if (!billUri) {
      billUri = await pickBill(doc, t('Choose the bill or Act these amendments apply to'), t('Apply the amendments to this text'));
      if (!billUri) return undefined;
    }
    let billText: string;
    try {
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === billUri!.toString());
      billText = open ? open.getText() : decode(await vscode.workspace.fs.readFile(billUri), shortName(billUri));
    } catch (e) {
      void vscode.window.showWarningMessage((e as Error).message);
      return undefined;
    }
    const label = shortName(billUri);
    const { config } = await this.configs.forDocument(doc);
    const amendedLabel = t('{0} (as amended)', label);
    const r = amendBill(billText, instructions, { billFile: label, amendedFile: amendedLabel, config });
    const left = this.views.create(label, billText);
    const right = this.views.create(amendedLabel, r.amended);
    this.current = { result: r.review, newUri: right, oldUri: left, oldLabel: label };
    this.roots = [this.instructionsGroup(r.instructions), ...this.build(r.review)];
    this.emitter.fire(undefined);
    const applied = r.instructions.filter((i) => i.status === 'applied').length;
    const refused = r.instructions.length - applied;
    this.view.message = t('{0} applied to {1}: {2} of {3} instructions applied, {4} refused; {5} findings introduced, {6} resolved.', shortName(doc.uri), label, applied, r.instructions.length, refused, r.review.introduced.length, r.review.resolved.length);
    await vscode.commands.executeCommand('setContext', REVIEW_ACTIVE, true);
    await vscode.commands.executeCommand('vscode.diff', left, right, t('{0} ↔ as amended by {1}', label, shortName(doc.uri)), { preview: false });
    await vscode.commands.executeCommand(`${REVIEW_VIEW}.focus`);
    this.log.info(`Applied ${doc.uri.toString(true)} to ${label}: ${applied} applied, ${refused} refused; ${r.review.introduced.length} introduced, ${r.review.resolved.length} resolved.`);
    return { applied, refused, introduced: r.review.introduced.length, resolved: r.review.resolved.length, left: left.toString(), right: right.toString(), amended: r.amended };
  }

  /** The amendment's instructions, each applied or refused with the reason, and what it introduced or resolved. */
  private instructionsGroup(list: readonly InstructionReport[]): Node {
    const applied = list.filter((i) => i.status === 'applied').length;
    return {
      kind: 'group',
      id: 'instructions',
      label: t('Instructions ({0} applied, {1} refused)', applied, list.length - applied),
      children: list.map((i) => {
        const effect = [i.introduced.length ? t('introduced {0}', i.introduced.length) : '', i.resolved.length ? t('resolved {0}', i.resolved.length) : ''].filter(Boolean).join(', ');
        const text = i.text.split('\n')[0]!;
        return {
          kind: 'text',
          label: `${i.number}. ${text.length > 90 ? `${text.slice(0, 87)}…` : text}`,
          description: i.status === 'applied' ? [i.provisions.join(', '), effect].filter(Boolean).join(' · ') : t('refused: {0}', i.reason),
          tooltip: i.status === 'applied' ? `${i.text}${i.note ? `\n\n${i.note}` : ''}` : `${i.text}\n\n${t('Refused: {0}', i.reason)}`,
          icon: i.status === 'applied' ? 'check' : 'circle-slash',
        };
      }),
    };
  }

  private build(r: ReviewResult): Node[] {
    const findings = (list: ReviewedFinding[]): Node[] => list.map((item) => ({ kind: 'finding', item }));
    const changed = r.provisions.filter((p) => p.match.change !== 'unchanged');
    const nodes: Node[] = [
      { kind: 'group', id: 'introduced', label: t('Introduced by the amendment ({0})', r.introduced.length), children: findings(r.introduced) },
      { kind: 'group', id: 'resolved', label: t('Resolved by the amendment ({0})', r.resolved.length), children: findings(r.resolved) },
      { kind: 'group', id: 'unchanged', label: t('Unchanged ({0})', r.unchanged.length), children: findings(r.unchanged) },
      { kind: 'group', id: 'provisions', label: t('Provisions changed ({0})', changed.length), children: changed.map((p) => ({ kind: 'provision', p })) },
    ];
    if (r.suppressions.length) {
      nodes.push({
        kind: 'group',
        id: 'deviations',
        label: t('Deliberate deviations ({0})', r.suppressions.length),
        children: r.suppressions.map((s) => ({
          kind: 'text',
          label: `${rulesText(s.suppression.ruleIds)}: “${s.suppression.reason}”`,
          description: [s.provision, s.added ? t('recorded by this amendment') : ''].filter(Boolean).join(' · '),
          reveal: { side: 'new', offset: s.suppression.range.start.offset },
        })),
      });
    }
    if (r.notes.length) {
      nodes.push({
        kind: 'group',
        id: 'notes',
        label: t('Review notes ({0})', r.notes.length),
        children: r.notes.map((n) => ({
          kind: 'text',
          label: n.note.body.replace(/\s+/g, ' '),
          description: `${n.note.status === 'open' ? t('open') : t('resolved')} · ${n.placement.provision ?? ''} · ${n.note.author}`,
          reveal: { side: 'new', offset: n.placement.start },
        })),
      });
    }
    return nodes;
  }

  getChildren(n?: Node): Node[] {
    if (!n) return this.roots;
    return n.kind === 'group' ? n.children : [];
  }

  getTreeItem(n: Node): vscode.TreeItem {
    if (n.kind === 'group') {
      const item = new vscode.TreeItem(n.label, n.id === 'unchanged' || !n.children.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded);
      item.id = `group:${n.id}`;
      return item;
    }
    if (n.kind === 'finding') return this.findingItem(n.item);
    if (n.kind === 'provision') {
      const p = n.p;
      const item = new vscode.TreeItem(`${provisionLabel(p)}: ${p.title}`);
      item.description = changeText(p);
      const side = p.newEntry ? 'new' : 'old';
      const entry = p.newEntry ?? p.oldEntry!;
      item.command = { command: COMMANDS.revealReviewItem, title: t('Go to the provision'), arguments: [{ side, offset: entry.headingStart }] };
      item.iconPath = new vscode.ThemeIcon(p.match.change === 'added' ? 'diff-added' : p.match.change === 'removed' ? 'diff-removed' : 'diff-modified');
      return item;
    }
    const item = new vscode.TreeItem(n.label);
    if (n.description) item.description = n.description;
    if (n.tooltip) item.tooltip = n.tooltip;
    if (n.icon) item.iconPath = new vscode.ThemeIcon(n.icon);
    if (n.reveal) item.command = { command: COMMANDS.revealReviewItem, title: t('Go to it'), arguments: [n.reveal] };
    return item;
  }

  private findingItem(x: ReviewedFinding): vscode.TreeItem {
    const f: Finding = x.finding;
    const item = new vscode.TreeItem(ruleTitle(f.ruleId));
    const was = x.before?.provision && x.before.provision !== f.provision ? t('was {0}', x.before.provision) : '';
    item.description = [f.provision, was, x.version === 'old' ? t('old version') : '', x.suppression ? t('deliberate deviation') : ''].filter(Boolean).join(' · ');
    const md = new vscode.MarkdownString(undefined, false);
    md.appendText(f.message);
    if (x.suppression) md.appendMarkdown('\n\n').appendText(t('Recorded as a deliberate deviation: “{0}”', x.suppression.reason));
    md.appendMarkdown('\n\n').appendText(f.citations.map((c) => `• ${citationText(c)}`).join('\n'));
    item.tooltip = md;
    item.iconPath = new vscode.ThemeIcon(f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'info');
    item.command = { command: COMMANDS.revealReviewItem, title: t('Go to the provision'), arguments: [{ side: x.version, offset: f.range.start.offset, end: f.range.end.offset }] };
    return item;
  }

  /** Shows a place in the new version (the bill) or the old one (read-only). */
  async reveal(a: { side: 'old' | 'new'; offset: number; end?: number }): Promise<boolean> {
    const c = this.current;
    if (!c) return false;
    const uri = a.side === 'old' ? c.oldUri : c.newUri;
    const doc = await vscode.workspace.openTextDocument(uri);
    const start = doc.positionAt(Math.min(a.offset, doc.getText().length));
    const end = doc.positionAt(Math.min(a.end ?? a.offset, doc.getText().length));
    await vscode.window.showTextDocument(doc, { selection: new vscode.Range(start, end), preview: a.side === 'old', preserveFocus: false });
    return true;
  }

  /** Saves the latest review as a Markdown or HTML report a reviewing body can attach to a submission. */
  async save(target?: string): Promise<string | undefined> {
    const c = this.current;
    if (!c) {
      void vscode.window.showInformationMessage(t('Review a bill against another version first.'));
      return undefined;
    }
    let uri = target ? vscode.Uri.parse(target) : undefined;
    if (!uri) {
      const base = c.newUri.scheme === 'untitled' || c.newUri.scheme === 'np-lint-view' ? undefined : c.newUri.with({ path: c.newUri.path.replace(/(\.md|\.markdown)?$/i, '.review.md') });
      uri = await vscode.window.showSaveDialog({ title: t('Save the review as a report'), filters: { Markdown: ['md'], HTML: ['html'] }, ...(base ? { defaultUri: base } : {}) });
      if (!uri) return undefined;
    }
    const version = this.version;
    const html = /\.html?$/i.test(uri.path);
    const report = html ? reviewHtml(c.result, { version }) : reviewMarkdown(c.result, { version });
    try {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(report));
    } catch (e) {
      void vscode.window.showErrorMessage(t('The report could not be saved: {0}', (e as Error).message));
      return undefined;
    }
    this.log.info(`Saved the review report to ${uri.toString(true)}.`);
    return uri.toString();
  }
}
