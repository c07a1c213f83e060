import { strict as assert } from 'node:assert';
import { CLAUSES } from '../../src/corpus/clauses.generated.js';
import { ClauseFileError, parseClauseFile } from '../../src/corpus/clauseFile.js';
import { builtInClauses, loadLibrary, WORKSPACE_CLAUSES_FOLDER } from '../../src/corpus/library.js';

const good = (id = 'office-model-13', extra = '') => `---
id: ${id}
title: "Office copy of a model provision"
jurisdiction: Ruritania
instrument: Office model provisions
pinpoint: art. 13
kind: model-law
citation: "Office model provisions, art. 13"
verbatim: true
verifiedAgainst: { source: "Official text", pinpoint: "art. 13" }
${extra}---
A victim of trafficking shall not be punished for any offence committed as a direct result of being trafficked.
`;

describe('clause library', () => {
  it('holds the built-in clauses, marked built-in', () => {
    const lib = loadLibrary();
    assert.equal(lib.clauses.length, CLAUSES.length);
    assert.ok(lib.clauses.every((c) => c.origin === 'built-in'));
    assert.equal(lib.byId('kenya-s14')?.pinpoint, 's. 14');
    assert.equal(WORKSPACE_CLAUSES_FOLDER, '.np-lint/clauses/');
  });

  it('adds workspace clauses after the built-in ones, marked as the office\'s', () => {
    const lib = loadLibrary([{ name: '.np-lint/clauses/model-13.md', text: good() }]);
    assert.deepEqual(lib.problems, []);
    const c = lib.byId('office-model-13');
    assert.equal(c?.origin, 'workspace');
    assert.equal(c?.file, '.np-lint/clauses/model-13.md');
    assert.equal(lib.clauses[lib.clauses.length - 1]?.id, 'office-model-13');
    assert.equal(c?.verbatim, true);
  });

  it('reports a bad file with a clear message naming it, and never throws', () => {
    const files = [
      { name: 'a/no-front-matter.md', text: 'Just text.' },
      { name: 'a/bad-yaml.md', text: '---\nid: [unclosed\n---\ntext\n' },
      { name: 'a/missing.md', text: '---\nid: x\ntitle: t\n---\ntext\n' },
      { name: 'a/typo.md', text: good('typo-clause', 'verbtim: true\n') },
      { name: 'a/no-text.md', text: good('no-text').replace(/---\nA victim[\s\S]*$/, '---\n') },
      { name: 'a/bad-kind.md', text: good('bad-kind').replace('kind: model-law', 'kind: law') },
      { name: 'a/bad-defect.md', text: good('bad-defect', 'defects: [closed-list]\n') },
      { name: 'a/unverified.md', text: good('unverified').replace(/verifiedAgainst.*\n/, '') },
      { name: 'a/dup.md', text: good('kenya-s14') },
      { name: 'a/ok.md', text: good() },
    ];
    const lib = loadLibrary(files);
    const msg = (n: string) => lib.problems.find((p) => p.file === n)?.message ?? '';
    assert.match(msg('a/no-front-matter.md'), /^a\/no-front-matter\.md: .*front matter/);
    assert.match(msg('a/bad-yaml.md'), /^a\/bad-yaml\.md: the front matter is not valid YAML/);
    assert.match(msg('a/missing.md'), /^a\/missing\.md: the front matter has no "jurisdiction"/);
    assert.match(msg('a/typo.md'), /^a\/typo\.md: unknown field\(s\) "verbtim"/);
    assert.match(msg('a/no-text.md'), /no text after the front matter/);
    assert.match(msg('a/bad-kind.md'), /"kind" must be one of/);
    assert.match(msg('a/bad-defect.md'), /unknown rule id\(s\) in "defects": closed-list/);
    assert.match(msg('a/unverified.md'), /needs "verifiedAgainst"/);
    assert.match(msg('a/dup.md'), /the id "kenya-s14" is already used by corpus\/national\/kenya-s14\.md/);
    assert.equal(lib.problems.length, 9);
    assert.ok(lib.byId('office-model-13'));
    for (const p of lib.problems) assert.ok(!p.message.includes('\n'), `one line: ${p.message}`);
  });

  it('skips files that are not clause files (README.md, other extensions)', () => {
    const lib = loadLibrary([
      { name: '.np-lint/clauses/README.md', text: '# How we keep our clauses' },
      { name: '.np-lint/clauses/notes.txt', text: 'x' },
    ]);
    assert.deepEqual(lib.problems, []);
    assert.equal(lib.clauses.length, CLAUSES.length);
  });

  it('parses CRLF files and a byte-order mark', () => {
    const c = parseClauseFile(`\uFEFF${good().replace(/\n/g, '\r\n')}`, 'crlf.md', 'workspace');
    assert.equal(c.id, 'office-model-13');
    assert.ok(!c.text.includes('\r'));
  });

  it('throws a ClauseFileError naming the file when parsed directly', () => {
    assert.throws(() => parseClauseFile('nothing', 'x/y.md'), (e: unknown) => e instanceof ClauseFileError && e.file === 'x/y.md' && /^x\/y\.md: /.test(e.message));
  });

  it('gives fresh copies of the built-in clauses', () => {
    const a = builtInClauses();
    a[0]!.title = 'changed';
    assert.notEqual(builtInClauses()[0]!.title, 'changed');
  });
});
