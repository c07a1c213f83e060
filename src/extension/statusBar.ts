// The status bar item: the active bill's number of findings; selecting it opens the Problems panel.
import * as vscode from 'vscode';
import { readSettings } from './config.js';
import { COMMANDS } from './ids.js';
import type { Linter } from './linter.js';

export class StatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('npLint.status', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly linter: Linter) {
    this.item.name = vscode.l10n.t('Non-Punishment Drafting Assistant');
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      linter.onDidPublish(() => this.update()),
      vscode.workspace.onDidChangeConfiguration(() => this.update()),
    );
    this.update();
  }

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !this.linter.isBill(doc) || !readSettings(doc.uri).enable) {
      this.item.hide();
      return;
    }
    const p = this.linter.latest(doc.uri);
    if (!p) {
      this.item.text = `$(law) ${vscode.l10n.t('Not checked')}`;
      this.item.tooltip = vscode.l10n.t('This bill has not been checked yet. Select to check it now.');
      this.item.command = COMMANDS.lintNow;
      this.item.backgroundColor = undefined;
    } else {
      const n = p.findings.length;
      const errors = p.findings.filter((f) => f.severity === 'error').length;
      this.item.text = n === 0 ? `$(pass) ${vscode.l10n.t('No findings')}` : `$(law) ${n === 1 ? vscode.l10n.t('1 finding') : vscode.l10n.t('{0} findings', n)}`;
      const stale = p.version !== doc.version ? ` ${vscode.l10n.t('(from an earlier version of the text)')}` : '';
      this.item.tooltip =
        n === 0
          ? vscode.l10n.t('Non-punishment review: nothing to report in this bill.') + stale
          : (n === 1
              ? errors === 1
                ? vscode.l10n.t('Non-punishment review: 1 finding in this bill, a serious one. Select to open the Problems panel.')
                : vscode.l10n.t('Non-punishment review: 1 finding in this bill. Select to open the Problems panel.')
              : errors === 0
                ? vscode.l10n.t('Non-punishment review: {0} findings in this bill, none of them serious. Select to open the Problems panel.', n)
                : vscode.l10n.t('Non-punishment review: {0} findings in this bill, {1} of them serious. Select to open the Problems panel.', n, errors)) + stale;
      this.item.command = 'workbench.actions.view.problems';
      this.item.backgroundColor = undefined;
    }
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
