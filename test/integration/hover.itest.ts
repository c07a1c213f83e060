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

  it('explain a flagged passage briefly: the finding, why in two sentences, one passage quoted with its pinpoint, links to the rest', async () => {
    const { doc } = await openFile(workspaceFile('bill.md'));
    const ds = await diagnosticsFor(doc, (x) => x.length >= SAMPLE.total);
    const d = ds.find((x) => codeOf(x) === 'NP001')!;
    const text = await hoversAt(doc.uri, d.range.start.translate(0, 4), (t) => t.includes('Read the full guidance'));
    const meta = RULES_BY_ID.get('closed-offence-list')!.meta;
    const flat = text.replace(/\s+/g, ' ');
    assert.ok(text.includes(meta.title) && text.includes('(NP001)') && text.includes('Section 14'), 'the finding: its name, code and provision');
    const sentences = meta.docs.why.split(/(?<=[.!?])\s+(?=[A-Z])/);
    assert.ok(flat.includes(sentences.slice(0, 2).join(' ')), 'why, in two sentences');
    if (sentences.length > 2) assert.ok(!flat.includes(sentences[2]!), 'and no more');
    const [quoted, ...others] = meta.citations;
    assert.ok(flat.includes(quoted!.quote!.replace(/\s+/g, ' ')), `one passage quoted verbatim: ${quoted!.quote}`);
    assert.ok(text.includes(`${quoted!.source}, ${quoted!.pinpoint}`), 'with its pinpoint');
    for (const c of others) {
      assert.ok(text.includes(`${c.source}, ${c.pinpoint}`), `a link to ${c.source}, ${c.pinpoint}`);
      if (c.quote) assert.ok(!flat.includes(c.quote.replace(/\s+/g, ' ')), 'only one passage is quoted');
    }
    assert.match(text, /\[Read the full guidance\]\(command:npLint\.showRuleDocs\?/);
    assert.ok(text.length < 1400, `short (${text.length} characters, links included)`);
  });

  it('say nothing away from the flagged passages', async () => {
    const { doc } = await openFile(workspaceFile('bill.md'));
    await diagnosticsFor(doc, (x) => x.length >= SAMPLE.total);
    const hs = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(12, 5))) ?? [];
    assert.ok(!hoverText(hs).includes('Read the full guidance'));
  });
});
