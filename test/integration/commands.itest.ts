import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { billText, closeAll, diagnosticsFor, openBillCopy, openFile, ours, setup, waitFor, withSetting, workspaceFile, SAMPLE } from './helpers.js';

/** Kenya s. 14 in the sample bill's defined term ("victim of trafficking"). */
const KENYA_ADAPTED = 'victim of trafficking shall not be criminally liable for any criminal act that was a direct result of being trafficked';
const KENYA_CITATION = 'Counter-Trafficking in Persons Act, 2010 (Kenya), s. 14, as quoted in CTOC/COP/WG.4/2020/2, para. 57';

describe('Commands', () => {
  before(setup);
  afterEach(closeAll);

  it('are all registered, with plain titles in the palette', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const id of ['lintNow', 'fixAll', 'insertClause', 'compareWithClause', 'openTrainingBill', 'showRuleDocs', 'showLog', 'openSettingsFile', 'applyFix', 'fixAllOfRule']) {
      assert.ok(all.includes(`npLint.${id}`), `npLint.${id}`);
    }
  });

  it('“Insert a model clause” inserts Kenya s. 14 after section 14, as 14A, in the bill’s terms, with its citation', async () => {
    const { doc } = await openBillCopy();
    const text = doc.getText();
    const s14 = text.indexOf('## 14.');
    const r = await vscode.commands.executeCommand<{ outcome: string; text: string; offset: number; number: string }>('npLint.insertClause', {
      uri: doc.uri.toString(),
      offset: s14 + 20,
      clauseId: 'kenya-s14',
    });
    assert.equal(r?.outcome, 'applied');
    assert.equal(r!.number, '14A');
    const after = doc.getText();
    const at = after.indexOf(KENYA_ADAPTED);
    assert.ok(at > s14, 'the clause is in the bill, after section 14');
    assert.ok(at < after.indexOf('## 15. Setting aside of convictions'), 'and before section 15, which keeps its number');
    assert.ok(after.includes(KENYA_CITATION), 'with its citation');
    assert.match(r!.text, /^## 14A\. Non-liability of victims of trafficking/m, 'numbered 14A, in the bill’s heading style');
    assert.match(r!.text, /\[\^np-kenya-s14\]: Counter-Trafficking in Persons Act, 2010 \(Kenya\)/, 'the citation as a footnote');
  });

  it('“Insert a model clause” follows the citation style setting (drafting note)', async () => {
    await withSetting('citationStyle', 'draftingNote', async () => {
      const { doc } = await openBillCopy();
      const r = await vscode.commands.executeCommand<{ outcome: string; text: string }>('npLint.insertClause', {
        uri: doc.uri.toString(),
        offset: doc.getText().indexOf('## 14.'),
        clauseId: 'kenya-s14',
      });
      assert.equal(r?.outcome, 'applied');
      assert.ok(r!.text.includes(`<!-- Drafting note: ${KENYA_CITATION}`), r!.text);
    });
  });

  it('“Open the training bill” opens an untitled copy, which is checked', async () => {
    const uri = await vscode.commands.executeCommand<string>('npLint.openTrainingBill');
    const bill = await billText();
    // An untitled name is reused (Untitled-1): wait until the editor shows the new copy, not a
    // discarded document of an earlier test that had the same name.
    const doc = await waitFor('the training bill in the active editor', () => {
      const d = vscode.window.activeTextEditor?.document;
      return d && !d.isClosed && d.uri.toString() === uri && d.getText() === bill ? d : undefined;
    });
    assert.equal(doc.isUntitled, true);
    assert.equal(doc.languageId, 'markdown');
    await diagnosticsFor(doc, (x) => x.length === SAMPLE.total);
  });

  it('“Compare this provision with a model clause” opens a read-only diff that is not checked', async () => {
    const api = await setup();
    const { doc } = await openFile(workspaceFile('bill.md'));
    await diagnosticsFor(doc, (x) => x.length >= SAMPLE.total);
    const offset = doc.getText().indexOf('(2) The conditions are that');
    const r = await vscode.commands.executeCommand<{ left: string; right: string }>('npLint.compareWithClause', {
      uri: doc.uri.toString(),
      offset,
      clauseId: 'kenya-s14',
    });
    assert.ok(r);
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
    assert.ok(tab?.input instanceof vscode.TabInputTextDiff, 'a diff editor is active');
    const input = tab.input as vscode.TabInputTextDiff;
    assert.equal(input.original.toString(), r.left);
    assert.equal(input.modified.toString(), r.right);
    assert.equal(input.original.scheme, 'np-lint-view');
    const left = await vscode.workspace.openTextDocument(input.original);
    const right = await vscode.workspace.openTextDocument(input.modified);
    assert.match(left.getText(), /^## 14\. Non-liability of victims of trafficking/);
    assert.ok(left.getText().includes('threat of death or serious injury'));
    assert.ok(right.getText().includes(KENYA_ADAPTED), 'the model clause in the bill’s defined term');
    assert.match(right.getText(), /^## 14\. Non-liability of victims of trafficking\n/, 'numbered and headed as the provision it is compared with');
    assert.ok(right.getText().includes(KENYA_CITATION));
    assert.equal(api.isBill(left), false, 'the comparison is never checked');
    assert.equal(ours(left.uri).length, 0);
    assert.equal(ours(right.uri).length, 0);
  });

  it('“Show why” opens the rule’s documentation page', async () => {
    const uri = await vscode.commands.executeCommand<string>('npLint.showRuleDocs', 'closed-offence-list');
    assert.match(uri ?? '', /(docs\/rules\/closed-offence-list\.md|np-lint-view:\/guidance\/closed-offence-list\.md)$/);
  });

  it('“Check this bill now” returns the number of findings; “Show the log” opens the log', async () => {
    const { doc } = await openFile(workspaceFile('bill.md'));
    assert.equal(await vscode.commands.executeCommand<number>('npLint.lintNow', doc.uri.toString()), SAMPLE.total);
    await vscode.commands.executeCommand('npLint.showLog');
  });
});
