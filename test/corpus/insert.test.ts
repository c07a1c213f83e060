import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { CLAUSES } from '../../src/corpus/clauses.generated.js';
import { planInsertion, type InsertionPlan } from '../../src/corpus/insert.js';
import type { ClauseRecord } from '../../src/corpus/types.js';
import { applyEdits, drafting, lint } from '../../src/engine/index.js';
import { repoPath } from './paths.js';

const clause = (id: string) => CLAUSES.find((c) => c.id === id) as ClauseRecord;
const training = () => readFileSync(repoPath('examples/trafficking-bill.md'), 'utf8');
const fixture = (name: string) => readFileSync(repoPath(`test/fixtures/drafting/${name}`), 'utf8');
const apply = (text: string, plan: InsertionPlan) => applyEdits(text, plan.edits).text;

/** Every section number appears once, and every reference in the bill's own words still resolves. */
function assertWhole(text: string): void {
  const c = drafting.conventionsOf(text);
  const numbers = c.sections.filter((s) => s.number && !s.container).map((s) => s.number);
  assert.equal(new Set(numbers).size, numbers.length, `no section number twice: ${numbers.join(', ')}`);
  for (const s of c.sections) {
    const subs = s.subsections.map((x) => x.number);
    assert.equal(new Set(subs).size, subs.length, `${s.name}: no subsection number twice`);
  }
  for (const r of c.references) {
    const from = c.sections.find((s) => s.start <= r.start && r.start < s.end);
    assert.ok(drafting.referenceResolves(c, r, from), `"${r.text}" in ${from?.name} points at something`);
  }
}

