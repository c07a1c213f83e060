import assert from 'node:assert/strict';
import { writeFileSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { main } from '../src/cli/main.js';
import { repo } from './paths.js';
import { cli, tmpFolder } from './cli-harness.js';

const BAD = `## 14. Non-liability\n\nA victim of trafficking shall not be criminally liable for prostitution and illegal immigration.\n`;
const CLEAN = `# Roads Act\n\n## 1. Speed limits\n\nNo person shall drive faster than 50 kilometres an hour in a town.\n`;
const LIST_AT = BAD.indexOf('prostitution and illegal immigration');
const LIST_COL = LIST_AT - BAD.lastIndexOf('\n', LIST_AT);
const WARN_ONLY = `## 9. Non-punishment\n\nA victim shall not be punished for any offence which the victim was compelled to commit as a direct result of being trafficked. Where the victim is a child, compulsion need not be shown.\n`;

const tmp = (files: Record<string, string | Uint8Array>) => tmpFolder(files, 'np-cli-');

describe('np-lint CLI', () => {
  it('exits 1 on a bill with an error, with compiler-style lines and a summary', async () => {
    const dir = tmp({ 'bill.md': BAD });
    const r = await cli(['bill.md'], dir);
    assert.equal(r.code, 1);
    const line = new RegExp(`^bill\\.md:3:${LIST_COL} {2}error {4}Section 14 protects victims only for the offences listed .*\\[NP001 closed-offence-list\\]$`, 'm');
    assert.match(r.out, line);
    assert.match(r.out, /^ {4}Sources: ASEAN Guideline \(2025\), Guideline \[1\]/m);
    assert.match(r.out, /^2 problems \(1 error, 0 warnings, 1 info\) in 1 file; 1 can be fixed with --fix\.$/m);
  });

  it('counts as fixable only what --fix applies: an info hint\'s fix is never counted', async () => {
    const dir = tmp({ 'bill.md': BAD });
    await cli(['--fix', 'bill.md'], dir);
    // Only the child hint is left, and it has a fix of its own: "--fix" would apply nothing.
    const again = await cli(['bill.md'], dir);
    assert.match(again.out, /^1 problem \(0 errors, 0 warnings, 1 info\) in 1 file\.$/m);
    assert.doesNotMatch(again.out, /can be fixed/);
  });

  it('names an unknown option in plain words, with the nearest known one', async () => {
    const r = await cli(['--formt', 'json', 'a.md'], tmp({ 'a.md': CLEAN }));
    assert.equal(r.code, 2);
    assert.equal(r.err, 'np-lint: unknown option --formt: did you mean --format? (see np-lint --help)\n');
  });

  it('says that an empty file has nothing to check, and counts a file it could not read', async () => {
    const dir = tmp({ 'empty.md': '  \n', 'bill.md': BAD });
    writeFileSync(join(dir, 'b.md'), Buffer.from([0x23, 0x00, 0x01]));
    const r = await cli(['empty.md', 'b.md', 'bill.md'], dir);
    assert.equal(r.code, 2);
    assert.match(r.out, /^empty\.md: The file is empty: there is nothing to check\.$/m);
    assert.match(r.out, /in 2 files; 1 can be fixed with --fix\. 1 file could not be checked \(see the messages above\)\.$/m);
  });

  it('exits 0 on a clean bill with no trafficking provisions', async () => {
    const r = await cli(['roads.md'], tmp({ 'roads.md': CLEAN }));
    assert.equal(r.code, 0);
    assert.equal(r.out, 'No problems found in 1 file.\n');
  });

  it('exits 0 when the only findings are warnings', async () => {
    const r = await cli(['b.md'], tmp({ 'b.md': WARN_ONLY }));
    assert.match(r.out, /warning/);
    assert.equal(r.code, 0);
  });

  it('exits 2 with a one-line message on a missing file', async () => {
    const r = await cli(['nope.md'], tmp({}));
    assert.equal(r.code, 2);
    assert.equal(r.err, 'np-lint: no such file or folder: nope.md\n');
  });

  it('a broken entry in the settings file is listed with its line and column, and only that entry is ignored', async () => {
    const dir = tmp({ 'bill.md': BAD, '.np-lint.json': '{\n  "rules": { "closed-offence-list": "loud", "NP004": "off" }\n}\n' });
    const r = await cli(['bill.md'], dir);
    // The severity of closed-offence-list was not understood: the rule keeps its default (error); NP004 is off.
    assert.equal(r.code, 1);
    assert.equal(r.err, 'np-lint: warning: .np-lint.json:2:37: The rule "closed-offence-list" must be set to "error", "warning", "info" or "off". This entry was ignored.\n');
    assert.match(r.out, /NP001/);
    assert.doesNotMatch(r.out, /NP004/);
    const bad = await cli(['--config', 'x.json', 'bill.md'], tmp({ 'bill.md': BAD, 'x.json': '{not json' }));
    assert.equal(bad.code, 2);
    assert.match(bad.err, /^np-lint: .*x\.json:1:2: This is not valid JSON here/);
  });

  it('exits 2 on an unknown option or format, and on a file that is not text', async () => {
    assert.equal((await cli(['--frobnicate', 'a.md'], tmp({ 'a.md': CLEAN }))).code, 2);
    const f = await cli(['--format', 'xml', 'a.md'], tmp({ 'a.md': CLEAN }));
    assert.equal(f.code, 2);
    assert.match(f.err, /unknown format "xml"/);
    const dir = tmp({});
    writeFileSync(join(dir, 'b.md'), Buffer.from([0x23, 0x00, 0x01]));
    assert.match((await cli(['b.md'], dir)).err, /does not look like a text file/);
  });

  it('finds and applies the nearest .np-lint.json above the bill', async () => {
    const dir = tmp({ 'bills/2026/bill.md': BAD, '.np-lint.json': JSON.stringify({ rules: { 'closed-offence-list': 'warning', NP004: 'off' } }) });
    const r = await cli(['bills/2026/bill.md'], dir);
    assert.equal(r.code, 0);
    assert.match(r.out, /warning {2}Section 14 protects/);
    assert.doesNotMatch(r.out, /NP004/);
  });

  it('lints every Markdown file in a folder, and standard input with -', async () => {
    const dir = tmp({ 'a.md': BAD, 'sub/b.md': CLEAN, 'notes.txt': BAD });
    const r = await cli(['--format', 'json', '.'], dir);
    const json = JSON.parse(r.out) as { file: string; findings: unknown[] }[];
    assert.deepEqual(json.map((f) => f.file), ['a.md', 'sub/b.md']);
    const s = await cli(['--format', 'json', '-'], dir, BAD);
    assert.equal((JSON.parse(s.out) as { file: string }[])[0]!.file, '<stdin>');
    assert.equal(s.code, 1);
  });

  it('prints the JSON contract of DESIGN.md', async () => {
    const r = await cli(['--format', 'json', 'bill.md'], tmp({ 'bill.md': BAD }));
    const [file] = JSON.parse(r.out) as { file: string; findings: Record<string, unknown>[] }[];
    const f = file!.findings.find((x) => x.ruleId === 'closed-offence-list')!;
    // DESIGN.md's fields, plus the additive ones: the provision's heading range and the fingerprint.
    assert.deepEqual(Object.keys(f).sort(), ['citations', 'code', 'fingerprint', 'fixes', 'message', 'provision', 'provisionRange', 'range', 'ruleId', 'severity', 'title']);
    assert.match(f.fingerprint as string, /^[0-9a-f]{16}$/);
    assert.deepEqual((f.provisionRange as { start: { line: number } }).start.line, 1);
    assert.equal(f.code, 'NP001');
    assert.equal(f.severity, 'error');
    assert.equal(f.provision, 'Section 14');
    const len = 'prostitution and illegal immigration'.length;
    assert.deepEqual(f.range, { start: { line: 3, column: LIST_COL, offset: LIST_AT }, end: { line: 3, column: LIST_COL + len, offset: LIST_AT + len } });
    const fix = (f.fixes as { title: string; edits: { start: number; end: number; newText: string }[] }[])[0]!;
    // The listed offences are covered without any link to the trafficking: a catch-all follows them, so none now depends on proof of causation.
    assert.deepEqual(fix.edits, [{ start: LIST_AT + len, end: LIST_AT + len, newText: ', or any other offence committed as a direct result of being trafficked' }]);
    const cite = (f.citations as Record<string, string>[])[0]!;
    assert.equal(cite.source, 'ASEAN Guideline (2025)');
    assert.equal(cite.pinpoint, 'Guideline [1]');
  });

  it('prints SARIF 2.1.0', async () => {
    const r = await cli(['--format', 'sarif', 'bill.md'], tmp({ 'bill.md': BAD }));
    const sarif = JSON.parse(r.out);
    assert.equal(sarif.version, '2.1.0');
    const run0 = sarif.runs[0];
    assert.equal(run0.tool.driver.name, 'np-lint');
    const res = run0.results.find((x: { ruleId: string }) => x.ruleId === 'closed-offence-list');
    assert.equal(res.level, 'error');
    assert.deepEqual(res.locations[0].physicalLocation.region, { startLine: 3, startColumn: LIST_COL, endLine: 3, endColumn: LIST_COL + 36, charOffset: LIST_AT, charLength: 36 });
    assert.equal(run0.tool.driver.rules[res.ruleIndex].id, 'closed-offence-list');
    assert.equal(run0.results.find((x: { ruleId: string }) => x.ruleId === 'missing-child-provision').level, 'note');
  });

  it('--fix rewrites the file; --fix-dry-run prints the result and leaves the file alone', async () => {
    const dir = tmp({ 'bill.md': BAD });
    const dry = await cli(['--fix-dry-run', 'bill.md'], dir);
    assert.equal(readFileSync(join(dir, 'bill.md'), 'utf8'), BAD);
    assert.match(dry.out, /criminally liable for prostitution and illegal immigration, or any other offence committed as a direct result of being trafficked\./);
    // Only the info-level hint on children is left: fix-all never applies hints. The summary says
    // that it counts what is left in the fixed text, not what the bill has now.
    assert.match(dry.err, /^Left after the fixes: 1 problem \(0 errors, 0 warnings, 1 info\) in 1 file\.$/m);
    assert.equal(dry.code, 0);
    const fix = await cli(['--fix', 'bill.md'], dir);
    assert.equal(fix.code, 0);
    assert.equal(readFileSync(join(dir, 'bill.md'), 'utf8'), dry.out);
    assert.match(fix.out, /0 errors, 0 warnings, 1 info/);
  });

  it('keeps a byte-order mark when it rewrites a file', async () => {
    const dir = tmp({ 'bill.md': '\uFEFF' + BAD });
    await cli(['--fix', 'bill.md'], dir);
    const out = readFileSync(join(dir, 'bill.md'), 'utf8');
    assert.ok(out.startsWith('\uFEFF## 14.'));
  });

  it('lists suppressions with their reasons, and ignores one without a reason', async () => {
    const dir = tmp({
      'a.md': `<!-- np-lint-disable-file missing-child-provision -- children are covered by the Children Act -->\n\n${BAD}`,
      'b.md': `<!-- np-lint-disable-file missing-child-provision -->\n\n${BAD}`,
    });
    const a = await cli(['a.md'], dir);
    assert.match(a.out, /suppressed {2}missing-child-provision: "children are covered by the Children Act" \(silenced 1 finding\)/);
    assert.doesNotMatch(a.out, /NP004/);
    const b = await cli(['b.md'], dir);
    assert.match(b.out, /This suppression gives no reason, so it has no effect/);
    assert.match(b.out, /NP004/);
  });

  it('np-lint works as an installed command from the repository root', () => {
    const r = spawnSync(process.execPath, [repo('bin', 'np-lint.js'), 'examples/trafficking-bill.md'], { cwd: repo(), encoding: 'utf8' });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /examples\/trafficking-bill\.md:\d+:\d+ {2}error/);
    const h = spawnSync(process.execPath, [repo('bin', 'np-lint.js'), 'missing.md'], { cwd: repo(), encoding: 'utf8' });
    assert.equal(h.status, 2);
    assert.equal(h.stderr, 'np-lint: no such file or folder: missing.md\n');
  });

  it('the installed command is the bundle; checking a Markdown bill does not load the Word reader', () => {
    const bin = readFileSync(repo('bin', 'np-lint.js'), 'utf8');
    assert.match(bin, /import\('\.\.\/dist\/cli\/main\.js'\)/);
    // The patterns are compiled once, to machine code: the flag is set before the bundle (and any pattern) is loaded.
    assert.ok(bin.indexOf("setFlagsFromString('--no-regexp-tier-up')") >= 0 && bin.indexOf("setFlagsFromString('--no-regexp-tier-up')") < bin.indexOf("import('../dist/cli/main.js')"));
    // The files `np-lint bill.md` loads before any command-specific import: main.js and what it imports statically.
    const loaded = new Set<string>();
    const visit = (file: string) => {
      if (loaded.has(file)) return;
      loaded.add(file);
      for (const m of readFileSync(repo('dist', 'cli', file), 'utf8').matchAll(/^import\s*(?:[^'";]*?\s*from\s*)?["']\.\/([^"']+)["']/gm)) visit(m[1]!);
    };
    visit('main.js');
    assert.ok(loaded.size > 1, `main.js imports its chunks: ${[...loaded].join(', ')}`);
    const word = readdirSync(repo('dist', 'cli')).filter((f) => f.endsWith('.js') && readFileSync(repo('dist', 'cli', f), 'utf8').includes('mammoth'));
    assert.ok(word.length > 0, 'the Word reader is in the bundle');
    for (const f of word) assert.ok(!loaded.has(f), `${f} (the Word reader) is loaded for every bill`);
    // No code-page tables at start (iconv-lite's Chinese, Japanese and Korean tables cost a fifth of it): UTF-8
    // and UTF-16 use Node's own codecs, and iconv-lite is required only when a Windows-1252 file is read.
    for (const f of loaded) {
      const code = readFileSync(repo('dist', 'cli', f), 'utf8');
      assert.ok(!/cp936|shiftjis/i.test(code), `${f} holds a text-encoding library's tables`);
      for (const m of code.matchAll(/require\)?\(["']iconv-lite["']\)/g)) assert.match(code.slice(Math.max(0, m.index! - 200), m.index), /function iconv\(\)\s*\{[^}]*$/, `${f} loads iconv-lite at start`);
    }
  });

  it("clauses: a drafting office's own clauses in .np-lint/clauses/ appear beside the built-in ones", async () => {
    const office = ['---', 'id: office-clause', 'title: "Office standard clause"', 'jurisdiction: Westland', 'instrument: Westland drafting manual',
      'pinpoint: clause 7', 'kind: drafting-pattern', 'citation: "Westland Drafting Manual (2026), clause 7"', 'verbatim: false', '---',
      'A victim of trafficking shall not be punished for any offence committed as a direct result of being trafficked.', ''].join('\n');
    const dir = tmp({ '.np-lint/clauses/office.md': office, '.np-lint/clauses/broken.md': 'no front matter', 'bills/x.md': CLEAN });
    const r = await cli(['clauses', 'westland', '--format', 'json'], join(dir, 'bills'));
    assert.equal(r.code, 0);
    const list = JSON.parse(r.out) as { id: string; origin: string }[];
    assert.deepEqual(list[0], { ...list[0], id: 'office-clause', origin: 'workspace' });
    assert.match(r.err, /skipped .*broken\.md/);
    const all = JSON.parse((await cli(['clauses', '--format', 'json'], dir)).out) as { id: string }[];
    assert.ok(all.some((c) => c.id === 'kenya-s14') && all.some((c) => c.id === 'office-clause'));
  });

  it('main() turns usage errors into exit code 2', async () => {
    const write = process.stderr.write;
    let err = '';
    process.stderr.write = ((s: string) => ((err += s), true)) as typeof process.stderr.write;
    try {
      assert.equal(await main(['--format']), 2);
    } finally {
      process.stderr.write = write;
    }
    assert.match(err, /^np-lint: /);
  });
});
