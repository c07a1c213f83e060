import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { lint } from '../src/engine/lint.js';
import { analyseBill } from '../src/engine/model.js';
import { readableText } from '../src/engine/text.js';
import type { Finding } from '../src/engine/types.js';
import { fixture, repo } from './paths.js';

/**
 * The sample bill's section 14 laid out as Word, pandoc and drafting offices produce it
 * (test/fixtures/layouts/). Each layout must give the findings of the `## 14.` form: the same rules,
 * severities and flagged words. A finding anchored on the provision's heading is compared as "the
 * heading", whatever the heading's words in that layout.
 */

/** Words as a reader sees them: no Markdown marks, quotation marks, invisible characters or line breaks. */
function words(s: string): string {
  return readableText(s)
    .replace(/^[ \t]*>[ \t]?/gm, '')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/[*_`“”]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function summary(text: string, findings: Finding[]): string[] {
  return findings
    .map((f) => {
      const onHeading = f.provisionRange && f.provisionRange.start.offset === f.range.start.offset && f.provisionRange.end.offset === f.range.end.offset;
      const w = onHeading ? '(the heading)' : words(text.slice(f.range.start.offset, f.range.end.offset));
      return `${f.ruleId} ${f.severity}: ${w}`;
    })
    .sort();
}

const sample = readFileSync(repo('examples', 'trafficking-bill.md'), 'utf8');
const section14 = sample.slice(sample.indexOf('## 14.'), sample.indexOf('## 15.'));
const body14 = words(section14.slice(section14.indexOf('\n')));
const reference = summary(sample, lint(sample).findings.filter((f) => f.provision === 'Section 14'));

const LAYOUTS: Record<string, { provision: string }> = {
  'atx.md': { provision: 'Section 14' },
  'pandoc-escaped.md': { provision: 'Section 14' },
  'ordered-list.md': { provision: 'Section 14' },
  'bold-numbered.md': { provision: 'Section 14' },
  'bold-title.md': { provision: 'Non-liability of victims of trafficking' },
  'section-line.md': { provision: 'Section 14' },
  'section-line-untitled.md': { provision: 'Section 14' },
  'part.md': { provision: 'Part III — Protection of victims' },
  'chapter.md': { provision: 'Chapter 4' },
  'soft-breaks.md': { provision: 'Section 14' },
  'indented.md': { provision: 'Section 14' },
  'word-characters.md': { provision: 'Section 14' },
  'front-matter-yaml.md': { provision: 'Section 14' },
  'front-matter-toml.md': { provision: 'Section 14' },
  'amending-blockquote.md': { provision: 'Section 14A, as inserted by section 5' },
  'amending-quotation-marks.md': { provision: 'Section 14A, as inserted by section 5' },
};

describe('every layout of a provision (test/fixtures/layouts/)', () => {
  it('has a case for every fixture, and every fixture holds the sample bill\'s section 14', () => {
    assert.deepEqual(readdirSync(fixture('layouts')).sort(), Object.keys(LAYOUTS).sort());
    for (const file of Object.keys(LAYOUTS)) assert.ok(words(readFileSync(fixture('layouts', file), 'utf8')).includes(body14), file);
    // The four core rules, and criminal-liability-only (it protects from criminal liability only).
    assert.deepEqual([...new Set(reference.map((r) => r.split(' ')[0]))].sort(), ['closed-offence-list', 'criminal-liability-only', 'defendant-burden', 'duress-threshold', 'missing-child-provision'], 'the rules that fire on the sample bill\'s section 14');
  });

  for (const [file, exp] of Object.entries(LAYOUTS)) {
    it(`${file.replace(/\.md$/, '')}: the findings of the "## 14." form, named ${exp.provision}`, () => {
      const text = readFileSync(fixture('layouts', file), 'utf8');
      const findings = lint(text).findings;
      assert.deepEqual(summary(text, findings), reference);
      assert.deepEqual([...new Set(findings.map((f) => f.provision))], [exp.provision]);
    });
  }
});

describe('reading the layouts', () => {
  const bill = (file: string) => analyseBill(readFileSync(fixture('layouts', file), 'utf8'));

  it('reads a soft line break before a cross-reference as part of the sentence, not a new subsection', () => {
    const s = bill('soft-breaks.md').provisions[0]!.primary;
    assert.deepEqual(
      s.model.clauses.map((c) => c.marker),
      ['(1)', '(a)', '(b)', '(c)', '', '(2)', '(a)', '(b)', '(3)'],
    );
    assert.match(s.model.clauses[4]!.text, /^if the conditions in subsection\n\(2\) are satisfied\.$/);
  });

  it('reads an indented subsection as bill text, with offsets on its words', () => {
    const text = readFileSync(fixture('layouts', 'indented.md'), 'utf8');
    const s = analyseBill(text).provisions[0]!.primary;
    assert.equal(s.model.clauses.length, 9);
    for (const c of s.model.clauses) {
      assert.equal(text.slice(s.base + c.start, s.base + c.start + 3), c.text.slice(0, 3));
      assert.equal(c.linePrefix, '    ');
    }
  });

  it('reads Word\'s invisible characters as absent and its no-break characters as plain ones, keeping offsets', () => {
    const text = readFileSync(fixture('layouts', 'word-characters.md'), 'utf8');
    const s = analyseBill(text).provisions[0]!.primary;
    const first = s.model.clauses[0]!;
    assert.equal(first.text, '(1) A victim of trafficking shall not be criminally liable in respect of—');
    const at = first.text.indexOf('criminally');
    assert.equal(text.slice(s.base + first.map[at]!, s.base + first.map[at + 'criminally'.length - 1]! + 1), 'crim\u00adinally');
    assert.equal(s.model.title, 'Non-liability of victims of trafficking');
  });

  it('reads no front matter, HTML comment or footnote definition as bill text', () => {
    for (const file of ['front-matter-yaml.md', 'front-matter-toml.md']) {
      const b = bill(file);
      assert.deepEqual(b.sections.filter((s) => s.model.heading).map((s) => s.name), ['Prevention of Trafficking in Persons Bill 2026', 'Section 14'], file);
      const all = b.sections.flatMap((s) => s.model.clauses.map((c) => c.text)).join('\n');
      assert.ok(!/99|earlier|must prove/.test(all), `${file}: ${all}`);
      assert.ok(all.includes('Drafting note.'));
    }
  });

  it('names a substituted section by the amending section, never by the section it replaces, and closes the name with a comma in messages', () => {
    const text = [
      '# Victims (Amendment) Bill',
      '',
      '## 4. Replacement of section 21',
      '',
      'Section 21 of the principal Act is repealed and replaced by the following section—',
      '',
      '> **21. Relief from convictions**',
      '>',
      '> A victim of trafficking convicted of an offence under section 20 may apply to the court to have the record of the conviction expunged.',
      '',
    ].join('\n');
    const b = analyseBill(text);
    assert.deepEqual(b.sections.map((s) => s.name).filter((n) => n.startsWith('Section 21')), ['Section 21, as substituted by section 4']);
    const messages = lint(text).findings.map((f) => f.message).filter((m) => m.startsWith('Section 21'));
    assert.ok(messages.length > 0);
    for (const m of messages) assert.match(m, /^Section 21, as substituted by section 4, [a-z]/);
  });

  it('reads a section quoted for insertion as the section it will become, inside the quotation', () => {
    for (const file of ['amending-blockquote.md', 'amending-quotation-marks.md']) {
      const b = bill(file);
      assert.deepEqual(b.sections.map((s) => s.name), ['Preamble', 'Prevention of Trafficking in Persons (Amendment) Bill 2026', 'Section 5', 'Section 14A, as inserted by section 5', 'Section 6'], file);
      const s = b.sections[3]!;
      assert.equal(s.chunk.quoted, 'insertion');
      assert.equal(s.model.number, '14A');
      assert.ok(s.model.clauses.every((c) => c.quoted === 'insertion'));
      assert.equal(s.model.clauses[0]!.text, '(1) A victim of trafficking shall not be criminally liable in respect of—');
      assert.equal(s.model.clauses.at(-1)!.text, '(3) The burden of proving, on the balance of probabilities, that this section applies lies on the accused.');
      const prefix = file === 'amending-blockquote.md' ? '> ' : '';
      assert.ok(s.model.clauses.every((c) => c.linePrefix === prefix), file);
      assert.ok(b.sections[2]!.model.clauses.every((c) => !c.quoted));
    }
  });
});
