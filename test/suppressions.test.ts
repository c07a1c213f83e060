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
