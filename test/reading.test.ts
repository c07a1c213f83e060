import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { lint, fixAll } from '../src/engine/lint.js';
import { analyseBill } from '../src/engine/model.js';
import { LineIndex, detectEol } from '../src/engine/text.js';
import { md } from './rule-tester.js';
import { repo } from './paths.js';

const sample = readFileSync(repo('examples', 'trafficking-bill.md'), 'utf8');

describe('offsets that are always right', () => {
  it('a leading byte order mark shifts every range and edit by exactly one', () => {
    const plain = lint(sample).findings;
    const withBom = lint('\uFEFF' + sample).findings;
    assert.equal(withBom.length, plain.length);
    withBom.forEach((f, i) => {
      const p = plain[i]!;
      assert.equal(f.range.start.offset, p.range.start.offset + 1);
      assert.equal(f.range.end.offset, p.range.end.offset + 1);
      assert.deepEqual(
        f.fixes.map((x) => x.edits.map((e) => [e.start, e.end, e.newText])),
        p.fixes.map((x) => x.edits.map((e) => [e.start + 1, e.end + 1, e.newText])),
      );
    });
  });

  it('stays in sync after many stripped white-space characters (a continuation line indented 16 spaces)', () => {
    const text = md`
      ## 2. Interpretation

      In this Act—
                      "child" means a person under the age of
                      16 years;
    `;
    const f = lint(text).findings.find((x) => x.ruleId === 'missing-child-provision')!;
    assert.equal(text.slice(f.range.start.offset, f.range.end.offset), '16');
    const fixed = fixAll(text);
    assert.ok(fixed.text.includes('                18 years;'));
    assert.deepEqual(fixed.remaining.filter((x) => x.ruleId === 'missing-child-provision'), []);
  });

  it('detects the line ending a file uses, CR alone included', () => {
    assert.equal(detectEol('a\rb\rc'), '\r');
    assert.equal(detectEol('a\r\nb\r\nc\nd'), '\r\n');
    assert.equal(detectEol('a\nb\nc\r\nd'), '\n');
    assert.equal(detectEol('one line'), '\n');
  });

  it('inserts text with a CR-only file\'s own line endings', () => {
    const text = sample.replace(/\n/g, '\r');
    const hint = lint(text).findings.find((f) => f.ruleId === 'missing-child-provision')!;
    // The limb (a compulsion test is offered the causation rewrite first, which adds no line).
    const limb = hint.fixes.find((f) => /child victims/.test(f.title))!;
    for (const e of limb.edits) assert.ok(!e.newText.includes('\n'), JSON.stringify(e.newText));
    assert.ok(limb.edits.some((e) => e.newText.includes('\r')));
  });

  it('never ends or starts a range inside a CRLF pair or a surrogate pair', () => {
    const text = 'a\r\nb😀c';
    const idx = new LineIndex(text);
    assert.deepEqual([idx.range(2, 2).start.offset, idx.range(2, 2).end.offset], [1, 3]);
    const emoji = text.indexOf('😀');
    assert.deepEqual([idx.range(emoji + 1, emoji + 1).start.offset, idx.range(emoji + 1, emoji + 1).end.offset], [emoji, emoji + 2]);
    assert.deepEqual([idx.range(0, emoji + 1).start.offset, idx.range(0, emoji + 1).end.offset], [0, emoji + 2]);
  });
});

describe('quotations of other instruments and the preamble', () => {
  // A preamble in our own words quoting an imaginary regional protocol.
  const text = md`
    # Prevention of Trafficking in Persons Bill 2026

    WHEREAS the Republic is a party to the Regional Protocol on Trafficking in Persons;

    AND WHEREAS article 9 of that Protocol provides: "Each State Party shall ensure that victims are not penalised for unlawful acts they were compelled to commit.";

    Recognising that victims are often made to commit offences by those who exploit them,

    > A victim of trafficking shall not be held liable for any offence committed under compulsion.

    ENACTED by the Parliament of the Republic of Westland as follows—

    # Part I — Preliminary

    ## 1. Interpretation

    “child” means a person under the age of eighteen years;

    “victim” means a victim of trafficking in persons.
  `;
  const bill = analyseBill(text);

  it('marks the text before the enacting words as preamble, and recitals as such', () => {
    assert.deepEqual(bill.sections.map((s) => [s.name, s.preamble]), [
      ['Prevention of Trafficking in Persons Bill 2026', true],
      ['Part I — Preliminary', false],
      ['Section 1', false],
    ]);
    assert.deepEqual(bill.sections[0]!.model.clauses.map((c) => Boolean(c.recital)), [true, true, true, false, false]);
  });

  it('marks a quoted instrument, in quotation marks or a block quotation, and not a quoted defined term', () => {
    const pre = bill.sections[0]!.model;
    const quoted = pre.sentences.filter((s) => s.quoted === 'instrument').map((s) => s.text.slice(0, 30));
    assert.deepEqual(quoted, ['AND WHEREAS article 9 of that ', 'A victim of trafficking shall ']);
    assert.equal(pre.clauses[3]!.quoted, 'instrument');
    assert.ok(bill.sections[2]!.model.clauses.every((c) => !c.quoted));
    assert.ok(bill.sections[2]!.model.sentences.every((s) => !s.quoted));
  });

  it('reads a provision under a Part with no section heading as a provision of the Part', () => {
    const b = analyseBill(md`
      # Part III — Protection of victims

      A victim of trafficking shall not be punished for any offence committed as a direct result of being trafficked.

      # Part IV — Assistance

      ## 16. Shelters

      Shelters shall be provided.
    `);
    assert.deepEqual(b.provisions.map((p) => p.name), ['Part III — Protection of victims']);
    // A Part whose heading names the topic but holds no text of its own is not a provision.
    assert.deepEqual(analyseBill('# Part III — Non-liability of victims\n\n## 14. Shelters\n\nShelters shall be provided.\n').provisions, []);
  });
});
