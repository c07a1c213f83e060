// The commands: check now, fix (version-checked), insert or compare a model clause, open the
// training bill, show the guidance and the log.
import * as vscode from 'vscode';
import { fixAll, RULES, RULES_BY_ID } from '../engine/index.js';
import { insertionFor } from '../corpus/picker.js';
import { detectNumbering, renderClause } from '../corpus/render.js';
import type { ClauseRecord } from '../corpus/types.js';
import { libraryFor, pickClause } from './clauses.js';
import { readSettings } from './config.js';
import type { ConfigResolver } from './config.js';
import { applyVersioned, findDocument, minimalEdit, type ApplyOutcome } from './edits.js';
import type { FixArgs } from './codeActions.js';
import { COMMANDS, CONFIG_FILE } from './ids.js';
import { sectionsOf, type Linter } from './linter.js';
import type { HeadingRef } from './render.js';
import type { ViewProvider } from './views.js';

export interface Services {
  context: vscode.ExtensionContext;
  linter: Linter;
  configs: ConfigResolver;
  views: ViewProvider;
  log: vscode.LogOutputChannel;
}

export interface LocationArgs {
  uri?: string;
  offset?: number;
  clauseId?: string;
  /** The check that led here (a finding's rule id): clauses that put it right are listed first. */
  ruleId?: string;
  /** Insert as a new section (default) or as a new subsection of the section at the offset. */
  as?: 'section' | 'subsection';
}

export interface InsertResult {
  outcome: ApplyOutcome;
  clauseId: string;
  offset: number;
  text: string;
}

const t = vscode.l10n.t;

/** The editor for a document given by URI, or the active Markdown editor. */
async function targetEditor(uri: string | undefined): Promise<vscode.TextEditor | undefined> {
  if (uri) {
    const shown = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri);
    if (shown) return shown;
    const doc = findDocument(uri) ?? (await vscode.workspace.openTextDocument(vscode.Uri.parse(uri)));
    return vscode.window.showTextDocument(doc);
  }
  const e = vscode.window.activeTextEditor;
  return e && e.document.languageId === 'markdown' ? e : undefined;
}

function sectionAt(sections: readonly HeadingRef[], offset: number): HeadingRef | undefined {
  return sections.find((s) => s.headingEnd > s.headingStart && s.start <= offset && offset < s.end) ??
    (offset >= 0 ? [...sections].reverse().find((s) => s.headingEnd > s.headingStart && s.start <= offset) : undefined);
}

