import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { applyEdits, drafting } from '../../src/engine/index.js';

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/drafting/${name}`, import.meta.url), 'utf8');
const trainingBill = () => readFileSync(new URL('../../../examples/trafficking-bill.md', import.meta.url), 'utf8');

describe('drafting: the bill’s conventions', () => {
  it('reads a Westminster-style bill: its term for the victim, “child” defined in section 2, curly quotes, em dash, “shall”', () => {
    const c = drafting.conventionsOf(trainingBill());
    assert.equal(c.victimTerm?.term, 'victim of trafficking');
    assert.equal(c.victimTerm?.plural, 'victims of trafficking');
    assert.equal(c.victimTerm?.defined?.section, '2');
    assert.equal(c.childTerm?.term, 'child');
    assert.equal(c.childTerm?.defined?.section, '2');
    assert.equal(c.childTerm?.age, 18);
    assert.equal(c.quotes, 'curly');
    assert.equal(c.apostrophe, 'curly');
    assert.equal(c.listIntroducer, '—');
    assert.equal(c.modal, 'shall');
    assert.equal(c.heading?.template, '## {number}. {title}');
    const s14 = c.sections.find((s) => s.number === '14')!;
    assert.deepEqual(s14.subsections.map((s) => s.marker), ['(1)', '(2)', '(3)']);
    assert.deepEqual(s14.paragraphs.map((p) => `${p.subsection}${p.marker}`), ['1(a)', '1(b)', '1(c)', '2(a)', '2(b)']);
  });

  it('counts quotation marks outside fenced code only, and reads the bill’s word for overriding (“despite” or “notwithstanding”)', () => {
    const code = ['```', 'say "a" and "b" and "c"', '```', '~~~~', '"x" "y" "z"', '~~~', 'still code "q" "r"', '~~~~'].join('\n');
    const text = `## 3. Interpretation\n\nIn this Act “child” means a person under 18, “victim” has its meaning, and a "minor" is a child.\n\n${code}\n\n## 4. Protection\n\nNotwithstanding section 3, a victim shall not be punished.\n`;
    const c = drafting.conventionsOf(text);
    // Four curly marks against two straight ones once the fenced blocks are left aside (twelve inside them).
    assert.equal(c.quotes, 'curly');
    assert.equal(c.overriding, 'notwithstanding');
    assert.equal(drafting.conventionsOf(text.replace('Notwithstanding', 'Despite')).overriding, 'despite');
    assert.equal(drafting.conventionsOf(`${text}\n## 5. Other\n\nDespite section 4, nothing applies.\n`).overriding, 'despite');
    // An unclosed fence runs to the end of the text.
    assert.equal(drafting.conventionsOf(`${text}\n\n\`\`\`\n"a" "b" "c" "d" "e"\n`).quotes, 'curly');
  });

  it('reads a bill with bold headings on the text’s line, straight quotes, a colon before lists and “minor” defined', () => {
    const text = fixture('bold-inline-straight.md');
    const c = drafting.conventionsOf(text);
    assert.equal(c.victimTerm?.term, 'trafficked person');
    assert.equal(c.victimTerm?.plural, 'trafficked persons');
    assert.equal(c.childTerm?.term, 'minor');
    assert.equal(c.childTerm?.age, 18);
    assert.equal(c.quotes, 'straight');
    assert.equal(c.listIntroducer, ':');
    assert.deepEqual({ template: c.heading?.template, inline: c.heading?.inline }, { template: '**{number}. {title}.**', inline: true });
    // The first subsection sits on the heading's line.
    assert.deepEqual(c.sections.find((s) => s.number === '5')!.subsections.map((s) => s.number), ['1', '2', '3']);
  });

  it('reads a civil-law bill: “Article N — Title” headings, Latin insertions (3 bis), “young person” defined in bold, “must”', () => {
    const text = fixture('article-latin-must.md');
    const c = drafting.conventionsOf(text);
    assert.equal(c.heading?.template, '### Article {number} — {title}');
    assert.equal(c.sectionInsertHabit, 'latin');
    assert.equal(c.modal, 'must');
    assert.equal(c.victimTerm?.term, 'victim of human trafficking');
    assert.equal(c.childTerm?.term, 'young person');
    assert.equal(c.childTerm?.age, 18);
    const at = text.indexOf('### Article 4');
    assert.equal(drafting.sectionInsertion(c, text, at + 5)?.number, '4 bis');
  });

  it('reads a US-style bill: capitalised defined terms used in lower case, and the bill’s own (b.1) habit', () => {
    const text = fixture('us-sections-lettered.md');
    const c = drafting.conventionsOf(text);
    assert.equal(c.victimTerm?.term, 'victim of trafficking');
    assert.equal(c.victimTerm?.defined?.term, 'Victim of trafficking');
    assert.equal(c.childTerm?.term, 'minor');
    assert.equal(c.paragraphInsertHabit, 'dot');
    assert.equal(c.heading?.template, '## Section {number} — {title}');
  });

  it('falls back on the words a bill uses when it defines nothing', () => {
    const c = drafting.conventionsOf(fixture('no-definitions-plain.md'));
    assert.equal(c.victimTerm?.term, 'victim');
    assert.equal(c.victimTerm?.defined, undefined);
    assert.equal(c.childTerm, undefined);
    assert.equal(c.heading?.template, 'Section {number}. {title}');
  });

  it('places a new section after the one the cursor is in, numbered 14A where 15 is taken, in that section’s heading form', () => {
    const text = trainingBill();
    const c = drafting.conventionsOf(text);
    const ins = drafting.sectionInsertion(c, text, text.indexOf('(2) The conditions are that'))!;
    assert.equal(ins.number, '14A');
    assert.equal(ins.inserted, true);
    assert.equal(ins.after?.number, '14');
    assert.equal(ins.next?.number, '15');
    assert.equal(ins.at, text.indexOf('## 15. Setting aside'));
    assert.equal(drafting.renderHeading(ins.heading!, ins.number, 'Child victims'), '## 14A. Child victims');
    // After the last section of the bill, the next whole number.
    const last = drafting.sectionInsertion(c, text, text.length - 1)!;
    assert.deepEqual([last.number, last.inserted, last.at], ['24', false, text.length]);
  });

  it('numbers after an inserted section (14B after 14A) and before one (14ZA between 14 and 14A)', () => {
    const text = fixture('us-sections-lettered.md');
    const c = drafting.conventionsOf(text);
    assert.equal(drafting.sectionInsertion(c, text, text.indexOf('## Section 14A') + 3)?.number, '14B');
    assert.equal(drafting.sectionInsertion(c, text, text.indexOf('## Section 14 ') + 3)?.number, '14ZA');
    assert.equal(drafting.renderHeading(drafting.sectionInsertion(c, text, text.indexOf('## Section 14A') + 3)!.heading!, '14B', 'Sealing'), '## Section 14B — Sealing');
  });

  it('gives the number of a subsection or paragraph inserted at the end or between two', () => {
    const c = drafting.conventionsOf(trainingBill());
    const s14 = c.sections.find((s) => s.number === '14')!;
    assert.deepEqual(drafting.subsectionInsertion(s14), { number: '4', marker: '(4)', inserted: false });
    assert.deepEqual(drafting.subsectionInsertion(s14, '2'), { number: '2A', marker: '(2A)', inserted: true });
    assert.deepEqual(drafting.paragraphInsertion(c, s14, '1', 'b'), { number: 'ba', marker: '(ba)', inserted: true });
    assert.deepEqual(drafting.paragraphInsertion(c, s14, '1'), { number: 'd', marker: '(d)', inserted: false });
    const us = drafting.conventionsOf(fixture('us-sections-lettered.md'));
    const s = us.sections.find((x) => x.number === '14')!;
    assert.equal(drafting.paragraphInsertion(us, s, '', 'a').marker, '(a.1)');
  });

  it('puts straight quotes and apostrophes into the bill’s style, and back', () => {
    const curly = drafting.conventionsOf(trainingBill());
    assert.equal(drafting.inBillQuotes(curly, 'In this section, "child" means a person under 18; the child\'s consent'), 'In this section, “child” means a person under 18; the child’s consent');
    const straight = drafting.conventionsOf(fixture('bold-inline-straight.md'));
    assert.equal(drafting.inBillQuotes(straight, '“child” and the child’s'), '"child" and the child\'s');
  });

  it('plural of a term: the head noun before “of”, or the last word', () => {
    assert.equal(drafting.pluralTerm('victim of trafficking in persons'), 'victims of trafficking in persons');
    assert.equal(drafting.pluralTerm('trafficked person'), 'trafficked persons');
    assert.equal(drafting.pluralTerm('child'), 'children');
    assert.equal(drafting.pluralTerm('young person'), 'young persons');
  });
});

