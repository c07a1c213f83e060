import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../src/engine/index.js';
import { repo } from '../paths.js';
import { cli, tmpFolder } from '../cli-harness.js';

const V1 = readFileSync(repo('examples', 'trafficking-bill.md'), 'utf8');
const V2 = readFileSync(repo('examples', 'trafficking-bill-v2.md'), 'utf8');
const PAPER = readFileSync(repo('examples', 'amendment-paper.md'), 'utf8');

const tmp = (files: Record<string, string | Uint8Array>) => tmpFolder(files, 'np-review-');

function git(cwd: string, ...args: string[]): void {
  const r = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
  assert.equal(r.status, 0, `git ${args.join(' ')}: ${r.stderr}`);
}

type Json = {
  old: string;
  new: string;
  introduced: { ruleId: string; provision: string; file: string }[];
  resolved: { ruleId: string; provision: string; file: string }[];
  unchanged: { ruleId: string; provision: string; file: string }[];
  provisions: { old: string | null; new: string | null; change: string }[];
  suppressions: unknown[];
};

const summary = (j: Json) => ({
  introduced: j.introduced.map((f) => `${f.ruleId} ${f.provision}`),
  resolved: j.resolved.map((f) => `${f.ruleId} ${f.provision}`),
  unchanged: j.unchanged.map((f) => `${f.ruleId} ${f.provision}`),
});

const EXPECTED = {
  introduced: ['missing-child-provision Section 2'],
  resolved: ['defendant-burden Section 14'],
  // Every other finding of the first version, unchanged in what is now section 15.
  // (Section 15's record relief, which inherits section 14's closed list, is now section 16.)
  unchanged: lint(V1).findings.filter((f) => f.ruleId !== 'defendant-burden').map((f) => `${f.ruleId} ${f.provision === 'Section 15' ? 'Section 16' : 'Section 15'}`),
};

