// "Open a Word bill as Markdown": converts a .docx (chosen in a dialog, or from the Explorer's context
// menu) into an untitled Markdown document, checked at once. Reads through `workspace.fs` and converts
// with the pure module src/convert, so it works in VS Code for the Web too.
import * as vscode from 'vscode';
import { convertDocx, WordError } from '../convert/docx.js';
import { COMMANDS } from './ids.js';
import type { Linter } from './linter.js';

const t = vscode.l10n.t;

/** Converts the Word document at `uri` (or one the drafter picks) and opens the Markdown; returns the new document's URI. */
export async function openWordAsMarkdown(linter: Linter, log: vscode.LogOutputChannel, uri?: vscode.Uri): Promise<string | undefined> {
  let target = uri;
  if (!target) {
    const picked = await vscode.window.showOpenDialog({
      canSelectMany: false,
      openLabel: t('Open as Markdown'),
      title: t('Open a Word bill as Markdown'),
      filters: { [t('Word documents')]: ['docx'] },
      defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    });
    target = picked?.[0];
  }
  if (!target) return undefined;
  const name = target.path.split('/').pop() ?? target.path;
  let markdown: string;
  let tracked = false;
  try {
    const bytes = await vscode.workspace.fs.readFile(target);
    const converted = await convertDocx(bytes);
    markdown = converted.markdown;
    tracked = converted.trackedChanges;
  } catch (e) {
    const why = e instanceof WordError ? e.message : (e as Error).message;
    log.warn(`Cannot open ${target.toString(true)} as Markdown: ${why}`);
    void vscode.window.showErrorMessage(t('{0} cannot be opened as Markdown: {1}.', name, why));
    return undefined;
  }
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
  await vscode.window.showTextDocument(doc);
  log.info(`Opened ${target.toString(true)} as Markdown (${markdown.length} characters${tracked ? ', tracked changes accepted' : ''}).`);
  await linter.lintNow(doc, `converted from ${name}`);
  if (tracked) void vscode.window.showInformationMessage(t('{0} has tracked changes: the Markdown shows it as if all of them had been accepted.', name));
  return doc.uri.toString();
}

export function registerWordCommands(linter: Linter, log: vscode.LogOutputChannel): vscode.Disposable[] {
  return [vscode.commands.registerCommand(COMMANDS.openWordAsMarkdown, (uri?: unknown) => openWordAsMarkdown(linter, log, uri instanceof vscode.Uri ? uri : undefined))];
}
