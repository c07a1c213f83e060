import { seriousOffenceExclusion } from './index.js';
import { md, runRuleTests } from '../../../../test/rule-tester.js';
import { runHeldOutCases } from '../../../../test/held-out.js';

runRuleTests(seriousOffenceExclusion, {
  valid: [
    {
      name: '"shall not avail" a person whose offence was not linked to the trafficking is a limit by the link, not by gravity (own words)',
      code: md`
        ## 18. Victims not to be punished

        (1) A victim of trafficking shall not be prosecuted or punished for an offence committed as a direct result of being trafficked.

        (2) Subsection (1) shall not avail a person whose offence was not committed as a direct result of being trafficked.
      `,
    },
    {
      name: 'both tiers of punishable conduct named together widen the scope ("a criminal offence or a minor offence"; "a minor offence or a crime")',
      code: md`
        ## 9. Victims not punished

        (1) A victim of trafficking shall not be punished for a criminal offence or a minor offence that the victim was made to commit as a direct result of being trafficked.

        (2) Nor shall a victim be fined for a minor offence or a crime committed under the trafficker's control.
      `,
    },
    {
      name: 'the link, not gravity, as the limit (UK)',
      code: md`
        ## 14. Protection of victims from punishment

        (1) A victim of trafficking shall not be prosecuted or penalised for any offence committed as a direct result of being trafficked, whatever the seriousness of the offence.

        (2) Nothing in this section prevents the prosecution of a victim of trafficking for an offence that was not committed as a direct result of being trafficked.

        (3) The more serious the offence, the more thorough the inquiry into whether it was committed as a direct result of being trafficked shall be; but the seriousness of an offence does not of itself exclude the application of subsection (1).
      `,
    },
    {
      name: 'Kenya s.14',
      code: md`
        ## 14. Victim immunity from prosecution

        A victim of trafficking in persons shall not be criminally liable for any criminal act that was a direct result of being trafficked.
      `,
    },
    {
      name: 'a penalty in an offence section is not a carve-out (Pacific)',
      code: md`
        ## 2. Offence of trafficking in persons

        A person who engages in trafficking in persons commits an offence and is liable on conviction to imprisonment for life.
      `,
    },
    {
      name: "an exclusion of offences not linked to the trafficking, in the new 'does not extend to' form (Commonwealth)",
      code: md`
        ## 12. Defence for trafficked persons

        (1) A trafficked person is not guilty of an offence committed as a direct consequence of having been trafficked.

        (2) Subsection (1) does not extend to an offence that was not committed as a direct result of being trafficked.
      `,
    },
    {
      name: "a penalty named only to include it (civil law)",
      code: md`
        ## 14. Protection

        A victim shall not be punished for any offence, including an offence punishable by imprisonment for more than five years, committed as a direct result of being trafficked.
      `,
    },
    {
      name: "offences of every class in a record-relief provision (US)",
      code: md`
        ## 16. Vacating convictions

        The court shall vacate any conviction for a misdemeanor or felony committed as a direct result of being trafficked.
      `,
    },
    {
      name: "the penalty of the trafficking offence itself is not a threshold (Pacific)",
      code: md`
        ## 3. Protection of victims

        (1) A person who traffics another person commits an offence and is liable to imprisonment for a term not exceeding 20 years.

        (2) A victim of trafficking shall not be prosecuted for any offence committed as a direct result of being trafficked.
      `,
    },
    {
      name: 'both tiers of punishable conduct named: a widening, not a limit (civil law)',
      code: md`
        ## Article 41. Victims

        (3) A trafficked person shall not be punished for a crime or a minor offence that the trafficker made him or her commit.
      `,
    },
    {
      name: "the trafficker's violence is how the victim was made to act, not an exclusion",
      code: md`
        ## 12. Victims not liable

        A victim of trafficking is not punishable for acts done as a direct consequence of violence or threats against a person used by the trafficker.
      `,
    },
    {
      name: 'a negative condition about the link, not gravity',
      code: md`
        ## 12. Victims not liable

        (1) A victim of trafficking shall not be prosecuted for an offence, provided that the offence was not committed for the victim's own gain outside the trafficking.

        (2) Nothing in subsection (1) shall be construed as protecting a person from prosecution for an offence unconnected to the trafficking.
      `,
    },
  ],
  invalid: [
    {
      name: 'a civil-law chapter name: "crimes against human life or health" (own words)',
      code: md`
        ### Article 132

        1. A person who committed a crime as a result of being a victim of trafficking shall be exempt from criminal liability.

        2. Part 1 shall not apply to deliberate crimes against human health.
      `,
      errors: [{ text: 'shall not apply to deliberate crimes against human health', severity: 'error' }],
    },
    {
      name: 'a carve-out written "shall not avail a victim who caused the death of another" (Commonwealth, own words)',
      code: md`
        ## 18. Victims not to be punished

        (1) A victim of trafficking shall not be prosecuted or punished for an offence committed as a direct result of being trafficked.

        (2) Subsection (1) shall not avail a victim who, in the course of the offence, caused the death of another person.
      `,
      errors: [{ text: 'shall not avail a victim who, in the course of the offence, caused the death of another person', severity: 'error' }],
    },
    {
      name: 'a penalty threshold without "punishable": "crimes for which the Code lays down deprivation of liberty" (CIS, own words)',
      code: md`
        ### Article 128

        1. A victim of trafficking who committed a crime as a result of the trafficking shall be released from criminal liability.

        2. This Article shall not extend to crimes for which the Code lays down deprivation of liberty of more than seven years.
      `,
      errors: [{ text: 'shall not extend to crimes for which the Code lays down deprivation of liberty of more than seven years', severity: 'error' }],
    },
    {
      name: 'a schedule carve-out in its own subsection (UK): no automatic fix',
      code: md`
        ## 45. Defence for victims of slavery or trafficking

        (1) A person is not guilty of an offence if the person does the act as a direct consequence of being a victim of slavery or trafficking.

        (2) This section does not apply to an offence listed in Schedule 4.
      `,
      errors: [{ text: 'does not apply to an offence listed in Schedule 4', severity: 'error', message: /offences listed in a schedule.*the schedule may then be unused/ }],
      output: null,
    },
    {
      name: 'named offences inline (African): deleted with their commas',
      code: md`
        ## 62. Non-liability of trafficked persons

        A trafficked person shall not be criminally liable for any offence, other than murder or treason, committed as a direct result of being trafficked.
      `,
      errors: [{ text: 'other than murder or treason', severity: 'error', message: /the grave offences it names/ }],
      output: md`
        ## 62. Non-liability of trafficked persons

        A trafficked person shall not be criminally liable for any offence committed as a direct result of being trafficked.
      `,
    },
    {
      name: 'a penalty threshold at the end of the sentence (Pacific)',
      code: md`
        ## 16. Victims not to be punished

        A victim of trafficking shall not be prosecuted or punished for any offence committed as a direct result of being trafficked, other than an offence punishable by imprisonment for life.
      `,
      errors: [{ text: 'other than an offence punishable by imprisonment for life', severity: 'error', message: /penalty threshold/ }],
      output: md`
        ## 16. Victims not to be punished

        A victim of trafficking shall not be prosecuted or punished for any offence committed as a direct result of being trafficked.
      `,
    },
    {
      name: 'grave crimes excepted (Central Asian civil-law code, in translation)',
      code: md`
        Article 124. Note

        A victim of trafficking in persons shall be exempt from criminal liability for offences committed as a direct result of being trafficked, with the exception of grave and especially grave crimes.
      `,
      errors: [{ text: 'with the exception of grave and especially grave crimes', severity: 'error' }],
    },
    {
      name: 'proportionality weighed (Spanish approach): warning',
      code: md`
        Article 177 bis

        11. A victim of trafficking in human beings shall be exempt from punishment for the offences committed in the situation of exploitation, provided that the offence is reasonably proportionate to that situation.
      `,
      errors: [{ text: 'offence is reasonably proportionate to', severity: 'warning', message: /depends on the gravity/ }],
    },
    {
      name: "violence excluded with 'does not extend to' (Commonwealth, the lead's probe p1 paraphrased)",
      code: md`
        ## 12. Defence for trafficked persons

        (1) A trafficked person is not guilty of an offence committed as a direct consequence of having been trafficked.

        (2) Subsection (1) does not extend to an offence involving the use of violence against another person.
      `,
      errors: [
        { text: "does not extend to an offence involving the use of violence against another person", severity: "error", message: /class of serious offences/ },
      ],
    },
    {
      name: "a penalty threshold in a proviso (civil law)",
      code: md`
        ## Article 9

        A person subjected to trafficking shall not incur criminal liability for an act committed as a result of that trafficking, provided that the act is not punishable by imprisonment of more than three years.
      `,
      errors: [
        { text: "is not punishable by imprisonment of more than three years", severity: "error", message: /penalty threshold/ },
      ],
    },
    {
      name: "only crimes of minor or medium gravity (post-Soviet codes)",
      code: md`
        ## Article 31. Release from liability

        A victim of trafficking in human beings shall be released from criminal liability for crimes of minor or medium gravity committed as a direct result of being trafficked.
      `,
      errors: [
        { text: "crimes of minor or medium gravity", severity: "error", message: /lesser offences/ },
      ],
    },
    {
      name: "a crime against the person taken out of an affirmative defence (US)",
      code: md`
        ## Sec. 4. Affirmative defense

        (a) A person charged with any offense has a defense if the person committed it as a direct result of being a victim of human trafficking.

        (b) The defense in subsection (a) is not available for a crime against the person.
      `,
      errors: [
        { text: "is not available for a crime against the person", severity: "error", message: /class of serious offences/ },
      ],
    },
    {
      name: "a schedule named by its ordinal, with 'has no application to' (Pacific)",
      code: md`
        ## 21. Immunity of victims

        (1) A victim of trafficking shall not be liable to prosecution for any offence that was a direct consequence of the trafficking.

        (2) This section has no application to an offence specified in the Second Schedule.
      `,
      errors: [
        { text: "has no application to an offence specified in the Second Schedule", severity: "error", message: /schedule/ },
      ],
    },
    {
      name: "'unless the offence is a violent offence' (African): deleted by the fix",
      code: md`
        ## 17. Non-liability of victims

        A victim of trafficking shall not be held criminally liable for any offence committed as a direct result of being trafficked, unless the offence is a violent offence.
      `,
      errors: [
        { text: "unless the offence is a violent offence", severity: "error", message: /class of serious offences/ },
      ],
      output: md`
        ## 17. Non-liability of victims

        A victim of trafficking shall not be held criminally liable for any offence committed as a direct result of being trafficked.
      `,
    },
    {
      name: "'save for offences carrying a penalty of' (Middle East): deleted by the fix",
      code: md`
        ## Article 11

        A victim of trafficking shall be exempt from the penalties prescribed for offences committed as a result of being trafficked, save for offences carrying a penalty of more than five years' imprisonment.
      `,
      errors: [
        { text: "save for offences carrying a penalty of more than five years' imprisonment", severity: "error", message: /penalty threshold/ },
      ],
      output: md`
        ## Article 11

        A victim of trafficking shall be exempt from the penalties prescribed for offences committed as a result of being trafficked.
      `,
    },
    {
      name: "an offence whose maximum penalty does not exceed a term (ASEAN)",
      code: md`
        ## 40. Exemption

        A trafficked person shall not be punished for an offence whose maximum penalty does not exceed imprisonment for seven years, if the offence was committed as a direct result of the trafficking.
      `,
      errors: [
        { text: "whose maximum penalty does not exceed imprisonment for seven years", severity: "error", message: /penalty threshold/ },
      ],
    },
    {
      name: "felonies of the first and second degree, with 'is not to apply to' (US)",
      code: md`
        ## 8. Victims

        (1) No victim of trafficking shall be prosecuted for an act done as a direct result of being trafficked.

        (2) Subsection (1) is not to apply to a felony of the first or second degree.
      `,
      errors: [
        { text: "is not to apply to a felony of the first or second degree", severity: "error", message: /class of serious offences/ },
      ],
    },
    {
      name: "only offences punishable by a fine or a short term (Caribbean)",
      code: md`
        ## 30. Protection from prosecution

        A victim of trafficking shall not be prosecuted for an offence committed as a direct result of being trafficked if the offence is punishable by a fine or by imprisonment for a term not exceeding two years.
      `,
      errors: [
        { text: "punishable by a fine or by imprisonment for a term not exceeding two years", severity: "error", message: /penalty threshold/ },
      ],
    },
    {
      name: 'a carve-out by the sentence a person may receive (Caribbean)',
      code: md`
        ## 20. Protection of trafficked persons

        (1) A trafficked person shall not be prosecuted for an offence committed as a direct result of the trafficking.

        (2) Subsection (1) does not reach, and shall not extend to, an offence for which an adult may be sentenced to imprisonment for twelve years or more.
      `,
      errors: [{ text: 'shall not extend to, an offence for which an adult may be sentenced to imprisonment for twelve years or more', severity: 'error', message: /^Section 20 does not apply to offences above a penalty threshold/ }],
    },
    {
      name: 'a saving clause keeping offences against the person (Commonwealth)',
      code: md`
        ## 20. Protection of trafficked persons

        (1) A trafficked person shall not be prosecuted for an offence committed as a direct result of the trafficking.

        (2) Nothing in subsection (1) shall be construed as protecting a trafficked person from a charge of wounding or of an act likely to endanger the life of another person.
      `,
      errors: [{ text: 'Nothing in subsection (1) shall be construed as protecting a trafficked person from a charge of wounding or of an act likely to endanger the life of another person', severity: 'error', message: /a class of serious offences/ }],
    },
    {
      name: 'murder or grievous bodily harm kept outside the protection',
      code: md`
        ## 20. Protection of trafficked persons

        (1) A trafficked person shall not be prosecuted for an offence committed as a direct result of the trafficking.

        (2) Nothing in subsection (1) protects a person charged with murder or with causing grievous bodily harm.
      `,
      errors: [{ text: 'Nothing in subsection (1) protects a person charged with murder or with causing grievous bodily harm', severity: 'error' }],
    },
    {
      name: 'an exception stated as a negative condition in a list (US state)',
      code: md`
        ## Sec. 40. Trafficked person defense

        (a) It is an affirmative defense to prosecution that the actor was a victim of trafficking and engaged in the conduct because of the trafficking.

        (b) Subsection (a) applies only if:
        (1) the actor raises it before trial; and
        (2) the conduct is not a felony listed in Section 12 of the Code of Criminal Procedure.
      `,
      errors: [{ text: 'the conduct is not a felony listed in Section 12 of the Code of Criminal Procedure', severity: 'error' }],
    },
    {
      name: "the victim's own violence excludes the offence (civil law proviso)",
      code: md`
        ## Article 12. Victims

        The victim is not punishable for acts done as a direct consequence of being trafficked, so long as they were not done with violence or grave threats against a person.
      `,
      errors: [{ text: 'so long as they were not done with violence or grave threats against a person', severity: 'error' }],
    },
    {
      name: 'a carve-out naming a list in another code: no fix that would leave half the citation',
      code: md`
        ## Sec. 9. Trafficked persons

        (a) It is a defense to prosecution for an offense, other than an offense listed in Article 12.3(b), Code of Criminal Procedure, that the actor did it as a direct result of being trafficked.
      `,
      errors: [{ text: 'other than an offense listed in Article 12.3(b)', severity: 'error' }],
      output: null,
    },
    {
      name: 'other than offences in a cross-referenced list (record relief)',
      code: md`
        ## 55. Clearing of records

        (1) A person who was a victim of trafficking may apply for the expunction of the record of any conviction for an offence committed while trafficked, other than an offence listed in s. 19(2)(a).
      `,
      errors: [{ text: 'other than an offence listed in s. 19(2)(a)', severity: 'error' }],
      output: md`
        ## 55. Clearing of records

        (1) A person who was a victim of trafficking may apply for the expunction of the record of any conviction for an offence committed while trafficked.
      `,
    },
  ],
});

runHeldOutCases(seriousOffenceExclusion, { minTraditions: 4 });
