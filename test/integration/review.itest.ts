import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as vscode from 'vscode';
import { lint } from '../../src/engine/index.js';
import { billText, closeAll, codeActions, codeOf, diagnosticsFor, extensionUri, openBillCopy, openFile, setup, waitFor, workspaceFile } from './helpers.js';

async function v2Text(): Promise<string> {
  return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri(), 'examples', 'trafficking-bill-v2.md')));
}

function diffTabFor(uri: vscode.Uri): vscode.TabInputTextDiff | undefined {
  for (const g of vscode.window.tabGroups.all) {
    for (const tab of g.tabs) {
      if (tab.input instanceof vscode.TabInputTextDiff && tab.input.modified.toString() === uri.toString()) return tab.input;
    }
  }
  return undefined;
}

describe('Review this bill against another version', () => {
  before(setup);
  afterEach(closeAll);

  it('against another file: opens the diff editor and the report, whose items go to the provision', async () => {
    const api = await setup();
    const old = workspaceFile('review', 'bill-first-reading.md');
    const now = workspaceFile('review', 'bill.md');
    await vscode.workspace.fs.writeFile(old, new TextEncoder().encode(await billText()));
    await vscode.workspace.fs.writeFile(now, new TextEncoder().encode(await v2Text()));
    const { doc } = await openFile(now);
    const r = await vscode.commands.executeCommand<{ introduced: number; resolved: number; unchanged: number; left: string; right: string }>('npLint.reviewAgainst', { uri: doc.uri.toString(), file: old.toString() });
    assert.ok(r, 'the review ran');
    assert.deepEqual([r.introduced, r.resolved], [1, 1]);
    assert.equal(r.unchanged, lint(await billText()).findings.length - 1);
    // VS Code's diff editor, old version (read-only) on the left, the bill on the right.
    const diff = await waitFor('the diff editor', () => diffTabFor(doc.uri));
    assert.equal(diff.original.toString(), r.left);
    assert.equal(diff.original.scheme, 'np-lint-view');
    const left = await vscode.workspace.openTextDocument(diff.original);
    assert.equal(left.getText(), await billText());
    // The report: introduced and resolved findings, each going to its provision.
    const review = api.review()!;
    assert.equal(review.introduced[0]!.finding.ruleId, 'missing-child-provision');
    assert.equal(review.introduced[0]!.finding.provision, 'Section 2');
    assert.equal(review.resolved[0]!.finding.ruleId, 'defendant-burden');
    assert.equal(await vscode.commands.executeCommand('npLint.revealReviewItem', { side: 'new', offset: review.introduced[0]!.finding.range.start.offset }), true);
    const editor = await waitFor('the bill at the introduced finding', () => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.toString() === doc.uri.toString() && e.selection.active.line === review.introduced[0]!.finding.range.start.line - 1 ? e : undefined;
    });
    assert.match(editor.document.lineAt(editor.selection.active.line).text, /under the age of sixteen years/);
    assert.equal(await vscode.commands.executeCommand('npLint.revealReviewItem', { side: 'old', offset: review.resolved[0]!.finding.range.start.offset }), true);
    await waitFor('the old version at the resolved finding', () => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.scheme === 'np-lint-view' && /The burden of proving/.test(e.document.lineAt(e.selection.active.line).text);
    });
    // And the report can be saved for a submission.
    const saved = await vscode.commands.executeCommand<string>('npLint.saveReviewReport', { uri: workspaceFile('review', 'report.md').toString() });
    const report = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(saved)));
    assert.match(report, /^# Amendment review: review\/bill\.md against review\/bill-first-reading\.md/);
    assert.match(report, /\| Introduced by the amendment \| 1 \| 0 \| 0 \| 1 \|/);
  });

  it('an untitled bill can be reviewed against a file', async () => {
    const old = workspaceFile('review', 'bill-first-reading.md');
    await vscode.workspace.fs.writeFile(old, new TextEncoder().encode(await billText()));
    const { doc } = await openBillCopy(await v2Text());
    const r = await vscode.commands.executeCommand<{ introduced: number; resolved: number }>('npLint.reviewAgainst', { uri: doc.uri.toString(), file: old.toString() });
    assert.deepEqual([r?.introduced, r?.resolved], [1, 1]);
    await waitFor('the diff editor', () => diffTabFor(doc.uri));
  });

  it('against a git revision, through the built-in git extension', async () => {
    const folder = workspaceFile('git-bill');
    await vscode.workspace.fs.createDirectory(folder);
    const file = vscode.Uri.joinPath(folder, 'bill.md');
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(await billText()));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: folder.fsPath });
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'first reading');
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(await v2Text()));
    // The test harness turns git off (git.enabled: false) to keep other runs quiet: on for this test.
    await vscode.workspace.getConfiguration('git').update('enabled', true, vscode.ConfigurationTarget.Global);
    const ext = vscode.extensions.getExtension<{ getAPI(v: 1): { openRepository?(uri: vscode.Uri): Promise<unknown>; getRepository(uri: vscode.Uri): unknown } }>('vscode.git');
    assert.ok(ext, 'VS Code’s built-in git extension');
    const exports = await ext!.activate();
    const gitApi = await waitFor('the git extension to start', () => {
      try {
        return exports.getAPI(1);
      } catch {
        return undefined; // "Git model not found" until it has started
      }
    });
    await gitApi.openRepository?.(folder);
    await waitFor('git to see the repository', () => gitApi.getRepository(file));
    const { doc } = await openFile(file);
    const r = await vscode.commands.executeCommand<{ introduced: number; resolved: number; oldLabel: string }>('npLint.reviewAgainst', { uri: doc.uri.toString(), revision: 'HEAD' });
    assert.deepEqual([r?.introduced, r?.resolved], [1, 1]);
    assert.equal(r?.oldLabel, 'HEAD:git-bill/bill.md');
    await waitFor('the diff editor', () => diffTabFor(doc.uri));
    await vscode.workspace.getConfiguration('git').update('enabled', undefined, vscode.ConfigurationTarget.Global);
  });
});