describe('drafting: cross-references', () => {
  it('leaves out the references in headings, and keeps every one in the sections’ words', () => {
    const text = [
      '## 3. Application of section 2\n\nThis section applies to section 2 offences.',
      '## 4. Non-liability\n\nNothing in section 3 limits section 2.',
      '**5. Relief under section 4**\n\nSection 4 applies to convictions.',
    ].join('\n\n');
    const c = drafting.conventionsOf(text);
    const inWords = c.references.map((r) => r.text);
    assert.deepEqual(inWords, ['section 2', 'section 3', 'section 2', 'Section 4']);
    for (const r of c.references) assert.ok(!c.sections.some((s) => r.start < s.headingEnd && s.headingStart < r.end), r.text);
  });

  it('finds references with the offsets of each number, and tells the bill’s own from another instrument’s', () => {
    const text =
      'Under section 14(2)(a) and sections 15 to 17, subsection (3) and paragraph (b) of subsection (1), ' +
      'section 4 of this Act, subsection (1) of section 6, Article 202 of the Revised Penal Code, s. 9 and ' +
      'section 1589 of title 18 of the United States Code, section 5 of the Immigration Act 1971.';
    const refs = drafting.findCrossReferences(text);
    const show = refs.map((r) => [r.text, r.kind, r.items.map((i) => i.map((n) => `${n.level[0]}${n.number}`).join('/')).join(','), r.external ?? '', r.range]);
    assert.deepEqual(show, [
      ['section 14(2)(a)', 'section', 's14/s2/pa', '', false],
      ['sections 15 to 17', 'section', 's15,s17', '', true],
      ['subsection (3)', 'subsection', 's3', '', false],
      ['paragraph (b)', 'paragraph', 'pb', '', false],
      ['subsection (1)', 'subsection', 's1', '', false],
      ['section 4 of this Act', 'section', 's4', '', false],
      ['subsection (1) of section 6', 'subsection', 's1', '', false],
      ['Article 202 of the Revised Penal Code', 'section', 's202', 'the Revised Penal Code', false],
      ['s. 9', 'section', 's9', '', false],
      ['section 1589 of title 18 of the United States Code', 'section', 's1589', 'title 18 of the United States Code', false],
      ['section 5 of the Immigration Act 1971', 'section', 's5', 'the Immigration Act 1971', false],
    ]);
    for (const r of refs) for (const item of r.items) for (const n of item) assert.equal(text.slice(n.start, n.end), n.number);
    assert.equal(refs[6]!.ofSection?.number, '6');
  });

  it('reads a code’s section number whole after a singular keyword (“section 16-3-6(b)”, “section 279.05”), and a hyphen after “sections” as a range', () => {
    const text =
      'A person charged under section 16-3-6(b), section 279.05 or article 225-4-10, or under section 17-C or section 53a-82, ' +
      'may apply; sections 279.05 and 279.06 and sections 15-17 apply, and subsection (2) of section 943.0583 does not.';
    const refs = drafting.findCrossReferences(text);
    const show = refs.map((r) => [r.text, r.items.map((i) => i.map((n) => n.number).join('/')).join(','), r.range]);
    assert.deepEqual(show, [
      ['section 16-3-6(b)', '16-3-6/b', false],
      ['section 279.05', '279.05', false],
      ['article 225-4-10', '225-4-10', false],
      ['section 17-C', '17-C', false],
      ['section 53a-82', '53a-82', false],
      ['sections 279.05 and 279.06', '279.05,279.06', false],
      ['sections 15-17', '15,17', true],
      ['subsection (2) of section 943.0583', '2', false],
    ]);
    assert.equal(refs[7]!.ofSection?.number, '943.0583');
    for (const r of refs) for (const item of r.items) for (const n of item) assert.equal(text.slice(n.start, n.end), n.number);
  });

  it('marks references in words that are not the bill’s own: a quoted treaty, a block quote, a footnote, a comment', () => {
    const text = [
      'The Convention provides: “Each Party shall provide for the possibility of not imposing penalties, in accordance with Article 26 of this Convention.”',
      '',
      '> Article 4 of the Protocol applies.',
      '',
      '[^n1]: Counter-Trafficking in Persons Act, 2010 (Kenya), s. 14.',
      '',
      '<!-- Drafting note: compare section 9. -->',
      '',
      'See section 12.',
    ].join('\n');
    const refs = drafting.findCrossReferences(text);
    assert.deepEqual(refs.map((r) => [r.text.split(' ').slice(0, 2).join(' '), r.quoted]), [
      ['Article 26', true],
      ['Article 4', true],
      ['s. 14', true],
      ['section 9', true],
      ['section 12', false],
    ]);
  });

  it('says whether each reference in a section still points at something', () => {
    const text = trainingBill();
    const c = drafting.conventionsOf(text);
    const sectionOf = (at: number) => c.sections.find((s) => s.start <= at && at < s.end);
    for (const r of c.references) assert.ok(drafting.referenceResolves(c, r, sectionOf(r.start)), r.text);
    // Take subsection (2) out of section 14: its "subsection (2)" no longer resolves.
    const s14 = c.sections.find((s) => s.number === '14')!;
    const two = s14.subsections.find((s) => s.number === '2')!;
    const cut = text.slice(0, two.start) + text.slice(two.end);
    const c2 = drafting.conventionsOf(cut);
    const s14b = c2.sections.find((s) => s.number === '14')!;
    const refs = drafting.referencesIn(c2, s14b);
    assert.deepEqual(refs.map((r) => [r.text, drafting.referenceResolves(c2, r, s14b)]), [['subsection (2)', false]]);
  });
});

