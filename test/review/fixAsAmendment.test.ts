import assert from 'node:assert/strict';
import { applyEdits, type TextEdit } from '../../src/engine/index.js';
import { readAmendmentPaper } from '../../src/review/amendmentPaper.js';
import { applyInstruction } from '../../src/review/amendments.js';
import { billStructure } from '../../src/review/structure.js';
import { amendmentPaperText, editsBetween, fixAsAmendment, type AmendmentInstruction } from '../../src/review/fixAsAmendment.js';
import type { Fix } from '../../src/engine/types.js';
import { repo } from '../paths.js';
import { cli, tmpFolder } from '../cli-harness.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// A fix stated as an amendment a clerk could apply (issue 10; drafter's review 3, section F): every
// instruction locates itself, quotes the bill's words without Markdown, sets out every inserted
// word, and, read back by the project's own reader, gives exactly the fixed bill.

/** Applies instructions the way `np-lint amend` does: read as a paper, then one by one. */
function applyPaper(text: string, instructions: readonly AmendmentInstruction[]): string {
  let t = text;
  for (const i of readAmendmentPaper(amendmentPaperText(instructions))) {
    const r = applyInstruction(t, i);
    assert.ok(r.ok, `applied “${i.text}”: ${r.ok ? '' : r.reason}`);
    t = r.text;
  }
  return t;
}

/** The edit that replaces the first `old` after `after` (or anywhere) with `by`. */
function edit(text: string, old: string, by: string, after = ''): TextEdit {
  const from = after ? text.indexOf(after) + after.length : 0;
  const start = text.indexOf(old, from);
  assert.ok(start >= 0, `“${old}” is in the bill`);
  return { start, end: start + old.length, newText: by };
}

/** The quotations in an instruction's words. */
function quotations(words: string): string[] {
  return [...words.matchAll(/“([^”]*)”|‘([^’]*)’/g)].map((m) => m[1] ?? m[2]!);
}

/**
 * Where each instruction applies in the bill as printed (read and applied in turn, each place mapped
 * back through the changes before it, past white space), or undefined for one that changes only words
 * an earlier one inserted.
 */
function printPlaces(text: string, instructions: readonly AmendmentInstruction[]): (number | undefined)[] {
  let t = text;
  const done: TextEdit[][] = [];
  const out: (number | undefined)[] = [];
  for (const i of readAmendmentPaper(amendmentPaperText(instructions))) {
    const r = applyInstruction(t, i);
    assert.ok(r.ok, `applied “${i.text}”: ${r.ok ? '' : r.reason}`);
    let p: number | undefined = Math.min(...r.edits.map((e) => e.start));
    for (const batch of [...done].reverse()) {
      if (p === undefined) break;
      let d = 0;
      for (const e of [...batch].sort((x, y) => x.start - y.start)) {
        const s = e.start + d;
        if (p <= s) break;
        if (p < s + e.newText.length) {
          p = undefined;
          break;
        }
        d += e.newText.length - (e.end - e.start);
      }
      if (p !== undefined) p -= d;
    }
    while (p !== undefined && p < text.length && /\s/.test(text[p]!)) p++;
    out.push(p);
    done.push(r.edits);
    t = r.text;
  }
  return out;
}

/** Whether the instructions run through the bill from its start to its end. */
function inBillOrder(text: string, instructions: readonly AmendmentInstruction[]): boolean {
  const places = printPlaces(text, instructions).filter((p): p is number => p !== undefined);
  return places.every((p, k) => k === 0 || p >= places[k - 1]!);
}

function roundTrip(text: string, edits: TextEdit[]): AmendmentInstruction[] {
  const r = fixAsAmendment(text, edits);
  assert.ok(r.exact, r.problem);
  assert.equal(applyPaper(text, r.instructions), applyEdits(text, edits).text);
  return r.instructions;
}

// Paraphrased provisions, in the project's own words (no statute text).
const BILL = [
  '# Protection of Exploited Persons Bill',
  '',
  '## 7. Exploited persons not to be penalised',
  '',
  '(1) An exploited person may not be penalised for entering the country unlawfully or for staying unlawfully or for using a false document, where the person was compelled to act.',
  '',
  '(2) The court may have regard to the circumstances of the exploitation.',
  '',
  '## 8. Records',
  '',
  'A court may set aside a conviction of an exploited person.',
  '',
].join('\n');