describe('np-lint review', () => {
  it('OLD NEW: the introduced, resolved and unchanged findings, exit 1 for an introduced error', async () => {
    const r = await cli(['review', 'examples/trafficking-bill.md', 'examples/trafficking-bill-v2.md', '--format', 'json'], repo());
    assert.equal(r.code, 1);
    const j = JSON.parse(r.out) as Json;
    assert.deepEqual(Object.keys(j), ['old', 'new', 'introduced', 'resolved', 'unchanged', 'provisions', 'suppressions', 'notes']);
    assert.equal(j.old, 'examples/trafficking-bill.md');
    assert.equal(j.new, 'examples/trafficking-bill-v2.md');
    assert.deepEqual(summary(j), EXPECTED);
    assert.equal(j.introduced[0]!.file, 'examples/trafficking-bill-v2.md');
    assert.equal(j.resolved[0]!.file, 'examples/trafficking-bill.md');
    for (const p of j.provisions) assert.deepEqual(Object.keys(p), ['old', 'new', 'change']);
    // A finding is the engine's finding object plus its file.
    const f = j.unchanged[0] as unknown as Record<string, unknown>;
    for (const k of ['ruleId', 'code', 'severity', 'message', 'range', 'provision', 'citations', 'fixes', 'fingerprint', 'file']) assert.ok(k in f, k);
  });

  it('exits 0 when nothing is introduced, and prints a text report by default', async () => {
    const r = await cli(['review', 'examples/trafficking-bill-v2.md', 'examples/trafficking-bill-v2.md'], repo());
    assert.equal(r.code, 0);
    assert.match(r.out, /^Review of examples\/trafficking-bill-v2\.md against examples\/trafficking-bill-v2\.md$/m);
    assert.match(r.out, new RegExp(`0 findings introduced \\(0 errors\\), 0 resolved, ${lint(V2).findings.length} unchanged; 0 provisions changed\\.`));
  });

  it('--against GIT-REVISION FILE reads the old version with git show (a repository made for the test)', async () => {
    const dir = tmp({ 'bills/bill.md': V1 });
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'first reading');
    writeFileSync(join(dir, 'bills', 'bill.md'), V2);
    const r = await cli(['review', '--against', 'HEAD', 'bills/bill.md', '--format', 'json'], dir);
    assert.equal(r.code, 1, r.err);
    const j = JSON.parse(r.out) as Json;
    assert.equal(j.old, 'HEAD:bills/bill.md');
    assert.deepEqual(summary(j), EXPECTED);
    // From inside the folder, against the commit by another name.
    git(dir, 'tag', 'v1');
    const again = await cli(['review', '--against', 'v1', 'bill.md', '--format', 'json'], join(dir, 'bills'));
    assert.deepEqual(summary(JSON.parse(again.out) as Json), EXPECTED);
  });

  it('--against: a clear one-line message and exit 2 outside a repository, for an unknown revision or a file the revision lacks', async () => {
    const outside = tmp({ 'bill.md': V1 });
    const a = await cli(['review', '--against', 'HEAD', 'bill.md'], outside);
    assert.equal(a.code, 2);
    assert.match(a.err, /^np-lint: .*bill\.md is not in a git repository; give the two versions as files instead/);
    assert.equal(a.err.trim().split('\n').length, 1);
    const dir = tmp({ 'bill.md': V1 });
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'x');
    const b = await cli(['review', '--against', 'no-such-rev', 'bill.md'], dir);
    assert.equal(b.code, 2);
    assert.equal(b.err, 'np-lint: unknown git revision "no-such-rev"\n');
    writeFileSync(join(dir, 'new.md'), V2);
    const c = await cli(['review', '--against', 'HEAD', 'new.md'], dir);
    assert.equal(c.err, 'np-lint: new.md is not in revision HEAD\n');
    const d = await cli(['review', '--against', '--help', 'bill.md'], dir);
    assert.equal(d.code, 2);
  });

  it('exit 2 on usage problems: one file, an unknown format, a missing file', async () => {
    assert.match((await cli(['review', 'examples/trafficking-bill.md'], repo())).err, /review takes two files/);
    assert.match((await cli(['review', '-f', 'pdf', 'a.md', 'b.md'], repo())).err, /unknown format "pdf"/);
    const m = await cli(['review', 'nope.md', 'examples/trafficking-bill.md'], repo());
    assert.equal(m.code, 2);
    assert.match(m.err, /no such file or folder|nope\.md/);
  });

  it('markdown and html reports contain every citation of every listed finding, in full', async () => {
    const json = JSON.parse((await cli(['review', 'examples/trafficking-bill.md', 'examples/trafficking-bill-v2.md', '-f', 'json'], repo())).out) as {
      introduced: { citations: { source: string; pinpoint: string; quote?: string; url?: string }[] }[];
      resolved: { citations: { source: string; pinpoint: string; quote?: string; url?: string }[] }[];
      unchanged: { citations: { source: string; pinpoint: string; quote?: string; url?: string }[] }[];
    };
    const md = (await cli(['review', 'examples/trafficking-bill.md', 'examples/trafficking-bill-v2.md', '-f', 'markdown'], repo())).out;
    const html = (await cli(['review', 'examples/trafficking-bill.md', 'examples/trafficking-bill-v2.md', '-f', 'html'], repo())).out;
    const unMd = (s: string) => s.replace(/\\([\\`*_[\]<>|~$])/g, '$1');
    const unHtml = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    const mdPlain = unMd(md);
    const htmlPlain = unHtml(html);
    const all = [...json.introduced, ...json.resolved, ...json.unchanged];
    let n = 0;
    for (const f of all) {
      for (const c of f.citations) {
        for (const part of [`${c.source}, ${c.pinpoint}`, c.quote, c.url]) {
          if (!part) continue;
          n++;
          assert.ok(mdPlain.includes(part), `markdown report lacks ${part}`);
          assert.ok(htmlPlain.includes(part), `html report lacks ${part}`);
        }
      }
    }
    assert.ok(n > 30, `checked ${n} citation parts`);
    assert.match(md, /^\| Introduced by the amendment \| 1 \| 0 \| 0 \| 1 \|$/m);
    assert.match(md, /under the age of ~~eighteen~~\*\*sixteen\*\* years/);
    assert.match(html, /<del>eighteen<\/del><ins>sixteen<\/ins>/);
    assert.match(html, /@media print/);
    assert.match(html, /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'/);
  });

  it('the html report escapes all bill text', async () => {
    const evil = V1.replace('## 13. Victims as witnesses', '## 13. Victims as witnesses <script>alert(1)</script> & "friends"');
    const dir = tmp({ 'a.md': V1, 'b.md': evil });
    const html = (await cli(['review', 'a.md', 'b.md', '-f', 'html'], dir)).out;
    assert.ok(!html.includes('<script>'), 'no script element');
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; &quot;friends&quot;/);
    assert.ok(!/<(?!\/?(?:html|head|meta|title|style|body|h[1-3]|p|em|table|thead|tbody|tr|th|td|section|span|div|ul|li|q|a|ins|del|strong|br)\b)[a-z]/i.test(html.replace(/<!DOCTYPE html>/, '')), 'only the report’s own elements');
  });

  it('--output FILE writes the report there', async () => {
    const dir = tmp({ 'a.md': V1, 'b.md': V2 });
    const r = await cli(['review', 'a.md', 'b.md', '-f', 'html', '-o', 'report.html'], dir);
    assert.equal(r.out, '');
    assert.match(readFileSync(join(dir, 'report.html'), 'utf8'), /^<!DOCTYPE html>/);
  });
});

describe('np-lint amend', () => {
  it('applies six of the example paper’s eight instructions and refuses two, with the reasons', async () => {
    const r = await cli(['amend', 'examples/trafficking-bill.md', 'examples/amendment-paper.md', '--format', 'json'], repo());
    const j = JSON.parse(r.out) as {
      instructions: { number: number; text: string; status: string; reason: string; introduced: string[]; resolved: string[] }[];
      amended: string;
      review: Json & { introduced: { fingerprint: string; ruleId: string; provision: string }[]; resolved: { fingerprint: string; ruleId: string; provision: string }[] };
    };
    assert.deepEqual(Object.keys(j), ['instructions', 'amended', 'review']);
    for (const i of j.instructions) for (const k of ['number', 'text', 'status', 'reason']) assert.ok(k in i, k);
    assert.deepEqual(j.instructions.map((i) => i.number), [1, 2, 3, 4, 5, 6, 7, 8]);
    assert.deepEqual(j.instructions.map((i) => i.status), ['applied', 'applied', 'applied', 'applied', 'applied', 'applied', 'refused', 'refused']);
    assert.equal(j.instructions[6]!.reason, 'the words “corporation” are not in clause 9(1)');
    assert.match(j.instructions[7]!.reason, /^“victim” occurs 2 times in clause 12\(1\), so the instruction is ambiguous/);
    for (const i of j.instructions.slice(0, 6)) assert.equal(i.reason, '');
    // Which findings the amendments introduced and resolved, and which instruction did it.
    const name = (fp: string) => {
      const f = [...j.review.introduced, ...j.review.resolved].find((x) => x.fingerprint === fp)!;
      return `${f.ruleId} ${f.provision}`;
    };
    assert.deepEqual(j.instructions.map((i) => [i.introduced.map(name), i.resolved.map(name)]), [
      [['missing-child-provision Section 2'], []],
      // Opening the list also frees section 15's record relief of the limit it inherited.
      [[], ['closed-offence-list Section 14', 'missing-record-relief Section 15']],
      // Omitting the threat of death leaves the reasonable-person test: still a duress-level test.
      [[], []],
      [[], ['defendant-burden Section 14']],
      [[], ['missing-child-provision Section 14']],
      [[], []],
      [[], []],
      [[], []],
    ]);
    assert.deepEqual(summary(j.review).introduced, ['missing-child-provision Section 2']);
    assert.deepEqual(summary(j.review).unchanged, ['criminal-liability-only Section 14', 'duress-threshold Section 14']);
    assert.equal(j.review.resolved.length, 4);
    assert.equal(r.code, 1, 'an error was introduced');
    // The amended bill.
    assert.match(j.amended, /“child” means a person under the age of sixteen years;/);
    assert.match(j.amended, /\n## 14A\. Child victims\n\nSection 14 applies to a victim who is a child/);
    assert.match(j.amended, /by video link, by a pre-recorded statement or from behind a screen/);
    assert.doesNotMatch(j.amended, /The burden of proving/);
    assert.match(j.amended, /\(a\) the victim was compelled to commit the offence; and\n/);
    assert.ok(j.amended.includes('(1) Where an offence under this Part is committed by a body corporate'), 'the refused instructions changed nothing');
  });

  it('--write saves the amended bill; the text report lists what each instruction did', async () => {
    const dir = tmp({ 'bill.md': `\uFEFF${V1.replace(/\n/g, '\r\n')}`, 'paper.md': PAPER });
    const r = await cli(['amend', 'bill.md', 'paper.md', '--write', 'amended.md'], dir);
    assert.match(r.out, /^Amendment paper paper\.md, applied to bill\.md: 6 of 8 instructions applied, 2 refused\.$/m);
    assert.match(r.out, /^ {2}7 {2}refused {2}In clause 9\(1\), leave out ‘corporation’ and insert ‘company’\.\n {14}reason: the words “corporation” are not in clause 9\(1\)$/m);
    assert.match(r.out, /introduced: error NP004 missing-child-provision, Section 2: “sixteen”/);
    assert.match(r.out, /The amended bill was written to amended\.md\./);
    const written = readFileSync(join(dir, 'amended.md'), 'utf8');
    assert.ok(written.startsWith('\uFEFF'), 'keeps the byte-order mark');
    assert.ok(!/[^\r]\n/.test(written), 'keeps the bill’s CRLF line endings, in inserted text too');
    assert.match(written, /## 14A\. Child victims\r\n\r\nSection 14 applies/);
    assert.equal(readFileSync(join(dir, 'bill.md'), 'utf8'), `\uFEFF${V1.replace(/\n/g, '\r\n')}`, 'the bill itself is untouched');
  });

  it('markdown: the instructions, a Keeling view of the provisions as amended, and the review', async () => {
    const r = await cli(['amend', 'examples/trafficking-bill.md', 'examples/amendment-paper.md', '--format', 'markdown'], repo());
    assert.match(r.out, /^## Keeling schedule: the provisions as amended$/m);
    assert.match(r.out, /^> \(1\) A victim of trafficking shall not be criminally liable ~~in respect of~~ \*\*for any offence committed as a direct result of being trafficked, including\*\*—$/m);
    assert.match(r.out, /^> \(a\) the victim was compelled to commit the offence ~~by a threat of death or serious injury to the victim or to a member of the victim’s family~~; and$/m);
    assert.match(r.out, /^\| 7 \| In clause 9\(1\), leave out ‘corporation’ and insert ‘company’\. \| \*\*Refused\*\*: the words “corporation” are not in clause 9\(1\) \|$/m);
    assert.match(r.out, /^## Review of the amended bill against the original: /m);
  });

  it('refuses to write over the amendment paper, and says when the file cannot be written', async () => {
    const dir = tmp({ 'bill.md': V1, 'paper.md': PAPER });
    const a = await cli(['amend', 'bill.md', 'paper.md', '--write', 'paper.md'], dir);
    assert.equal(a.code, 2);
    assert.match(a.err, /--write names the amendment paper/);
    if (process.getuid?.() !== 0) {
      mkdirSync(join(dir, 'locked'));
      chmodSync(join(dir, 'locked'), 0o500);
      const b = await cli(['amend', 'bill.md', 'paper.md', '--write', 'locked/out.md'], dir);
      assert.equal(b.code, 2);
      assert.match(b.err, /cannot write the amended bill to locked\/out\.md .*nothing was written/);
    }
  });

  it('a paper with no instructions is an input problem', async () => {
    const dir = tmp({ 'bill.md': V1, 'paper.md': '# Notes\n\nNothing to move today.\n' });
    const r = await cli(['amend', 'bill.md', 'paper.md'], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /paper\.md has no amendment instructions/);
  });
});
