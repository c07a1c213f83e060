import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { billText, closeAll, openFile, setup, waitFor, workspaceFile } from './helpers.js';

const QUOTE = 'threat of death or serious injury';

async function readNotes(bill: vscode.Uri): Promise<{ notes: { id: string; anchor: { number: string; title: string; quote: string }; status: string; author: string; body: string }[] }> {
  return JSON.parse(new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(bill.with({ path: `${bill.path}.np-notes.json` }))));
}

describe('Review notes', () => {
  before(setup);
  afterEach(closeAll);

  it('a note is kept beside the bill, and survives an edit above it and a renumbering', async () => {
    const api = await setup();
    const bill = workspaceFile('notes', 'bill.md');
    await vscode.workspace.fs.writeFile(bill, new TextEncoder().encode(await billText()));
    const { doc, editor } = await openFile(bill);
    const at = doc.getText().indexOf(QUOTE);
    const added = await vscode.commands.executeCommand<{ id: string }>('npLint.addNote', { uri: doc.uri.toString(), start: at, end: at + QUOTE.length, body: 'Duress-level: ask the drafters to use the causation test.' });
    assert.ok(added?.id);
    const lineOf = () => doc.positionAt(doc.getText().indexOf(QUOTE)).line;
    const here = () => api.notes(doc.uri).find((n) => n.id === added!.id);
    assert.equal(here()?.line, lineOf());
    assert.equal(here()?.provision, 'Section 14');
    const file = await readNotes(bill);
    assert.deepEqual(file.notes.map((n) => [n.id, n.anchor.number, n.anchor.quote, n.status]), [[added!.id, '14', QUOTE, 'open']]);
    assert.ok(file.notes[0]!.author.length > 0, 'with its author');

    // An edit above the note: three lines inserted at the top.
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'Draft of 5 January, for the committee.\n\n\n'));
    await waitFor('the note to follow the edit', () => here()?.line === lineOf());
    assert.equal(here()?.state, 'exact');

    // A renumbering: a new section before, sections 10 to 23 one up.
    await editor.edit((e) => {
      const text = doc.getText();
      for (let n = 23; n >= 10; n--) {
        const i = text.indexOf(`## ${n}. `);
        e.replace(new vscode.Range(doc.positionAt(i + 3), doc.positionAt(i + 3 + String(n).length)), String(n + 1));
      }
      const part = text.indexOf('# Part III');
      e.insert(doc.positionAt(part), '## 10. National committee\n\nThe Minister shall establish a national committee.\n\n');
    });
    await waitFor('the note to follow the renumbering', () => here()?.provision === 'Section 15' && here()?.line === lineOf());
    assert.equal(here()?.state, 'exact');

    // Saved, the file records where the note now is; opened again, it is placed from the file.
    await doc.save();
    await waitFor('the anchor saved', async () => (await readNotes(bill)).notes[0]?.anchor.number === '15');
    await closeAll();
    const again = await openFile(bill);
    await waitFor('the note placed again', () => api.notes(again.doc.uri).find((n) => n.id === added!.id)?.line === again.doc.positionAt(again.doc.getText().indexOf(QUOTE)).line);
  });

  it('resolve, reopen and delete are written to the file', async () => {
    const api = await setup();
    const bill = workspaceFile('notes', 'status.md');
    await vscode.workspace.fs.writeFile(bill, new TextEncoder().encode(await billText()));
    const { doc } = await openFile(bill);
    const at = doc.getText().indexOf('illegal entry');
    const { id } = (await vscode.commands.executeCommand<{ id: string }>('npLint.addNote', { uri: doc.uri.toString(), start: at, end: at + 13, body: 'A closed list.' }))!;
    assert.equal(await vscode.commands.executeCommand('npLint.resolveNote', { uri: doc.uri.toString(), id }), true);
    assert.equal((await readNotes(bill)).notes[0]!.status, 'resolved');
    assert.equal(api.notes(doc.uri)[0]!.status, 'resolved');
    assert.equal(await vscode.commands.executeCommand('npLint.reopenNote', { uri: doc.uri.toString(), id }), true);
    assert.equal((await readNotes(bill)).notes[0]!.status, 'open');
    assert.equal(await vscode.commands.executeCommand('npLint.deleteNote', { uri: doc.uri.toString(), id }), true);
    assert.deepEqual((await readNotes(bill)).notes, []);
    assert.deepEqual(api.notes(doc.uri), []);
  });
});