describe('drafting: renumbering after a new section', () => {
  it('renumbers the sections that follow and every reference to them, and nothing else', () => {
    const text = trainingBill();
    const c = drafting.conventionsOf(text);
    const r = drafting.renumberSections(text, c, '15');
    assert.deepEqual(r.sections.map((s) => `${s.from}→${s.to}`), ['15→16', '16→17', '17→18', '18→19', '19→20', '20→21', '21→22', '22→23', '23→24']);
    const out = applyEdits(text, r.edits).text;
    assert.match(out, /^## 16\. Setting aside of convictions$/m);
    assert.match(out, /^## 24\. Repeal$/m);
    assert.match(out, /designated under section 18 to provide accommodation/, 'the definition of “shelter” follows section 17');
    assert.match(out, /the right to seek compensation under section 22\./, 'section 11 follows section 21');
    assert.match(out, /in respect of which section 14 would have applied/, 'a reference to a section before the new one is unchanged');
    assert.equal(r.references, 2);
    // Insert the new section 15: every reference in the bill still resolves, and nothing else changed.
    const at = out.indexOf('## 16. Setting aside');
    const withNew = `${out.slice(0, at)}## 15. Child victims\n\nA child shall not be punished.\n\n${out.slice(at)}`;
    const c2 = drafting.conventionsOf(withNew);
    for (const ref of c2.references) assert.ok(drafting.referenceResolves(c2, ref, c2.sections.find((s) => s.start <= ref.start && ref.start < s.end)), ref.text);
    assert.deepEqual(c2.sections.filter((s) => s.number && !s.container).map((s) => s.number), Array.from({ length: 24 }, (_, i) => String(i + 1)));
    const numbersOut = (t: string) => t.replace(/(?:\bsection|^##) \d+/gm, '');
    assert.equal(numbersOut(out), numbersOut(text), 'only numbers changed');
  });

  it('leaves other instruments and quotations alone, and warns of a range that now takes in the new section', () => {
    const text = [
      '## 1. Definitions',
      '',
      'In this Act, “victim” has the meaning in section 5 of the Immigration Act 1971.',
      '',
      '## 2. Protection',
      '',
      'Sections 2 to 3 apply to every victim. The Convention says: “Article 3 of this Convention applies to every victim of trafficking without exception.”',
      '',
      '## 3. Records',
      '',
      'A person protected by section 2 may apply to have records sealed.',
    ].join('\n');
    const c = drafting.conventionsOf(text);
    const r = drafting.renumberSections(text, c, '3');
    const out = applyEdits(text, r.edits).text;
    assert.match(out, /section 5 of the Immigration Act 1971/);
    assert.match(out, /“Article 3 of this Convention/);
    assert.match(out, /^## 4\. Records$/m);
    assert.match(out, /Sections 2 to 4 apply/);
    assert.deepEqual(r.warnings.map((w) => w.message), ['"Sections 2 to 3" now takes in the new section as well: check that it should.']);
    assert.throws(() => drafting.renumberSections(text, c, '9'), RangeError);
  });
});
