// Applies text edits to the document version they were computed for, and to no other.
import * as vscode from 'vscode';
import { applyEdits, type TextEdit } from '../engine/index.js';

export type ApplyOutcome = 'applied' | 'stale' | 'closed' | 'failed';

/** The smallest single edit that turns `before` into `after` (common start and end kept). */
export function minimalEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before.charCodeAt(endB - 1) === after.charCodeAt(endA - 1)) {
    endB--;
    endA--;
  }
  // Never split a surrogate pair or a CRLF.
  while (start > 0 && (isLow(before.charCodeAt(start)) || (before.charCodeAt(start) === 10 && before.charCodeAt(start - 1) === 13))) start--;
  while (endB < before.length && endB > start && (isHigh(before.charCodeAt(endB - 1)) || (before.charCodeAt(endB - 1) === 13 && before.charCodeAt(endB) === 10))) {
    endB++;
    endA++;
  }
  return { start, end: endB, newText: after.slice(start, endA) };
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

export function findDocument(uri: string | vscode.Uri): vscode.TextDocument | undefined {
  const key = typeof uri === 'string' ? uri : uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
}

/**
 * Applies offset edits computed on `version` of the document. Refuses (returns 'stale') when the
 * document is at another version; VS Code also refuses if the document changes before the edit
 * lands (the edit carries the version the extension host saw).
 */
export async function applyVersioned(doc: vscode.TextDocument, version: number, edits: readonly TextEdit[]): Promise<ApplyOutcome> {
  if (doc.isClosed) return 'closed';
  if (doc.version !== version) return 'stale';
  const text = doc.getText();
  // The engine drops overlapping edits, so that a fix can never garble the drafter's words.
  const { applied } = applyEdits(text, [...edits]);
  const we = new vscode.WorkspaceEdit();
  // Every fix applies at once and is undone with one Undo. (A structural fix was once marked
  // needsConfirmation: VS Code's refactor preview then lists it unticked, so the drafter must tick it
  // before "Apply" does anything, which a drafter cannot be expected to know.)
  for (const e of applied) we.replace(doc.uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.newText);
  const ok = await vscode.workspace.applyEdit(we);
  if (ok) return 'applied';
  if (doc.version !== version) return 'stale';
  return 'failed';
}
