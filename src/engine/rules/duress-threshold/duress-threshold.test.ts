import { duressThreshold } from './index.js';
import { md, runRuleTests } from '../../../../test/rule-tester.js';
import { runHeldOutCases } from '../../../../test/held-out.js';
import { strict as assert } from 'node:assert';
import { lint } from '../../lint.js';
import { applyEdits } from '../../fix.js';

runRuleTests(duressThreshold, {
  valid: [
    {
      name: 'a penalty "imposed on the victim" is punishment kept away, not the trafficker\'s compulsion (provincial-statute shape, own words; probe round 5, v02c)',
      code: md`
        **7. Victims not penalised**

        (1) A victim of trafficking shall not be convicted of any offence committed as a direct result of being trafficked.

        (2) No fine, suspension of a permit or other penalty under a provincial enactment may be imposed on the victim for any such act.
      `,
    },
    {
      name: 'the means of the trafficking offence the same article defines are not the victim\'s test: a Note under it releases victims on the causation test (Caucasus shape, own words; probe round 5)',
      code: md`
        ## Article 143-1. Trafficking in persons

        1. The recruitment or harbouring of a person by means of threats, force, coercion or deception, for the purpose of exploitation, shall be punishable by imprisonment for seven to twelve years.

        *Note:* A victim of trafficking shall be released from criminal liability for any act committed as a consequence of having been a victim of trafficking.
      `,
    },
    {
      name: 'the causation test whose cause is the trafficking, with coercion named only as not required, is not a compulsion test (own words)',
      code: md`
        ## Article 40-1. Release of victims of trafficking

        A victim of trafficking who committed a crime as a direct result of having been trafficked shall be released from criminal liability, whether or not any coercion was used.
      `,
    },
    {
      name: 'harm "caused by the traffickers" beside a causation test is not a compulsion test (own words)',
      code: md`
        ## 14. Non-punishment

        A victim shall not be punished for any offence committed as a direct result of being trafficked, and the court shall take account of any harm caused by the traffickers.
      `,
    },
    {
      name: 'causation test (Kenya s.14)',
      code: md`
        ## 14. Victim immunity from prosecution

        A victim of trafficking in persons shall not be criminally liable for any criminal act that was a direct result of being trafficked.
      `,
    },
    {
      name: 'Philippines s.17: "in obedience to the order made by the trafficker" is not a compulsion test',
      code: md`
        ## 17. Legal protection to trafficked persons

        Trafficked persons shall not be penalized for unlawful acts committed as a direct result of, or as an incident or in relation to, being trafficked or in obedience to the order made by the trafficker in relation thereto.
      `,
    },
    {
      name: 'a child limb that says compulsion need not be shown',
      code: md`
        ## 14. Non-punishment

        (1) A victim shall not be punished for any offence committed as a direct consequence of being trafficked.

        (2) Where the victim is a child, it is not necessary to establish that the child was compelled or coerced, or that any threat of death or serious injury was made.
      `,
    },
    {
      name: 'compulsion offered only as an alternative to causation',
      code: md`
        ## 14. Non-punishment

        A victim shall not be liable for an offence committed as a direct result of being trafficked, or under compulsion by the trafficker.
      `,
    },
    {
      name: 'bare compulsion accepted where the bill defines it to cover all the means',
      code: md`
        ## 2. Interpretation

        "compelled" includes compelled by force, threats, coercion, abduction, fraud, deception, abuse of power or of a position of vulnerability, or the giving of payments or benefits.

        ## 14. Non-punishment

        A victim of trafficking shall not be prosecuted for any offence which the victim was compelled to commit.
      `,
    },
    {
      name: 'bare compulsion accepted where the configuration records a deliberate compulsion model',
      config: { model: 'compulsion' },
      code: md`
        ## 14. Non-punishment

        A victim of trafficking shall not be prosecuted for any offence which the victim was compelled to commit.
      `,
    },
    {
      name: '"forced labour" names a form of exploitation, not a test',
      code: md`
        ## 14. Non-punishment

        Victims of forced labour or trafficking shall not be penalised for unlawful acts arising directly from their exploitation.
      `,
    },
    {
      name: 'duress wording outside any non-punishment provision (an offence section)',
      code: md`
        ## 6. Aggravated trafficking

        A person who traffics another by a threat of death or serious injury commits an aggravated offence.
      `,
    },
    {
      name: 'a reasonable-person test that asks only whether a reasonable person would do the act (no alternative test)',
      code: md`
        ## 45. Defence for victims under 18

        A person is not guilty of an offence if the person is under the age of 18, does the act as a direct consequence of being a victim of trafficking, and a reasonable person in the same situation would do that act.
      `,
    },
  ],
  invalid: [
    {
      name: 'the act itself "imposed on her" by the exploiter is a compulsion test, a penalty named earlier in the sentence notwithstanding (own words)',
      code: md`
        **7. Victims not penalised**

        No penalty shall be applied to a victim of trafficking for an act that was imposed on her by her exploiter.
      `,
      errors: [{ text: 'imposed on her', severity: 'warning' }],
    },
    {
      name: '"as a result of physical or mental coercion" names compulsion as the cause: a compulsion test, not the causation test (CIS shape, own words; probe round 5)',
      code: md`
        ## Article 40-1. Release of victims of trafficking

        A victim of trafficking who committed a crime as a result of physical or mental coercion shall be released from criminal liability.
      `,
      errors: [{ text: 'coercion', severity: 'warning' }],
    },
    {
      name: '"could not control his or her actions" is irresistible compulsion, a duress-level test (own words)',
      code: md`
        ## Article 40-1. Release of victims of trafficking

        A victim of trafficking who committed a crime under coercion by reason of which he or she could not control his or her actions shall be released from criminal liability.
      `,
      errors: [{ text: 'could not control his or her actions', severity: 'error' }],
    },
    {
      name: 'the statutory duress formula copied into a victims\' defence: no reasonable way to render the threat ineffective (Australian shape, own words; probe round 5)',
      code: md`
        ## 270.12A Defence for victims of trafficking

        (1) A person is not criminally responsible for an offence if the person is a victim of trafficking and—

        (a) the trafficker has threatened the person; and

        (b) the person reasonably believes that there is no reasonable way that the threat can be rendered ineffective; and

        (c) the conduct is a reasonable response to the threat.
      `,
      errors: [{ text: 'no reasonable way that the threat can be rendered ineffective', severity: 'error' }],
    },
    {
      name: '"obliged to commit" is the English of obligé/obrigado: a compulsion test like "forced to commit" (own words)',
      code: md`
        ## Article 160-A. Victims not punished

        A victim of trafficking shall not be punished for unlawful acts which the victim was obliged to commit as a consequence of the trafficking.
      `,
      errors: [{ text: 'obliged to commit', severity: 'warning' }],
    },
    {
      name: '"duress" named: the message quotes the provision\'s own words, and "under duress as a result of being" becomes the causation test (own words)',
      code: md`
        ### Sec. 4. Defense.

        It is a defense to a charge under this chapter that the accused acted under duress as a result of being a victim of trafficking.
      `,
      errors: [{ text: 'duress', severity: 'error', message: /only if the victim acted under duress \("the accused acted under duress"\)/ }],
      output: md`
        ### Sec. 4. Defense.

        It is a defense to a charge under this chapter that the accused acted as a direct result of being a victim of trafficking.
      `,
    },
    {
      name: 'a time test written "while subjected to exploitation" before a test of no other conduct goes with it: the causal link is stated once (own words; drafter review 9, #403)',
      code: md`
        **Article 12. Exemption from liability**

        Trafficked persons are not criminally responsible for acts they commit while subjected to exploitation where, in the circumstances, no other conduct could reasonably have been expected of them.
      `,
      errors: [{ text: 'no other conduct could reasonably have been expected', severity: 'error' }],
      output: md`
        **Article 12. Exemption from liability**

        Trafficked persons are not criminally responsible for acts they commit as a direct result of having been trafficked.
      `,
    },
    {
      name: 'a time test "while in a situation of trafficking" (own words): stated once with the causation test',
      code: md`
        **Art. 8. Victims**

        A victim is exempt from punishment for offences committed while in a situation of trafficking, provided that the victim acted under threat of serious harm.
      `,
      errors: [{ text: 'threat of serious harm', severity: 'error' }],
      output: md`
        **Art. 8. Victims**

        A victim is exempt from punishment for offences committed as a direct result of having been trafficked.
      `,
    },
    {
      name: 'a control test before a compulsion proviso ("while under the effective control of their exploiters, but only if they were coerced") goes with it: the causal link is stated once (own words)',
      code: md`
        **Art. 31 ter. Victims not punished**

        Persons who have been trafficked are not criminally responsible for offences they commit while under the effective control of their exploiters, but only if they were coerced into them by those exploiters.
      `,
      errors: [{ text: 'coerced', severity: 'warning' }],
      output: md`
        **Art. 31 ter. Victims not punished**

        Persons who have been trafficked are not criminally responsible for offences they commit as a direct result of having been trafficked.
      `,
    },
    {
      name: 'a time test ("whilst being trafficked") before a compulsion condition is replaced with it, never left beside the causal link (own words)',
      code: md`
        ## 12. Non-liability of victims

        A victim of trafficking is not liable for an offence done whilst being trafficked, if the victim was forced to do it.
      `,
      errors: [{ text: 'was forced to', severity: 'warning' }],
      output: md`
        ## 12. Non-liability of victims

        A victim of trafficking is not liable for an offence done as a direct result of having been trafficked.
      `,
    },
    {
      name: 'a class named by the offences against the person ("the crimes under Articles 412 and 413", servitude as well as trafficking) is the class the causation test names (own words)',
      code: md`
        **Art. 414.**

        A victim of the offences under Articles 412 and 413 shall not be punished for offences committed because forced to act by the threat of immediate and serious injury made by the exploiter.
      `,
      errors: [{ text: 'threat of immediate and serious injury', severity: 'error' }],
      output: md`
        **Art. 414.**

        A victim of the offences under Articles 412 and 413 shall not be punished for offences committed as a direct result of having been a victim of the offences under Articles 412 and 413.
      `,
    },
    {
      name: '"duress" named alone keeps no fix, and its message does not repeat the one word (own words)',
      code: md`
        ## 9. Defence

        A trafficked person is not guilty of an offence committed under duress.
      `,
      errors: [{ text: 'duress', severity: 'error', message: /\("is not guilty of an offence committed under duress"\)/ }],
    },
    {
      name: 'an insurmountable fear (the civil-law counterpart of duress) is duress-level; fear "caused by the exploiter" is no causation link (own words)',
      code: md`
        **Article 40. Victims not punished**

        A person who has been trafficked shall not be punished for acts done under insurmountable fear caused by the trafficker or his accomplices.
      `,
      errors: [{ text: 'insurmountable fear', severity: 'error' }],
      output: md`
        **Article 40. Victims not punished**

        A person who has been trafficked shall not be punished for acts done as a direct result of being trafficked.
      `,
    },
    {
      name: 'a class named by the offence that makes it ("a victim of an offence under section 12 or section 14"), the whole of it, is the class the causation test names, never "a victim of trafficking" (own words)',
      code: md`
        ## 40. Stay for victims

        (1) The court shall stay a prosecution of a person if—

        (a) the person was a victim of an offence under section 12 or section 14; and

        (b) the person acted under a threat of death made by the person who exploited them.
      `,
      errors: [{ text: 'threat of death', severity: 'error' }],
      output: md`
        ## 40. Stay for victims

        (1) The court shall stay a prosecution of a person if—

        (a) the person was a victim of an offence under section 12 or section 14; and

        (b) the offence was committed as a direct result of the person's being a victim of an offence under section 12 or section 14.
      `,
    },
    {
      name: 'conduct "in circumstances of" an overwhelming fear: the fear and what caused it give way to the causation test, the rest of the sentence kept (own words)',
      code: md`
        **Article 41. Victims not punished**

        A trafficked woman shall not be penalised for any conduct carried out in circumstances of overwhelming fear instilled by her exploiters, and the prosecutor shall close the case.
      `,
      errors: [{ text: 'overwhelming fear', severity: 'error' }],
      output: md`
        **Article 41. Victims not punished**

        A trafficked woman shall not be penalised for any conduct carried out as a direct result of being trafficked, and the prosecutor shall close the case.
      `,
    },
    {
      name: 'an irresistible fear is duress-level (own words)',
      code: md`
        ## 9. Exemption from penalty

        A trafficked person is exempt from penalty for any offence committed while in the grip of an irresistible fear of the trafficker.
      `,
      errors: [{ text: 'irresistible fear', severity: 'error' }],
    },
    {
      name: '"had no choice left but to comply" is the no-realistic-alternative test of duress (own words)',
      code: md`
        ## 22. Protection of trafficked persons

        A trafficked person shall not be held liable for an offence committed during the trafficking if that person had no choice left but to comply with what the exploiter demanded.
      `,
      errors: [{ text: 'no choice left but to', severity: 'error' }],
    },
    {
      name: '"no option open to her but to" is the same test (own words)',
      code: md`
        ## 22. Protection of trafficked persons

        A victim is not guilty of an offence she committed where there was no option open to her but to obey the person exploiting her.
      `,
      errors: [{ text: 'no option open to her but to', severity: 'error' }],
    },
    {
      name: 'adult limb in four paragraphs (United Kingdom shape, paraphrased): compelled, and no realistic alternative',
      code: md`
        ## 45. Defence for slavery or trafficking victims

        (1) A person is not guilty of an offence if—
        (a) the person is aged 18 or over when the person does the act,
        (b) the person does that act because the person is being compelled to do it,
        (c) the compulsion is attributable to slavery or to relevant exploitation, and
        (d) a reasonable person in the same situation as the person would have no realistic alternative to doing that act.
      `,
      errors: [{ text: 'reasonable person in the same situation as the person would have no realistic alternative to doing that act', severity: 'error' }],
    },
    {
      name: 'deeds named only inside the test stay, now done as a direct result of being trafficked: never "the acts" with nothing before them (own words)',
      code: md`
        ## Article 5. Exemption

        A victim of trafficking shall be exempt from punishment if he was compelled to enter the country unlawfully or to work without a permit.
      `,
      errors: [{ text: 'compelled', severity: 'warning' }],
      output: md`
        ## Article 5. Exemption

        A victim of trafficking shall be exempt from punishment if he entered the country unlawfully, or worked without a permit, as a direct result of being a victim of trafficking.
      `,
    },
    {
      name: 'a deed referred to by a pronoun ("forced to join in them") keeps its own verb, never an offence named elsewhere (own words)',
      code: md`
        **Article 12.** A trafficked person is not punishable for having joined in unlawful activities when the person was forced to join in them.
      `,
      errors: [{ text: 'was forced to', severity: 'warning' }],
      output: md`
        **Article 12.** A trafficked person is not punishable for having joined in unlawful activities when the person joined in them as a direct result of having been trafficked.
      `,
    },
    {
      name: '"The conditions are that" left with one condition says "The condition is that", and so does the reference to it (own words)',
      code: md`
        ## 9. Defence

        (1) A trafficked person is not guilty of an offence if the conditions in subsection (2) are met.

        (2) The conditions are that—

        (a) the person was compelled to commit the offence by threats of violence; and

        (b) a reasonable person in the person's position would have had no realistic alternative.
      `,
      errors: [{ text: "reasonable person in the person's position would have had no realistic alternative", severity: 'error' }],
      output: md`
        ## 9. Defence

        (1) A trafficked person is not guilty of an offence if the condition in subsection (2) is met.

        (2) The condition is that the offence was committed as a direct result of the person's having been trafficked.
      `,
    },
    {
      name: 'the reasonable-person test goes from the child limb too, so that children never face a stricter test than adults (own words)',
      code: md`
        ## 31. Defence for victims

        (1) A person is not guilty of an offence if—

        (a) the person commits the offence because the person is compelled to do so by another;

        (b) the compulsion arises from the person's being a victim of trafficking; and

        (c) a reasonable person in the same situation would have had no realistic alternative to committing the offence.

        (2) A person under 18 is not guilty of an offence if—

        (a) the person commits the offence as a direct consequence of being a victim of trafficking; and

        (b) a reasonable person of the same age in the same situation would commit the offence.
      `,
      errors: [{ text: 'reasonable person in the same situation would have had no realistic alternative to committing the offence', severity: 'error' }],
      output: md`
        ## 31. Defence for victims

        (1) A person is not guilty of an offence if the person commits the offence as a direct consequence of being a victim of trafficking.

        (2) A person under 18 is not guilty of an offence if the person commits the offence as a direct consequence of being a victim of trafficking.
      `,
    },
    {
      name: 'a child limb that loses its last paragraph (the reasonable-person test) keeps its "and" between the paragraphs left (own words)',
      code: md`
        ## 32. Defence for victims

        (1) A person is not guilty of an offence if the person commits it because the person is compelled to do so, and a reasonable person in the same situation would have had no realistic alternative.

        (2) A person is not guilty of an offence if—

        (a) the person is under 18 when the offence is committed;

        (b) the person commits the offence as a direct consequence of being a victim of trafficking; and

        (c) a reasonable person of the same age in the same situation would commit the offence.
      `,
      errors: [{ text: 'reasonable person in the same situation would have had no realistic alternative', severity: 'error' }],
      output: md`
        ## 32. Defence for victims

        (1) A person is not guilty of an offence if the person commits it as a direct consequence of being a victim of trafficking.

        (2) A person is not guilty of an offence if—

        (a) the person is under 18 when the offence is committed; and

        (b) the person commits the offence as a direct consequence of being a victim of trafficking.
      `,
    },
    {
      name: 'a rewrite that takes in the list\'s last "and" moves it to the paragraph before, so the conditions stay cumulative (own words)',
      code: md`
        ## 58 Defence

        (1) A person is not criminally responsible for an offence if—

        (a) the person was a victim of trafficking when the person did the act;

        (b) the person did the act because the person was compelled to do it; and

        (c) a reasonable person in the same situation would have had no realistic alternative to doing the act.
      `,
      errors: [{ text: 'reasonable person in the same situation would have had no realistic alternative to doing the act', severity: 'error' }],
      output: md`
        ## 58 Defence

        (1) A person is not criminally responsible for an offence if—

        (a) the person was a victim of trafficking when the person did the act; and

        (b) the person did the act as a direct result of being a victim of trafficking.
      `,
    },
    {
      name: 'compulsion by "another person who was exploiting" the person: the causation test keeps that class (own words)',
      code: md`
        ## 77. Defence for exploited persons

        A person is not guilty of an offence if the person was compelled to commit the offence by another person who was exploiting him or her.
      `,
      errors: [{ text: 'compelled', severity: 'warning' }],
      output: md`
        ## 77. Defence for exploited persons

        A person is not guilty of an offence if the offence was committed as a direct result of another person's exploiting him or her.
      `,
    },
    {
      name: 'a victim left with "no choice but to submit" is the no-alternative element of duress (error)',
      code: md`
        ## Article 8

        A trafficked person who commits an offence because she was placed in a situation in which she had no choice but to submit shall not be punished.
      `,
      errors: [{ text: 'no choice but to', severity: 'error' }],
    },
    {
      name: 'reasonable-person test with no realistic alternative (error), fixed to causation',
      code: md`
        ## 45. Defence for victims

        A person is not guilty of an offence if the person is a victim of trafficking and a reasonable person in the same situation as the person would have no realistic alternative to doing that act.
      `,
      errors: [{ text: 'reasonable person in the same situation as the person would have no realistic alternative to doing that act', severity: 'error', message: /criminal defence of duress/ }],
      output: md`
        ## 45. Defence for victims

        A person is not guilty of an offence if the offence was committed as a direct result of the person's being a victim of trafficking.
      `,
    },
    {
      name: 'the causation test keeps "being, or having been," and the status the provision protects (never narrower)',
      code: md`
        ## 52. Defence for exploited persons

        (1) A person does not commit an offence if the person commits it because the person is compelled to do so, and the compulsion is attributable to the person's being, or having been, a victim of trafficking or exploitation.
      `,
      errors: [{ text: 'compelled', severity: 'warning' }],
      output: md`
        ## 52. Defence for exploited persons

        (1) A person does not commit an offence if the person commits it as a direct result of being, or having been, a victim of trafficking or exploitation.
      `,
    },
    {
      name: 'guidance to prosecutors: the causation test keeps "such a victim" (the class named before) and the "appears" standard',
      code: md`
        # Trafficking and Exploitation Bill

        ## 8. Guidance about the prosecution of victims

        (1) The Director must publish guidance on prosecuting a person who is, or appears to be, a victim of an offence under section 2 or section 5.

        (2) The guidance must set out the factors the prosecutor is to weigh in deciding whether to prosecute such a person for an alleged offence where—

        (a) the person appears to have been compelled to commit the offence, and the compulsion appears to be directly attributable to the person being such a victim; or

        (b) the person is under 18.
      `,
      errors: [{ text: 'compelled', severity: 'warning' }],
      output: md`
        # Trafficking and Exploitation Bill

        ## 8. Guidance about the prosecution of victims

        (1) The Director must publish guidance on prosecuting a person who is, or appears to be, a victim of an offence under section 2 or section 5.

        (2) The guidance must set out the factors the prosecutor is to weigh in deciding whether to prosecute such a person for an alleged offence where—

        (a) the offence appears to have been committed as a direct result of the person's being such a victim; or

        (b) the person is under 18.
      `,
    },
    {
      name: '"such a victim" replaces the whole of the bill\'s term ("victim of trafficking in human beings"), never part of it',
      code: md`
        **Article 16a.** A person who committed a crime as a victim of trafficking in human beings is not guilty if he or she was compelled to commit it in connection with being such a victim.
      `,
      errors: [{ text: 'compelled', severity: 'warning' }],
      output: md`
        **Article 16a.** A person who committed a crime as a victim of trafficking in human beings is not guilty if the crime was committed as a direct result of his or her being such a victim.
      `,
    },
    {
      name: 'a section left with one subsection once the fix leaves out the one defining the test is no longer numbered ("**7.**—(1) A person" becomes "**7.** A person")',
      code: md`
        **Defence for trafficking victims**

        **7.**—(1) A person is not guilty of an offence if—

        (a) the person acts because someone compels the person to act;

        (b) the compulsion stems from the person's being trafficked; and

        (c) an ordinary person sharing the person's relevant traits would have had no realistic alternative.

        (2) In this section "relevant traits" means age, sex and any illness or disability.
      `,
      errors: [{ text: "ordinary person sharing the person's relevant traits would have had no realistic alternative", severity: 'error' }],
      output: md`
        **Defence for trafficking victims**

        **7.** A person is not guilty of an offence if the person acts as a direct result of being a victim of trafficking.
      `,
    },
    {
      name: 'a lone subsection that another provision names ("section 7(1)") keeps its number',
      code: md`
        **Defence for trafficking victims**

        **7.**—(1) A person is not guilty of an offence if—

        (a) the person acts because someone compels the person to act;

        (b) the compulsion stems from the person's being trafficked; and

        (c) an ordinary person sharing the person's relevant traits would have had no realistic alternative.

        (2) In this section "relevant traits" means age, sex and any illness or disability.

        **8.** A prosecutor who considers that section 7(1) may apply shall discontinue the proceedings.
      `,
      errors: [{ text: "ordinary person sharing the person's relevant traits would have had no realistic alternative", severity: 'error' }],
      output: md`
        **Defence for trafficking victims**

        **7.**—(1) A person is not guilty of an offence if the person acts as a direct result of being a victim of trafficking.

        **8.** A prosecutor who considers that section 7(1) may apply shall discontinue the proceedings.
      `,
    },
    {
      name: 'the status stated in a paragraph the rewrite leaves out ("a victim of slavery or human trafficking") is kept',
      code: md`
        ## Article 9

        (1) A person (P) is not guilty of an offence if—

        (a) P did the act because P was compelled to do it; and

        (b) the compulsion arose from P being a victim of slavery or human trafficking.
      `,
      errors: [{ text: 'compelled', severity: 'warning' }],
      output: md`
        ## Article 9

        (1) A person (P) is not guilty of an offence if P did the act as a direct result of being a victim of slavery or human trafficking.
      `,
    },
    {
      name: 'a list left with one paragraph by the causation rewrite is run into its sentence (no lone "(a)")',
      code: md`
        ## 31. Defence for victims of trafficking

        (1) A person does not commit an offence by doing an act if—

        (a) the person did the act because another person threatened the person, or a relative of the person, with death or serious harm;

        (b) the threat was made in connection with the person being a victim of trafficking; and

        (c) the person had no real opportunity to get away from the threat.

        (2) This section applies to persons of any age.
      `,
      errors: [{ text: 'threatened the person, or a relative of the person, with death or serious harm', severity: 'error' }],
      output: md`
        ## 31. Defence for victims of trafficking

        (1) A person does not commit an offence by doing an act if the person did the act as a direct result of being a victim of trafficking.

        (2) This section applies to persons of any age.
      `,
    },
    {
      name: 'a definitions list left with one entry (its other term only served the compulsion test) becomes one sentence, US style; the title calls the entries paragraphs',
      code: md`
        ## Section 4. Defense to certain offenses.

        (a) For the purposes of this section, the term:

        (1) "Coercion" has the meaning given in section 2.

        (2) "Covered offense" means loitering, trespass, or solicitation under this chapter.

        (b) No defendant shall be found guilty of a covered offense where the defendant engaged in the conduct while being trafficked and acted under coercion.
      `,
      errors: [{ text: 'Coercion', severity: 'warning' }],
      output: md`
        ## Section 4. Defense to certain offenses.

        (a) For the purposes of this section, the term "Covered offense" means loitering, trespass, or solicitation under this chapter.

        (b) No defendant shall be found guilty of a covered offense where the offense was committed as a direct result of the defendant's being a victim of trafficking.
      `,
    },
    {
      name: 'a threshold of evidence listed before the compulsion test keeps its place; only the compulsion paragraphs become the causation test',
      code: md`
        ## 12 Guidance on prosecuting victims

        (1) The Director must publish guidance on prosecuting persons who are, or may be, victims of trafficking.

        (2) The guidance must say that an adult is not to be prosecuted for an offence where—

        (a) there is sound and credible evidence that the adult is a victim of trafficking,

        (b) the adult was compelled to commit the offence, and

        (c) the compulsion arose from the adult's being a victim of trafficking.
      `,
      errors: [{ text: 'compelled', severity: 'warning' }],
      output: md`
        ## 12 Guidance on prosecuting victims

        (1) The Director must publish guidance on prosecuting persons who are, or may be, victims of trafficking.

        (2) The guidance must say that an adult is not to be prosecuted for an offence where—

        (a) there is sound and credible evidence that the adult is a victim of trafficking, and

        (b) the offence was committed as a direct result of the adult's being a victim of trafficking.
      `,
    },
    {
      name: 'threat of death or serious injury, imminent (error)',
      code: md`
        **12. Non-liability.** A trafficked person shall not be liable for an offence where the person acted under an imminent threat of death or grievous bodily harm from the trafficker.
      `,
      errors: [{ text: 'imminent threat of death or grievous bodily harm', severity: 'error' }],
      output: md`
        **12. Non-liability.** A trafficked person shall not be liable for an offence where the offence was committed as a direct result of the person's having been trafficked.
      `,
    },
    {
      name: '"duress" named (error)',
      code: md`
        ## 9. Victims not punished

        A victim of trafficking who commits an offence under duress shall not be liable to punishment.
      `,
      errors: [{ text: 'duress', severity: 'error' }],
    },
    {
      name: 'bare compulsion, Indonesia art. 18 shape paraphrased (warning, no safe rewrite)',
      code: md`
        ## Article 18

        A victim who commits an offence under coercion by a trafficker shall not be held criminally responsible.
      `,
      errors: [{ text: 'coercion', severity: 'warning', message: /compelled/ }],
      output: null,
    },
    {
      name: 'compelled to do so (Council of Europe art. 26 shape), warning with a fix',
      code: md`
        ## 26. Non-punishment

        No penalty shall be imposed on victims of trafficking for their involvement in unlawful activities, to the extent that they have been compelled to do so.
      `,
      errors: [{ text: 'compelled', severity: 'warning' }],
      output: md`
        ## 26. Non-punishment

        No penalty shall be imposed on victims of trafficking for their involvement in unlawful activities, to the extent that the involvement arose as a direct result of their having been trafficked.
      `,
    },
    {
      name: 'forced to commit (warning)',
      code: md`
        ## 14. Non-punishment

        A victim of trafficking shall not be prosecuted for an offence if he or she was forced to commit it by the trafficker.
      `,
      errors: [{ text: 'was forced to', severity: 'warning' }],
    },
    {
      name: 'duress-level wording stays an error under a deliberate compulsion model',
      config: { model: 'compulsion' },
      code: md`
        ## 14. Non-punishment

        A victim shall not be prosecuted for an offence if compelled to commit it and there was no reasonable alternative.
      `,
      errors: [{ text: 'no reasonable alternative', severity: 'error' }],
    },
  ],
});

