import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { readAmendmentPaper, extractQuotes } from '../../src/review/amendmentPaper.js';
import { applyInstruction } from '../../src/review/amendments.js';
import { amendBill } from '../../src/review/amend.js';
import { SectionCache } from '../../src/engine/index.js';
import { repo } from '../paths.js';

const BILL = readFileSync(repo('examples', 'trafficking-bill.md'), 'utf8');

/** Applies a one-instruction paper to the sample bill. */
function one(instruction: string, bill = BILL) {
  const [i, ...rest] = readAmendmentPaper(instruction);
  assert.ok(i, `read an instruction from: ${instruction}`);
  assert.equal(rest.length, 0);
  return { instruction: i, outcome: applyInstruction(bill, i) };
}

function applied(instruction: string, bill = BILL): string {
  const { outcome } = one(instruction, bill);
  assert.ok(outcome.ok, `applied: ${outcome.ok ? '' : outcome.reason}`);
  return outcome.text;
}

function refused(instruction: string, bill = BILL): string {
  const { outcome } = one(instruction, bill);
  assert.ok(!outcome.ok, 'refused');
  return outcome.reason;
}

describe('amendment papers: reading', () => {
  it('reads quoted words with curly and straight quotes; an apostrophe inside stays inside', () => {
    const q = extractQuotes('omit ‘the victim’s family’ and insert "his or her" then \'Minister\'s\' too');
    assert.deepEqual(q.quotes, ['the victim’s family', 'his or her', "Minister's"]);
    assert.equal(q.skeleton, 'omit ⟦0⟧ and insert ⟦1⟧ then ⟦2⟧ too');
  });

  it('ignores headings, members’ names, explanatory statements and prose; numbers the rest', () => {
    const paper = [
      '# Amendments',
      '',
      '**Ms A. Member**',
      '',
      '12. In clause 14(1), leave out ‘may’ and insert ‘shall’.',
      '',
      '*Explanatory statement: this amendment would insert a duty.*',
      '',
      'Member’s explanatory statement: it would omit the discretion.',
      '',
      'The committee may wish to consider these together.',
      '',
      'In clause 2, for ‘eighteen’ substitute ‘sixteen’.',
    ].join('\n');
    const is = readAmendmentPaper(paper);
    assert.deepEqual(is.map((i) => [i.number, i.line, i.action.kind]), [
      [12, 5, 'replace-words'],
      [13, 13, 'replace-words'],
    ]);
  });

  it('page and line references are read and ignored, in any order', () => {
    for (const text of [
      'Clause 13, page 4, line 30, after ‘video link’ insert ‘, by a recorded statement’.',
      'Page 4, line 30, in clause 13(1), after ‘video link’ insert ‘, by a recorded statement’.',
      'In clause 13, page 4, lines 29 to 31, after ‘video link’ insert ‘, by a recorded statement’.',
    ]) {
      assert.match(applied(text), /by video link, by a recorded statement or from behind a screen/, text);
    }
  });

  it('a heading such as “Clause 14” gives the clause to the instructions under it', () => {
    const is = readAmendmentPaper('## Clause 14\n\n1. Page 5, line 14, leave out subsection (3).\n\n## Clause 13\n\n2. After ‘video link’ insert ‘, by telephone’.\n');
    assert.deepEqual(is.map((i) => i.action.kind === 'omit-unit' ? i.action.unit.section : i.locator.section), ['14', '13']);
  });
});

