import assert from 'node:assert/strict';
import { missingChildProvision } from './index.js';
import { lint } from '../../lint.js';
import { applyFixes } from '../../fix.js';
import { md, runRuleTests } from '../../../../test/rule-tester.js';
import { runHeldOutCases } from '../../../../test/held-out.js';

const LIMB =
  'Where the victim is a child, this section applies to any offence committed by the child as a direct result of the child\'s being a victim of trafficking, and it is not necessary to show that the child was compelled to commit the offence or that any of the means of trafficking was used. In this subsection, "child" means a person under the age of 18 years.';

runRuleTests(missingChildProvision, {
  valid: [
    {
      name: 'a causation test with a child limb',
      code: md`
        ## 14. Non-punishment

        (1) A victim shall not be punished for any offence committed as a direct result of being trafficked.

        (2) Where the victim is a child, only the link between the offence and the trafficking is required.
      `,
    },
    {
      name: 'a compulsion test relieved for persons under eighteen in a later section that refers back',
      code: md`
        ## 14. Non-punishment

        A victim shall not be prosecuted for an offence the victim was compelled to commit.

        ## 15. Victims under eighteen

        Section 14 applies to a person under the age of eighteen without any requirement of compulsion.
      `,
    },
    {
      name: 'a separate non-punishment provision for child victims',
      code: md`
        ## 14. Adults

        An adult victim shall not be liable for any offence if compelled to commit it.

        ## 15. Children

        A child victim of trafficking shall not be liable for any offence related to his or her being trafficked.
      `,
    },
    {
      name: '"child" defined as a person under 18',
      code: md`
        ## 2. Interpretation

        "child" means a person under the age of eighteen years;
      `,
    },
    {
      name: 'no non-punishment provision at all',
      code: md`
        ## 3. Offence of trafficking

        A person who traffics a child commits an offence.
      `,
    },
  ],
  invalid: [
    {
      name: 'an adults-only defence under an "adult victims" heading: the age limit and "adult" in the heading both go',
      code: md`
        ## 31. Defence for adult victims

        A person aged 18 or over who is charged with an offence has a defence if the offence was a direct result of the person's having been trafficked.
      `,
      errors: [{ text: 'aged 18 or over', severity: 'error', message: /only victims aged 18 or over/ }],
      output: md`
        ## 31. Defence for victims

        (1) A person who is charged with an offence has a defence if the offence was a direct result of the person's having been trafficked.

        (2) ${LIMB}
      `,
    },
    {
      name: 'a run-in heading naming "Adult victims": the capital passes to the next word',
      code: md`
        **31. Adult victims not liable.** A person aged 18 or over shall not be liable for an offence that was a direct result of the person's having been trafficked.
      `,
      errors: [{ text: 'aged 18 or over', severity: 'error', message: /only victims aged 18 or over/ }],
      output: md`
        **31. Victims not liable.** (1) A person shall not be liable for an offence that was a direct result of the person's having been trafficked.

        (2) ${LIMB}
      `,
    },
    {
      name: 'a heading naming "adults" as a noun: it becomes "persons"',
      code: md`
        ## 31. Defence for trafficked adults

        A person aged 18 or over who is charged with an offence has a defence if the offence was a direct result of the person's having been trafficked.
      `,
      errors: [{ text: 'aged 18 or over', severity: 'error', message: /only victims aged 18 or over/ }],
      output: md`
        ## 31. Defence for trafficked persons

        (1) A person who is charged with an offence has a defence if the offence was a direct result of the person's having been trafficked.

        (2) ${LIMB.replace('Where the victim is', 'Where the trafficked person is').replace("the child's being a victim of trafficking", "the child's having been trafficked")}
      `,
    },
    {
      name: 'a heading naming "adults and children": still accurate, left as it is',
      code: md`
        ## 31. Defences for adults and children

        A person aged 18 or over who is charged with an offence has a defence if the offence was a direct result of the person's having been trafficked.
      `,
      errors: [{ text: 'aged 18 or over', severity: 'error', message: /only victims aged 18 or over/ }],
      output: md`
        ## 31. Defences for adults and children

        (1) A person who is charged with an offence has a defence if the offence was a direct result of the person's having been trafficked.

        (2) ${LIMB}
      `,
    },
    {
      // The duress rule's causation rewrite cures this finding too, so it is the first fix offered (the
      // same edit as the duress rule's: the two findings' fixes agree in any order); the limb, numbered
      // after the drafter's subsections, follows for the hint that remains.
      name: 'compulsion test with nothing for children (error on the heading), fixed by the causation test and a numbered limb',
      code: md`
        ## 14. Non-liability of victims

        (1) A victim of trafficking shall not be criminally liable for any offence if the victim was compelled to commit it.

        (2) This section does not affect any other defence.
      `,
      errors: [{ text: '14. Non-liability of victims', severity: 'error', message: /compulsion/ }],
      output: md`
        ## 14. Non-liability of victims

        (1) A victim of trafficking shall not be criminally liable for any offence if the offence was committed as a direct result of the victim's having been trafficked.

        (2) This section does not affect any other defence.

        (3) ${LIMB}
      `,
    },
    {
      name: 'causation test silent on children (info)',
      code: md`
        **9. Non-punishment.** A trafficked person shall not be penalised for unlawful acts committed as a direct result of being trafficked.
      `,
      errors: [{ text: '9. Non-punishment.', severity: 'info', message: /says nothing of child victims/ }],
      // A section of one unnumbered paragraph: it becomes subsection (1) and the limb subsection (2).
      output: md`
        **9. Non-punishment.** (1) A trafficked person shall not be penalised for unlawful acts committed as a direct result of being trafficked.

        (2) ${LIMB.replace('Where the victim is', 'Where the trafficked person is').replace("child's being a victim of trafficking", "child's having been trafficked")}
      `,
    },
    {
      name: 'in an Article, the limb is a numbered paragraph and defines "child" for "this paragraph"',
      code: md`
        ## Article 9. Non-punishment

        (1) A victim of trafficking shall not be punished for unlawful acts committed as a direct result of being trafficked.
      `,
      errors: [{ text: 'Article 9. Non-punishment', severity: 'info', message: /says nothing of child victims/ }],
      output: md`
        ## Article 9. Non-punishment

        (1) A victim of trafficking shall not be punished for unlawful acts committed as a direct result of being trafficked.

        (2) ${LIMB.replace('In this subsection', 'In this paragraph').replace('this section applies', 'this article applies')}
      `,
    },
    {
      name: '"child" defined with an age below 18 (error on the age)',
      code: md`
        ## 2. Interpretation

        In this Act, "child" means a person below the age of sixteen years.

        ## 14. Non-punishment

        A child victim shall not be punished for any offence committed as a direct result of being trafficked.
      `,
      errors: [{ text: 'sixteen', severity: 'error', message: /under 16/ }],
      output: md`
        ## 2. Interpretation

        In this Act, "child" means a person below the age of eighteen years.

        ## 14. Non-punishment

        A child victim shall not be punished for any offence committed as a direct result of being trafficked.
      `,
    },
  ],
});

