import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint } from '../../src/engine/index.js';
import { anchorFor, mergeNotes, NotesFormatError, parseNotes, placeNote, placeNotes, serializeNotes, withCurrentAnchor, type Note } from '../../src/review/notes.js';
import { repo } from '../paths.js';
import { cli } from '../cli-harness.js';

const BILL = readFileSync(repo('examples', 'trafficking-bill.md'), 'utf8');
const QUOTE = 'a threat of death or serious injury';

function noteAt(text: string, words: string, body = 'Pitched at duress: see CTOC/COP/WG.4/2020/2, para. 60.'): Note {
  const at = text.indexOf(words);
  assert.ok(at >= 0);
  return {
    id: 'n1',
    anchor: anchorFor(text, lint(text).outline, at, at + words.length),
    status: 'open',
    author: 'A. Reviewer',
    body,
    created: '2026-01-05T10:00:00.000Z',
    updated: '2026-01-05T10:00:00.000Z',
    replies: [],
  };
}

const place = (text: string, n: Note) => placeNote(text, lint(text).outline, n.anchor);

describe('review notes: anchoring', () => {
  const note = noteAt(BILL, QUOTE);

  it('anchors a note to its provision by number, heading and the quoted words', () => {
    assert.deepEqual(note.anchor, { number: '14', title: 'Non-liability of victims of trafficking', quote: QUOTE, occurrence: 0 });
    const p = place(BILL, note);
    assert.equal(p.state, 'exact');
    assert.equal(BILL.slice(p.start, p.end), QUOTE);
    assert.equal(p.provision, 'Section 14');
  });

  it('survives an edit above it', () => {
    const edited = BILL.replace('## 1. Short title and commencement', '## 1. Short title, commencement and extent\n\nThis Act extends to the whole of Westland.\n');
    const p = place(edited, note);
    assert.equal(p.state, 'exact');
    assert.equal(edited.slice(p.start, p.end), QUOTE);
  });

  it('survives a renumbering, and then a changed heading as well', () => {
    const renumbered = BILL.replace('## 14. Non-liability', '## 15. Non-liability').replace('## 15. Setting aside', '## 16. Setting aside').replace('# Part III — Protection of victims\n', '# Part III — Protection of victims\n\n## 10. New\n\nA new section.\n');
    const p = place(renumbered, note);
    assert.deepEqual([p.state, p.provision, renumbered.slice(p.start, p.end)], ['exact', 'Section 15', QUOTE]);
    // The anchor follows the provision, so a later change of heading still finds it.
    const moved = withCurrentAnchor(note, p);
    assert.equal(moved.anchor.number, '15');
    const retitled = renumbered.replace('## 15. Non-liability of victims of trafficking', '## 15. Victims not to be punished');
    const q = placeNote(retitled, lint(retitled).outline, moved.anchor);
    assert.deepEqual([q.state, q.provision, retitled.slice(q.start, q.end)], ['exact', 'Section 15', QUOTE]);
  });

  it('falls back to the provision’s heading when the quoted words are gone, and says so', () => {
    const rewritten = BILL.replace(QUOTE, 'any of the means of trafficking');
    const p = place(rewritten, note);
    assert.equal(p.state, 'provision');
    assert.equal(rewritten.slice(p.start, p.end), '14. Non-liability of victims of trafficking');
  });

  it('is “lost” (shown at the start) when the provision and the words are both gone', () => {
    const s = BILL.indexOf('## 14.');
    const e = BILL.indexOf('## 15.');
    const p = place(BILL.slice(0, s) + BILL.slice(e), note);
    assert.deepEqual([p.state, p.start], ['lost', 0]);
  });

  it('tells repeated words apart by their occurrence in the provision', () => {
    const text = BILL;
    const second = text.indexOf('Westland', text.indexOf('(b) unlawful residence'));
    const n = { ...note, anchor: anchorFor(text, lint(text).outline, second, second + 'Westland'.length) };
    assert.equal(n.anchor.occurrence, 1);
    assert.equal(placeNote(text, lint(text).outline, n.anchor).start, second);
  });
});

