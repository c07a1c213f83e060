import { closedOffenceList } from './index.js';
import { md, runRuleTests } from '../../../../test/rule-tester.js';
import { runHeldOutCases } from '../../../../test/held-out.js';
import { quoteWords } from '../util.js';
import { strict as assert } from 'node:assert';
import { lint } from '../../lint.js';
import { applyEdits } from '../../fix.js';

runRuleTests(closedOffenceList, {
  valid: [
    {
      name: 'a person who engaged in "conduct that was a direct result of" the trafficking: a link, not a list (own words)',
      code: md`
        ## 12. Victims

        A person who engaged in conduct that was a direct result of being trafficked, or which would be an offence only because of the person's immigration status, shall not be prosecuted for it.
      `,
    },
    {
      name: 'relief in another section for "an offence mentioned in section 25", where section 25 covers any offence: it follows section 25, and is open (own words)',
      code: md`
        # Victims Bill

        ## 25. Trafficked persons not liable

        A trafficked person shall not be liable to prosecution for any offence, including unlawful entry, where the offence is the direct consequence of the trafficking.

        ## 26. Records

        A person convicted of an offence mentioned in section 25 may apply to have the record of the conviction expunged.
      `,
    },
    {
      name: 'record relief for "an offence mentioned in subsection (1)" inherits the provision\'s own scope, judged where it is stated: no second finding (own words)',
      code: md`
        ## 25. Non-liability

        (1) A trafficked person shall not be prosecuted for any offence committed as a direct result of being trafficked.

        (2) A person convicted of an offence mentioned in subsection (1) may apply to the High Court to have the conviction set aside.
      `,
    },
    {
      name: 'record relief open to a person convicted of any offense, named where the application is (own words)',
      code: md`
        ## Sec. 4. Motion to vacate

        (a) A person convicted of any offense may apply to the court to vacate the conviction.

        (b) The court shall vacate the conviction if it finds that the offense was a direct result of the person's being trafficked.
      `,
    },
    {
      name: 'a code citation beside "any offense" that the trafficking caused is only an example (own words)',
      code: md`
        ## 16-6-13.3 Victims of trafficking

        A victim of trafficking shall not be prosecuted for any offense committed as a direct result of being trafficked, including an offense under Code Section 16-6-9.
      `,
    },
    {
      name: 'a list of the kinds of penalty kept away names no offences: "any criminal, administrative, civil or immigration penalty or sanction" (probe round 5: the NP006 fix\'s own words were flagged, so fix-all never settled)',
      code: md`
        ## 4. Defence

        (1) It is a defence for a person charged with an offence that the offence was committed as a direct result of being trafficked.

        (2) Where subsection (1) applies to an act done by a person, the person shall not be made subject to any civil, immigration or administrative sanction or measure.
      `,
    },
    {
      name: 'a mandatory general protection beside a discretion for listed offences is open (own words)',
      code: md`
        ## 6. Victims not to be prosecuted

        (1) A trafficked person shall not be prosecuted for any offence committed as a direct result of being trafficked.

        (2) The Director may also decide not to prosecute a trafficked person for loitering.
      `,
    },
    {
      name: '"the penalty prescribed by law" names no delegated category (own words)',
      code: md`
        ## 12. Non-liability

        A victim of trafficking shall not suffer the penalty prescribed by law for any offence committed as a direct result of being trafficked.
      `,
    },
    {
      name: 'Kenya s.14 style: any criminal act that was a direct result',
      code: md`
        ## 14. Victim immunity from prosecution

        A victim of trafficking in persons shall not be criminally liable for any criminal act that was a direct result of being trafficked.
      `,
    },
    {
      name: 'list introduced by "including" after a general class',
      code: md`
        ## 9. Non-punishment

        A trafficked person is not to be prosecuted for offences, including—
        (a) entering the country without leave;
        (b) remaining after a visa has expired; and
        (c) carrying a false passport,
        that the person committed as a direct consequence of the trafficking.
      `,
    },
    {
      name: 'list opened by "such as"',
      code: md`
        **21. Protection of victims.** No victim of human trafficking may be punished for unlawful acts such as begging, theft or the use of forged documents, where the acts are directly related to the trafficking.
      `,
    },
    {
      name: 'list closed by a catch-all "or any other offence"',
      code: md`
        ### Article 12 — Non-liability

        Victims of trafficking shall not be prosecuted or detained for illegal entry, unlawful residence, or any other offence committed as a direct result of their having been trafficked.
      `,
    },
    {
      name: 'immigration and prostitution named with an "in particular" after a general class',
      code: md`
        ## 30. Exemption from liability

        A person who has been trafficked is exempt from criminal and administrative liability for any offence, in particular immigration and prostitution offences, arising from the trafficking.
      `,
    },
    {
      name: 'one class beside the wider one covers all offending: "misdemeanours and felonies", "administrative or criminal offences"',
      code: md`
        ## 12. Victims not to be punished

        (1) A person who was trafficked shall not be punished for misdemeanours and felonies that the person committed as a direct result of the trafficking.

        (2) Nor shall the person incur any penalty for administrative or criminal offences so committed.
      `,
    },
    {
      name: 'a class of lesser offences is left to serious-offence-exclusion (one finding for one defect)',
      code: md`
        ## 35. Non-prosecution

        A victim of trafficking shall not be prosecuted for petty offences committed as a direct result of being trafficked.
      `,
    },
    {
      name: '"No proceedings ... shall lie" for any offence: open',
      code: md`
        ## 42. Immunity of victims

        No proceedings, whether criminal, administrative or for removal, shall lie against a victim of trafficking in respect of any offence committed as a direct result of being trafficked.
      `,
    },
    {
      name: 'a bill without a non-punishment provision',
      code: md`
        ## 5. Offence of trafficking

        A person who recruits another for the purpose of exploitation commits an offence and is liable on conviction to imprisonment for fifteen years.
      `,
    },
    {
      name: 'a second, narrower sentence beside a general protection (Philippines s.17 shape)',
      code: md`
        ## 17. Legal protection to trafficked persons

        Trafficked persons shall not be penalized for unlawful acts committed as a direct result of being trafficked. Victims trafficked for prostitution shall not be prosecuted under the vagrancy law.
      `,
    },
    {
      name: 'a victim not to be detained in a shelter (assistance, not non-punishment)',
      code: md`
        ## 22. Shelter

        A victim shall not be detained in a shelter against his or her will.
      `,
    },
    {
      name: '"any criminal offence, including any migration-related offence" (South African shape, paraphrased)',
      code: md`
        ## 19. Non-liability

        A victim of trafficking is not liable to stand trial for any criminal offence, including any migration-related offence, that was committed as a direct result of being trafficked.
      `,
    },
  ],
  invalid: [
    {
      name: 'a safe harbour for a child who engaged in "conduct that would be a violation of" one code section: the reference closes it (own words; probe round 7, US state)',
      code: md`
        ## 260B.07. Youth not adjudicated

        A child under the age of 18 who is alleged to have engaged in conduct that would be a violation of section 609.324 (prostitution) may not be found delinquent for that conduct.
      `,
      errors: [{ text: 'conduct that would be a violation of section 609.324 (prostitution)', severity: 'error', message: /by reference/ }],
      output: null,
    },
    {
      name: 'a protection for offences under another Act, with no wording offered: the message says why and what to write instead (own words; drafter review 8)',
      code: md`
        ## 9. Victims not prosecuted

        A trafficked person shall not be prosecuted for an offence under the Aliens Act committed as a direct result of being trafficked.
      `,
      errors: [{ text: 'an offence under the Aliens Act', severity: 'error', message: /\. No wording is offered: a protection tied to offences named by reference often sits in, or amends, the law that creates those offences, where a protection for every offence may not belong, so replace the reference with "any offence committed as a direct result of being trafficked" \(naming the offences after "including" if they help\) or state that protection in a section of its own\.$/ }],
      output: null,
    },
    {
      name: 'a US defense for offenses under another Act: the reason given in the bill\'s spelling, "any offense" (own words)',
      code: md`
        ## Sec. 3. Defense

        In a prosecution for an offense under the Controlled Substances Act, it is a defense that the defendant committed the offense as a direct result of being a victim of human trafficking.
      `,
      errors: [{ text: 'an offense under the Controlled Substances Act', severity: 'error', message: /replace the reference with "any offense committed as a direct result of being trafficked"/ }],
      output: null,
    },
    {
      name: 'a protection limited by a term its section defines as two offences: no wording, and the message says the limit is in the definition (own words)',
      code: md`
        ## 4. Street offences

        (1) A victim of trafficking is not guilty of a street offence if the victim committed it as a direct result of being trafficked.

        (2) In this section "street offence" means an offence of begging or of loitering in a public place.
      `,
      errors: [{ text: 'an offence of begging or of loitering in a public place', severity: 'error', message: /No wording is offered: the limit lies in the definition of "street offence", which other words of the bill may rely on, so replace "street offence" in the protection with "any offence committed as a direct result of being trafficked" and keep the definition only if something else still uses it\.$/ }],
      output: null,
    },
    {
      name: 'a sentence of its own limiting the section to offences under one Act: no wording, and the message says why (own words)',
      code: md`
        ## 12. Non-liability

        (1) A trafficked person shall not be criminally liable for an offence committed as a direct result of being trafficked.

        (2) This section applies only to offences under the Immigration Act.
      `,
      errors: [{ text: 'offences under the Immigration Act', severity: 'error', message: /No wording is offered: the limit is a sentence of its own, and leaving it out may change what the rest of the provision covers/ }],
      output: null,
    },
    {
      name: 'record relief whose eligible convictions are named where the application is: "A person convicted of an offense under chapter 5 (prostitution) may apply" (US vacatur, own words; probe round 5)',
      code: md`
        ## Sec. 4. Motion to vacate

        (a) A person convicted of an offense under chapter 5 (prostitution and related offenses) may apply to the court to vacate the conviction.

        (b) The court shall vacate the conviction if it finds that the offense was a direct result of the person's being trafficked.
      `,
      errors: [{ text: 'an offense under chapter 5 (prostitution and related offenses)', severity: 'error' }],
    },
    {
      name: 'a code section cited in a US state\'s own style ("under RSA 645:2", with the kind glossed in brackets) names the offences covered (own words; probe round 5)',
      code: md`
        ## 645:3 Minors not to be charged

        A person under 18 years of age who is a victim of trafficking shall not be arrested or prosecuted for an offense under RSA 645:2 (prostitution and related offenses).
      `,
      errors: [{ text: 'an offense under RSA 645:2 (prostitution and related offenses)', severity: 'error' }],
    },
    {
      name: '"his or her irregular situation" is the francophone term for unlawful immigration status: one kind of offence (own words; probe round 5)',
      code: md`
        ## Article 12. Victims not prosecuted

        A victim of trafficking shall not be prosecuted for offences relating to his or her irregular situation in the national territory.
      `,
      errors: [{ text: 'offences relating to his or her irregular situation in the national territory', severity: 'error' }],
    },
    {
      name: 'a penalty kept away only for one kind of offence still names the offences: "any penalty for immigration offences" (own words)',
      code: md`
        ## 4. Victims not penalised

        A trafficked person shall not be made subject to any penalty or sanction for immigration offences committed as a direct result of being trafficked.
      `,
      errors: [{ text: 'immigration offences', severity: 'error' }],
    },
    {
      name: 'a defence whose own condition is a content clause about "the offense" ("that the defendant committed the offense as a direct result of ..."): "any offense, including", the condition said once and not moved (own words)',
      code: md`
        ### Section 2. Defense.

        (a) It is a defense to a prosecution for begging or sleeping rough that the defendant committed the offense as a direct result of being a victim of human trafficking.
      `,
      errors: [{ text: 'begging or sleeping rough' }],
      output: md`
        ### Section 2. Defense.

        (a) It is a defense to a prosecution for any offense, including begging or sleeping rough that the defendant committed the offense as a direct result of being a victim of human trafficking.
      `,
    },
    {
      name: 'a link that is only temporal ("committed while under the control of ...") keeps the listed offences; the catch-all after it states causation, once (own words)',
      code: md`
        ## 8. Victims

        A person who has been trafficked shall not be penalised for immigration offences committed while under the control of the traffickers.
      `,
      errors: [{ text: 'immigration offences' }],
      output: md`
        ## 8. Victims

        A person who has been trafficked shall not be penalised for immigration offences committed while under the control of the traffickers, or for any other offence committed as a direct result of being trafficked.
      `,
    },
    {
      name: 'a list of doings ("for working or staying in the country without a permit") is continued by "or for any other offence" (own words)',
      code: md`
        ## 8. Victims

        A trafficked person shall not be punished for working or staying in the country without a permit.
      `,
      errors: [{ text: 'working or staying in the country without a permit' }],
      output: md`
        ## 8. Victims

        A trafficked person shall not be punished for working or staying in the country without a permit, or for any other offence committed as a direct result of being trafficked.
      `,
    },
    {
      name: 'a protected class the bill defines without trafficking: the catch-all links to that class, never to a status the bill does not use (own words)',
      code: md`
        ## 2. Definitions

        In this Act, "victim of sexual exploitation" means a person made to provide sexual services by force, fraud or deception.

        ## 7. Victims not punished

        A victim of sexual exploitation shall not be punished for soliciting.
      `,
      errors: [{ text: 'soliciting' }],
      output: md`
        ## 2. Definitions

        In this Act, "victim of sexual exploitation" means a person made to provide sexual services by force, fraud or deception.

        ## 7. Victims not punished

        A victim of sexual exploitation shall not be punished for soliciting or any other offence committed as a direct result of being a victim of sexual exploitation.
      `,
    },
    {
      name: 'violations of named laws with their own link ("arising out of the exploitation"): the link moves before "including", said once, and the violations stay violations (own words)',
      code: md`
        ## 8. Victims

        A victim shall not be fined for violations of the immigration laws arising out of the exploitation.
      `,
      errors: [{ text: 'violations of the immigration laws' }],
      output: md`
        ## 8. Victims

        A victim shall not be fined for any offence or violation arising out of the exploitation, including violations of the immigration laws.
      `,
    },
    {
      name: 'a lettered list whose last paragraph is joined by "or": the new paragraph takes the "or", and the chapeau\'s noun (own words)',
      code: md`
        ## 5. Non-liability

        No trafficked person shall be convicted of any of the following offences:

        (a) overstaying a visa;

        (b) working without a permit; or

        (c) using a false name.
      `,
      errors: [{ text: 'any of the following offences:\n\n(a) overstaying a visa;\n\n(b) working without a permit; or\n\n(c) using a false name' }],
      output: md`
        ## 5. Non-liability

        No trafficked person shall be convicted of any of the following offences:

        (a) overstaying a visa;

        (b) working without a permit;

        (c) using a false name; or

        (d) any other offence committed as a direct result of being trafficked.
      `,
    },
    {
      name: 'a civil-law list opened by "the following offences" and set out as 1°, 2° paragraphs is closed (own words)',
      code: md`
        ### Article 8

        Persons who have been trafficked shall not be penalised for the following offences, where they were made to commit them:

        1° entering the country without a visa;

        2° carrying a forged passport.
      `,
      errors: [{ text: 'the following offences', severity: 'error' }],
    },
    {
      name: 'the same list with (a), (b) paragraphs is closed (own words)',
      code: md`
        ### Article 8

        Trafficked persons are not liable to punishment for the following offences, if the offences arose from their trafficking:

        (a) begging in the street;

        (b) working without a permit.
      `,
      errors: [{ text: 'the following offences', severity: 'error' }],
    },
    {
      name: 'a mandatory closed list stays closed beside a discretion not to prosecute "any other offence" (own words)',
      code: md`
        ## 6. Victims not to be prosecuted

        (1) A trafficked person shall not be prosecuted for an offence under the Immigration Act or the Vagrancy Act committed as a direct result of being trafficked.

        (2) The Director may decide not to prosecute a trafficked person for any other offence.
      `,
      errors: [{ text: 'an offence under the Immigration Act or the Vagrancy Act', severity: 'error' }],
    },
    {
      name: 'offences left to the Minister to prescribe are a closed category (own words)',
      code: md`
        ## 12. Non-liability

        A victim of trafficking is not criminally liable for an offence of a kind specified by the Minister by order, where the victim committed it as a direct result of being trafficked.
      `,
      errors: [{ text: 'an offence of a kind specified by the Minister by order', severity: 'error' }],
    },
    {
      name: 'offences of an administrative nature only (own words)',
      code: md`
        ## Article 9. Victims

        A victim of trafficking shall not be held responsible for offences of an administrative nature committed as a direct consequence of the trafficking.
      `,
      errors: [{ text: 'offences of an administrative nature' }],
    },
    {
      name: '"under the Immigration Act" after the person: the law\'s name, not an act (own words)',
      code: md`
        ## 20. Victims

        No prosecution shall be brought against a victim of trafficking under the Immigration Act for anything done as a result of being trafficked.
      `,
      errors: [{ text: 'under the Immigration Act', message: /by reference/ }],
    },
    {
      name: 'a condition opened by "provided the ..." ends the list (own words)',
      code: md`
        ## Article 11. Victims

        The victim shall be exempted from the penalties prescribed for violations of the residency and labour laws, provided the violation arose from the trafficking.
      `,
      errors: [{ text: 'violations of the residency and labour laws' }],
    },
    {
      name: 'protection only for administrative offences (a class by branch of law), in our own words',
      code: md`
        **157A. Protection of trafficked persons**

        A person who has been trafficked is not liable to any penalty for administrative offences arising out of the trafficking.
      `,
      errors: [{ text: 'administrative offences', message: /one kind of offence/ }],
      output: md`
        **157A. Protection of trafficked persons**

        A person who has been trafficked is not liable to any penalty for any offence arising out of the trafficking.
      `,
    },
    {
      name: 'protection only for misdemeanours, or only for contraventions (a class by grade)',
      code: md`
        ## 27. Exemption from punishment

        (1) Victims of trafficking in persons shall be exempt from punishment for the misdemeanours they commit as a direct consequence of being trafficked.

        ## 28. Non-punishment of victims

        The victim of trafficking incurs no penalty for contraventions committed as a result of the trafficking.
      `,
      errors: [{ text: 'the misdemeanours they commit' }, { text: 'contraventions' }],
      output: md`
        ## 27. Exemption from punishment

        (1) Victims of trafficking in persons shall be exempt from punishment for any offence they commit as a direct consequence of being trafficked.

        ## 28. Non-punishment of victims

        The victim of trafficking incurs no penalty for any offence committed as a result of the trafficking.
      `,
    },
    {
      name: 'a defence for a misdemeanor only: the class gives way to "any offense", keeping the defence\'s own condition whole',
      code: md`
        ## Sec. 5. Affirmative defense

        It is an affirmative defense to a prosecution for a misdemeanor that the defendant committed the offense as a direct result of being a victim of human trafficking.
      `,
      errors: [{ text: 'a misdemeanor' }],
      output: md`
        ## Sec. 5. Affirmative defense

        It is an affirmative defense to a prosecution for any offense that the defendant committed the offense as a direct result of being a victim of human trafficking.
      `,
    },
    {
      name: 'a class illustrated, then its link after the examples: the link moves before "including" and is said once (own words)',
      code: md`
        ## 8. Victims not prosecuted

        No victim of trafficking shall be prosecuted for any immigration offence, including entering without leave or overstaying a visa, committed as a direct consequence of the trafficking.
      `,
      errors: [{ text: 'any immigration offence, including entering without leave or overstaying a visa' }],
      output: md`
        ## 8. Victims not prosecuted

        No victim of trafficking shall be prosecuted for any offence committed as a direct consequence of the trafficking, including any immigration offence, such as entering without leave or overstaying a visa.
      `,
    },
    {
      name: 'a kind of offence, then "which the person committed as a result of ...": the link governs any offence and is said once (own words)',
      code: md`
        ## 21. Non-liability

        A trafficked person shall not be convicted for any offence relating to begging or to vagrancy which the person committed as a result of having been trafficked.
      `,
      errors: [{ text: 'any offence relating to begging or to vagrancy which the person' }],
      output: md`
        ## 21. Non-liability

        A trafficked person shall not be convicted for any offence which the person committed as a result of having been trafficked, including any offence relating to begging or to vagrancy.
      `,
    },
    {
      name: 'relief from administrative fines: the catch-all keeps the category ("offence or infringement"), in our own words',
      code: md`
        ### Article 6

        Victims of trafficking shall not be subject to administrative penalties for staying in the country without a residence permit or for working without a work permit.
      `,
      errors: [{ text: 'staying in the country without a residence permit or for working without a work permit' }],
      output: md`
        ### Article 6

        Victims of trafficking shall not be subject to administrative penalties for staying in the country without a residence permit or for working without a work permit, or for any other offence or infringement committed as a direct result of being trafficked.
      `,
    },
    {
      name: 'a list of negatives goes on with "nor", never a stray "or" (own words)',
      code: md`
        **Article 14.** A trafficked person shall not be punished for unlawful entry, nor for holding a forged visa.
      `,
      errors: [{ text: 'unlawful entry, nor for holding a forged visa' }],
      output: md`
        **Article 14.** A trafficked person shall not be punished for unlawful entry, nor for holding a forged visa, nor for any other offence committed as a direct result of being trafficked.
      `,
    },
    {
      name: 'a condition straight after the list is set off by a comma after the catch-all (own words)',
      code: md`
        ## 4. Children

        A child shall not be prosecuted for soliciting or for loitering to solicit if the child was a victim of trafficking at the time.
      `,
      errors: [{ text: 'soliciting or for loitering to solicit' }],
      output: md`
        ## 4. Children

        A child shall not be prosecuted for soliciting or for loitering to solicit, or for any other offence committed as a direct result of being trafficked, if the child was a victim of trafficking at the time.
      `,
    },
    {
      name: 'paragraphs that end the sentence: the catch-all is the list\'s next paragraph, never inside its last one nor an unnumbered line, and names what the chapeau names (own words)',
      code: md`
        **12.** A victim of trafficking shall not be detained or penalised in respect of any of these acts:

        (a) entering the country unlawfully;

        (b) using a forged passport.
      `,
      errors: [{ text: 'any of these acts:\n\n(a) entering the country unlawfully;\n\n(b) using a forged passport' }],
      output: md`
        **12.** A victim of trafficking shall not be detained or penalised in respect of any of these acts:

        (a) entering the country unlawfully;

        (b) using a forged passport;

        (c) any other act committed as a direct result of being trafficked.
      `,
    },
    {
      name: '"No criminal proceedings shall lie ... for [conduct]": the scope of proceedings barred names two acts',
      code: md`
        **31. Immunity of trafficked persons**

        No criminal proceedings shall lie against a trafficked person for being present in the country unlawfully or for working without a permit.
      `,
      errors: [{ text: 'being present in the country unlawfully or for working without a permit' }],
      output: md`
        **31. Immunity of trafficked persons**

        No criminal proceedings shall lie against a trafficked person for being present in the country unlawfully or for working without a permit, or for any other offence committed as a direct result of being trafficked.
      `,
    },
    {
      name: 'the acts named after "a victim of human trafficking for ...": the person\'s name is not part of the list',
      code: md`
        **Article 4. Non-prosecution of victims**

        The Public Prosecution shall not bring a criminal action against a victim of human trafficking for violating the laws regulating the entry, residence and employment of expatriates, where the violation was a direct result of the trafficking.
      `,
      errors: [{ text: 'violating the laws regulating the entry, residence and employment of expatriates' }],
    },
    {
      name: 'an affirmative defence to prostitution only (United States state-law shape, paraphrased)',
      code: md`
        ## 3. Affirmative defense

        It is an affirmative defense to a prosecution for prostitution that the defendant's participation in the offense was a direct result of being a victim of human trafficking.
      `,
      errors: [{ text: 'prostitution' }],
    },
    {
      name: 'the negation on the subject: "No victim ... shall be charged with an offence under the Immigration Act"',
      code: md`
        ## 98E. Victims not to be charged

        No victim of trafficking shall be charged with an offence under the Immigration Act 2009 in respect of his or her entry into the country.
      `,
      errors: [{ text: 'an offence under the Immigration Act 2009 in respect of his or her entry into the country' }],
    },
    {
      // The closing "where such acts are the direct consequence of ..." now governs any offence: the
      // link is not said twice.
      name: 'Brunei/Malaysia shape, list as plain paragraphs',
      code: md`
        ## 25. Non-liability of trafficked person

        A trafficked person shall not be liable to criminal prosecution in respect of—

        (a) his illegal entry into the receiving country;

        (b) his period of unlawful residence in the receiving country; or

        (c) his possession of any fraudulent travel document,

        where such acts are the direct consequence of an act of trafficking.
      `,
      errors: [
        {
          text: '(a) his illegal entry into the receiving country;\n\n(b) his period of unlawful residence in the receiving country; or\n\n(c) his possession of any fraudulent travel document',
          severity: 'error',
          provision: 'Section 25',
          message: /only for the offences listed/,
        },
      ],
      output: md`
        ## 25. Non-liability of trafficked person

        A trafficked person shall not be liable to criminal prosecution in respect of any offence, including—

        (a) his illegal entry into the receiving country;

        (b) his period of unlawful residence in the receiving country; and

        (c) his possession of any fraudulent travel document,

        where the offence is the direct consequence of an act of trafficking.
      `,
    },
    {
      // Drafter review 7, section 3 (NP001 25(2)): a finding with no wording must say why.
      name: 'relief in another section for "an offence mentioned in section 25", a closed list: the finding says it follows section 25, and what to write (own words)',
      code: md`
        # Victims Bill

        ## 25. Trafficked persons not liable

        A trafficked person shall not be liable to prosecution for unlawful entry, unlawful residence or possession of a false passport, where the offence is the direct consequence of the trafficking.

        ## 26. Records

        A person convicted of an offence mentioned in section 25 may apply to have the record of the conviction expunged.
      `,
      errors: [
        { text: 'unlawful entry, unlawful residence or possession of a false passport', severity: 'error' },
        { text: 'an offence mentioned in section 25', severity: 'error', provision: 'Section 26', message: /^Section 26 covers only the offences of section 25 \("an offence mentioned in section 25"\), and section 25 names the offences it covers instead of covering them all\. .*No wording is offered here: extend section 25 to any offence committed as a direct result of being trafficked \(see the finding on it\), and refer here to "an offence to which section 25 applies", so that this provision follows it\.$/ },
      ],
    },
    {
      // Drafter review 7 (C1, Gulf art. 11): "..., or any other offence or violation committed as a direct result of
      // being trafficked, provided the violation arose from the trafficking" stated the link twice.
      name: 'a list followed by its own proviso linking it to the trafficking ("provided the violation resulted from the trafficking"): the catch-all takes no second link (own words)',
      code: md`
        Article 14

        A trafficked person shall be exempted from the penalties laid down for violations of the immigration and employment laws, provided the violation resulted from the trafficking.
      `,
      errors: [{ text: 'violations of the immigration and employment laws', severity: 'error' }],
      output: md`
        Article 14

        A trafficked person shall be exempted from the penalties laid down for violations of the immigration and employment laws, or any other offence or violation, provided the violation resulted from the trafficking.
      `,
    },
    {
      // Drafter review 7 (C9): the bill's own numbering of its list is kept, never relettered.
      name: 'a list numbered "1.", "2.", "3." that ends the sentence (own words): the catch-all is item "4.", and the "or" moves to the item before it',
      code: md`
        ## 30. Trafficked persons not punished

        A trafficked person shall not be punished for any of the following acts:

        1. entering the country unlawfully;
        2. staying after the expiry of a visa; or
        3. using a false travel document.
      `,
      errors: [{ text: 'any of the following acts:\n\n1. entering the country unlawfully;\n2. staying after the expiry of a visa; or\n3. using a false travel document', severity: 'error' }],
      output: md`
        ## 30. Trafficked persons not punished

        A trafficked person shall not be punished for any of the following acts:

        1. entering the country unlawfully;
        2. staying after the expiry of a visa;
        3. using a false travel document; or
        4. any other act committed as a direct result of being trafficked.
      `,
    },
    {
      // Drafter review 7 (A7, C1): "any offence committed as a direct result of being trafficked, including
      // ..., if such act was committed as a direct result of being trafficked" said the condition twice.
      name: 'a run-in list whose condition points back at it ("if such act was committed as a direct result"): the condition names the offence, and the link is stated once (own words)',
      code: md`
        **12. Immigration offences by trafficked persons**

        A trafficked person shall not be prosecuted for entering the country without a visa, for overstaying a permit or for carrying a false identity card, if such act was committed as a direct result of being trafficked.
      `,
      errors: [{ text: 'entering the country without a visa, for overstaying a permit or for carrying a false identity card', severity: 'error' }],
      output: md`
        **12. Immigration offences by trafficked persons**

        A trafficked person shall not be prosecuted for any offence, including entering the country without a visa, overstaying a permit and carrying a false identity card, if the offence was committed as a direct result of being trafficked.
      `,
    },
    {
      name: 'a list of acts followed by "when those acts are the direct consequence of" (civil-law translation, own words): "when the offence is", the link once',
      code: md`
        Article 40

        Victims shall not be prosecuted or sanctioned for unlawful residence, for undeclared work or for begging, when those acts are the direct consequence of their exploitation.
      `,
      errors: [{ text: 'unlawful residence, for undeclared work or for begging', severity: 'error' }],
      output: md`
        Article 40

        Victims shall not be prosecuted or sanctioned for any offence, including unlawful residence, undeclared work and begging, when the offence is the direct consequence of their exploitation.
      `,
    },
    {
      name: 'a US-style list whose proviso says "provided that such conduct has been a direct result of" (own words): the proviso names the offense, spelt as the bill spells it',
      code: md`
        Sec. 3. A victim of human trafficking is not subject to prosecution for loitering, for vagrancy or for trespass, provided that such conduct has been a direct result of the trafficking offense.
      `,
      errors: [{ text: 'loitering, for vagrancy or for trespass', severity: 'error' }],
      output: md`
        Sec. 3. A victim of human trafficking is not subject to prosecution for any offense, including loitering, vagrancy and trespass, provided that the offense has been a direct result of the trafficking offense.
      `,
    },
    {
      // No link to the trafficking is asked for the listed offences: they stay covered as they are, and a
      // catch-all follows them ("including" would make them depend on proof of causation).
      name: 'kinds of offence named in one line (Lao PDR shape, paraphrased)',
      code: md`
        **Article 8. Rights of victims**

        Victims shall not be held criminally liable or detained for prostitution and illegal immigration.
      `,
      errors: [{ text: 'prostitution and illegal immigration', severity: 'error' }],
      output: md`
        **Article 8. Rights of victims**

        Victims shall not be held criminally liable or detained for prostitution and illegal immigration, or any other offence committed as a direct result of being trafficked.
      `,
    },
    {
      name: 'a heading limiting the section to "certain offences": the limiting word goes when the list becomes examples',
      code: md`
        ## 6. Victims not liable for certain offences

        (1) A victim of trafficking shall not be held criminally liable for any immigration offence, or for any offence of loitering or soliciting, where the offence was committed as a direct result of being a victim of trafficking.
      `,
      errors: [{ text: 'any immigration offence, or for any offence of loitering or soliciting' }],
      output: md`
        ## 6. Victims not liable for offences

        (1) A victim of trafficking shall not be held criminally liable for any offence, including any immigration offence and any offence of loitering or soliciting, where the offence was committed as a direct result of being a victim of trafficking.
      `,
    },
    {
      name: 'a run-in heading "Certain offences": the capital passes to the next word when a catch-all is added',
      code: md`
        **8. Specified offences not punishable.** Victims shall not be held criminally liable or detained for prostitution and illegal immigration.
      `,
      errors: [{ text: 'prostitution and illegal immigration', severity: 'error' }],
      output: md`
        **8. Offences not punishable.** Victims shall not be held criminally liable or detained for prostitution and illegal immigration, or any other offence committed as a direct result of being trafficked.
      `,
    },
    {
      // Paraphrase of a Caribbean shape: the closing condition names "the offence", so it governs any offence.
      name: 'two kinds of offence, then "where the offence was committed as a direct result of"',
      code: md`
        ## 6. Victims not liable

        (1) A victim of trafficking shall not be held criminally liable for any immigration offence, or for any offence of loitering or soliciting, where the offence was committed as a direct result of being a victim of trafficking.
      `,
      errors: [{ text: 'any immigration offence, or for any offence of loitering or soliciting' }],
      output: md`
        ## 6. Victims not liable

        (1) A victim of trafficking shall not be held criminally liable for any offence, including any immigration offence and any offence of loitering or soliciting, where the offence was committed as a direct result of being a victim of trafficking.
      `,
    },
    {
      // Paraphrase of a southern African shape: the closing condition names the listed acts again, so it
      // cannot govern other offences; the new words carry the link themselves.
      name: 'a list, then a condition naming the listed acts again ("where the entry, stay or use was ...")',
      code: md`
        **22.** A victim of trafficking shall not be criminally liable for unlawful entry into the Republic, or for the use of a false passport, where the entry or use was a direct consequence of the trafficking.
      `,
      errors: [{ text: 'unlawful entry into the Republic, or for the use of a false passport' }],
      output: md`
        **22.** A victim of trafficking shall not be criminally liable for any offence committed as a direct result of being trafficked, including unlawful entry into the Republic and the use of a false passport, where the entry or use was a direct consequence of the trafficking.
      `,
    },
    {
      // Paraphrase of a US presumption-of-coercion statute: (b) asks about coercion, (a) bars prosecution
      // outright. "including" would make (a)'s offence depend on proof of causation: a catch-all follows it.
      name: 'an outright bar beside a sentence about coercion keeps its listed offence unconditional',
      code: md`
        ## Sec. 5. Minors and prostitution.

        (a) No child under fifteen years of age shall be prosecuted for prostitution.

        (b) In a prosecution of a person aged fifteen to seventeen for prostitution, it is presumed that the person was coerced into the offense.
      `,
      errors: [{ text: 'prostitution' }],
      output: md`
        ## Sec. 5. Minors and prostitution.

        (a) No child under fifteen years of age shall be prosecuted for prostitution or any other offense committed as a direct result of being trafficked.

        (b) In a prosecution of a person aged fifteen to seventeen for prostitution, it is presumed that the person was coerced into the offense.
      `,
    },
    {
      // A safe-harbor clause that never spells "offense": its other spellings ("harbor") decide.
      name: 'United States spelling read from the bill\'s other words',
      code: md`
        Sec. 4. Safe harbor. No child under 18 years of age shall be prosecuted for prostitution or loitering. The child shall be referred to a program of services.
      `,
      errors: [{ text: 'prostitution or loitering' }],
      output: md`
        Sec. 4. Safe harbor. No child under 18 years of age shall be prosecuted for prostitution or loitering, or any other offense committed as a direct result of being trafficked. The child shall be referred to a program of services.
      `,
    },
    {
      name: 'British spelling read from the bill\'s other words',
      code: md`
        **12.** A child who is a victim of trafficking shall not be prosecuted for begging or vagrancy. The child shall be referred to a programme of care.
      `,
      errors: [{ text: 'begging or vagrancy' }],
      output: md`
        **12.** A child who is a victim of trafficking shall not be prosecuted for begging or vagrancy, or any other offence committed as a direct result of being trafficked. The child shall be referred to a programme of care.
      `,
    },
    {
      name: 'immigration offences "including" examples: still limited to immigration',
      code: md`
        ## 40. Non-punishment

        A victim of trafficking shall not be prosecuted for immigration offences, including overstaying a visa, that result from the trafficking.
      `,
      errors: [{ text: 'immigration offences, including overstaying a visa' }],
    },
    {
      name: 'offences under a named Act only',
      code: md`
        ## 40. Non-punishment

        A victim of trafficking shall not be prosecuted for any offence under the Immigration Act that was a direct result of the trafficking.
      `,
      errors: [{ text: 'any offence under the Immigration Act' }],
    },
    {
      name: '"any of the following acts" with list items',
      code: md`
        ### Section 16 — Protection from action

        The trafficked victim shall not be arrested, detained or punished relating to any of the following acts:

        - (a) illegal entry into or residence in a foreign country;
        - (b) possession of fraudulent travel documents.
      `,
      errors: [{ text: 'any of the following acts:\n\n- (a) illegal entry into or residence in a foreign country;\n- (b) possession of fraudulent travel documents' }],
    },
  ],
});

