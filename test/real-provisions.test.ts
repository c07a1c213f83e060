import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { lint, fixAll } from '../src/engine/lint.js';
import { analyseBill } from '../src/engine/model.js';
import { fixture } from './paths.js';

/**
 * The sources' own classification, reproduced: every real provision the seeds quote, written as a
 * small Markdown bill (some in two Markdown styles), against the verdicts in expectations.json
 * (ASEAN Guideline (2025) Annex 1 and Section 1; CTOC/COP/WG.4/2020/2 paras 54-62).
 */
type Verdict = boolean | 'error' | 'warning' | null;
interface Expectation {
  'closed-offence-list': Verdict;
  'duress-threshold': Verdict;
  'defendant-burden': Verdict;
  note: string;
}

const dir = fixture('provisions');
const expectations = JSON.parse(readFileSync(fixture('provisions', 'expectations.json'), 'utf8')) as Record<string, Expectation>;

describe('real provisions quoted in the sources', () => {
  it('has an expectation for every fixture file', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
    assert.deepEqual(files, Object.keys(expectations).sort());
  });

  for (const [file, exp] of Object.entries(expectations)) {
    describe(file, () => {
      const text = readFileSync(fixture('provisions', file), 'utf8');
      const findings = lint(text).findings;
      const of = (id: string) => findings.filter((f) => f.ruleId === id);

      it('is recognised as a non-punishment provision', () => {
        assert.ok(analyseBill(text).provisions.length > 0, 'a non-punishment provision was found');
      });

      for (const rule of ['closed-offence-list', 'duress-threshold', 'defendant-burden'] as const) {
        const want = exp[rule];
        if (want === null || want === undefined) continue;
        it(`${rule}: ${want === false ? 'silent' : want === true ? 'fires' : `fires as ${want}`}`, () => {
          const got = of(rule);
          if (want === false) assert.deepEqual(got.map((f) => f.message), []);
          else {
            assert.ok(got.length > 0, `${rule} should fire (${exp.note})`);
            if (want !== true) assert.ok(got.every((f) => f.severity === want), `severity ${want}`);
          }
        });
      }

      it('after the quick fixes, none of the four core rules fires', () => {
        const fixed = fixAll(text);
        const left = fixed.remaining.filter((f) => f.fixes.length > 0 && f.severity !== 'info'); // fix-all never applies info hints (issue 10)
        assert.deepEqual(left.map((f) => `${f.ruleId}: ${f.message}`), []);
      });
    });
  }
});
