// Bills as they arrive (issue 8): every encoding a drafter's file may have, Word documents, and a
// CLI that never loses work when one file among many is bad.
import assert from 'node:assert/strict';
import { chmodSync, readFileSync, statSync, symlinkSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { decodeText, encodeText, EncodeError } from '../src/cli/encoding.js';
import { lint } from '../src/engine/lint.js';
import { fixture } from './paths.js';
import { markdownToDocx } from './word-fixture.js';
import { cli, tmpFolder } from './cli-harness.js';

const BAD = `## 14. Non-liability\n\nA victim of trafficking shall not be criminally liable for prostitution and illegal immigration.\n`;
const CLEAN = `# Roads Act\n\n## 1. Speed limits\n\nNo person shall drive faster than 50 kilometres an hour in a town.\n`;
/** A bill with characters outside ASCII that Windows-1252 holds: curly quotes, a dash, an accent. */
const WESTERN = `# Loi sur la traite — Bill\n\n## 14. Non-liability\n\nA “victim of trafficking” (victime de la traite) shall not be criminally liable for prostitution and illegal immigration.\n`;

const tmp = (files: Record<string, string | Uint8Array>) => tmpFolder(files, 'np-io-');

type JsonFinding = { ruleId: string; severity: string; message: string; range: { start: { line: number; column: number } }; paragraph?: { number: number; excerpt: string } };
type JsonFile = { file: string; findings: JsonFinding[]; trackedChanges?: boolean; notices: unknown[] };
const json = (s: string) => JSON.parse(s) as JsonFile[];
const summary = (f: JsonFinding[]) => f.map((x) => `${x.ruleId}:${x.severity}:${x.message}`);

describe('np-lint: encodings', () => {
  const expected = lint(WESTERN).findings;
  const variants: [string, Buffer, string][] = [
    ['UTF-8', Buffer.from(WESTERN, 'utf8'), 'utf-8'],
    ['UTF-8 with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(WESTERN, 'utf8')]), 'utf-8'],
    ['UTF-16 LE with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(WESTERN, 'utf-16le')]), 'utf-16le'],
    ['UTF-16 BE with a byte-order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(WESTERN, 'utf-16be')]), 'utf-16be'],
    ['Windows-1252 (Word "Plain Text")', iconv.encode(WESTERN, 'windows-1252'), 'windows-1252'],
  ];
  for (const [name, bytes, encoding] of variants) {
    it(`${name}: the same findings as UTF-8, and --fix writes back in the same encoding`, async () => {
      assert.equal(decodeText(bytes).encoding, encoding);
      const dir = tmp({ 'bill.md': bytes });
      const r = await cli(['--format', 'json', 'bill.md'], dir);
      assert.equal(r.code, 1, r.err);
      assert.deepEqual(json(r.out)[0]!.findings.map((f) => [f.ruleId, f.range.start.line, f.range.start.column]), expected.map((f) => [f.ruleId, f.range.start.line, f.range.start.column]));
      const fixed = await cli(['--fix', 'bill.md'], dir);
      assert.equal(fixed.code, 0, fixed.err);
      const after = readFileSync(join(dir, 'bill.md'));
      const back = decodeText(after);
      assert.equal(back.encoding, encoding);
      assert.equal(back.bom, decodeText(bytes).bom);
      assert.match(back.text, /criminally liable for prostitution and illegal immigration, or any other offence committed as a direct result of being trafficked/);
      // Nothing else changed: the curly quotes, the dash and the accent are still there.
      assert.ok(back.text.includes('A “victim of trafficking” (victime de la traite)') && back.text.startsWith('# Loi sur la traite — Bill'));
      assert.ok(!back.text.includes('\uFFFD'));
    });
  }

  it('keeps CR-only and CRLF line endings when it fixes a bill', async () => {
    for (const eol of ['\r', '\r\n']) {
      const dir = tmp({ 'bill.md': BAD.replace(/\n/g, eol) });
      const before = await cli(['--format', 'json', 'bill.md'], dir);
      assert.deepEqual(json(before.out)[0]!.findings.map((f) => f.range.start.line), lint(BAD).findings.map((f) => f.range.start.line));
      const r = await cli(['--fix', 'bill.md'], dir);
      assert.equal(r.code, 0, r.err);
      const text = readFileSync(join(dir, 'bill.md'), 'utf8');
      assert.match(text, /any other offence committed as a direct result/);
      assert.equal(text.split(eol).length, BAD.split('\n').length, 'no line ending added or lost');
      if (eol === '\r') assert.ok(!text.includes('\n'), 'no LF written into a CR-only file');
      else assert.ok(!/[^\r]\n/.test(text), 'every line ends in CRLF');
    }
  });

  it('refuses to write a fix that Windows-1252 cannot hold, naming the character', () => {
    const stored = decodeText(iconv.encode(WESTERN, 'windows-1252'));
    assert.throws(() => encodeText(`${stored.text}\nThe court shall consider ≥ 2 factors.\n`, stored), (e: unknown) => e instanceof EncodeError && /cannot hold the character "≥" \(U\+2265\)/.test((e as Error).message));
  });

  it('says clearly what is wrong with a file it cannot read, and never replaces bytes with U+FFFD', async () => {
    const dir = tmp({
      'binary.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
      'utf16-no-bom.md': iconv.encode(BAD, 'utf-16le'),
      'mixed.md': Buffer.concat([Buffer.from('## 1. Title\n\nText with a byte '), Buffer.from([0x81, 0x8d]), Buffer.from(' that no encoding here has.\n')]),
      'utf8-broken.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('## 1. Title\n\n'), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]),
    });
    const r = await cli(['.'], dir);
    assert.equal(r.code, 2);
    const lines = r.err.trim().split('\n');
    assert.deepEqual(lines, [
      'np-lint: binary.md does not look like a text file',
      'np-lint: mixed.md is neither UTF-8 nor Windows-1252 text (some bytes match no character); save it as UTF-8',
      'np-lint: utf16-no-bom.md looks like UTF-16 without a byte-order mark; save it as UTF-8',
      'np-lint: utf8-broken.md starts as UTF-8 but has bytes that are not UTF-8; save it as UTF-8 again',
    ]);
  });

  it('reads standard input in any of these encodings, once', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(BAD, 'utf-16le')]);
    const r = await cli(['--format', 'json', '-', '-'], tmp({}), bytes);
    const files = json(r.out);
    assert.equal(files.length, 1);
    assert.equal(files[0]!.file, '<stdin>');
    assert.ok(files[0]!.findings.some((f) => f.ruleId === 'closed-offence-list'));
    assert.match(r.err, /standard input \(-\) is named more than once; it is read once/);
  });
});

describe('np-lint: one bad file never costs the others', () => {
  it('reports an unreadable or binary file in one line and still checks the rest, then exits 2', async () => {
    const dir = tmp({ 'a.md': BAD, 'b.md': Buffer.from([0, 1, 2, 3, 0, 5, 6, 7]), 'c.md': CLEAN });
    symlinkSync(join(dir, 'nowhere.md'), join(dir, 'd.md'));
    const r = await cli(['--format', 'json', 'a.md', 'b.md', 'c.md', 'd.md', 'missing.md'], dir);
    assert.equal(r.code, 2);
    assert.deepEqual(json(r.out).map((f) => f.file), ['a.md', 'c.md']);
    assert.ok(json(r.out)[0]!.findings.length > 0);
    assert.deepEqual(r.err.trim().split('\n'), ['np-lint: cannot read d.md (a broken symbolic link)', 'np-lint: no such file or folder: missing.md', 'np-lint: b.md does not look like a text file']);
  });

  it('--fix on several files: a read-only file is reported and skipped, the others fixed, and every file written is listed', async () => {
    const dir = tmp({ 'a.md': BAD, 'locked.md': BAD, 'sub/b.md': BAD, 'clean.md': CLEAN });
    chmodSync(join(dir, 'locked.md'), 0o444);
    const r = await cli(['--fix', '.'], dir);
    assert.equal(r.code, 2);
    assert.equal(r.err, 'np-lint: locked.md was not fixed: it is read-only\n');
    assert.equal(readFileSync(join(dir, 'locked.md'), 'utf8'), BAD);
    assert.equal(statSync(join(dir, 'locked.md')).mode & 0o777, 0o444);
    for (const f of ['a.md', 'sub/b.md']) assert.match(readFileSync(join(dir, f), 'utf8'), /any other offence committed as a direct result/);
    assert.match(r.out, /^Fixed and saved 2 files: a\.md \(1 fix\), sub\/b\.md \(1 fix\)\.$/m);
    // The report shows the read-only file's findings as they still are.
    assert.match(r.out, /^locked\.md:3:\d+ {2}error/m);
  });

  it('follows symbolic links to files and folders once, detects loops, and checks a file named twice once', async () => {
    const dir = tmp({ 'bills/a.md': BAD, 'other/b.md': CLEAN });
    symlinkSync(join(dir, 'bills'), join(dir, 'bills', 'loop'));
    symlinkSync(join(dir, 'other'), join(dir, 'bills', 'linked'));
    symlinkSync(join(dir, 'bills', 'a.md'), join(dir, 'bills', 'alias.md'));
    const r = await cli(['--format', 'json', 'bills', 'bills/a.md', 'bills/alias.md'], dir);
    assert.deepEqual(json(r.out).map((f) => f.file), ['bills/a.md', 'bills/linked/b.md']);
    assert.match(r.err, /bills\/loop links back to a folder above it; it was not walked again/);
    assert.match(r.err, /bills\/a\.md is named more than once \(or through a link\); it is checked once/);
    assert.equal(r.code, 1);
  });

  it('--fix through a symbolic link rewrites the file it points to and keeps the link', async () => {
    const dir = tmp({ 'real/bill.md': BAD });
    symlinkSync(join(dir, 'real', 'bill.md'), join(dir, 'link.md'));
    const r = await cli(['--fix', 'link.md'], dir);
    assert.equal(r.code, 0, r.err);
    assert.ok(statSync(join(dir, 'link.md')).isFile());
    assert.match(readFileSync(join(dir, 'real', 'bill.md'), 'utf8'), /any other offence committed/);
    assert.equal(readFileSync(join(dir, 'link.md'), 'utf8'), readFileSync(join(dir, 'real', 'bill.md'), 'utf8'));
  });

  it('a huge file gets a clear message, not a crash, and the others are still checked', async () => {
    const dir = tmp({ 'huge.md': '', 'a.md': BAD });
    truncateSync(join(dir, 'huge.md'), 65 * 1024 * 1024);
    const r = await cli(['--format', 'json', '.'], dir);
    assert.equal(r.code, 2);
    assert.equal(r.err, 'np-lint: huge.md is 65 MB; np-lint reads bills up to 64 MB (split the bill, or check the Parts separately)\n');
    assert.deepEqual(json(r.out).map((f) => f.file), ['a.md']);
  });
});

describe('np-lint: Word documents', () => {
  const twin = readFileSync(fixture('word', 'liability-bill.md'), 'utf8');
  const tracked = { insert: { in: 'working without', words: 'without a work permit' }, delete: { in: 'entering the country', words: ' or when threatened with death' } };

  it('finds in a .docx the same defects as in its Markdown twin, pointing to paragraphs', async () => {
    const dir = tmp({ 'bill.docx': await markdownToDocx(twin, tracked), 'twin.md': twin });
    const r = await cli(['--format', 'json', 'bill.docx', 'twin.md'], dir);
    assert.equal(r.code, 1, r.err);
    const [docx, md] = json(r.out);
    assert.deepEqual(summary(docx!.findings), summary(md!.findings));
    // The four core rules, and two further ones: protection from criminal liability only, and no record relief (a hint).
    assert.deepEqual(md!.findings.map((f) => f.ruleId).sort(), ['closed-offence-list', 'criminal-liability-only', 'defendant-burden', 'duress-threshold', 'missing-child-provision', 'missing-record-relief']);
    // The deleted words ("threatened with death") were not read; the inserted ones were.
    assert.equal(docx!.trackedChanges, true);
    const list = docx!.findings.find((f) => f.ruleId === 'closed-offence-list')!;
    assert.deepEqual(list.paragraph, { number: 9, excerpt: '(1) A trafficked person is not criminally…' });
    const burden = docx!.findings.find((f) => f.ruleId === 'defendant-burden')!;
    assert.deepEqual(burden.paragraph, { number: 13, excerpt: "(2) The burden of proving, on the…" });
  });

  it('text output names the paragraph and its first words, and says tracked changes were accepted', async () => {
    const dir = tmp({ 'bill.docx': await markdownToDocx(twin, tracked) });
    const r = await cli(['bill.docx'], dir);
    assert.match(r.out, /^bill\.docx: The document has tracked changes: it was checked as if all of them had been accepted\.$/m);
    assert.match(r.out, /^bill\.docx: paragraph 9 \("\(1\) A trafficked person is not criminally…"\) {2}error {4}Section 4 protects victims only for the offences listed/m);
    assert.match(r.out, /^6 problems \(3 errors, 2 warnings, 1 info\) in 1 file\.$/m);
    assert.doesNotMatch(r.out, /can be fixed with --fix/);
  });

  it('reads a Word document by its content whatever its name (a .docx saved as .md), for checking and for convert', async () => {
    const bytes = await markdownToDocx(twin);
    const dir = tmp({ 'renamed.md': bytes, 'bill.docx': bytes });
    const r = await cli(['--format', 'json', 'renamed.md', 'bill.docx'], dir);
    assert.equal(r.err, '');
    const [renamed, docx] = json(r.out);
    assert.deepEqual(summary(renamed!.findings), summary(docx!.findings));
    const converted = await cli(['convert', 'renamed.md'], dir);
    assert.equal(converted.code, 0, converted.err);
    assert.equal(converted.out, (await cli(['convert', 'bill.docx'], dir)).out);
  });

  it('checks the .docx files in a folder, and --fix leaves a Word document alone with a note', async () => {
    const bytes = await markdownToDocx(twin);
    const dir = tmp({ 'bills/b.docx': bytes, 'bills/a.md': CLEAN, 'bills/~$b.docx': 'Word lock file' });
    const r = await cli(['--format', 'json', 'bills'], dir);
    assert.deepEqual(json(r.out).map((f) => f.file), ['bills/a.md', 'bills/b.docx']);
    const fix = await cli(['--fix', 'bills/b.docx'], dir);
    assert.match(fix.err, /bills\/b\.docx is a Word document: fixes are not written into it \(run "np-lint convert bills\/b\.docx"/);
    assert.deepEqual(readFileSync(join(dir, 'bills', 'b.docx')), bytes);
  });

  it('np-lint convert writes the Markdown the engine read: the twin, exactly (round trip)', async () => {
    const dir = tmp({ 'bill.docx': await markdownToDocx(twin, tracked) });
    const r = await cli(['convert', 'bill.docx'], dir);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, twin);
    assert.match(r.err, /bill\.docx has tracked changes: the Markdown shows it as if all of them had been accepted/);
    const o = await cli(['convert', 'bill.docx', '-o', 'bill.md'], dir);
    assert.equal(o.code, 0, o.err);
    assert.equal(readFileSync(join(dir, 'bill.md'), 'utf8'), twin);
    const again = await cli(['convert', 'bill.docx', '-o', 'bill.md'], dir);
    assert.equal(again.code, 2);
    assert.match(again.err, /bill\.md already exists; use --force to replace it/);
  });

  it('an old .doc, a damaged .docx or a file that is not Word gets one clear line; the others are checked', async () => {
    const dir = tmp({
      'old.docx': Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
      'text.docx': 'just some text',
      'good.md': BAD,
    });
    const r = await cli(['--format', 'json', '.'], dir);
    assert.equal(r.code, 2);
    assert.deepEqual(json(r.out).map((f) => f.file), ['good.md']);
    assert.deepEqual(r.err.trim().split('\n'), [
      'np-lint: old.docx cannot be read: this is a Word 97-2003 document (.doc); open it in Word and save it as a Word document (.docx)',
      'np-lint: text.docx cannot be read: this is not a Word document (.docx), or it is damaged',
    ]);
    const c = await cli(['convert', 'old.docx'], dir);
    assert.equal(c.code, 2);
    assert.equal(c.err.split('\n').length, 2);
  });
});

describe('np-lint: a Word document on standard input', () => {
  it('is recognised by its signature and checked like the file', async () => {
    const twin = readFileSync(fixture('word', 'liability-bill.md'), 'utf8');
    const r = await cli(['--format', 'json', '-'], tmp({}), await markdownToDocx(twin));
    const [f] = json(r.out);
    assert.deepEqual(summary(f!.findings), summary(lint(twin).findings.map((x) => ({ ...x, paragraph: undefined })) as unknown as JsonFinding[]));
    assert.ok(f!.findings.every((x) => x.paragraph && x.paragraph.number > 0));
  });
});
