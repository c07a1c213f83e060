// "Suppress here, with a reason…": records a finding as a deliberate deviation by writing the
// suppression comment with the reason the drafter gives (src/review/deviations.ts builds the edit).
// Above the finding's line, or around the whole provision; an empty reason cancels, since a
// suppression without a reason has no effect. Applied only to the version of the bill it was asked for.
import * as vscode from 'vscode';
import { RULES_BY_ID } from '../engine/index.js';
import { deviationEdits, type DeviationScope } from '../review/deviations.js';
import { applyVersioned, findDocument, type ApplyOutcome } from './edits.js';
import { COMMANDS } from './ids.js';
import type { Linter } from './linter.js';

const t = vscode.l10n.t;

export interface SuppressArgs {
  uri: string;
  version: number;
  ruleId: string;
  /** The finding's start offset. */
  offset: number;
  /** The provision's name and the section holding the finding (outline offsets). */
  provision?: string;
  section?: { start: number; end: number };
  /** Given by code (tests): skip the questions. */
  scope?: DeviationScope;
  reason?: string;
}

export function registerDeviations(linter: Linter, log: vscode.LogOutputChannel): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.suppressWithReason, async (a: SuppressArgs): Promise<ApplyOutcome | 'cancelled'> => {
    const doc = findDocument(a.uri);
    if (!doc) return 'closed';
    const rule = RULES_BY_ID.get(a.ruleId)?.meta.title ?? a.ruleId;
    let scope = a.scope;
    if (!scope) {
      const items: (vscode.QuickPickItem & { scope: DeviationScope })[] = [
        { scope: 'line', label: t('On this line only'), detail: t('Writes <!-- np-lint-disable-next-line {0} -- reason --> above the line', a.ruleId) },
      ];
      if (a.section) items.push({ scope: 'provision', label: t('For the whole of {0}', a.provision ?? t('this provision')), detail: t('Writes <!-- np-lint-disable {0} -- reason --> before it and <!-- np-lint-enable {0} --> after it', a.ruleId) });
      const picked = items.length === 1 ? items[0] : await vscode.window.showQuickPick(items, { title: t('Suppress “{0}”, with a reason', rule) });
      if (!picked) return 'cancelled';
      scope = picked.scope;
    }
    const reason =
      a.reason ??
      (await vscode.window.showInputBox({
        title: t('Suppress “{0}”, with a reason', rule),
        prompt: t('Why is this a deliberate choice? Reviewers see the reason in every report.'),
        placeHolder: t('For example: the list follows the treaty the bill implements'),
      }));
    if (!reason || !reason.trim()) return 'cancelled';
    if (doc.isClosed) return 'closed';
    const edits = deviationEdits(doc.getText(), { ruleId: a.ruleId, reason, offset: a.offset, scope, ...(a.section ? { section: a.section } : {}) });
    if (!Array.isArray(edits)) {
      void vscode.window.showWarningMessage(edits.error);
      return 'cancelled';
    }
    const outcome = await applyVersioned(doc, a.version, edits);
    if (outcome === 'stale') {
      void vscode.window.showWarningMessage(t('The bill changed while the reason was being written, so the suppression was not added. Please choose “Suppress here, with a reason…” again.'));
      void linter.lintNow(doc, 'after a refused suppression');
    } else if (outcome === 'applied') log.info(`Suppressed ${a.ruleId} (${scope}) in ${doc.uri.toString(true)}, with a reason.`);
    return outcome;
  });
}
