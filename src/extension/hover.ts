// The hover on a flagged passage: the rule's title, a plain explanation, the cited passages quoted
// verbatim with their pinpoint citations, and links to the full guidance and a model clause.
import * as vscode from 'vscode';
import type { Linter } from './linter.js';
import { hoverMarkdown, toRange } from './render.js';

export class Hovers implements vscode.HoverProvider {
  constructor(private readonly linter: Linter) {}

  async provideHover(doc: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const p = await this.linter.ensureCurrent(doc);
    if (!p) return undefined;
    const at = doc.offsetAt(position);
    const here = p.findings.filter((f) => f.range.start.offset <= at && at < Math.max(f.range.end.offset, f.range.start.offset + 1));
    if (!here.length) return undefined;
    const range = here.map((f) => toRange(f.range)).reduce((a, b) => a.intersection(b) ?? a);
    return new vscode.Hover(hoverMarkdown(here), range);
  }
}
