import assert from 'node:assert/strict';
import { lint, fixAll } from '../src/engine/lint.js';
import { applyFixes } from '../src/engine/fix.js';
import { LineIndex } from '../src/engine/text.js';

/** Lines and columns 1-based, offsets 0-based, all in UTF-16 code units (as VS Code counts). */
function at(text: string, words: string) {
  const offset = text.indexOf(words);
  assert.ok(offset >= 0, `test text contains ${words}`);
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\n|\r/);
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1, offset };
}

const PROVISION = [
  '# 🇼🇱 Закон о противодействии торговле людьми — 反人口贩卖法',
  '',
  '## 14. Non-liability of victims 🛡️',
  '',
  '(1)\tA victim of trafficking (жертва, 受害者 👩‍👧) shall not be criminally liable for prostitution and illegal immigration.',
  '',
  '(2) It is a defence for the accused to prove, on the balance of probabilities, that subsection (1) applies.',
];

describe('ranges', () => {
  for (const [name, eol] of [
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ] as const) {
    it(`are exact with ${name} line endings, tabs, emoji and non-Latin text`, () => {
      const text = PROVISION.join(eol);
      const findings = lint(text).findings;
      const closed = findings.find((f) => f.ruleId === 'closed-offence-list')!;
      const burden = findings.find((f) => f.ruleId === 'defendant-burden')!;
      const child = findings.find((f) => f.ruleId === 'missing-child-provision')!;
      assert.deepEqual(closed.range.start, at(text, 'prostitution and illegal immigration'));
      assert.equal(text.slice(closed.range.start.offset, closed.range.end.offset), 'prostitution and illegal immigration');
      assert.equal(closed.range.end.line, closed.range.start.line);
      assert.equal(closed.range.end.column, closed.range.start.column + 'prostitution and illegal immigration'.length);
      assert.deepEqual(burden.range.start, at(text, 'for the accused to prove'));
      assert.equal(burden.range.start.line, 7);
      assert.deepEqual(child.range.start, at(text, '14. Non-liability'));
      assert.equal(text.slice(child.range.start.offset, child.range.end.offset), '14. Non-liability of victims 🛡️');
    });
  }

  it('counts an emoji as two UTF-16 code units in columns', () => {
    const text = '## 14. Non-punishment\n\n😀😀 A victim shall not be held liable for prostitution offences.';
    const f = lint(text).findings.find((x) => x.ruleId === 'closed-offence-list')!;
    assert.equal(f.range.start.line, 3);
    // "😀😀 A victim shall not be held liable for " is 4 + 39 code units.
    assert.equal(f.range.start.column, '😀😀 A victim shall not be held liable for '.length + 1);
    assert.equal(f.range.start.column, 44);
  });

  it('keeps CRLF line endings in inserted text', () => {
    const text = PROVISION.join('\r\n');
    const fixed = fixAll(text).text;
    assert.ok(!/[^\r]\n/.test(fixed), 'no bare LF was introduced');
    // The child limb is an info-level hint, which fix-all leaves alone: apply it as a drafter would.
    const hint = lint(fixed).findings.find((f) => f.ruleId === 'missing-child-provision')!;
    const withLimb = applyFixes(fixed, [hint.fixes[0]!]).text;
    assert.ok(!/[^\r]\n/.test(withLimb), 'no bare LF was introduced');
    assert.ok(withLimb.includes('\r\n\r\n(4) Where the victim is a child'), withLimb);
  });

  it('reads a lone CR as a line break: a list of paragraphs gets the same fix as with LF, and fixing again changes nothing', () => {
    // Found by the property test: with lone CRs the list was not seen to end at its last paragraph,
    // and each fix-all pass added another "or any other offence ...".
    const lines = ['(1) A victim of trafficking shall not be criminally liable in respect of—', '', '(a) illegal entry;', '', '(b) working without a permit'];
    const lf = fixAll(lines.join('\n')).text;
    const cr = fixAll(lines.join('\r')).text;
    assert.equal(cr, lf.replace(/\n/g, '\r'));
    assert.ok(cr.includes('(b) working without a permit, or any other offence committed as a direct result of being trafficked'), cr);
    assert.equal(fixAll(cr).text, cr);
  });

  it('never removes or writes before a leading byte order mark: a fix that leaves out the first lines starts after it', () => {
    // Found by the 100,000-case property run (seed -838606184): the causation fix left out a condition
    // from the very start of the text, and with a byte order mark it took the mark too.
    const text = '(b) unlawful residence; or\nand a reasonable person would have had no realistic alternative.\n(1) A victim of trafficking shall not be criminally liable in respect of—\nif the victim was compelled by a threat of death or serious injury.';
    const edits = (t: string) => lint(t).findings.filter((f) => f.ruleId === 'duress-threshold').flatMap((f) => f.fixes.flatMap((x) => x.edits));
    const plain = edits(text);
    assert.ok(plain.some((e) => e.start === 0 && e.end > 0), 'the fix leaves out words from the start of the text');
    const marked = edits('\uFEFF' + text);
    assert.deepEqual(marked, plain.map((e) => ({ ...e, start: e.start + 1, end: e.end + 1 })));
    assert.ok(applyFixes('\uFEFF' + text, [lint('\uFEFF' + text).findings.find((f) => f.ruleId === 'duress-threshold')!.fixes[0]!]).text.startsWith('\uFEFF'));
  });

  it('LineIndex converts offsets both ways consistently', () => {
    const text = 'a\r\nbb\rccc\n\n😀d';
    const idx = new LineIndex(text);
    assert.deepEqual(idx.position(0), { line: 1, column: 1, offset: 0 });
    assert.deepEqual(idx.position(3), { line: 2, column: 1, offset: 3 });
    assert.deepEqual(idx.position(6), { line: 3, column: 1, offset: 6 });
    assert.deepEqual(idx.position(11), { line: 5, column: 1, offset: 11 });
    assert.deepEqual(idx.position(13), { line: 5, column: 3, offset: 13 });
    assert.equal(idx.lineCount, 5);
    assert.equal(idx.lineEnd(1), 1);
    assert.equal(idx.lineEnd(2), 5);
  });
});
