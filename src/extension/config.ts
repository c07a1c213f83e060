// Where the assistant's settings come from, in order: the `.np-lint.json` nearest the bill (its folder
// or any folder above it, up to the workspace folder), then the user's or workspace's settings, then
// the rules' defaults. The engine parses and checks both (parseConfig); this file only finds them.
import * as vscode from 'vscode';
import { ConfigError, parseConfig, type LintConfig } from '../engine/index.js';
import { CONFIG_FILE, SECTION } from './ids.js';

export type RunMode = 'onType' | 'onSave' | 'manual';
export type CitationStyle = 'footnote' | 'draftingNote';

export interface Settings {
  enable: boolean;
  run: RunMode;
  debounce: number;
  citationStyle: CitationStyle;
  severity: Record<string, string>;
}

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const run = c.get<string>('run', 'onType');
  const style = c.get<string>('citationStyle', 'footnote');
  const debounce = Number(c.get<number>('debounce', 300));
  return {
    enable: c.get<boolean>('enable', true) !== false,
    run: run === 'onSave' || run === 'manual' ? run : 'onType',
    debounce: Number.isFinite(debounce) ? Math.min(5000, Math.max(0, debounce)) : 300,
    citationStyle: style === 'draftingNote' ? 'draftingNote' : 'footnote',
    severity: { ...(c.get<Record<string, string>>('severity') ?? {}) },
  };
}

export interface ResolvedConfig {
  config: LintConfig;
  /** The settings file used, if any. */
  file?: vscode.Uri;
  /** One-line problems with the settings file or the settings, fit to show a drafter. */
  problems: string[];
}

interface FileEntry {
  uri: vscode.Uri;
  config?: LintConfig;
  problem?: string;
}

function parentOf(uri: vscode.Uri): vscode.Uri | undefined {
  const path = uri.path.replace(/\/+$/, '');
  const i = path.lastIndexOf('/');
  if (i < 0 || path === '') return undefined;
  return uri.with({ path: i === 0 ? '/' : path.slice(0, i) });
}

function isInside(child: vscode.Uri, folder: vscode.Uri): boolean {
  if (child.scheme !== folder.scheme || child.authority !== folder.authority) return false;
  const f = folder.path.replace(/\/+$/, '');
  return child.path === f || child.path.startsWith(`${f}/`);
}

export class ConfigResolver implements vscode.Disposable {
  /** Per folder: the settings file found there (null: none). */
  private readonly byFolder = new Map<string, Promise<FileEntry | null>>();
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly log: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`);
    const changed = (uri: vscode.Uri) => {
      this.log.info(`${CONFIG_FILE} changed: ${uri.toString(true)}`);
      this.clear();
    };
    this.disposables.push(
      watcher,
      watcher.onDidCreate(changed),
      watcher.onDidChange(changed),
      watcher.onDidDelete(changed),
      // Loose files outside the workspace are not watched: saving one in the editor is enough.
      vscode.workspace.onDidSaveTextDocument((d) => {
        if (d.uri.path.endsWith(`/${CONFIG_FILE}`)) changed(d.uri);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(SECTION)) this.emitter.fire();
      }),
      this.emitter,
    );
  }

  clear(): void {
    this.byFolder.clear();
    this.emitter.fire();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  /** The folders to search for a document, nearest first. */
  private foldersFor(uri: vscode.Uri): vscode.Uri[] {
    const root = vscode.workspace.getWorkspaceFolder(uri)?.uri;
    if (uri.scheme === 'untitled') {
      const first = vscode.workspace.workspaceFolders?.[0]?.uri;
      return first ? [first] : [];
    }
    const out: vscode.Uri[] = [];
    const same = (a: vscode.Uri, b: vscode.Uri) => a.path.replace(/\/+$/, '') === b.path.replace(/\/+$/, '');
    let dir = parentOf(uri);
    while (dir && out.length < 64) {
      if (root && !isInside(dir, root)) break;
      out.push(dir);
      if ((root && same(dir, root)) || dir.path === '/') break;
      dir = parentOf(dir);
    }
    return out;
  }

  private fileIn(folder: vscode.Uri): Promise<FileEntry | null> {
    const key = folder.toString();
    let p = this.byFolder.get(key);
    if (!p) {
      const uri = vscode.Uri.joinPath(folder, CONFIG_FILE);
      p = Promise.resolve(vscode.workspace.fs.readFile(uri)).then(
        (bytes): FileEntry => {
          const name = vscode.workspace.asRelativePath(uri, false);
          try {
            return { uri, config: parseConfig(new TextDecoder('utf-8').decode(bytes), name) };
          } catch (e) {
            const message = e instanceof ConfigError ? e.message : `${name}: ${(e as Error).message}`;
            return { uri, problem: message };
          }
        },
        () => null,
      );
      this.byFolder.set(key, p);
    }
    return p;
  }

  /** The configuration for a document: the nearest settings file over the settings. */
  async forDocument(doc: vscode.TextDocument, settings: Settings = readSettings(doc.uri)): Promise<ResolvedConfig> {
    const problems: string[] = [];
    let fromSettings: LintConfig = {};
    if (Object.keys(settings.severity).length) {
      try {
        fromSettings = parseConfig(JSON.stringify({ rules: settings.severity }), `The setting "${SECTION}.severity"`);
      } catch (e) {
        problems.push((e as Error).message);
      }
    }
    let file: FileEntry | null = null;
    for (const folder of this.foldersFor(doc.uri)) {
      file = await this.fileIn(folder);
      if (file) break;
    }
    if (file?.problem) problems.push(file.problem);
    const fromFile = file?.config ?? {};
    const config: LintConfig = { rules: { ...fromSettings.rules, ...fromFile.rules } };
    if (fromFile.model) config.model = fromFile.model;
    const out: ResolvedConfig = { config, problems };
    if (file) out.file = file.uri;
    return out;
  }
}
