// Shared by the integration suites. Waits on VS Code's events, each with a bound, never on bare sleeps
// (except where a test asserts that something does NOT happen).
import * as assert from 'node:assert/strict';
import { RULES } from '../../src/engine/rules/index.js';
import * as vscode from 'vscode';
import type { TestApi } from '../../src/extension/extension.js';
import { lint, parseConfig, type LintConfig } from '../../src/engine/index.js';
import { EXTENSION_ID, SOURCE } from '../../src/extension/ids.js';

export const CORE = ['closed-offence-list', 'duress-threshold', 'defendant-burden', 'missing-child-provision'] as const;
export const CODE_OF: Record<string, string> = Object.fromEntries(RULES.map((r) => [r.meta.id, r.meta.code]));

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let api: TestApi | undefined;

/**
 * What the engine finds in the sample bill, with the default settings: the tests wait for these
 * counts rather than restating them (one source of truth: the engine).
 */
export const SAMPLE = { total: 0, errors: 0 };

/** How many findings the engine gives the sample bill under a configuration. */
export async function sampleFindings(config: LintConfig = {}): Promise<number> {
  return lint(await billText(), { config }).findings.length;
}

/** The configuration in a workspace settings file. */
export async function workspaceConfig(...parts: string[]): Promise<LintConfig> {
  return parseConfig(new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(workspaceFile(...parts))));
}

/** Activates the extension (and the built-in Markdown extension, whose start-up cancels code actions in flight). */
export async function setup(): Promise<TestApi> {
  if (api) return api;
  const sample = lint(await billText()).findings;
  SAMPLE.total = sample.length;
  SAMPLE.errors = sample.filter((f) => f.severity === 'error').length;
  const md = vscode.extensions.getExtension('vscode.markdown-language-features');
  await md?.activate();
  const ext = vscode.extensions.getExtension<TestApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
  api = await ext.activate();
  return api;
}

export function extensionUri(): vscode.Uri {
  return vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri;
}

export async function billText(): Promise<string> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri(), 'examples', 'trafficking-bill.md'));
  return new TextDecoder('utf-8').decode(bytes);
}

export function workspaceFile(...parts: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests run with a workspace folder (test/integration/workspace)');
  return vscode.Uri.joinPath(folder.uri, ...parts);
}

/** Polls `fn` on each event and every 100 ms until it returns a truthy value, for at most `ms`. */
export async function waitFor<T>(what: string, fn: () => T | undefined | null | false | Promise<T | undefined | null | false>, ms = 20000): Promise<T> {
  const until = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > until) throw new Error(`timed out after ${ms} ms waiting for ${what}${last ? ` (last error: ${(last as Error).message})` : ''}`);
    await new Promise<void>((resolve) => {
      const sub = vscode.languages.onDidChangeDiagnostics(() => done());
      const timer = setTimeout(() => done(), 100);
      function done() {
        sub.dispose();
        clearTimeout(timer);
        resolve();
      }
    });
  }
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code ?? '');
}

/** Waits until the diagnostics of `uri` were computed for the document's current version and satisfy `pred`. */
export async function diagnosticsFor(doc: vscode.TextDocument, pred: (ds: vscode.Diagnostic[]) => boolean = () => true, ms = 20000): Promise<vscode.Diagnostic[]> {
  const a = await setup();
  return waitFor(`diagnostics of ${doc.uri.toString(true)} (version ${doc.version})`, () => {
    const p = a.published(doc.uri);
    if (!p || p.version !== doc.version) return undefined;
    const ds = ours(doc.uri);
    return pred(ds) ? ds : undefined;
  }, ms);
}

/** An untitled copy of the sample bill, shown in an editor. */
export async function openBillCopy(text?: string): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: text ?? (await billText()) });
  const editor = await vscode.window.showTextDocument(doc);
  return { doc, editor };
}

export async function openFile(uri: vscode.Uri): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc);
  return { doc, editor };
}

/** Code actions at a range, polled with a bound (VS Code may cancel requests while extensions start). */
export async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string, pred: (a: vscode.CodeAction[]) => boolean = (a) => a.length > 0): Promise<vscode.CodeAction[]> {
  return waitFor(`code actions at ${range.start.line + 1}:${range.start.character + 1}${kind ? ` (${kind})` : ''}`, async () => {
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind)) ?? [];
    return pred(actions) ? actions : undefined;
  });
}

export async function run(action: vscode.CodeAction): Promise<unknown> {
  assert.ok(action.command, `the action "${action.title}" runs a command`);
  return vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

/** Hover text as plain Markdown with the escapes removed. */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n')
    .replace(/\\([\\`*_{}[\]<>()#+!|~.-])/g, '$1');
}

/** Closes every editor without saving (untitled copies are reverted, so no dialog asks to save them). */
export async function closeAll(): Promise<void> {
  // The untitled copies shown in editors: VS Code discards each once its editor is closed.
  const shown = new Set(
    vscode.window.tabGroups.all
      .flatMap((g) => g.tabs)
      .map((t) => (t.input instanceof vscode.TabInputText ? t.input.uri.toString() : ''))
      .filter((u) => u.startsWith('untitled:')),
  );
  const untitled = vscode.workspace.textDocuments.filter((d) => d.isUntitled && !d.isClosed && shown.has(d.uri.toString()));
  const discarded = new Promise<void>((resolve) => {
    const done = () => untitled.every((d) => d.isClosed);
    if (done()) return resolve();
    // A precaution for the next test, not a check of this one: go on after a bound.
    const timer = setTimeout(() => {
      sub.dispose();
      console.warn(`closeAll: untitled copies not yet discarded: ${untitled.filter((d) => !d.isClosed).map((d) => d.uri.toString()).join(', ')}`);
      resolve();
    }, 10000);
    const sub = vscode.workspace.onDidCloseTextDocument(() => {
      if (!done()) return;
      clearTimeout(timer);
      sub.dispose();
      resolve();
    });
  });
  for (let i = 0; i < 50 && vscode.window.activeTextEditor; i++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  // Wait until they are discarded, so that the next copy, which may take the same name (Untitled-1),
  // is never read as one of these.
  await discarded;
}

/** Puts a setting back the way it was after the test. */
export async function withSetting<T>(key: string, value: unknown, fn: () => Promise<T>): Promise<T> {
  const c = vscode.workspace.getConfiguration('npLint');
  const before = c.inspect(key)?.globalValue;
  await c.update(key, value, vscode.ConfigurationTarget.Global);
  try {
    return await fn();
  } finally {
    await vscode.workspace.getConfiguration('npLint').update(key, before, vscode.ConfigurationTarget.Global);
  }
}
