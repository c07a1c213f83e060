import { strict as assert } from 'node:assert';
import { lint } from '../../src/engine/lint.js';
import { applyEdits } from '../../src/engine/fix.js';
import { headingParts, unitWord } from '../../src/engine/sections.js';
import { conventionsOf, findCrossReferences, inBillAges, renumberSubsections } from '../../src/engine/drafting/index.js';

// Where and how a new subsection is written into a provision (issue 10, drafter's review of the fix
// gallery, items e-h): before the definitions or Explanation that close a section, in the bill's
// numbering scheme, in its defined terms and way of writing ages, calling the unit by its own name.
// Every bill here is written in our own words, in the style of a drafting tradition.

/** The text after the fix of `rule` whose title includes `title` (the first finding offering it). */
function fixed(text: string, rule: string, title: string): string {
  const fix = lint(text).findings.filter((f) => f.ruleId === rule).flatMap((f) => f.fixes).find((x) => x.title.includes(title));
  assert.ok(fix, `${rule} offers a fix "${title}"`);
  return applyEdits(text, fix.edits).text;
}

const LIMB = 'limb for child victims';
const FORMS = 'covering arrest';

describe('placement: a new subsection goes before the definitions or Explanation that close a section', () => {
  it('follows a table that ends the section, never splitting its last row (Malaysian tabular style)', () => {
    const bill = `## 25. Trafficked person not to be prosecuted

A trafficked person shall not be liable to criminal prosecution in respect of the acts in the table below, where the act is the direct consequence of trafficking in persons:

| Item | Act |
| --- | --- |
| 1 | unlawful entry |
| 2 | use of a false travel document |
`;
    const after = fixed(bill, 'missing-child-provision', LIMB);
    assert.match(after, /\| 2 \| use of a false travel document \|\n\n[^|\n]*Where the trafficked person is a child, [^|]*\n$/);
  });

  it('numbers a subsection inserted before a closing "In this section—" subsection "(2A)", renumbering nothing; "child" joins its definitions', () => {
    // Westminster modern-slavery style: emphasised terms, one to a paragraph, ending ";".
    const bill = `# Modern Slavery (Victims) Bill

## 31. Defence for victims of slavery

(1) A person does not commit an offence if the person was compelled to do the act constituting the offence because the person is a victim of modern slavery.

(2) Subsection (1) is to be read with the definitions in subsection (3).

(3) In this section—

*abuse of vulnerability* includes taking advantage of a person's age or illness;

*victim of modern slavery* means a person against whom an offence under Part 2 has been committed.

## 32. Guidance

The Secretary of State must issue guidance about section 31(1) and the terms defined in section 31(3).
`;
    const after = fixed(bill, 'missing-child-provision', LIMB);
    const s31 = after.slice(after.indexOf('## 31.'), after.indexOf('## 32.'));
    // The limb is (2A), between (2) and the definitions, which keep their number (3): drafting offices
    // insert without renumbering, so no cross-reference moves.
    assert.match(s31, /\n\(2A\) Where the victim of modern slavery is a child, this section applies/);
    assert.ok(s31.indexOf('(2A) Where') < s31.indexOf('(3) In this section—'));
    assert.doesNotMatch(s31, /\(4\)/);
    assert.match(s31, /definitions in subsection \(3\)\./);
    assert.match(after, /section 31\(1\) and the terms defined in section 31\(3\)\./);
    // "child" is defined once, in the section's own list, in its form and order, not in the limb.
    assert.doesNotMatch(s31, /In this subsection/);
    assert.match(s31, /\*abuse of vulnerability\* includes taking advantage of a person's age or illness;\n\n\*child\* means a person under the age of 18 years;\n\n\*victim of modern slavery\*/);
    assert.equal(conventionsOf(after).definitions.filter((d) => d.term === 'child').length, 1);
  });

  it('numbers a subsection inserted between two numbered ones "(1A)", "(3B)" after an existing "(3A)", in the bill\'s own letters and bold, never renumbering', () => {
    // Commonwealth style: a defence with a closing definition; the new subsection goes between (1) and (2).
    const pair = `## 7. Defence for exploited persons

(1) An exploited person is not guilty of an offence if the person proves that the offence was committed as a direct result of the exploitation.

(2) In this section "exploitation" has the meaning given by section 3.

## 8. Review

The Minister must review the definition in section 7(2) every five years.
`;
    const one = fixed(pair, 'defendant-burden', 'prosecution');
    assert.match(one, /\n\(1A\) Where evidence is adduced[^\n]*\n\n\(2\) In this section "exploitation" has the meaning/);
    assert.match(one, /definition in section 7\(2\) every five years/);
    assert.doesNotMatch(one, /\(3\)/);
    // A bill that already inserted (3A): the next is (3B), and (4) keeps its number.
    const taken = `## 5. Non-liability of trafficked persons

(1) A trafficked person is not criminally liable for an offence committed as a direct result of being trafficked.

(2) The Director must have regard to guidance issued under section 9.

(3) This section applies to offences committed outside the State.

(3A) This section applies whether or not any person has been convicted of trafficking.

(4) In this section "trafficked person" means a person against whom an offence under section 2 has been committed.
`;
    const b = fixed(taken, 'criminal-liability-only', FORMS);
    assert.match(b, /\n\(3A\) This section applies whether[^\n]*\n\n\(3B\) Where subsection \(1\) applies to an act done by a person[^\n]*\n\n\(4\) In this section "trafficked person"/);
    // A bill whose inserted subsections are written "(2a)" keeps that habit; bold numbers stay bold.
    const small = `## 12. Victims not punished

**(1)** A victim of trafficking shall not be prosecuted for an offence committed as a direct consequence of being trafficked.

**(2)** In this section "victim of trafficking" has the meaning in section 2.

## 13. Assistance

**(1)** The Agency shall assist victims.

**(1a)** Assistance shall not depend on co-operation with the police.
`;
    assert.match(fixed(small, 'criminal-liability-only', FORMS), /\n\*\*\(1a\)\*\* Where subsection \(1\) applies to an act done by a person, the person shall not[^\n]*\n\n\*\*\(2\)\*\* In this section "victim of trafficking"/);
  });

  it('joins "child" to a closing one-sentence definition ("In this section "x" means ...") in alphabetical order, instead of a second interpretation sentence', () => {
    // Irish style: a defence and a single closing definition.
    const bill = `## 9. Defence for trafficked persons

(1) A person is not guilty of an offence if the person was compelled to commit it by a trafficker and had no real option but to comply.

(2) In this section "trafficker" means a person who commits an offence under section 4.
`;
    const after = fixed(bill, 'missing-child-provision', LIMB);
    assert.match(after, /\n\(1A\) Where the trafficked person is a child, [^\n]*was used\. Subsection \(1\) applies to a child as if for the words from "if" to the end there were substituted "if the offence was committed as a direct result of the child's having been trafficked"\.\n\n\(2\) In this section "child" means a person under the age of 18 years, and "trafficker" means a person who commits an offence under section 4\.\n/);
    assert.doesNotMatch(after, /In this subsection/);
    // A term that sorts first stays first: "..., and "young person" means ..." (must keep the existing words whole).
    const later = bill.replace('"trafficker" means a person who commits', '"accomplice" means a person who assists');
    assert.match(fixed(later, 'missing-child-provision', LIMB), /In this section "accomplice" means a person who assists an offence under section 4, and "child" means a person under the age of 18 years\./);
  });

  it('goes before an Explanation at the foot of the section (Indian style), which keeps its place and wording', () => {
    const bill = `# The Anti-Trafficking (Protection of Victims) Bill

**12. Immunity of victims.**—(1) A trafficked person shall not be liable to prosecution for any offence which was committed as a direct result of his having been trafficked.

(2) A child shall not be required to prove the use of any means of trafficking against him.

*Explanation.*—In this section, "child" means a person who has not completed the age of eighteen years.
`;
    const after = fixed(bill, 'criminal-liability-only', FORMS);
    assert.match(after, /\(2\) A child shall not be required[^\n]*\n\n\(3\) Where this section applies to an act done by a person, the person shall not[^\n]*\n\n\*Explanation\.\*—In this section, "child" means/);
  });

  it('goes before a closing interpretation subsection that defines a term in the same sentence ("For the purposes of this section, "x" means ...")', () => {
    // Pacific style, "must" and an inline definition.
    const bill = `## 20. Victims not to be prosecuted

(1) A trafficked person must not be prosecuted for an offence that the person committed as a direct result of being trafficked.

(2) For the purposes of this section, "trafficked person" means a person in respect of whom an offence under section 8 was committed.
`;
    const after = fixed(bill, 'criminal-liability-only', FORMS);
    assert.match(after, /\n\(1A\) Where subsection \(1\) applies to an act done by a person, the person must not[^\n]*\n\n\(2\) For the purposes of this section, "trafficked person" means/);
  });

  it('keeps the end of the section when definitions are not what closes it, or when nothing there defines a term', () => {
    // A definitions subsection followed by a further operative subsection: the new one goes last.
    const middle = `## 20. Victims not to be prosecuted

(1) A trafficked person must not be prosecuted for an offence that the person committed as a direct result of being trafficked.

(2) In this section, "offence" includes a summary offence.

(3) Subsection (1) applies to offences committed before this Act came into force.
`;
    assert.match(fixed(middle, 'criminal-liability-only', FORMS), /\(3\) Subsection \(1\) applies[^\n]*\n\n\(4\) Where subsection \(1\) applies/);
    // "For the purposes of this Article, a juvenile ... is a victim whether or not ...": a rule, not a definition.
    const jordan = `**Article (9)**

(a) A victim shall not be prosecuted for any offence committed as a direct consequence of being trafficked.

(b) For the purposes of this Article, a juvenile, being a person under eighteen years of age, is a victim whether or not any of the means listed in Article (2) was used.
`;
    assert.match(fixed(jordan, 'criminal-liability-only', FORMS), /was used\.\n\n\(c\) Where paragraph \(a\) applies/);
  });
});

describe('placement: the numbering scheme of the provision', () => {
  it('numbers a one-paragraph section after the run-in heading it opens with, never inside it (Philippine style)', () => {
    const bill = `# An Act amending the Anti-Trafficking Act

**SEC. 12-B. Immunity of trafficked persons.** — A trafficked person shall not be penalized for any offense committed as a direct result of being trafficked.
`;
    const after = fixed(bill, 'missing-child-provision', LIMB);
    assert.match(after, /^\*\*SEC\. 12-B\. Immunity of trafficked persons\.\*\* — \(1\) A trafficked person shall not be penalized/m);
    assert.match(after, /\n\(2\) Where the trafficked person is a child, this section applies/);
  });

  it('continues a lettered scheme whose paragraphs have numbered lists with roman items ((c) after (b), never (2) or (ii))', () => {
    // US code style: lettered subsections with catchlines, numbered paragraphs, roman items.
    const bill = `## § 4410. Defense for victims of trafficking.

(a) Defense.--

(1) It is an affirmative defense to a charge of any of the following offenses that the defendant was coerced into committing it by a trafficker:

(i) loitering under section 210;

(ii) unlicensed street trading under section 220.

(2) The defendant must give notice of the defense before trial.

(b) Effect.--Where the defense is made out, the court shall dismiss the charge.
`;
    const after = fixed(bill, 'missing-child-provision', LIMB);
    assert.match(after, /dismiss the charge\.\n\n\(c\) Where the person is a child, this section applies to any offense/);
  });

  it('is not misled by a title line left in the text ("§ 71. Motion to vacate") above a lettered scheme', () => {
    const bill = `# An act relating to victims of trafficking

§ 71. Motion to vacate by a trafficking victim

(a) In this section:

(1) "covered offense" means a misdemeanor under this title;

(2) "trafficking victim" means a person against whom an offense under section 60 was committed.

(b) A trafficking victim convicted of a covered offense may ask the court to vacate the conviction if the person was compelled to commit the offense.

(c) The court shall decide the motion within 60 days.
`;
    assert.match(fixed(bill, 'missing-child-provision', LIMB), /within 60 days\.\n\n\(d\) Where /);
  });

  it('numbers a sub-article "3/" after "1/" and "2/", and a paragraph "21.3." after "21.1." and "21.2."', () => {
    const ethiopia = `**19. Non-prosecution of victims**

1/ A victim of trafficking in persons shall not be held criminally liable for any crime committed where he was compelled to commit it.

2/ Sub-article (1) of this Article shall not affect any other defence.
`;
    assert.match(fixed(ethiopia, 'missing-child-provision', LIMB), /other defence\.\n\n3\/ Where the victim of trafficking in persons is a child, this article applies/);
    const caucasus = `**Article 21. Exemption from liability**

21.1. A victim of trafficking in human beings shall be exempt from criminal liability for acts which he or she was compelled to commit.

21.2. This Article applies to administrative offences as well.
`;
    assert.match(fixed(caucasus, 'missing-child-provision', LIMB), /as well\.\n\n21\.3\. Where the victim of trafficking in human beings is a child/);
  });
});

describe('placement: a section of one unnumbered paragraph is numbered, in the bill\'s own scheme', () => {
  it('numbers the paragraph "(1)" after the dash that follows the heading, and the new text "(2)" (Indian style)', () => {
    const bill = `**22. Trafficked persons not to be punished.**—No trafficked person shall be prosecuted for an offence under section 5 where the offence was a direct consequence of that person having been trafficked.
`;
    const after = fixed(bill, 'criminal-liability-only', FORMS);
    assert.match(after, /^\*\*22\. Trafficked persons not to be punished\.\*\*—\(1\) No trafficked person shall/);
    assert.match(after, /having been trafficked\.\n\n\(2\) Where this section applies to an act done by a person, the person shall not/);
  });

  it('numbers a paragraph quoted from mid-sentence (small first letter) all the same, opening subsection (1) with a capital', () => {
    const bill = `## 9. Non-liability of trafficked persons

a trafficked person shall not be criminally liable for any unlawful act committed as a direct consequence of having been trafficked.
`;
    const after = fixed(bill, 'criminal-liability-only', FORMS);
    assert.match(after, /\n\(1\) A trafficked person shall not be criminally liable/);
    assert.match(after, /having been trafficked\.\n\n\(2\) Where this section applies/);
  });

  it('keeps a list of numbered items, the words closing it, and a proviso inside subsection (1)', () => {
    const list = `## 30. Non-prosecution

A trafficked person shall not be prosecuted for—

1. entering the country unlawfully;
2. using a forged passport,

where the act was a direct consequence of having been trafficked.
`;
    const a = fixed(list, 'criminal-liability-only', FORMS);
    // The bill's own "1." and "2." are kept, never relettered.
    assert.match(a, /\n\(1\) A trafficked person shall not be prosecuted for—\n\n1\. entering/);
    assert.match(a, /consequence of having been trafficked\.\n\n\(2\) Where this section applies/);
    const proviso = `## 12. Victims not liable

A victim of trafficking shall not be criminally liable for any offence committed as a direct result of being trafficked:

Provided that this section does not prevent a victim being held in a place of safety for the victim's own protection.
`;
    const b = fixed(proviso, 'criminal-liability-only', FORMS);
    assert.match(b, /\n\(1\) A victim of trafficking shall not be criminally liable/);
    assert.match(b, /\nProvided that this section does not prevent[^\n]*\n\n\(2\) Where this section applies/);
  });

  it('continues "(1)" read into the heading ("**8.—(1)**") with "(2)", after the proviso', () => {
    const bill = `**8.—(1)** A victim of trafficking shall not be held criminally liable for any offence under the Passports Act, where the offence was committed as a direct result of being trafficked:

Provided that nothing in this subsection prevents the victim's removal to a shelter.
`;
    const after = fixed(bill, 'criminal-liability-only', FORMS);
    assert.match(after, /^\*\*8\.—\(1\)\*\* A victim/);
    assert.match(after, /removal to a shelter\.\n\n\(2\) Where this section applies/);
    assert.doesNotMatch(after, /\(1\) A victim/);
  });

  it('letters the paragraph "(a)" and the new text "(b)" under a US section line ("§ 512. Defense for ...")', () => {
    const bill = `# An Act concerning victims of trafficking

§ 512. Defense for victims of trafficking.

A victim of human trafficking is not criminally liable for loitering where the conduct occurred as a direct result of being trafficked.
`;
    const after = fixed(bill, 'criminal-liability-only', FORMS);
    assert.match(after, /§ 512\. Defense for victims of trafficking\.\n\n\(a\) A victim of human trafficking is not criminally liable/);
    assert.match(after, /as a direct result of being trafficked\.\n\n\(b\) Where this section applies/);
  });

  it('continues subsections lettered "A.", "B." with "C.", and "(A)" to "(C)" with "(D)" (US state styles)', () => {
    const dot = `**§ 801.4. Defense for trafficking victims.**

A. A victim of human trafficking is not criminally liable for any offense committed as a direct result of being trafficked.

B. The prosecutor shall record the reasons for any decision not to charge under this section.
`;
    assert.match(fixed(dot, 'criminal-liability-only', FORMS), /under this section\.\n\nC\. Where this section applies to an act done by a person/);
    const paren = `## Section 7. Sealing of records of trafficking victims.

(A) In this section, "trafficking victim" means a person against whom an offense under section 3 was committed.

(B) A trafficking victim convicted of solicitation may apply to the court to seal the record.

(C) The court shall seal the record if the applicant's participation in the offense was a result of being a trafficking victim.
`;
    assert.match(fixed(paren, 'missing-child-provision', LIMB), /being a trafficking victim\.\n\n\(D\) Where the trafficking victim was a child at the time of the offense/);
  });

  it('reads an article number run into the text ("ARTÍCULO 7 — Title.", "Art. 120bis, § 3."): "this article", "In this paragraph", and the next "§"', () => {
    const spanish = `# Ley sobre la protección de las víctimas

ARTÍCULO 7 — Exemption from penalty. Victims of trafficking are not punishable for offences that are the direct consequence of their having been trafficked.
`;
    const a = fixed(spanish, 'missing-child-provision', LIMB);
    assert.match(a, /^ARTÍCULO 7 — Exemption from penalty\. \(1\) Victims of trafficking are not punishable/m);
    assert.match(a, /\n\(2\) Where the victim is a child, this article applies [^\n]*In this paragraph, "child" means/);
    assert.doesNotMatch(a, /this section|In this subsection/);
    const belgian = `# Loi modifiant le Code pénal

**Art. 120bis, § 3.** A victim of trafficking in human beings who commits offences as a direct consequence of having been exploited incurs no penalty for them.
`;
    const b = fixed(belgian, 'missing-child-provision', LIMB);
    assert.match(b, /incurs no penalty for them\.\n\n§ 4\. Where the victim of trafficking in human beings is a child, this article applies/);
    assert.doesNotMatch(b, /\(1\)|this section/);
  });

  it('numbers a paragraph "§ 3." after "§ 1." and "§ 2." (paragraphs of an article)', () => {
    const bill = `## Article 14b

§ 1. A victim of trafficking in human beings does not commit an offence where the act was committed as a direct result of being trafficked.

§ 2. Paragraph 1 applies also to petty offences.
`;
    assert.match(fixed(bill, 'criminal-liability-only', FORMS), /petty offences\.\n\n§ 3\. Where this article applies to an act done by a person/);
  });
});

describe('placement: the bill\'s defined terms and its way of writing ages', () => {
  it('refers to a "minor" defined in a dashed definitions list, and never defines it again', () => {
    const bill = `**Article 1. Definitions**

1.0. The following definitions are used in this Law:

1.0.1. minor — a person who has not reached the age of 18;

1.0.2. exploitation — forced labour, servitude and the use of a person in criminal activities.

**Article 14. Exemption of victims**

14.1. A victim of trafficking shall be exempt from criminal liability for acts which he or she was compelled to commit.
`;
    const conv = conventionsOf(bill);
    assert.equal(conv.childTerm?.term, 'minor');
    assert.equal(conv.childTerm?.defined?.section, '1');
    const after = fixed(bill, 'missing-child-provision', LIMB);
    assert.match(after, /14\.2\. Where the victim is a minor, this article applies to any offence committed by the minor as a direct result of the minor's being a victim of trafficking/);
    assert.doesNotMatch(after.slice(after.indexOf('14.2.')), /\bchild\b|means a person under/);
  });

  it('refers to a "Child – refers to ..." definition (Philippine style) and leaves the definition out', () => {
    const bill = `## Section 2. Definition of Terms

As used in this Act:

(a) Trafficked person – refers to a person who is the object of trafficking;

(b) Child – refers to a person below eighteen (18) years of age.

## Section 9. Non-punishment of trafficked persons

A trafficked person shall not be penalized for crimes committed because he or she was forced to commit them by the trafficker.
`;
    const conv = conventionsOf(bill);
    assert.equal(conv.childTerm?.defined?.section, '2');
    assert.equal(conv.victimTerm?.term, 'trafficked person');
    const after = fixed(bill, 'missing-child-provision', LIMB);
    assert.match(after, /\(2\) Where the trafficked person is a child, this section applies/);
    assert.doesNotMatch(after, /In this subsection/);
  });

  it('writes the age as the bill does: "eighteen years", "eighteen (18) years", or "18 years"', () => {
    const words = `## 7. Non-liability

(1) A victim of trafficking shall not be liable for an offence he was compelled to commit.

(2) No person under the age of sixteen years shall be detained under this Act.

## 8. Interviews

A police officer shall not interview a person who has not attained eighteen years of age without a guardian present.
`;
    assert.match(fixed(words, 'missing-child-provision', LIMB), /In this subsection, "child" means a person under the age of eighteen years\./);
    const both = words.replace('eighteen years', 'eighteen (18) years').replace('sixteen years', 'sixteen (16) years');
    assert.match(fixed(both, 'missing-child-provision', LIMB), /under the age of eighteen \(18\) years\./);
    const figures = words.replace('eighteen years', '18 years').replace('sixteen years', '16 years');
    assert.match(fixed(figures, 'missing-child-provision', LIMB), /under the age of 18 years\./);
    // The conversion itself: ages only, never other numbers.
    assert.equal(inBillAges({ ages: 'words' }, 'a person under the age of 18 years, under section 18'), 'a person under the age of eighteen years, under section 18');
    assert.equal(inBillAges({ ages: 'both' }, 'a person under 18'), 'a person under eighteen (18)');
    assert.equal(inBillAges({ ages: 'figures' }, 'a person under 18'), 'a person under 18');
  });

  it('writes the bill\'s term for the victim once, even when it extends the pattern\'s ("victim of trafficking in persons")', () => {
    const bill = `## 5. Non-liability

A victim of trafficking in persons shall not be liable for an offence that the victim of trafficking in persons was compelled to commit.
`;
    const after = fixed(bill, 'missing-child-provision', LIMB);
    assert.match(after, /Where the victim of trafficking in persons is a child/);
    assert.doesNotMatch(after, /in persons in persons/);
  });
});

describe('placement: the unit is called by its own name', () => {
  it('reads numbers in brackets and hyphenated numbers in headings ("Article (16)", "Article (11 bis)", "Section 17-A")', () => {
    assert.deepEqual(headingParts('Article (16)'), { keyword: 'Article', number: '16', title: '' });
    assert.deepEqual(headingParts('Article (11 bis) Exemption'), { keyword: 'Article', number: '11 bis', title: 'Exemption' });
    assert.deepEqual(headingParts('Section 17-A. Clearing of Records'), { keyword: 'Section', number: '17-A', title: 'Clearing of Records' });
    // Must keep: "(3) ..." with no keyword is a subsection, not a heading number; "14-year" is no number.
    assert.equal(headingParts('(3) Victims').number, '');
    assert.equal(headingParts('14. Title').number, '14');
  });

  it('decides "article" from the keyword in any language, a heading it cannot number, or the provision\'s own words', () => {
    assert.equal(unitWord('Artículo'), 'article');
    assert.equal(unitWord('Art.'), 'article');
    assert.equal(unitWord('Regulation'), 'regulation');
    assert.equal(unitWord('', 'Article (6 ter)'), 'article');
    assert.equal(unitWord('', 'Non-Criminalization of Victims', '2/ Sub-article (1) of this Article shall apply'), 'article');
    assert.equal(unitWord('', 'Non-liability of victims', 'Subsection (1) of this section applies'), 'section');
    assert.equal(unitWord('', 'Non-liability of victims'), 'section');
  });

  it('writes "this article" into an Article whatever its heading, and "must" where the bill says "must"', () => {
    const bracketed = `**Article (7)**

(a) A victim of trafficking shall not be prosecuted for any offence committed as a direct result of being trafficked.
`;
    assert.match(fixed(bracketed, 'criminal-liability-only', FORMS), /\(b\) Where this article applies/);
    const spanish = `## Artículo 64 bis. Exemption from prosecution

A victim of trafficking must not be prosecuted for any offence committed as a direct result of being trafficked. The victim must be given information in a language the victim understands.
`;
    const after = fixed(spanish, 'criminal-liability-only', FORMS);
    assert.match(after, /Where this article applies to an act done by a person, the person must not/);
    assert.doesNotMatch(after, /this section/);
  });
});

describe('placement: a US section under an "Article" heading is a section', () => {
  it('calls the provision "this section" and its divisions subsections, not the article\'s paragraphs', () => {
    const bill = `# Article 12. Prostitution and Related Offenses.

§ 12-40.2. Minors not to be prosecuted for prostitution.

(a) In this section, "minor" means a person under the age of 18 years.

(b) A minor shall not be prosecuted for prostitution under this Article.

(c) An officer who finds that a person charged under this Article is a minor shall refer the minor to the child protection services.
`;
    const after = fixed(bill, 'criminal-liability-only', FORMS);
    assert.match(after, /child protection services\.\n\n\(d\) Where subsection \(b\) applies to an act done by a person, the person shall not/);
    assert.doesNotMatch(after, /paragraph \(b\)|this article applies/);
  });
});

describe('wording: the bill\'s own forum', () => {
  it('writes "the Tribunal" where the provision is tried by a Tribunal and never speaks of a court', () => {
    const bill = `## 21. Victims not to be punished

(1) No victim of trafficking shall be punished for an offence committed as a direct consequence of having been trafficked.

(2) A person relying on subsection (1) shall prove to the satisfaction of the Special Tribunal that the person is such a victim.
`;
    const fix = lint(bill).findings.filter((f) => f.ruleId === 'defendant-burden').flatMap((f) => f.fixes)[0];
    assert.ok(fix, 'defendant-burden offers a fix');
    const after = applyEdits(bill, fix.edits).text;
    assert.match(after, /the Special Tribunal shall consider whether this section applies/);
    assert.doesNotMatch(after, /the court/);
  });
});

describe('placement: renumbering subsections and the references to them', () => {
  it('moves the subsections from a number up, with references inside the section and "section N(4)" elsewhere, and leaves other instruments and quotations alone', () => {
    const text = `## 8. Defence

(1) A person is not guilty if subsection (2) applies.

(2) This subsection applies where subsection (1) of section 8 of the Immigration Act does not.

(3) In this section, "slavery" has the meaning in section 8(3) of the Crimes Act.

## 9. Review

The Minister must review section 8(3) and subsections (2) and (3) of section 8.

> "subsection (3)" in a quotation is left alone.
`;
    const refs = findCrossReferences(text);
    const s8 = { start: 0, end: text.indexOf('## 9.'), number: '8' };
    const subs = [2, 3].map((n) => ({ number: String(n), start: text.indexOf(`\n(${n}) `) + 1 }));
    const after = applyEdits(text, renumberSubsections(text, refs, s8, subs, 2)).text;
    assert.match(after, /\(1\) A person is not guilty if subsection \(3\) applies\./);
    assert.match(after, /\n\(3\) This subsection applies where subsection \(1\) of section 8 of the Immigration Act does not\./);
    assert.match(after, /\n\(4\) In this section, "slavery" has the meaning in section 8\(3\) of the Crimes Act\./);
    assert.match(after, /review section 8\(4\) and subsections \(3\) and \(4\) of section 8\./);
    assert.match(after, /> "subsection \(3\)" in a quotation/);
  });
});
