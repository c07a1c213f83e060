// The VS Code adapter of the Non-Punishment Drafting Assistant. It renders the engine's findings
// (src/engine) and the clause corpus (src/corpus); it holds no legal logic of its own.
// Bundled twice by scripts/bundle.mjs: dist/extension.cjs (Node) and dist/web/extension.js (browser).
import * as vscode from 'vscode';
import { CodeActions } from './codeActions.js';
import { registerExplain } from './explain.js';
import { registerCommands } from './commands.js';
import { ConfigResolver, readSettings } from './config.js';
import { Hovers } from './hover.js';
import { VIEW_SCHEME } from './ids.js';
import { Linter, type Published } from './linter.js';
import { StatusBar } from './statusBar.js';
import { Bills, Walkthrough, type WalkthroughStep } from './target.js';
import { ViewProvider } from './views.js';
import { ReviewView } from './review.js';
import { NotesController, type NoteView } from './notes.js';
import { registerDeviations } from './deviations.js';
import type { ReviewResult } from '../review/review.js';
import { registerWordCommands } from './word.js';

/** What activate() returns: used by the integration tests, not a public API. */
export interface TestApi {
  published(uri: vscode.Uri | string): Pick<Published, 'version' | 'findings'> | undefined;
  stats: { published: number; dropped: number; scheduled: number; toldLarge: number };
  /** Whether a check of the document waits on its timer. */
  scheduled(uri: vscode.Uri): boolean;
  isBill(doc: vscode.TextDocument): boolean;
  /** How many times each of the walkthrough's steps succeeded in this session. */
  walkthrough: ReadonlyMap<WalkthroughStep, number>;
  /** Where each review note of a bill stands now. */
  notes(uri: vscode.Uri | string): NoteView[];
  /** Fires when the notes of a bill were placed again or changed. */
  onDidChangeNotes: vscode.Event<vscode.Uri>;
  /** The latest amendment review. */
  review(): ReviewResult | undefined;
}

export function activate(context: vscode.ExtensionContext): TestApi {
  const log = vscode.window.createOutputChannel(vscode.l10n.t('Non-Punishment Drafting Assistant'), { log: true });
  const configs = new ConfigResolver(log);
  const linter = new Linter(context.extensionUri, configs, log);
  const views = new ViewProvider();
  const bills = new Bills((doc) => linter.isBill(doc));
  const walkthrough = new Walkthrough();
  const selector: vscode.DocumentSelector = [
    { language: 'markdown', scheme: 'file' },
    { language: 'markdown', scheme: 'untitled' },
    { language: 'markdown', scheme: 'vscode-vfs' },
    { language: 'markdown', scheme: 'vscode-remote' },
    { language: 'markdown', scheme: 'vsls' },
  ];
  context.subscriptions.push(
    log,
    configs,
    linter,
    views,
    new StatusBar(linter),
    vscode.workspace.registerTextDocumentContentProvider(VIEW_SCHEME, views),
    vscode.languages.registerCodeActionsProvider(selector, new CodeActions(linter), CodeActions.metadata),
    vscode.languages.registerHoverProvider(selector, new Hovers(linter)),
    bills,
    ...registerCommands({ context, linter, configs, views, log, bills, walkthrough }),
    ...registerWordCommands(linter, log),
    registerExplain(configs, views),
  );
  const notes = new NotesController(log);
  const review = new ReviewView(configs, views, (doc) => notes.notesOf(doc), log, String(context.extension.packageJSON?.version ?? ''));
  context.subscriptions.push(notes, review, registerDeviations(linter, log));
  const s = readSettings();
  log.info(`Started (checking ${s.enable ? s.run : 'turned off'}).`);
  linter.refreshAll();
  return {
    published: (uri) => {
      const p = linter.latest(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri);
      return p && { version: p.version, findings: p.findings };
    },
    stats: linter.stats,
    scheduled: (uri) => linter.isScheduled(uri),
    isBill: (doc) => linter.isBill(doc),
    walkthrough: walkthrough.done,
    notes: (uri) => notes.views(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri),
    onDidChangeNotes: notes.onDidChange,
    review: () => review.latest,
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
