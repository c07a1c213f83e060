import { discriminatoryScope } from './index.js';
import { md, runRuleTests } from '../../../../test/rule-tester.js';
import { runHeldOutCases } from '../../../../test/held-out.js';

// Paraphrases in our own words of provisions from several drafting traditions; none is statute text.
runRuleTests(discriminatoryScope, {
  valid: [
    {
      name: 'nationality named only to include everyone',
      code: md`
        ## 9. Non-prosecution

        A victim of trafficking, whether a national of Westland or not, shall not be prosecuted for any offence committed as a direct result of being trafficked.
      `,
    },
    {
      name: 'a negative quantifier over every victim',
      code: md`
        ## 21. Protection of trafficked persons

        No person who was trafficked, whether man, woman or child, may be penalised for an act done as a result of the trafficking.
      `,
    },
    {
      name: 'African common-law: whatever the victim\'s age, sex or nationality',
      code: md`
        ## 12. Protection of victims from punishment

        A victim of trafficking, whatever the victim's age, sex or nationality and whatever the form of exploitation suffered, shall not be arrested, detained, prosecuted or penalised for any offence committed as a direct result of being trafficked.
      `,
    },
    {
      name: 'Pacific: "especially women and children" is emphasis, not a limit',
      code: md`
        ## 11. Victims not to be punished

        Victims of trafficking, especially women and children, shall not be arrested, detained, prosecuted or punished for any offence committed as a direct result of being trafficked.
      `,
    },
    {
      name: 'Westminster: separate limbs for adults and for children',
      code: md`
        ## 45. Defence for victims of slavery or trafficking

        (1) A person aged 18 or over is not guilty of an offence if the person does the act as a direct consequence of being a victim of slavery or trafficking.

        (2) A person under the age of 18 is not guilty of an offence if the person does the act as a direct consequence of being a victim of slavery or trafficking.
      `,
    },
    {
      name: 'ASEAN: a rule for victims of trafficking for prostitution beside a rule for all trafficked persons',
      code: md`
        ## Section 17. Legal protection to trafficked persons

        Trafficked persons shall not be penalized for unlawful acts committed as a direct result of being trafficked.

        Victims of trafficking for prostitution shall not be fined or detained for soliciting.
      `,
    },
    {
      name: 'Gulf: an immigration clause for foreign victims beside a general provision',
      code: md`
        **Article 8**

        A victim of trafficking shall not be held criminally or administratively liable for any act committed as a direct result of having been trafficked.

        **Article 9**

        A foreign victim shall not be detained or deported for unlawful entry or residence committed as a direct result of having been trafficked.
      `,
    },
    {
      name: "men and women named together (Pacific)",
      code: md`
        ## 21. Protection

        A victim of trafficking, man or woman, adult or child, shall not be punished for any offence committed as a direct result of being trafficked.
      `,
    },
    {
      name: "a limiting sentence about the offences' dates, not the victims (Commonwealth)",
      code: md`
        ## 22. Protection

        (1) A victim of trafficking shall not be punished for any offence committed as a direct result of being trafficked.

        (2) This section applies only to offences committed after the commencement of this Act.
      `,
    },
    {
      name: "a limiting sentence about a child limb with no protection in it (African)",
      code: md`
        ## 23. Protection

        (1) A victim of trafficking shall not be punished for any offence committed as a direct result of being trafficked.

        (2) A child victim shall not be required to show any means of trafficking.

        (3) Subsection (2) applies only to persons under the age of 18.
      `,
    },
  ],
  invalid: [
    {
      name: 'a later article that protects no one limits the earlier one by nationality ("The provisions of Article 12 apply only to ...")',
      code: md`
        ### Article 12

        Victims of trafficking in human beings are not punishable for offences they were made to commit as a direct consequence of being trafficked.

        ### Article 14

        The provisions of Article 12 apply only to victims who are citizens of the Republic.
      `,
      errors: [{ text: 'who are citizens of the Republic', severity: 'error', message: /^Article 12 protects only victims who are nationals/ }],
    },
    {
      name: 'a paragraph limiting the article to nationals of a group of States (European)',
      code: md`
        ## Article 12

        1. Victims of trafficking in human beings shall not be punished for offences they were compelled to commit as a direct consequence of being trafficked.

        2. This Article applies only to victims who are nationals of a Member State of the Union.
      `,
      errors: [{ text: 'who are nationals of a Member State of the Union', severity: 'error', message: /only victims who are nationals/ }],
    },
    {
      name: "the protected person named as the State's own citizen",
      code: md`
        ## 9. Non-prosecution

        A citizen of Westland who is trafficked shall not be prosecuted for any offence committed as a direct result of being trafficked.
      `,
      errors: [{ text: 'A citizen of Westland', severity: 'error', message: /only victims who are nationals/ }],
    },
    {
      name: 'the class named after "No" (South Asia)',
      code: md`
        ## 21. Protection of trafficked persons

        No girl or woman who was trafficked may be penalised for an act she was made to do as a result of the trafficking.
      `,
      errors: [{ text: 'girl', severity: 'error', message: /^Section 21 protects only/ }],
    },
    {
      name: 'ASEAN bilateral style: trafficked women and children (error)',
      code: md`
        ## Section 9. Treatment of trafficked women and children

        Trafficked women and children shall not be charged, prosecuted or detained for any offence committed as a direct result of being trafficked.
      `,
      errors: [
        {
          text: 'Trafficked women and children',
          severity: 'error',
          message:
            /^Section 9 protects only trafficked women and children \("Trafficked women and children"\)\. Other victims of trafficking are left to be punished for what they were made to do\. The ASEAN Guideline \(2025\) asks that non-punishment provisions apply to all victims regardless of their age, sex, nationality or other status \(Guideline \[7\]; Guideline \[1\]\)\./,
        },
      ],
    },
    {
      name: 'Gulf: only victims who are not nationals (error)',
      code: md`
        **Article 9**

        A victim who is not a national of the State shall not be held criminally or administratively liable, detained or deported for any act committed as a direct result of having been trafficked.
      `,
      errors: [{ text: 'who is not a national of the State', severity: 'error', message: /protects only victims who are not nationals/ }],
    },
    {
      name: 'US state safe harbour: minors who are victims of sex trafficking (one finding naming both limits)',
      code: md`
        **Section 3. Safe harbor.** (a) A person who was under 18 years of age at the time of the offense may not be prosecuted for prostitution if the person was a victim of sex trafficking at that time.
      `,
      errors: [{ text: 'under 18 years of age', severity: 'error', message: /protects only persons under 18, and only victims of sex trafficking \("under 18 years of age", "a victim of sex trafficking"\)/ }],
    },
    {
      name: 'US state: an affirmative defense for victims of sex trafficking only (warning)',
      code: md`
        **Section 5. Affirmative defense.** In a prosecution for any offense, it is an affirmative defense that the defendant committed the offense as a direct result of being a victim of sex trafficking.
      `,
      errors: [{ text: 'a victim of sex trafficking', severity: 'warning', message: /^Section 5 protects only victims of sex trafficking .* para\. 57\(a\)\)/ }],
    },
    {
      name: 'Caribbean: the term the provision uses is defined as a person brought into the Territory (warning)',
      code: md`
        **2. Interpretation.** In this Act, "trafficked person" means a person who has been brought into the Territory by force, threats or deception for the purpose of being exploited.

        **10. Immunity of trafficked persons.** A trafficked person shall not be prosecuted, detained or punished for any offence committed as a direct result of having been trafficked.
      `,
      errors: [{ text: 'brought into the Territory', severity: 'warning', message: /protects only victims trafficked across the border, not those trafficked within the country/, provision: 'Section 10' }],
    },
    {
      name: 'civil-law code in translation: a child victim only (error)',
      code: md`
        Article 133. Non-punishment of child victims

        A child victim of trafficking in human beings is not punishable for offences committed as a direct consequence of the trafficking.
      `,
      errors: [{ text: 'child victim', severity: 'error', message: /protects only persons under 18/ }],
    },
    {
      name: "a paragraph limiting the article to foreign nationals (European, the lead's probe p8 paraphrased)",
      code: md`
        ## Article 7

        1. A victim shall not be penalised for offences committed as a result of being trafficked.

        2. This Article applies only to victims who are foreign nationals.
      `,
      errors: [
        { text: "foreign nationals", severity: "error", message: /not nationals/ },
      ],
    },
    {
      name: "the provisions of the article apply only to women (Gulf)",
      code: md`
        ## Article 4

        (1) A trafficked person shall not be prosecuted for offences committed as a direct result of the trafficking.

        (2) The provisions of this Article shall apply only to women.
      `,
      errors: [
        { text: "women", severity: "error", message: /women and girls/ },
      ],
    },
    {
      name: "female victims only (ASEAN)",
      code: md`
        ## 12. Protection

        Female victims of trafficking shall not be held liable for any offence committed as a direct result of being trafficked.
      `,
      errors: [
        { text: "Female victims", severity: "error", message: /women and girls/ },
      ],
    },
    {
      name: "a subsection limiting another to persons under eighteen (US)",
      code: md`
        ## Sec. 9

        (a) A victim shall not be prosecuted for offenses committed as a direct result of being trafficked.

        (b) Subsection (a) applies only where the victim was under the age of eighteen at the time of the offense.
      `,
      errors: [
        { text: "under the age of eighteen", severity: "error", message: /persons under 18/ },
      ],
    },
    {
      name: "foreign children only (Caribbean)",
      code: md`
        ## 9. Foreign children

        A foreign child who is a victim of trafficking shall not be detained or prosecuted for any offence committed as a direct result of being trafficked.
      `,
      errors: [
        { text: "foreign", severity: "error", message: /not nationals/ },
      ],
    },
    {
      name: "a subsection limiting another to victims of sexual exploitation (African)",
      code: md`
        ## 20. Protection

        (1) A victim of trafficking shall not be punished for any offence committed as a direct result of being trafficked.

        (2) Subsection (1) is available only to persons trafficked for sexual exploitation.
      `,
      errors: [
        { text: "trafficked for sexual exploitation", severity: "warning", message: /sex trafficking/ },
      ],
    },
  ],
});

// The bills of test/fixtures/further-defects (issue 11), in our own words from seven traditions.
runHeldOutCases(discriminatoryScope, { minTraditions: 3 });
