import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { collectPatterns, matchesOf, parseExample, type WordPattern } from '../src/engine/patterns.js';

/**
 * The one generic test of every word pattern in the engine (the shared lexicon and every rule
 * folder's patterns): each example it must flag matches exactly the marked words, and each example it
 * must pass does not match at all. Patterns are found in the compiled modules' exports, so a pattern
 * added anywhere in src/engine is tested without being listed here.
 */
const engine = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'src', 'engine');

function modules(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return modules(p);
    return n.endsWith('.js') && !n.endsWith('.test.js') ? [p] : [];
  });
}

const found = new Map<string, { p: WordPattern; where: string }>();
for (const file of modules(engine)) {
  const exports = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  for (const p of collectPatterns(exports)) {
    const prior = found.get(p.id);
    if (prior && prior.p !== p) throw new Error(`pattern id ${p.id} is defined twice (${prior.where}, ${relative(engine, file)})`);
    found.set(p.id, { p, where: relative(engine, file) });
  }
}

describe('word patterns carry their own examples', () => {
  it('finds the patterns of the lexicon and of every rule folder', () => {
    const where = new Set([...found.values()].map((f) => f.where.split(/[\\/]/).slice(0, -1).join('/') || f.where));
    for (const folder of [
      'rules/closed-offence-list',
      'rules/duress-threshold',
      'rules/defendant-burden',
      'rules/missing-child-provision',
      'rules/discretionary-protection',
      'rules/criminal-liability-only',
      'rules/discriminatory-scope',
      'rules/conditional-protection',
      'rules/serious-offence-exclusion',
      'rules/missing-record-relief',
      'rules/definition-lacks-forced-criminality',
    ]) {
      assert.ok(where.has(folder), `patterns in ${folder}`);
    }
    assert.ok([...found.values()].some((f) => f.where === 'lexicon.js'));
  });

  for (const { p, where } of [...found.values()].sort((a, b) => a.p.id.localeCompare(b.p.id))) {
    describe(`${p.id} (${where})`, () => {
      it('says what it means and has examples both ways', () => {
        assert.ok(p.concept.length > 10, 'a concept in plain English');
        assert.ok(p.examples.flag.length > 0, 'at least one example it must flag');
        assert.ok(p.examples.pass.length > 0, 'at least one example it must pass');
      });
      for (const ex of p.examples.flag) {
        it(`flags: ${ex}`, () => {
          const { text, marked } = parseExample(ex);
          assert.ok(marked.length > 0, 'the flagged words are marked with [[ ]]');
          const got = matchesOf(p, text).map((m) => `${m.index}-${m.end}`);
          for (const m of marked) assert.ok(got.includes(`${m.start}-${m.end}`), `matches exactly "${text.slice(m.start, m.end)}"; got ${JSON.stringify(matchesOf(p, text).map((x) => x.text))}`);
        });
      }
      for (const ex of p.examples.pass) {
        it(`passes: ${ex}`, () => {
          assert.deepEqual(matchesOf(p, ex).map((m) => m.text), []);
        });
      }
    });
  }
});
