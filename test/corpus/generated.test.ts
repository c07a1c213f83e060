import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { CLAUSES } from '../../src/corpus/clauses.generated.js';
import { clauseSnippet } from '../../src/corpus/snippets.js';
import { clauseUse } from '../../src/corpus/use.js';
import { lint } from '../../src/engine/lint.js';
import { repoPath, repoRoot } from './paths.js';

interface CorpusGenerator {
  readCorpusFiles(root?: string): { name: string; text: string }[];
  buildCorpus(files?: { name: string; text: string }[]): unknown[];
  renderCorpusModule(clauses: unknown[]): string;
  corpusModulePath: string;
}
interface SnippetGenerator {
  renderSnippetsFile(clauses: unknown[]): string;
  snippetsPath: string;
}

describe('generated corpus files are in step with corpus/', () => {
  let corpus: CorpusGenerator;
  let snippets: SnippetGenerator;
  let clauses: unknown[];

  before(async () => {
    corpus = (await import(new URL('scripts/generate-corpus.mjs', repoRoot).href)) as CorpusGenerator;
    snippets = (await import(new URL('scripts/generate-snippets.mjs', repoRoot).href)) as SnippetGenerator;
    clauses = corpus.buildCorpus(corpus.readCorpusFiles());
  });

  it('src/corpus/clauses.generated.ts equals what the generator produces now (run `npm run generate`)', () => {
    const onDisk = readFileSync(repoPath(corpus.corpusModulePath), 'utf8');
    assert.equal(onDisk, corpus.renderCorpusModule(clauses));
  });

  it('snippets/markdown.json equals what the generator produces now (run `npm run generate`)', () => {
    const onDisk = readFileSync(repoPath(snippets.snippetsPath), 'utf8');
    assert.equal(onDisk, snippets.renderSnippetsFile(clauses));
  });

  it('the compiled CLAUSES are the clauses the generator builds', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(CLAUSES)), JSON.parse(JSON.stringify(clauses)));
  });

  it('the generator rejects a corpus with a duplicate id, naming both files', () => {
    const files = corpus.readCorpusFiles();
    const kenya = files.find((f) => f.name.endsWith('kenya-s14.md'))!;
    assert.throws(() => corpus.buildCorpus([...files, { name: 'corpus/national/copy.md', text: kenya.text }]), /duplicate clause id kenya-s14.*kenya-s14\.md.*copy\.md/);
  });
});

describe('snippets', () => {
  const file = JSON.parse(readFileSync(repoPath('snippets/markdown.json'), 'utf8')) as Record<string, { prefix: string; description: string; body: string[] }>;
  const byPrefix = new Map(Object.values(file).map((s) => [s.prefix, s]));

  it('has one snippet per model and per treaty or guidance text, none for fragments or flawed examples', () => {
    const expected = CLAUSES.filter((c) => !c.fragment && clauseUse(c) !== 'comparison').map((c) => c.prefix);
    assert.deepEqual([...byPrefix.keys()].sort(), [...expected].sort());
    assert.ok(!byPrefix.has('np-pattern-open-scope'));
    for (const p of ['np-malaysia-s25', 'np-brunei-s47', 'np-thailand-s41', 'np-indonesia-art18', 'np-myanmar-s17']) assert.ok(!byPrefix.has(p), `${p} is for comparison only`);
    for (const p of ['np-kenya-s14', 'np-philippines-s17', 'np-mlp-art13-pattern']) assert.ok(byPrefix.has(p), p);
  });

  it('inserts treaties and guidance as a quoted drafting note, never as a section the checks would read', () => {
    for (const c of CLAUSES.filter((x) => clauseUse(x) === 'note')) {
      const s = byPrefix.get(c.prefix!)!;
      const body = s.body.join('\n');
      assert.match(body, /^<!-- Drafting note \(for reference; not text to enact\): /, c.id);
      assert.ok(body.endsWith(' -->') && body.indexOf('-->') === body.length - 3, `${c.id}: one comment`);
      assert.ok(body.includes(c.text.split('\n')[0]!.replace(/[\\$}]/g, (x) => `\\${x}`)), `${c.id}: quoted`);
      // Inserted into a bill, the note is not read as its text: no finding comes from it.
      assert.deepEqual(lint(`# Bill\n\n## 1. Short title\n\nThis Act may be cited as the Bill.\n\n${body}\n`).findings.map((f) => f.ruleId), [], c.id);
    }
  });

  it('carries the title and citation in the description, and the citation as a footnote at the end', () => {
    for (const c of CLAUSES.filter((x) => !x.fragment && clauseUse(x) === 'model')) {
      const s = byPrefix.get(c.prefix!)!;
      assert.ok(s.description.includes(c.title) && s.description.includes(c.citation), c.id);
      const last = s.body[s.body.length - 1]!;
      assert.ok(last.startsWith(`[^${c.prefix}]: `), `${c.id}: ends with its footnote`);
      assert.ok(last.includes(c.citation.replace(/[\\$}]/g, (x) => `\\${x}`)), `${c.id}: footnote has the citation`);
      assert.ok(s.body.join('\n').includes(`[^${c.prefix}]`), `${c.id}: footnote reference in the text`);
    }
  });

  it('has placeholders for the section number, the heading and what drafters adapt, in the order they come', () => {
    const ph = byPrefix.get('np-philippines-s17')!;
    const body = ph.body.join('\n');
    assert.match(body, /^\*\*\$\{1:N\}\. \$\{2:Legal protection of trafficked persons\}\.\*\*/);
    // "this Act" is one placeholder, mirrored wherever it occurs
    assert.equal((body.match(/\$\{3:this Act\}/g) ?? []).length, 2);
    assert.match(body, /\$\{4:Section 4 of this Act\}/);
    assert.match(body, /\$\{5:Article 202 of the Revised Penal Code\}/);
    // The description says what to put in each.
    assert.match(ph.description, /Adapt “this Act”: the bill's name or "this Act"; “Section 4 of this Act”: cross-reference to the bill's section that defines trafficking for purposes of prostitution; /);
    // A clause that extends a provision is a further subsection of it.
    assert.match(byPrefix.get('np-pattern-child-limb')!.body[0]!, /^\(\$\{1:N\}\) Where the \$\{2:victim\} is a \$\{3:child\}/);
  });

  it('expands, with its defaults, to the verbatim text (Philippines)', () => {
    const ph = CLAUSES.find((c) => c.id === 'philippines-s17')!;
    const expanded = byPrefix.get('np-philippines-s17')!.body.join('\n').replace(/\$\{\d+:([^}]*)\}/g, '$1');
    for (const para of ph.text.split(/\n\s*\n/)) assert.ok(expanded.includes(para), para.slice(0, 40));
  });

  it('says how a verbatim quotation was adapted for the bill (Kenya)', () => {
    const kenya = CLAUSES.find((c) => c.id === 'kenya-s14')!;
    const s = clauseSnippet(kenya)!;
    assert.match(s.body[0]!, /\*\* A \$\{3:victim of trafficking in persons\} shall not be criminally liable/);
    assert.match(s.body[s.body.length - 1]!, /Verbatim text, adapted for this bill: initial capital added; final full stop added\./);
  });

  it('escapes snippet syntax in clause text', () => {
    const s = clauseSnippet({ ...CLAUSES.find((c) => c.id === 'kenya-s14')!, text: 'Costs $5 {x} \\ y.', adapt: [] })!;
    assert.ok(s.body[0]!.includes('Costs \\$5 {x\\} \\\\ y.[^np-kenya-s14]'), s.body[0]);
  });
});
