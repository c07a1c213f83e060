import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { RULES_BY_ID } from '../../src/engine/index.js';
import { closeAll, codeOf, diagnosticsFor, hoverText, openFile, setup, waitFor, workspaceFile, SAMPLE } from './helpers.js';

async function hoversAt(uri: vscode.Uri, pos: vscode.Position, pred: (t: string) => boolean): Promise<string> {
  return waitFor(`a hover at ${pos.line + 1}:${pos.character + 1}`, async () => {
    const hs = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos)) ?? [];
    const t = hoverText(hs);
    return pred(t) ? t : undefined;
  });
}

describe('Hovers', () => {
  before(setup);
  afterEach(closeAll);

  it('explain a flagged passage: title, explanation, citations with the passage quoted, link to the guidance', async () => {
    const { doc } = await openFile(workspaceFile('bill.md'));
    const ds = await diagnosticsFor(doc, (x) => x.length >= SAMPLE.total);
    const d = ds.find((x) => codeOf(x) === 'NP001')!;
    const text = await hoversAt(doc.uri, d.range.start.translate(0, 4), (t) => t.includes('What the guidance says'));
    const meta = RULES_BY_ID.get('closed-offence-list')!.meta;
    assert.ok(text.includes(meta.title), 'the rule’s title');
    assert.ok(text.includes(meta.summary), 'the explanation');
    for (const c of meta.citations) {
      assert.ok(text.includes(`${c.source}`) && text.includes(c.pinpoint), `the citation ${c.source}, ${c.pinpoint}`);
      if (c.quote) assert.ok(text.replace(/\s+/g, ' ').includes(c.quote.replace(/\s+/g, ' ')), `the passage quoted verbatim: ${c.quote}`);
    }
    assert.ok(text.includes('ASEAN Guideline (2025)') && text.includes('The scope of what the non-punishment principle applies to should not be limited'));
    assert.match(text, /\[Read the full guidance\]\(command:npLint\.showRuleDocs\?/);
  });

  it('say nothing away from the flagged passages', async () => {
    const { doc } = await openFile(workspaceFile('bill.md'));
    await diagnosticsFor(doc, (x) => x.length >= SAMPLE.total);
    const hs = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(12, 5))) ?? [];
    assert.ok(!hoverText(hs).includes('What the guidance says'));
  });
});
