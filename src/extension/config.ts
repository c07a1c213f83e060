// Where the assistant's settings come from, in order: the `.np-lint.json` nearest the bill (its folder
// or any folder above it, up to the workspace folder), then the user's or workspace's settings, then
// the rules' defaults. The settings file is found and read by the same loader as the CLI's
// (src/config), through `workspace.fs` (so it works in VS Code for the Web and in virtual
// workspaces). Problems in the file are shown as diagnostics on the file itself, each at its line and
// column; only the broken entries are ignored.
import * as vscode from 'vscode';
import { formatProblem, isIgnored, loadSettings, parseSettings, type LoadedSettings, type SettingsHost, type SettingsProblem } from '../config/index.js';
import type { LintConfig } from '../engine/index.js';
import { CONFIG_FILE, SECTION, SOURCE } from './ids.js';

export type RunMode = 'onType' | 'onSave' | 'manual';
export type CitationStyle = 'footnote' | 'draftingNote';

export interface Settings {
  enable: boolean;
  run: RunMode;
  debounce: number;
  /** Bills longer than this many characters are checked when saved, not as the drafter types (0: no limit). */
  largeBill: number;
  citationStyle: CitationStyle;
  severity: Record<string, string>;
}

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const run = c.get<string>('run', 'onType');
  const style = c.get<string>('citationStyle', 'footnote');
  const debounce = Number(c.get<number>('debounce', 300));
  const large = Number(c.get<number>('largeBillSize', 1000));
  return {
    enable: c.get<boolean>('enable', true) !== false,
    run: run === 'onSave' || run === 'manual' ? run : 'onType',
    debounce: Number.isFinite(debounce) ? Math.min(5000, Math.max(0, debounce)) : 300,
    largeBill: Number.isFinite(large) && large > 0 ? Math.round(large * 1000) : 0,
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
  /** The settings file's `ignore` patterns name this bill: it is not checked. */
  ignored?: boolean;
}

function isInside(child: vscode.Uri, folder: vscode.Uri): boolean {
  if (child.scheme !== folder.scheme || child.authority !== folder.authority) return false;
  const f = folder.path.replace(/\/+$/, '');
  return child.path === f || child.path.startsWith(`${f}/`);
}

function parentPath(path: string): string {
  const p = path.replace(/\/+$/, '');
  const i = p.lastIndexOf('/');
  return i <= 0 ? '/' : p.slice(0, i);
}

/** A settings problem as a diagnostic on the settings file. */
export function problemDiagnostic(p: SettingsProblem): vscode.Diagnostic {
  const start = new vscode.Position(p.line - 1, p.column - 1);
  const range = new vscode.Range(start, start.translate(0, p.length));
  const d = new vscode.Diagnostic(range, p.message, p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
  d.source = SOURCE;
  return d;
}

export class ConfigResolver implements vscode.Disposable {
  /** Per settings-file URI: its bytes (undefined: no such file). Cleared when a settings file changes. */
  private readonly reads = new Map<string, Promise<Uint8Array | undefined>>();
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  /** Problems in settings files, shown on the files themselves. */
  readonly diagnostics = vscode.languages.createDiagnosticCollection(`${SOURCE}-settings`);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly log: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`);
    const changed = (uri: vscode.Uri) => {
      this.log.info(`${CONFIG_FILE} changed: ${uri.toString(true)}`);
      this.clear();
    };
    this.disposables.push(
      watcher,
      this.diagnostics,
      watcher.onDidCreate(changed),
      watcher.onDidChange(changed),
      watcher.onDidDelete((uri) => {
        this.diagnostics.delete(uri);
        changed(uri);
      }),
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
    this.reads.clear();
    this.emitter.fire();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  /** The loader's file reader over `workspace.fs`, for files beside `base` (same scheme and authority). */
  private host(base: vscode.Uri): SettingsHost {
    return {
      readFile: (path) => {
        const uri = base.with({ path, query: '', fragment: '' });
        const key = uri.toString();
        let p = this.reads.get(key);
        if (!p) {
          p = Promise.resolve(vscode.workspace.fs.readFile(uri)).then(
            (b) => b,
            (e: unknown) => {
              if (!(e instanceof vscode.FileSystemError) || e.code !== 'FileNotFound') this.log.warn(`Cannot read ${uri.toString(true)}: ${(e as Error).message}`);
              return undefined;
            },
          );
          this.reads.set(key, p);
        }
        return p;
      },
    };
  }

  /** The settings file that governs a document, read and checked; undefined when there is none. */
  async settingsFor(uri: vscode.Uri): Promise<LoadedSettings | undefined> {
    if (uri.scheme === 'untitled') {
      const first = vscode.workspace.workspaceFolders?.[0]?.uri;
      return first ? loadSettings(first.path, this.host(first), first.path) : undefined;
    }
    const root = vscode.workspace.getWorkspaceFolder(uri)?.uri;
    const stop = root && isInside(uri, root) ? root.path : undefined;
    return loadSettings(parentPath(uri.path), this.host(uri), stop);
  }

  /** The configuration for a document: the nearest settings file over the settings. */
  async forDocument(doc: vscode.TextDocument, settings: Settings = readSettings(doc.uri)): Promise<ResolvedConfig> {
    const problems: string[] = [];
    let fromSettings: LintConfig = {};
    if (Object.keys(settings.severity).length) {
      const s = parseSettings(JSON.stringify({ rules: settings.severity }));
      fromSettings = s.config;
      for (const p of s.problems) problems.push(`The setting "${SECTION}.severity": ${p.message}`);
    }
    const file = await this.settingsFor(doc.uri);
    let fromFile: LintConfig = {};
    const out: ResolvedConfig = { config: {}, problems };
    if (file) {
      const uri = doc.uri.with({ path: file.file, query: '', fragment: '' });
      out.file = uri;
      this.diagnostics.set(uri, file.problems.map(problemDiagnostic));
      const name = vscode.workspace.asRelativePath(uri, false);
      for (const p of file.problems) this.log.warn(formatProblem(name, p));
      if (file.fatal) problems.push(vscode.l10n.t('{0} cannot be used: it is not a JSON object (see the Problems panel).', name));
      else if (file.problems.length) problems.push(vscode.l10n.t('{0} has {1} problem(s), shown in the Problems panel; only those entries were ignored.', name, file.problems.length));
      if (!file.fatal) fromFile = file.config;
      if (doc.uri.scheme !== 'untitled' && isIgnored(doc.uri.path, file.folder, file.ignore)) out.ignored = true;
    }
    out.config = { rules: { ...fromSettings.rules, ...fromFile.rules } };
    if (fromFile.model) out.config.model = fromFile.model;
    return out;
  }
}