runHeldOutCases(closedOffenceList);

describe('another provision on "any other offence" linked to the trafficking (drafter review 7, C2)', () => {
  // Own words, after the approach of a law whose next section asks a central body's approval before
  // action "for any other offence connected with the trafficking".
  const bill = md`
    # Trafficking Victims Law

    **21.** A trafficked victim shall not be arrested or punished in respect of any of the following acts:

    (a) crossing the border without a permit;

    (b) working without a licence;

    (c) carrying a false identity card.

    **22.** Where a trafficked victim is to be charged with any other crime related to the trafficking, the police shall first obtain the consent of the Attorney General.
  `;
  const titles = (text: string) => lint(text, { only: ['closed-offence-list'] }).findings.flatMap((f) => f.fixes.map((x) => x.title));
  it('the same fix makes the other provision subject to the extended one (drafter review 8, C4), and the title says so', () => {
    assert.deepEqual(titles(bill), [
      'Extend the protection to any other act committed as a direct result of being trafficked, as a new paragraph (d) (the listed acts stay covered as they are); section 22, on "any other crime related to the trafficking", is made subject to section 21, which then prevails where the two overlap',
    ]);
    const fix = lint(bill, { only: ['closed-offence-list'] }).findings[0]!.fixes[0]!;
    assert.match(applyEdits(bill, fix.edits).text, /\*\*22\.\*\* Subject to section 21, where a trafficked victim is to be charged with any other crime related to the trafficking, the police shall first obtain/);
  });
  it('only states the consequential amendment where the other provision does not open with a plain sentence (a numbered subsection, or already "Notwithstanding ...")', () => {
    const numbered = bill.replace('**22.** Where', '**22.** (1) Where');
    assert.match(titles(numbered)[0]!, /; section 22, on "any other crime related to the trafficking", then needs a consequential amendment$/);
    const yielding = bill.replace('**22.** Where', '**22.** Notwithstanding section 30, where');
    assert.match(titles(yielding)[0]!, /then needs a consequential amendment$/);
  });
  it('says nothing of it where no other provision governs other offences', () => {
    assert.deepEqual(titles(bill.replace(/\*\*22\.\*\*.*\n?/, '')), [
      'Extend the protection to any other act committed as a direct result of being trafficked, as a new paragraph (d) (the listed acts stay covered as they are)',
    ]);
  });
});

