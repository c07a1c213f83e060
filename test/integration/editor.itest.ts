// The editor from a drafter's first hour: inserting a model clause the bill's way (14A, or a
// renumbering whose cross-references still resolve; tab stops on the words to adapt), the
// walkthrough's buttons with the walkthrough focused, the settings file beside the bill, and no
// squiggle on a blank line.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { drafting, lint, type Finding } from '../../src/engine/index.js';
import { toDiagnostic } from '../../src/extension/render.js';
import { closeAll, diagnosticsFor, openBillCopy, openFile, setup, waitFor, workspaceFile, SAMPLE } from './helpers.js';

interface InsertResult {
  outcome: string;
  number?: string;
  kind?: string;
  text: string;
  places?: { words: string; hint?: string }[];
}

const WALKTHROUGH = 'np-drafting.non-punishment-drafting-assistant#trainers';

/** Every section number once, and every cross-reference in the bill's own words resolving. */
function assertWhole(text: string): void {
  const c = drafting.conventionsOf(text);
  const numbers = c.sections.filter((s) => s.number && !s.container).map((s) => s.number);
  assert.equal(new Set(numbers).size, numbers.length, `no section number twice: ${numbers.join(', ')}`);
  for (const r of c.references) {
    const from = c.sections.find((s) => s.start <= r.start && r.start < s.end);
    assert.ok(drafting.referenceResolves(c, r, from), `"${r.text}" in ${from?.name} points at something`);
  }
}

/** The text of each selection of the editor. */
function selected(editor: vscode.TextEditor): string[] {
  return editor.selections.map((s) => editor.document.getText(s));
}

/** Waits until the editor's selection changes from what it is now (the next snippet placeholder). */
async function nextPlaceholder(editor: vscode.TextEditor): Promise<string[]> {
  const before = editor.selection;
  const changed = new Promise<void>((resolve) => {
    const sub = vscode.window.onDidChangeTextEditorSelection((e) => {
      if (e.textEditor === editor && !e.selections[0]!.isEqual(before)) {
        sub.dispose();
        resolve();
      }
    });
  });
  await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
  await Promise.race([changed, new Promise<void>((_, reject) => setTimeout(() => reject(new Error('the cursor did not move to the next placeholder')), 10000))]);
  return selected(editor);
}

