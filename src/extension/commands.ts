// The commands: check now, fix (version-checked), insert or compare a model clause, open the
// training bill, show the guidance and the log, open the bill's settings file. Each acts on the bill
// the drafter is at (see target.ts), so that the walkthrough's buttons work with the walkthrough focused.
import * as vscode from 'vscode';
import { drafting, fixAll, lint, RULES, RULES_BY_ID } from '../engine/index.js';
import { billStyle, planInsertion, type InsertionPlan } from '../corpus/insert.js';
import { renderClause, renderNote } from '../corpus/render.js';
import type { ClauseRecord } from '../corpus/types.js';
import { clauseUse, defectLabel } from '../corpus/use.js';
import { libraryFor, pickClause } from './clauses.js';
import { readSettings } from './config.js';
import type { ConfigResolver } from './config.js';
import { applyVersioned, findDocument, minimalEdit, type ApplyOutcome } from './edits.js';
import type { FixArgs } from './codeActions.js';
import { COMMANDS, CONFIG_FILE } from './ids.js';
import type { Linter } from './linter.js';
import type { BillTarget, Bills, Walkthrough } from './target.js';
import type { ViewProvider } from './views.js';
import { FixPreviews } from './fixPreview.js';

export interface Services {
  context: vscode.ExtensionContext;
  linter: Linter;
  configs: ConfigResolver;
  views: ViewProvider;
  log: vscode.LogOutputChannel;
  bills: Bills;
  walkthrough: Walkthrough;
}

export interface LocationArgs {
  uri?: string;
  offset?: number;
  clauseId?: string;
  /** The check that led here (a finding's rule id): clauses that put it right are listed first. */
  ruleId?: string;
  /** Insert as a new section or as a new subsection of the section at the offset (default: as the clause file says). */
  as?: 'section' | 'subsection';
  /**
   * Renumber the following sections and their cross-references rather than give the new section an
   * inserted number (14A). Asked when the drafter picked the clause; otherwise not renumbered.
   */
  renumber?: boolean;
  /**
   * With `renumber`: show the renumbering in VS Code's refactor preview, each change to be ticked
   * before it is applied (default false: the drafter already chose to renumber; one Undo takes it back).
   */
  preview?: boolean;
}

export interface InsertResult {
  outcome: ApplyOutcome | 'comparison' | 'cancelled';
  clauseId: string;
  /** Where the text went (offset in the bill as it was just before the insertion). */
  offset: number;
  /** The text inserted, with the defaults in the places to adapt. */
  text: string;
  kind?: InsertionPlan['kind'];
  /** The section or subsection number given ("14A", "(4)"). */
  number?: string;
  /** The places to adapt, in tab order. */
  places?: { words: string; hint?: string }[];
}

const t = vscode.l10n.t;

function fixes(n: number): string {
  return n === 1 ? t('1 fix') : t('{0} fixes', n);
}

function findingsText(n: number): string {
  return n === 1 ? t('1 finding') : t('{0} findings', n);
}

/**
 * Where a command acts in the bill: at the cursor when the command came from the bill's editor, or
 * when the cursor of the bill on screen is in a non-punishment provision; otherwise (a walkthrough
 * button, with the cursor at the top of the bill) at the bill's first non-punishment provision.
 */
async function workingOffset(linter: Linter, target: BillTarget): Promise<number> {
  const doc = target.editor.document;
  const cursor = doc.offsetAt(target.editor.selection.active);
  if (target.atCursor) return cursor;
  const outline = (linter.current(doc) ?? (await linter.ensureCurrent(doc)))?.outline ?? lint(doc.getText()).outline;
  const here = outline.find((s) => s.start <= cursor && cursor < s.end);
  if (here?.provision) return cursor;
  const first = outline.find((s) => s.provision && !s.container);
  return first ? first.headingEnd : cursor;
}

/** Maps an offset through edits made before it (a renumbering that lengthens "99" to "100"). */
function mapOffset(offset: number, edits: readonly { start: number; end: number; newText: string }[]): number {
  let shift = 0;
  for (const e of edits) if (e.end <= offset) shift += e.newText.length - (e.end - e.start);
  return offset + shift;
}