describe('fixes stated as amendments', () => {
  it('names the smallest unit holding the change and quotes only the changed words', () => {
    const [i, ...rest] = roundTrip(BILL, [edit(BILL, 'may not be', 'shall not be')]);
    assert.equal(rest.length, 0);
    assert.equal(i!.words, 'In section 7(1), leave out “may” and insert “shall”');
  });

  it('sets out a new subsection in full after the one it follows', () => {
    const sub = '(3) Subsection (1) applies to any offence committed as a direct result of the person’s exploitation.';
    const at = BILL.indexOf('exploitation.') + 'exploitation.'.length;
    const [i] = roundTrip(BILL, [{ start: at, end: at, newText: `\n\n${sub}` }]);
    assert.equal(i!.words, 'In section 7, after subsection (2) insert—');
    assert.equal(i!.block, sub);
    assert.doesNotMatch(JSON.stringify(i), /…/);
  });

  it('names a regulation and its subregulations as the regulations do, never "section" and "subsection" (review 5b, B1)', () => {
    const regs = ['# Exploited Persons Regulations', '', '**9. Discontinuance**', '', '(1) Where a person is an exploited person, the Attorney-General shall discontinue proceedings against the person.', '', '(2) This regulation applies to proceedings begun before these Regulations.', ''].join('\n');
    const sub = '(3) In subregulation (1), "proceedings" includes proceedings on appeal.';
    const at = regs.indexOf('Regulations.', regs.indexOf('(2)')) + 'Regulations.'.length;
    const [i] = roundTrip(regs, [{ start: at, end: at, newText: `\n\n${sub}` }]);
    assert.equal(i!.words, 'In regulation 9, after subregulation (2) insert—');
  });

  it('sets out a new subsection added at the end of a bill that ends with a line break, as the whole-file comparison gives it (probe round 5: the paper was empty)', () => {
    const bill = ['## 30. Exploited persons', '', '(1) An exploited person shall not be penalised for an act done because of the exploitation.', '', '(2) The court may discharge the person.', ''].join('\n');
    const sub = '(3) Where subsection (1) applies, the person shall not be detained.';
    const fixed = `${bill}\n${sub}\n`;
    const edits = editsBetween(bill, fixed);
    assert.deepEqual(edits, [{ start: bill.length, end: bill.length, newText: `\n${sub}\n` }]);
    const [i, ...rest] = roundTrip(bill, edits);
    assert.equal(rest.length, 0);
    assert.equal(i!.words, 'In section 30, after subsection (2) insert—');
    assert.equal(i!.block, sub);
    // And in a section of one unnumbered paragraph, numbered by the same fix.
    const one = ['## 66. Exploited persons', '', 'An exploited person shall not be penalised for an act done because of the exploitation.', ''].join('\n');
    const numbered = `## 66. Exploited persons\n\n(1) ${one.split('\n')[2]}\n\n(2) The person shall not be detained.\n`;
    const paper = roundTrip(one, editsBetween(one, numbered)).map((x) => x.words);
    assert.deepEqual(paper, ['In section 66, before “An exploited” insert “(1)”', 'In section 66, after subsection (1) insert—']);
  });

  it('widens a short or repeated anchor until it is unique in its unit, or says which occurrence', () => {
    // "unlawfully" occurs twice in (1): the anchor must say which.
    const e = edit(BILL, 'unlawfully', 'unlawfully, or for working without a permit', 'staying ');
    const [i] = roundTrip(BILL, [e]);
    assert.match(i!.words, /^In section 7\(1\), after “(?:staying unlawfully”|unlawfully”, in the (?:second|last) place where it occurs,) insert “, or for working without a permit”$/);
    // Each quoted anchor occurs once in the unit, or the instruction names the occurrence.
    const unit = billStructure(BILL).find((s) => s.number === '7')!.units[0]!;
    const q = quotations(i!.words)[0]!;
    const count = BILL.slice(unit.start, unit.end).split(q).length - 1;
    assert.ok(count === 1 || /place where it occurs/.test(i!.words), i!.words);
  });

  it('states a one-word change with its place, never as a bare “leave out “or””', () => {
    const e = edit(BILL, 'or', 'and', 'unlawfully ');
    const [i] = roundTrip(BILL, [e]);
    // The first whole word "or" in (1) ("for" does not count).
    // Quoted with the words after it until unique (drafter review 7): no occurrence for a clerk to count.
    assert.equal(i!.words, 'In section 7(1), leave out “or for staying” and insert “and for staying”');
  });

  it('quotes no Markdown: a number inserted at the start of a section under a bold heading', () => {
    const bill = '# A Bill\n\n**12.** **Non-liability of victims**\n\nA victim shall not be punished for a status offence.\n';
    const at = bill.indexOf('A victim');
    const [i] = roundTrip(bill, [{ start: at, end: at, newText: '(1) ' }]);
    assert.equal(i!.words, 'In section 12, before “A victim shall” insert “(1)”');
    for (const q of quotations(i!.words)) assert.doesNotMatch(q, /\*\*|#|\||\[\^/);
  });

  it('never anchors on words the same amendment leaves out', () => {
    const bill = '# A Bill\n\n## 20. Defence\n\nA victim is not guilty of an offence committed as a direct result of being trafficked, unless the victim fails to satisfy the court that he or she was trafficked.\n';
    const cut = edit(bill, ', unless the victim fails to satisfy the court that he or she was trafficked', '');
    const end = bill.indexOf('was trafficked.') + 'was trafficked.'.length;
    const add = { start: end, end, newText: ' The prosecution bears the burden of proving that this section does not apply.' };
    const is = roundTrip(bill, [cut, add]);
    const left = quotations(is[0]!.words)[0]!;
    assert.match(is[0]!.words, /leave out/);
    for (const i of is.slice(1)) for (const q of quotations(i.words).slice(0, 1)) assert.ok(!left.includes(q) || bill.split(q).length - 1 === 1, `${i.words} anchors on left-out words`);
    assert.ok(!quotations(is[1]!.words)[0]!.includes('fails'), is[1]!.words);
  });

  it('states long words left out across paragraphs as “leave out from … to …”, setting out every inserted word', () => {
    const bill = [
      '# A Bill',
      '',
      '## 9. Defence',
      '',
      '(1) A person is not guilty of an offence if—',
      '',
      '(a) the person acted because another person threatened the person with serious harm; and',
      '',
      '(b) a reasonable person in the same situation would have had no alternative but to act.',
      '',
      '(2) This section applies to offences under any enactment.',
      '',
    ].join('\n');
    const old = bill.slice(bill.indexOf('—'), bill.indexOf('but to act') + 'but to act'.length);
    const by = ' the offence was committed as a direct result of the person’s being a victim of trafficking';
    const [i] = roundTrip(bill, [edit(bill, old, by)]);
    assert.match(i!.words, /^In section 9\(1\), leave out from “[^”]+” to “[^”]+” and insert “the offence was committed as a direct result of the person’s being a victim of trafficking”$/);
  });

  it('leaves out whole paragraphs by their labels', () => {
    const bill = '# A Bill\n\n## 4. Defence\n\n(1) A person is not liable if—\n\n(a) the person was trafficked;\n\n(b) the person was threatened; and\n\n(c) the person could not escape.\n\n(2) Nothing in this section limits any other defence.\n';
    const start = bill.indexOf('(b)');
    const end = bill.indexOf('(2)');
    const is = roundTrip(bill, [{ start, end, newText: '' }]);
    assert.deepEqual(is.map((i) => i.words), ['In section 4(1), leave out paragraph (b)', 'In section 4(1), leave out paragraph (c)']);
  });

  it('names a section numbered as its tradition numbers it (“64 bis”, “225-4”)', () => {
    for (const n of ['64 bis', '225-4']) {
      const bill = `# Code\n\n## Article ${n}. Exemption\n\nA victim may be exempted from punishment.\n`;
      const [i] = roundTrip(bill, [edit(bill, 'may be', 'shall be')]);
      assert.equal(i!.words, `In article ${n}, leave out “may” and insert “shall”`);
    }
  });
});

describe('fixes stated as amendments: in the bill\'s order, each instruction standing on the print (drafter\'s review 7, B1, B2)', () => {
  it('numbers a lower-case opening and adds a subsection after it, first things first', () => {
    const bill = '# A Law\n\n## 14. No liability\n\na person held in servitude shall not be liable for any act that was a direct result of the servitude.\n';
    const fixed = bill.replace('a person held', '(1) A person held').replace(/servitude\.\n$/, 'servitude.\n\n(2) Where the person is a child, this section applies to any offence.\n');
    const is = roundTrip(bill, editsBetween(bill, fixed));
    assert.deepEqual(is.map((i) => i.words), ['In section 14, leave out “a person” and insert “(1) A person”', 'In section 14, at the end insert—']);
  });

  it('prefers words that occur once over “in the first place where it occurs”, and keeps the bill\'s order', () => {
    const bill = '# A Law\n\n## 6. Exemption\n\nA victim shall not be punished for entering the country unlawfully, for living in the country unlawfully, or for working without a permit.\n';
    const fixed = bill.replace('punished for entering', 'punished for any offence committed as a direct result of being exploited, including entering').replace(', or for working', ' and working').replace('for living', 'living');
    const is = roundTrip(bill, editsBetween(bill, fixed));
    assert.ok(inBillOrder(bill, is), is.map((i) => i.words).join(' | '));
    assert.ok(!is.some((i) => /place where it occurs/.test(i.words)), is.map((i) => i.words).join(' | '));
    assert.equal(is[0]!.words, 'In section 6, after “punished for” insert “any offence committed as a direct result of being exploited, including”');
  });

  it('sets out a renumbered subsection once, under its new label and with its cross-references already renumbered, never amending its own words', () => {
    const bill = [
      '# A Law',
      '',
      '## 30. Defence',
      '',
      '(1) An adult is not guilty of an offence if the adult was compelled to commit it by an exploiter.',
      '',
      '(2) Compulsion includes pressure from the adult\'s circumstances.',
      '',
      '(3) A child is not guilty of an offence committed as a direct result of being exploited.',
      '',
      '(4) Subsections (1) and (3) do not apply to an offence in the Schedule.',
      '',
    ].join('\n');
    // As a fix gives it: the words changed, a subsection left out, the rest renumbered with the reference to them.
    const edits = [
      edit(bill, 'if the adult was compelled to commit it by an exploiter', 'committed as a direct result of being exploited'),
      edit(bill, "(2) Compulsion includes pressure from the adult's circumstances.\n\n", ''),
      edit(bill, '3', '2', 'circumstances.\n\n('),
      edit(bill, '4', '3', 'being exploited.\n\n('),
      edit(bill, '3', '2', 'Subsections (1) and ('),
    ];
    const is = roundTrip(bill, edits);
    assert.ok(inBillOrder(bill, is), is.map((i) => i.words).join(' | '));
    const last = is[is.length - 1]!;
    assert.equal(last.words, 'In section 30, leave out subsection (4) and insert—');
    assert.equal(last.block, '(3) Subsections (1) and (2) do not apply to an offence in the Schedule.');
    // No instruction quotes a label to change it after another instruction set it out.
    assert.ok(!is.slice(0, -1).some((i) => /\(4\)|“\(3\)/.test(i.words)), is.map((i) => i.words).join(' | '));
  });

  it('sets out the new subsection first and renumbers the one after it second, as they come in the text, each found on the print (drafter review 8, B1)', () => {
    const bill = '# A Law\n\n## 8. Defence\n\n(1) A victim is not guilty of an offence committed as a direct result of being exploited.\n\n(2) In this section, "exploited" has the meaning in section 2.\n';
    const at = bill.indexOf('exploited.\n') + 'exploited.'.length;
    const is = roundTrip(bill, [{ start: at, end: at, newText: '\n\n(2) No victim shall be detained for such an offence.' }, edit(bill, '(2)', '(3)')]);
    // The renumbering names the old subsection by words that find it once the new (2) stands before it.
    assert.deepEqual(is.map((i) => i.words), ['In section 8, after “exploited.” insert—', 'In section 8, leave out “(2) In” and insert “(3) In”']);
    assert.ok(inBillOrder(bill, is), is.map((i) => i.words).join(' | '));
  });
});

describe('fixes stated as amendments: the bill\'s own units (drafter\'s review 4b, B2, B4, B6)', () => {
  // An American scheme: lettered subsections, the first holding numbered paragraphs.
  const us = '# House Bill 77\n\n## Sec. 5. Defense for coerced persons.\n\n(a) A person accused of an offense has a defense if:\n\n(1) the person was held in servitude when the offense occurred;\n\n(2) the person acted on the orders of the one who held them; and\n\n(3) no one was seriously hurt.\n\n(b) The person must prove the defense by clear and convincing evidence.\n';

  it('reads lettered subsections holding numbered paragraphs as the bill numbers them', () => {
    const sec = billStructure(us).find((s) => s.number === '5')!;
    assert.deepEqual(sec.units.map((u) => `${u.level} ${u.label}`), ['subsection a', 'subsection b']);
    assert.deepEqual(sec.units[0]!.children.map((u) => `${u.level} ${u.label}`), ['paragraph 1', 'paragraph 2', 'paragraph 3']);
  });

  it('puts a new lettered subsection after the last one, not after a paragraph of another subsection', () => {
    const at = us.trimEnd().length;
    const [i] = roundTrip(us, [{ start: at, end: at, newText: '\n\n(c) A child need not show that the person acted on orders.' }]);
    assert.equal(i!.words, 'In section 5, after subsection (b) insert—');
  });

  it('adds a new subdivision ("Subd. 3.") to a statute divided into subdivisions, never "after subsection (4)" of a list inside one', () => {
    // Own words, in the shape of a Minnesota-style statute: subdivision 2 ends with a numbered list.
    const mn = '# A bill for an act relating to coerced persons\n\n§ 611.40. DEFENSE FOR COERCED PERSONS.\n\nSubdivision 1. Defense. It is a defense to a listed offense that the defendant was coerced by a trafficker.\n\nSubd. 2. Offenses. The defense applies only to:\n\n(1) loitering;\n\n(2) trespass.\n';
    const at = mn.trimEnd().length;
    const [i] = roundTrip(mn, [{ start: at, end: at, newText: '\n\nSubd. 3. Arrest. No person may be arrested for an offense listed in subdivision 2 committed under coercion.' }]);
    assert.doesNotMatch(i!.words, /after subsection \(2\)|after paragraph \(2\)/);
    assert.match(i!.words, /^In section 611\.40, /);
  });

  it('names the lettered subsection that holds the words, not a paragraph above it', () => {
    const [i] = roundTrip(us, [edit(us, 'by clear and convincing evidence', 'on the balance of probabilities')]);
    assert.match(i!.words, /^In section 5\(b\), /);
    const [j] = roundTrip(us, [edit(us, 'seriously hurt', 'gravely injured')]);
    assert.match(j!.words, /^In section 5\(a\)\(3\), /);
  });

  it('names a provision numbered in its own first line or heading (“§ 31.07.”, “4-12-108. Title”), never “the bill”', () => {
    const codes = [
      '# A bill for an act concerning exploited persons\n\n§ 31.07. DEFENSE FOR EXPLOITED PERSONS.\n\nA person held in forced labor may raise a defense to any charge arising from it.\n',
      '# An Act relating to coerced persons\n\n4-12-108. Coerced persons; relief.\n\nA person held in forced labor may raise a defense to any charge arising from it.\n',
      '# Senate Bill 3\n\n## § 12-40.5. Relief for exploited persons\n\nA person held in forced labor may raise a defense to any charge arising from it.\n',
    ];
    for (const [k, bill] of codes.entries()) {
      const [i] = roundTrip(bill, [edit(bill, 'may raise', 'shall have')]);
      assert.equal(i!.words, `In section ${['31.07', '4-12-108', '12-40.5'][k]}, leave out “may raise” and insert “shall have”`);
    }
  });

  it('does not take the words of a provision that open with a number for its number', () => {
    const bill = '# A Bill\n\n2.5 per cent of the fine may be remitted to a person held in forced labor.\n';
    const [i] = roundTrip(bill, [edit(bill, 'may be', 'shall be')]);
    assert.match(i!.words, /^In the bill, /);
  });

  it('calls the numbered units of an article that speaks of paragraphs paragraphs', () => {
    const art = '# Code\n\n## Article 12. Exemption\n\n(1) A victim of exploitation is exempt from punishment for acts the victim was compelled to commit.\n\n(2) Paragraph (1) applies whatever the offence.\n';
    const at = art.trimEnd().length;
    const [i] = roundTrip(art, [{ start: at, end: at, newText: '\n\n(3) In this paragraph, a child is a person under eighteen.' }]);
    assert.equal(i!.words, 'In article 12, after paragraph (2) insert—');
    // A section that speaks of subsections keeps the word.
    const sec = art.replace('Article 12', 'Section 12').replace('Paragraph (1)', 'Subsection (1)');
    const end = sec.trimEnd().length;
    const [j] = roundTrip(sec, [{ start: end, end, newText: '\n\n(3) In this section, a child is a person under eighteen.' }]);
    assert.equal(j!.words, 'In section 12, after subsection (2) insert—');
  });

  it('sets out a new unit\'s words without the bill\'s bold label marks; applied, the label is bold like its neighbours', () => {
    const bill = '# Code\n\n## 41. Stay of proceedings\n\n**(1)** A court may stay a prosecution of a person held in servitude.\n\n**(2)** This section does not limit any other power of the court.\n';
    const at = bill.trimEnd().length;
    const [i] = roundTrip(bill, [{ start: at, end: at, newText: '\n\n**(3)** Where the person is a child, subsection (1) applies to any offence.' }]);
    assert.equal(i!.words, 'In section 41, after subsection (2) insert—');
    assert.equal(i!.block, '(3) Where the person is a child, subsection (1) applies to any offence.');
    // Where the bill's labels are plain, a plain label stays plain.
    const plainBill = bill.replace(/\*\*/g, '');
    const end = plainBill.trimEnd().length;
    const [j] = roundTrip(plainBill, [{ start: end, end, newText: '\n\n(3) Where the person is a child, subsection (1) applies to any offence.' }]);
    assert.equal(j!.block, '(3) Where the person is a child, subsection (1) applies to any offence.');
  });

  it('a new subsection after one that carries a footnote goes before the footnote\'s text, in one instruction', () => {
    const bill = '# A Bill\n\n## 9. Non-liability\n\nA person held in servitude is not liable for acts the person was made to do.[^src]\n\n[^src]: Adapted from a model law; own words.\n';
    const a = bill.indexOf('A person held');
    const b = bill.indexOf('\n\n[^src]:');
    const is = roundTrip(bill, [{ start: a, end: a, newText: '(1) ' }, { start: b, end: b, newText: '\n\n(2) Where the person is a child, subsection (1) applies to any act.' }]);
    assert.deepEqual(is.map((i) => i.words), ['In section 9, before “A person held” insert “(1)”', 'In section 9, after subsection (1) insert—']);
    assert.ok(is.every((i) => !/\[\^|\\/.test(`${i.words}${i.block ?? ''}`)), 'no footnote marks or escapes in the words set out');
  });

  it('changes a heading “in the heading” of the provision it names, never “in the bill”', () => {
    const bill = '# A Bill\n\n## 19A. Adult victims not to be punished\n\nAn adult victim of servitude is not to be punished for acts the victim was made to do.\n';
    const at = bill.indexOf('Adult victims');
    const [i] = roundTrip(bill, [{ start: at, end: at + 'Adult victims'.length, newText: 'Victims' }]);
    assert.equal(i!.words, 'In section 19A, in the heading, leave out “Adult victims” and insert “Victims”');
    const code = '# Senate Bill 4\n\n## § 12-40.5. Affirmative defense for coerced persons\n\nA coerced person has an affirmative defense to any charge.\n';
    const h = code.indexOf('Affirmative defense');
    const [j] = roundTrip(code, [{ start: h, end: h + 'Affirmative defense'.length, newText: 'Defense' }]);
    assert.match(j!.words, /^In section 12-40\.5, in the heading, leave out “Affirmative defense” and insert “Defense”$/);
  });

  it('widens an anchor that its heading repeats, so the provision is named, not “the bill”', () => {
    const bill = '# A Bill\n\n## Section 17. Protection of Exploited Persons\n\nExploited persons are to be treated as victims and not as offenders.\n';
    const at = bill.indexOf('Exploited persons are');
    const [i] = roundTrip(bill, [{ start: at, end: at, newText: '(1) ' }]);
    assert.equal(i!.words, 'In section 17, before “Exploited persons” insert “(1)”');
  });

  it('calls numbered units paragraphs where the provision cites them without brackets (“Paragraph 1 does not apply”; drafter review 7, B3)', () => {
    const bill = '# Guidelines on Exploited Suspects\n\n**2.6 Suspects who were exploited**\n\n(1) The prosecutor shall not prosecute an exploited suspect for acts linked to the exploitation.\n\n(2) Paragraph 1 applies whether or not the suspect complained to the police.\n';
    const at = bill.trimEnd().length;
    const [i] = roundTrip(bill, [{ start: at, end: at, newText: '\n\n(3) Where the suspect is a child, paragraph 1 applies to any offence.' }]);
    assert.equal(i!.words, 'In section 2.6, after paragraph (2) insert—');
  });

  it('calls lettered units subsections where the section refers to them as subsections', () => {
    const bill = '# House Bill 9\n\n## Sec. 4. Relief.\n\n(a) A person held in forced labor may apply to set aside a conviction.\n\n(b) An application under subsection (a) is decided by the court that convicted the person.\n';
    const at = bill.trimEnd().length;
    const [i] = roundTrip(bill, [{ start: at, end: at, newText: '\n\n(c) A child need not show any use of force.' }]);
    assert.equal(i!.words, 'In section 4, after subsection (b) insert—');
    // An American section that refers to none of its units still calls them subsections; a Commonwealth one, paragraphs.
    const silent = bill.replace('An application under subsection (a)', 'An application');
    const end = silent.trimEnd().length;
    const [j] = roundTrip(silent, [{ start: end, end, newText: '\n\n(c) A child need not show any use of force.' }]);
    assert.equal(j!.words, 'In section 4, after subsection (b) insert—');
    const uk = silent.replace('## Sec. 4. Relief.', '## 4. Relief');
    const [k] = roundTrip(uk, [{ start: uk.trimEnd().length, end: uk.trimEnd().length, newText: '\n\n(c) A child need not show any use of force.' }]);
    assert.equal(k!.words, 'In section 4, after paragraph (b) insert—');
  });
});

describe('fixes stated as amendments: provisions numbered in their own bold first line (review 4b, B4)', () => {
  it('names a section whose number opens its text in bold (“**SEC. 12-B. …**”) and calls the bold words its heading', () => {
    const bill = '# An Act on Relief for Exploited Persons\n\n**SEC. 12-B. Clearing of records for exploited persons.** — On application, a court shall clear the record of any arrest of an exploited person for an act done because of the exploitation.\n';
    const sec = billStructure(bill).find((s) => s.number === '12-B')!;
    assert.equal(sec.heading, 'SEC. 12-B. Clearing of records for exploited persons.');
    const at = bill.trimEnd().length;
    const ins = roundTrip(bill, [edit(bill, 'On application', '(1) On application'), { start: at, end: at, newText: '\n\n(2) A child need not show how the exploitation came about.' }]);
    assert.deepEqual(ins.map((i) => i.words), ['In section 12-B, before “On application,” insert “(1)”', 'In section 12-B, at the end insert—']);
    const [h] = roundTrip(bill, [edit(bill, 'Clearing of records', 'Clearing of all records')]);
    assert.equal(h!.words, 'In section 12-B, in the heading, after “Clearing of” insert “all”');
  });

  it('names the section under a Title heading that holds one section’s text (“# Title 9” then “**§ 512.4. …**”)', () => {
    const bill = '# Title 9. Offenses\n\n**§ 512.4. Affirmative defense for exploited persons.**\n\nA. It is an affirmative defense to any charge that the accused acted while held in servitude.\n\nB. The accused shall give notice of the defense before trial.\n';
    const ins = roundTrip(bill, [edit(bill, 'Affirmative defense', 'Defense'), edit(bill, 'an affirmative defense', 'a defense')]);
    assert.deepEqual(ins.map((i) => i.words), ['In section 512.4, in the heading, leave out “Affirmative defense” and insert “Defense”', 'In section 512.4, leave out “an affirmative” and insert “a”']);
    // A Title holding two numbered sections is not named by the first one's number.
    const two = bill + '\n**§ 512.5. Notice.**\n\nThe court shall hear the defense before trial.\n';
    assert.ok(!billStructure(two).some((s) => s.number === '512.4'));
  });

  it('cites a number whole where the tradition writes more after it (“Art. 55-bis.”, “Section 61.²”, “Artigo 170.º-B”, “Article 412 (5)”)', () => {
    const heads = [
      ['**Art. 55-bis.**', 'article 55-bis'],
      ['**Section 61.² Relief of exploited persons**', 'section 61.²'],
      ['**Artigo 170.º-B — Relief of exploited persons**', 'article 170.º-B'],
      ['Article 412 (5)', 'article 412 (5)'],
    ];
    for (const [head, cite] of heads) {
      const bill = `# A Law on Exploited Persons\n\n${head}\n\nAn exploited person is not punishable for offences the person was compelled to commit.\n`;
      const [i] = roundTrip(bill, [edit(bill, 'was compelled to commit', 'committed as a direct result of the exploitation')]);
      assert.equal(i!.words, `In ${cite}, leave out “was compelled to commit” and insert “committed as a direct result of the exploitation”`);
    }
    // A bold number with no keyword, then “(1)”, opens subsection (1): the section is 61.4.
    const ca = '# An Act to amend the Code\n\n**61.4 (1)** On application, the court shall stay the proceedings.\n\n(2) The application is made before trial.\n';
    assert.ok(billStructure(ca).some((x) => x.number === '61.4'));
  });

  it('calls a provision headed by a bare number an article where it calls itself “this Article”', () => {
    const bill = '# A Proclamation on Exploited Persons\n\n**12. Non-punishment**\n\n1/ An exploited person shall not be punished for crimes the person was made to commit.\n\n2/ Sub-article (1) of this Article applies whatever the crime.\n';
    const [i] = roundTrip(bill, [edit(bill, 'was made to commit', 'committed as a direct result of the exploitation')]);
    assert.match(i!.words, /^In article 12, /);
  });

  it('names an article with a Latin number and a paragraph mark (“Art. 210quater, § 2.”) by its article', () => {
    const bill = '# Loi sur la protection des victimes\n\n**Art. 210quater, § 2.** A victim of exploitation who takes part in offences because of the exploitation incurs no penalty for them.\n';
    const at = bill.trimEnd().length;
    const [i] = roundTrip(bill, [{ start: at, end: at, newText: '\n\n§ 3. A child victim incurs no penalty whatever the means used.' }]);
    assert.equal(i!.words, 'In article 210quater, at the end insert—');
  });
});

describe('fixes stated as amendments: no instruction leans on another (review 4b, B3 and B5)', () => {
  it('states changes in one subsection together when one would amend words the other inserts', () => {
    const bill = '# A Bill\n\n## 9 Guidance on prosecuting exploited persons\n\n(1) The prosecutor must publish guidance.\n\n(2) The guidance must presume against prosecuting a person where—\n\n(a) the person appears to be exploited,\n\n(b) the person was forced to commit the offence, and\n\n(c) the force came from the exploitation.\n';
    const ins = roundTrip(bill, [
      edit(bill, '', ' and', 'appears to be exploited,'),
      edit(bill, 'the person was forced to commit the offence, and\n\n(c) the force came from the exploitation', 'the offence was committed as a direct result of the exploitation'),
    ]);
    assert.equal(ins.length, 1);
    assert.equal(ins[0]!.words, 'In section 9, leave out subsection (2) and insert—');
    assert.match(ins[0]!.block!, /appears to be exploited, and\n\n\(b\) the offence was committed as a direct result/);
  });

  it('never gives the same instruction twice in a row: a repeated word is quoted with the word after it', () => {
    const bill = '# A Bill\n\n## 4 Protection\n\n(a) A victim shall not be charged for entering the country, for staying in the country, for working without a permit, or for using false papers.\n';
    const ins = roundTrip(bill, [edit(bill, 'for staying', 'staying'), edit(bill, 'for working', 'working')]);
    for (let k = 1; k < ins.length; k++) assert.notEqual(ins[k]!.words, ins[k - 1]!.words);
    assert.ok(ins.some((i) => /leave out “for (?:staying|working)” and insert “(?:staying|working)”/.test(i.words)), ins.map((i) => i.words).join(' | '));
  });

  it('inserts a new subsection before renumbering the one it displaces, never naming a subsection by a number another instruction gave it', () => {
    const bill = '# A Bill\n\n## 30 Relief\n\n(1) A victim is not guilty of an offence done because of the exploitation.\n\n(2) Subsection (1) does not apply to murder.\n\n(3) In this section, a victim is a person who has been exploited.\n';
    const at = bill.indexOf('(3) In this');
    const ins = roundTrip(bill, [
      { start: at, end: at, newText: '(3) A child need not show compulsion.\n\n' },
      edit(bill, '3', '4', '(2) Subsection (1) does not apply to murder.\n\n('),
    ]);
    assert.deepEqual(ins.map((i) => i.words), ['In section 30, after “to murder.” insert—', 'In section 30, leave out “(3) In” and insert “(4) In”']);
    assert.ok(inBillOrder(bill, ins), ins.map((i) => i.words).join(' | '));
  });

  it('sets out an inserted subsection "(1A)" “after subsection (1)”, the usual form, though it is written before the line of (2)', () => {
    const bill = '# A Bill\n\n## 12 Relief\n\n(1) An exploited person is not guilty of an offence done as a direct result of the exploitation.\n\n(2) In this section, an exploited person is one against whom an offence under section 3 was committed.\n';
    const at = bill.indexOf('(2) In this');
    const is = roundTrip(bill, [{ start: at, end: at, newText: '(1A) The prosecution must disprove the link beyond reasonable doubt.\n\n' }]);
    assert.deepEqual(is.map((i) => [i.words, i.block]), [['In section 12, after subsection (1) insert—', '(1A) The prosecution must disprove the link beyond reasonable doubt.']]);
  });

  it('adds a subsection before an emphasised note by naming the words before it, never by setting the note out again', () => {
    const bill = '# A Bill\n\n## 27 Burden\n\n(1) A victim is not guilty of an offence done because of the exploitation.\n\n(2) The victim need not prove it.\n\n*Note.*—In this section, a victim is a person who has been exploited.\n';
    const at = bill.indexOf('*Note.*');
    const ins = roundTrip(bill, [{ start: at, end: at, newText: '(3) No victim shall be detained for such an offence.\n\n' }]);
    assert.deepEqual(ins.map((i) => i.words), ['In section 27, after “not prove it.” insert—']);
    assert.ok(!ins.some((i) => /leave out/.test(i.words) || /Note/.test(i.block ?? '')));
  });

  it('adds a paragraph to a list as two changes, the joining word and the paragraph, never by setting out the last paragraph again', () => {
    const bill = '# A Bill\n\n## 2 Meaning of exploitation\n\nExploitation includes—\n\n(a) forced labour; and\n\n(b) servitude;\n';
    const at = bill.indexOf('servitude;') + 'servitude;'.length;
    const ins = roundTrip(bill, [edit(bill, ' and', '', 'forced labour;'), { start: at, end: at, newText: ' and\n\n(c) the use of a person to commit offences;' }]);
    assert.deepEqual(ins.map((i) => i.words).slice(-2), ['In section 2(b), after “servitude;” insert “and”', 'In section 2, after paragraph (b) insert—']);
    assert.ok(!ins.some((i) => /leave out paragraph/.test(i.words)));
  });

  it('adds new subsections at the end of a section, just before the next heading, as one block after the last subsection', () => {
    // Newcomer trial, item 8: the new (e) and (f) were set out as words run on into the next heading, and left out of the paper.
    const bill = '# A Bill\n\n### Section 2. Defense.\n\n(a) A victim has a defense to a charge of vagrancy.\n\n(b) Subsection (a) does not apply to a charge of arson.\n\n### Section 3. Records.\n\n(a) A court shall seal the records.\n';
    const at = bill.indexOf('### Section 3');
    const ins = roundTrip(bill, [{ start: at, end: at, newText: '(c) A child has the defense whatever means were used.\n\n(d) No victim shall be held for the charge.\n\n' }]);
    assert.deepEqual(ins.map((i) => i.words), ['In section 2, after subsection (b) insert—']);
    assert.equal(ins[0]!.block, '(c) A child has the defense whatever means were used.\n\n(d) No victim shall be held for the charge.');
  });

  it('states changes to several subsections subsection by subsection: the rule replaced in (3), the new (4) after it', () => {
    // Newcomer trial, item 12: the whole-bill comparison paired the old (3) with the new (4), so the paper
    // read "leave out “(3) The onus … accused” and insert “(4) No victim …”", as if the new rule replaced the old one.
    const bill = '# A Bill\n\n## 9 Exploited persons\n\n(1) An exploited person is not guilty of an offence of vagrancy if the conditions in subsection (2) are met.\n\n(2) The conditions are that—\n\n(a) the person was threatened with harm; and\n\n(b) the person had no other choice.\n\n(3) The onus of showing that this section applies is on the accused.\n\n## 10 Records\n\nA court may clear the record.\n';
    const fixed = bill
      .replace('(2) The conditions are that—\n\n(a) the person was threatened with harm; and\n\n(b) the person had no other choice.', '(2) The condition is that the offence was a direct result of the exploitation.')
      .replace('(3) The onus of showing that this section applies is on the accused.', '(3) Once the issue is raised, the prosecution must show that this section does not apply.\n\n(4) No exploited person shall be detained or removed for an act to which subsection (1) applies.');
    const r = fixAsAmendment(bill, editsBetween(bill, fixed));
    assert.ok(r.exact, r.problem);
    assert.equal(applyPaper(bill, r.instructions), fixed);
    const words = r.instructions.map((i) => i.words);
    assert.deepEqual(words, ['In section 9, leave out subsection (2) and insert—', 'In section 9, leave out subsection (3) and insert—', 'In section 9, after subsection (3) insert—']);
    assert.deepEqual(r.instructions.map((i) => i.block), [
      '(2) The condition is that the offence was a direct result of the exploitation.',
      '(3) Once the issue is raised, the prosecution must show that this section does not apply.',
      '(4) No exploited person shall be detained or removed for an act to which subsection (1) applies.',
    ]);
    assert.ok(!words.some((w) => /“\(\d\)/.test(w)), words.join(' | '));
  });

  it('quotes words that find the same place on the print as on the text the instructions before it leave', () => {
    // Drafter review 5a, F: "leave out “he shows that”" then "leave out “that”" — on the print, "that" occurs
    // twice; a clerk working from the print could not tell which is meant.
    const bill = '# A Bill\n\n## 5. Defence\n\nA person is not guilty of an offence if he shows that he was exploited and that he acted because of the exploitation.\n';
    const fixed = bill.replace('if he shows that he was exploited and that he acted', 'if he was exploited and he acted');
    const r = fixAsAmendment(bill, editsBetween(bill, fixed));
    assert.ok(r.exact, r.problem);
    assert.equal(applyPaper(bill, r.instructions), fixed);
    // Each instruction, read alone against the print, finds one place.
    for (const i of readAmendmentPaper(amendmentPaperText(r.instructions))) {
      const alone = applyInstruction(bill, i);
      assert.ok(alone.ok, `“${i.text}” on the print: ${alone.ok ? '' : alone.reason}`);
    }
  });

  it('sets out a new last subsection compared as inserted after the line break that ends the one before it', () => {
    // Probe round 5: "…subjected.\n" + "\n(2) …\n" found no instruction form, and the paper left the new subsection out.
    const bill = '# A Law\n\n**Article 66.**\n\nNo exploited person may be fined for an offence linked to the exploitation.\n';
    const fixed = '# A Law\n\n**Article 66.**\n\n(1) No exploited person may be fined for an offence linked to the exploitation.\n\n(2) Nor may the person be detained for it.\n';
    const edits = [
      { start: bill.indexOf('No exploited'), end: bill.indexOf('No exploited'), newText: '(1) ' },
      { start: bill.length, end: bill.length, newText: '\n(2) Nor may the person be detained for it.\n' },
    ];
    assert.equal(applyEdits(bill, edits).text, fixed);
    const r = fixAsAmendment(bill, edits);
    assert.ok(r.exact, r.problem);
    assert.equal(applyPaper(bill, r.instructions), fixed);
    assert.match(r.instructions[r.instructions.length - 1]!.words, /after paragraph \(1\) insert—$/);
  });

  it('never prints a form that does not make the change: a change it cannot state is left out and reported', () => {
    // A change inside a fenced block (words an instruction cannot quote) beside one it can state.
    const bill = '# A Bill\n\n## 3. Relief\n\nA victim may not be fined.\n\n```\nform A | line 1\n```\n';
    const fixed = bill.replace('may not', 'shall not').replace('form A | line 1', 'form B | line 2');
    const r = fixAsAmendment(bill, editsBetween(bill, fixed));
    assert.equal(r.exact, false);
    assert.match(r.problem ?? '', /A \| line 1/);
    assert.deepEqual(r.instructions.map((i) => i.words), ['In section 3, leave out “may” and insert “shall”']);
    // What is printed applies cleanly and makes only changes the fix makes.
    const partial = applyPaper(bill, r.instructions);
    assert.match(partial, /shall not be fined/);
    assert.match(partial, /form A \| line 1/);
  });

  it('calls the same units by one word throughout a paper, as the fixed section calls them', () => {
    // Newcomer trial: "leave out paragraph (b)" then "after subsection (d) insert—" in one paper.
    const bill = '# A Bill\n\n### Section 4. Defense.\n\n(a) A victim has a defense to a charge of vagrancy.\n\n(b) The victim must prove the defense by clear evidence of what happened to the victim.\n\n### Section 5. Records.\n\n(a) A court shall seal the records.\n';
    const fixed = bill
      .replace('(b) The victim must prove the defense by clear evidence of what happened to the victim.', '(b) Once the issue is raised, the prosecution must disprove the defense beyond reasonable doubt.')
      .replace('\n\n### Section 5', '\n\n(c) No victim shall be held for an act to which subsection (a) applies.\n\n### Section 5');
    const r = fixAsAmendment(bill, editsBetween(bill, fixed));
    assert.ok(r.exact, r.problem);
    assert.equal(applyPaper(bill, r.instructions), fixed);
    assert.deepEqual(r.instructions.map((i) => i.words), ['In section 4, leave out subsection (b) and insert—', 'In section 4, after subsection (b) insert—']);
  });

  it('does not place a new numbered subsection “after paragraph (c)”', () => {
    const bill = '# A Bill\n\n**21.**—(1) A person is not guilty of an offence if—\n\n(a) the person was forced to do it;\n\n(b) the force came from exploitation; and\n\n(c) the person had no real choice.\n\n(2) In this section, exploitation includes servitude.\n';
    const at = bill.indexOf('(2) In this');
    const ins = roundTrip(bill, [{ start: at, end: at, newText: '(2) No child need show force.\n\n' }, edit(bill, '2', '3', 'real choice.\n\n(')]);
    assert.ok(!ins.some((i) => /paragraph \(c\)/.test(i.words)), ins.map((i) => i.words).join(' | '));
  });
});

describe('fixes stated as amendments: sections an amending bill sets out (newcomer trial, item 12)', () => {
  const bill = [
    '# Exploited Persons (Amendment) Bill',
    '',
    '## 1. Short title',
    '',
    'This Act may be cited as the Exploited Persons (Amendment) Act.',
    '',
    '## 2. New section 9B',
    '',
    'The principal Act is amended by inserting after section 9A the following section—',
    '',
    '> **9B. Young victims**',
    '>',
    '> (1) A young victim shall not be charged with an offence named in the Annex.',
    '>',
    '> (2) A court may release a young victim on conditions.',
    '',
    '## 3. Section 12 replaced',
    '',
    'Section 12 of the principal Act is repealed and replaced by the following section—',
    '',
    '> **12. Clearing records**',
    '>',
    '> A person may ask the court to clear a record of a conviction for loitering.',
    '',
  ].join('\n');

  it('locates a change to an inserted section through the bill\'s own clause that sets it out', () => {
    const [i] = roundTrip(bill, [edit(bill, 'named in the Annex', 'named in the Annex or committed as a direct result of the exploitation')]);
    assert.equal(i!.words, 'In clause 2, in the inserted section 9B(1), after “the Annex” insert “or committed as a direct result of the exploitation”');
  });

  it('says “substituted” for a section the bill sets out in place of another', () => {
    const [i] = roundTrip(bill, [edit(bill, 'for loitering', 'for any offence committed as a direct result of the exploitation')]);
    assert.match(i!.words, /^In clause 3, in the substituted section 12, /);
  });

  it('the reader applies the instruction only to the section that clause sets out', () => {
    const [wrong] = readAmendmentPaper('In clause 3, in the inserted section 9B(1), after “Annex” insert “or elsewhere”');
    const r = applyInstruction(bill, wrong!);
    assert.ok(!r.ok);
    const [right] = readAmendmentPaper('In clause 2, in the inserted section 9B(1), after “Annex” insert “or elsewhere”');
    const s = applyInstruction(bill, right!);
    assert.ok(s.ok && s.text.includes('named in the Annex or elsewhere.'));
  });
});

describe('amendment papers: the forms fixes need', () => {
  const bill = '# A Bill\n\n## 3. Defence\n\nA victim is not guilty of an offence if the victim shows, on the balance of probabilities, that he or she was compelled to commit it. The court decides.\n';
  const apply = (paper: string, text = bill) => {
    const [i] = readAmendmentPaper(paper);
    const r = applyInstruction(text, i!);
    assert.ok(r.ok, r.ok ? '' : r.reason);
    return r.text;
  };

  it('“leave out from X to Y”: X stays, the words after it up to and including Y go', () => {
    assert.equal(apply('In section 3, leave out from “an offence” to “balance of probabilities,”'), bill.replace(' if the victim shows, on the balance of probabilities,', ''));
    assert.equal(
      apply('In section 3, leave out from “offence if” to “compelled to commit it” and insert “it was committed as a direct result of being trafficked”'),
      bill.replace('the victim shows, on the balance of probabilities, that he or she was compelled to commit it', 'it was committed as a direct result of being trafficked'),
    );
  });

  it('refuses “leave out from X to Y” where Y does not follow X', () => {
    const [i] = readAmendmentPaper('In section 3, leave out from “The court” to “victim shows”');
    const r = applyInstruction(bill, i!);
    assert.ok(!r.ok);
    assert.match(r.reason, /do not follow/);
  });

  it('puts a space between a full stop and the words inserted after it', () => {
    assert.equal(apply('In section 3, after “commit it.” insert “The prosecution must disprove it.”'), bill.replace('commit it.', 'commit it. The prosecution must disprove it.'));
  });

  it('inserts text set out after “after … insert—” as a new paragraph when the words end a paragraph', () => {
    const out = apply('In section 3, after “The court decides.” insert—\n\n> A child need not show compulsion.');
    assert.equal(out, bill.replace('The court decides.', 'The court decides.\n\nA child need not show compulsion.'));
  });

  it('inserts text set out after “before … insert—” as a new paragraph when the words open a paragraph', () => {
    const text = `${bill}\nThe court may also stay the case.\n`;
    const out = apply('In section 3, before “The court may” insert—\n\n> A child need not show compulsion.', text);
    assert.equal(out, text.replace('The court may', 'A child need not show compulsion.\n\nThe court may'));
    // Inside a paragraph the words set out run on in it.
    assert.equal(apply('In section 3, before “The court decides” insert—\n\n> Then', text), text.replace('The court decides', 'Then The court decides'));
  });

  it('a unit ends before the bold mark that opens the next unit’s label', () => {
    const text = '# A Bill\n\n## 5. Stay\n\n(1) The court shall stay the proceedings if—\n\n(a) the person was trafficked; and\n\n(b) the person had no escape.\n\n**(2)** This section applies to adults.\n';
    const b = billStructure(text).find((s) => s.number === '5')!.units[0]!.children[1]!;
    assert.equal(text.slice(b.start, b.end), '(b) the person had no escape.');
  });
});

describe('np-lint --fix-dry-run --format amendments', () => {
  it('prints the fixes as an amendment paper that `np-lint amend` applies to give the fixed bill', async () => {
    const bill = readFileSync(repo('examples', 'trafficking-bill.md'), 'utf8');
    const dir = tmpFolder({ 'bill.md': bill }, 'np-amendlines-');
    const fixed = await cli(['--fix-dry-run', 'bill.md'], dir);
    const paper = await cli(['--fix-dry-run', '--format', 'amendments', 'bill.md'], dir);
    assert.equal(paper.code, fixed.code);
    assert.match(paper.out, /^# Amendments to bill\.md\n\n1\. In section 14/);
    assert.doesNotMatch(paper.out, /…/);
    writeFileSync(join(dir, 'paper.md'), paper.out);
    const amended = await cli(['amend', 'bill.md', 'paper.md', '--write', 'amended.md'], dir);
    assert.doesNotMatch(amended.out + amended.err, /refused/i);
    assert.equal(readFileSync(join(dir, 'amended.md'), 'utf8'), fixed.out);
  });

  it('is a usage error without --fix-dry-run', async () => {
    const dir = tmpFolder({ 'bill.md': '# A Bill\n' }, 'np-amendlines-');
    const r = await cli(['--format', 'amendments', 'bill.md'], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /use it with --fix-dry-run/);
  });
});

// The decisive check: every fix in the gallery, stated as an amendment and applied by np-lint's own
// reader to the bill before the fix, gives exactly the bill after it.
interface Entry {
  file: string;
  text: string;
  after: string;
  fix: Fix;
  finding: { provision?: string };
}
const gen = (await import(new URL('scripts/generate-gallery.mjs', `file://${repo()}/`).href)) as { collectGallery: () => Promise<Entry[]> };
const entries = await gen.collectGallery();

describe('every fix in the gallery as an amendment', () => {
  it('covers the gallery', () => assert.ok(entries.length > 600, `${entries.length} entries`));

  // One test per bill, so that each stays well inside the suite's time limit.
  for (const file of [...new Set(entries.map((e) => e.file))]) {
    it(`round-trips every fix on ${file}: read and applied, the instructions give exactly the fixed bill, every word set out, no Markdown quoted`, () => {
      const failures: string[] = [];
      for (const e of entries.filter((x) => x.file === file)) {
        const where = `${e.finding.provision ?? ''}: ${e.fix.title}`;
        const r = fixAsAmendment(e.text, e.fix.edits);
        if (!r.exact) {
          failures.push(`${where}: ${r.problem}`);
          continue;
        }
        if (applyPaper(e.text, r.instructions) !== e.after) failures.push(`${where}: the paper gives another text`);
        // Drafter review 7, B1: a paper runs in the bill's order.
        else if (!inBillOrder(e.text, r.instructions)) failures.push(`${where}: the instructions do not run in the bill's order: ${r.instructions.map((i) => i.words).join(' | ')}`);
        for (const i of r.instructions) {
          if (/…/.test(i.words) && !/…/.test(e.after)) failures.push(`${where}: “…” in ${i.words}`);
          for (const q of quotations(i.words)) if (/\*\*|__|^#|\||\[\^|\n/.test(q)) failures.push(`${where}: Markdown quoted in ${i.words}`);
          if (!/^In (?:section|article|clause|regulation|rule|the bill)\b/.test(i.words)) failures.push(`${where}: “${i.words}” does not say where it applies`);
        }
      }
      assert.deepEqual(failures, []);
    });
  }
});
