import { strict as assert } from 'node:assert';
import { runClauses } from '../../src/cli/clauses.js';
import { CLAUSES } from '../../src/corpus/clauses.generated.js';

async function run(argv: string[], workspace?: { name: string; text: string }[] | Error) {
  const out: string[] = [];
  const err: string[] = [];
  const io = {
    stdout: (s: string) => void out.push(s),
    stderr: (s: string) => void err.push(s),
    ...(workspace
      ? {
          readWorkspaceClauses: async () => {
            if (workspace instanceof Error) throw workspace;
            return workspace;
          },
        }
      : {}),
  };
  const code = await runClauses(argv, io);
  return { code, out: out.join(''), err: err.join('') };
}

const office = {
  name: '.np-lint/clauses/office.md',
  text: '---\nid: office-s9\ntitle: "Office model: non-punishment"\njurisdiction: Ruritania\ninstrument: Office model provisions\npinpoint: s. 9\nkind: model-law\ncitation: "Office model provisions, s. 9"\nverbatim: false\n---\nA victim shall not be punished.\n',
};

describe('np-lint clauses', () => {
  for (const [query, id] of [
    ['kenya', 'kenya-s14'],
    ['philipines', 'philippines-s17'],
    ['child', 'pattern-child-limb'],
    ['burden of proof', 'pattern-prosecution-burden'],
    ['model legislative 13', 'pattern-mlp-art13'],
  ] as const) {
    it(`clauses ${query} --format json lists ${id} first`, async () => {
      const r = await run([...query.split(' '), '--format', 'json']);
      assert.equal(r.code, 0, r.err);
      const list = JSON.parse(r.out) as { id: string }[];
      assert.equal(list[0]?.id, id);
    });
  }

  it('accepts the query as one argument and --format=json', async () => {
    const r = await run(['burden of proof', '--format=json']);
    assert.equal((JSON.parse(r.out) as { id: string }[])[0]?.id, 'pattern-prosecution-burden');
  });

  it('lists every clause with the required JSON fields', async () => {
    const r = await run(['--format', 'json']);
    assert.equal(r.code, 0);
    const list = JSON.parse(r.out) as Record<string, unknown>[];
    assert.equal(list.length, CLAUSES.length);
    for (const o of list) {
      for (const k of ['id', 'title', 'jurisdiction', 'instrument', 'pinpoint', 'citation', 'verbatim', 'text']) assert.ok(k in o, `${String(o['id'])} has ${k}`);
      assert.equal(typeof o['verbatim'], 'boolean');
    }
  });

  it('prints a readable list in text format, marking verbatim texts and patterns', async () => {
    const r = await run(['kenya']);
    assert.equal(r.code, 0);
    assert.match(r.out, /^kenya-s14\s+verbatim\s+Kenya: Counter-Trafficking in Persons Act, 2010, s\. 14/);
    assert.match(r.out, /Counter-Trafficking in Persons Act, 2010 \(Kenya\), s\. 14, as quoted in CTOC\/COP\/WG\.4\/2020\/2, para\. 57/);
    assert.match((await run(['model', 'legislative', '13'])).out, /^pattern-mlp-art13\s+pattern\s+/);
    assert.equal((await run(['qqqqxzzv'])).out, 'no clause matches\n');
  });

  it('shows one clause with its citation and notes', async () => {
    const r = await run(['show', 'kenya-s14']);
    assert.equal(r.code, 0);
    assert.match(r.out, /^Kenya: Counter-Trafficking in Persons Act, 2010, s\. 14 \(operative sentence\)\n/);
    assert.match(r.out, /verbatim: {5}yes \(checked against CTOC\/COP\/WG\.4\/2020\/2, para\. 57\)/);
    assert.match(r.out, /\na victim of trafficking in persons shall not be criminally liable for any criminal act that was a direct result of being trafficked\n/);
    assert.match(r.out, /Citation: Counter-Trafficking in Persons Act, 2010 \(Kenya\), s\. 14/);
    const j = await run(['show', 'np-mlp-art13-pattern', '--format', 'json']);
    const o = JSON.parse(j.out) as { id: string; verbatim: boolean };
    assert.deepEqual([o.id, o.verbatim], ['pattern-mlp-art13', false]);
  });

  it('exits 2 with one line for an unknown id or a usage error', async () => {
    for (const argv of [['show', 'nope'], ['show'], ['show', 'a', 'b'], ['--format', 'xml'], ['--format'], ['--bogus']]) {
      const r = await run(argv);
      assert.equal(r.code, 2, argv.join(' '));
      assert.equal(r.out, '');
      assert.equal(r.err.split('\n').filter(Boolean).length, 1, r.err);
    }
    assert.match((await run(['show', 'nope'])).err, /no clause with id "nope"/);
  });

  it('tolerates a leading "clauses" and prints usage for --help', async () => {
    assert.equal((JSON.parse((await run(['clauses', 'kenya', '--format', 'json'])).out) as { id: string }[])[0]?.id, 'kenya-s14');
    const h = await run(['--help']);
    assert.equal(h.code, 0);
    assert.match(h.out, /^usage: np-lint clauses/);
  });

  it('includes workspace clauses, marked as the office\'s, and skips bad files with a message', async () => {
    const r = await run(['ruritania', '--format', 'json'], [office, { name: '.np-lint/clauses/broken.md', text: 'no front matter' }]);
    assert.equal(r.code, 0);
    const list = JSON.parse(r.out) as { id: string; origin: string }[];
    assert.deepEqual([list[0]?.id, list[0]?.origin], ['office-s9', 'workspace']);
    assert.match(r.err, /^np-lint clauses: skipped \.np-lint\/clauses\/broken\.md: /);
    const t = await run(['show', 'office-s9'], [office]);
    assert.match(t.out, /kind: {9}model-law \(drafting office library\)/);
  });

  it('falls back to the built-in clauses when the workspace folder cannot be read', async () => {
    const r = await run(['kenya', '--format', 'json'], new Error('EACCES'));
    assert.equal(r.code, 0);
    assert.match(r.err, /cannot read \.np-lint\/clauses\/ \(EACCES\)/);
    assert.equal((JSON.parse(r.out) as { id: string }[])[0]?.id, 'kenya-s14');
  });
});
