import { discretionaryProtection } from './index.js';
import { md, runRuleTests } from '../../../../test/rule-tester.js';
import { runHeldOutCases } from '../../../../test/held-out.js';
import { strict as assert } from 'node:assert';
import { lint } from '../../lint.js';

runRuleTests(discretionaryProtection, {
  valid: [
    {
      name: 'a duty to take something into account in a decision other than whether to prosecute, and a decision to prosecute in the next sentence, is no discretion over the protection (own words)',
      code: md`
        ## 31. Child victims

        (1) A child who is a victim of trafficking shall not be prosecuted for any offence committed as a direct result of being trafficked.

        (2) The court shall take into account the child's age in deciding whether the child was trafficked. The Director shall then decide whether to proceed with the case against the trafficker.
      `,
    },
    {
      name: 'a duty to weigh victim status in sentencing, beside a duty not to punish, is not a discretion over prosecution (own words)',
      code: md`
        ## 15. Victims who offend

        (1) A victim of trafficking shall not be punished for any offence committed as a direct result of being trafficked.

        (2) In fixing the sentence for any other offence, the court shall have regard to whether the offender was a victim of trafficking.
      `,
    },
    {
      name: 'the modal of a relative clause is not the main verb\'s: "A court to which the victim may apply shall discharge" (own words)',
      code: md`
        ## 12. Discharge of trafficked persons

        A court to which a trafficked person may apply shall discharge that person for any offence committed as a direct result of being trafficked.
      `,
    },
    {
      name: 'a duty not to prosecute and to discontinue (civil-law code)',
      code: md`
        Article 12-1. Victims of trafficking in human beings

        The public prosecutor shall not institute criminal proceedings against a victim of trafficking in human beings for any offence committed as a direct consequence of the trafficking, and shall discontinue any proceedings already instituted.
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
      name: '"may" that gives the victim a right, and a saving for other cases (UK)',
      code: md`
        ## 45. Defence for victims

        (1) A person is not guilty of an offence if the person does the act as a direct consequence of being a victim of slavery or trafficking.

        (2) Nothing in this section affects any power of the Director of Public Prosecutions to discontinue proceedings in any other case.

        (3) A person who may rely on subsection (1) may at any stage apply to the court to stay the proceedings.
      `,
    },
    {
      name: 'treaty wording quoted in a recital is not the bill\'s provision (ASEAN)',
      code: md`
        # Anti-Trafficking Bill

        WHEREAS article 14(7) of the Convention provides:

        > "Each Party shall, in appropriate cases, consider not holding victims of trafficking in persons criminally or administratively liable, for unlawful acts committed by them."

        NOW, THEREFORE, be it enacted as follows:

        ## Section 3. Non-punishment

        A victim of trafficking shall not be arrested, detained, prosecuted or punished for any unlawful act committed as a direct result of being trafficked.
      `,
    },
    {
      name: "a duty to decline and to discontinue (Commonwealth)",
      code: md`
        ## 28. Victims

        The prosecutor shall not institute, and shall discontinue, proceedings against a victim of trafficking for an offence committed as a direct result of being trafficked.
      `,
    },
    {
      name: "the victim's own 'may apply' to stay proceedings (Commonwealth)",
      code: md`
        ## 29. Victims

        (1) A victim of trafficking shall not be prosecuted for an offence committed as a direct result of being trafficked.

        (2) A victim may apply to the court to have any proceedings stayed.
      `,
    },
    {
      name: "an exemption as a duty (civil law)",
      code: md`
        ## 30. Victims

        A victim of trafficking shall be exempt from punishment for any offence committed as a direct result of being trafficked.
      `,
    },
    {
      name: "'shall decline to institute' (ASEAN)",
      code: md`
        ## 31. Victims

        The Director shall decline to institute proceedings against a victim of trafficking for an offence committed as a direct result of being trafficked.
      `,
    },
    {
      name: "a victim released from detention who may withdraw from proceedings (Pacific)",
      code: md`
        ## 32. Victims

        (1) A victim of trafficking shall not be prosecuted for an offence committed as a direct result of being trafficked.

        (2) A victim held in detention shall be released from detention at once, and may withdraw from any proceedings in which the victim is a witness.
      `,
    },
  ],
  invalid: [
    {
      name: 'an exemption the victim "shall be considered for" is a discretion, though written with "shall" (Viet Nam style, own words)',
      code: md`
        ### Article 10

        A trafficked person who breaks the law because of the trafficking shall be considered for exemption from, or mitigation of, liability under the general law.
      `,
      errors: [{ text: 'shall be considered for exemption', severity: 'warning' }],
    },
    {
      name: 'a qualifier that leaves the protection to each case: "according to the nature and circumstances of each case" (own words)',
      code: md`
        ### Article 10

        According to the nature and circumstances of each case, a trafficked person shall be exempt from liability for any offence committed as a direct result of being trafficked.
      `,
      errors: [{ text: 'According to the nature and circumstances of each case', severity: 'warning' }],
      output: md`
        ### Article 10

        A trafficked person shall be exempt from liability for any offence committed as a direct result of being trafficked.
      `,
    },
    {
      name: '"sanction" is the Nordic codes\' word for punishment: "the judge may waive the sanction" (own words)',
      code: md`
        **Chapter 29, Section 7**

        If a person offended because he or she had been trafficked, the judge may waive the sanction where imposing it would be plainly unfair.
      `,
      errors: [{ text: 'judge may waive', severity: 'warning' }],
    },
    {
      name: 'a duty to weigh whether the person is a victim, the decision to prosecute named first (Irish style, own words)',
      code: md`
        ## 12. Decisions to charge victims

        In deciding whether charging a person is in the public interest, the Director shall have regard to whether the person was a victim of trafficking and offended because of it.
      `,
      errors: [{ text: 'shall have regard to whether the person was a victim', severity: 'warning' }],
    },
    {
      name: 'a duty only to weigh victim status when deciding whether to prosecute is discretion in mandatory form (own words)',
      code: md`
        ## 30. Decisions to prosecute

        The Director of Public Prosecutions shall attach appropriate weight to the fact that a suspect is a victim of trafficking when deciding whether to prosecute the suspect for an offence arising from the trafficking.
      `,
      errors: [{ text: 'shall attach appropriate weight to the fact that a suspect is a victim', severity: 'warning' }],
    },
    {
      name: 'the modal belongs to the main verb: "A magistrate before whom ... appears may discharge" (own words)',
      code: md`
        ## 12. Discharge of trafficked persons

        A magistrate to which a trafficked person is brought on a charge may discharge that person without conviction if the offence arose from the trafficking.
      `,
      errors: [{ text: 'magistrate to which a trafficked person is brought on a charge may discharge', severity: 'warning' }],
    },
    {
      name: 'the civil-law remission of punishment left to the court: "the court may remit the punishment" (own words)',
      code: md`
        ### Article 77

        The court may remit the punishment of a trafficked person who committed an offence as a direct result of being trafficked.
      `,
      errors: [{ text: 'court may remit', severity: 'warning' }],
    },
    {
      name: 'an exemption by the decision of an official, named between commas, is a discretion (own words)',
      code: md`
        ### Article 20

        A trafficked person may be exempted, by order of the Public Prosecutor, from punishment for offences committed as a direct result of being trafficked.
      `,
      errors: [{ text: 'may be exempted, by order of the Public Prosecutor, from', severity: 'warning' }],
    },
    {
      name: 'a qualifier before "may not" (Viet Nam style): the fix deletes it and writes "shall not", never leaving the ambiguous "may not"',
      code: md`
        ## Article 8

        2. In appropriate cases, a victim whose unlawful acts are a direct result of being trafficked may not be subject to administrative sanctions or criminal prosecution for those acts.
      `,
      errors: [{ text: 'In appropriate cases', severity: 'warning' }],
      output: md`
        ## Article 8

        2. A victim whose unlawful acts are a direct result of being trafficked shall not be subject to administrative sanctions or criminal prosecution for those acts.
      `,
    },
    {
      name: '"may not" in a bill that writes its duties with "must" (Southern African style): the fix writes "must not", the bill\'s own modal',
      code: md`
        ## 19. Non-prosecution of trafficked persons

        (1) A trafficked person may not be prosecuted for any offence that person committed as a direct consequence of being trafficked.

        (2) A prosecutor who learns that subsection (1) may apply must withdraw the charge.
      `,
      errors: [{ text: 'may not be prosecuted', severity: 'info' }],
      output: md`
        ## 19. Non-prosecution of trafficked persons

        (1) A trafficked person must not be prosecuted for any offence that person committed as a direct consequence of being trafficked.

        (2) A prosecutor who learns that subsection (1) may apply must withdraw the charge.
      `,
    },
    {
      name: '"may not" in a bill that writes its duties with "shall": the fix writes "shall not"',
      code: md`
        ## 19. Non-prosecution of trafficked persons

        (1) A trafficked person may not be prosecuted for any offence that person committed as a direct consequence of being trafficked.

        (2) A prosecutor who learns that subsection (1) may apply shall withdraw the charge.
      `,
      errors: [{ text: 'may not be prosecuted', severity: 'info' }],
      output: md`
        ## 19. Non-prosecution of trafficked persons

        (1) A trafficked person shall not be prosecuted for any offence that person committed as a direct consequence of being trafficked.

        (2) A prosecutor who learns that subsection (1) may apply shall withdraw the charge.
      `,
    },
    {
      name: 'a leading qualifier (Pacific): deleted by the fix',
      code: md`
        ## 14. Protection of victims from punishment

        In appropriate cases, a victim of trafficking shall not be arrested, detained, prosecuted or punished for any offence committed as a direct result of being trafficked.
      `,
      errors: [{ text: 'In appropriate cases', severity: 'warning', message: /leaves it to the authorities' discretion/ }],
      output: md`
        ## 14. Protection of victims from punishment

        A victim of trafficking shall not be arrested, detained, prosecuted or punished for any offence committed as a direct result of being trafficked.
      `,
    },
    {
      name: 'a parenthetical qualifier (African): deleted with its commas',
      code: md`
        ## 49. Non-punishment of victims

        A victim of trafficking shall, where the circumstances so justify, not be detained or prosecuted for offences related to being a victim of trafficking.
      `,
      errors: [{ text: 'where the circumstances so justify', severity: 'warning' }],
      output: md`
        ## 49. Non-punishment of victims

        A victim of trafficking shall not be detained or prosecuted for offences related to being a victim of trafficking.
      `,
    },
    {
      name: "prosecution with a Minister's written approval (ASEAN): no automatic fix",
      code: md`
        ## 41. Victims not to be prosecuted

        No criminal proceedings shall be taken against a trafficked person for any offence committed as a direct result of being trafficked, except with the written approval of the Minister of Justice.
      `,
      errors: [{ text: 'except with the written approval of the Minister', severity: 'warning', message: /permission/ }],
      output: null,
    },
    {
      name: '"should not be prosecuted" in a Mekong agreement: "shall"',
      code: md`
        ## Article 8

        Victims of trafficking in persons should not be prosecuted for illegal entry or for any other offences arising as a direct consequence of trafficking in persons.
      `,
      errors: [{ text: 'should not be prosecuted', severity: 'warning' }],
      output: md`
        ## Article 8

        Victims of trafficking in persons shall not be prosecuted for illegal entry or for any other offences arising as a direct consequence of trafficking in persons.
      `,
    },
    {
      name: 'a prosecutor who may dispense with prosecution (civil-law code)',
      code: md`
        **Section 154c — Victims of trafficking**

        Where a victim of trafficking in human beings reports the offence, the public prosecution office may dispense with prosecuting an offence which the victim committed.
      `,
      errors: [{ text: 'may dispense with', severity: 'warning' }],
    },
    {
      name: 'a bare "may not be prosecuted" (US state): information, with "shall not" offered',
      code: md`
        **Section 3. Safe harbor.** A victim of trafficking may not be prosecuted for any offense committed as a direct result of being trafficked.
      `,
      errors: [{ text: 'may not be prosecuted', severity: 'info', message: /Write "shall not be prosecuted"/ }],
      output: md`
        **Section 3. Safe harbor.** A victim of trafficking shall not be prosecuted for any offense committed as a direct result of being trafficked.
      `,
    },
    {
      name: 'a treaty article that is the document (Council of Europe): addressed to States',
      code: md`
        Article 26

        Each Party shall provide for the possibility of not imposing penalties on victims for their involvement in unlawful activities, to the extent that they have been compelled to do so.
      `,
      errors: [{ text: 'provide for the possibility of not imposing penalties', severity: 'warning', message: /^This is treaty wording addressed to States/ }],
    },
    {
      name: "a prosecutor's power to refrain, with a parenthesis (Commonwealth, the lead's probe p5 paraphrased)",
      code: md`
        ## 27. Victims not to be prosecuted

        The Director of Public Prosecutions may, taking into account the circumstances of the case, refrain from prosecuting a victim of trafficking for an offence committed as a direct result of being trafficked.
      `,
      errors: [
        { text: "may, taking into account the circumstances of the case, refrain from", severity: "warning", message: /discretion/ },
      ],
    },
    {
      name: "'may be released from criminal liability' (post-Soviet codes)",
      code: md`
        ## Article 127

        A victim of trafficking who has committed an offence as a direct result of being trafficked may be released from criminal liability.
      `,
      errors: [
        { text: "may be released from", severity: "warning", message: /discretion/ },
      ],
    },
    {
      name: "a court's power to discharge a victim found guilty (Caribbean)",
      code: md`
        ## 33. Discharge of victims

        Where a victim of trafficking is found guilty of an offence committed as a direct result of being trafficked, the court may discharge the victim without imposing any penalty.
      `,
      errors: [
        { text: "court may discharge", severity: "warning", message: /discretion/ },
      ],
    },
    {
      name: "'is not obliged to prosecute' (civil law)",
      code: md`
        ## Article 8

        The prosecuting authority is not obliged to prosecute a victim of trafficking for acts committed as a result of being trafficked.
      `,
      errors: [
        { text: "is not obliged to prosecute", severity: "warning", message: /discretion/ },
      ],
    },
    {
      name: "a public-interest exception (Commonwealth)",
      code: md`
        ## 11. Non-prosecution

        A victim of trafficking shall not be prosecuted for an offence committed as a direct result of being trafficked unless the prosecution is in the public interest.
      `,
      errors: [
        { text: "unless the prosecution is in the public interest", severity: "warning", message: /discretion/ },
      ],
    },
    {
      name: "'may be exempted from punishment' (civil law)",
      code: md`
        ## Article 22

        Victims of trafficking may be exempted from punishment for offences committed as a direct result of being trafficked.
      `,
      errors: [
        { text: "may be exempted from", severity: "warning", message: /discretion/ },
      ],
    },
    {
      name: "a court's power to exempt from punishment (civil law)",
      code: md`
        ## Article 41

        The court may exempt from punishment a victim of trafficking who committed an offence as a direct result of the trafficking.
      `,
      errors: [
        { text: "court may exempt", severity: "warning", message: /discretion/ },
      ],
    },
    {
      name: "a power to waive prosecution in the interest of justice (ASEAN)",
      code: md`
        ## 18. Non-prosecution

        The public prosecutor may, in the interest of justice, waive the prosecution of a trafficked person for any offence committed as a direct result of being trafficked.
      `,
      errors: [
        { text: "may, in the interest of justice, waive the prosecution", severity: "warning", message: /discretion/ },
      ],
    },
    {
      name: "a power to discontinue proceedings (African)",
      code: md`
        ## 16. Discontinuance

        The Attorney-General may discontinue proceedings against a victim of trafficking for an offence committed as a direct result of being trafficked.
      `,
      errors: [
        { text: "may discontinue proceedings", severity: "warning", message: /discretion/ },
      ],
    },
  ],
});

runHeldOutCases(discretionaryProtection, { minTraditions: 4 });

describe('discretionary-protection: a provision cut short after its qualifier', () => {
  // A property-test counterexample (a real provision cut off by a random mutation): the fix that deletes
  // an opening qualifier reached one character past the end of the text to capitalise the next word.
  it('offers no fix whose edit reaches past the end of the text', () => {
    const text = '# Trafficking in Persons Act\n\n**Article 49. Non-punishment of victims of trafficking.**\nwhere the circumstances so justify,\n';
    const findings = lint(text, { only: ['discretionary-protection'] }).findings;
    assert.equal(findings.length, 1, 'the qualifier is still reported');
    for (const f of findings) for (const fix of f.fixes) for (const e of fix.edits) assert.ok(e.start >= 0 && e.end <= text.length && e.start <= e.end, JSON.stringify(e));
  });
});
