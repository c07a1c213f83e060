// Code actions for the findings: the fix (preferred), "Fix all <rule> in this bill", the guidance,
// a model clause beside provision-level findings, and source.fixAll.npLint for "fix on save".
// Every quick fix goes through a command that checks the document version first (see commands.ts);
// the fix-all action for saving carries an edit computed for the version it was asked for.
import * as vscode from 'vscode';
import { RULES_BY_ID, fixAll, type Finding } from '../engine/index.js';
import { minimalEdit } from './edits.js';
import { COMMANDS, KIND_SUFFIX } from './ids.js';
import type { Linter, Published } from './linter.js';
import type { SuppressArgs } from './deviations.js';

export const KINDS = {
  fix: vscode.CodeActionKind.QuickFix.append(KIND_SUFFIX),
  fixAllOfRule: vscode.CodeActionKind.QuickFix.append(KIND_SUFFIX).append('fixAllOfRule'),
  docs: vscode.CodeActionKind.QuickFix.append(KIND_SUFFIX).append('showWhy'),
  insertClause: vscode.CodeActionKind.QuickFix.append(KIND_SUFFIX).append('insertClause'),
  compare: vscode.CodeActionKind.QuickFix.append(KIND_SUFFIX).append('compare'),
  suppress: vscode.CodeActionKind.QuickFix.append(KIND_SUFFIX).append('suppress'),
  sourceFixAll: vscode.CodeActionKind.SourceFixAll.append(KIND_SUFFIX),
};

export interface FixArgs {
  uri: string;
  version: number;
  title: string;
  ruleId: string;
  edits: { start: number; end: number; newText: string }[];
  /** The fix adds or removes a subsection, paragraph or sentence (Fix.structural): said in the log. */
  structural?: boolean;
}

function intersects(f: Finding, doc: vscode.TextDocument, range: vscode.Range): boolean {
  const start = doc.offsetAt(range.start);
  const end = doc.offsetAt(range.end);
  const a = f.range.start.offset;
  const b = f.range.end.offset;
  return a <= end && start <= b;
}

function title(ruleId: string): string {
  return RULES_BY_ID.get(ruleId)?.meta.title ?? ruleId;
}