describe('Suppress here, with a reason…', () => {
  before(setup);
  afterEach(closeAll);

  it('writes the directive with the reason above the finding, and the finding goes', async () => {
    const { doc } = await openBillCopy();
    const ds = await diagnosticsFor(doc, (x) => x.some((d) => codeOf(d) === 'NP003'));
    const d = ds.find((x) => codeOf(x) === 'NP003')!;
    const actions = await codeActions(doc.uri, d.range, undefined, (a) => a.some((x) => x.title === 'Suppress here, with a reason…'));
    const sup = actions.find((x) => x.title === 'Suppress here, with a reason…')!;
    assert.equal(sup.kind?.value, 'quickfix.npLint.suppress');
    const args = { ...(sup.command!.arguments![0] as object), scope: 'line', reason: 'the Attorney-General’s guidance covers the burden; revisit at report stage' };
    assert.equal(await vscode.commands.executeCommand(sup.command!.command, args), 'applied');
    assert.match(doc.getText(), /\n<!-- np-lint-disable-next-line defendant-burden -- the Attorney-General’s guidance covers the burden; revisit at report stage -->\n\(3\) The burden/);
    await diagnosticsFor(doc, (x) => !x.some((y) => codeOf(y) === 'NP003'));
  });

  it('an empty reason cancels; the whole provision can be covered instead', async () => {
    const { doc } = await openBillCopy();
    const ds = await diagnosticsFor(doc, (x) => x.some((d) => codeOf(d) === 'NP002'));
    const d = ds.find((x) => codeOf(x) === 'NP002')!;
    const actions = await codeActions(doc.uri, d.range, undefined, (a) => a.some((x) => x.title === 'Suppress here, with a reason…'));
    const sup = actions.find((x) => x.title === 'Suppress here, with a reason…')!;
    const before = doc.getText();
    assert.equal(await vscode.commands.executeCommand(sup.command!.command, { ...(sup.command!.arguments![0] as object), scope: 'provision', reason: '  ' }), 'cancelled');
    assert.equal(doc.getText(), before);
    assert.equal(await vscode.commands.executeCommand(sup.command!.command, { ...(sup.command!.arguments![0] as object), scope: 'provision', reason: 'a deliberate compulsion model' }), 'applied');
    assert.match(doc.getText(), /<!-- np-lint-disable duress-threshold -- a deliberate compulsion model -->\n\n## 14\./);
    assert.match(doc.getText(), /<!-- np-lint-enable duress-threshold -->\n\n## 15\./);
    await diagnosticsFor(doc, (x) => !x.some((y) => codeOf(y) === 'NP002'));
  });
});

describe('Apply these amendments to a bill or Act', () => {
  before(setup);
  afterEach(closeAll);

  it('applies an amending bill to the Act chosen, shows the Act before and as amended, and reviews it', async () => {
    const api = await setup();
    const act = workspaceFile('amend', 'act.md');
    const bill = workspaceFile('amend', 'amending-bill.md');
    const actText = '# Victims Act 2015\n\n## 9. Non-liability\n\n(1) A trafficked person shall not be criminally liable for any offence committed as a direct result of being trafficked.\n\n(2) The court shall consider this section of its own motion.\n';
    await vscode.workspace.fs.writeFile(act, new TextEncoder().encode(actText));
    await vscode.workspace.fs.writeFile(
      bill,
      new TextEncoder().encode(
        '# Victims (Amendment) Bill\n\n## 2. Amendment of section 9\n\nSection 9 of the principal Act is amended—\n\n(a) in subsection (1), by inserting after the words "criminally liable" the words ", if he proves that he was compelled to act,";\n\n(b) by repealing subsection (3).\n',
      ),
    );
    const { doc } = await openFile(bill);
    // Checked alone, the amending bill says that the Act as amended could not be checked.
    const ds = await diagnosticsFor(doc, (list) => list.some((d) => codeOf(d) === 'amends-another-text'));
    const notice = ds.find((d) => codeOf(d) === 'amends-another-text')!;
    assert.match(notice.message, /This bill changes the words of another Act \(Section 9 of the principal Act\)/);
    const r = await vscode.commands.executeCommand<{ applied: number; refused: number; introduced: number; left: string; right: string; amended: string }>('npLint.applyAmendments', { uri: doc.uri.toString(), bill: act.toString() });
    assert.ok(r, 'the amendments were applied');
    assert.deepEqual([r.applied, r.refused], [1, 1]);
    assert.match(r.amended, /shall not be criminally liable, if he proves that he was compelled to act, for any offence/);
    assert.equal(r.introduced, 2);
    // The Act file itself is not changed; the diff editor shows it before and as amended.
    assert.equal(new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(act)), actText);
    const diff = await waitFor('the diff editor', () => diffTabFor(vscode.Uri.parse(r.right)));
    assert.equal(diff.original.toString(), r.left);
    const review = api.review()!;
    assert.deepEqual(review.introduced.map((x) => x.finding.ruleId).sort(), ['defendant-burden', 'duress-threshold']);
  });
});
