import { missingChildProvision } from './index.js';
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

runHeldOutCases(missingChildProvision);
