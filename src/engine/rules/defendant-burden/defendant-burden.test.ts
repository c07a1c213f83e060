import { defendantBurden } from './index.js';
import { md, runRuleTests } from '../../../../test/rule-tester.js';
import { runHeldOutCases } from '../../../../test/held-out.js';
import { lint } from '../../lint.js';
import { strict as assert } from 'node:assert';

/** The sentence that takes the burden off a victim applying to clear a conviction, naming them as the scheme does. */
const RELIEF = (who: string, modal = 'shall') => `Where evidence is adduced that ${who} is eligible for relief under this section, ${who} ${modal} be presumed to be eligible unless the contrary is proved.`;

/** The sentence that takes the burden off a victim applying for relief and keeps what they had to prove as the fact presumed. */
const FACT = (fact: string, modal = 'shall') => `Where evidence is adduced that ${fact}, that fact ${modal} be presumed unless the contrary is proved.`;

const BURDEN = 'Where evidence is adduced that raises an issue as to whether this section applies, the prosecution bears the burden of proving beyond reasonable doubt that it does not apply, and the court shall consider whether this section applies even if the issue is not raised by the parties.';
/** The same sentence in a bill that spells as the United States does: "beyond a reasonable doubt". */
const BURDEN_US = BURDEN.replace('beyond reasonable doubt', 'beyond a reasonable doubt');

