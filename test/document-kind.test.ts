import assert from 'node:assert/strict';
import { lint, fixAll } from '../src/engine/lint.js';
import { analyseBill } from '../src/engine/model.js';
import { explain } from '../src/engine/explain.js';

/**
 * Issue 10 ("never edits inside a quotation of another instrument"): a document that is, by what it
 * says of itself, another instrument's text (a Convention, Protocol, Directive, Principles and
 * Guidelines, Model Law ...) or an explanatory memorandum quoting a bill is read and flagged, but no
 * fix writes into it. A bill that names an instrument in its title ("An Act to give effect to the
 * Convention ...") is a bill. The wordings are our own, in the manner of each tradition; none is an
 * instrument's text.
 */

/** A non-punishment article with a bare compulsion test: in a bill, flagged with fixes (a child limb, the causation test). */
const COMPELLED = 'Each State Party shall, in line with the fundamentals of its legal order, make it possible not to penalise victims for unlawful acts they took part in, to the extent that they were compelled to take part.';
const COMPELLED_BILL = 'A victim shall not be liable to punishment for any offence if he or she was compelled to commit it.';

const kindOf = (text: string) => analyseBill(text).otherTexts[0]?.kind;
const ruleIds = (text: string) => lint(text).findings.map((f) => f.ruleId);

