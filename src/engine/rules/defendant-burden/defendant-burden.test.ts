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
      // Pacific paraphrase: the prosecution's burden is stated for minors only; the adults' burden
      // subsection becomes the prosecution's burden, never a bare "(2)".
      name: 'a subsection that only puts the burden on the defendant, beside one giving minors the prosecution\'s burden, is replaced, not emptied',
      code: md`
        ## 40. Defence for victims

        (1) It is a defense to a charge of any offense that the defendant committed it as a result of being a victim of trafficking.

        (2) The defendant must establish the defense by clear and convincing evidence.

        (3) Where the defendant was a minor, the prosecution must disprove the defense beyond a reasonable doubt.
      `,
      errors: [{ text: 'The defendant must establish' }, { text: 'by clear and convincing evidence' }],
      output: md`
        ## 40. Defence for victims

        (1) It is a defense to a charge of any offense that the defendant committed it as a result of being a victim of trafficking.

        (2) ${BURDEN.replace('shall', 'must')}

        (3) Where the defendant was a minor, the prosecution must disprove the defense beyond a reasonable doubt.
      `,
    },
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
    // Issue 10: burden shapes that had a finding and no fix (gallery review). Each fix removes every
    // phrase putting the burden on the accused and keeps the condition; paraphrases in our own words.
    {
      name: 'civil law in translation: "Upon proof by the accused that he ... and that ..." at the start of a sentence',
      code: md`
        Article 12

        Upon proof by the accused person that he is a victim of trafficking in persons and that the offence was linked to that situation, the court shall exempt the accused person from penalty.
      `,
      errors: [{ text: 'Upon proof by the accused person', severity: 'error' }],
      output: md`
        Article 12

        Where the accused person is a victim of trafficking in persons and the offence was linked to that situation, the court shall exempt the accused person from penalty. ${BURDEN.replace(/this section/g, 'this article')}
      `,
    },
    {
      name: 'Caribbean-style: "unless the person fails to prove that he or she was trafficked" (the condition says nothing new)',
      code: md`
        ## 9. Trafficked persons not to be convicted

        No trafficked person shall be convicted of an offence committed as a direct result of being trafficked unless the person fails to prove that he or she was trafficked.
      `,
      errors: [{ text: 'unless the person fails to prove', severity: 'error' }],
      output: md`
        ## 9. Trafficked persons not to be convicted

        No trafficked person shall be convicted of an offence committed as a direct result of being trafficked. ${BURDEN}
      `,
    },
    {
      name: 'African common law: "unless the accused fails to show to the satisfaction of the court that X" keeps X as a condition',
      code: md`
        ## 21. Immigration offences by victims

        A victim of trafficking shall not be prosecuted for an offence of unlawful entry unless the accused fails to show to the satisfaction of the court that the entry was arranged by a trafficker.
      `,
      errors: [{ text: 'unless the accused fails to show to the satisfaction of the court' }],
      output: md`
        ## 21. Immigration offences by victims

        A victim of trafficking shall not be prosecuted for an offence of unlawful entry if the entry was arranged by a trafficker. ${BURDEN}
      `,
    },
    {
      name: 'US state: "if the person proves, by a preponderance of the evidence, either that X or that Y"',
      code: md`
        ## Sec. 4. Defense to loitering.

        A person charged with loitering has a defense if the person proves, by a preponderance of the evidence, either that the person was a victim of human trafficking or that the person acted under a threat of harm made by a trafficker.
      `,
      errors: [{ text: 'the person proves, by a preponderance of the evidence' }],
      output: md`
        ## Sec. 4. Defense to loitering.

        A person charged with loitering has a defense if the person was a victim of human trafficking or the person acted under a threat of harm made by a trafficker. ${BURDEN}
      `,
    },
    {
      name: 'US state vacatur: "if the moving party proves by clear and convincing evidence that" (an applicant\'s burden)',
      code: md`
        ## Sec. 7. Vacating convictions of trafficking victims.

        (a) A person convicted of prostitution may move the court to vacate the conviction on the ground that the person was a victim of human trafficking when the offense was committed.

        (b) The court shall grant the motion if the moving party proves by clear and convincing evidence that the offense was committed as a direct result of the moving party having been trafficked.
      `,
      errors: [{ text: 'the moving party proves by clear and convincing evidence', message: /victim applying for relief/ }],
      output: md`
        ## Sec. 7. Vacating convictions of trafficking victims.

        (a) A person convicted of prostitution may move the court to vacate the conviction on the ground that the person was a victim of human trafficking when the offense was committed.

        (b) The court shall grant the motion if the offense was committed as a direct result of the moving party having been trafficked. ${BURDEN}
      `,
    },
    {
      name: 'US state: "The defendant must establish the defense by clear and convincing evidence." after the defence, in the same paragraph',
      code: md`
        ## Sec. 3. Affirmative defense for trafficking victims.

        (a) It is an affirmative defense to a prosecution for any offense that the defendant committed the offense as a direct result of being a victim of human trafficking. The defendant must establish the defense by clear and convincing evidence.
      `,
      errors: [{ text: 'The defendant must establish' }, { text: 'by clear and convincing evidence' }],
      output: md`
        ## Sec. 3. Affirmative defense for trafficking victims.

        (a) It is an affirmative defense to a prosecution for any offense that the defendant committed the offense as a direct result of being a victim of human trafficking. ${BURDEN.replace('the court shall', 'the court must')}
      `,
    },
    {
      name: 'Middle East civil law in translation: "A trafficked person who proves that she was compelled ..." becomes "who was compelled"',
      code: md`
        **Article 40**

        A trafficked person who proves that she was compelled to commit an offence by the person who trafficked her shall be exempt from penalty.
      `,
      errors: [{ text: 'A trafficked person who proves' }],
      output: md`
        **Article 40**

        A trafficked person who was compelled to commit an offence by the person who trafficked her shall be exempt from penalty. ${BURDEN.replace(/this section/g, 'this article')}
      `,
    },
    {
      name: 'ASEAN-style plural: "Victims of trafficking who prove that they were compelled" becomes "who were compelled"',
      code: md`
        ## 31. Exemption of victims

        Victims of trafficking who prove that they were compelled to commit an offence by their traffickers shall not be prosecuted for it.
      `,
      errors: [{ text: 'Victims of trafficking who prove' }],
      output: md`
        ## 31. Exemption of victims

        Victims of trafficking who were compelled to commit an offence by their traffickers shall not be prosecuted for it. ${BURDEN}
      `,
    },
    {
      name: 'Commonwealth: a sentence only withdrawing the protection ("If the accused fails to prove that he was trafficked, this section does not apply.") becomes the prosecution\'s burden',
      code: md`
        ## 12. Victims not liable

        A victim of trafficking shall not be punished for any offence committed as a direct result of being trafficked. If the accused fails to prove that he was trafficked, this section does not apply.
      `,
      errors: [{ text: 'If the accused fails to prove' }],
      output: md`
        ## 12. Victims not liable

        A victim of trafficking shall not be punished for any offence committed as a direct result of being trafficked. ${BURDEN}
      `,
    },
    {
      name: 'Pacific-style: "Where the accused establishes on the balance of probabilities that he or she ..." at the start of a sentence names the accused, never a pronoun referring forward',
      code: md`
        ## 6. Non-liability of trafficked persons

        Where the accused establishes on the balance of probabilities that he or she was trafficked and that the offence was committed as a direct result of it, the accused shall not be convicted of the offence.
      `,
      errors: [{ text: 'the accused establishes on the balance of probabilities' }],
      output: md`
        ## 6. Non-liability of trafficked persons

        Where the accused was trafficked and the offence was committed as a direct result of it, the accused shall not be convicted of the offence. ${BURDEN}
      `,
    },
    {
      name: 'no safe rewrite ("The victim who establishes that the offence ..."): the finding says why, and no fix is offered',
      code: md`
        **Article 41**

        The victim who establishes that the offence resulted from the trafficking shall be exempt from punishment.
      `,
      errors: [{ text: 'The victim who establishes', severity: 'error', message: /No quick fix is offered: the words that put the burden on the accused are part of the condition/ }],
      output: null,
    },
  ],
});

runHeldOutCases(defendantBurden);