runRuleTests(defendantBurden, {
  valid: [
    {
      name: 'a presumption in the victim\'s favour until the contrary is proved is the reverse of a burden on them (own words)',
      code: md`
        ## 12. Victims not to be punished

        (1) A trafficked person is not guilty of an offence done as a direct result of being trafficked.

        (2) Where the accused was a trafficked person at the time, it shall be presumed, until the contrary is proved, that the offence was done as a direct result of the trafficking.
      `,
    },
    {
      name: 'a defence "for the accused to show", with a deeming clause that makes it an evidential burden (Irish and UK form, own words; probe round 5)',
      code: md`
        ## 9. Defence for trafficked persons

        (1) It is a defence for a person charged with an offence to show that the offence was done as a direct result of the person's being trafficked.

        (2) Where the person adduces evidence enough to raise an issue as to that matter, the person is to be treated as having shown it unless the prosecution proves the contrary beyond reasonable doubt.
      `,
    },
    {
      name: 'the court presumes the victim status, not its absence',
      code: md`
        ## 30. Victims not liable

        A trafficked person is not liable for an offence done because of the trafficking, and the court shall presume that the accused was trafficked unless the prosecution proves otherwise beyond reasonable doubt.
      `,
    },
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
      name: 'a presumption against the victim until the contrary is proved puts the burden on the accused, though no verb of proof names them (Commonwealth shape, own words; probe round 5)',
      code: md`
        ## 12. Victims not to be punished

        (1) A trafficked person is not guilty of an offence done as a direct result of being trafficked.

        (2) In proceedings for an offence, it shall be presumed, until the contrary is proved, that the offence was not done as a direct result of the accused's being trafficked.
      `,
      errors: [{ text: 'presumed, until the contrary is proved, that the offence was not', severity: 'error' }],
      output: md`
        ## 12. Victims not to be punished

        (1) A trafficked person is not guilty of an offence done as a direct result of being trafficked.

        (2) ${BURDEN}
      `,
    },
    {
      name: 'a deeming clause that leaves the accused to disprove nothing is not one: "taken to have shown it if the court is satisfied" keeps the burden (own words)',
      code: md`
        ## 9. Defence for trafficked persons

        (1) It is a defence for a person charged with an offence to show that the offence was done as a direct result of the person's being trafficked.

        (2) The person is taken to have shown that matter if the court is satisfied of it on the balance of probabilities.
      `,
      errors: [
        { text: 'for a person charged with an offence to show', severity: 'error' },
        { text: 'on the balance of probabilities', severity: 'error' },
      ],
    },
    {
      name: 'the Evidence Act form: the burden is upon the accused and the court presumes the protection does not apply (South Asia)',
      code: md`
        ## 30. Acts of trafficked persons

        (1) Nothing is an offence which is done by a trafficked person because of the trafficking.

        (2) Where a person is charged with an offence, the burden of proving circumstances that bring the case within subsection (1) is upon that person, and the court shall presume the absence of those circumstances.
      `,
      errors: [
        { text: 'burden of proving circumstances that bring the case within subsection (1) is upon that person', severity: 'error' },
        { text: 'court shall presume the absence of those circumstances', severity: 'error' },
      ],
      output: md`
        ## 30. Acts of trafficked persons

        (1) Nothing is an offence which is done by a trafficked person because of the trafficking.

        (2) ${BURDEN}
      `,
    },
    {
      name: 'the Evidence Act form in a bill that names the law of evidence: the new sentence displaces that law expressly (own words)',
      code: md`
        # Penal Code (Amendment) Bill

        Section 106 of the Evidence Ordinance governs proof of the exceptions in this Code.

        ## 30. Acts of trafficked persons

        (1) Nothing is an offence which is done by a trafficked person because of the trafficking.

        (2) The court shall presume the absence of the circumstances described in subsection (1) until the accused proves them.
      `,
      errors: [
        { text: 'court shall presume the absence of the circumstances', severity: 'error' },
        { text: 'the accused proves', severity: 'error' },
      ],
      output: md`
        # Penal Code (Amendment) Bill

        Section 106 of the Evidence Ordinance governs proof of the exceptions in this Code.

        ## 30. Acts of trafficked persons

        (1) Nothing is an offence which is done by a trafficked person because of the trafficking.

        (2) Notwithstanding section 106 of the Evidence Ordinance, w${BURDEN.slice(1)}
      `,
    },
    {
      name: 'the provision itself names the Evidence Act section that puts the burden on the accused: the new sentence begins "Notwithstanding" that section, in the bill\'s words (own words)',
      code: md`
        ## 211B. Offences of trafficked persons

        (1) Nothing is an offence that a person does as a direct result of having been trafficked.

        (2) Under section 105 of the Evidence Act, 1872, the accused must prove that the case comes within subsection (1), and the court shall presume the absence of such circumstances.
      `,
      errors: [
        { text: 'the accused must prove', severity: 'error' },
        { text: 'court shall presume the absence of such circumstances', severity: 'error' },
      ],
      output: md`
        ## 211B. Offences of trafficked persons

        (1) Nothing is an offence that a person does as a direct result of having been trafficked.

        (2) Notwithstanding section 105 of the Evidence Act, 1872, w${BURDEN.slice(1)}
      `,
    },
    {
      name: 'a law of evidence whose name does not say "Evidence" (an Order on the law of testimony, Article 121) is displaced by its own name (own words)',
      code: md`
        ## 370A. Acts of trafficked persons

        (1) Nothing is an offence which is done by a trafficked person as a direct result of the trafficking.

        (2) Article 121 of the Qanun-e-Shahadat Order, 1984 applies to subsection (1), and the court shall presume the absence of the circumstances described in it until the accused proves them.
      `,
      errors: [
        { text: 'court shall presume the absence of the circumstances', severity: 'error' },
        { text: 'the accused proves', severity: 'error' },
      ],
      output: md`
        ## 370A. Acts of trafficked persons

        (1) Nothing is an offence which is done by a trafficked person as a direct result of the trafficking.

        (2) Notwithstanding Article 121 of the Qanun-e-Shahadat Order, 1984, w${BURDEN.slice(1)}
      `,
    },
    {
      name: 'a provision headed as one paragraph of an article ("Article 40 (3)") names itself "this paragraph", never the whole article (own words)',
      code: md`
        **Article 40 (3)**

        A victim who proves that he was made to commit the offence by the trafficker shall not be punished.
      `,
      errors: [{ text: 'A victim who proves', severity: 'error' }],
      output: md`
        **Article 40 (3)**

        A victim who was made to commit the offence by the trafficker shall not be punished. ${BURDEN.replace(/this section/g, 'this paragraph')}
      `,
    },
    {
      name: 'the court told to presume the absence of the circumstances, alone, is a legal burden',
      code: md`
        ## 30. Victims not liable

        A trafficked person is not liable for an offence done because of the trafficking. The tribunal is to presume the absence of the facts that would bring a case within this section.
      `,
      errors: [{ text: 'tribunal is to presume the absence of the facts', severity: 'error' }],
    },
    {
      name: 'the onus cast upon the person who relies on the defence (Pacific)',
      code: md`
        ## 30. Defence for trafficked persons

        (1) It is a defence to a charge that the accused was trafficked and that the act charged was done because of the trafficking.

        (2) The onus of showing the matters in subsection (1) is cast upon the person who relies on them.
      `,
      errors: [{ text: 'onus of showing the matters in subsection (1) is cast upon the person', severity: 'error' }],
      output: md`
        ## 30. Defence for trafficked persons

        (1) It is a defence to a charge that the accused was trafficked and that the act charged was done because of the trafficking.

        (2) ${BURDEN}
      `,
    },
    {
      // The burden words introduce a list of conditions: the prosecution's burden is a new
      // subsection, never words glued onto the last condition of the list.
      name: 'a burden introducing a list of conditions: the prosecution\'s burden becomes the next subsection',
      code: md`
        **21.** (1) It is a defence to any charge for the accused to prove that

        (a) the accused had been trafficked when the act was done; and

        (b) the act was done because of the trafficking.
      `,
      errors: [{ text: 'for the accused to prove' }],
      output: md`
        **21.** (1) It is a defence to any charge that

        (a) the accused had been trafficked when the act was done; and

        (b) the act was done because of the trafficking.

        (2) ${BURDEN}
      `,
    },
    {
      name: 'after a list and a later subsection numbered in bold, the new subsection is numbered next, in bold',
      code: md`
        **300.1 (1)** The court shall stay the proceedings against an accused if the accused shows, on a balance of probabilities, that

        (a) the accused was a trafficked person at the relevant time; and

        (b) the trafficking caused the accused to act as charged.

        **(2)** Nothing in this section takes away any other defence.
      `,
      errors: [{ text: 'the accused shows, on a balance of probabilities' }],
      output: md`
        **300.1 (1)** The court shall stay the proceedings against an accused if

        (a) the accused was a trafficked person at the relevant time; and

        (b) the trafficking caused the accused to act as charged.

        **(2)** Nothing in this section takes away any other defence.

        **(3)** ${BURDEN}
      `,
    },
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

        (2) ${BURDEN_US.replace('shall', 'must')}

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

        (1) It is a defence that the offence was committed as a direct result of being a victim of trafficking.

        (2) ${BURDEN}
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
      // "he or she" would have no one to refer to once "the person establishes" goes.
      errors: [{ text: 'the person establishes to the satisfaction of the court', provision: 'Section 14' }],
      output: md`
        ## 14. Non-punishment of victims

        A victim of trafficking shall not be convicted of any offence committed as a direct result of being trafficked.

        ## 15. Proof

        Section 14 applies only if the person was trafficked. ${BURDEN.replace(/this section/g, 'section 14')}
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

        A person charged with loitering has a defense if the person was a victim of human trafficking or the person acted under a threat of harm made by a trafficker. ${BURDEN_US}
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

        (b) The court shall grant the motion if the offense was committed as a direct result of the moving party having been trafficked.

        (c) ${RELIEF('the moving party')}
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
        ## Sec. 3. Defense for trafficking victims.

        (a) It is a defense to a prosecution for any offense that the defendant committed the offense as a direct result of being a victim of human trafficking.

        (b) ${BURDEN_US.replace('the court shall', 'the court must')}
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
    // Issue 10 review: record relief (no prosecution, no trial) takes the burden off the applicant in
    // the scheme's own words; a pronoun left by a removed burden gets its person back.
    {
      name: 'vacatur motion: "shall grant the motion if the movant proves the facts in subsection (1) by a preponderance" keeps the duty and its condition',
      code: md`
        ## 22. Relief for survivors of trafficking

        (1) A person convicted of loitering or of any other offense may file a motion to vacate the conviction if the offense was committed as a result of the person's having been a victim of trafficking.

        (2) The court shall grant the motion if the movant proves the facts stated in subsection (1) by a preponderance of the evidence.
      `,
      errors: [{ text: 'the movant proves', message: /victim applying for relief/ }, { text: 'by a preponderance of the evidence' }],
      output: md`
        ## 22. Relief for survivors of trafficking

        (1) A person convicted of loitering or of any other offense may file a motion to vacate the conviction if the offense was committed as a result of the person's having been a victim of trafficking.

        (2) The court shall grant the motion if the facts stated in subsection (1) are established.

        (3) ${RELIEF('the movant')}
      `,
    },
    {
      name: 'expunction petition: a subsection that only puts proof by clear and convincing evidence on the petitioner becomes the presumption, never the prosecution\'s burden',
      code: md`
        ## 9. Expunction of records of trafficked persons

        (a) A victim of trafficking who was convicted of an offense committed while being trafficked may petition the court to expunge the record of the conviction.

        (b) The petitioner shall prove by clear and convincing evidence that the offense was committed while the petitioner was being trafficked.
      `,
      errors: [{ text: 'The petitioner shall prove by clear and convincing evidence', message: /victim applying for relief/ }],
      output: md`
        ## 9. Expunction of records of trafficked persons

        (a) A victim of trafficking who was convicted of an offense committed while being trafficked may petition the court to expunge the record of the conviction.

        (b) ${FACT('the offense was committed while the petitioner was being trafficked')}
      `,
    },
    {
      name: 'disregard scheme decided by a Board: "only if the applicant satisfies the Board, on the balance of probabilities, that X" keeps the Board\'s power and X',
      code: md`
        ## 31. Disregarding convictions of victims of trafficking

        (1) A person convicted of an immigration offence may apply to the Review Board to have the conviction disregarded.

        (2) The Board may grant the application only if the applicant satisfies the Board, on the balance of probabilities, that the person committed the offence because the person was a victim of trafficking.
      `,
      errors: [{ text: 'the applicant satisfies the Board, on the balance of probabilities' }],
      output: md`
        ## 31. Disregarding convictions of victims of trafficking

        (1) A person convicted of an immigration offence may apply to the Review Board to have the conviction disregarded.

        (2) The Board may grant the application only if the person committed the offence because the person was a victim of trafficking.

        (3) ${RELIEF('the applicant')}
      `,
    },
    {
      name: 'sealing: "The court shall determine the application on the balance of probabilities." says nothing once the standard goes: it becomes the presumption',
      code: md`
        ## 18. Sealing of records of trafficking victims

        (1) A victim of trafficking convicted of any offence committed as a result of being trafficked may apply to the court for an order sealing the record of the conviction.

        (2) The court shall determine the application on the balance of probabilities.
      `,
      errors: [{ text: 'on the balance of probabilities' }],
      output: md`
        ## 18. Sealing of records of trafficking victims

        (1) A victim of trafficking convicted of any offence committed as a result of being trafficked may apply to the court for an order sealing the record of the conviction.

        (2) ${RELIEF('the applicant')}
      `,
    },
    {
      name: 'one section with a non-liability rule and an application to set aside: the applicant\'s burden gets the presumption, in a bill that writes "must"',
      code: md`
        ## 40. Victims of trafficking

        (1) A victim of trafficking is not criminally liable for any offence committed as a result of being trafficked.

        (2) A person convicted of an offence committed as a result of being trafficked may apply to the court to set aside the conviction.

        (3) The applicant must establish eligibility for relief on the balance of probabilities.
      `,
      errors: [{ text: 'The applicant must establish', message: /victim applying for relief/ }, { text: 'on the balance of probabilities' }],
      output: md`
        ## 40. Victims of trafficking

        (1) A victim of trafficking is not criminally liable for any offence committed as a result of being trafficked.

        (2) A person convicted of an offence committed as a result of being trafficked may apply to the court to set aside the conviction.

        (3) ${RELIEF('the applicant', 'must')}
      `,
    },
    {
      name: 'motion to vacate: "from his or her having been a victim" after "the moving party shows that" becomes "from the moving party\'s having been a victim"',
      code: md`
        ## 12. Motion to vacate convictions of victims of trafficking

        (a) A person may move to vacate a conviction for prostitution entered against him or her.

        (b) The motion shall be granted if the moving party shows that the conviction arose from his or her having been a victim of trafficking.
      `,
      errors: [{ text: 'the moving party shows' }],
      output: md`
        ## 12. Motion to vacate convictions of victims of trafficking

        (a) A person may move to vacate a conviction for prostitution entered against him or her.

        (b) The motion shall be granted if the conviction arose from the moving party's having been a victim of trafficking.

        (c) ${RELIEF('the moving party')}
      `,
    },
    {
      name: 'defence: "if the defendant satisfies the court that she acted ..." names the defendant, not a "she" with no one to refer to',
      code: md`
        ## 7. Defence of compulsion for trafficked persons

        In proceedings for any offence, it is a defence if the defendant satisfies the court that she acted under compulsion arising from her being a victim of trafficking.
      `,
      errors: [{ text: 'the defendant satisfies the court' }],
      output: md`
        ## 7. Defence of compulsion for trafficked persons

        In proceedings for any offence, it is a defence if the defendant acted under compulsion arising from her being a victim of trafficking. ${BURDEN}
      `,
    },
    {
      name: 'defence: "for the accused to prove that he or she did the act" becomes "that the accused did the act"',
      code: md`
        ## 5. Defence for trafficked persons

        It is a defence to any charge for the accused to prove that he or she did the act charged as a direct result of having been trafficked.
      `,
      errors: [{ text: 'for the accused to prove' }],
      output: md`
        ## 5. Defence for trafficked persons

        It is a defence to any charge that the accused did the act charged as a direct result of having been trafficked. ${BURDEN}
      `,
    },
    {
      name: 'a minor\'s motion to dismiss a charge is not record relief: the prosecution bears the burden, and "he or she" becomes "the minor"',
      code: md`
        ## 4. Minors charged with prostitution

        (a) A minor charged with prostitution may move to dismiss the charge.

        (b) The court shall dismiss the charge if the minor shows that he or she was made to engage in the conduct by another person.
      `,
      errors: [{ text: 'the minor shows' }],
      output: md`
        ## 4. Minors charged with prostitution

        (a) A minor charged with prostitution may move to dismiss the charge.

        (b) The court shall dismiss the charge if the minor was made to engage in the conduct by another person.

        (c) ${BURDEN}
      `,
    },
    {
      name: 'a list of conditions after "the accused satisfies the court that": "(a) he was" names the accused',
      code: md`
        ## 18A. Defence for trafficked persons

        (1) In proceedings for any offence, it is a defence where the accused satisfies the court that

        (a) he was trafficked at the time; and

        (b) he committed the offence because he was made to do so by his trafficker.
      `,
      errors: [{ text: 'the accused satisfies the court' }],
      output: md`
        ## 18A. Defence for trafficked persons

        (1) In proceedings for any offence, it is a defence where

        (a) the accused was trafficked at the time; and

        (b) he committed the offence because he was made to do so by his trafficker.

        (2) ${BURDEN}
      `,
    },
    {
      name: 'a pronoun with a person named before it in the sentence is kept ("A person shall not be convicted ... if ... his being trafficked")',
      code: md`
        ## 12. Non-liability

        A person shall not be convicted of an offence if the accused establishes that the offence was committed in consequence of his being trafficked.
      `,
      errors: [{ text: 'the accused establishes' }],
      output: md`
        ## 12. Non-liability

        A person shall not be convicted of an offence if the offence was committed in consequence of his being trafficked. ${BURDEN}
      `,
    },
    // Issue 10, section C: an "affirmative defence" puts the burden on the accused in many US codes,
    // so once the prosecution bears it the provision calls it "a defence", everywhere it does.
    {
      name: 'an "affirmative defence" the fix gives to the prosecution becomes "a defence", in the heading too, in the bill\'s spelling',
      code: md`
        ## 6. Affirmative defence for trafficked persons

        It is an affirmative defence to a charge of soliciting that the accused acted because he or she had been trafficked.
      `,
      errors: [{ text: 'affirmative defence', severity: 'warning' }],
      output: md`
        ## 6. Defence for trafficked persons

        It is a defence to a charge of soliciting that the accused acted because he or she had been trafficked. ${BURDEN}
      `,
    },
    {
      name: '"has an affirmative defense if the defendant proves" becomes "has a defense if"; another affirmative defense the section mentions is left',
      code: md`
        ## Sec. 8. Defense to vagrancy charges.

        (a) A person charged with vagrancy has an affirmative defense if the defendant proves that the defendant was being trafficked when the conduct occurred.

        (b) Nothing in this section limits any other affirmative defense available to the defendant.
      `,
      errors: [{ text: 'the defendant proves' }],
      output: md`
        ## Sec. 8. Defense to vagrancy charges.

        (a) A person charged with vagrancy has a defense if the defendant was being trafficked when the conduct occurred.

        (b) Nothing in this section limits any other affirmative defense available to the defendant.

        (c) ${BURDEN_US}
      `,
    },
    {
      name: 'a subsection saying only that the defence "must be pleaded as an affirmative defense" gives way to the prosecution\'s burden',
      code: md`
        ## Sec. 21. Trafficked persons charged with loitering.

        (a) No person shall be found guilty of loitering for conduct engaged in as a direct result of being trafficked.

        (b) A defense under this section must be pleaded as an affirmative defense.
      `,
      errors: [{ text: 'affirmative defense', severity: 'warning' }],
      output: md`
        ## Sec. 21. Trafficked persons charged with loitering.

        (a) No person shall be found guilty of loitering for conduct engaged in as a direct result of being trafficked.

        (b) ${BURDEN_US}
      `,
    },
    {
      name: 'a defence in the section that creates the offence: the prosecution\'s burden names the subsection holding the defence, never "this section" (the offence)',
      code: md`
        ## Sec. 12. Loitering for prostitution.

        (a) A person commits the offense of loitering for prostitution if the person lingers in a public place for the purpose of prostitution.

        (b) It is an affirmative defense to a charge under this section that the person acted because he or she was being trafficked.
      `,
      errors: [{ text: 'affirmative defense', severity: 'warning' }],
      output: md`
        ## Sec. 12. Loitering for prostitution.

        (a) A person commits the offense of loitering for prostitution if the person lingers in a public place for the purpose of prostitution.

        (b) It is a defense to a charge under this section that the person acted because he or she was being trafficked.

        (c) ${BURDEN_US.replace(/this section/g, 'subsection (b)')}
      `,
    },
    {
      name: 'a rebuttable presumption beside the defence already allocates proof: the prosecution\'s burden names only the defence ("subsection (c)", never "subsection (b) or (c)")',
      code: md`
        ## Sec. 40. Soliciting for prostitution.

        (a) A person commits the offense of soliciting if the person offers sexual conduct to another for a fee.

        (b) Where a person charged under this section is under eighteen, it shall be presumed, subject to rebuttal, that the person acted under compulsion by a trafficker.

        (c) It is an affirmative defense to a charge under this section that the person was compelled to act by a trafficker.
      `,
      errors: [{ text: 'affirmative defense', severity: 'warning' }],
      output: md`
        ## Sec. 40. Soliciting for prostitution.

        (a) A person commits the offense of soliciting if the person offers sexual conduct to another for a fee.

        (b) Where a person charged under this section is under eighteen, it shall be presumed, subject to rebuttal, that the person acted under compulsion by a trafficker.

        (c) It is a defense to a charge under this section that the person was compelled to act by a trafficker.

        (d) ${BURDEN_US.replace(/this section/g, 'subsection (c)')}
      `,
    },
    // Issue 10, section C: the rule on proof governs the whole provision, so it never ends a numbered subsection.
    {
      name: 'burden words in subsection (1) of a numbered section: the prosecution\'s burden is the next subsection, not a sentence inside (1)',
      code: md`
        ## 30. Trafficked persons not liable

        (1) A trafficked person is not liable for an offence if he or she proves that the trafficker made him or her commit it.

        (2) This section does not affect any other defence.
      `,
      errors: [{ text: 'he or she proves' }],
      output: md`
        ## 30. Trafficked persons not liable

        (1) A trafficked person is not liable for an offence if the trafficker made him or her commit it.

        (2) This section does not affect any other defence.

        (3) ${BURDEN}
      `,
    },
    {
      name: 'Australian-style Note saying the defendant bears a legal burden: the Note goes and the prosecution\'s burden is a numbered subsection (a Note is not operative)',
      code: md`
        ## 274.9 Defence—victims of slavery

        (1) A person is not criminally responsible for an offence if the person engaged in the conduct because he or she was held in slavery.

        Note: The defendant bears a legal burden of proof on the matter in subsection (1).

        (2) This section does not limit any other defence.
      `,
      errors: [{ text: 'The defendant bears a legal burden' }],
      output: md`
        ## 274.9 Defence—victims of slavery

        (1) A person is not criminally responsible for an offence if the person engaged in the conduct because he or she was held in slavery.

        (2) This section does not limit any other defence.

        (3) ${BURDEN}
      `,
    },
    // Issue 10, A4: relief from a conviction keeps the link to the trafficking as the fact presumed.
    {
      name: 'set-aside application: the fact the applicant had to show stays as the fact presumed, and "meets that burden" becomes "that presumption is not rebutted"',
      code: md`
        ## 40. Setting aside convictions of trafficked persons

        (1) A person convicted of an offence may apply to the court to set the conviction aside.

        (2) The applicant must show, on the balance of probabilities, that the conviction arose directly from the applicant's having been trafficked.

        (3) Where the applicant meets that burden, the court must set the conviction aside.
      `,
      errors: [{ text: 'The applicant must show, on the balance of probabilities', message: /victim applying for relief/ }],
      output: md`
        ## 40. Setting aside convictions of trafficked persons

        (1) A person convicted of an offence may apply to the court to set the conviction aside.

        (2) ${FACT("the conviction arose directly from the applicant's having been trafficked", 'must')}

        (3) Where that presumption is not rebutted, the court must set the conviction aside.
      `,
    },
    {
      name: 'set-aside application: "that he or she was trafficked" names the applicant in the fact presumed',
      code: md`
        ## 41. Clearing records

        (1) A victim of trafficking convicted of begging may apply to the court to have the conviction set aside.

        (2) The applicant shall prove that he or she was trafficked when the begging took place.
      `,
      errors: [{ text: 'The applicant shall prove', message: /victim applying for relief/ }],
      output: md`
        ## 41. Clearing records

        (1) A victim of trafficking convicted of begging may apply to the court to have the conviction set aside.

        (2) ${FACT('the applicant was trafficked when the begging took place')}
      `,
    },
    // Issue 10, A7: proof owed to an official who decides, not to a court at trial.
    {
      name: 'regulations: proof to be furnished to the Attorney General, who decides to withdraw the charge: no fix, and the finding says why',
      code: md`
        **7.** (1) Where the Attorney General is satisfied that a person charged with an offence was trafficked and that the offence arose from it, the Attorney General shall withdraw the charge.

        (2) A person asking for a withdrawal under subregulation (1) shall furnish the Attorney General with proof that he or she was trafficked.
      `,
      errors: [{ text: 'shall furnish the Attorney General with proof', message: /No quick fix is offered: whether the protection applies is decided by the Attorney General/ }],
      output: null,
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

describe('defendant-burden (NP003): the law of evidence a Penal Code exception is proved under', () => {
  it('says in the fix title that the new sentence should displace the general law of evidence, where the bill names none (own words)', () => {
    const bill = '## 30. Acts of trafficked persons\n\n(1) Nothing is an offence which is done by a trafficked person because of the trafficking.\n\n(2) The court shall presume the absence of the circumstances described in subsection (1) until the accused proves them.\n';
    const fixes = lint(bill, { only: ['defendant-burden'] }).findings.flatMap((f) => f.fixes);
    assert.ok(fixes.length > 0);
    for (const f of fixes) assert.match(f.title, /begin the new sentence "Notwithstanding" that provision/);
    assert.ok(!fixes.some((f) => f.edits.some((e) => /Notwithstanding/.test(e.newText))));
  });
});
