import { seriousOffenceExclusion } from './index.js';
import { md, runRuleTests } from '../../../../test/rule-tester.js';
import { runHeldOutCases } from '../../../../test/held-out.js';

runRuleTests(seriousOffenceExclusion, {
  valid: [
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
  ],
  invalid: [
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
  ],
});

runHeldOutCases(seriousOffenceExclusion, { minTraditions: 4 });
