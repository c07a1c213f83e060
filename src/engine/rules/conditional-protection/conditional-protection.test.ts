import { conditionalProtection } from './index.js';
import { md, runRuleTests } from '../../../../test/rule-tester.js';
import { runHeldOutCases } from '../../../../test/held-out.js';

runRuleTests(conditionalProtection, {
  valid: [
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
  ],
  invalid: [
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
  ],
});

runHeldOutCases(conditionalProtection, { minTraditions: 4 });