describe('a condition after the list naming "the act" (drafter review 8, NP001 #20)', () => {
  it('is made to name the offence once the list becomes examples of any offence, so that it governs every offence (own words, tabular style)', () => {
    const bill = md`
      ## 30. Victims not prosecuted

      A trafficked person shall not be prosecuted in respect of the acts listed in the Schedule, where the act is a direct result of the trafficking.
    `;
    const fix = lint(bill, { only: ['closed-offence-list'] }).findings[0]!.fixes[0]!;
    assert.equal(applyEdits(bill, fix.edits).text, bill.replace('in respect of the acts', 'in respect of any offence, including the acts').replace('where the act is', 'where the offence is'));
  });
});

describe('quoted words end on a word that completes the phrase', () => {
  it('runs on past "the" to the noun, and never past a few words', () => {
    const text = 'in respect of (a) entering the country unlawfully; (b) staying after a visa expires; or (c) the keeping of false papers for travel';
    const q = quoteWords(text, { start: 0, end: text.length }, 90);
    assert.ok(!/\b(?:the|of|or|a) …$/.test(q), q);
    assert.ok(q.length <= 90 + 30 + 2, q);
    assert.match(q, / …$/);
  });
  it('leaves a short quotation whole', () => {
    assert.equal(quoteWords('lies on the accused', { start: 0, end: 19 }, 90), 'lies on the accused');
  });
});