describe('inserting a model clause into a bill', () => {
  it('inserts Kenya s. 14 after section 14 of the training bill as 14A, in the bill’s heading form and defined term', () => {
    const bill = training();
    const plan = planInsertion(clause('kenya-s14'), bill, bill.indexOf('(2) The conditions are that'));
    assert.equal(plan.kind, 'section');
    assert.equal(plan.number, '14A');
    assert.equal(plan.after, 'Section 14');
    assert.equal(plan.edits.length, 1);
    assert.equal(plan.edits[0]!.start, bill.indexOf('## 15. Setting aside'));
    assert.match(plan.text, /^## 14A\. Non-liability of victims of trafficking\n\nA victim of trafficking shall not be criminally liable for any criminal act that was a direct result of being trafficked\.\[\^np-kenya-s14\]\n\n\[\^np-kenya-s14\]: Counter-Trafficking in Persons Act, 2010 \(Kenya\), s\. 14/);
    assert.match(plan.text, /Verbatim text, adapted for this bill: “victim of trafficking in persons” replaced by the bill’s defined term “victim of trafficking”; initial capital added; final full stop added\./);
    // The adapted term is a placeholder, with the corpus' hint.
    assert.deepEqual(plan.places, [{ words: 'victim of trafficking', role: 'victim-term', hint: 'the bill\'s defined term for a victim of trafficking' }]);
    assert.match(plan.snippet!.text, /^## 14A\. Non-liability of victims of trafficking\n\nA \$\{1:victim of trafficking\} shall not be criminally liable/);
    assert.deepEqual(plan.renumberOption, { number: '15', from: '15', to: '23', sections: 9 });
    const after = apply(bill, plan);
    assertWhole(after);
    assert.ok(after.includes('any penalty imposed for it, be expunged.') && after.indexOf('## 14A.') < after.indexOf('## 15. Setting aside'));
  });

  it('offers to renumber instead: sections 15 to 23 and every reference to them move up, and the clause becomes section 15', () => {
    const bill = training();
    const at = bill.indexOf('(2) The conditions are that');
    const first = planInsertion(clause('kenya-s14'), bill, at, { renumber: true });
    assert.equal(first.kind, 'renumber');
    assert.equal(first.number, '15');
    const renumbered = apply(bill, first);
    assert.match(renumbered, /designated under section 18 to provide accommodation/);
    assert.match(renumbered, /^## 16\. Setting aside of convictions$/m);
    const second = planInsertion(clause('kenya-s14'), renumbered, at);
    assert.equal(second.number, '15');
    assert.equal(second.renumberOption, undefined);
    const after = apply(renumbered, second);
    assert.match(after, /^## 15\. Non-liability of victims of trafficking$/m);
    assertWhole(after);
    const c = drafting.conventionsOf(after);
    assert.deepEqual(c.sections.filter((s) => s.number && !s.container).map((s) => s.number), Array.from({ length: 24 }, (_, i) => String(i + 1)));
  });

  it('writes a bold-heading bill’s way: its form, its term (“trafficked person”), straight quotes', () => {
    const bill = fixture('bold-inline-straight.md');
    const plan = planInsertion(clause('kenya-s14'), bill, bill.indexOf('his unlawful residence'));
    assert.equal(plan.number, '4A');
    assert.match(plan.text, /^\*\*4A\. Non-liability of trafficked persons\.\*\* A trafficked person shall not be criminally liable/);
    assert.match(plan.text, /replaced by the bill's defined term "trafficked person"/);
    assert.ok(!/[“”’]/.test(plan.text), 'no curly quotes in a bill that uses straight ones');
    assertWhole(apply(bill, plan));
  });

  it('writes a civil-law bill’s way: Article 4 bis, “must”, and the provision it qualifies named', () => {
    const bill = fixture('article-latin-must.md');
    const plan = planInsertion(clause('pattern-prosecution-burden'), bill, bill.indexOf('A victim of human trafficking must not be punished'));
    assert.equal(plan.number, '4 bis');
    assert.match(plan.text, /^### Article 4 bis — Burden of proof\n\nWhere evidence is adduced that raises an issue as to whether Article 4 applies, [^\n]*the court must consider whether Article 4 applies/);
    assertWhole(apply(bill, plan));
  });

  it('adds the child limb to the provision as its next subsection, referring to the bill’s definition of “child” instead of repeating it', () => {
    const bill = training();
    const plan = planInsertion(clause('pattern-child-limb'), bill, bill.indexOf('(2) The conditions are that'));
    assert.equal(plan.kind, 'subsection');
    assert.equal(plan.number, '(4)');
    assert.match(plan.text, /^\n\n\(4\) Where the victim of trafficking is a child, this section applies to any offence committed by the child as a direct result of the child’s being a victim of trafficking, and it is not necessary to show that the child was compelled to commit the offence or that any of the means of trafficking was used\.\[\^np-pattern-child-limb\]\n\n\[\^np-pattern-child-limb\]: /);
    assert.ok(!plan.text.includes('means a person under the age'), 'section 2 defines “child” already');
    assert.ok(plan.adaptations.some((a) => /definition of “child” left out, as section 2 of the bill defines “child”/.test(a)));
    const after = apply(bill, plan);
    assertWhole(after);
    assert.equal(plan.edits[0]!.start, bill.indexOf('lies on the accused.') + 'lies on the accused.'.length);
    assert.ok(!lint(after).findings.some((f) => f.ruleId === 'missing-child-provision'), 'the child limb puts the child finding right');
  });

  it('uses the bill’s own word for a child, and keeps the definition where the bill has none', () => {
    const bold = fixture('bold-inline-straight.md');
    const minor = planInsertion(clause('pattern-child-limb'), bold, bold.indexOf('An order under subsection (1) lasts'));
    assert.match(minor.text, /\(4\) Where the trafficked person is a minor, this section applies to any offence committed by the minor as a direct result of the minor's being a trafficked person, and it is not necessary to show that the minor was compelled [^\n]*means of trafficking was used\.\[/);
    assert.ok(!minor.text.includes('"child" means'));
    const none = [
      '# Bill', '', '## 1. Non-liability', '', '(1) A victim of trafficking shall not be punished for an offence that the victim was compelled to commit.', '',
      '(2) This section applies to offences committed after commencement.', '',
    ].join('\n');
    const p = planInsertion(clause('pattern-child-limb'), none, none.indexOf('(2)'));
    assert.match(p.text, /\(3\) Where the victim of trafficking is a child, [^\n]*In this subsection, "child" means a person under the age of 18 years\.\[/);
  });

  it('inserts a clause meant as a subsection as a section of its own where the provision has no numbered subsections, and says so', () => {
    const bill = fixture('no-definitions-plain.md');
    const plan = planInsertion(clause('pattern-child-limb'), bill, bill.indexOf('A person who is a victim'));
    assert.equal(plan.kind, 'section');
    assert.equal(plan.number, '1A');
    assert.match(plan.text, /^Section 1A\. Child victims\n\nWhere the victim is a child, [^\n]*In this section, "child" means a person under the age of 18 years\./);
    assert.deepEqual(plan.notes, ['Section 1 has no numbered subsections, so the clause is inserted as a section of its own after it.']);
  });

  it('makes every cross-reference of the source a placeholder with its hint, and leaves a drafting note listing them', () => {
    const bill = training();
    const plan = planInsertion(clause('philippines-s17'), bill, bill.indexOf('(2) The conditions are that'));
    assert.deepEqual(plan.places.map((p) => [p.words, p.role]), [['this Act', 'placeholder'], ['Section 4 of this Act', 'cross-reference'], ['Article 202 of the Revised Penal Code', 'cross-reference']]);
    assert.match(plan.snippet!.text, /enumerated in \$\{1:this Act\} or in obedience[^]*set forth in \$\{1:this Act\}[^]*as defined under \$\{2:Section 4 of this Act\} are not covered by \$\{3:Article 202 of the Revised Penal Code\}/);
    assert.match(plan.text, /<!-- Drafting note: before tabling, adapt “this Act” \(the bill’s name or “this Act”\); “Section 4 of this Act” \(cross-reference to the bill’s section that defines trafficking for purposes of prostitution\); “Article 202 of the Revised Penal Code” \(the provision of the jurisdiction’s penal law on vagrancy or prostitution\)\. -->\n\n$/);
    assert.match(plan.text, /^## 14A\. Legal protection of victims of trafficking\n/);
  });

  it('inserts a treaty article or guidance as a quoted drafting note, never as a section, and a flawed example not at all', () => {
    const bill = training();
    const at = bill.indexOf('(2) The conditions are that');
    for (const id of ['actip-art14-7', 'coe-convention-art26', 'eu-directive-2024-1712-art8', 'ohchr-principle-7', 'ohchr-guideline-8-3']) {
      const plan = planInsertion(clause(id), bill, at);
      assert.equal(plan.kind, 'note', id);
      assert.equal(plan.number, undefined);
      assert.match(plan.text, /^<!-- Drafting note \(for reference; not text to enact\): [^]* -->\n\n$/, id);
      const after = apply(bill, plan);
      assert.deepEqual(lint(after).findings.map((f) => f.fingerprint), lint(bill).findings.map((f) => f.fingerprint), `${id}: the note changes no finding`);
    }
    for (const id of ['malaysia-s25', 'brunei-s47', 'thailand-s41', 'indonesia-art18']) {
      const plan = planInsertion(clause(id), bill, at);
      assert.equal(plan.kind, 'comparison', id);
      assert.deepEqual(plan.edits, []);
      assert.match(plan.notes[0]!, /is shown for comparison only \(known defects: /);
    }
  });

  it('a citation that speaks of children (“... Especially Women and Children”) never silences a child finding', () => {
    // A provision with a compulsion test and no child limb: the child finding is an error.
    const bill = ['# Bill', '', '## 1. Non-liability', '', 'A victim of trafficking shall not be criminally liable for an offence that the victim was compelled to commit.', '', '## 2. Repeal', '', 'The Old Act is repealed.', ''].join('\n');
    const before = lint(bill).findings.filter((f) => f.ruleId === 'missing-child-provision');
    assert.equal(before.length, 1);
    const cited: ClauseRecord = {
      ...clause('pattern-prosecution-burden'),
      id: 'office-burden',
      prefix: 'np-office-burden',
      citation: 'Adapted from the ASEAN Convention against Trafficking in Persons, Especially Women and Children (2015), art. 14(7), and the child victims guidance',
    };
    for (const citation of ['footnote', 'note'] as const) {
      for (const c of [cited, clause('actip-art14-7'), clause('ohchr-guideline-8-3')]) {
        const plan = planInsertion(c, bill, bill.indexOf('compelled'), { citation });
        assert.match(plan.text, /Children|child/, `${c.id}: its citation or note speaks of children`);
        const after = lint(apply(bill, plan)).findings.filter((f) => f.ruleId === 'missing-child-provision');
        assert.deepEqual(after.map((f) => f.severity), ['error'], `${c.id} (${citation}): the child finding stays`);
      }
    }
  });

  it('never reuses a footnote label the bill has, and keeps the bill’s line endings', () => {
    const bill = training();
    const once = apply(bill, planInsertion(clause('kenya-s14'), bill, bill.indexOf('(2) The conditions')));
    const twice = planInsertion(clause('kenya-s14'), once, once.indexOf('## 20.'));
    assert.equal(twice.footnoteLabel, 'np-kenya-s14-2');
    assert.ok(twice.text.includes('[^np-kenya-s14-2]: '));
    const crlf = bill.replace(/\n/g, '\r\n');
    const p = planInsertion(clause('kenya-s14'), crlf, crlf.indexOf('(2) The conditions'));
    assert.ok(p.text.includes('\r\n\r\n') && !/[^\r]\n/.test(p.text), 'CRLF throughout');
    assert.equal(p.number, '14A');
  });
});