describe('amendment papers: applying each form', () => {
  it('“leave out X and insert Y” and “for X substitute Y” replace the words in the place named', () => {
    assert.match(applied('In clause 2, in the definition of “child”, leave out ‘eighteen’ and insert ‘sixteen’.'), /under the age of sixteen years;/);
    assert.match(applied('In clause 14(2)(b), for ‘no realistic alternative’ substitute ‘no real choice’.'), /would have had no real choice to committing/);
  });

  it('“after X insert Y” / “before X insert Y” put a space where the words need one', () => {
    assert.match(applied('In clause 11, after ‘language’ insert ‘or format’.'), /in a language or format that he or she understands/);
    assert.match(applied('In clause 11, before ‘language’ insert ‘simple’.'), /in a simple language that/);
  });

  it('“omit X” leaves one space between words and none before punctuation', () => {
    const t = applied('In clause 12(1), omit ‘, except with the written consent of the victim or the leave of the court’.');
    assert.match(t, /a victim of trafficking\.\n/);
    assert.match(applied('In clause 17(1), omit ‘responsible for social welfare’.'), /\(1\) The Minister shall designate shelters/);
  });

  it('refuses words that are not there, and says where they are when they are elsewhere', () => {
    assert.equal(refused('In clause 9(1), leave out ‘corporation’ and insert ‘company’.'), 'the words “corporation” are not in clause 9(1)');
    assert.equal(refused('In clause 13, omit ‘High Court’.'), 'the words “High Court” are not in clause 13 (they are in Section 15)');
  });

  it('refuses words that occur more than once, unless the instruction says which or says all', () => {
    assert.match(refused('In clause 12(1), leave out ‘victim’ and insert ‘trafficked person’.'), /^“victim” occurs 2 times in clause 12\(1\), so the instruction is ambiguous/);
    assert.match(applied('In clause 12(1), leave out ‘victim’ in the second place where it occurs and insert ‘person concerned’.'), /the written consent of the person concerned or the leave/);
    assert.match(applied('In clause 12(1), for ‘victim’ (in both places) substitute ‘trafficked person’.'), /identification of, a trafficked person of trafficking, except with the written consent of the trafficked person/);
    assert.equal(refused('In clause 12(1), omit ‘victim’ in the third place where it occurs.'), '“victim” occurs only 2 times in clause 12(1)');
  });

  it('matches whole words only, and a quote style or line break that differs', () => {
    assert.match(refused('In clause 14(2), leave out ‘compel’ and insert ‘cause’.'), /not in clause 14\(2\)/);
    assert.match(applied('In clause 14(2)(a), leave out "a member of the victim\'s family" and insert "a person close to the victim".'), /or to a person close to the victim; and/);
  });

  it('“leave out subsection (3)” and “leave out paragraph (b)” remove the unit and the blank line after it', () => {
    const t = applied('In clause 14, leave out subsection (3).');
    assert.doesNotMatch(t, /The burden of proving/);
    assert.match(t, /committing the offence\.\n\n## 15\. Setting aside/);
    const p = applied('In clause 14(1), leave out paragraph (b).');
    assert.match(p, /\(a\) illegal entry into Westland;\n\n\(c\) the possession/);
    assert.match(applied('Leave out subsection (2) of clause 15.'), /setting aside the conviction\.\n\n# Part IV/);
  });

  it('“leave out subsection (2)” of the last subsection takes the blank line before it, leaving the bill ending as it did', () => {
    const bill = '# A Law\n\n## 3. Defence\n\n(1) A victim is not guilty of an offence linked to the exploitation.\n\n(2) The court may hear the victim in private.\n';
    assert.equal(applied('In section 3, leave out subsection (2)', bill), '# A Law\n\n## 3. Defence\n\n(1) A victim is not guilty of an offence linked to the exploitation.\n');
    // Before another section, the sections stay one blank line apart.
    const two = `${bill}\n## 4. Records\n\nThe court shall seal the records.\n`;
    assert.equal(applied('In section 3, leave out subsection (2)', two), two.replace('\n\n(2) The court may hear the victim in private.', ''));
  });

  it('“leave out clause 7” removes the whole section; a missing clause is refused', () => {
    const t = applied('Leave out clause 7.');
    assert.doesNotMatch(t, /## 7\. Using the services/);
    assert.match(t, /Westland dollars\.\n\n## 8\. Withholding/);
    assert.equal(refused('Leave out clause 70.'), 'there is no clause 70 in the bill');
  });

  it('“after subsection (2) insert—” inserts the block that follows; a number already used is refused', () => {
    const t = applied('In clause 14, after subsection (2) insert—\n\n> (2A) The court shall consider this section of its own motion.\n');
    assert.match(t, /committing the offence\.\n\n\(2A\) The court shall consider this section of its own motion\.\n\n\(3\) The burden/);
    assert.match(refused('In clause 14, after subsection (2) insert—\n\n> (3) The court shall consider this section.\n'), /clause 14 already has a subsection \(3\); a new one between others is numbered as an insertion, for example \(3A\)/);
  });

  it('“insert the following new clause after clause 14” writes the heading in the bill’s style', () => {
    const t = applied('Insert the following new clause after clause 14—\n\n```\nClause 14A — Records of victims\n\nThe Registrar shall keep no record of a conviction set aside under section 15.\n```\n');
    assert.match(t, /the accused\.\n\n## 14A\. Records of victims\n\nThe Registrar shall keep no record/);
    assert.match(refused('Insert the following new clause after clause 14—\n\n> 15. Duplicate\n>\n> Text.\n'), /the bill already has a provision numbered 15/);
    assert.match(refused('Insert the following new clause after clause 14—\n\n> Text without a number.\n'), /first line should give its number and heading/);
    assert.match(refused('To move the following clause—\n\n> 14B. Something\n'), /does not say where the new clause goes/);
  });

  it('“at the end of subsection (1) insert” appends words or a new paragraph', () => {
    assert.match(applied('In clause 13, at the end of subsection (1) insert ‘, or both’.'), /while the victim gives evidence, or both\.\n/);
  });

  it('renumbering renumbers the headings and the bill’s own cross-references, not another Act’s', () => {
    const bill = BILL.replace('(2) Where the High Court sets aside a conviction under this section', '(2) Where the High Court sets aside a conviction under this section or under section 14 of the Criminal Procedure Act');
    const { outcome } = one('Renumber clauses 14 and 15 as clauses 15 and 16.'.replace(' and 15 as clauses 15 and 16', ' to 15 as clauses 30 to 31'), bill);
    assert.ok(outcome.ok, outcome.ok ? '' : outcome.reason);
    const t = outcome.text;
    assert.match(t, /## 30\. Non-liability of victims of trafficking/);
    assert.match(t, /## 31\. Setting aside of convictions/);
    assert.match(t, /in respect of which section 30 would have applied/);
    assert.match(t, /under section 14 of the Criminal Procedure Act/, 'another Act’s section is left alone');
    assert.match(t, /if the conditions in subsection \(2\) are satisfied/);
    assert.equal(outcome.note, 'renumbered 2 clauses and updated 1 cross-reference to them');
    assert.match(refused('Renumber clause 14 as clause 15.'), /the bill already has a clause 15, which the renumbering does not move/);
    assert.match(refused('Renumber clauses 14 to 16 as clauses 20 to 21.'), /ranges of the same length/);
  });

  it('refuses forms it does not apply, with the reason', () => {
    // "leave out from ‘X’ to ‘Y’" is applied (test/review/fixAsAmendment.test.ts); to the end of a unit it is not.
    assert.match(refused('In clause 14, leave out from ‘liable’ to the end of the subsection.'), /unsupported form: .*leaving out to the end of a line or a unit/);
    assert.match(refused('Transpose clause 7 to after clause 9.'), /unsupported form: moving a clause/);
    assert.match(refused('5. In clause 14, make the provision better.'), /^unsupported form: np-lint applies/);
    assert.match(refused('In clause 14(9), omit ‘x’.'), /^clause 14 has no subsection \(9\)$/);
    assert.match(refused('In clause 14, in paragraph (a), omit ‘Westland’.'), /has more than one paragraph \(a\); say which subsection/);
  });

  it('applies instructions in order, each to the bill as the ones before left it', () => {
    const paper = '1. In clause 11, after ‘language’ insert ‘or format’.\n\n2. In clause 11, for ‘or format’ substitute ‘or accessible format’.\n';
    const r = amendBill(BILL, paper, { billFile: 'a.md', amendedFile: 'b.md' });
    assert.deepEqual(r.instructions.map((i) => i.status), ['applied', 'applied']);
    assert.match(r.amended, /in a language or accessible format that/);
  });
});

describe('amending bills: an enacted Act amended section by section', () => {
  // A small principal Act and an amending bill in Commonwealth form, both our own.
  const ACT = [
    '# Protection of Trafficked Persons Act 2015',
    '',
    '## 2. Interpretation',
    '',
    'In this Act, "child" means a person under the age of eighteen years.',
    '',
    '## 9. Non-liability',
    '',
    '(1) A trafficked person shall not be criminally liable for any offence committed as a direct result of being trafficked.',
    '',
    '(2) The court shall consider this section of its own motion.',
    '',
    '(3) This section does not affect any other defence.',
    '',
    '## 10. Shelters',
    '',
    'The Minister shall designate shelters.',
    '',
  ].join('\n');
  const amend = (paper: string) => amendBill(ACT, paper, { billFile: 'act.md', amendedFile: 'amended.md' });

  it('reads “is amended by deleting … and substituting …”, “by inserting after … the words …”, “is repealed”', () => {
    const is = readAmendmentPaper(
      [
        '## 3. Amendment of section 9',
        '',
        'Section 9 of the principal Act is amended by deleting the words "any offence" and substituting the words "an offence of loitering".',
        '',
        'Section 9(1) of the principal Act is amended by inserting after the word "person" the words ", unless he was over eighteen,".',
        '',
        'Section 9 of the principal Act is amended by substituting for the word "shall" where it first occurs the word "may".',
        '',
        'Subsection (3) is repealed.',
      ].join('\n'),
    );
    assert.deepEqual(
      is.map((i) => [i.action.kind, i.locator.section, i.locator.path.map((p) => p.label).join(''), 'words' in i.action ? i.action.words : '', i.locator.act]),
      [
        ['replace-words', '9', '', 'any offence', undefined],
        ['insert-words', '9', '1', 'person', undefined],
        ['replace-words', '9', '', 'shall', undefined],
        ['omit-unit', '9', '', '', undefined],
      ],
    );
    const first = is[2]!.action;
    assert.ok(first.kind === 'replace-words' && first.occurrence.which === 'nth' && first.by === 'may');
  });

  it('applies them, and the review says which instruction introduced which defect', () => {
    const r = amend(
      [
        '# Protection of Trafficked Persons (Amendment) Bill',
        '',
        '## 1. Short title',
        '',
        'This Act may be cited as the Protection of Trafficked Persons (Amendment) Act 2026.',
        '',
        '## 2. Amendment of section 9',
        '',
        'Section 9 of the principal Act is amended—',
        '',
        '(a) in subsection (1), by inserting immediately after the words "criminally liable" the words ", if he proves that he was compelled to act,";',
        '',
        '(b) by repealing subsection (2).',
      ].join('\n'),
    );
    assert.deepEqual(r.instructions.map((i) => [i.status, i.text.slice(0, 3)]), [['applied', '(a)'], ['applied', '(b)']]);
    assert.match(r.amended, /shall not be criminally liable, if he proves that he was compelled to act, for any offence/);
    assert.doesNotMatch(r.amended, /of its own motion/);
    assert.deepEqual(r.instructions[0]!.introduced.map((f) => f.finding.ruleId).sort(), ['defendant-burden', 'duress-threshold']);
  });

  it('lettered paragraphs in the same block as “is amended—” are read one by one', () => {
    const is = readAmendmentPaper('Section 9 of the principal Act is amended—\n(a) by deleting subsection (3);\n(b) in subsection (1), by deleting the word "criminally".\n');
    assert.deepEqual(is.map((i) => [i.action.kind, i.text]), [
      ['omit-unit', '(a) by deleting subsection (3);'],
      ['omit-words', '(b) in subsection (1), by deleting the word "criminally".'],
    ]);
  });

  it('inserts a new section after another, and repeals and replaces a section, with a run-in bold heading', () => {
    const r = amend(
      [
        'The principal Act is amended by inserting immediately after section 9 the following section—',
        '',
        '> **9A. Records.** A conviction of a trafficked person for any offence committed as a direct result of being trafficked shall be expunged.',
        '',
        'Section 10 of the principal Act is repealed and replaced by the following section—',
        '',
        '> **10. Shelters.** The Minister shall designate shelters for trafficked persons.',
      ].join('\n'),
    );
    assert.deepEqual(r.instructions.map((i) => i.status), ['applied', 'applied']);
    assert.match(r.amended, /## 9A\. Records\n\nA conviction of a trafficked person/);
    assert.match(r.amended, /## 10\. Shelters\n\nThe Minister shall designate shelters for trafficked persons\./);
  });

  it('refuses an instruction to another Act, naming it', () => {
    const r = amend('Section 9 of the Immigration Act 1990 is amended by deleting the word "shall" and substituting the word "may".');
    assert.equal(r.instructions[0]!.status, 'refused');
    assert.equal(r.instructions[0]!.reason, 'this instruction amends the Immigration Act 1990, not “Protection of Trafficked Persons Act 2015”');
    assert.equal(r.amended, ACT);
    // The Act itself, by name, is the Act being amended.
    const same = amend('In section 9(1) of the Protection of Trafficked Persons Act 2015, for "criminally liable" substitute "liable".');
    assert.equal(same.instructions[0]!.status, 'applied');
  });
});

describe('amendment papers: any input', () => {
  // Pieces of real instructions, mixed with arbitrary text: reading never throws, and every
  // instruction is applied or refused with a reason; an applied one never loses the bill's text
  // outside the place it names.
  const PIECES = [
    'In clause 14(1), ', 'Clause 2, page 1, line 21, ', 'in the definition of “child”, ', 'leave out ', 'omit ', 'for ', ' substitute ', ' and insert ',
    'after ', 'before ', ' insert ', '‘victim’', '‘eighteen’', '‘sixteen’', '"may"', "'shall'", 'subsection (3)', 'paragraph (b)', 'clause 7',
    'Insert the following new clause after clause 14—\n\n> 14A. New\n>\n> Text.\n', 'Renumber clauses 15 to 16 as clauses 30 to 31', '.', '\n\n', '1. ', '> ', '—', '(2A) ',
  ];
  const paper = fc
    .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 })), { maxLength: 14 })
    .map((parts) => parts.join(''));

  it('never throws: every instruction is applied or refused with a reason', () => {
    const cache = new SectionCache();
    fc.assert(
      fc.property(paper, (p) => {
        for (const i of readAmendmentPaper(p)) {
          const r = applyInstruction(BILL, i, { cache });
          if (!r.ok) assert.ok(r.reason.length > 0);
          else assert.ok(r.text.startsWith('# Prevention of Trafficking in Persons Bill 2026'), 'the bill’s title is never touched');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a whole paper: the bill is unchanged when every instruction is refused', function () {
    this.timeout(120000);
    fc.assert(
      fc.property(paper, (p) => {
        const r = amendBill(BILL, p, { billFile: 'a.md', amendedFile: 'b.md' });
        for (const i of r.instructions) assert.ok(i.status === 'applied' || i.reason.length > 0, JSON.stringify(i));
        if (r.instructions.every((i) => i.status === 'refused')) assert.equal(r.amended, BILL);
      }),
      { numRuns: 20 },
    );
  });
});
