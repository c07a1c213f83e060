import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, openFile, setup, waitFor, workspaceFile } from './helpers.js';

describe('Explain how this provision was read', () => {
  before(setup);
  afterEach(closeAll);

  it('shows the reading of the provision at the cursor, with the words each part came from', async () => {
    const { doc, editor } = await openFile(workspaceFile('bill.md'));
    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('## 14.'));
    assert.ok(line > 0, 'the training bill has a section 14');
    editor.selection = new vscode.Selection(line + 2, 10, line + 2, 10);
    const r = await vscode.commands.executeCommand<{ provision?: string; uri: string }>('npLint.explainProvision');
    assert.equal(r?.provision, 'Section 14');
    const view = await waitFor('the explanation view', () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === r!.uri));
    const text = view.getText();
    assert.match(text, /^# Section 14: 14\. Non-liability of victims of trafficking/m);
    assert.match(text, /\*\*Scope\*\*: closed: a list of offences/);
    assert.match(text, /\*\*Link to the trafficking\*\*: duress-level test/);
    assert.match(text, /\*\*Burden of proof\*\*: a legal burden on the accused/);
    assert.match(text, /“shall not be criminally liable” \(line \d+\)/);
  });
});