export class CodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, KINDS.fix, KINDS.sourceFixAll],
    documentation: [{ kind: vscode.CodeActionKind.QuickFix, command: { command: COMMANDS.showRuleDocs, title: vscode.l10n.t('About the non-punishment checks') } }],
  };

  constructor(private readonly linter: Linter) {}

  async provideCodeActions(doc: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const p = await this.linter.ensureCurrent(doc);
    if (!p) return [];
    const only = context.only;
    const wants = (kind: vscode.CodeActionKind) => !only || only.contains(kind) || kind.contains(only);
    const out: vscode.CodeAction[] = [];
    if (only && wants(KINDS.sourceFixAll) && !only.contains(vscode.CodeActionKind.QuickFix)) {
      if (p.findings.some((f) => f.fixes.length)) {
        const a = this.sourceFixAll(doc, p);
        if (a) out.push(a);
      }
      return out;
    }
    if (!wants(vscode.CodeActionKind.QuickFix)) return out;
    const here = p.findings.map((f, i) => ({ f, d: p.diagnostics[i]! })).filter(({ f }) => intersects(f, doc, range));
    const later: vscode.CodeAction[] = [];
    const rulesDone = new Set<string>();
    const provisionsDone = new Set<string>();
    for (const { f, d } of here) {
      f.fixes.forEach((fix, i) => {
        const a = new vscode.CodeAction(fix.title, KINDS.fix);
        a.diagnostics = [d];
        a.isPreferred = i === 0;
        const args: FixArgs = { uri: doc.uri.toString(), version: p.version, title: fix.title, ruleId: f.ruleId, edits: fix.edits, ...(fix.structural ? { structural: true } : {}) };
        a.command = { command: COMMANDS.applyFix, title: fix.title, arguments: [args] };
        out.push(a);
        if (fix.structural) {
          // A new or removed subsection can be looked at before it is applied (fixPreview.ts).
          const pv = new vscode.CodeAction(vscode.l10n.t('Show the change first: {0}', fix.title), KINDS.fix);
          pv.diagnostics = [d];
          pv.command = { command: COMMANDS.previewFix, title: pv.title, arguments: [args] };
          out.push(pv);
        }
      });
      if (!rulesDone.has(f.ruleId)) {
        rulesDone.add(f.ruleId);
        // A rule whose remedy is a new provision (missing-non-punishment-provision): the clause
        // picker, good models for this rule first, inserting at the end of the bill.
        const insertAction = RULES_BY_ID.get(f.ruleId)?.meta.insertAction;
        if (insertAction) {
          const a = new vscode.CodeAction(vscode.l10n.t(insertAction), KINDS.insertClause);
          a.diagnostics = [d];
          a.isPreferred = f.fixes.length === 0;
          a.command = { command: COMMANDS.insertClause, title: a.title, arguments: [{ uri: doc.uri.toString(), offset: doc.getText().length, ruleId: f.ruleId }] };
          out.push(a);
        }
        const fixable = p.findings.filter((x) => x.ruleId === f.ruleId && x.fixes.length).length;
        if (fixable > 1) {
          const t = vscode.l10n.t('Fix all “{0}” problems in this bill', title(f.ruleId));
          const a = new vscode.CodeAction(t, KINDS.fixAllOfRule);
          a.diagnostics = p.findings.map((x, i) => (x.ruleId === f.ruleId ? p.diagnostics[i]! : undefined)).filter((x): x is vscode.Diagnostic => !!x);
          a.command = { command: COMMANDS.fixAllOfRule, title: t, arguments: [{ uri: doc.uri.toString(), version: p.version, ruleId: f.ruleId }] };
          later.push(a);
        }
        const why = new vscode.CodeAction(vscode.l10n.t('Show why: “{0}” (documentation)', title(f.ruleId)), KINDS.docs);
        why.diagnostics = [d];
        why.command = { command: COMMANDS.showRuleDocs, title: why.title, arguments: [f.ruleId] };
        later.push(why);
      }
      // A deliberate deviation, recorded with its reason (src/extension/deviations.ts).
      const at = f.range.start.offset;
      const section = p.outline.find((x) => x.headingEnd > x.headingStart && x.start <= at && at < x.end);
      const sup = new vscode.CodeAction(vscode.l10n.t('Suppress here, with a reason…'), KINDS.suppress);
      sup.diagnostics = [d];
      const supArgs: SuppressArgs = { uri: doc.uri.toString(), version: p.version, ruleId: f.ruleId, offset: at, ...(f.provision ? { provision: f.provision } : {}), ...(section ? { section: { start: section.start, end: section.end } } : {}) };
      sup.command = { command: COMMANDS.suppressWithReason, title: sup.title, arguments: [supArgs] };
      later.push(sup);
      if (f.provision && !provisionsDone.has(f.provision)) {
        provisionsDone.add(f.provision);
        const ins = new vscode.CodeAction(vscode.l10n.t('Insert a model clause after {0}…', f.provision), KINDS.insertClause);
        ins.diagnostics = [d];
        ins.command = { command: COMMANDS.insertClause, title: ins.title, arguments: [{ uri: doc.uri.toString(), offset: f.range.start.offset, ruleId: f.ruleId }] };
        later.push(ins);
        const cmp = new vscode.CodeAction(vscode.l10n.t('Compare {0} with a model clause…', f.provision), KINDS.compare);
        cmp.diagnostics = [d];
        cmp.command = { command: COMMANDS.compareWithClause, title: cmp.title, arguments: [{ uri: doc.uri.toString(), offset: f.range.start.offset, ruleId: f.ruleId }] };
        later.push(cmp);
      }
    }
    return [...out, ...later];
  }

  /**
   * "Fix all" carries its edit, computed for this version of the bill, rather than a command: on
   * save VS Code applies a code action's edit before it writes the file, whereas a command's edit
   * could land after the save and leave the bill changed but unsaved.
   */
  private sourceFixAll(doc: vscode.TextDocument, p: Published): vscode.CodeAction | undefined {
    if (doc.version !== p.version) return undefined;
    const before = doc.getText();
    const change = minimalEdit(before, fixAll(before, { config: p.config }).text);
    if (!change) return undefined;
    const t = vscode.l10n.t('Fix every problem the assistant can fix in this bill');
    const a = new vscode.CodeAction(t, KINDS.sourceFixAll);
    a.edit = new vscode.WorkspaceEdit();
    a.edit.replace(doc.uri, new vscode.Range(doc.positionAt(change.start), doc.positionAt(change.end)), change.newText);
    return a;
  }
}
