import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { lint } from '../../src/engine/index.js';
import { billText, closeAll, CODE_OF, codeOf, diagnosticsFor, openBillCopy, openFile, ours, setup, waitFor, withSetting, workspaceFile, SAMPLE, sampleFindings, workspaceConfig } from './helpers.js';

const r = (d: vscode.Diagnostic) => [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character];

describe('Diagnostics', () => {
  before(setup);
  afterEach(closeAll);

  it('shows the findings of section 14 of the sample bill: codes, ranges, severities, source', async () => {
    const { doc } = await openFile(workspaceFile('bill.md'));
    const all = await diagnosticsFor(doc, (x) => x.length >= SAMPLE.total);
    // The four core rules' errors, and two warnings of the further rules (criminal liability only; record relief by reference).
    assert.deepEqual(all.map(codeOf), ['NP004', 'NP006', 'NP001', 'NP002', 'NP003', 'NP010']);
    const ds = all.filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
    // 0-based lines and characters, as VS Code counts them.
    assert.deepEqual(ds.map(r), [
      [122, 3, 122, 46],
      [126, 0, 130, 69],
      [136, 56, 136, 89],
      [140, 8, 140, 105],
    ]);
    assert.equal(doc.getText(ds[2]!.range), 'threat of death or serious injury');
    assert.equal(doc.getText(ds[3]!.range), 'burden of proving, on the balance of probabilities, that this section applies lies on the accused');
    for (const d of ds) {
      assert.equal(d.source, 'non-punishment');
      assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    }
    // The same as the engine says (the command line shows the same findings).
    const findings = lint(doc.getText()).findings;
    assert.deepEqual(all.map((d) => d.message), findings.map((f) => f.message));
    assert.deepEqual(all.map((d) => doc.offsetAt(d.range.start)), findings.map((f) => f.range.start.offset));
  });

  it('links each code to the rule’s documentation page', async () => {
    const { doc } = await openFile(workspaceFile('bill.md'));
    const ds = await diagnosticsFor(doc, (x) => x.length >= SAMPLE.total);
    for (const d of ds) {
      assert.ok(typeof d.code === 'object', 'code has a target');
      const target = (d.code as { target: vscode.Uri }).target;
      assert.equal(target.scheme, 'command');
      assert.equal(target.path, 'npLint.showRuleDocs');
      const [id] = JSON.parse(decodeURIComponent(target.query)) as string[];
      assert.equal(CODE_OF[id!], codeOf(d));
    }
  });

  it('points each finding inside section 14 to the provision’s heading', async () => {
    const { doc } = await openFile(workspaceFile('bill.md'));
    const ds = await diagnosticsFor(doc, (x) => x.length >= SAMPLE.total);
    const np001 = ds.find((d) => codeOf(d) === 'NP001')!;
    assert.equal(np001.relatedInformation?.length, 1);
    const rel = np001.relatedInformation![0]!;
    assert.equal(rel.location.uri.toString(), doc.uri.toString());
    assert.equal(rel.location.range.start.line, 122);
    assert.match(rel.message, /14\. Non-liability of victims of trafficking/);
    // The child-limb finding is on the heading itself: no pointer to it.
    assert.equal(ds.find((d) => codeOf(d) === 'NP004')!.relatedInformation, undefined);
  });

  it('publishes only results for the current text (rapid edits, debounced, stale results dropped)', async () => {
    const api = await setup();
    const { doc, editor } = await openBillCopy();
    await diagnosticsFor(doc, (x) => x.length >= SAMPLE.total);
    // A pause long enough that six edits fall within it even on a loaded machine: the test is about
    // the debounce and stale results, not about how fast the machine types.
    await withSetting('debounce', 3000, async () => {
      const before = api.stats.scheduled;
      for (let i = 0; i < 6; i++) {
        await editor.edit((e) => e.insert(new vscode.Position(0, 0), `Draft ${i}.\n\n`));
      }
      await waitFor('a check of the edited bill', () => api.stats.published > before && api.published(doc.uri)?.version === doc.version, 30000);
      // The debounce checks once after the edits, never once per edit. (An editor feature, such as the
      // light bulb asking for code actions, may ask for a check of the version it shows: that check is
      // not the debounce's, and a loaded machine makes more of them.)
      assert.ok(api.stats.scheduled - before <= 1, `six quick edits started the debounced check at most once (${api.stats.scheduled - before})`);
    });
    const ds = await diagnosticsFor(doc, (x) => x.length >= SAMPLE.total);
    const findings = lint(doc.getText()).findings;
    assert.deepEqual(ds.map((d) => doc.offsetAt(d.range.start)), findings.map((f) => f.range.start.offset));
    assert.equal(ds.find((d) => codeOf(d) === 'NP001')!.range.start.line, 126 + 12, 'the ranges follow the edits');
  });

  it('checks only documents that are shown, and checks a hidden one when it is shown', async () => {
    const api = await setup();
    const shown = await openFile(workspaceFile('bill.md'));
    await diagnosticsFor(shown.doc, (x) => x.length >= SAMPLE.total);
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: await billText() });
    assert.ok(!vscode.window.visibleTextEditors.some((e) => e.document === doc), 'precondition: the document is not shown');
    assert.equal(api.scheduled(doc.uri), false, 'no check is waiting for the document that is not shown');
    assert.equal(api.published(doc.uri), undefined);
    assert.equal(ours(doc.uri).length, 0);
    await vscode.window.showTextDocument(doc);
    await diagnosticsFor(doc, (x) => x.length >= SAMPLE.total);
  });

  it('uses the severity set in the settings', async () => {
    const { doc } = await openFile(workspaceFile('bill.md'));
    await diagnosticsFor(doc, (x) => x.length >= SAMPLE.total);
    await withSetting('severity', { 'duress-threshold': 'warning', 'missing-child-provision': 'off' }, async () => {
      const ds = await waitFor('NP002 as warnings', () => {
        const x = ours(doc.uri);
        return x.filter((d) => codeOf(d) === 'NP002').every((d) => d.severity === vscode.DiagnosticSeverity.Warning) && x.some((d) => codeOf(d) === 'NP002') && !x.some((d) => codeOf(d) === 'NP004') ? x : undefined;
      });
      assert.equal(ds.find((d) => codeOf(d) === 'NP001')!.severity, vscode.DiagnosticSeverity.Error);
    });
    await waitFor('the default severities again', () => ours(doc.uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length === SAMPLE.errors);
  });

  it('uses the .np-lint.json found in a folder above the bill, over the settings', async () => {
    const { doc } = await openFile(workspaceFile('strict', 'nested', 'bill.md'));
    const expected = await sampleFindings(await workspaceConfig('strict', '.np-lint.json'));
    await withSetting('severity', { 'missing-child-provision': 'info' }, async () => {
      const ds = await waitFor('the strict folder’s severities', () => {
        const x = ours(doc.uri);
        return x.length === expected ? x : undefined;
      });
      assert.equal(ds.find((d) => codeOf(d) === 'NP004')!.severity, vscode.DiagnosticSeverity.Warning);
      assert.ok(!ds.some((d) => codeOf(d) === 'NP003'), 'NP003 is off in strict/.np-lint.json');
    });
  });

  it('checks with the defaults when .np-lint.json cannot be used', async () => {
    const { doc } = await openFile(workspaceFile('bad-config', 'bill.md'));
    const ds = await diagnosticsFor(doc, (x) => x.length >= SAMPLE.total);
    assert.equal(ds.length, SAMPLE.total);
  });

  it('checks a bill longer than the large-bill setting when saved, not as the drafter types, and says so once', async () => {
    const { doc, editor } = await openBillCopy();
    await diagnosticsFor(doc, (x) => x.length >= SAMPLE.total);
    const api = await setup();
    assert.ok(doc.getText().length > 2000, 'the sample bill is longer than the limit set below');
    /** A changed setting checks the bill again: wait for that check, so that only the edits below count. */
    const settled = async (before: unknown) => waitFor('the check after the settings change', () => api.published(doc.uri)?.findings !== before && !api.scheduled(doc.uri));
    let shown = api.published(doc.uri)?.findings;
    await withSetting('largeBillSize', 2, async () => {
      await settled(shown);
      const np003 = ours(doc.uri).find((d) => codeOf(d) === 'NP003')!;
      const { published, toldLarge } = api.stats;
      await editor.edit((e) => e.replace(np003.range, 'prosecution bears the burden of proving beyond reasonable doubt that this section does not apply'));
      await editor.edit((e) => e.insert(new vscode.Position(0, 0), ' '));
      assert.equal(api.scheduled(doc.uri), false, 'no check is waiting after the edits');
      assert.equal(api.stats.published, published, 'no check ran after the edits');
      assert.equal(api.stats.toldLarge, toldLarge + 1, 'the drafter is told once that the bill is checked on save');
      assert.ok(ours(doc.uri).some((d) => codeOf(d) === 'NP003'), 'the findings stay until the bill is checked again');
      await vscode.commands.executeCommand<number>('npLint.lintNow');
      assert.ok(!ours(doc.uri).some((d) => codeOf(d) === 'NP003'), 'checking on request still works');
      shown = api.published(doc.uri)?.findings;
    });
    await withSetting('largeBillSize', 0, async () => {
      await settled(shown);
      const before = api.published(doc.uri)?.findings;
      await editor.edit((e) => e.insert(new vscode.Position(0, 0), ' '));
      assert.equal(api.scheduled(doc.uri), true, 'with no limit, an edit starts the check as the drafter types');
      await waitFor('the check as the drafter types', () => api.published(doc.uri)?.findings !== before && api.published(doc.uri)?.version === doc.version);
    });
  });

  it('with run: manual, waits for “Check this bill now”', async () => {
    const { doc, editor } = await openBillCopy();
    await diagnosticsFor(doc, (x) => x.length >= SAMPLE.total);
    const api = await setup();
    await withSetting('run', 'manual', async () => {
      const np003 = ours(doc.uri).find((d) => codeOf(d) === 'NP003')!;
      const published = api.stats.published;
      await editor.edit((e) => e.replace(np003.range, 'prosecution bears the burden of proving beyond reasonable doubt that this section does not apply'));
      assert.equal(api.scheduled(doc.uri), false, 'no check is waiting after the edit');
      assert.equal(api.stats.published, published, 'no check ran after the edit');
      assert.ok(ours(doc.uri).some((d) => codeOf(d) === 'NP003'), 'the old findings stay until the command');
      const n = await vscode.commands.executeCommand<number>('npLint.lintNow');
      assert.ok(!ours(doc.uri).some((d) => codeOf(d) === 'NP003'));
      assert.equal(n, ours(doc.uri).length);
    });
  });
});
