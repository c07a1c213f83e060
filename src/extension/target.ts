// Which bill a command acts on. A command run from the editor acts on the bill in it, at the cursor;
// run from elsewhere (a walkthrough button, the Problems panel, the palette while another view has the
// focus: then there is no active text editor) it acts on the bill the drafter can see, the one they
// looked at last if several are shown. And the walkthrough's progress: a step is ticked only when what
// it asks for succeeded.
import * as vscode from 'vscode';
import { findDocument } from './edits.js';

export interface BillTarget {
  editor: vscode.TextEditor;
  /** The bill's editor had the focus: its cursor says where the drafter is. */
  atCursor: boolean;
}

export class Bills implements vscode.Disposable {
  /** The bill whose editor had the focus last. */
  private last?: string;
  private readonly sub: vscode.Disposable;

  constructor(private readonly isBill: (doc: vscode.TextDocument) => boolean) {
    const note = (e: vscode.TextEditor | undefined) => {
      if (e && this.isBill(e.document)) this.last = e.document.uri.toString();
    };
    note(vscode.window.activeTextEditor);
    this.sub = vscode.window.onDidChangeActiveTextEditor(note);
  }

  dispose(): void {
    this.sub.dispose();
  }

  /** The bill document a command acts on (see the module's comment), without showing anything. */
  document(uri?: string): vscode.TextDocument | undefined {
    if (uri) return findDocument(uri);
    const active = vscode.window.activeTextEditor;
    if (active && this.isBill(active.document)) return active.document;
    return this.visible()?.document ?? this.inTab();
  }

  /** The last bill looked at, if it is still open in a tab (behind the walkthrough, say). */
  private inTab(): vscode.TextDocument | undefined {
    if (!this.last) return undefined;
    const open = vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === this.last));
    const doc = open ? findDocument(this.last) : undefined;
    return doc && !doc.isClosed ? doc : undefined;
  }

  private visible(): vscode.TextEditor | undefined {
    const bills = vscode.window.visibleTextEditors.filter((e) => this.isBill(e.document));
    return bills.find((e) => e.document.uri.toString() === this.last) ?? bills[0];
  }

  /**
   * The editor of the bill a command acts on: the one given by URI (shown if it is not), the active
   * bill, else the visible bill, else the last bill looked at if it is still open (shown beside).
   */
  async editor(uri?: string): Promise<BillTarget | undefined> {
    if (uri) {
      const shown = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri);
      if (shown) return { editor: shown, atCursor: shown === vscode.window.activeTextEditor };
      const doc = findDocument(uri) ?? (await vscode.workspace.openTextDocument(vscode.Uri.parse(uri)));
      return { editor: await vscode.window.showTextDocument(doc), atCursor: false };
    }
    const active = vscode.window.activeTextEditor;
    if (active && this.isBill(active.document)) return { editor: active, atCursor: true };
    const visible = this.visible();
    if (visible) return { editor: visible, atCursor: false };
    const doc = this.inTab();
    if (doc) return { editor: await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside }), atCursor: false };
    return undefined;
  }
}

/** The walkthrough's steps that are ticked by a context key set when they succeed (package.json). */
export const WALKTHROUGH_STEPS = {
  opened: 'npLint.walkthrough.opened',
  guidanceRead: 'npLint.walkthrough.guidanceRead',
  fixed: 'npLint.walkthrough.fixed',
  compared: 'npLint.walkthrough.compared',
  inserted: 'npLint.walkthrough.inserted',
} as const;

export type WalkthroughStep = keyof typeof WALKTHROUGH_STEPS;

export class Walkthrough {
  /** How many times each step succeeded in this session (for the integration tests). */
  readonly done = new Map<WalkthroughStep, number>();

  async succeeded(step: WalkthroughStep): Promise<void> {
    const n = this.done.get(step) ?? 0;
    this.done.set(step, n + 1);
    if (n === 0) await vscode.commands.executeCommand('setContext', WALKTHROUGH_STEPS[step], true);
  }
}