export function registerCommands(svc: Services): vscode.Disposable[] {
  const { context, linter, configs, views, log } = svc;

  const refuse = (doc: vscode.TextDocument) => {
    log.info(`Refused a fix prepared for an earlier version of ${doc.uri.toString(true)}.`);
    void vscode.window.showWarningMessage(
      t('The bill changed after this fix was prepared, so it was not applied. The findings have been brought up to date; please choose the fix again.'),
    );
    void linter.lintNow(doc, 'after a refused fix');
  };

  const report = (doc: vscode.TextDocument, outcome: ApplyOutcome) => {
    if (outcome === 'stale') refuse(doc);
    else if (outcome === 'failed') void vscode.window.showWarningMessage(t('The change could not be made to the bill. Nothing was changed.'));
  };

  async function applyFix(args: FixArgs): Promise<ApplyOutcome> {
    const doc = findDocument(args.uri);
    if (!doc) return 'closed';
    const outcome = await applyVersioned(doc, args.version, args.edits);
    report(doc, outcome);
    if (outcome === 'applied') log.info(`Applied "${args.title}" (${args.ruleId}) to ${doc.uri.toString(true)}.`);
    return outcome;
  }

  async function fixAllIn(args: { uri?: string; version?: number; ruleId?: string } = {}): Promise<{ outcome: ApplyOutcome | 'nothing'; applied: number; remaining: number }> {
    const editor = args.uri ? undefined : vscode.window.activeTextEditor;
    const doc = args.uri ? findDocument(args.uri) : editor?.document;
    if (!doc || !linter.isBill(doc)) {
      void vscode.window.showInformationMessage(t('Open a bill (a Markdown file) first.'));
      return { outcome: 'closed', applied: 0, remaining: 0 };
    }
    const version = args.version ?? doc.version;
    if (doc.version !== version) {
      refuse(doc);
      return { outcome: 'stale', applied: 0, remaining: 0 };
    }
    const { config } = await configs.forDocument(doc);
    const before = doc.getText();
    const r = fixAll(before, args.ruleId ? { config, only: [args.ruleId] } : { config });
    const edit = minimalEdit(before, r.text);
    if (!edit) {
      vscode.window.setStatusBarMessage(t('Nothing the assistant can fix automatically.'), 4000);
      return { outcome: 'nothing', applied: 0, remaining: r.remaining.length };
    }
    const outcome = await applyVersioned(doc, version, [edit]);
    report(doc, outcome);
    if (outcome === 'applied') {
      const msg = r.remaining.length
        ? t('Applied {0} fix(es). {1} finding(s) need a drafter’s judgement.', r.applied, r.remaining.length)
        : t('Applied {0} fix(es).', r.applied);
      vscode.window.setStatusBarMessage(msg, 5000);
      log.info(`${msg} (${doc.uri.toString(true)}${args.ruleId ? `, ${args.ruleId} only` : ''})`);
    }
    return { outcome, applied: r.applied, remaining: r.remaining.length };
  }

  async function lintNow(uri?: string): Promise<number | undefined> {
    const doc = uri ? findDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!doc || !linter.isBill(doc)) {
      void vscode.window.showInformationMessage(t('Open a bill (a Markdown file) to check it.'));
      return undefined;
    }
    if (!readSettings(doc.uri).enable) {
      void vscode.window.showInformationMessage(t('The assistant is turned off. Turn on the setting “Non-Punishment: Enable” to check bills.'));
      return undefined;
    }
    const p = await linter.lintNow(doc, 'command');
    if (!p) return undefined;
    const n = p.findings.length;
    vscode.window.setStatusBarMessage(n === 0 ? t('Checked: nothing to report.') : t('Checked: {0} finding(s).', n), 4000);
    return n;
  }

  async function chooseClause(doc: vscode.TextDocument, clauseId: string | undefined, title: string, ruleId?: string): Promise<ClauseRecord | undefined> {
    const library = await libraryFor(doc, log);
    if (clauseId) {
      const c = library.byId(clauseId);
      if (!c) void vscode.window.showWarningMessage(t('There is no model clause called “{0}”.', clauseId));
      return c;
    }
    return pickClause(library, title, ruleId);
  }

  async function insertClause(args: LocationArgs = {}): Promise<InsertResult | undefined> {
    const editor = await targetEditor(args.uri);
    if (!editor) {
      void vscode.window.showInformationMessage(t('Open a bill (a Markdown file), place the cursor in it, then insert a model clause.'));
      return undefined;
    }
    const clause = await chooseClause(editor.document, args.clauseId, t('Insert a model clause, with its citation'), args.ruleId);
    if (!clause) return undefined;
    const doc = editor.document;
    const version = doc.version;
    const text = doc.getText();
    const offset = Math.min(text.length, Math.max(0, args.offset ?? doc.offsetAt(editor.selection.active)));
    // A new section goes after the section the cursor is in; elsewhere, after the cursor's line.
    const section = sectionAt(sectionsOf(text, {}), offset);
    let at: number;
    if (section && args.as !== 'subsection') at = section.end;
    else {
      const line = doc.lineAt(doc.positionAt(offset).line);
      at = doc.offsetAt(line.range.end);
      if (section && args.as === 'subsection') at = trimEndOffset(text, section.end);
    }
    const style = readSettings(doc.uri).citationStyle === 'draftingNote' ? 'note' : 'footnote';
    const rendered = insertionFor(clause, text, at, { as: args.as ?? 'section', citation: style });
    const before = text.slice(0, at);
    const after = text.slice(at);
    const lead = at === 0 || before.endsWith('\n\n') || before.endsWith('\r\n\r\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
    const trail = after.length === 0 ? '\n' : /^\r?\n\r?\n/.test(after) ? '' : /^\r?\n/.test(after) ? '\n' : '\n\n';
    const insert = lead + rendered.text + trail;
    const outcome = await applyVersioned(doc, version, [{ start: at, end: at, newText: insert }]);
    report(doc, outcome);
    if (outcome === 'applied') {
      const start = doc.positionAt(at + lead.length);
      const end = doc.positionAt(at + lead.length + rendered.text.length);
      editor.selection = new vscode.Selection(start, start);
      editor.revealRange(new vscode.Range(start, end), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      log.info(`Inserted the model clause ${clause.id} (${clause.citation}) into ${doc.uri.toString(true)}.`);
    }
    return { outcome, clauseId: clause.id, offset: at, text: insert };
  }

  async function compareWithClause(args: LocationArgs = {}): Promise<{ left: string; right: string } | undefined> {
    const editor = await targetEditor(args.uri);
    if (!editor) {
      void vscode.window.showInformationMessage(t('Open a bill (a Markdown file) and place the cursor in a provision to compare it.'));
      return undefined;
    }
    const doc = editor.document;
    const text = doc.getText();
    const offset = args.offset ?? doc.offsetAt(editor.selection.active);
    const section = sectionAt(sectionsOf(text, {}), offset);
    if (!section) {
      void vscode.window.showInformationMessage(t('Place the cursor in a provision (a numbered section) to compare it with a model clause.'));
      return undefined;
    }
    const clause = await chooseClause(doc, args.clauseId, t('Compare {0} with a model clause', section.name), args.ruleId);
    if (!clause) return undefined;
    const ours = text.slice(section.start, section.end).replace(/\s+$/, '') + '\n';
    const n = detectNumbering(text, section.headingStart);
    const model = renderClause(clause, n
      ? { style: n.style, number: n.nextSection - 1, keyword: n.keyword, headingLevel: n.headingLevel, citation: readSettings(doc.uri).citationStyle === 'draftingNote' ? 'note' : 'footnote' }
      : { citation: 'footnote' });
    const left = views.create(t('{0} (this bill)', section.name), ours);
    const right = views.create(t('{0} (model clause)', clause.title), `${model.text}\n`);
    await vscode.commands.executeCommand('vscode.diff', left, right, t('{0} ↔ {1} (model clause)', section.name, clause.title), { preview: true });
    log.info(`Compared ${section.name} of ${doc.uri.toString(true)} with ${clause.id}.`);
    return { left: left.toString(), right: right.toString() };
  }

  async function showRuleDocs(ruleId?: string): Promise<string | undefined> {
    let id = typeof ruleId === 'string' ? ruleId : undefined;
    if (!id || !RULES_BY_ID.has(id)) {
      const picked = await vscode.window.showQuickPick(
        RULES.map((r) => ({ label: r.meta.title, description: r.meta.code, detail: r.meta.summary, id: r.meta.id })),
        { title: t('Read the guidance behind a check'), matchOnDetail: true },
      );
      if (!picked) return undefined;
      id = picked.id;
    }
    let uri = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${id}.md`);
    try {
      await vscode.workspace.fs.stat(uri);
    } catch {
      uri = views.guidanceUri(id);
    }
    try {
      await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
    } catch {
      await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.Beside, preview: true });
    }
    return uri.toString();
  }

  async function openTrainingBill(): Promise<string> {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'examples', 'trafficking-bill.md'));
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: new TextDecoder('utf-8').decode(bytes) });
    await vscode.window.showTextDocument(doc);
    log.info('Opened an untitled copy of the training bill.');
    return doc.uri.toString();
  }

  async function openSettingsFile(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    const resolved = doc ? await configs.forDocument(doc) : undefined;
    if (resolved?.file) {
      await vscode.window.showTextDocument(resolved.file);
      return;
    }
    const folder = (doc && vscode.workspace.getWorkspaceFolder(doc.uri)?.uri) ?? vscode.workspace.workspaceFolders?.[0]?.uri;
    if (!folder) {
      void vscode.window.showInformationMessage(t('Open the folder that holds the bill first; the settings file {0} is kept beside the bill.', CONFIG_FILE));
      return;
    }
    const uri = vscode.Uri.joinPath(folder, CONFIG_FILE);
    const template = `{\n  "rules": {\n    "missing-child-provision": "error"\n  },\n  "model": "causation"\n}\n`;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(template));
    configs.clear();
    await vscode.window.showTextDocument(uri);
  }

  const reg = (id: string, fn: (...a: any[]) => unknown) => vscode.commands.registerCommand(id, fn);
  return [
    reg(COMMANDS.lintNow, (uri?: unknown) => lintNow(typeof uri === 'string' ? uri : uri instanceof vscode.Uri ? uri.toString() : undefined)),
    reg(COMMANDS.fixAll, (a?: { uri?: string; version?: number }) => fixAllIn(a && typeof a === 'object' && !(a instanceof vscode.Uri) ? a : {})),
    reg(COMMANDS.fixAllOfRule, (a: { uri: string; version: number; ruleId: string }) => fixAllIn(a)),
    reg(COMMANDS.applyFix, (a: FixArgs) => applyFix(a)),
    reg(COMMANDS.insertClause, (a?: LocationArgs) => insertClause(a && typeof a === 'object' && !(a instanceof vscode.Uri) ? a : {})),
    reg(COMMANDS.compareWithClause, (a?: LocationArgs) => compareWithClause(a && typeof a === 'object' && !(a instanceof vscode.Uri) ? a : {})),
    reg(COMMANDS.showRuleDocs, (id?: string) => showRuleDocs(id)),
    reg(COMMANDS.openTrainingBill, () => openTrainingBill()),
    reg(COMMANDS.showLog, () => log.show(true)),
    reg(COMMANDS.openSettingsFile, () => openSettingsFile()),
  ];
}

function trimEndOffset(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1]!)) e--;
  return e;
}