export function registerCommands(svc: Services): vscode.Disposable[] {
  const { context, linter, configs, views, log, bills, walkthrough } = svc;

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

  const citationStyle = (doc: vscode.TextDocument) => (readSettings(doc.uri).citationStyle === 'draftingNote' ? 'note' : 'footnote');

  async function applyFix(args: FixArgs): Promise<ApplyOutcome> {
    const doc = findDocument(args.uri);
    if (!doc) return 'closed';
    const outcome = await applyVersioned(doc, args.version, args.edits);
    report(doc, outcome);
    if (outcome === 'applied') {
      log.info(`Applied "${args.title}" (${args.ruleId}) to ${doc.uri.toString(true)}${args.structural ? ': it adds or removes a subsection, paragraph or sentence (Undo takes it back)' : ''}.`);
      await walkthrough.succeeded('fixed');
    }
    return outcome;
  }

  async function fixAllIn(args: { uri?: string; version?: number; ruleId?: string } = {}): Promise<{ outcome: ApplyOutcome | 'nothing'; applied: number; remaining: number }> {
    const doc = bills.document(args.uri);
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
      const n = r.remaining.length;
      const msg = n
        ? n === 1
          ? t('Applied {0}. 1 finding needs a drafter’s judgement.', fixes(r.applied))
          : t('Applied {0}. {1} findings need a drafter’s judgement.', fixes(r.applied), n)
        : t('Applied {0}.', fixes(r.applied));
      vscode.window.setStatusBarMessage(msg, 5000);
      log.info(`${msg} (${doc.uri.toString(true)}${args.ruleId ? `, ${args.ruleId} only` : ''})`);
      await walkthrough.succeeded('fixed');
    }
    return { outcome, applied: r.applied, remaining: r.remaining.length };
  }

  async function lintNow(uri?: string): Promise<number | undefined> {
    const doc = bills.document(uri);
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
    vscode.window.setStatusBarMessage(n === 0 ? t('Checked: nothing to report.') : t('Checked: {0}.', findingsText(n)), 4000);
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

  /** Asks whether to give the new section an inserted number (14A) or renumber the sections after it. */
  async function askRenumber(plan: InsertionPlan): Promise<boolean | undefined> {
    const o = plan.renumberOption!;
    const keep = { label: t('Section {0}', plan.number!), detail: t('The sections after it keep their numbers: the usual way for a bill already circulated.'), renumber: false };
    const move = {
      label: t('Section {0}, renumbering sections {1} to {2}', o.number, o.from, o.to),
      detail: t('Every cross-reference to them follows. You see the changes before they are made.'),
      renumber: true,
    };
    const picked = await vscode.window.showQuickPick([keep, move], { title: t('Number the new section'), placeHolder: t('Section {0} is taken', o.number) });
    return picked?.renumber;
  }

  async function insertClause(args: LocationArgs = {}): Promise<InsertResult | undefined> {
    const target = await bills.editor(args.uri);
    if (!target) {
      void vscode.window.showInformationMessage(t('Open a bill (a Markdown file), place the cursor in it, then insert a model clause.'));
      return undefined;
    }
    let editor = target.editor;
    const doc = editor.document;
    const clause = await chooseClause(doc, args.clauseId, t('Insert a model clause, with its citation'), args.ruleId);
    if (!clause) return undefined;
    const offset = Math.min(doc.getText().length, Math.max(0, args.offset ?? (await workingOffset(linter, target))));
    if (clauseUse(clause) === 'comparison') {
      const defects = (clause.defects ?? []).map(defectLabel).join('; ');
      void vscode.window.showInformationMessage(
        t('{0} has known defects ({1}), so it is not offered for insertion. It opens beside the provision for comparison.', clause.title, defects),
      );
      await compareWithClause({ uri: doc.uri.toString(), offset, clauseId: clause.id });
      return { outcome: 'comparison', clauseId: clause.id, offset, text: '' };
    }
    const citation = citationStyle(doc);
    let version = doc.version;
    let text = doc.getText();
    let at = offset;
    let plan = planInsertion(clause, text, at, { ...(args.as ? { as: args.as } : {}), citation });
    let renumber = args.renumber;
    if (renumber === undefined && plan.renumberOption && !args.clauseId) {
      renumber = await askRenumber(plan);
      if (renumber === undefined) return { outcome: 'cancelled', clauseId: clause.id, offset, text: '' };
    }
    if (renumber && plan.renumberOption) {
      const r = planInsertion(clause, text, at, { ...(args.as ? { as: args.as } : {}), citation, renumber: true });
      const we = new vscode.WorkspaceEdit();
      const label = t('Renumber sections {0} to {1} and the cross-references to them', plan.renumberOption.from, plan.renumberOption.to);
      const meta: vscode.WorkspaceEditEntryMetadata = { needsConfirmation: args.preview === true, label };
      for (const e of r.edits) we.replace(doc.uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.newText, meta);
      if (doc.version !== version) {
        refuse(doc);
        return { outcome: 'stale', clauseId: clause.id, offset, text: '' };
      }
      const ok = await vscode.workspace.applyEdit(we, { isRefactoring: true });
      if (!ok || doc.getText() === text) {
        vscode.window.setStatusBarMessage(t('The sections were not renumbered, and the clause was not inserted.'), 5000);
        return { outcome: 'cancelled', clauseId: clause.id, offset, text: '' };
      }
      for (const w of r.notes) void vscode.window.showWarningMessage(w);
      log.info(`Renumbered sections ${plan.renumberOption.from} to ${plan.renumberOption.to} of ${doc.uri.toString(true)} (${r.renumbering?.references ?? 0} cross-references).`);
      at = mapOffset(at, r.edits);
      text = doc.getText();
      version = doc.version;
      plan = planInsertion(clause, text, at, { ...(args.as ? { as: args.as } : {}), citation });
    }
    if (!plan.edits.length) return { outcome: 'failed', clauseId: clause.id, offset, text: '' };
    let outcome: ApplyOutcome;
    if (plan.snippet && plan.edits.length === 1) {
      // A snippet, so that Tab moves through the places to adapt; into the editor, focused.
      editor = await vscode.window.showTextDocument(doc, { viewColumn: editor.viewColumn, preserveFocus: false });
      if (doc.version !== version) outcome = 'stale';
      else outcome = (await editor.insertSnippet(new vscode.SnippetString(plan.snippet.text), doc.positionAt(plan.snippet.at))) ? 'applied' : doc.version !== version ? 'stale' : 'failed';
    } else {
      outcome = await applyVersioned(doc, version, plan.edits);
    }
    report(doc, outcome);
    if (outcome === 'applied') {
      const what = plan.kind === 'note' ? t('as a drafting note') : plan.kind === 'section' ? t('as section {0}', plan.number!) : plan.kind === 'subsection' ? t('as subsection {0}', plan.number!) : t('at the cursor');
      const adapt = plan.places.filter((p) => p.hint);
      const msg = adapt.length
        ? t('Inserted {0} {1}. Adapt the highlighted words (Tab moves to the next): {2}.', clause.title, what, adapt.map((p) => `“${p.words}”: ${p.hint}`).join('; '))
        : t('Inserted {0} {1}, with its citation.', clause.title, what);
      void vscode.window.showInformationMessage(msg);
      for (const n of plan.notes) void vscode.window.showInformationMessage(n);
      log.info(`Inserted the model clause ${clause.id} (${clause.citation}) ${what} into ${doc.uri.toString(true)}.`);
      await walkthrough.succeeded('inserted');
    }
    const result: InsertResult = { outcome, clauseId: clause.id, offset: plan.edits[0]!.start, text: plan.text, kind: plan.kind, places: plan.places.map((p) => ({ words: p.words, ...(p.hint ? { hint: p.hint } : {}) })) };
    if (plan.number) result.number = plan.number;
    return result;
  }

  async function compareWithClause(args: LocationArgs = {}): Promise<{ left: string; right: string } | undefined> {
    const target = await bills.editor(args.uri);
    if (!target) {
      void vscode.window.showInformationMessage(t('Open a bill (a Markdown file) and place the cursor in a provision to compare it.'));
      return undefined;
    }
    const doc = target.editor.document;
    const text = doc.getText();
    const offset = args.offset ?? (await workingOffset(linter, target));
    const conv = drafting.conventionsOf(text);
    const section = drafting.sectionAt(conv, offset);
    if (!section) {
      void vscode.window.showInformationMessage(t('Place the cursor in a provision (a numbered section) to compare it with a model clause.'));
      return undefined;
    }
    const clause = await chooseClause(doc, args.clauseId, t('Compare {0} with a model clause', section.name), args.ruleId);
    if (!clause) return undefined;
    const ours = text.slice(section.start, section.end).replace(/\s+$/, '') + '\n';
    const style = billStyle(conv, section);
    const form = drafting.headingFormOf(text, section);
    const model =
      clauseUse(clause) === 'note'
        ? renderNote(clause, style)
        : renderClause(clause, { number: section.number, ...(form ? { headingForm: form, style: form.style === 'atx' ? 'heading' as const : 'bold' as const } : {}), citation: citationStyle(doc), bill: style });
    const left = views.create(t('{0} (this bill)', section.name), ours);
    const right = views.create(t('{0} (model clause)', clause.title), `${model.text}\n`);
    await vscode.commands.executeCommand('vscode.diff', left, right, t('{0} ↔ {1} (model clause)', section.name, clause.title), { preview: true });
    log.info(`Compared ${section.name} of ${doc.uri.toString(true)} with ${clause.id}.`);
    await walkthrough.succeeded('compared');
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
    await walkthrough.succeeded('guidanceRead');
    return uri.toString();
  }

  async function openTrainingBill(): Promise<string> {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'examples', 'trafficking-bill.md'));
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: new TextDecoder('utf-8').decode(bytes) });
    // From the walkthrough (no text editor has the focus), beside it, so that both stay in view.
    await vscode.window.showTextDocument(doc, vscode.window.activeTextEditor ? undefined : { viewColumn: vscode.ViewColumn.Beside });
    log.info('Opened an untitled copy of the training bill.');
    await walkthrough.succeeded('opened');
    return doc.uri.toString();
  }

  /**
   * Opens the settings file that applies to the bill: the nearest `.np-lint.json` in the bill's
   * folder or above; if there is none, creates one beside the bill (an unsaved bill: in the workspace
   * folder). A file that exists is never overwritten, even one that cannot be read.
   */
  async function openSettingsFile(): Promise<string | undefined> {
    const doc = bills.document();
    const resolved = doc ? await configs.forDocument(doc) : undefined;
    if (resolved?.file) {
      await vscode.window.showTextDocument(resolved.file);
      return resolved.file.toString();
    }
    let folder: vscode.Uri | undefined;
    if (doc && !doc.isUntitled && doc.uri.scheme !== 'untitled') folder = vscode.Uri.joinPath(doc.uri, '..');
    else folder = (doc && vscode.workspace.getWorkspaceFolder(doc.uri)?.uri) ?? vscode.workspace.workspaceFolders?.[0]?.uri;
    if (!folder) {
      void vscode.window.showInformationMessage(
        doc ? t('Save the bill first: its settings file {0} is kept beside it.', CONFIG_FILE) : t('Open a bill first: its settings file {0} is kept beside it.', CONFIG_FILE),
      );
      return undefined;
    }
    const uri = vscode.Uri.joinPath(folder, CONFIG_FILE);
    let exists = false;
    try {
      await vscode.workspace.fs.stat(uri);
      exists = true;
    } catch {
      exists = false;
    }
    if (!exists) {
      // Nothing in it changes how the bill is checked until the drafter says so.
      const template = `{\n  "rules": {},\n  "model": "causation"\n}\n`;
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(template));
      configs.clear();
      log.info(`Created ${uri.toString(true)}.`);
    }
    await vscode.window.showTextDocument(uri);
    return uri.toString();
  }

  const previews = new FixPreviews(views, applyFix);

  const reg = (id: string, fn: (...a: any[]) => unknown) => vscode.commands.registerCommand(id, fn);
  const asArgs = <T extends object>(a: unknown): T => (a && typeof a === 'object' && !(a instanceof vscode.Uri) ? (a as T) : ({} as T));
  return [
    reg(COMMANDS.lintNow, (uri?: unknown) => lintNow(typeof uri === 'string' ? uri : uri instanceof vscode.Uri ? uri.toString() : undefined)),
    reg(COMMANDS.fixAll, (a?: { uri?: string; version?: number }) => fixAllIn(asArgs(a))),
    reg(COMMANDS.fixAllOfRule, (a: { uri: string; version: number; ruleId: string }) => fixAllIn(a)),
    reg(COMMANDS.applyFix, (a: FixArgs) => applyFix(a)),
    reg(COMMANDS.previewFix, (a: FixArgs) => previews.show(a)),
    reg(COMMANDS.applyPreviewedFix, (uri?: unknown) => previews.applyPreviewed(typeof uri === 'string' || uri instanceof vscode.Uri ? uri : undefined)),
    previews,
    reg(COMMANDS.insertClause, (a?: LocationArgs) => insertClause(asArgs(a))),
    reg(COMMANDS.compareWithClause, (a?: LocationArgs) => compareWithClause(asArgs(a))),
    reg(COMMANDS.showRuleDocs, (id?: string) => showRuleDocs(id)),
    reg(COMMANDS.openTrainingBill, () => openTrainingBill()),
    reg(COMMANDS.showLog, () => log.show(true)),
    reg(COMMANDS.openSettingsFile, () => openSettingsFile()),
  ];
}
