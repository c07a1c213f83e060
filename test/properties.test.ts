import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lint, fixAll } from '../src/engine/lint.js';
import { applyFixes } from '../src/engine/fix.js';

// Pieces of real bill drafting, Markdown syntax and noise, combined at random.
const PIECES = [
  '## 14. Non-liability of victims',
  '**7. Non-punishment.**',
  '14.',
  'Section 9 — Defence',
  '(1) A victim of trafficking shall not be criminally liable in respect of—',
  '(a) illegal entry;',
  '(b) unlawful residence; or',
  '- (c) fraudulent documents,',
  'if the victim was compelled by a threat of death or serious injury.',
  'and a reasonable person would have had no realistic alternative.',
  'It is a defence for the accused to prove, on the balance of probabilities, that',
  'The burden of proving that this section applies lies on the accused.',
  '"child" means a person under the age of 16 years;',
  'Where the victim is a child, compulsion need not be shown.',
  'as a direct result of being trafficked',
  '<!-- np-lint-disable closed-offence-list -- agreed -->',
  '<!-- np-lint-enable -->',
  '<!-- np-lint-disable-next-line',
  '```',
  '> quoted',
  '| a | b |\n| - | - |\n| x | y |',
  '***',
  '\\*escaped\\* &amp; entity',
  '😀 жертва 受害者',
  '\t',
  '',
];

const bill = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 10 })), { maxLength: 25 })
  .chain((parts) => fc.constantFrom('\n', '\r\n', '\n\n', ' ').map((sep) => parts.join(sep)));

describe('properties on arbitrary and malformed Markdown', () => {
  it('never throws, and every range and edit lies inside the document', () => {
    fc.assert(
      fc.property(bill, (text) => {
        const r = lint(text);
        for (const f of r.findings) {
          assert.ok(f.range.start.offset >= 0 && f.range.end.offset <= text.length, 'range inside');
          assert.ok(f.range.end.offset > f.range.start.offset || text.length === 0, 'range not empty');
          assert.ok(f.range.start.line >= 1 && f.range.start.column >= 1);
          assert.ok(f.citations.length > 0);
          for (const fix of f.fixes) for (const e of fix.edits) assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length, 'edit inside');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('every fix applies cleanly on its own, and fixing twice changes nothing the second time', () => {
    fc.assert(
      fc.property(bill, (text) => {
        for (const f of lint(text).findings) {
          for (const fix of f.fixes) {
            const r = applyFixes(text, [fix]);
            assert.equal(r.applied.length, 1, 'a fix never conflicts with itself');
          }
        }
        const once = fixAll(text).text;
        assert.equal(fixAll(once).text, once);
      }),
      { numRuns: 200 },
    );
  });

  it('a fix only replaces its own ranges: the rest of the text survives in order', () => {
    fc.assert(
      fc.property(bill, (text) => {
        for (const f of lint(text).findings) {
          const fix = f.fixes[0];
          if (!fix) continue;
          const out = applyFixes(text, [fix]).text;
          const edits = [...fix.edits].sort((a, b) => a.start - b.start);
          let pos = 0;
          let cursor = 0;
          for (const e of edits) {
            const kept = text.slice(pos, e.start);
            assert.equal(out.slice(cursor, cursor + kept.length), kept);
            cursor += kept.length + e.newText.length;
            pos = Math.max(pos, e.end);
          }
          assert.equal(out.slice(cursor), text.slice(pos));
        }
      }),
      { numRuns: 150 },
    );
  });
});
