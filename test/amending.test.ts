import assert from 'node:assert/strict';
import { lint } from '../src/engine/lint.js';
import { wordAmendmentsOf } from '../src/engine/amending.js';

/**
 * An amending bill that changes the words of another Act gets one notice saying that the Act as
 * amended could not be checked, and how to check it (src/engine/amending.ts). The wording below is
 * our own, in the forms amending bills take in several traditions.
 */
const notices = (text: string) => lint(text).notices.filter((n) => n.kind === 'amends-another-text');

describe('amending bills: the notice that another Act’s words are changed', () => {
  const FLAG: [string, string][] = [
    ['Section 12 of the principal Act is amended by deleting the words "any offence" and substituting the words "an offence of vagrancy".', 'Section 12 of the principal Act'],
    ['In section 7(2) of the principal Act, after "victim" insert ", if he proves that he was forced,".', 'section 7(2) of the principal Act'],
    ['Article 31 of the Aliens Law 2004 is amended by inserting the words "of full age" after the word "person".', 'Article 31 of the Aliens Law 2004'],
    ['Section 5 of the Prevention of Trafficking in Persons Act, 2003 is hereby repealed.', 'Section 5 of the Prevention of Trafficking in Persons Act, 2003'],
    ['Section 40 of the said Act is amended—\n\n(a) by omitting subsection (3);', 'Section 40 of the said Act'],
  ];
  for (const [instruction, target] of FLAG) {
    it(`notices: ${instruction.slice(0, 70)}`, () => {
      const bill = `# Trafficking (Amendment) Bill\n\n## 2. Amendment\n\n${instruction}\n`;
      const n = notices(bill);
      assert.equal(n.length, 1);
      assert.equal(n[0]!.severity, 'info');
      assert.match(n[0]!.message, new RegExp(`\\(${target.replace(/[()]/g, '\\$&')}\\)`));
      assert.equal(bill.slice(n[0]!.range.start.offset, n[0]!.range.end.offset), target);
    });
  }

  it('one notice for the whole bill, at the first instruction, naming each provision once', () => {
    const bill = [
      '# Trafficking (Amendment) Bill',
      '',
      '## 2. Amendment of section 12',
      '',
      'Section 12 of the principal Act is amended by deleting the word "may" and substituting the word "shall".',
      '',
      '## 3. Further amendment of section 12',
      '',
      'Section 12 of the principal Act is amended by deleting subsection (4).',
      '',
      '## 4. Amendment of section 20',
      '',
      'Section 20 of the principal Act is repealed.',
    ].join('\n');
    const n = notices(bill);
    assert.equal(n.length, 1);
    assert.match(n[0]!.message, /\(Section 12 of the principal Act; Section 20 of the principal Act\)\. Those provisions, as amended, are not in this document/);
    assert.equal(n[0]!.range.start.line, 5);
  });

  const PASS: [string, string][] = [
    ['a bill citing another Act without amending it', '## 14. Non-liability\n\nA victim shall not be liable for an offence under section 5 of the Immigration Act 1990 committed as a direct result of being trafficked.'],
    ['a bill referring to its own sections', '## 14. Amendment\n\nThe Minister may by order amend the Schedule. Section 14 of this Act is amended only by Parliament.'],
    ['a new section inserted whole (the rules read it)', '## 3. Insertion of section 14A\n\nThe principal Act is amended by inserting after section 14 the following section—\n\n> **14A. Non-liability.** A victim of trafficking shall not be liable for any offence committed as a direct result of being trafficked.'],
    ['a section repealed and replaced by a quoted section', '## 3. Replacement of section 9\n\nSection 9 of the principal Act is repealed and replaced by the following section—\n\n> **9. Shelters.** The Minister shall designate shelters.'],
    ['an instrument quoted in a memorandum', '## 1. Short title\n\nThis Act is the Victims Act.\n\n## Explanatory memorandum\n\nUnder clause 3, section 12 of the principal Act is amended by deleting the word "may".'],
  ];
  for (const [what, body] of PASS) {
    it(`no notice: ${what}`, () => {
      assert.deepEqual(notices(`# Victims Bill\n\n${body}\n`), []);
    });
  }

  it('an amendment paper: one notice naming the clauses it changes; a new clause quoted whole is not counted', () => {
    const paper = [
      '# Amendments to be moved in Committee',
      '',
      '**A. Member**',
      '',
      '1. Clause 3, page 2, line 4, leave out ‘any offence’ and insert ‘an offence of begging’.',
      '',
      '2. Insert the following new clause after clause 3—',
      '',
      '> 3A. Records',
      '>',
      '> A conviction shall be set aside.',
      '',
      '3. In clause 7(2), omit ‘of its own motion’.',
    ].join('\n');
    const n = notices(paper);
    assert.equal(n.length, 1);
    assert.match(n[0]!.message, /^These amendments change the words of a bill \(clause 3; clause 7\(2\)\)\. Those clauses, as amended, are not in this document/);
    assert.equal(n[0]!.range.start.line, 5);
    // A bill that mentions its clauses without amending them gets none.
    assert.deepEqual(notices('# Bill\n\n## 4. Application\n\nClause 3 applies to any offence; clause 7 does not insert any new duty.\n'), []);
  });

  it('words inside the inserted quotation do not make a sentence an instruction', () => {
    assert.deepEqual(wordAmendmentsOf('Nothing in section 3 of the principal Act "is amended" by this.'), []);
  });
});
