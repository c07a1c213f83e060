import assert from 'node:assert/strict';
import { splitSections } from '../src/engine/sections.js';
import { analyseBill } from '../src/engine/model.js';
import { md } from './rule-tester.js';

function sections(text: string) {
  return analyseBill(text).sections.filter((s) => s.model.heading).map((s) => [s.name, s.model.title]);
}

describe('Bill model', () => {
  it('finds sections however drafters write them', () => {
    const text = md`
      # Anti-Trafficking Act

      ## 14. Victim immunity from prosecution

      Text.

      ### Section 15 — Non-liability

      Text.

      **16. Non-punishment.** A victim shall not be punished.

      17.

      Text of seventeen.

      Article 18

      Text of eighteen.

      Section 19 – Records
      --------------------

      Text.
    `;
    assert.deepEqual(sections(text), [
      ['Anti-Trafficking Act', 'Anti-Trafficking Act'],
      ['Section 14', 'Victim immunity from prosecution'],
      ['Section 15', 'Non-liability'],
      ['Section 16', 'Non-punishment'],
      ['Section 17', ''],
      ['Article 18', ''],
      ['Section 19', 'Records'],
    ]);
  });

  it('gives exact offsets for headings, and keeps the body of a bold-headed section', () => {
    const text = '**16. Non-punishment.** A victim shall not be punished.\n';
    const [s] = analyseBill(text).sections;
    assert.equal(text.slice(s!.base + s!.model.headingStart, s!.base + s!.model.headingEnd), '16. Non-punishment.');
    assert.equal(s!.model.clauses[0]!.text, 'A victim shall not be punished.');
    assert.equal(text.slice(s!.base + s!.model.clauses[0]!.start, s!.base + s!.model.clauses[0]!.end), 'A victim shall not be punished.');
  });

  it('does not split inside fenced code or front matter, and ignores ordered list items as headings', () => {
    const text = md`
      ---
      title: ## 99. Not a heading
      ---

      ## 1. Real

      ~~~
      ## 2. In a code block
      ~~~

      1. first item
      2. second item
    `;
    assert.deepEqual(sections(text), [['Section 1', 'Real']]);
    assert.equal(splitSections(text).length, 2);
  });

  it('finds subsections, paragraphs and sub-paragraphs, as plain paragraphs or list items', () => {
    const text = md`
      ## 5. Levels

      (1) First.
      (2) Second—
      (a) para a;
      (h) para h;
      (i) para i after h;
      (j) para j—
      (i) sub one;
      (ii) sub two.

      - (3) Listed subsection.
      - (a) listed paragraph.
    `;
    const s = analyseBill(text).sections.find((x) => x.model.heading);
    const levels = s!.model.clauses.map((c) => `${c.marker}:${c.level}`);
    assert.deepEqual(levels, [
      '(1):subsection',
      '(2):subsection',
      '(a):paragraph',
      '(h):paragraph',
      '(i):paragraph',
      '(j):paragraph',
      '(i):subparagraph',
      '(ii):subparagraph',
      '(3):subsection',
      '(a):paragraph',
    ]);
    for (const c of s!.model.clauses) assert.ok(text.slice(s!.base + c.map[0]!).startsWith(c.text.slice(0, 5)), `offset of ${c.marker}`);
  });

  it('finds definitions with straight or curly quotes, with the offsets of the term', () => {
    const text = md`
      ## 2. Interpretation

      In this Act— "child" means a person under 18; “exploitation” includes forced labour; 'victim' has the meaning in section 3.
    `;
    const s = analyseBill(text).sections.find((x) => x.model.heading);
    assert.deepEqual(s!.model.definitions.map((d) => d.term), ['child', 'exploitation', 'victim']);
    for (const d of s!.model.definitions) assert.equal(text.slice(s!.base + d.termStart, s!.base + d.termEnd), d.term);
  });

  it('bounds each definition to itself, so a paragraph of many definitions stays linear', () => {
    const text = '## 2. Interpretation\n\n' + '"term" means a thing; '.repeat(5000);
    const s = analyseBill(text).sections[0]!;
    assert.equal(s.model.definitions.length, 5000);
    assert.ok(s.model.definitions.every((d) => d.body.text.length <= 600));
    assert.equal(s.model.definitions[0]!.body.text, ' a thing;');
  });

  it('keeps a provision split over two sections together', () => {
    const text = md`
      ## 14. Non-punishment

      A victim shall not be punished for any offence committed as a direct result of being trafficked.

      ## 15. Proof

      For the purposes of section 14, the accused must prove that he or she was trafficked.

      ## 16. Shelters

      Shelters shall be provided.
    `;
    const bill = analyseBill(text);
    assert.equal(bill.provisions.length, 1);
    assert.equal(bill.provisions[0]!.name, 'Section 14');
    assert.deepEqual(bill.provisions[0]!.attached.map((s) => s.name), ['Section 15']);
  });

  it('reuses the analysis of sections that did not change', async () => {
    const { SectionCache } = await import('../src/engine/model.js');
    const cache = new SectionCache();
    const parts = Array.from({ length: 50 }, (_, i) => `## ${i + 1}. Section\n\nA victim shall not be detained in a shelter number ${i}.\n`);
    analyseBill(parts.join('\n'), {}, cache);
    assert.equal(cache.misses, 50);
    parts[10] = parts[10]!.replace('shelter', 'hostel');
    analyseBill(parts.join('\n'), {}, cache);
    assert.equal(cache.misses, 51, 'only the edited section is analysed again');
    assert.equal(cache.size, 50, 'the stale entry is dropped');
  });
});
