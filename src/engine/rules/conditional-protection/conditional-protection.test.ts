import { conditionalProtection } from './index.js';
import { md, runRuleTests } from '../../../../test/rule-tester.js';
import { runHeldOutCases } from '../../../../test/held-out.js';

runRuleTests(conditionalProtection, {
  valid: [
    {
      name: 'a report to the police that is the victim\'s right, and a list whose second condition is not the victim\'s conduct (own words)',
      code: md`
        ## 12. Non-prosecution

        (1) A victim of trafficking shall not be prosecuted for any offence where—

        (a) the offence was committed as a direct result of being trafficked; and

        (b) the victim was under the control of the trafficker when it was committed.

        (2) A victim shall be told of the right to report the trafficking to the police, and the victim and any witness shall be protected.
      `,
    },
    {
      name: 'testimony named with its refusal: "who gives testimony ..., or who declines to do so," is no condition (own words)',
      code: md`
        ## 12. Victims

        A victim of trafficking who gives testimony in proceedings against the trafficker, or who declines to do so, shall not be prosecuted for any offence committed as a direct result of being trafficked.
      `,
    },
    {
      name: 'a provision that says no documents from an agency are needed is not conditional on documents (own words)',
      code: md`
        ## 3. Vacating convictions

        (a) A person convicted of any offense committed as a direct result of being a victim of human trafficking may apply for the conviction to be vacated.

        (b) The applicant shall not be required to produce documentation from any government agency confirming that the applicant was trafficked.

        (c) The court shall vacate the conviction if it finds that the offense was committed as a direct result of being trafficked.
      `,
    },
    {
      name: 'a status named only to be excluded: "whether or not the person has been granted the status of a victim" (own words)',
      code: md`
        ### Article 18

        A victim of trafficking is exempt from criminal liability for any offence committed as a direct result of being trafficked, whether or not the person has been granted the status of a victim.
      `,
    },
    {
      name: 'help given to the trafficker, not to the authorities, is the offence, not a condition',
      code: md`
        ## 40. Protection of trafficked persons

        A victim who helped other members of the trafficking ring under their control shall not be prosecuted for any offence committed as a direct result of being trafficked.
      `,
    },
    {
      name: 'a sentence saying who may raise the defence without any condition of co-operation (US)',
      code: md`
        ## Sec. 4. Defense for trafficked persons

        (a) It is a defense to a charge of loitering that the defendant engaged in the conduct as a direct result of being trafficked.

        (b) A defendant who was a minor at the time of the offense may raise the defense under this section without further proof of force, fraud or coercion.
      `,
    },
    {
      name: 'a child who co-operated with the trafficker out of fear is not a condition of co-operating with the authorities',
      code: md`
        ## 7. Children not to be prosecuted

        A child who is a victim of trafficking shall not be prosecuted for any offence committed as a direct result of being trafficked, including where the child assisted in committing the offence under the trafficker's control.
      `,
    },
    {
      name: 'conditions named only to be excluded (African)',
      code: md`
        ## 14. Non-punishment of victims

        (1) A victim of trafficking shall not be arrested, detained, prosecuted or penalised for any offence committed as a direct result of being trafficked.

        (2) Subsection (1) applies as soon as there are reasonable grounds to believe that the person is a victim of trafficking, whether or not the person has been formally identified as a victim, and whether or not the person co-operates with the authorities.
      `,
    },
    {
      name: "the trafficker's conviction as evidence, not as a condition (UK)",
      code: md`
        ## 7. Protection of victims

        (1) A victim of trafficking shall not be prosecuted for any offence committed as a direct result of being trafficked.

        (2) A certificate of the conviction of any person for trafficking the victim is conclusive evidence that the victim was trafficked.
      `,
    },
    {
      name: 'a deeming by the law (Philippines s.17 approach)',
      code: md`
        ## 17. Legal protection to trafficked persons

        Trafficked persons shall be recognized as victims of the act of trafficking and as such shall not be penalized for unlawful acts committed as a direct result of being trafficked.
      `,
    },
    {
      name: 'the link to the trafficking is not a condition (Spanish approach)',
      code: md`
        Article 177 bis

        11. A victim of trafficking in human beings shall be exempt from punishment for the offences committed in the situation of exploitation, provided that the victim's participation in them was a direct consequence of the violence suffered.
      `,
    },
    {
      name: "a residence permit for victims who co-operate, beside the protection (European)",
      code: md`
        ## 20. Protection

        (1) A victim shall not be prosecuted for any offence committed as a direct result of being trafficked.

        (2) A victim who agrees to co-operate with the authorities shall be entitled to a temporary residence permit.
      `,
    },
    {
      name: "certification by a Council named only to be excluded (Caribbean)",
      code: md`
        ## 21. Protection

        (1) A victim shall not be prosecuted for any offence committed as a direct result of being trafficked.

        (2) Subsection (1) applies whether or not the person has co-operated with the authorities or has been certified by the Council.
      `,
    },
    {
      name: "a court satisfied of the link is not an official's condition (Commonwealth)",
      code: md`
        ## 22. Defence

        A person is not guilty of an offence if the court is satisfied that the person committed it as a direct result of being trafficked.
      `,
    },
    {
      name: "an official's certificate issued beside the protection, not required by it (African)",
      code: md`
        ## 23. Protection

        (1) A victim shall not be prosecuted for any offence committed as a direct result of being trafficked.

        (2) The Director shall, where satisfied that a person is a victim, issue a certificate to that effect.
      `,
    },
    {
      name: "a final judgment against the trafficker named only to be excluded (civil law)",
      code: md`
        ## 24. Protection

        A victim shall not be punished for offences committed as a direct result of being trafficked, whether or not the trafficker has been convicted by a final judgment.
      `,
    },
  ],
  invalid: [
    {
      name: 'a formal status an authority grants: "who has been granted the status of a victim" (Ukraine style, own words)',
      code: md`
        ### Article 18

        A foreign national who has been granted the status of a victim of trafficking by the Ministry shall not be held liable for any offence committed as a direct result of being trafficked.
      `,
      errors: [{ text: 'granted the status of a victim', severity: 'warning' }],
    },
    {
      name: 'recognition "in accordance with this Law" (own words)',
      code: md`
        ### Article 21

        A person recognised as a victim of trafficking in human beings in accordance with this Law is exempt from criminal liability for any offence committed as a direct result of being trafficked.
      `,
      errors: [{ text: 'recognised as a victim of trafficking in human beings in accordance with this Law', severity: 'warning' }],
    },
    {
      name: 'testimony in other words: "makes a sworn statement against the trafficker" (own words)',
      code: md`
        ### Article 143

        A victim of trafficking shall be exempt from punishment for any offence committed as a direct result of being trafficked, provided that he or she makes a sworn statement against the trafficker.
      `,
      errors: [{ text: 'provided that he or she makes a sworn statement against the trafficker', severity: 'error' }],
      output: md`
        ### Article 143

        A victim of trafficking shall be exempt from punishment for any offence committed as a direct result of being trafficked.
      `,
    },
    {
      name: 'the protected person described as a witness: "who appears as a witness for the prosecution" (own words)',
      code: md`
        ## 18. Victims not to be prosecuted

        A victim of trafficking who appears as a witness for the prosecution shall not be prosecuted for any offence committed as a direct result of being trafficked.
      `,
      errors: [{ text: 'who appears as a witness for the prosecution', severity: 'error' }],
    },
    {
      name: 'relief that requires a document from an agency confirming victim status (US vacatur style, own words)',
      code: md`
        ## 3. Vacating convictions

        (a) A person convicted of any offense committed as a direct result of being a victim of human trafficking may apply for the conviction to be vacated.

        (b) An application under subsection (a) must be accompanied by a certificate from the national referral agency confirming that the applicant was trafficked.
      `,
      errors: [{ text: 'must be accompanied by a certificate from the national referral agency', severity: 'warning' }],
    },
    {
      name: 'the protected person described by help given to the prosecuting authority (Gulf)',
      code: md`
        ## Article 14. Exemption of the victim

        A victim who helps the State Prosecutor in the inquiry and testifies against those responsible shall be exempted from the penalties for offences committed as a direct result of being trafficked.
      `,
      errors: [{ text: 'who helps the State Prosecutor in the inquiry and testifies against those responsible', severity: 'error' }],
    },
    {
      name: 'certification by an authority, the status referred back to by "as such" (West Africa)',
      code: md`
        ## 40. Protection of trafficked persons

        A trafficked person who has been confirmed as such by the Commission shall not be detained or prosecuted for any offence committed as a direct result of being trafficked.
      `,
      errors: [{ text: 'confirmed as such by the Commission', severity: 'warning' }],
    },
    {
      name: 'a co-operation proviso (UK): deleted by the fix',
      code: md`
        ## 20. Non-prosecution of victims

        A victim of trafficking shall not be prosecuted for any offence committed as a direct result of being trafficked, provided that the victim co-operates with the police in the investigation.
      `,
      errors: [{ text: 'provided that the victim co-operates with the police in the investigation', severity: 'error', message: /co-operation/ }],
      output: md`
        ## 20. Non-prosecution of victims

        A victim of trafficking shall not be prosecuted for any offence committed as a direct result of being trafficked.
      `,
    },
    {
      name: 'a lettered subsection left a bare sentence by the deletion joins the first (US set-aside)',
      code: md`
        **Section 9. Relief from convictions.** (a) Anyone found guilty of an offense that was a direct result of having been trafficked may apply to the court to set aside the finding of guilt.

        (b) The court may allow the application provided that the applicant has assisted the police in investigating the trafficker.
      `,
      errors: [{ text: 'provided that the applicant has assisted the police in investigating the trafficker', severity: 'error', message: /co-operation/ }],
      output: md`
        **Section 9. Relief from convictions.** Anyone found guilty of an offense that was a direct result of having been trafficked may apply to the court to set aside the finding of guilt. The court may allow the application.
      `,
    },
    {
      name: 'a bare sentence left in a subsection named elsewhere in the section keeps its number',
      code: md`
        **Section 9. Relief from convictions.** (a) Anyone found guilty of an offense that was a direct result of having been trafficked may apply to the court to set aside the finding of guilt, and the application is decided under subsection (b).

        (b) The court may allow the application provided that the applicant has assisted the police in investigating the trafficker.
      `,
      errors: [{ text: 'provided that the applicant has assisted the police in investigating the trafficker', severity: 'error', message: /co-operation/ }],
      output: md`
        **Section 9. Relief from convictions.** (a) Anyone found guilty of an offense that was a direct result of having been trafficked may apply to the court to set aside the finding of guilt, and the application is decided under subsection (b).

        (b) The court may allow the application.
      `,
    },
    {
      name: 'a subsection that keeps a full rule of its own after the deletion keeps its number',
      code: md`
        **Section 9. Relief from convictions.** (a) Anyone found guilty of an offense that was a direct result of having been trafficked may apply to the court to set aside the finding of guilt.

        (b) On an application under this section the court may order the records of the finding to be sealed and returned to the applicant, provided that the applicant has assisted the police in investigating the trafficker.
      `,
      errors: [{ text: 'provided that the applicant has assisted the police in investigating the trafficker', severity: 'error', message: /co-operation/ }],
      output: md`
        **Section 9. Relief from convictions.** (a) Anyone found guilty of an offense that was a direct result of having been trafficked may apply to the court to set aside the finding of guilt.

        (b) On an application under this section the court may order the records of the finding to be sealed and returned to the applicant.
      `,
    },
    {
      name: "the trafficker's conviction first (ASEAN)",
      code: md`
        Article 26. Exemption of victims

        Where a person has been convicted of trafficking the victim, the victim shall be exempted from criminal liability for unlawful acts committed as a direct result of being trafficked.
      `,
      errors: [{ text: 'Where a person has been convicted of trafficking', severity: 'error', message: /prosecution or conviction of the trafficker/ }],
    },
    {
      name: 'certified victims only (Caribbean): warning, no automatic rewrite',
      code: md`
        **12. Certified victims.** (1) The Minister may certify that a person is a victim of trafficking.

        (2) A person certified under subsection (1) shall not be detained, charged or prosecuted for any offence committed as a direct result of being trafficked.
      `,
      errors: [{ text: 'certified under subsection', severity: 'warning', message: /formally identified, certified or recognised/ }],
      output: null,
    },
    {
      name: 'identified victims only (Mekong agreement)',
      code: md`
        ## Article 5

        Persons who have been identified as victims of trafficking shall not be detained or punished for illegal entry.
      `,
      errors: [{ text: 'who have been identified as victims of trafficking', severity: 'warning' }],
    },
    {
      name: 'vacatur only for victims who co-operated with law enforcement (US state)',
      code: md`
        **Section 4. Motion to vacate.** (a) A person convicted of an offense committed as a direct result of being a victim of human trafficking may move to vacate the conviction.

        (b) The court shall vacate the conviction only if the movant has cooperated with law enforcement in the prosecution of the trafficker.
      `,
      errors: [{ text: 'only if the movant has cooperated with law enforcement in the prosecution of the trafficker', severity: 'error' }],
    },
    {
      name: "certification and testimony in the subject (ASEAN, the lead's probe p7 paraphrased)",
      code: md`
        ## 19. Non-criminalisation

        A person recognised as a victim by the National Anti-Trafficking Committee, who undertakes to testify against the offender, shall not be punished for acts committed as a direct result of being trafficked.
      `,
      errors: [
        { text: "recognised as a victim by the National Anti-Trafficking Committee", severity: "warning", message: /formally identified/ },
        { text: "who undertakes to testify against the offender", severity: "error", message: /co-operation/ },
      ],
    },
    {
      name: "voluntary report and active assistance (post-Soviet codes)",
      code: md`
        ## Article 206

        (4) A victim of trafficking shall be released from criminal liability for offences committed as a direct result of being trafficked if he or she voluntarily informs the authorities and actively assists in uncovering the crime.
      `,
      errors: [
        { text: "if he or she voluntarily informs the authorities and actively assists in uncovering the crime", severity: "error", message: /co-operation/ },
      ],
    },
    {
      name: "a report to the police joined to the link by \"and\"",
      code: md`
        ## 12. Immigration offences

        A victim of trafficking shall not be prosecuted for an immigration offence if the offence was committed as a direct result of being trafficked and the victim reported to the police within 30 days of escaping.
      `,
      errors: [{ text: "the victim reported to the police within 30 days of escaping", severity: "error", message: /co-operation/ }],
    },
    {
      name: "a report to an officer as a paragraph of a list of conditions",
      code: md`
        ## 12. Non-prosecution

        (1) A victim of trafficking shall not be prosecuted for any offence where—

        (a) the offence was committed as a direct result of being trafficked; and

        (b) the victim has reported the circumstances to a police officer as soon as practicable.
      `,
      errors: [{ text: "the victim has reported the circumstances to a police officer as soon as practicable", severity: "error", message: /co-operation/ }],
    },
    {
      name: "the trafficking established by a final judgment first (civil law)",
      code: md`
        ## Article 12

        The victim shall not be punished for offences committed as a result of being trafficked, once the trafficking has been established by a final judgment of a court.
      `,
      errors: [
        { text: "once the trafficking has been established by a final judgment", severity: "error", message: /prosecution or conviction/ },
      ],
    },
    {
      name: "a conclusive grounds decision (UK referral mechanism)",
      code: md`
        ## 6. Protection

        A person in respect of whom a positive conclusive grounds decision has been made shall not be prosecuted for an offence committed as a direct consequence of being trafficked.
      `,
      errors: [
        { text: "positive conclusive grounds decision", severity: "warning", message: /formally identified/ },
      ],
    },
    {
      name: "an official's certificate as the condition (Caribbean)",
      code: md`
        ## 15. Non-prosecution

        A trafficked person shall not be prosecuted for an offence committed as a direct result of being trafficked where the Commissioner of Police certifies that the person is a victim.
      `,
      errors: [
        { text: "where the Commissioner of Police certifies", severity: "warning", message: /official's opinion/ },
      ],
    },
    {
      name: "a Minister's opinion as the condition (Commonwealth, the lead's probe p1 paraphrased)",
      code: md`
        ## 16. Non-prosecution

        A trafficked person shall not be detained or charged for any offence committed as a direct result of being trafficked where the Minister is of the opinion that the person is a genuine victim.
      `,
      errors: [
        { text: "where the Minister is of the opinion", severity: "warning", message: /official's opinion/ },
      ],
    },
    {
      name: "co-operation in the words naming the victim (US)",
      code: md`
        ## Sec. 3. Immunity

        (a) A victim of human trafficking who has cooperated with law enforcement in the investigation of the trafficking is not criminally liable for any offense committed as a direct result of being trafficked.
      `,
      errors: [
        { text: "who has cooperated with law enforcement in the investigation of the trafficking", severity: "error", message: /co-operation/ },
      ],
    },
    {
      name: "a separate sentence giving the defence only to those who co-operated (US): who may raise it is a condition of it",
      code: md`
        ## Sec. 4. Defense for trafficked persons

        (a) It is a defense to a charge of loitering that the defendant engaged in the conduct as a direct result of being trafficked.

        (b) A defendant who has cooperated with the prosecuting authority in the case against the trafficker may raise the defense under this section.
      `,
      errors: [
        { text: "who has cooperated with the prosecuting authority in the case against the trafficker", severity: "error", message: /co-operation/ },
      ],
    },
    {
      name: "a child's co-operation as the condition",
      code: md`
        ## 7. Children not to be prosecuted

        A child who is a victim of trafficking shall not be prosecuted for any offence committed as a direct result of being trafficked, if the child co-operates with the police in the investigation of the trafficking.
      `,
      errors: [
        { text: "if the child co-operates with the police in the investigation of the trafficking", severity: "error", message: /co-operation/ },
      ],
    },
    {
      name: "a residence permit as the condition (European)",
      code: md`
        ## Article 14

        A victim holding a residence permit issued under Article 10 shall not be penalised for any offence committed as a result of being trafficked.
      `,
      errors: [
        { text: "holding a residence permit", severity: "warning", message: /formally identified/ },
      ],
    },
    {
      name: "participation in the proceedings (Gulf): deleted by the fix",
      code: md`
        ## Article 3

        A victim shall not be held criminally liable for offences committed as a result of being trafficked, on condition that the victim participates in the criminal proceedings against the perpetrator.
      `,
      errors: [
        { text: "on condition that the victim participates in the criminal proceedings against the perpetrator", severity: "error", message: /co-operation/ },
      ],
      output: md`
        ## Article 3

        A victim shall not be held criminally liable for offences committed as a result of being trafficked.
      `,
    },
    {
      name: "testimony in the words naming the victim (Pacific)",
      code: md`
        ## 11. Witness victims

        A victim who gives evidence for the prosecution in proceedings against the trafficker shall not be prosecuted for any offence committed as a direct result of being trafficked.
      `,
      errors: [
        { text: "who gives evidence for the prosecution in proceedings against the trafficker", severity: "error", message: /co-operation/ },
      ],
    },
    {
      name: "an official's satisfaction in a subsection limiting the protection (African)",
      code: md`
        ## 25. Non-liability

        (1) A victim of trafficking shall not be held liable for any offence committed as a direct result of being trafficked.

        (2) Subsection (1) applies only if the Director is satisfied that the person is a victim of trafficking.
      `,
      errors: [
        { text: "if the Director is satisfied", severity: "warning", message: /official's opinion/ },
      ],
    },
  ],
});

runHeldOutCases(conditionalProtection, { minTraditions: 4 });
