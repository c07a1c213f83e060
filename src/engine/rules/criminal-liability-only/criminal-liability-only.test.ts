import { criminalLiabilityOnly } from './index.js';
import { md, runRuleTests } from '../../../../test/rule-tester.js';
import { runHeldOutCases } from '../../../../test/held-out.js';
import { patternText } from '../util.js';

// Paraphrases in our own words of provisions from several drafting traditions; none is statute text.
const FORMS = patternText('pattern-forms-of-punishment');

runRuleTests(criminalLiabilityOnly, {
  valid: [
    {
      name: 'civil-law (own words): a second paragraph extends the exemption to administrative offences (probe round 5, h04)',
      code: md`
        Article 12. Exemption of trafficked persons

        1. A trafficked person shall be exempted from criminal liability for an offence committed as a direct result of being trafficked.

        2. The exemption under paragraph 1 applies likewise to administrative offences.
      `,
    },
    {
      name: 'criminal-code Note (own words): the release extends to liability for administrative violations (probe round 5, h05)',
      code: md`
        Article 150. Non-liability of trafficked persons

        1. A trafficked person shall be released from criminal liability for any act done as a consequence of having been trafficked.

        2. The release under point 1 extends to liability for administrative violations.
      `,
    },
    {
      name: 'provincial statute (own words): a second prohibition keeps fines and other penalties away (probe round 5, h11)',
      code: md`
        **4. Victims not to be convicted**

        (1) No person shall be convicted of an offence under a provincial enactment if the act was a direct result of the person having been trafficked.

        (2) No fine, cancellation of a permit or other penalty under a provincial enactment shall be imposed on the person for that act.
      `,
    },
    {
      name: 'francophone translation (own words): "nor have an administrative penalty imposed on her" joins the bar (probe round 5, h01)',
      code: md`
        **Article 30.**

        No trafficked person may be charged, nor have a criminal or administrative penalty imposed on her, for an offence directly linked to the exploitation she suffered.
      `,
    },
    {
      name: 'translation (own words): an exemption from "liability" that no word confines to criminal law is liability of every kind (probe round 5, k05)',
      code: md`
        **Article 8. Victims who break the law**

        A victim who commits an act in breach of the law as a direct result of being trafficked shall be exempt from liability in accordance with the law.
      `,
    },
    {
      name: 'Pacific (own words): no offence, and no such person detained, fined or removed, in one sentence',
      code: md`
        ## 102A. Trafficked persons not to be punished

        A person who is a victim of trafficking does not commit an offence by reason of any act of that person that was a direct result of having been trafficked, and no such person shall be detained, fined or removed from the country for that act.
      `,
    },
    {
      name: 'Pacific (own words): "not liable to any penalty" is any penalty, not a criminal one',
      code: md`
        ## 157A. Protection of trafficked persons

        A person who has been trafficked is not liable to any penalty for any offence committed as a direct result of the trafficking.
      `,
    },
    {
      name: 'Commonwealth: arrest, detention, prosecution and punishment',
      code: md`
        ## 14. Protection of victims

        A victim of trafficking shall not be arrested, detained, prosecuted or punished for any offence committed as a direct result of being trafficked.
      `,
    },
    {
      name: 'civil-law code in translation: "not punishable" is general words',
      code: md`
        Article 5. Non-punishment

        Victims of trafficking in human beings are not punishable for offences they were made to commit as a result of the trafficking.
      `,
    },
    {
      name: 'ASEAN: criminal and administrative liability',
      code: md`
        Article 26. Exemption of victims

        A victim of trafficking shall be exempted from administrative penalties and criminal liability for any act committed as a direct consequence of being trafficked.
      `,
    },
    {
      name: 'Westminster: a criminal-law section beside a section on detention and removal (read together)',
      code: md`
        ## 8. Non-liability of victims

        A victim of trafficking shall not be criminally liable for any offence committed as a direct result of being trafficked.

        ## 9. Immigration status of victims

        A victim of trafficking shall not be detained, removed or deported by reason of any immigration offence committed as a direct result of being trafficked.
      `,
    },
    {
      name: 'civil-law procedure: a duty not to prosecute, and a second paragraph keeping fines and expulsion away',
      code: md`
        Article 12-1. Victims of trafficking

        1. The public prosecutor shall not institute criminal proceedings against a victim of trafficking for any offence committed as a direct consequence of the trafficking.

        2. Administrative and immigration authorities shall not impose any fine, detention, expulsion or other sanction on a victim of trafficking for any act committed as a direct consequence of the trafficking.
      `,
    },
    {
      name: 'US state: record relief is not assessed by this rule',
      code: md`
        **Section 3. Motion to vacate convictions of trafficking victims.** A person convicted of prostitution may file a motion to vacate the conviction if the offense was committed as a result of having been a victim of human trafficking.
      `,
    },
    {
      name: 'a treaty quoted in a preamble is not the bill\'s provision',
      code: md`
        # Anti-Trafficking Bill

        WHEREAS article 4 of the Convention provides:

        > "A victim of trafficking shall not be held criminally liable for offences committed as a direct result of being trafficked."

        NOW, THEREFORE, be it enacted as follows:

        ## 1. Short title

        This Act may be cited as the Anti-Trafficking Act.
      `,
    },
  ],
  invalid: [
    {
      name: 'a court\'s duty to acquit "upon proof by the accused" is made out at trial whatever its form: no bar on arrest and charge is offered, and the message says why (own words; drafter review 7)',
      code: md`
        ## 21A. Acquittal of trafficked persons

        A court shall acquit a person charged with an offence upon proof by the accused that the offence was committed as a direct result of being trafficked.
      `,
      errors: [{ text: 'shall acquit', severity: 'warning', message: /No wording is offered: the protection is a defence that the accused must make out at trial/ }],
    },
    {
      name: 'a rule of non-liability whose reach, for some acts, turns on what the accused proves: no bar is offered and the message names the proof, not "a defence" (own words; drafter review 8, Art. 26)',
      code: md`
        ## Article 9. Exemption of victims

        (1) A person who has been trafficked bears no criminal responsibility for unlawful acts done as a direct result of the trafficking.

        (2) An act done more than a year after the person escaped the traffickers is taken not to be such a result, unless the accused proves the contrary.
      `,
      errors: [{ text: 'bears no criminal responsibility', severity: 'warning', message: /No wording is offered: whether the protection reaches an act can turn on what the accused proves at trial \("the accused proves"\), so it is known only after the arrest and charge/ }],
    },
    {
      name: 'a burden on a person moving to vacate a conviction governs the motion, not the rule of non-liability beside it: the bar is still offered (own words; drafter review 8, Delaware § 787)',
      code: md`
        ## 40. Victims of trafficking

        (a) A victim of trafficking is not criminally liable for any offence committed as a direct result of being trafficked.

        (b) A person convicted of an offence committed as a direct result of being trafficked may move the court to vacate the conviction, and the movant must establish eligibility by a preponderance of the evidence.
      `,
      errors: [{ text: 'is not criminally liable', severity: 'warning' }],
      output: md`
        ## 40. Victims of trafficking

        (a) A victim of trafficking is not criminally liable for any offence committed as a direct result of being trafficked.

        (b) A person convicted of an offence committed as a direct result of being trafficked may move the court to vacate the conviction, and the movant must establish eligibility by a preponderance of the evidence.

        (c) ${FORMS.replace('Where this section applies', 'Where subsection (a) applies').replace('shall not, for', 'must not, for')}
      `,
    },
    {
      name: 'prosecution for immigration offences is still prosecution: naming the offences is not keeping immigration penalties away (own words)',
      code: md`
        **5. Victims of trafficking**

        A victim of trafficking shall not be prosecuted for immigration offences committed as a direct result of being trafficked.
      `,
      errors: [{ text: 'shall not be prosecuted', severity: 'warning', message: /only from prosecution/ }],
    },
    {
      name: 'a rule on fines in general that the section also holds keeps nothing away from the victim (own words)',
      code: md`
        **5. Victims of trafficking**

        (1) A victim of trafficking shall not be prosecuted for any offence committed as a direct result of being trafficked.

        (2) No fine, surcharge or other penalty shall be imposed for a late return under the Revenue Act unless notice was given.
      `,
      errors: [{ text: 'shall not be prosecuted', severity: 'warning', message: /only from prosecution/ }],
    },
    {
      name: 'a second paragraph that keeps administrative penalties does not extend the exemption (own words; probe round 5, k29)',
      code: md`
        Article 12. Exemption of trafficked persons

        1. A trafficked person shall be exempted from criminal liability for an offence committed as a direct result of being trafficked.

        2. Administrative fines for breaking the rules on residence shall be imposed on trafficked persons under the Code of Administrative Offences.
      `,
      errors: [{ text: 'exempted from criminal liability', severity: 'warning' }],
    },
    {
      name: 'an extension negated ("does not apply to administrative offences") narrows the protection instead (own words)',
      code: md`
        Article 12. Exemption of trafficked persons

        1. A trafficked person shall be exempted from criminal liability for an offence committed as a direct result of being trafficked.

        2. The exemption under paragraph 1 does not equally apply to administrative offences.
      `,
      errors: [{ text: 'exempted from criminal liability', severity: 'warning' }],
    },
    {
      name: 'a second prohibition that keeps away only criminal penalties is still criminal law (own words)',
      code: md`
        **4. Victims not to be convicted**

        (1) No person shall be convicted of an offence if the act was a direct result of the person having been trafficked.

        (2) No fine or other criminal penalty shall be imposed on the person for that act.
      `,
      errors: [{ text: 'No person shall be convicted', severity: 'warning', message: /only from conviction/ }],
    },
    {
      name: '"or have an administrative fine imposed" that no prohibition governs permits the penalty (own words)',
      code: md`
        ## 9. Victims of trafficking

        (1) A victim of trafficking shall not be criminally liable for any offence committed as a direct result of being trafficked.

        (2) A person who breaks the residence rules may be removed or have an administrative fine imposed on him or her.
      `,
      errors: [{ text: 'shall not be criminally liable', severity: 'warning' }],
    },
    {
      name: 'a duty to have regard to victim status: the message quotes the words naming prosecution, not the duty (own words; probe round 5, k21)',
      code: md`
        ## 12. Prosecution of trafficked persons

        Before deciding whether the prosecution of a person for an offence should go ahead, the Director of Public Prosecutions shall have regard to whether the person is a victim of trafficking and whether the offence was a direct consequence of the trafficking.
      `,
      errors: [{ text: 'prosecution of a person', severity: 'warning', message: /only from prosecution \("prosecution of a person"\)/ }],
    },
    {
      name: '"is not liable to be charged": the message quotes the charge the liability is to (own words; probe round 5, k16)',
      code: md`
        **45A. Immunity of trafficked persons**

        A trafficked person is not liable to be charged for any offence that was a direct result of his or her having been trafficked.
      `,
      errors: [{ text: 'is not liable to be charged', severity: 'warning', message: /only from criminal liability and prosecution \("is not liable to be charged"\)/ }],
    },
    {
      name: 'Pacific (own words): "No criminal proceedings shall lie" bars prosecution only',
      code: md`
        ## 31. Immunity of trafficked persons

        No criminal proceedings shall lie against a trafficked person for any offence committed as a direct result of being trafficked.
      `,
      errors: [{ text: 'No criminal proceedings shall lie', severity: 'warning', message: /only from prosecution/ }],
    },
    {
      name: 'a power to decline to prosecute (own words): no absolute subsection beside it (it would contradict the power)',
      code: md`
        ## 17A. Victims of trafficking

        (1) The Director may decline to institute criminal proceedings against a victim of trafficking for any offence committed as a direct result of being trafficked.
      `,
      errors: [{ text: 'decline to institute', severity: 'warning' }],
      output: null,
    },
    {
      name: "a protection obtained by the person's own motion to dismiss (own words): no absolute bar beside it (every minor charged would be immune, whatever the court decides)",
      code: md`
        ## Sec. 5. Minors charged with soliciting.

        (a) A minor charged with soliciting may move to dismiss the charge.

        (b) The court shall dismiss the charge if the minor acted as a direct result of being trafficked.
      `,
      errors: [{ text: 'move to dismiss the charge', severity: 'warning' }],
      output: null,
    },
    {
      name: 'a section that orders protective custody (own words): no bar on detention beside it',
      code: md`
        ## Sec. 8. Children found in prostitution.

        (a) A child found engaging in prostitution shall not be prosecuted for that conduct where the child acted as a direct result of being trafficked.

        (b) A police officer who finds such a child shall take the child into temporary protective custody and refer the child to the care services.
      `,
      errors: [{ text: 'shall not be prosecuted', severity: 'warning', message: /No wording is offered: a subsection barring arrest, detention and deportation would contradict the custody that the provision orders \("A police officer who finds such a child shall take the child into temporary protective custody and refer the child to the care services"\)/ }],
      output: null,
    },
    {
      name: 'a rebuttable presumption of coercion (own words): no absolute subsection beside it',
      code: md`
        ## 53. Prostitution by victims

        (1) A person who offers sexual services for a fee is guilty of an offence.

        (2) Where a person charged under subsection (1) is under eighteen, it shall be presumed, subject to rebuttal, that the person committed the offence under coercion by someone engaged in trafficking in persons.

        (3) It is a defence to a charge under subsection (1) that the accused was a victim of trafficking and acted as a direct result of being trafficked.
      `,
      errors: [{ text: 'it shall be presumed', severity: 'warning' }],
      output: null,
    },
    {
      name: 'Francophone (own words): "shall be neither prosecuted nor sentenced"',
      code: md`
        ## Article 18. No prosecution of victims

        Victims of trafficking shall be neither prosecuted nor sentenced for any offence that is the direct consequence of their exploitation.
      `,
      errors: [{ text: 'shall be neither prosecuted', severity: 'warning' }],
    },
    {
      // The new subsection names the one that holds the protection: "this section" would take in (2) too.
      name: 'African common-law: "shall not be criminally liable" (Kenya-style), fixed with a further subsection',
      code: md`
        ## 14. Non-liability of victims

        (1) A victim of trafficking shall not be criminally liable for any criminal act that was a direct result of being trafficked.

        (2) This section does not affect any other defence available to the victim.
      `,
      errors: [
        {
          text: 'shall not be criminally liable',
          severity: 'warning',
          message:
            /^Section 14 protects victims only from criminal liability \("shall not be criminally liable"\)\. It does not protect them from arrest, detention \(including immigration detention\), administrative, civil and immigration penalties, or deportation\. The ASEAN Guideline \(2025\) says victims should be protected from being punished for civil, administrative, immigration and criminal offences \(Section 1, "Scope"\)\./,
        },
      ],
      output: md`
        ## 14. Non-liability of victims

        (1) A victim of trafficking shall not be criminally liable for any criminal act that was a direct result of being trafficked.

        (2) This section does not affect any other defence available to the victim.

        (3) ${FORMS.replace('Where this section applies', 'Where subsection (1) applies')}
      `,
    },
    {
      name: 'a section that calls its subsection (1) "paragraph 1": the new subsection says "paragraph 1" (own words)',
      code: md`
        **4.1 Suspects who were trafficked**

        (1) The prosecutor shall not prosecute a suspect who was trafficked for offences committed as a direct result of the trafficking.

        (2) Paragraph 1 applies whether or not the suspect has reported the trafficking.
      `,
      errors: [{ text: 'shall not prosecute', severity: 'warning' }],
      output: md`
        **4.1 Suspects who were trafficked**

        (1) The prosecutor shall not prosecute a suspect who was trafficked for offences committed as a direct result of the trafficking.

        (2) Paragraph 1 applies whether or not the suspect has reported the trafficking.

        (3) ${FORMS.replace('Where this section applies', 'Where paragraph 1 applies')}
      `,
    },
    {
      name: 'regulations that say "subregulation (1)": the new subregulation says so too (own words)',
      code: md`
        **12.** (1) A trafficked person shall not be criminally liable for an offence committed as a direct result of being trafficked.

        (2) A person relying on subregulation (1) need not first be identified as a victim.
      `,
      errors: [{ text: 'shall not be criminally liable', severity: 'warning' }],
      output: md`
        **12.** (1) A trafficked person shall not be criminally liable for an offence committed as a direct result of being trafficked.

        (2) A person relying on subregulation (1) need not first be identified as a victim.

        (3) ${FORMS.replace('Where this section applies', 'Where subregulation (1) applies')}
      `,
    },
    {
      name: 'an article that writes "this Article" with a capital: the new paragraph does too (own words)',
      code: md`
        **Article 30**

        A victim of trafficking shall not be held criminally liable for any crime committed as a direct result of being trafficked, and no other provision limits this Article.
      `,
      errors: [{ text: 'shall not be held criminally liable', severity: 'warning' }],
      output: md`
        **Article 30**

        (1) A victim of trafficking shall not be held criminally liable for any crime committed as a direct result of being trafficked, and no other provision limits this Article.

        (2) ${FORMS.replace('this section', 'this Article')}
      `,
    },
    {
      name: 'Gulf: criminal or civil liability; an article, so "this article" in the fix, and its one paragraph numbered (1)',
      code: md`
        **Article 21**

        The victim shall not bear any criminal or civil liability for any crime committed as a direct result of being trafficked.
      `,
      errors: [{ text: 'shall not bear any criminal or civil liability', severity: 'warning', message: /only from criminal and civil liability .* administrative and immigration penalties, or deportation\./ }],
      output: md`
        **Article 21**

        (1) The victim shall not bear any criminal or civil liability for any crime committed as a direct result of being trafficked.

        (2) ${FORMS.replace('this section', 'this article')}
      `,
    },
    {
      // Own words, in the style of a note under an offence article of a post-Soviet code: "this article" is the offence.
      name: 'a Note under the article that creates the offence: the new text refers to the Note, not to the article',
      code: md`
        **Article 212. Forced labour**

        1. Compelling a person to work by threat or deceit shall be punishable by imprisonment for up to five years.

        Note. A victim of trafficking shall be released from criminal liability for offences committed as a direct result of the trafficking.
      `,
      errors: [{ text: 'released from criminal liability', severity: 'warning' }],
      output: md`
        **Article 212. Forced labour**

        1. Compelling a person to work by threat or deceit shall be punishable by imprisonment for up to five years.

        Note. A victim of trafficking shall be released from criminal liability for offences committed as a direct result of the trafficking.

        ${FORMS.replace('Where this section applies', 'Where the Note to this article applies')}
      `,
    },
    {
      // Own words: a later subsection of an offence section, quoted alone by an amending bill.
      name: 'a lone later subsection of an offence section ("(d)") is named by its number, not as "this section"',
      code: md`
        ## § 12.40. Loitering

        (d) A person may not be prosecuted under this section if the person's conduct was a direct result of being a victim of trafficking.
      `,
      errors: [{ text: 'may not be prosecuted', severity: 'warning' }],
      output: md`
        ## § 12.40. Loitering

        (d) A person may not be prosecuted under this section if the person's conduct was a direct result of being a victim of trafficking.

        (e) ${FORMS.replace('Where this section applies', 'Where subsection (d) applies')}
      `,
    },
    {
      // Paraphrase of a US state prostitution Article: "this Article" would immunise every offence it creates.
      name: 'US state: an immunity for minors inside the section that creates the offence names its own subsection',
      code: md`
        ## Sec. 14-204. Prostitution.

        (a) A person who engages in prostitution is guilty of a Class 1 misdemeanor.

        (b) A person under 18 years of age who is charged under subsection (a) is immune from prosecution under this section as a victim of trafficking.
      `,
      errors: [{ text: 'immune from prosecution', severity: 'warning' }],
      output: md`
        ## Sec. 14-204. Prostitution.

        (a) A person who engages in prostitution is guilty of a Class 1 misdemeanor.

        (b) A person under 18 years of age who is charged under subsection (a) is immune from prosecution under this section as a victim of trafficking.

        (c) ${FORMS.replace('Where this section applies', 'Where subsection (b) applies')}
      `,
    },
    {
      name: 'US state: lettered subsections with numbered paragraphs inside, so the new subsection is the next letter',
      code: md`
        ## Sec. 12. Trafficking victims not liable.

        (a) A person is not criminally liable for an offense committed as a direct result of having been a victim of trafficking.

        (b) Subsection (a) applies, among others, to:

        (1) prostitution; and

        (2) loitering for the purpose of prostitution.
      `,
      errors: [{ text: 'is not criminally liable', severity: 'warning' }],
      output: md`
        ## Sec. 12. Trafficking victims not liable.

        (a) A person is not criminally liable for an offense committed as a direct result of having been a victim of trafficking.

        (b) Subsection (a) applies, among others, to:

        (1) prostitution; and

        (2) loitering for the purpose of prostitution.

        (c) ${FORMS.replace('Where this section applies', 'Where subsection (a) applies')}
      `,
    },
    {
      name: 'US state (own words): an affirmative defense the defendant raises by showing its elements: no bar hung on it (known only at trial)',
      code: md`
        ## Sec. 12. Affirmative defense.

        (a) It is an affirmative defense to a charge of prostitution that the defendant was a victim of trafficking at the time of the offense.

        (b) The defendant may raise the defense by showing:

        (1) that the defendant was recruited for commercial sexual activity; and

        (2) that the offense was a direct result of the trafficking.
      `,
      errors: [{ text: 'affirmative defense', severity: 'warning', message: /No wording is offered: the protection is a defence that the accused must make out at trial, so whether it applies is known only after the arrest and charge that a further subsection would forbid\./ }],
      output: null,
    },
    {
      name: 'Pacific (own words): a defence at trial whose onus the accused bears: no bar hung on "Where subsection (1) applies"',
      code: md`
        **41B. Defence for trafficked persons**

        (1) It is a defence to a charge of unlawful entry that the accused was trafficked into the country and entered because of the trafficking.

        (2) The burden of proving the matters in subsection (1) lies on the accused.
      `,
      errors: [{ text: 'It is a defence', severity: 'warning', message: /known only after the arrest and charge .* Put the burden of proof on the prosecution first/ }],
      output: null,
    },
    {
      name: 'US state (own words): "it is a defense" in a prosecution for listed offences, nothing said of proof: no bar hung on the defence (drafter review 7, A4)',
      code: md`
        § 12.40. DEFENSE FOR VICTIMS OF TRAFFICKING.

        Subdivision 1. Defense. In a prosecution for shoplifting or trespass, it is a defense that the defendant took part in the offense as a direct result of having been trafficked.
      `,
      errors: [{ text: 'it is a defense', severity: 'warning', message: /only from conviction at trial .*No wording is offered: the protection operates at trial, as a defence or an acquittal \("it is a defense"\), so whether it applies is known only after the arrest and charge that a further subsection would forbid, and a bar on prosecution hung on it would leave it nothing to apply to\. Write the bar as a protection of its own, with its own link to the trafficking/ }],
      output: null,
    },
    {
      name: 'an affirmative defence whose burden the State bears (own words): still a defence at trial, so no bar hung on it',
      code: md`
        ## 9. Defence for trafficked persons

        (1) It is an affirmative defence to any charge that the defendant committed the offence as a direct result of being trafficked.

        (2) Once evidence of the defence is adduced, the prosecution must disprove it beyond reasonable doubt.
      `,
      errors: [{ text: 'affirmative defence to any charge', severity: 'warning', message: /operates at trial, as a defence or an acquittal \("affirmative defence to any charge"\)/ }],
      output: null,
    },
    {
      name: 'Irish-style (own words): "It shall be a defence to a charge of" loitering: no bar hung on it',
      code: md`
        **7. Defence for trafficked persons**

        It shall be a defence to a charge of loitering for a person to have loitered as a direct result of having been trafficked.
      `,
      errors: [{ text: 'It shall be a defence', severity: 'warning', message: /operates at trial, as a defence or an acquittal \("It shall be a defence"\)/ }],
      output: null,
    },
    {
      name: 'a magistrate\'s duty to acquit, with nothing said of proof (own words): a conviction at trial, and no bar hung on the acquittal',
      code: md`
        ## 30. Acquittal of trafficked persons

        A magistrate shall acquit a trafficked person of any offence that the person committed as a direct result of having been trafficked.
      `,
      errors: [{ text: 'shall acquit', severity: 'warning', message: /^Section 30 protects victims only from conviction at trial \("shall acquit"\)\..*No wording is offered: the protection operates at trial, as a defence or an acquittal/ }],
      output: null,
    },
    {
      name: 'a victim "shall be acquitted" (passive, own words): no bar hung on the acquittal',
      code: md`
        ## 16. Victims acquitted

        (1) A victim of trafficking charged with any offence shall be acquitted where the offence was a direct result of the trafficking.
      `,
      errors: [{ text: 'shall be acquitted', severity: 'warning', message: /only from conviction at trial .*operates at trial, as a defence or an acquittal/ }],
      output: null,
    },
    {
      name: "a court's order made on the accused's application (own words): no bar hung on it, and the message says it turns on an application",
      code: md`
        ## 279.9 Relief for trafficked accused

        On the application of the accused, the court shall order that the accused is not to be prosecuted for an offence that the accused committed as a direct result of having been trafficked.
      `,
      errors: [{ text: 'is not to be prosecuted', severity: 'warning', message: /turns on a decision that an official or a court takes once the person is suspected or charged \(a finding, a belief, what becomes of a charge, a motion or an application\)/ }],
      output: null,
    },
    {
      name: 'a bar for children and a defence for adults in one section (own words): the bar hangs on the children\'s subsection only',
      code: md`
        ## Sec. 4. Trafficked persons.

        (a) A person under eighteen years of age shall not be charged with any offense committed as a direct result of having been trafficked.

        (b) For a person eighteen years of age or older, it is an affirmative defense to any charge that the person committed the offense as a direct result of having been trafficked.
      `,
      errors: [{ text: 'shall not be charged', severity: 'warning' }],
      output: md`
        ## Sec. 4. Trafficked persons.

        (a) A person under eighteen years of age shall not be charged with any offense committed as a direct result of having been trafficked.

        (b) For a person eighteen years of age or older, it is an affirmative defense to any charge that the person committed the offense as a direct result of having been trafficked.

        (c) ${FORMS.replace('Where this section applies', 'Where subsection (a) applies')}
      `,
    },
    {
      name: 'a rule that the person is not guilty, with no burden on the accused (own words): the bar hangs on it',
      code: md`
        ## 45. Defence for trafficked persons

        (1) A person is not guilty of an offence if the person commits it as a direct result of being a victim of trafficking.

        (2) This section does not limit any other defence.
      `,
      errors: [{ text: 'is not guilty', severity: 'warning' }],
      output: md`
        ## 45. Defence for trafficked persons

        (1) A person is not guilty of an offence if the person commits it as a direct result of being a victim of trafficking.

        (2) This section does not limit any other defence.

        (3) ${FORMS.replace('Where this section applies', 'Where subsection (1) applies')}
      `,
    },
    {
      name: "Southern African (own words): a charge withdrawn once the prosecutor finds the link: no bar hung on the prosecutor's finding",
      code: md`
        **30. Prosecution of trafficked persons**

        (1) Before prosecuting a person who may have been trafficked, a prosecutor must ask whether the offence arose directly from the trafficking.

        (2) If the prosecutor concludes that it did, the prosecutor must withdraw the charge.
      `,
      errors: [{ text: 'must withdraw', severity: 'warning', message: /No wording is offered: the protection turns on a decision that an official or a court takes once the person is suspected or charged/ }],
      output: null,
    },
    {
      name: "US state (own words): a prosecutor's reasonable cause to believe, then a motion to dismiss: no bar hung on the prosecutor's belief",
      code: md`
        ## Sec. 7. Minors charged with prostitution.

        (a) Where a district attorney has reasonable grounds to believe that a minor committed the offense because the minor was trafficked, the district attorney shall not prosecute the minor.
      `,
      errors: [{ text: 'shall not prosecute', severity: 'warning', message: /turns on a decision that an official or a court takes/ }],
      output: null,
    },
    {
      name: 'US state (own words): a safe harbour written as an exception to a definition: no bar inside the definition',
      code: md`
        Sec. 2. Statutes, section 12.03, subdivision 4, is amended to read:

        Subd. 4. Juvenile offender. (a) "Juvenile offender" means a child who has broken a state law.

        (b) A trafficked minor is not a juvenile offender by reason of selling sex and is not criminally liable for it.
      `,
      errors: [{ text: 'is not criminally liable', severity: 'warning', message: /No wording is offered: the protection is an exception to the definition of "Juvenile offender"/ }],
      output: null,
    },
    {
      name: 'Caribbean (own words): beside an exclusion the provision keeps, the new subsection begins "Subject to subsection (2)"',
      code: md`
        **12B. Trafficked persons not liable**

        (1) A trafficked person shall not be criminally liable for an offence committed as a direct result of having been trafficked.

        (2) Subsection (1) does not apply to an offence involving serious violence against another person.
      `,
      errors: [{ text: 'shall not be criminally liable', severity: 'warning' }],
      output: md`
        **12B. Trafficked persons not liable**

        (1) A trafficked person shall not be criminally liable for an offence committed as a direct result of having been trafficked.

        (2) Subsection (1) does not apply to an offence involving serious violence against another person.

        (3) ${FORMS.replace('Where this section applies', 'Subject to subsection (2), where subsection (1) applies')}
      `,
    },
    {
      name: 'civil-law instruction (own words): the exclusion is named as the provision names its parts ("Subject to paragraph 2, where paragraph 1 applies")',
      code: md`
        **5.2 Suspects who were trafficked**

        (1) The public prosecutor shall not prosecute a suspect who was trafficked for offences committed as a direct result of the trafficking.

        (2) Paragraph 1 does not apply to offences against life.
      `,
      errors: [{ text: 'shall not prosecute', severity: 'warning' }],
      output: md`
        **5.2 Suspects who were trafficked**

        (1) The public prosecutor shall not prosecute a suspect who was trafficked for offences committed as a direct result of the trafficking.

        (2) Paragraph 1 does not apply to offences against life.

        (3) ${FORMS.replace('Where this section applies', 'Subject to paragraph 2, where paragraph 1 applies')}
      `,
    },
    {
      name: 'a paragraph whose list is numbered "1.", "2." (own words): once it is subsection (1), its items keep the bill\'s own numbering (drafter review 7, C9: relettering them changed the bill\'s numbering)',
      code: md`
        ## 31. No prosecution of trafficked persons

        A trafficked person shall not be prosecuted for—

        1. working without a permit;
        2. overstaying a visa; or
        3. any other offence,

        where the offence was committed as a direct result of having been trafficked.
      `,
      errors: [{ text: 'shall not be prosecuted', severity: 'warning' }],
      output: md`
        ## 31. No prosecution of trafficked persons

        (1) A trafficked person shall not be prosecuted for—

        1. working without a permit;
        2. overstaying a visa; or
        3. any other offence,

        where the offence was committed as a direct result of having been trafficked.

        (2) ${FORMS}
      `,
    },
    {
      name: 'Pacific (own words): a removal power the section keeps is named in the message, and no bar is offered',
      code: md`
        **61 Trafficked person not to be charged**

        (1) A trafficked person is not to be charged with an offence of entering without a visa committed as a direct result of having been trafficked.

        (2) Nothing in subsection (1) prevents the removal of the person from the country under Part 4.
      `,
      errors: [{ text: 'is not to be charged', severity: 'warning', message: /would contradict the removal that the provision keeps \("Nothing in subsection \(1\) prevents the removal of the person from the country under Part 4"\)\. Decide first whether that power is to stay/ }],
      output: null,
    },
    {
      name: 'regulations (own words): the message names "Regulation 7", not "Section 7"',
      code: md`
        # TRAFFICKED PERSONS (PROCEEDINGS) REGULATIONS

        **7.** (1) Where the Director is satisfied that a person charged with an offence committed it as a direct result of being trafficked, the Director shall discontinue the proceedings.

        (2) A person seeking a discontinuance under subregulation (1) may write to the Director.
      `,
      errors: [{ text: 'shall discontinue', severity: 'warning', message: /^Regulation 7 protects victims only from prosecution/ }],
      output: null,
    },
    {
      name: 'a provision set out from mid-sentence, in lower case (own words): numbered "(1)", it opens with a capital',
      code: md`
        ## 19. Victims not liable

        a trafficked person shall not be criminally liable for any offence committed as a direct result of having been trafficked.
      `,
      errors: [{ text: 'shall not be criminally liable', severity: 'warning' }],
      output: md`
        ## 19. Victims not liable

        (1) A trafficked person shall not be criminally liable for any offence committed as a direct result of having been trafficked.

        (2) ${FORMS}
      `,
    },
    {
      name: 'ASEAN: "shall not be liable to criminal prosecution"',
      code: md`
        ## 25. Trafficked person not liable

        A trafficked person shall not be liable to criminal prosecution for any offence committed as a direct consequence of being trafficked.
      `,
      errors: [{ text: 'shall not be liable to criminal prosecution', message: /only from criminal liability and prosecution/ }],
    },
    {
      name: 'Westminster: a defence at trial ("is not guilty")',
      code: md`
        ## 45. Defence for victims of slavery or trafficking

        (1) A person is not guilty of an offence if the person does the act as a direct consequence of being a victim of slavery or trafficking.
      `,
      errors: [{ text: 'is not guilty', message: /only from conviction at trial/ }],
    },
    {
      name: 'US state: an affirmative defense after "any other affirmative defense"',
      code: md`
        **Section 236.23.** (a) In addition to any other affirmative defense, it is a defense to a charge of a crime that the person was coerced to commit the offense as a direct result of being a human trafficking victim.
      `,
      errors: [{ text: 'it is a defense', message: /conviction at trial/ }],
    },
    {
      name: 'Caribbean: "criminal penalties" are criminal, not punishment in general',
      code: md`
        **12. Immunity of victims.** A trafficked person shall not be subject to criminal penalties or prosecution for any offence committed as a direct result of having been trafficked.
      `,
      errors: [{ text: 'shall not be subject to criminal penalties or prosecution', message: /only from criminal liability and prosecution/ }],
    },
  ],
});

// The bills of test/fixtures/further-defects (issue 11), in our own words from seven traditions.
runHeldOutCases(criminalLiabilityOnly, { minTraditions: 3 });