runHeldOutCases(duressThreshold);

describe('duress-threshold: the fix title names the divisions as the bill does', () => {
  it('calls a US section\'s "(1)", "(2)" under "(a)" paragraphs, and an article\'s "(a)", "(b)" under "(1)" sub-paragraphs', () => {
    const us = `## Section 4. Defense to certain offenses.

(a) For the purposes of this section, the term:

(1) "Coercion" has the meaning given in section 2.

(2) "Covered offense" means loitering, trespass, or solicitation under this chapter.

(b) No defendant shall be found guilty of a covered offense where the defendant engaged in the conduct while being trafficked and acted under coercion.
`;
    const title = (text: string) => lint(text, { only: ['duress-threshold'] }).findings.flatMap((f) => f.fixes)[0]?.title ?? '';
    assert.match(title(us), /leaving out paragraph \(1\), and running paragraph \(2\), now alone, into the sentence before it$/);
    const article = `## Article 9. Defence for victims of trafficking

(1) A person does not commit an offence by doing an act if—

(a) the person did the act because another person threatened the person, or a relative of the person, with death or serious harm;

(b) the threat was made in connection with the person being a victim of trafficking; and

(c) the person had no real opportunity to get away from the threat.
`;
    assert.match(title(article), /leaving out sub-paragraphs \(b\) and \(c\), and running sub-paragraph \(a\), now alone, into the sentence before it$/);
  });
});

describe('the fix title quotes the causation link as the new words write it (drafter review 8)', () => {
  it('names the class the provision protects, never "being trafficked" where the text says otherwise (own words)', () => {
    const bill = md`
      ## 8. Defence for victims of servitude

      A person is not guilty of an offence if the person committed it because the person was compelled to do so by another person holding the person in servitude.
    `;
    const fixes = lint(bill, { only: ['duress-threshold'] }).findings.flatMap((f) => f.fixes);
    assert.ok(fixes.length, 'a fix is offered');
    for (const fix of fixes) {
      const quoted = /causation test \("([^"]+)"\)/.exec(fix.title)?.[1];
      assert.ok(quoted, fix.title);
      const after = applyEdits(bill, fix.edits).text;
      assert.ok(after.includes(quoted.replace(/ …$/, '')), `${quoted} | ${after}`);
    }
  });
});
