// Read-only virtual documents under the `np-lint-view:` scheme: a rule's guidance page (when the
// packaged page is missing) and the two sides of "compare with a model clause". The assistant never
// checks these documents (the scheme is not in LINTED_SCHEMES).
import * as vscode from 'vscode';
import { VIEW_SCHEME } from './ids.js';
import { guidanceMarkdown } from './render.js';

export class ViewProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly texts = new Map<string, string>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.emitter.event;
  private counter = 0;

  provideTextDocumentContent(uri: vscode.Uri): string {
    const stored = this.texts.get(uri.toString());
    if (stored !== undefined) return stored;
    const m = /^\/guidance\/([a-z0-9-]+)\.md$/.exec(uri.path);
    if (m) return guidanceMarkdown(m[1]!);
    return '';
  }

  /** A new read-only document with this text; `name` is what the editor tab shows. */
  create(name: string, text: string): vscode.Uri {
    const safe = name.replace(/[\\/:*?"<>|#%]+/g, ' ').replace(/\s+/g, ' ').trim() || 'text';
    const uri = vscode.Uri.from({ scheme: VIEW_SCHEME, path: `/compare/${++this.counter}/${safe}.md` });
    this.texts.set(uri.toString(), text);
    return uri;
  }

  guidanceUri(ruleId: string): vscode.Uri {
    return vscode.Uri.from({ scheme: VIEW_SCHEME, path: `/guidance/${ruleId}.md` });
  }

  dispose(): void {
    this.emitter.dispose();
    this.texts.clear();
  }
}
