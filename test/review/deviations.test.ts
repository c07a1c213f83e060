import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { applyEdits, lint } from '../../src/engine/index.js';
import { deviationEdits, type DeviationRequest } from '../../src/review/deviations.js';
import { repo } from '../paths.js';

const BILL = readFileSync(repo('examples', 'trafficking-bill.md'), 'utf8');

function suppress(text: string, ruleId: string, words: string, scope: DeviationRequest['scope'], reason = 'the Government’s stated policy; to be revisited at report stage') {
  const r = lint(text);
  const at = text.indexOf(words);
  const f = r.findings.find((x) => x.ruleId === ruleId && x.range.start.offset <= at && at < x.range.end.offset);
  assert.ok(f, `a ${ruleId} finding on “${words}”`);
  const entry = r.outline.find((e) => e.start <= at && at < e.end)!;
  const edits = deviationEdits(text, { ruleId, reason, offset: f.range.start.offset, scope, section: { start: entry.start, end: entry.end } });
  assert.ok(Array.isArray(edits), 'edits');
  const out = applyEdits(text, edits).text;
  const after = lint(out);
  return { before: r, after, out };
}

describe('reasoned deviations: writing the suppression', () => {
  it('above the finding’s line: silences that finding only, with its reason, and nothing else changes', () => {
    const { before, after, out } = suppress(BILL, 'defendant-burden', 'burden of proving', 'line');
    assert.match(out, /\n<!-- np-lint-disable-next-line defendant-burden -- the Government’s stated policy; to be revisited at report stage -->\n\(3\) The burden of proving/);
    assert.deepEqual(after.findings.map((f) => f.ruleId), before.findings.filter((f) => f.ruleId !== 'defendant-burden').map((f) => f.ruleId));
    assert.deepEqual(after.suppressions.map((s) => [s.ruleIds, s.reason, s.used]), [[['defendant-burden'], 'the Government’s stated policy; to be revisited at report stage', 1]]);
    assert.equal(after.notices.length, 0);
  });

  it('around the provision: a disable/enable pair around the whole section', () => {
    const { before, after, out } = suppress(BILL, 'duress-threshold', 'threat of death', 'provision');
    assert.match(out, /\n<!-- np-lint-disable duress-threshold -- [^>]+ -->\n\n## 14\. Non-liability/);
    assert.match(out, /lies on the accused\.\n\n<!-- np-lint-enable duress-threshold -->\n\n## 15\. Setting aside/);
    assert.equal(after.findings.filter((f) => f.ruleId === 'duress-threshold').length, 0);
    const duress = before.findings.filter((f) => f.ruleId === 'duress-threshold').length;
    assert.equal(after.suppressions[0]!.used, duress, 'every duress finding of section 14');
    assert.equal(after.findings.length, before.findings.length - duress);
  });

  it('keeps the document’s CRLF line endings and a block quote’s prefix', () => {
    // A block quotation the rules read is text quoted for insertion (another instrument's words are not read).
    const quoted = BILL.replace(/\n/g, '\r\n').replace('(3) The burden of proving', 'After subsection (2), insert the following subsection—\r\n\r\n> (3) The burden of proving');
    const { after, out } = suppress(quoted, 'defendant-burden', 'burden of proving', 'line');
    assert.match(out, /\r\n> <!-- np-lint-disable-next-line defendant-burden -- [^\r\n]+ -->\r\n> \(3\) The burden/);
    assert.equal(after.findings.filter((f) => f.ruleId === 'defendant-burden').length, 0);
    assert.ok(!/[^\r]\n/.test(out));
  });

  it('on a line that continues a paragraph, or in a list item, at the end of the line (a comment line would split the paragraph)', () => {
    const wrapped = BILL.replace('(3) The burden of proving, on the balance of probabilities,', '(3) The text runs on\nfrom the line above. The burden of proving, on the balance of probabilities,');
    const { after, out } = suppress(wrapped, 'defendant-burden', 'burden of proving', 'line');
    assert.match(out, /from the line above\. The burden of proving, on the balance of probabilities, that this section applies lies on the accused\. <!-- np-lint-disable-line defendant-burden -- [^>]+ -->\n/);
    assert.equal(after.findings.filter((f) => f.ruleId === 'defendant-burden').length, 0);
    const listed = BILL.replace('(3) The burden of proving', '- (3) The burden of proving');
    const l = suppress(listed, 'defendant-burden', 'burden of proving', 'line');
    assert.match(l.out, /- \(3\) The burden of proving.*accused\. <!-- np-lint-disable-line defendant-burden -- /);
  });

  it('a line already preceded by a suppression gets its own at the end of the line, so that both stay in force', () => {
    const text = '## 3. Text\n\n<!-- np-lint-disable-next-line closed-offence-list -- the list follows the treaty -->\n(1) The words of the line.\n';
    const at = text.indexOf('The words');
    assert.deepEqual(deviationEdits(text, { ruleId: 'duress-threshold', reason: 'agreed', offset: at, scope: 'line' }), [
      { start: text.indexOf('line.') + 5, end: text.indexOf('line.') + 5, newText: ' <!-- np-lint-disable-line duress-threshold -- agreed -->' },
    ]);
  });

  it('refuses an empty reason, and keeps a reason from closing the comment early', () => {
    assert.deepEqual(deviationEdits(BILL, { ruleId: 'duress-threshold', reason: '   ', offset: 10, scope: 'line' }), { error: 'A suppression needs a reason, so that reviewers can see why the check is off.' });
    const { after } = suppress(BILL, 'defendant-burden', 'burden of proving', 'line', 'policy --> see\nthe memo');
    assert.equal(after.suppressions[0]!.reason, 'policy -> see the memo');
  });
});
