import { strict as assert } from 'node:assert';
import { CLAUSES } from '../../src/corpus/clauses.generated.js';
import { loadLibrary } from '../../src/corpus/library.js';
import { createClauseSearch, searchClauses } from '../../src/corpus/search.js';

const first = (q: string) => searchClauses(CLAUSES, q)[0]?.clause;

describe('clause search', () => {
  describe('acceptance queries return the expected clause first', () => {
    it('kenya → Kenya s. 14', () => assert.equal(first('kenya')?.id, 'kenya-s14'));
    it('philipines (misspelt) → Philippines s. 17', () => assert.equal(first('philipines')?.id, 'philippines-s17'));
    it('child → the child-limb pattern or a clause with a child limb', () => {
      const c = first('child');
      assert.ok(c, 'a result');
      assert.ok(c.id === 'pattern-child-limb' || c.childLimb, `${c.id} is about children`);
      assert.equal(c.id, 'pattern-child-limb');
    });
    it('burden of proof → the prosecution-burden pattern', () => assert.equal(first('burden of proof')?.id, 'pattern-prosecution-burden'));
    it('model legislative 13 → the MLP art. 13 pattern', () => assert.equal(first('model legislative 13')?.id, 'pattern-mlp-art13'));
  });

  it('tolerates other typos', () => {
    assert.equal(first('kenia')?.id, 'kenya-s14');
    assert.equal(first('phillipines')?.id, 'philippines-s17');
    assert.equal(first('indonesa')?.id, 'indonesia-art18');
    assert.equal(first('expungement')?.id, 'pattern-record-relief');
  });

  it('searches instruments, pinpoints, tags and text', () => {
    assert.equal(first('Council of Europe')?.id, 'coe-convention-art26');
    assert.equal(first('forced or compulsory labour')?.id, 'ilo-p29-art4-2');
    assert.equal(first('Principle 7')?.id, 'ohchr-principle-7');
    assert.equal(first('vacate seal')?.id, 'pattern-record-relief');
    assert.equal(first('Minister of Justice')?.id, 'thailand-s41');
  });

  it('puts an exact id or snippet prefix first', () => {
    assert.equal(first('np-philippines-s17')?.id, 'philippines-s17');
    assert.equal(first('myanmar-s17')?.id, 'myanmar-s17');
  });

  it('returns every clause for an empty query, in library order, and nothing for nonsense', () => {
    assert.deepEqual(searchClauses(CLAUSES, '  ').map((h) => h.clause.id), CLAUSES.map((c) => c.id));
    assert.deepEqual(searchClauses(CLAUSES, 'qqqqxzzv'), []);
  });

  it('ranks by score and honours the limit', () => {
    const hits = createClauseSearch(CLAUSES).search('causation direct result', { limit: 5 });
    assert.equal(hits.length, 5);
    for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1]!.score <= hits[i]!.score);
  });

  it('finds a drafting office\'s own clauses beside the built-in ones', () => {
    const lib = loadLibrary([
      {
        name: '.np-lint/clauses/ruritania.md',
        text: '---\nid: ruritania-s9\ntitle: "Ruritania: Trafficking Act 2021, s. 9"\njurisdiction: Ruritania\ninstrument: Trafficking Act 2021\npinpoint: s. 9\nkind: statute\ncitation: "Trafficking Act 2021 (Ruritania), s. 9"\nverbatim: false\n---\nA victim shall not be punished.\n',
      },
    ]);
    const hit = searchClauses(lib.clauses, 'ruritnia')[0]!;
    assert.equal(hit.clause.id, 'ruritania-s9');
    assert.equal(hit.clause.origin, 'workspace');
  });
});

describe('clauses suggested for a finding', () => {
  it('lists first, with an empty query, the clauses that put the defect right', () => {
    const search = createClauseSearch(CLAUSES);
    const first = search.search('', { remedy: 'missing-child-provision', limit: 2 }).map((h) => h.clause.id);
    assert.deepEqual([...first].sort(), ['pattern-child-limb', 'pattern-mlp-art13']);
    const burden = search.search('', { remedy: 'defendant-burden', limit: 2 }).map((h) => h.clause.id);
    assert.deepEqual([...burden].sort(), ['pattern-mlp-art13', 'pattern-prosecution-burden']);
    // A fragment (inserted inside a sentence) is never offered as a clause of its own.
    const scope = search.search('', { remedy: 'closed-offence-list', limit: 3 }).map((h) => h.clause.id);
    assert.ok(!scope.includes('pattern-open-scope'));
    assert.ok(scope.includes('kenya-s14') && scope.includes('philippines-s17'));
  });
});
