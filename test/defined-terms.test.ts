import assert from 'node:assert/strict';
import { termIndex, termsUsed } from '../src/engine/rules/closed-offence-list/index.js';
import { random } from './random.js';

/**
 * The closed-offence-list rule looks up the bill's defined terms in a provision's words through an
 * index (a consolidated code has thousands of definitions and of provisions): it must find exactly
 * the definitions a whole-word search for each term would, in the bill's order.
 */
describe('closed-offence-list: defined terms in a provision\'s words', () => {
  type Entry = Parameters<typeof termIndex>[0][number];
  const entry = (term: string) => ({ s: {}, d: { term } }) as unknown as Entry;

  it('finds a term as whole words, in the singular or with "s" or "es", and nothing inside a longer word', () => {
    const defs = ['street offence', 'relevant act', 'offence', 'act'].map(entry);
    const found = (words: string) => termsUsed(words, termIndex(defs)).map((e) => e.d.term);
    assert.deepEqual(found('any street offences or relevant acts'), ['street offence', 'relevant act', 'offence', 'act']);
    assert.deepEqual(found('an offence-related act'), ['act']);
    assert.deepEqual(found('offenceless acting'), []);
  });

  it('agrees with a whole-word pattern for each term on 20,000 random terms and words', () => {
    const rnd = random(21);
    const vocab = ['offence', 'offences', 'street', 'es', 's', 'related', '-', ' ', '  ', 'trafficking', 'a', 'act', 'acts', '_', '(', '.', 'x', '\n', 'Street Offence', 'of'];
    const phrase = (n: number) => Array.from({ length: n }, () => vocab[Math.floor(rnd() * vocab.length)]).join('');
    for (let k = 0; k < 20000; k++) {
      const defs = Array.from({ length: 1 + Math.floor(rnd() * 6) }, () => entry(phrase(1 + Math.floor(rnd() * 3))));
      const words = phrase(Math.floor(rnd() * 12)).toLowerCase().replace(/\s+/g, ' ');
      const expected = defs.filter(({ d }) => {
        const term = d.term.toLowerCase().replace(/\s+/g, ' ');
        return term.length >= 3 && new RegExp(`(?:^|[^\\w-])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:s|es)?(?![\\w-])`).test(words);
      });
      assert.deepEqual(termsUsed(words, termIndex(defs)), expected, `${JSON.stringify(words)} ${JSON.stringify(defs.map((d) => d.d.term))}`);
    }
  });
});
