import { missingRecordRelief } from './index.js';
import { md, runRuleTests } from '../../../../test/rule-tester.js';
import { runHeldOutCases } from '../../../../test/held-out.js';

// Paraphrases in our own words of provisions from several drafting traditions; none is statute text.
const OFFENCE = 'A person who recruits, transports or harbours another person by force, threats or deception for the purpose of exploitation commits an offence.';

runRuleTests(missingRecordRelief, {
  valid: [
    {
      name: 'Central Asia (own words): a subsection referring back to the victim, the conviction annulled',
      code: md`
        # Trafficking in Persons Bill

        ## 3. Offence of trafficking in persons

        ${OFFENCE}

        ## 14. Victims

        (1) A victim of trafficking shall not be arrested, detained, prosecuted or penalised for any offence committed as a direct result of being trafficked.

        (2) Where such a person has already been convicted of such an offence, the person may apply to have the conviction annulled.
      `,
    },
    {
      name: 'Caribbean (own words): a section on the person an earlier subsection names, the conviction expunged',
      code: md`
        # Trafficking in Persons Bill

        ## 3. Offence of trafficking in persons

        ${OFFENCE}

        ## 14. Non-punishment of victims

        A victim of trafficking shall not be arrested, detained, prosecuted or penalised for any offence committed as a direct result of being trafficked.

        ## 15. Past convictions

        (1) This section applies to a person who was a victim of trafficking.

        (2) The conviction of the person for an offence committed as a direct result of the trafficking may be expunged on application to the court.
      `,
    },
    {
      name: 'Pacific (own words): the conviction struck from the record',
      code: md`
        # Trafficking in Persons Bill

        ## 3. Offence of trafficking in persons

        ${OFFENCE}

        ## 14. Non-punishment of victims

        A victim of trafficking shall not be arrested, detained, prosecuted or penalised for any offence committed as a direct result of being trafficked.

        ## 15. Relief from past convictions

        On the application of a victim of trafficking, the Supreme Court shall order that any conviction of the victim for an offence committed as a direct result of being trafficked be struck from the record.
      `,
    },
    {
      name: 'Central Asia (own words): the conviction cancelled',
      code: md`
        # Trafficking in Persons Bill

        ## 3. Offence of trafficking in persons

        ${OFFENCE}

        ## 14. Non-punishment of victims

        A victim of trafficking shall not be arrested, detained, prosecuted or penalised for any offence committed as a direct result of being trafficked.

        ## 15. Cancellation of criminal records

        Where a victim of trafficking was convicted of an offence committed as a direct result of being trafficked, the court shall, on the victim's application, order that the conviction be cancelled.
      `,
    },
    {
      name: 'Commonwealth (own words): the victim treated as never convicted',
      code: md`
        # Trafficking in Persons Bill

        ## 3. Offence of trafficking in persons

        ${OFFENCE}

        ## 14. Non-punishment of victims

        A victim of trafficking shall not be arrested, detained, prosecuted or penalised for any offence committed as a direct result of being trafficked.

        ## 15. Effect of past convictions

        Where the High Court finds that a victim of trafficking was convicted of an offence committed as a direct result of being trafficked, the victim shall be treated for all purposes as if the victim had never been convicted of that offence.
      `,
    },
    {
      name: 'Commonwealth: a provision and a clearing-of-records section',
      code: md`
        # Prevention of Trafficking in Persons Bill

        ## 3. Offence of trafficking in persons

        ${OFFENCE}

        ## 14. Non-punishment of victims

        A victim of trafficking shall not be arrested, detained, prosecuted or penalised for any offence committed as a direct result of being trafficked.

        ## 14A. Clearing of records

        A person convicted of an offence committed as a direct result of being trafficked may apply to the High Court for an order vacating the conviction and expunging it from the person's records.
      `,
    },
    {
      name: 'an excerpt that is only a provision is not a trafficking bill',
      code: md`
        ## 14. Non-punishment of victims

        A victim of trafficking shall not be arrested, detained, prosecuted or penalised for any offence committed as a direct result of being trafficked.
      `,
    },
    {
      name: 'a trafficking bill with no provision at all is left to missing-non-punishment-provision',
      code: md`
        # Trafficking Bill

        ## 3. Offence

        ${OFFENCE}
      `,
    },
    {
      name: 'US state: sealing alone counts as relief',
      code: md`
        **Section 2. Human trafficking.** A person who recruits or harbors another person by force or fraud for the purpose of exploitation commits the offense of human trafficking, a class A felony.

        **Section 3. Affirmative defense.** It is an affirmative defense to a charge of any offense that the defendant committed the offense as a result of being a victim of human trafficking.

        **Section 4. Sealing of records.** The court shall seal all records of the arrest and conviction of a person who committed an offense as a result of being a victim of human trafficking.
      `,
    },
    {
      name: 'ASEAN: record relief that refers to an open provision inherits no limit',
      code: md`
        ## 12. Offence of trafficking in persons

        Any person who traffics in persons for the purpose of exploitation commits an offence.

        ## 25. Trafficked person not punished

        (1) A trafficked person shall not be arrested, detained, prosecuted or punished for any offence committed as a direct consequence of being trafficked.

        (2) A person convicted of an offence mentioned in subsection (1) may apply to the High Court to have the conviction set aside.
      `,
    },
  ],
  invalid: [
    {
      name: 'the offender\'s conviction quashed on appeal is not relief for a victim, though an earlier sentence names one',
      code: md`
        # Trafficking in Persons Bill

        ## 3. Offence of trafficking in persons

        ${OFFENCE}

        ## 14. Non-punishment of victims

        A victim of trafficking shall not be arrested, detained, prosecuted or penalised for any offence committed as a direct result of being trafficked.

        ## 15. Appeals

        (1) A victim of trafficking may be heard on an appeal against a sentence imposed on the offender.

        (2) The conviction of the offender may be quashed only on a ground of law.
      `,
      errors: [{ text: '14. Non-punishment of victims', severity: 'info' }],
    },
    {
      name: 'African common-law: a trafficking bill with a sound provision and nothing to clear records (information)',
      code: md`
        # Prevention of Trafficking in Persons Bill

        ## 3. Offence of trafficking in persons

        ${OFFENCE}

        ## 14. Non-punishment of victims

        A victim of trafficking shall not be arrested, detained, prosecuted or penalised for any offence committed as a direct result of being trafficked.
      `,
      errors: [
        {
          text: '14. Non-punishment of victims',
          severity: 'info',
          message:
            /^The bill protects victims from punishment \(Section 14\) but has no way to clear the convictions and records of victims already punished\. Even an unpenalised conviction is a punishment \(CTOC\/COP\/WG\.4\/2022\/2, para\. 12\)/,
        },
      ],
    },
    {
      name: 'ASEAN: relief for "an offence mentioned in subsection (1)", a closed list (warning), fixed by the link to the trafficking',
      code: md`
        ## 12. Offence of trafficking in persons

        Any person who traffics in persons for the purpose of exploitation commits an offence.

        ## 25. Trafficked person not liable for certain offences

        (1) A trafficked person shall not be liable to criminal prosecution in respect of—

        (a) the person's illegal entry into the country; or

        (b) the person's unlawful residence in the country,

        where such acts are the direct consequence of an act of trafficking in persons.

        (2) A person convicted of an offence mentioned in subsection (1) may apply to the High Court to have the conviction set aside.
      `,
      errors: [
        {
          text: 'an offence mentioned in subsection (1)',
          severity: 'warning',
          message: /^Record relief in section 25 refers to the offences of subsection \(1\) \("an offence mentioned in subsection \(1\)"\), so it covers only the offences listed in subsection \(1\) \("\(a\) the person's illegal entry into the country; or/,
        },
      ],
      output: md`
        ## 12. Offence of trafficking in persons

        Any person who traffics in persons for the purpose of exploitation commits an offence.

        ## 25. Trafficked person not liable for certain offences

        (1) A trafficked person shall not be liable to criminal prosecution in respect of—

        (a) the person's illegal entry into the country; or

        (b) the person's unlawful residence in the country,

        where such acts are the direct consequence of an act of trafficking in persons.

        (2) A person convicted of an offence committed as a direct result of being trafficked may apply to the High Court to have the conviction set aside.
      `,
    },
    {
      // The ground of the relief already links it to the trafficking: the reference is left out, and
      // that ground then governs every offence (never "committed as a direct result ..." said twice).
      name: 'Pacific: relief for "an offence mentioned in subsection (1)" on the ground of a direct consequence of trafficking',
      code: md`
        ## 12. Offence of trafficking in persons

        Any person who traffics in persons for the purpose of exploitation commits an offence.

        ## 30. Victims not liable for certain offences

        (1) A trafficked person shall not be liable to criminal prosecution for illegal entry into Tonga or for remaining in Tonga without a permit.

        (2) A person convicted of an offence mentioned in subsection (1) may apply to the Supreme Court, and the Court shall quash the conviction if satisfied that the offence was the direct consequence of the person having been a victim of trafficking.
      `,
      errors: [{ text: 'an offence mentioned in subsection (1)', severity: 'warning' }],
      output: md`
        ## 12. Offence of trafficking in persons

        Any person who traffics in persons for the purpose of exploitation commits an offence.

        ## 30. Victims not liable for certain offences

        (1) A trafficked person shall not be liable to criminal prosecution for illegal entry into Tonga or for remaining in Tonga without a permit.

        (2) A person convicted of an offence may apply to the Supreme Court, and the Court shall quash the conviction if satisfied that the offence was the direct consequence of the person having been a victim of trafficking.
      `,
    },
    {
      name: 'Westminster: quashing for "an offence to which section 45 applies", which carves out Schedule 4 (warning)',
      code: md`
        ## 2. Slavery and forced labour

        A person who holds another person in slavery or servitude commits an offence.

        ## 45. Defence for victims of slavery or trafficking

        (1) A person is not guilty of an offence if the person does the act as a direct consequence of being a victim of slavery or exploitation.

        (2) This section does not apply to an offence listed in Schedule 4.

        ## 46. Quashing of convictions

        A person convicted of an offence to which section 45 applies may apply to the Court of Appeal for the conviction to be quashed on the ground that the act was done as a direct consequence of being a victim of slavery or exploitation.
      `,
      errors: [{ text: 'an offence to which section 45 applies', severity: 'warning', message: /so it covers only the offences section 45 covers, and section 45 does not apply to an offence listed in Schedule 4\./ }],
      // The reference goes; "the act" then names the act constituting the offence (it had the reference's offences for antecedent).
      output: md`
        ## 2. Slavery and forced labour

        A person who holds another person in slavery or servitude commits an offence.

        ## 45. Defence for victims of slavery or trafficking

        (1) A person is not guilty of an offence if the person does the act as a direct consequence of being a victim of slavery or exploitation.

        (2) This section does not apply to an offence listed in Schedule 4.

        ## 46. Quashing of convictions

        A person convicted of an offence may apply to the Court of Appeal for the conviction to be quashed on the ground that the act constituting the offence was done as a direct consequence of being a victim of slavery or exploitation.
      `,
    },
    {
      name: 'Pacific: the only provision keeps victims out of immigration detention (information)',
      code: md`
        # Human Trafficking Bill

        ## 2. Offence of trafficking in persons

        ${OFFENCE}

        ## 3. Victims not to be held in detention

        A victim of trafficking shall not be held in immigration detention by reason of the victim's unlawful entry into the country as a result of being trafficked.
      `,
      errors: [{ text: '3. Victims not to be held in detention', severity: 'info' }],
    },
  ],
});

// The bills of test/fixtures/further-defects (issue 11), in our own words from seven traditions.
runHeldOutCases(missingRecordRelief, { minTraditions: 3 });
