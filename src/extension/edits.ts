// Applies text edits to the document version they were computed for, and to no other.
import * as vscode from 'vscode';
import { applyEdits, type TextEdit } from '../engine/index.js';

/** 'declined': the drafter closed the preview of a structural fix without applying it. */
export type ApplyOutcome = 'applied' | 'stale' | 'closed' | 'failed' | 'declined';

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
export async function applyVersioned(doc: vscode.TextDocument, version: number, edits: readonly TextEdit[], preview?: { label: string; description?: string }): Promise<ApplyOutcome> {
  if (doc.isClosed) return 'closed';
  if (doc.version !== version) return 'stale';
  const text = doc.getText();
  // The engine drops overlapping edits, so that a fix can never garble the drafter's words.
  const { applied } = applyEdits(text, [...edits]);
  const we = new vscode.WorkspaceEdit();
  // A structural fix (a new subsection, a paragraph left out) is shown as a preview for the drafter
  // to confirm (WorkspaceEditEntryMetadata.needsConfirmation); a word replacement applies at once.
  const metadata: vscode.WorkspaceEditEntryMetadata | undefined = preview ? { needsConfirmation: true, label: preview.label, ...(preview.description ? { description: preview.description } : {}) } : undefined;
  for (const e of applied) {
    const range = new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end));
    if (metadata) we.replace(doc.uri, range, e.newText, metadata);
    else we.replace(doc.uri, range, e.newText);
  }
  const ok = await vscode.workspace.applyEdit(we);
  if (ok) return doc.version !== version || !preview ? 'applied' : 'declined';
  if (doc.version !== version) return 'stale';
  return preview ? 'declined' : 'failed';
}
