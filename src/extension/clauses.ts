// A thin layer over the clause corpus (src/corpus): the library (built-in clauses plus the drafting
// office's own in `.np-lint/clauses/`), and a searchable quick pick.
import * as vscode from 'vscode';
import { loadLibrary, WORKSPACE_CLAUSES_FOLDER, type ClauseFileText, type ClauseLibrary } from '../corpus/library.js';
import { createClauseSearch } from '../corpus/search.js';
import { groupPickItems } from '../corpus/picker.js';
import type { ClauseRecord } from '../corpus/types.js';

interface PickItem extends vscode.QuickPickItem {
  clauseId?: string;
}

async function workspaceClauseFiles(folder: vscode.Uri | undefined, log: vscode.LogOutputChannel): Promise<ClauseFileText[]> {
  if (!folder) return [];
  const dir = vscode.Uri.joinPath(folder, ...WORKSPACE_CLAUSES_FOLDER.split('/').filter(Boolean));
  let entries: [string, vscode.FileType][];
  try {
    // stat first: a missing folder is the usual case, and VS Code logs a failed readDirectory.
    if ((await vscode.workspace.fs.stat(dir)).type !== vscode.FileType.Directory) return [];
    entries = await vscode.workspace.fs.readDirectory(dir);
  } catch {
    return [];
  }
  const out: ClauseFileText[] = [];
  for (const [name, type] of entries) {
    if (type !== vscode.FileType.File || !/\.md$/i.test(name)) continue;
    try {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(dir, name));
      out.push({ name: `${WORKSPACE_CLAUSES_FOLDER}${name}`, text: new TextDecoder('utf-8').decode(bytes) });
    } catch (e) {
      log.warn(`Could not read ${WORKSPACE_CLAUSES_FOLDER}${name}: ${(e as Error).message}`);
    }
  }
  return out;
}

/** The clauses a drafter can insert into this document: the built-in ones and the office's own. */
export async function libraryFor(doc: vscode.TextDocument | undefined, log: vscode.LogOutputChannel): Promise<ClauseLibrary> {
  const folder = (doc && vscode.workspace.getWorkspaceFolder(doc.uri)?.uri) ?? vscode.workspace.workspaceFolders?.[0]?.uri;
  const library = loadLibrary(await workspaceClauseFiles(folder, log));
  for (const p of library.problems) log.warn(p.message);
  if (library.problems.length) {
    const n = library.problems.length;
    void vscode.window.showWarningMessage(
      n === 1
        ? vscode.l10n.t('A clause file in {0} could not be used; see the assistant’s log for why.', WORKSPACE_CLAUSES_FOLDER)
        : vscode.l10n.t('{0} clause files in {1} could not be used; see the assistant’s log for why.', n, WORKSPACE_CLAUSES_FOLDER),
    );
  }
  return library;
}

/**
 * Asks the drafter for a clause: type a country, an instrument or a topic. Good models come first,
 * then treaties and guidance (inserted as drafting notes), then provisions with known defects (for
 * comparison only), each group under its own heading.
 */
export function pickClause(library: ClauseLibrary, title: string, remedy?: string): Promise<ClauseRecord | undefined> {
  const search = createClauseSearch(library.clauses);
  const qp = vscode.window.createQuickPick<PickItem>();
  qp.title = title;
  qp.placeholder = vscode.l10n.t('Search model clauses by country, instrument or topic, e.g. “Kenya”, “burden of proof”, “child”');
  qp.matchOnDescription = true;
  qp.matchOnDetail = true;
  const show = (query: string) => {
    const items: PickItem[] = [];
    for (const g of groupPickItems(search.search(query, remedy ? { limit: 60, remedy } : { limit: 60 }))) {
      items.push({ label: g.label, kind: vscode.QuickPickItemKind.Separator });
      for (const i of g.items) items.push({ label: i.label, description: i.description, detail: i.detail, clauseId: i.clauseId, alwaysShow: true });
    }
    qp.items = items;
  };
  show('');
  return new Promise((resolve) => {
    let done = false;
    const finish = (c: ClauseRecord | undefined) => {
      if (done) return;
      done = true;
      resolve(c);
      qp.dispose();
    };
    qp.onDidChangeValue(show);
    qp.onDidAccept(() => {
      // While the list is being refreshed for the last keystroke, nothing may be selected yet: keep the picker open.
      const item = qp.selectedItems[0] ?? qp.activeItems[0];
      if (item?.clauseId) finish(library.byId(item.clauseId));
    });
    qp.onDidHide(() => finish(undefined));
    qp.show();
  });
}
