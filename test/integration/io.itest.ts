// Bills as they arrive, in the real VS Code: a Word bill opened as Markdown and checked at once; a
// broken settings file shown problem by problem on the file, with only its broken entries ignored;
// bills the settings file ignores; problems with suppression directives shown like findings.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { markdownToDocx } from '../word-fixture.js';
import { billText, closeAll, codeOf, diagnosticsFor, extensionUri, openBillCopy, openFile, ours, setup, waitFor, workspaceFile } from './helpers.js';

const decode = (b: Uint8Array) => new TextDecoder('utf-8').decode(b);
const encode = (s: string) => new TextEncoder().encode(s);

describe('bills as they arrive (Word, settings files, suppressions)', () => {
  before(async () => {
    await setup();
  });
  afterEach(async () => {
    await closeAll();
  });

  it('“Open a Word bill as Markdown” converts a .docx into an untitled Markdown bill, checked at once, with the findings of its Markdown twin', async () => {
    const twin = decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri(), 'test', 'fixtures', 'word', 'liability-bill.md')));
    const docx = workspaceFile('word', 'liability-bill.docx');
    await vscode.workspace.fs.writeFile(docx, await markdownToDocx(twin, { insert: { in: 'working without', words: 'without a work permit' }, delete: { in: 'entering', words: ' or when threatened with death' } }));
    const opened = await vscode.commands.executeCommand<string>('npLint.openWordAsMarkdown', docx);
    assert.ok(opened, 'the command returns the new document');
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === opened)!;
    assert.equal(doc.uri.scheme, 'untitled');
    assert.equal(doc.languageId, 'markdown');
    assert.equal(doc.getText(), twin);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), opened);
    const fromWord = await diagnosticsFor(doc, (x) => x.length >= 3);
    const { doc: twinDoc } = await openBillCopy(twin);
    const fromTwin = await diagnosticsFor(twinDoc, (x) => x.length >= 3);
    const key = (ds: vscode.Diagnostic[]) => ds.map((d) => `${codeOf(d)} ${d.severity} ${d.range.start.line}:${d.range.start.character} ${d.message}`).sort();
    assert.deepEqual(key(fromWord), key(fromTwin));
    assert.deepEqual([...new Set(fromWord.map(codeOf))].sort(), ['NP001', 'NP002', 'NP003', 'NP004', 'NP006', 'NP010']);
  });

  it('a file that is not a Word document gets a clear message and opens nothing', async () => {
    const bad = workspaceFile('word', 'not-word.docx');
    await vscode.workspace.fs.writeFile(bad, encode('plain text, not a Word document'));
    const untitled = () => vscode.workspace.textDocuments.filter((d) => d.uri.scheme === 'untitled' && !d.isClosed).map((d) => d.uri.toString());
    const before = untitled();
    const opened = await vscode.commands.executeCommand<string | undefined>('npLint.openWordAsMarkdown', bad);
    assert.equal(opened, undefined);
    assert.deepEqual(untitled().filter((u) => !before.includes(u)), []);
  });

  it('a broken settings file: every problem on the file at its line and column, with “did you mean”; only the broken entries ignored', async () => {
    const settings = workspaceFile('settings-check', '.np-lint.json');
    const text = [
      '{',
      '  // Agreed with the drafting office, 2026',
      '  "rules": {',
      '    "closed-offense-list": "off",',
      '    "NP002": "warn",',
      '    "NP003": "off",',
      '  },',
      '  "modle": "compulsion",',
      '  "ignore": ["drafts/**"]',
      '}',
      '',
    ].join('\n');
    await vscode.workspace.fs.writeFile(settings, encode(text));
    await vscode.workspace.fs.writeFile(workspaceFile('settings-check', 'bill.md'), encode(await billText()));
    await vscode.workspace.fs.writeFile(workspaceFile('settings-check', 'drafts', 'old.md'), encode(await billText()));
    const { doc } = await openFile(workspaceFile('settings-check', 'bill.md'));
    // NP003 is off (a valid entry, applied); the misspelt NP001 entry and NP002's "warn" were ignored, so both stay errors.
    const ds = await waitFor('the settings applied to the bill', () => {
      const x = ours(doc.uri);
      return x.length > 0 && !x.some((d) => codeOf(d) === 'NP003') ? x : undefined;
    });
    assert.ok(ds.some((d) => codeOf(d) === 'NP001' && d.severity === vscode.DiagnosticSeverity.Error));
    assert.ok(ds.filter((d) => codeOf(d) === 'NP002').every((d) => d.severity === vscode.DiagnosticSeverity.Error));
    const onFile = await waitFor('the problems shown on the settings file', () => {
      const x = ours(settings);
      return x.length === 3 ? x : undefined;
    });
    const shown = onFile.map((d) => [d.range.start.line + 1, d.range.start.character + 1, d.severity, d.message]);
    assert.deepEqual(shown, [
      [4, 5, vscode.DiagnosticSeverity.Warning, 'Unknown rule "closed-offense-list". Did you mean "closed-offence-list"? This entry was ignored.'],
      [5, 14, vscode.DiagnosticSeverity.Warning, 'The rule "NP002" must be set to "error", "warning", "info" or "off". Did you mean "warning"? This entry was ignored.'],
      [8, 3, vscode.DiagnosticSeverity.Warning, 'Unknown setting "modle". Did you mean "model"? It was ignored (the settings are "rules", "model" or "ignore").'],
    ]);
    // "ignore": the bill under drafts/ is not checked.
    const api = await setup();
    const { doc: draft } = await openFile(workspaceFile('settings-check', 'drafts', 'old.md'));
    await waitFor('the ignored bill to be passed over', () => api.published(draft.uri)?.version === draft.version);
    assert.deepEqual(ours(draft.uri), []);
    // Correcting the file clears its problems and applies the entries.
    await vscode.workspace.fs.writeFile(settings, encode('{ "rules": { "closed-offence-list": "off" } }\n'));
    await waitFor('the problems on the settings file to clear', () => ours(settings).length === 0);
    await vscode.window.showTextDocument(doc); // a hidden bill is checked again when it is shown
    await waitFor('NP001 turned off', () => {
      const x = ours(doc.uri);
      return x.length > 0 && !x.some((d) => codeOf(d) === 'NP001');
    });
  });

  it('problems with suppression directives are shown like findings; an example in code is not a directive', async () => {
    const text = [
      '## 1. Speed limits',
      '',
      'Write `<!-- np-lint-disable all -- example -->` to turn checks off.',
      '',
      '<!-- np-lint-disable-next-line NP003 -- nothing to silence -->',
      'No person shall drive faster than 50 kilometres an hour.',
      '',
      '<!-- np-lint-disable-file closed-offence-list -->',
      '',
    ].join('\n');
    const { doc } = await openBillCopy(text);
    const ds = await diagnosticsFor(doc, (x) => x.length >= 2);
    assert.deepEqual(
      ds.map((d) => [d.range.start.line + 1, codeOf(d), d.severity, (d.tags ?? []).includes(vscode.DiagnosticTag.Unnecessary)]),
      [
        [5, 'suppression-unused', vscode.DiagnosticSeverity.Information, true],
        [8, 'suppression-missing-reason', vscode.DiagnosticSeverity.Warning, false],
      ],
    );
  });
});