/** The bill with the child limb fix of the rule's first finding applied (and only that fix). */
function withLimb(code: string): string {
  const finding = lint(code, { only: ['missing-child-provision'] }).findings[0];
  assert.ok(finding, 'the provision is flagged');
  const fix = finding.fixes.find((f) => /^Add a limb for child victims/.test(f.title));
  assert.ok(fix, `a limb is offered (offered: ${finding.fixes.map((f) => f.title).join('; ')})`);
  const out = applyFixes(code, [fix]).text;
  assert.deepEqual(lint(out, { only: ['missing-child-provision'] }).findings.map((f) => f.message), [], 'the limb cures the finding');
  return out;
}

const NOT_NECESSARY = 'and it is not necessary to show that the child was compelled to commit the offence or that any of the means of trafficking was used.';
const DEFINED = 'In this subsection, "child" means a person under the age of 18 years.';

// A limb that only says compulsion need not be shown leaves a child held to the provision's other
// conditions; the limb names them, by the provision's numbering or its words, and never the link.
describe('missing-child-provision: the limb sets aside the provision\'s other conditions', () => {
  it('a condition of no opportunity to escape inside the protection\'s sentence is named by its words, from its "if" to the end', () => {
    const code = md`
      ## 22. Defence for victims

      A victim of trafficking is not guilty of an offence committed as a result of being trafficked if, when the offence was committed, the victim had no real opportunity to get away from the trafficker.
    `;
    assert.equal(
      withLimb(code),
      md`
        ## 22. Defence for victims

        (1) A victim of trafficking is not guilty of an offence committed as a result of being trafficked if, when the offence was committed, the victim had no real opportunity to get away from the trafficker.

        (2) Where the victim is a child, this section applies to any offence committed by the child as a direct result of the child's being a victim of trafficking, ${NOT_NECESSARY} Subsection (1) applies to a child as if the words from "if" to the end were omitted. ${DEFINED}
      `,
    );
  });

  it('a list of conditions: the compulsion and reasonable-person paragraphs are named, the paragraph on the person\'s status is kept', () => {
    const code = md`
      ## 30. Defence

      (1) A person is not criminally liable for an offence if—

      (a) the person was a trafficked person when the person did the act;

      (b) the person did the act because the person was coerced into it; and

      (c) an ordinary person in the person's circumstances would have had no real choice but to do the act.

      (2) This section does not affect any other defence.
    `;
    assert.equal(
      withLimb(code),
      `${code}\n(3) Where the trafficked person is a child, this section applies, without the conditions in paragraphs (b) and (c) of subsection (1), to any offence committed by the child as a direct result of the child's having been trafficked, ${NOT_NECESSARY} ${DEFINED}\n`,
    );
  });

  it('a subsection setting out the conditions ("The conditions are that—") is named whole', () => {
    const code = md`
      ## 8. Non-liability

      (1) A victim of trafficking is not liable for an offence if the conditions in subsection (2) are met.

      (2) The conditions are that—

      (a) the victim acted under a threat of death made by the trafficker; and

      (b) the victim could not have avoided the act.
    `;
    assert.equal(
      withLimb(code),
      `${code}\n(3) Where the victim is a child, this section applies, without the conditions in subsection (2), to any offence committed by the child as a direct result of the child's being a victim of trafficking, ${NOT_NECESSARY} ${DEFINED}\n`,
    );
  });

  it('an "applies only if" subsection is named; one that states the link to the trafficking is kept', () => {
    const code = md`
      ## 31. Immunity

      (1) A trafficked person is not liable to prosecution for any offence.

      (2) Subsection (1) applies only if the offence was a direct result of the person's having been trafficked.

      (3) Subsection (1) applies only if the person was forced by the trafficker to commit the offence.
    `;
    assert.equal(
      withLimb(code),
      `${code}\n(4) Where the trafficked person is a child, this section applies, without the condition in subsection (3), to any offence committed by the child as a direct result of the child's having been trafficked, ${NOT_NECESSARY} ${DEFINED}\n`,
    );
  });

  it('an exclusion of serious offences in a subsection of its own is overridden ("despite subsection (2)")', () => {
    const code = md`
      ## 45. Defence

      (1) A person is not guilty of an offence if the person commits it as a direct consequence of being a victim of trafficking.

      (2) This section does not apply to an offence punishable by imprisonment for life.
    `;
    assert.equal(
      withLimb(code),
      `${code}\n(3) Where the victim is a child, this section applies, despite subsection (2), to any offence committed by the child as a direct result of the child's being a victim of trafficking, ${NOT_NECESSARY} ${DEFINED}\n`,
    );
  });

  it('a seriousness limit inside the protection\'s sentence is named by its words', () => {
    const code = md`
      ## 9. Victims not to be punished

      A victim of trafficking shall not be prosecuted for an offence committed as a direct result of being trafficked, unless the gravity of the offence requires that the victim be punished.
    `;
    assert.equal(
      withLimb(code),
      md`
        ## 9. Victims not to be punished

        (1) A victim of trafficking shall not be prosecuted for an offence committed as a direct result of being trafficked, unless the gravity of the offence requires that the victim be punished.

        (2) Where the victim is a child, this section applies to any offence committed by the child as a direct result of the child's being a victim of trafficking, ${NOT_NECESSARY} Subsection (1) applies to a child as if the words from "unless" to the end were omitted. ${DEFINED}
      `,
    );
  });

  it('relief from a conviction asks whether the person was a child at the time of the offence (applicants are adults by then)', () => {
    const code = md`
      ## 20. Setting aside convictions

      (1) On the application of a person convicted of an offence, the court shall set aside the conviction where the offence was committed as a direct result of the person's being a victim of trafficking.
    `;
    assert.equal(withLimb(code), `${code}\n(2) Where the victim was a child at the time of the offence, this section applies to any offence committed by the child as a direct result of the child's being a victim of trafficking, ${NOT_NECESSARY} ${DEFINED}\n`);
  });

  it('in a section that creates the offence, the limb names the subsection holding the protection, never "this section"', () => {
    const code = md`
      ## 7-301. Begging.

      (1) A person who begs in a public place commits an offence and is liable to a fine.

      (2) It is a defence to a charge under this section that the person begged because he or she was compelled to do so by a trafficker.
    `;
    assert.match(withLimb(code), /\n\(3\) Where the victim is a child, subsection \(2\) applies to any offence committed by the child as a direct result/);
  });

  it('a provision with no other condition gets the limb alone', () => {
    const code = md`
      ## 14. Non-punishment

      (1) A victim of trafficking shall not be punished for any offence committed as a direct result of being trafficked.
    `;
    assert.equal(withLimb(code), `${code}\n(2) Where the victim is a child, this section applies to any offence committed by the child as a direct result of the child's being a victim of trafficking, ${NOT_NECESSARY} ${DEFINED}\n`);
  });

  it('a bill whose defined term is a bare "victim" says "having been trafficked", never "being a victim" of nothing said', () => {
    const code = md`
      ## 2. Interpretation

      In this Act, "victim" means a person who has been trafficked.

      ## 19. Non-punishment

      A victim shall not be punished for an unlawful act committed as a direct result of being trafficked.
    `;
    const out = withLimb(code);
    assert.match(out, /as a direct result of the child's having been trafficked, and it is not necessary/);
    assert.doesNotMatch(out, /being a victim[,.]/);
  });
});

runHeldOutCases(missingChildProvision);