describe('review notes: the file beside the bill', () => {
  it('round-trips, with keys in a fixed order', () => {
    const n = noteAt(BILL, QUOTE);
    const text = serializeNotes({ version: 1, notes: [n] });
    assert.ok(text.endsWith('}\n'));
    assert.deepEqual(parseNotes(text).doc.notes, [n]);
    assert.deepEqual(Object.keys(JSON.parse(text).notes[0]), ['id', 'anchor', 'status', 'author', 'body', 'created', 'updated', 'replies']);
  });

  it('one bad note never costs the others; a file that is not a notes file is an error', () => {
    const good = noteAt(BILL, QUOTE);
    const { doc, problems } = parseNotes(JSON.stringify({ version: 1, notes: [{ id: 'x' }, good, { ...good }] }), 'bill.md.np-notes.json');
    assert.deepEqual(doc.notes.map((n) => n.id), ['n1']);
    assert.deepEqual(problems, [
      'note 1 in bill.md.np-notes.json was skipped: it needs an "id", a "body" and an "anchor" with a "quote" or a "title"',
      'note 3 in bill.md.np-notes.json was skipped: its id "n1" is used by an earlier note',
    ]);
    assert.throws(() => parseNotes('{ not json'), NotesFormatError);
    assert.throws(() => parseNotes('[]'), /has no "notes" list/);
    assert.throws(() => parseNotes('{"version": 2, "notes": []}'), /version 2 notes file/);
  });

  it('merging keeps notes another reviewer added to the file meanwhile', () => {
    const mine = { ...noteAt(BILL, QUOTE), id: 'mine', body: 'Changed.' };
    const theirs = { ...noteAt(BILL, 'reasonable person'), id: 'theirs' };
    const gone = { ...noteAt(BILL, 'illegal entry'), id: 'gone' };
    const onDisk = { version: 1 as const, notes: [{ ...mine, body: 'Old.' }, theirs, gone] };
    const merged = mergeNotes(onDisk, [mine], new Set(['gone']));
    assert.deepEqual(merged.notes.map((n) => [n.id, n.body]), [['mine', 'Changed.'], ['theirs', theirs.body]]);
  });
});

describe('np-lint notes', () => {

  it('lists the notes beside a bill, where they now stand', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'np-notes-'));
    const renumbered = BILL.replace('## 14. Non-liability', '## 15. Non-liability').replace('## 15. Setting aside', '## 16. Setting aside');
    writeFileSync(join(dir, 'bill.md'), renumbered);
    const n = noteAt(BILL, QUOTE);
    const resolved = { ...noteAt(BILL, 'illegal entry', 'Closed list; agreed to widen.'), id: 'n2', status: 'resolved' as const };
    writeFileSync(join(dir, 'bill.md.np-notes.json'), serializeNotes({ version: 1, notes: [n, resolved] }));
    const r = await cli(['notes', 'bill.md'], dir);
    assert.equal(r.code, 0);
    const line = renumbered.slice(0, renumbered.indexOf(QUOTE)).split('\n').length;
    assert.match(r.out, /^bill\.md: 2 review notes \(1 open\)$/m);
    assert.ok(r.out.includes(`bill.md:${line}:`), r.out);
    assert.match(r.out, /open {6}Section 15, on "a threat of death or serious injury" \(A\. Reviewer, 2026-01-05\)/);
    const j = JSON.parse((await cli(['notes', 'bill.md', '--format', 'json', '--status', 'open'], dir)).out) as { notes: { id: string; provision: string; line: number; placement: string }[] };
    assert.deepEqual(j.notes.map((x) => [x.id, x.provision, x.line, x.placement]), [['n1', 'Section 15', line, 'exact']]);
  });

  it('says when a bill has none, and fails clearly on a broken notes file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'np-notes-'));
    writeFileSync(join(dir, 'bill.md'), BILL);
    assert.equal((await cli(['notes', 'bill.md'], dir)).out, 'bill.md has no review notes (they would be kept in bill.md.np-notes.json).\n');
    writeFileSync(join(dir, 'bill.md.np-notes.json'), '{ "notes": [');
    const r = await cli(['notes', 'bill.md'], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /^np-lint: bill\.md\.np-notes\.json is not valid JSON/);
    // The review still runs, and says why the notes are not listed.
    writeFileSync(join(dir, 'old.md'), BILL);
    const rv = await cli(['review', 'old.md', 'bill.md'], dir);
    assert.equal(rv.code, 0);
    assert.match(rv.err, /review notes not listed: bill\.md\.np-notes\.json is not valid JSON/);
  });

  it('the review report lists the notes with their status, author and provision', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'np-notes-'));
    writeFileSync(join(dir, 'old.md'), BILL);
    writeFileSync(join(dir, 'new.md'), BILL);
    writeFileSync(join(dir, 'new.md.np-notes.json'), serializeNotes({ version: 1, notes: [noteAt(BILL, QUOTE)] }));
    const md = (await cli(['review', 'old.md', 'new.md', '-f', 'markdown'], dir)).out;
    assert.match(md, /^## Review notes\n\n- \*\*Open\*\*, Section 14, line \d+ \(A\. Reviewer, 2026-01-05\), on “a threat of death or serious injury”: Pitched at duress/m);
    const j = JSON.parse((await cli(['review', 'old.md', 'new.md', '-f', 'json'], dir)).out) as { notes: { id: string; status: string }[] };
    assert.deepEqual(j.notes.map((n) => [n.id, n.status]), [['n1', 'open']]);
    assert.equal(placeNotes(BILL, lint(BILL).outline, [noteAt(BILL, QUOTE)])[0]!.placement.state, 'exact');
  });
});
