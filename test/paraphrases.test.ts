import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { lint, fixAll } from '../src/engine/lint.js';
import { fixture } from './paths.js';

/**
 * Provisions from many legal traditions, written in our own words from each law's approach (none
 * is a quotation), with traps: general duress defences, offence sections, a purchaser's reverse
 * burden, definitions, saving clauses. Each expectation is what a careful reviewer applying
 * DESIGN.md would conclude; null marks a verdict on which reasonable reviewers differ.
 */
type Verdict = boolean | 'error' | 'warning' | 'info' | null;
// The four core rules, and the further rules whose reading the paraphrases also probe (what a
// protection shields from, record relief, a limit by gravity, whom it protects, its conditions): checked only where an expectation says.
const RULES = ['closed-offence-list', 'duress-threshold', 'defendant-burden', 'missing-child-provision', 'criminal-liability-only', 'missing-record-relief', 'serious-offence-exclusion', 'discriminatory-scope', 'conditional-protection'] as const;
const RANK = { error: 3, warning: 2, info: 1 } as const;

const dir = fixture('paraphrases');
const expectations = JSON.parse(readFileSync(fixture('paraphrases', 'expectations.json'), 'utf8')) as Record<string, Record<string, Verdict> & { note?: string }>;

describe('paraphrased provisions from other legal traditions', () => {
  it('has an expectation for every bill', () => {
    assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.md')).sort(), Object.keys(expectations).sort());
  });

  for (const [file, exp] of Object.entries(expectations)) {
    it(file.replace(/\.md$/, ''), () => {
      const text = readFileSync(fixture('paraphrases', file), 'utf8');
      const findings = lint(text).findings;
      for (const rule of RULES) {
        const want = exp[rule];
        if (want === null || want === undefined) continue;
        const got = findings.filter((f) => f.ruleId === rule);
        const worst = got.reduce<keyof typeof RANK | false>((w, f) => (!w || RANK[f.severity] > RANK[w] ? f.severity : w), false);
        const why = `${rule} on ${file}${exp.note ? ` (${exp.note})` : ''}: ${got.map((f) => f.message).join(' | ') || 'silent'}`;
        if (want === true) assert.ok(worst, why);
        else assert.equal(worst, want, why);
      }
      // Whatever fired, the quick fixes apply cleanly and settle.
      const once = fixAll(text).text;
      assert.equal(fixAll(once).text, once);
    });
  }
});