describe('document kind: another instrument\'s text or a memorandum gets findings but no fix', () => {
  /** Each instrument as [its title (as written), the rest of the document]. */
  const INSTRUMENTS: Record<string, [string, string]> = {
    'a regional convention, articles as bare lines': ['# Regional Convention on the Protection of Persons Exploited by Traffickers', `\n\nArticle 12\n\n${COMPELLED}\n`],
    'a protocol to a convention, title in capitals': ['# OPTIONAL PROTOCOL ON EXPLOITED WORKERS TO THE LABOUR CONVENTION', `\n\n## Article 3\n\n${COMPELLED}\n`],
    'a directive with a bracketed reference in its title': ['# Council Directive on assisting victims of exploitation (Official Journal L 12, p. 3)', `\n\n## Article 9 — Non-application of penalties\n\nMember States shall ensure that victims are not penalised for offences which they were compelled to commit.\n`],
    'a model law that speaks of "this Law"': ['# Model Law against the Exploitation of Persons', `\n\n## Article 10. Non-liability of victims\n\nA victim shall not be liable to punishment under this Law for any offence if he or she was compelled to commit it.\n`],
    'principles and guidelines (soft law)': ['# Principles and Guidelines on the Treatment of Exploited Persons', `\n\n## Guideline 4\n\nExploited persons shall not be punished for any offence if they were compelled to commit it.\n`],
    'a treaty with front matter before its title': ['---\nsource: own words\n---\n\n# Treaty of Cooperation against Trafficking in Persons', `\n\n## Article 4\n\n${COMPELLED}\n`],
    'a declaration whose title is a plain first line': ['DECLARATION ON THE RIGHTS OF PERSONS SUBJECTED TO SERVITUDE', `\n\n**Article 6**\n\n${COMPELLED}\n`],
  };
  const BILL_TITLE = '# Westland Trafficking in Persons Bill 2026';
  const BILLS: Record<string, string> = {
    'a Commonwealth Act giving effect to a convention (long title names it)': `# An Act to give effect to the Regional Convention on the Protection of Persons Exploited by Traffickers\n\n## 14. Non-liability of victims\n\n${COMPELLED_BILL}\n`,
    'a bill implementing a protocol (title ends in "Bill")': `# Trafficking in Persons (Optional Protocol Implementation) Bill 2026\n\n## 7. Victims not to be punished\n\n${COMPELLED_BILL}\n`,
    'a title naming a convention, with the enacting words below it': `# Regional Convention (Domestication)\n\nBE IT ENACTED by the Parliament of Westland as follows—\n\n## 3. Non-punishment\n\n${COMPELLED_BILL}\n`,
    'a long title "A BILL for an Act" after a title naming a protocol': `# Protocol on Exploited Workers (Implementation)\n\nA BILL for an Act to implement the Protocol on Exploited Workers.\n\n## 5. Non-liability\n\n${COMPELLED_BILL}\n`,
    'a civil-law law implementing a directive': `# Law No. 17 of 2026 implementing the Directive on assisting victims of exploitation\n\nArticle 21\n\n${COMPELLED_BILL}\n`,
    'a US state act relating to a protocol ("An act relating to")': `# An act relating to the protocol for identifying victims of human trafficking\n\n§ 2658. Defense\n\n${COMPELLED_BILL}\n`,
    'a Pacific ordinance giving effect to guidelines': `# Trafficking Victims (Regional Guidelines) Ordinance 2026\n\n## 9. Non-punishment\n\n${COMPELLED_BILL}\n`,
    'a bill with no title at all': `## 14. Non-liability of victims\n\n${COMPELLED_BILL}\n`,
    'a bill opening with a recital that names a convention': `Recalling the Regional Convention on the Protection of Persons Exploited by Traffickers,\n\n## 1. Non-liability of victims\n\n${COMPELLED_BILL}\n`,
    'a bill naming a convention, with a short-title section "This Act may be cited"': `# Convention against Servitude\n\n## 1. Short title\n\nThis Act may be cited as the Servitude (Convention) Act 2026.\n\n## 2. Non-liability\n\n${COMPELLED_BILL}\n`,
    'a bill with front matter before its title': `---\nsource: own words\n---\n\n# Servitude (Treaty Implementation) Bill 2026\n\n## 4. Non-liability\n\n${COMPELLED_BILL}\n`,
  };

  for (const [name, [title, rest]] of Object.entries(INSTRUMENTS)) {
    it(`must be another instrument: ${name}`, () => {
      const text = title + rest;
      assert.equal(kindOf(text), 'instrument');
      // The same words under a bill's title: flagged and fixed (so the silence below is the instrument's).
      const twin = lint(BILL_TITLE + rest).findings;
      const fixed = twin.filter((f) => f.fixes.length).map((f) => f.ruleId);
      assert.ok(fixed.length > 0, 'the words have a fix in a bill');
      const findings = lint(text).findings;
      assert.deepEqual(findings.map((f) => f.ruleId), twin.map((f) => f.ruleId), 'the same findings, for comparison');
      assert.deepEqual(findings.filter((f) => f.fixes.length).map((f) => f.ruleId), [], 'no fix writes into the instrument');
      for (const f of findings.filter((x) => fixed.includes(x.ruleId))) assert.match(f.message, /No fix is offered: this document is the text of another instrument \(".+"\), not a bill/);
      assert.equal(fixAll(text).text, text);
    });
  }

  for (const [name, text] of Object.entries(BILLS)) {
    it(`must be a bill: ${name}`, () => {
      assert.equal(kindOf(text), undefined);
      const findings = lint(text).findings;
      assert.ok(findings.some((f) => f.ruleId === 'duress-threshold' && f.fixes.length > 0), `the compulsion test is flagged and fixed, as in any bill: ${ruleIds(text).join(', ')}`);
      assert.ok(findings.every((f) => !/No fix is offered/.test(f.message)));
    });
  }

  const QUOTED = `> **34A. Immunity of victims**\n>\n> (1) A victim of trafficking shall not be liable to prosecution for an offence under the Immigration Act where the offence was committed as a direct result of being trafficked.\n>\n> (2) ${COMPELLED_BILL}\n`;

  it('an explanatory memorandum quoting a clause of the bill: findings on the quotation, no fix into it', () => {
    const text = `# Explanatory Memorandum to the Trafficking in Persons (Amendment) Bill\n\nClause 4 of the Bill inserts a new section 34A:\n\n${QUOTED}`;
    assert.equal(kindOf(text), 'memorandum');
    const findings = lint(text).findings;
    assert.ok(findings.some((f) => f.ruleId === 'duress-threshold'), 'the quoted clause is read');
    // The same clause quoted for insertion by a bill's own amending section is fixed there.
    const amending = `# Trafficking in Persons (Amendment) Bill 2026\n\n## 4. Insertion of section 34A\n\nThe principal Act is amended by inserting the following section:\n\n${QUOTED}`;
    assert.ok(lint(amending).findings.some((f) => f.ruleId === 'duress-threshold' && f.fixes.length > 0));
    assert.deepEqual(findings.filter((f) => f.fixes.length).map((f) => f.ruleId), []);
    assert.match(findings.find((f) => f.ruleId === 'duress-threshold')!.message, /No fix is offered: these words are in an explanatory memorandum/);
  });

  it('a statement of objects and reasons printed after the bill: the bill is fixed, the statement is not', () => {
    const text = `# Trafficking in Persons (Amendment) Bill 2026\n\n## 3. Non-punishment\n\n${COMPELLED_BILL}\n\n## Statement of Objects and Reasons\n\nClause 4 inserts the following section:\n\n${QUOTED}`;
    const b = analyseBill(text);
    assert.deepEqual(b.otherTexts.map((o) => [o.kind, o.from, o.to]), [['memorandum', text.indexOf('## Statement'), text.length]]);
    const duress = lint(text).findings.filter((f) => f.ruleId === 'duress-threshold');
    assert.equal(duress.length, 2, 'both the bill and the quoted clause are flagged');
    const [own, quoted] = duress;
    assert.ok(own!.fixes.length > 0 && own!.fixes.every((f) => f.edits.every((e) => e.end < b.otherTexts[0]!.from)), "the bill's own section keeps its fix");
    assert.deepEqual(quoted!.fixes, [], 'the memorandum gets none');
  });

  it('a clause quoted after words describing the bill ("Clause 4 of the Bill inserts"), in a document with no such title: flagged, not edited', () => {
    const text = `# Report of the Select Committee on the Trafficking in Persons (Amendment) Bill\n\n## 2. The clauses considered\n\nClause 4 of the Bill inserts a new section 34A:\n\n${QUOTED}\nThe Committee recommends the clause with amendments.\n`;
    const b = analyseBill(text);
    assert.deepEqual(b.otherTexts.map((o) => o.kind), ['description']);
    assert.equal(text.slice(b.otherTexts[0]!.from, b.otherTexts[0]!.to).trimStart().slice(0, 8), '> **34A.');
    const findings = lint(text).findings;
    assert.ok(findings.some((f) => f.ruleId === 'duress-threshold'));
    assert.deepEqual(findings.filter((f) => f.fixes.length).map((f) => f.ruleId), []);
    assert.match(findings.find((f) => f.ruleId === 'duress-threshold')!.message, /No fix is offered: these words are a clause as quoted in a description of the bill \("Clause 4 of the Bill inserts a new section 34A:"\)/);
    // Must-pass: an amendment paper's own instruction to insert into the bill's clause is an amendment, not a description.
    const paper = `# Amendments to the Trafficking in Persons (Amendment) Bill\n\n## 1. Amendment of clause 4\n\nClause 4 of the Bill is amended by inserting the following section:\n\n${QUOTED}`;
    assert.deepEqual(analyseBill(paper).otherTexts, []);
    assert.ok(lint(paper).findings.some((f) => f.ruleId === 'duress-threshold' && f.fixes.length > 0));
  });

  it('a bill that merely mentions an explanatory note in a section is a bill throughout', () => {
    const text = `# Trafficking in Persons Bill 2026\n\n## 3. Non-punishment\n\n${COMPELLED_BILL}\n\n## 4. Notes\n\nThe Minister shall publish explanatory notes on this Act.\n`;
    assert.equal(kindOf(text), undefined);
  });

  it('np-lint explain says the text is another instrument\'s, and why no fix is offered', () => {
    const text = INSTRUMENTS['a regional convention, articles as bare lines']!.join('');
    const readings = explain(text).provisions.flatMap((p) => p.readings).filter((r) => r.aspect === 'Text');
    assert.equal(readings.length, 1);
    assert.match(readings[0]!.reading, /another instrument, not a bill/);
    assert.equal(readings[0]!.words[0]?.text, '# Regional Convention on the Protection of Persons Exploited by Traffickers'.slice(2));
  });
});
