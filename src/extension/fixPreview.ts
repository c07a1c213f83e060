// "Show the change first": a fix that adds or removes a subsection, paragraph or sentence
// (Fix.structural) can be previewed before it is applied. The bill as it is and the bill with the fix
// open side by side in a diff editor; "Apply this fix" (a button in the diff editor's title bar, and
// in the notification that opens with it) applies exactly the previewed edits, refusing if the bill
// changed in between (applyVersioned). Closing the diff applies nothing.
//
// (VS Code's own refactor preview, reached by marking a WorkspaceEdit `needsConfirmation`, lists such
// edits unticked, so "Apply" there applies nothing unless the drafter knows to tick each change.)
import * as vscode from 'vscode';
import { applyEdits } from '../engine/index.js';
import type { FixArgs } from './codeActions.js';
import { findDocument, type ApplyOutcome } from './edits.js';
import { FIX_PREVIEWS_CONTEXT } from './ids.js';
import type { ViewProvider } from './views.js';

const t = vscode.l10n.t;

export interface PreviewShown {
  /** The two read-only sides of the diff (np-lint-view: URIs), as strings. */
  before: string;
  after: string;
}

export class FixPreviews implements vscode.Disposable {
  /** Pending previews by the URI of their "after" side. */
  private readonly pending = new Map<string, FixArgs>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly views: ViewProvider,
    private readonly apply: (args: FixArgs) => Promise<ApplyOutcome>,
  ) {
    // A preview whose diff was closed is forgotten: its button must not outlive it.
    this.subscriptions.push(
      vscode.window.tabGroups.onDidChangeTabs((e) => {
        for (const tab of e.closed) {
          if (tab.input instanceof vscode.TabInputTextDiff) this.forget(tab.input.modified.toString());
        }
      }),
    );
  }

  /**
   * Opens the bill before and after the fix side by side. Returns the two sides' URIs, or undefined
   * when the bill is closed or changed since the fix was prepared (the drafter is told).
   */
  async show(args: FixArgs): Promise<PreviewShown | undefined> {
    const doc = findDocument(args.uri);
    if (!doc) return undefined;
    if (doc.version !== args.version) {
      void vscode.window.showWarningMessage(t('The bill changed after this fix was prepared, so it cannot be shown. Please choose the fix again.'));
      return undefined;
    }
    const text = doc.getText();
    const after = applyEdits(text, [...args.edits]).text;
    const name = doc.uri.path.split('/').pop() || t('the bill');
    const left = this.views.create(t('{0} (as it is)', name), text);
    const right = this.views.create(t('{0} (with the fix)', name), after);
    this.pending.set(right.toString(), args);
    await this.publish();
    await vscode.commands.executeCommand('vscode.diff', left, right, t('“{0}”: the bill before and after', args.title), { preview: false });
    void vscode.window.showInformationMessage(t('“{0}” changes the structure of the provision. Check the change beside the bill, then apply it or close the comparison.', args.title), t('Apply this fix')).then((choice) => {
      // (A notification outlives its comparison: once applied or closed, its button does nothing.)
      if (choice && this.pending.has(right.toString())) void this.applyPreviewed(right.toString());
    });
    return { before: left.toString(), after: right.toString() };
  }

  /**
   * Applies a previewed fix: the one whose "after" side is `uri` (the button passes it), else the one
   * in the active diff editor, else the most recent. Closes its diff. Returns the outcome, or
   * 'nothing' when no preview is pending.
   */
  async applyPreviewed(uri?: string | vscode.Uri): Promise<ApplyOutcome | 'nothing'> {
    const key = (uri ? uri.toString() : undefined) ?? this.activeAfterSide() ?? [...this.pending.keys()].pop();
    const args = key ? this.pending.get(key) : undefined;
    if (!key || !args) return 'nothing';
    this.forget(key);
    const outcome = await this.apply(args);
    await this.closeDiff(key);
    return outcome;
  }

  private activeAfterSide(): string | undefined {
    const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
    if (input instanceof vscode.TabInputTextDiff && this.pending.has(input.modified.toString())) return input.modified.toString();
    return undefined;
  }

  private async closeDiff(after: string): Promise<void> {
    const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((tab) => tab.input instanceof vscode.TabInputTextDiff && tab.input.modified.toString() === after);
    if (tabs.length) await vscode.window.tabGroups.close(tabs);
  }

  private forget(after: string): void {
    if (this.pending.delete(after)) void this.publish();
  }

  /**
   * The context key that shows "Apply this fix" on the previews' diff editors only: the paths of
   * their "after" sides (a `when` clause's `in` compares strings, so `resourcePath`, not `resource`).
   */
  private publish(): Thenable<unknown> {
    const paths = [...this.pending.keys()].map((k) => vscode.Uri.parse(k).path);
    return vscode.commands.executeCommand('setContext', FIX_PREVIEWS_CONTEXT, paths);
  }

  dispose(): void {
    this.pending.clear();
    for (const s of this.subscriptions) s.dispose();
  }
}