describe('Editor: inserting a model clause the bill’s way', () => {
  before(setup);
  afterEach(closeAll);

  it('inserts Kenya s. 14 into the training bill as section 14A, with a tab stop on the words adapted to the bill', async () => {
    const { doc, editor } = await openBillCopy();
    const text = doc.getText();
    const offset = text.indexOf('(2) The conditions are that');
    editor.selection = new vscode.Selection(doc.positionAt(offset), doc.positionAt(offset));
    const r = await vscode.commands.executeCommand<InsertResult>('npLint.insertClause', { uri: doc.uri.toString(), offset, clauseId: 'kenya-s14' });
    assert.equal(r.outcome, 'applied');
    assert.equal(r.number, '14A');
    const after = doc.getText();
    assert.ok(after.includes('## 14A. Non-liability of victims of trafficking\n\nA victim of trafficking shall not be criminally liable for any criminal act that was a direct result of being trafficked.[^np-kenya-s14]'));
    assert.ok(after.indexOf('## 14A.') < after.indexOf('## 15. Setting aside of convictions'), 'before section 15, which keeps its number');
    assertWhole(after);
    // The snippet's first tab stop: the bill's defined term put in place of Kenya's, selected for the drafter to confirm.
    const active = vscode.window.activeTextEditor!;
    assert.equal(active.document, doc, 'the bill has the focus');
    assert.deepEqual(selected(active), ['victim of trafficking']);
    assert.ok(doc.offsetAt(active.selection.start) > after.indexOf('## 14A.'));
    assert.deepEqual(r.places, [{ words: 'victim of trafficking', hint: 'the bill\'s defined term for a victim of trafficking' }]);
  });

  it('puts a tab stop on each of the source’s cross-references (Philippines s. 17), in order, with a drafting note of what belongs there', async () => {
    const { doc } = await openBillCopy();
    const offset = doc.getText().indexOf('(2) The conditions are that');
    const r = await vscode.commands.executeCommand<InsertResult>('npLint.insertClause', { uri: doc.uri.toString(), offset, clauseId: 'philippines-s17' });
    assert.equal(r.outcome, 'applied');
    assert.equal(r.number, '14A');
    const editor = vscode.window.activeTextEditor!;
    assert.deepEqual(selected(editor), ['this Act', 'this Act'], 'the first place to adapt, mirrored where it occurs twice');
    assert.deepEqual(await nextPlaceholder(editor), ['Section 4 of this Act']);
    assert.deepEqual(await nextPlaceholder(editor), ['Article 202 of the Revised Penal Code']);
    assert.match(doc.getText(), /<!-- Drafting note: before tabling, adapt “this Act” \(the bill’s name or “this Act”\); “Section 4 of this Act” \(cross-reference/);
  });

  it('renumbers instead when asked: the clause becomes section 15, sections 15 to 23 and every reference to them move up one', async () => {
    const { doc } = await openBillCopy();
    const offset = doc.getText().indexOf('(2) The conditions are that');
    const r = await vscode.commands.executeCommand<InsertResult>('npLint.insertClause', { uri: doc.uri.toString(), offset, clauseId: 'kenya-s14', renumber: true, preview: false });
    assert.equal(r.outcome, 'applied');
    assert.equal(r.number, '15');
    const after = doc.getText();
    assert.match(after, /^## 15\. Non-liability of victims of trafficking$/m);
    assert.match(after, /^## 16\. Setting aside of convictions$/m);
    assert.match(after, /^## 24\. Repeal$/m);
    assert.match(after, /designated under section 18 to provide accommodation/, 'the definition of “shelter” follows its section');
    assert.match(after, /the right to seek compensation under section 22\./);
    assertWhole(after);
    const c = drafting.conventionsOf(after);
    assert.deepEqual(c.sections.filter((s) => s.number && !s.container).map((s) => s.number), Array.from({ length: 24 }, (_, i) => String(i + 1)));
  });

  it('inserts a treaty article as a drafting note the checks do not read, and opens a flawed example for comparison only', async () => {
    const { doc } = await openBillCopy();
    await diagnosticsFor(doc, (x) => x.length === SAMPLE.total);
    const offset = doc.getText().indexOf('(2) The conditions are that');
    const note = await vscode.commands.executeCommand<InsertResult>('npLint.insertClause', { uri: doc.uri.toString(), offset, clauseId: 'actip-art14-7' });
    assert.equal(note.outcome, 'applied');
    assert.equal(note.kind, 'note');
    assert.match(doc.getText(), /<!-- Drafting note \(for reference; not text to enact\): ASEAN Convention against Trafficking in Persons, Especially Women and Children/);
    assert.equal(lint(doc.getText()).findings.length, SAMPLE.total, 'the note adds no finding and silences none');
    const before = doc.getText();
    const flawed = await vscode.commands.executeCommand<InsertResult>('npLint.insertClause', { uri: doc.uri.toString(), offset, clauseId: 'malaysia-s25' });
    assert.equal(flawed.outcome, 'comparison');
    assert.equal(doc.getText(), before, 'nothing inserted');
    await waitFor('the comparison', () => vscode.window.tabGroups.activeTabGroup.activeTab?.input instanceof vscode.TabInputTextDiff);
  });
});

describe('Editor: the walkthrough', () => {
  before(setup);
  afterEach(closeAll);

  /** Opens the walkthrough beside the bill and waits until it has the focus (no text editor active). */
  async function focusWalkthrough(): Promise<void> {
    // An open walkthrough is revealed without taking the focus: close it and open it again.
    const open = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input === undefined && t.label === 'Welcome');
    if (open.length) await vscode.window.tabGroups.close(open);
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH, true);
    await waitFor('the walkthrough to have the focus', () => vscode.window.activeTextEditor === undefined);
  }

  it('ticks a step only when it succeeded: “Fix everything” with no bill open does nothing and ticks nothing', async () => {
    const api = await setup();
    await closeAll();
    await focusWalkthrough();
    const before = api.walkthrough.get('fixed') ?? 0;
    const r = await vscode.commands.executeCommand<{ outcome: string }>('npLint.fixAll');
    assert.equal(r.outcome, 'closed');
    assert.equal(api.walkthrough.get('fixed') ?? 0, before, 'not ticked');
  });

  it('its buttons act on the bill on screen while the walkthrough has the focus, and tick their steps', async () => {
    const api = await setup();
    const count = (step: 'opened' | 'guidanceRead' | 'fixed' | 'compared' | 'inserted') => api.walkthrough.get(step) ?? 0;
    const ticks = { compared: count('compared'), fixed: count('fixed'), inserted: count('inserted'), guidanceRead: count('guidanceRead'), opened: count('opened') };
    const { doc } = await openBillCopy();
    await diagnosticsFor(doc, (x) => x.length === SAMPLE.total);
    await focusWalkthrough();
    assert.ok(vscode.window.visibleTextEditors.some((e) => e.document === doc), 'the bill is still on screen');

    const cmp = await vscode.commands.executeCommand<{ left: string; right: string }>('npLint.compareWithClause', { clauseId: 'kenya-s14' });
    assert.ok(cmp, 'compared');
    const left = await vscode.workspace.openTextDocument(vscode.Uri.parse(cmp.left));
    assert.match(left.getText(), /^## 14\. Non-liability of victims of trafficking/, 'the bill’s non-punishment provision');
    assert.equal(count('compared'), ticks.compared + 1, 'ticked');

    await focusWalkthrough();
    const before = doc.getText();
    const fixed = await vscode.commands.executeCommand<{ outcome: string; applied: number }>('npLint.fixAll');
    assert.equal(fixed.outcome, 'applied');
    assert.ok(fixed.applied > 0 && doc.getText() !== before, 'the bill on screen was fixed');
    assert.equal(count('fixed'), ticks.fixed + 1, 'ticked');

    await focusWalkthrough();
    const ins = await vscode.commands.executeCommand<InsertResult>('npLint.insertClause', { clauseId: 'kenya-s14' });
    assert.equal(ins.outcome, 'applied');
    assert.equal(ins.number, '14A', 'after the bill’s non-punishment provision');
    assert.equal(count('inserted'), ticks.inserted + 1, 'ticked');

    await focusWalkthrough();
    const docs = await vscode.commands.executeCommand<string>('npLint.showRuleDocs', 'duress-threshold');
    assert.ok(docs);
    assert.equal(count('guidanceRead'), ticks.guidanceRead + 1, 'ticked');

    await focusWalkthrough();
    const opened = await vscode.commands.executeCommand<string>('npLint.openTrainingBill');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), opened);
    assert.equal(count('opened'), ticks.opened + 1, 'ticked');
  });
});

describe('Editor: settings file and squiggles', () => {
  before(setup);
  afterEach(closeAll);

  it('“Open the bill’s settings file” creates it beside the bill, and never overwrites one that exists', async () => {
    const { doc } = await openFile(workspaceFile('settings', 'deep', 'bill.md'));
    await diagnosticsFor(doc);
    const created = workspaceFile('settings', 'deep', '.np-lint.json');
    try {
      const uri = await vscode.commands.executeCommand<string>('npLint.openSettingsFile');
      assert.equal(uri, created.toString(), 'beside the bill, not at the top of the workspace');
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(created));
      assert.deepEqual(JSON.parse(text), { rules: {}, model: 'causation' });
      await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(workspaceFile('.np-lint.json'))), 'nothing written at the top');
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), created.toString());
      // A broken settings file is opened as it is.
      const broken = workspaceFile('bad-config', '.np-lint.json');
      const original = new TextDecoder().decode(await vscode.workspace.fs.readFile(broken));
      await openFile(workspaceFile('bad-config', 'bill.md'));
      assert.equal(await vscode.commands.executeCommand<string>('npLint.openSettingsFile'), broken.toString());
      assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(broken)), original);
    } finally {
      await vscode.workspace.fs.delete(created).then(undefined, () => undefined);
    }
  });

  it('links each finding to its provision’s heading and to the other places of the same defect', async () => {
    const { doc } = await openBillCopy();
    const ds = await diagnosticsFor(doc, (x) => x.length === SAMPLE.total);
    const findings = lint(doc.getText()).findings;
    const withRelated = findings.filter((f) => f.related?.length);
    assert.ok(withRelated.length > 0, 'the sample bill has a defect in several places');
    for (const f of withRelated) {
      const d = ds.find((x) => doc.offsetAt(x.range.start) === f.range.start.offset)!;
      const messages = (d.relatedInformation ?? []).map((r) => r.message);
      for (const r of f.related!) assert.ok(messages.includes(r.message), `${f.ruleId}: “${r.message}”`);
      assert.ok(messages.some((m) => m.startsWith('The provision concerned: ## 14.') || m.startsWith('The provision concerned: 14.')), messages.join(' | '));
    }
  });

  it('never underlines a blank line: a finding that ends at the start of a line ends at the last word instead', async () => {
    const { doc } = await openBillCopy('# Bill\n\nfirst line of words\n\n\nnext paragraph\n');
    const start = doc.getText().indexOf('first');
    const end = doc.getText().indexOf('next');
    const lines = { start: doc.positionAt(start), end: doc.positionAt(end) };
    const finding: Finding = {
      ruleId: 'closed-offence-list', code: 'NP001', title: 'Closed list', severity: 'error', message: 'm', citations: [], fixes: [], fingerprint: '0',
      range: {
        start: { line: lines.start.line + 1, column: lines.start.character + 1, offset: start },
        end: { line: lines.end.line + 1, column: 1, offset: end },
      },
    };
    const d = toDiagnostic(finding, doc);
    assert.equal(doc.getText(d.range), 'first line of words');
  });
});
