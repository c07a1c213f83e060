import assert from 'node:assert/strict';
import { lint } from '../src/engine/lint.js';

const P = (n: number) => `## ${n}. Non-liability\n\nA victim of trafficking shall not be criminally liable for prostitution and illegal immigration.\n`;
const closed = (text: string) => lint(text).findings.filter((f) => f.ruleId === 'closed-offence-list').map((f) => f.range.start.line);

describe('inline suppressions', () => {
  it('disable ... enable silences the rule in between only, and counts what it silenced', () => {
    const text = `<!-- np-lint-disable closed-offence-list -- mirrors the treaty text -->\n\n${P(1)}\n<!-- np-lint-enable closed-offence-list -->\n\n${P(2)}`;
    const r = lint(text);
    assert.deepEqual(closed(text), [11]);
    assert.equal(r.suppressions.length, 1);
    assert.deepEqual({ ...r.suppressions[0], range: undefined }, { ruleIds: ['closed-offence-list'], reason: 'mirrors the treaty text', kind: 'block', used: 1, range: undefined });
  });

  it('disable-next-line skips the blank line a formatter puts after the comment', () => {
    const text = `## 1. Non-liability\n\n<!-- np-lint-disable-next-line closed-offence-list -- agreed with the ministry -->\n\nA victim of trafficking shall not be criminally liable for prostitution and illegal immigration.\n`;
    assert.deepEqual(closed(text), []);
  });

  it('disable-line applies to its own line', () => {
    const text = `## 1. Non-liability\n\nA victim of trafficking shall not be criminally liable for prostitution and illegal immigration. <!-- np-lint-disable-line closed-offence-list -- agreed -->\n`;
    assert.deepEqual(closed(text), []);
  });

  it('does not silence other rules, and a stale suppression is reported as having silenced nothing', () => {
    const text = `<!-- np-lint-disable-file defendant-burden -- reviewed -->\n\n${P(1)}`;
    const r = lint(text);
    assert.deepEqual(closed(text), [5]);
    assert.equal(r.suppressions[0]!.used, 0);
  });

  it('a suppression without a reason, or naming an unknown rule, has no effect and says so', () => {
    const text = `<!-- np-lint-disable closed-offence-list -->\n<!-- np-lint-disable-file no-such-rule -- because -->\n\n${P(1)}`;
    const r = lint(text);
    assert.deepEqual(closed(text), [6]);
    assert.equal(r.notices.length, 2);
    assert.match(r.notices[0]!.message, /gives no reason/);
    assert.match(r.notices[1]!.message, /Unknown rule "no-such-rule"/);
  });
});

describe('suppression directives (issue 8 §4, issue 12 §4)', () => {
  const LIST = 'A victim of trafficking shall not be criminally liable for prostitution and illegal immigration.';

  it('a directive shown inside inline code, a fenced block or an indented block is an example, not a directive', () => {
    const examples = [
      `Write \`<!-- np-lint-disable closed-offence-list -- reason -->\` to turn the check off.\n\n`,
      '```markdown\n<!-- np-lint-disable closed-offence-list -- reason -->\n```\n\n',
      '~~~\n<!-- np-lint-disable-file closed-offence-list -- reason -->\n~~~\n\n',
      'For example:\n\n    <!-- np-lint-disable closed-offence-list -- reason -->\n\n',
    ];
    for (const ex of examples) {
      const text = `${ex}## 1. Non-liability\n\n${LIST}\n`;
      const r = lint(text);
      assert.equal(r.suppressions.length, 0, ex);
      assert.equal(r.findings.filter((f) => f.ruleId === 'closed-offence-list').length, 1, ex);
      assert.deepEqual(r.notices, [], ex);
    }
  });

  it('accepts rule codes wherever ids are', () => {
    const text = `<!-- np-lint-disable-file NP001 NP004 -- the list follows the regional agreement -->\n\n${P(1)}`;
    const r = lint(text);
    assert.deepEqual(r.findings.map((f) => f.ruleId), []);
    assert.deepEqual(r.suppressions[0]!.ruleIds, ['closed-offence-list', 'missing-child-provision']);
    assert.equal(r.suppressions[0]!.used, 2);
  });

  it('enable RULE after disable all turns that one rule back on', () => {
    const text = `<!-- np-lint-disable all -- transitional provisions, reviewed by the ministry -->\n\n${P(1)}\n<!-- np-lint-enable closed-offence-list -->\n\n${P(2)}`;
    const r = lint(text);
    // Section 2: closed-offence-list is checked again; the child hint stays silenced.
    assert.deepEqual(r.findings.map((f) => `${f.provision} ${f.ruleId}`), ['Section 2 closed-offence-list']);
    assert.deepEqual(r.suppressed.map((f) => `${f.provision} ${f.ruleId}`).sort(), ['Section 1 closed-offence-list', 'Section 1 missing-child-provision', 'Section 2 missing-child-provision']);
  });

  it('a directive that silences nothing is reported as unused (info), with its range', () => {
    const text = `## 1. Speed limits\n\n<!-- np-lint-disable-next-line NP003 -- none needed -->\nNo person shall drive faster than 50 kilometres an hour.\n`;
    const r = lint(text);
    assert.equal(r.notices.length, 1);
    const n = r.notices[0]!;
    assert.equal(n.kind, 'unused');
    assert.equal(n.severity, 'info');
    assert.match(n.message, /This suppression \(NP003 defendant-burden\) silences nothing/);
    assert.deepEqual([n.range.start.line, n.range.start.column, n.range.end.column], [3, 1, text.split('\n')[2]!.length + 1]);
    // Not when the rule is off in the settings, or not run: then the directive may matter elsewhere.
    assert.deepEqual(lint(text, { config: { rules: { 'defendant-burden': 'off' } } }).notices, []);
    assert.deepEqual(lint(text, { only: ['closed-offence-list'] }).notices, []);
  });

  it('problems with directives are first-class: a kind, a severity, a range, and a did-you-mean', () => {
    const text = `<!-- np-lint-disable closed-offense-list -- agreed -->\n<!-- np-lint-disable-file NP004 -->\n\n${P(1)}`;
    const r = lint(text);
    assert.deepEqual(r.notices.map((n) => [n.kind, n.severity, n.range.start.line]), [['unknown-rule', 'warning', 1], ['missing-reason', 'warning', 2]]);
    assert.match(r.notices[0]!.message, /Unknown rule "closed-offense-list" in a suppression comment, so it silences nothing\. Did you mean "closed-offence-list"\?/);
  });

  it('keeps the silenced findings with the suppression that silenced them, and their fingerprints do not change', () => {
    const plain = lint(P(1));
    const text = `<!-- np-lint-disable-file closed-offence-list -- the list mirrors the treaty -->\n${P(1)}`;
    const r = lint(text);
    assert.equal(r.suppressed.length, 1);
    assert.equal(r.suppressed[0]!.suppression.reason, 'the list mirrors the treaty');
    assert.equal(r.suppressed[0]!.fingerprint, plain.findings.find((f) => f.ruleId === 'closed-offence-list')!.fingerprint);
  });
});
