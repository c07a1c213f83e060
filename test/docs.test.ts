import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../src/engine/rules/index.js';
import { lint } from '../src/engine/lint.js';
import { verifyQuotation } from '../src/corpus/integrity.js';
import { repo, SEED_FOR, SEEDS } from './paths.js';

// scripts/*.mjs are plain JavaScript modules; load them by URL from the repository root.
const gen = (await import(new URL('scripts/generate-docs.mjs', `file://${repo()}/`).href)) as {
  renderRuleDoc: (m: unknown, patterns: unknown[]) => string;
  rulePatterns: (id: string) => Promise<unknown[]>;
  renderRuleTable: (r: unknown) => string;
  updateReadme: (readme: string, table: string) => string;
};


describe('rule metadata, documentation and citations', () => {
  it('rule ids and codes are unique and follow the contract', () => {
    assert.deepEqual(
      RULES.map((r) => [r.meta.id, r.meta.code]),
      [
        ['closed-offence-list', 'NP001'],
        ['duress-threshold', 'NP002'],
        ['defendant-burden', 'NP003'],
        ['missing-child-provision', 'NP004'],
        ['discretionary-protection', 'NP005'],
        ['criminal-liability-only', 'NP006'],
        ['discriminatory-scope', 'NP007'],
        ['conditional-protection', 'NP008'],
        ['serious-offence-exclusion', 'NP009'],
        ['missing-record-relief', 'NP010'],
        ['missing-non-punishment-provision', 'NP011'],
        ['definition-lacks-forced-criminality', 'NP012'],
      ],
    );
  });

  for (const rule of RULES) {
    describe(rule.meta.id, () => {
      it('has a documentation page generated from its metadata and patterns', async () => {
        const page = readFileSync(repo('docs', 'rules', `${rule.meta.id}.md`), 'utf8');
        assert.equal(page, gen.renderRuleDoc(rule.meta, await gen.rulePatterns(rule.meta.id)), 'run `npm run generate`');
      });

      it("the page's flagged example fires the rule, and its good example does not", () => {
        assert.ok(lint(rule.meta.docs.bad, { only: [rule.meta.id] }).findings.length > 0);
        assert.deepEqual(lint(rule.meta.docs.good, { only: [rule.meta.id] }).findings.map((f) => f.message), []);
      });

      for (const c of rule.meta.citations) {
        it(`quotes ${c.source}, ${c.pinpoint} verbatim`, () => {
          const seed = SEED_FOR[c.source];
          assert.ok(seed, `cited by a name the seeds' README uses: ${c.source}`);
          assert.ok(c.quote, 'the citation carries the passage it rests on');
          const r = verifyQuotation(c.quote!, readFileSync(join(SEEDS, seed!), 'utf8'));
          assert.ok(r.ok, `"${c.quote!.slice(0, 60)}…" not found in ${seed}`);
        });
      }
    });
  }

  it('every seed file is named once in the seeds index, under the name citations use', () => {
    const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
    assert.deepEqual(Object.values(SEED_FOR).sort(), files);
    for (const r of RULES) for (const c of r.meta.citations) assert.ok(c.source in SEED_FOR, `${r.meta.id} cites "${c.source}", which the seeds index does not name`);
  });

  it('the README rule table is generated from the metadata', () => {
    const readme = readFileSync(repo('README.md'), 'utf8');
    assert.equal(readme, gen.updateReadme(readme, gen.renderRuleTable(RULES)), 'run `npm run generate`');
  });

  it('there is no documentation page for a rule that does not exist', () => {
    const pages = readdirSync(repo('docs', 'rules')).map((f) => f.replace(/\.md$/, '')).sort();
    assert.deepEqual(pages, RULES.map((r) => r.meta.id).sort());
  });

  it('a changed character in a quotation is caught', () => {
    const c = RULES[0]!.meta.citations[0]!;
    const seed = readFileSync(join(SEEDS, SEED_FOR[c.source]!), 'utf8');
    const altered = c.quote!.replace('limited', 'limitted');
    assert.notEqual(altered, c.quote);
    assert.equal(verifyQuotation(altered, seed).ok, false);
  });
});
