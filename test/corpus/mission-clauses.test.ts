import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { CLAUSES } from '../../src/corpus/clauses.generated.js';
import { planInsertion } from '../../src/corpus/insert.js';
import { renderClause } from '../../src/corpus/render.js';
import { lint } from '../../src/engine/lint.js';
import { repoPath } from './paths.js';

const CORE = ['closed-offence-list', 'duress-threshold', 'defendant-burden', 'missing-child-provision'];

/**
 * Acceptance (issue 3): each mission clause, inserted into the sample bill in place of its flawed
 * section 14, comes in with its citation, numbered to fit, and the bill has none of the four core
 * defects (see the note on child limbs below).
 */
describe('inserting the mission clauses into the sample bill', () => {
  const bill = readFileSync(repoPath('examples/trafficking-bill.md'), 'utf8');
  const start = bill.indexOf('## 14. ');
  const end = bill.indexOf('## 15. ');
  const without14 = bill.slice(0, start) + bill.slice(end);

  it('the sample bill has the flawed section 14 to replace', () => {
    assert.ok(start > 0 && end > start);
    const before = lint(bill).findings.map((f) => f.ruleId);
    for (const r of CORE) assert.ok(before.includes(r), `the sample bill has ${r}`);
  });

  for (const id of ['kenya-s14', 'philippines-s17', 'pattern-mlp-art13']) {
    it(`${id}: inserted with its citation, numbered 14, and clean of the four core rules`, () => {
      const clause = CLAUSES.find((c) => c.id === id)!;
      // The cursor at the end of section 13: the clause follows it, numbered 14 (now free).
      const r = planInsertion(clause, without14, start - 2, { as: 'section' });
      assert.equal(r.kind, 'section');
      assert.equal(r.number, '14');
      assert.match(r.text, /^## 14\. /);
      const result = `${without14.slice(0, start)}${r.text}${without14.slice(start)}`;
      assert.equal(r.edits[0]!.start, start);
      const straight = (t: string) => t.replace(/[“”]/g, '"');
      assert.ok(straight(r.text).includes(clause.citation.replace(/[.\s]+$/, '')), 'with its citation (in the bill’s quote style)');
      assert.ok(result.includes(`[^${r.footnoteLabel}]: `) && result.includes(`[^${r.footnoteLabel}]\n`));
      const core = lint(result).findings.filter((f) => CORE.includes(f.ruleId));
      // The sample bill speaks of child victims elsewhere (section 13), so a causation-based
      // clause silent on children gets no note either: clean of all four core rules.
      assert.deepEqual(core.map((f) => `${f.ruleId} (${f.severity}, ${f.provision}): ${f.message}`), []);
    });
  }

  for (const id of ['kenya-s14', 'philippines-s17']) {
    it(`${id} with the child-limb pattern as a further subsection lints clean of all four core rules`, () => {
      const clause = CLAUSES.find((c) => c.id === id)!;
      const child = CLAUSES.find((c) => c.id === 'pattern-child-limb')!;
      const main = renderClause(clause, { style: 'subsection', number: 1 });
      const n = main.body.match(/^\(\d+\)/gm)!.length;
      const limb = renderClause(child, { style: 'subsection', number: n + 1 });
      const section = `## 14. ${clause.heading}\n\n${main.body}\n\n${limb.body}\n\n`;
      const result = `${without14.slice(0, start)}${section}${without14.slice(start).trimEnd()}\n\n${main.citation}\n\n${limb.citation}\n`;
      assert.match(result, new RegExp(`\\(${n + 1}\\) Where the victim is a child`));
      const core = lint(result).findings.filter((f) => CORE.includes(f.ruleId));
      assert.deepEqual(core.map((f) => `${f.ruleId} (${f.severity}): ${f.message}`), []);
    });
  }
});
