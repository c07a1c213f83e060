import { defendantBurden } from './index.js';
import { md, runRuleTests } from '../../../../test/rule-tester.js';
import { runHeldOutCases } from '../../../../test/held-out.js';

const BURDEN = 'Where evidence is adduced that raises an issue as to whether this section applies, the prosecution bears the burden of proving beyond reasonable doubt that it does not apply, and the court shall consider whether this section applies even if the issue is not raised by the parties.';

runRuleTests(defendantBurden, {
  valid: [
    {
      name: 'evidential burden to raise the issue, prosecution disproves beyond reasonable doubt',
      code: md`
        ## 14. Non-liability of victims

        (1) A victim of trafficking shall not be criminally liable for any offence committed as a direct result of being trafficked.

        (2) Where the accused adduces evidence sufficient to raise an issue that subsection (1) applies, the prosecution must prove beyond reasonable doubt that it does not apply.
      `,
    },
    {
      name: 'no burden mentioned (Kenya s.14)',
      code: md`
        ## 14. Victim immunity from prosecution

        A victim of trafficking in persons shall not be criminally liable for any criminal act that was a direct result of being trafficked.
      `,
    },
    {
      name: 'the accused need not prove anything',
      code: md`
        ## 14. Non-punishment

        A trafficked person shall not be prosecuted for any offence committed as a direct result of being trafficked, and it is not necessary for the accused to prove that he or she was trafficked.
      `,
    },
    {
      name: 'affirmative defence with the prosecution bearing the burden',
      code: md`
        ## 14. Affirmative defence for victims

        It is an affirmative defence to any offence that the defendant committed it as a direct result of being a victim of trafficking. Once the defence is raised, the prosecution bears the burden of disproving it beyond a reasonable doubt.
      `,
    },
    {
      name: 'a burden on the accused in an offence section, not in a non-punishment provision',
      code: md`
        ## 8. Possession of documents

        It is a defence for a person charged with an offence under this section to prove that he or she had lawful authority.
      `,
    },
  ],
  invalid: [
    {
      name: '"it is a defence for the accused to prove, on the balance of probabilities"',
      code: md`
        ## 14. Non-liability of victims

        (1) It is a defence for the accused to prove, on the balance of probabilities, that the offence was committed as a direct result of being a victim of trafficking.
      `,
      errors: [{ text: 'for the accused to prove, on the balance of probabilities', severity: 'error', message: /burden of proof/ }],
      output: md`
        ## 14. Non-liability of victims

        (1) It is a defence that the offence was committed as a direct result of being a victim of trafficking. ${BURDEN}
      `,
    },
    {
      name: 'the burden of proving lies on the accused',
      code: md`
        ## 14. Non-punishment

        (1) A victim of trafficking shall not be punished for any offence committed as a direct result of being trafficked.

        (2) The burden of proving that subsection (1) applies lies on the accused.
      `,
      errors: [{ text: 'burden of proving that subsection (1) applies lies on the accused' }],
      output: md`
        ## 14. Non-punishment

        (1) A victim of trafficking shall not be punished for any offence committed as a direct result of being trafficked.

        (2) ${BURDEN}
      `,
    },
    {
      name: 'if the person proves that (provision split over two sections)',
      code: md`
        ## 14. Non-punishment of victims

        A victim of trafficking shall not be convicted of any offence committed as a direct result of being trafficked.

        ## 15. Proof

        Section 14 applies only if the person establishes to the satisfaction of the court that he or she was trafficked.
      `,
      errors: [{ text: 'the person establishes to the satisfaction of the court', provision: 'Section 14' }],
      output: md`
        ## 14. Non-punishment of victims

        A victim of trafficking shall not be convicted of any offence committed as a direct result of being trafficked.

        ## 15. Proof

        Section 14 applies only if he or she was trafficked. ${BURDEN.replace(/this section/g, 'section 14')}
      `,
    },
    {
      name: 'a preponderance of the evidence named for the defendant',
      code: md`
        ## 5. Defence of trafficked persons

        A defendant charged with prostitution is not guilty if the defendant shows by a preponderance of the evidence that the defendant was a victim of trafficking.
      `,
      errors: [{ text: 'the defendant shows by a preponderance of the evidence' }],
    },
    {
      name: 'affirmative defence with nothing on who proves it',
      code: md`
        ## 5. Affirmative defence

        It is an affirmative defence to a charge of prostitution that the defendant was a victim of trafficking at the time of the offence.
      `,
      errors: [{ text: 'affirmative defence' }],
    },
  ],
});

runHeldOutCases(defendantBurden);
