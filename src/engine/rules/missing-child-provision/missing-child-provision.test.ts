import assert from 'node:assert/strict';
import { missingChildProvision } from './index.js';
import { lint } from '../../lint.js';
import { applyFixes } from '../../fix.js';
import { md, runRuleTests } from '../../../../test/rule-tester.js';
import { runHeldOutCases } from '../../../../test/held-out.js';

const LIMB =
  'Where the victim is a child, this section applies to any offence committed by the child as a direct result of the child\'s being a victim of trafficking, and it is not necessary to show that the child was compelled to commit the offence or that any of the means of trafficking was used. In this subsection, "child" means a person under the age of 18 years.';

/** The limb for a provision that speaks of no "victim" ("A person who is charged with an offence has a defence ..."): "Where the person is a child". */
const PERSON_LIMB = LIMB.replace('Where the victim is', 'Where the person is');

runRuleTests(missingChildProvision, {
  valid: [
    {
      name: 'a child limb that says no means need be shown ("whether or not the child was deceived")',
      code: md`
        ## 7. Victims not liable

        (1) A victim of trafficking is not liable for an offence the victim was compelled by the trafficker to commit.

        (2) A child victim is not liable for any offence committed as a direct result of being trafficked, whether or not the child was deceived, threatened or forced.
      `,
    },
    {
      name: 'a causation test with a child limb',
      code: md`
        ## 14. Non-punishment

        (1) A victim shall not be punished for any offence committed as a direct result of being trafficked.

        (2) Where the victim is a child, only the link between the offence and the trafficking is required.
      `,
    },
    {
      name: 'a compulsion test relieved for persons under eighteen in a later section that refers back',
      code: md`
        ## 14. Non-punishment

        A victim shall not be prosecuted for an offence the victim was compelled to commit.

        ## 15. Victims under eighteen

        Section 14 applies to a person under the age of eighteen without any requirement of compulsion.
      `,
    },
    {
      name: 'a separate non-punishment provision for child victims',
      code: md`
        ## 14. Adults

        An adult victim shall not be liable for any offence if compelled to commit it.

        ## 15. Children

        A child victim of trafficking shall not be liable for any offence related to his or her being trafficked.
      `,
    },
    {
      name: '"child" defined as a person under 18',
      code: md`
        ## 2. Interpretation

        "child" means a person under the age of eighteen years;
      `,
    },
    {
      name: 'no non-punishment provision at all',
      code: md`
        ## 3. Offence of trafficking

        A person who traffics a child commits an offence.
      `,
    },
  ],
  invalid: [
    {
      name: 'a limb that applies the adults\' paragraph to a minor "in the same terms" repeats the adults\' compulsion test: no cure (Iberian shape, own words; probe round 5)',
      code: md`
        ## Article 160-A. Non-punishment of the victim

        1. A victim of trafficking is not punishable for unlawful acts which the victim was forced to commit as a consequence of the trafficking.

        2. Where the victim is a minor, paragraph 1 applies in the same terms.
      `,
      errors: [{ text: 'minor, paragraph 1 applies in the same terms', severity: 'error' }],
    },
    {
      name: 'an adults-only defence under an "adult victims" heading: the age limit and "adult" in the heading both go',
      code: md`
        ## 31. Defence for adult victims

        A person aged 18 or over who is charged with an offence has a defence if the offence was a direct result of the person's having been trafficked.
      `,
      errors: [{ text: 'aged 18 or over', severity: 'error', message: /only victims aged 18 or over/ }],
      output: md`
        ## 31. Defence for victims

        (1) A person who is charged with an offence has a defence if the offence was a direct result of the person's having been trafficked.

        (2) ${PERSON_LIMB}
      `,
    },
    {
      name: 'a run-in heading naming "Adult victims": the capital passes to the next word',
      code: md`
        **31. Adult victims not liable.** A person aged 18 or over shall not be liable for an offence that was a direct result of the person's having been trafficked.
      `,
      errors: [{ text: 'aged 18 or over', severity: 'error', message: /only victims aged 18 or over/ }],
      output: md`
        **31. Victims not liable.** (1) A person shall not be liable for an offence that was a direct result of the person's having been trafficked.

        (2) ${PERSON_LIMB}
      `,
    },
    {
      name: 'a heading naming "adults" as a noun: it becomes "persons"',
      code: md`
        ## 31. Defence for trafficked adults

        A person aged 18 or over who is charged with an offence has a defence if the offence was a direct result of the person's having been trafficked.
      `,
      errors: [{ text: 'aged 18 or over', severity: 'error', message: /only victims aged 18 or over/ }],
      output: md`
        ## 31. Defence for trafficked persons

        (1) A person who is charged with an offence has a defence if the offence was a direct result of the person's having been trafficked.

        (2) ${LIMB.replace('Where the victim is', 'Where the trafficked person is').replace("the child's being a victim of trafficking", "the child's having been trafficked")}
      `,
    },
    {
      name: 'a heading naming "adults and children": still accurate, left as it is',
      code: md`
        ## 31. Defences for adults and children

        A person aged 18 or over who is charged with an offence has a defence if the offence was a direct result of the person's having been trafficked.
      `,
      errors: [{ text: 'aged 18 or over', severity: 'error', message: /only victims aged 18 or over/ }],
      output: md`
        ## 31. Defences for adults and children

        (1) A person who is charged with an offence has a defence if the offence was a direct result of the person's having been trafficked.

        (2) ${PERSON_LIMB}
      `,
    },
    {
      // The duress rule's causation rewrite cures this finding too, so it is the first fix offered (the
      // same edit as the duress rule's: the two findings' fixes agree in any order); the limb, numbered
      // after the drafter's subsections, follows for the hint that remains.
      name: 'compulsion test with nothing for children (error on the heading), fixed by the causation test and a numbered limb',
      code: md`
        ## 14. Non-liability of victims

        (1) A victim of trafficking shall not be criminally liable for any offence if the victim was compelled to commit it.

        (2) This section does not affect any other defence.
      `,
      errors: [{ text: '14. Non-liability of victims', severity: 'error', message: /compulsion/ }],
      output: md`
        ## 14. Non-liability of victims

        (1) A victim of trafficking shall not be criminally liable for any offence if the offence was committed as a direct result of the victim's having been trafficked.

        (2) This section does not affect any other defence.

        (3) ${LIMB}
      `,
    },
    {
      name: 'causation test silent on children (info)',
      code: md`
        **9. Non-punishment.** A trafficked person shall not be penalised for unlawful acts committed as a direct result of being trafficked.
      `,
      errors: [{ text: '9. Non-punishment.', severity: 'info', message: /says nothing of child victims/ }],
      // A section of one unnumbered paragraph: it becomes subsection (1) and the limb subsection (2).
      output: md`
        **9. Non-punishment.** (1) A trafficked person shall not be penalised for unlawful acts committed as a direct result of being trafficked.

        (2) ${LIMB.replace('Where the victim is', 'Where the trafficked person is').replace("child's being a victim of trafficking", "child's having been trafficked")}
      `,
    },
    {
      name: 'in an Article, the limb is a numbered paragraph and defines "child" for "this paragraph"',
      code: md`
        ## Article 9. Non-punishment

        (1) A victim of trafficking shall not be punished for unlawful acts committed as a direct result of being trafficked.
      `,
      errors: [{ text: 'Article 9. Non-punishment', severity: 'info', message: /says nothing of child victims/ }],
      output: md`
        ## Article 9. Non-punishment

        (1) A victim of trafficking shall not be punished for unlawful acts committed as a direct result of being trafficked.

        (2) ${LIMB.replace('In this subsection', 'In this paragraph').replace('this section applies', 'this article applies')}
      `,
    },
    {
      name: '"child" defined with an age below 18 (error on the age)',
      code: md`
        ## 2. Interpretation

        In this Act, "child" means a person below the age of sixteen years.

        ## 14. Non-punishment

        A child victim shall not be punished for any offence committed as a direct result of being trafficked.
      `,
      errors: [{ text: 'sixteen', severity: 'error', message: /under 16/ }],
      output: md`
        ## 2. Interpretation

        In this Act, "child" means a person below the age of eighteen years.

        ## 14. Non-punishment

        A child victim shall not be punished for any offence committed as a direct result of being trafficked.
      `,
    },
    {
      name: 'a child defined by completed years ("has not completed fifteen years of age") is a child under 15',
      code: md`
        ## 1. Definitions

        In this Law, "juvenile" means a person who has not completed fifteen years of age.

        ## 12. Exemption from penalty

        (1) A victim shall be exempt from penalty for any offence that the trafficker forced him or her to commit.

        (2) Where the victim is a juvenile, it is not necessary to prove that force was used.
      `,
      errors: [{ text: 'fifteen', severity: 'error', message: /under 15/ }],
      output: md`
        ## 1. Definitions

        In this Law, "juvenile" means a person who has not completed eighteen years of age.

        ## 12. Exemption from penalty

        (1) A victim shall be exempt from penalty for any offence that the trafficker forced him or her to commit.

        (2) Where the victim is a juvenile, it is not necessary to prove that force was used.
      `,
    },
    {
      name: 'a child limb that lowers the test but still asks for a means ("enough to show that the minor was misled") is not a cure',
      code: md`
        ## 7. Victims not liable

        (1) A victim of trafficking is not liable for an offence the victim was compelled by the trafficker to commit.

        (2) If the victim is a minor, it is enough to show that the minor was misled or lured by the trafficker into the offence.
      `,
      errors: [{ text: 'minor, it is enough to show that the minor was misled', severity: 'error', message: /still asks a child to show one of the means of trafficking/ }],
    },
    {
      name: 'a child limb asking for proof of a threat is not a cure, even under a causation test',
      code: md`
        ## 7. Victims not liable

        (1) A victim of trafficking is not liable for an offence committed as a direct result of being trafficked.

        (2) A child victim is not liable for such an offence on proof of threats made by the trafficker.
      `,
      errors: [{ text: 'child victim is not liable for such an offence on proof of threats', severity: 'error', message: /one of the means of trafficking/ }],
    },
    {
      name: 'violence by the victim that carves offences out is not the trafficker\'s means: only the hint, not an error',
      code: md`
        ## 5. Non-punishment

        A trafficked person is not punishable for offences that result directly from the trafficking, unless they were committed using violence or threats against another person.
      `,
      errors: [{ text: '5. Non-punishment', severity: 'info', message: /says nothing of child victims, and neither does the rest of the bill/ }],
    },
    {
      name: 'the trafficker\'s violence and threats against the victim are means the victim must show: an error',
      code: md`
        ## 5. Non-punishment

        A trafficked person is not punishable for offences committed as a result of violence or threats used against him or her by the trafficker.
      `,
      errors: [{ text: '5. Non-punishment', severity: 'error', message: /compulsion or the means the trafficker used/ }],
    },
    {
      name: 'a bill that defines "child" elsewhere is not said to be silent on children',
      code: md`
        ## 1. Interpretation

        In this Act, "child" means a person under the age of eighteen years.

        ## 6. Victims not to be penalised

        A victim of trafficking shall not be penalised for any offence committed as a direct result of being trafficked.
      `,
      errors: [{ text: '6. Victims not to be penalised', severity: 'info', message: /^Section 6 says nothing of child victims\. The bill defines "child", but no provision says how the protection applies to a child\./ }],
    },
  ],
});

/** The bill with the child limb fix of the rule's first finding applied (and only that fix). */
function withLimb(code: string): string {
  const finding = lint(code, { only: ['missing-child-provision'] }).findings[0];
  assert.ok(finding, 'the provision is flagged');
  const fix = finding.fixes.find((f) => /^Add a limb for child victims/.test(f.title));
  assert.ok(fix, `a limb is offered (offered: ${finding.fixes.map((f) => f.title).join('; ')})`);
  const out = applyFixes(code, [fix]).text;
  assert.deepEqual(lint(out, { only: ['missing-child-provision'] }).findings.map((f) => f.message), [], 'the limb cures the finding');
  return out;
}

const NOT_NECESSARY = 'and it is not necessary to show that the child was compelled to commit the offence or that any of the means of trafficking was used.';
const DEFINED = 'In this subsection, "child" means a person under the age of 18 years.';

// A limb that only says compulsion need not be shown leaves a child held to the provision's other
// conditions; the limb names them, by the provision's numbering or its words, and never the link.
describe('missing-child-provision: the limb sets aside the provision\'s other conditions', () => {
  // The limb's link is the provision's own "as a result of" (drafter review 10, B1), never a stricter one for a child.
  it('a condition of no opportunity to escape inside the protection\'s sentence is named by its words, from its "if" to the end', () => {
    const code = md`
      ## 22. Defence for victims

      A victim of trafficking is not guilty of an offence committed as a result of being trafficked if, when the offence was committed, the victim had no real opportunity to get away from the trafficker.
    `;
    assert.equal(
      withLimb(code),
      md`
        ## 22. Defence for victims

        (1) A victim of trafficking is not guilty of an offence committed as a result of being trafficked if, when the offence was committed, the victim had no real opportunity to get away from the trafficker.

        (2) Where the victim is a child, this section applies to any offence committed by the child as a result of the child's being a victim of trafficking, ${NOT_NECESSARY} Subsection (1) applies to a child as if the words from "if" to the end were omitted. ${DEFINED}
      `,
    );
  });

  it('a list of conditions: the compulsion and reasonable-person paragraphs are named, the paragraph on the person\'s status is kept', () => {
    const code = md`
      ## 30. Defence

      (1) A person is not criminally liable for an offence if—

      (a) the person was a trafficked person when the person did the act;

      (b) the person did the act because the person was coerced into it; and

      (c) an ordinary person in the person's circumstances would have had no real choice but to do the act.

      (2) This section does not affect any other defence.
    `;
    assert.equal(
      withLimb(code),
      `${code}\n(3) Where the trafficked person is a child, this section applies, without the conditions in paragraphs (b) and (c) of subsection (1), to any offence committed by the child as a direct result of the child's having been trafficked, ${NOT_NECESSARY} ${DEFINED}\n`,
    );
  });

  it('a subsection setting out the conditions ("The conditions are that—") is named whole', () => {
    const code = md`
      ## 8. Non-liability

      (1) A victim of trafficking is not liable for an offence if the conditions in subsection (2) are met.

      (2) The conditions are that—

      (a) the victim acted under a threat of death made by the trafficker; and

      (b) the victim could not have avoided the act.
    `;
    assert.equal(
      withLimb(code),
      `${code}\n(3) Where the victim is a child, this section applies, without the conditions in subsection (2), to any offence committed by the child as a direct result of the child's being a victim of trafficking, ${NOT_NECESSARY} ${DEFINED}\n`,
    );
  });

  it('an "applies only if" subsection is named; one that states the link to the trafficking is kept', () => {
    const code = md`
      ## 31. Immunity

      (1) A trafficked person is not liable to prosecution for any offence.

      (2) Subsection (1) applies only if the offence was a direct result of the person's having been trafficked.

      (3) Subsection (1) applies only if the person was forced by the trafficker to commit the offence.
    `;
    assert.equal(
      withLimb(code),
      `${code}\n(4) Where the trafficked person is a child, this section applies, without the condition in subsection (3), to any offence committed by the child as a direct result of the child's having been trafficked, ${NOT_NECESSARY} ${DEFINED}\n`,
    );
  });

  it('an exclusion of serious offences in a subsection of its own is overridden ("despite subsection (2)")', () => {
    const code = md`
      ## 45. Defence

      (1) A person is not guilty of an offence if the person commits it as a direct consequence of being a victim of trafficking.

      (2) This section does not apply to an offence punishable by imprisonment for life.
    `;
    assert.equal(
      withLimb(code),
      `${code}\n(3) Where the victim is a child, this section applies, despite subsection (2), to any offence committed by the child as a direct result of the child's being a victim of trafficking, ${NOT_NECESSARY} ${DEFINED}\n`,
    );
  });

  it('a seriousness limit inside the protection\'s sentence is named by its words', () => {
    const code = md`
      ## 9. Victims not to be punished

      A victim of trafficking shall not be prosecuted for an offence committed as a direct result of being trafficked, unless the gravity of the offence requires that the victim be punished.
    `;
    assert.equal(
      withLimb(code),
      md`
        ## 9. Victims not to be punished

        (1) A victim of trafficking shall not be prosecuted for an offence committed as a direct result of being trafficked, unless the gravity of the offence requires that the victim be punished.

        (2) Where the victim is a child, this section applies to any offence committed by the child as a direct result of the child's being a victim of trafficking, ${NOT_NECESSARY} Subsection (1) applies to a child as if the words from "unless" to the end were omitted. ${DEFINED}
      `,
    );
  });

  it('relief from a conviction asks whether the person was a child at the time of the offence (applicants are adults by then)', () => {
    const code = md`
      ## 20. Setting aside convictions

      (1) On the application of a person convicted of an offence, the court shall set aside the conviction where the offence was committed as a direct result of the person's being a victim of trafficking.
    `;
    assert.equal(withLimb(code), `${code}\n(2) Where the victim was a child at the time of the offence, this section applies to any offence committed by the child as a direct result of the child's being a victim of trafficking, ${NOT_NECESSARY} ${DEFINED}\n`);
  });

  it('a section that protects at trial and also sets convictions aside asks the age at the time of the offence too', () => {
    assert.match(
      limbOf(md`
        ## 25. Non-liability and convictions

        (1) A victim of trafficking is not liable to be punished for any offence committed as a direct result of being trafficked.

        (2) A person convicted of an offence to which subsection (1) applies may apply to the court to have the conviction set aside, and the court shall set it aside where the offence was committed as a direct result of being trafficked.
      `),
      /^\(3\) Where the victim was a child at the time of the offence, this section applies to any offence committed by the child/,
    );
  });

  it('in a section that creates the offence, the limb names the subsection holding the protection, never "this section"', () => {
    const code = md`
      ## 7-301. Begging.

      (1) A person who begs in a public place commits an offence and is liable to a fine.

      (2) It is a defence to a charge under this section that the person begged because he or she was compelled to do so by a trafficker.
    `;
    assert.match(withLimb(code), /\n\(3\) Where the person is a child, subsection \(2\) applies to any offence committed by the child as a direct result/);
  });

  it('a provision with no other condition gets the limb alone', () => {
    const code = md`
      ## 14. Non-punishment

      (1) A victim of trafficking shall not be punished for any offence committed as a direct result of being trafficked.
    `;
    assert.equal(withLimb(code), `${code}\n(2) Where the victim is a child, this section applies to any offence committed by the child as a direct result of the child's being a victim of trafficking, ${NOT_NECESSARY} ${DEFINED}\n`);
  });

  it('a bill whose defined term is a bare "victim" says "having been trafficked", never "being a victim" of nothing said', () => {
    const code = md`
      ## 2. Interpretation

      In this Act, "victim" means a person who has been trafficked.

      ## 19. Non-punishment

      A victim shall not be punished for an unlawful act committed as a direct result of being trafficked.
    `;
    const out = withLimb(code);
    assert.match(out, /as a direct result of the child's having been trafficked, and it is not necessary/);
    assert.doesNotMatch(out, /being a victim[,.]/);
  });
});

/** The limb the fix adds: the last paragraph of the fixed bill. */
function limbOf(code: string): string {
  const out = withLimb(code).trimEnd();
  return out.slice(out.lastIndexOf('\n\n') + 2);
}

const APPLIES = "this section applies to any offence committed by the child as a direct result of the child's being a victim of trafficking,";

// Conditions that still reach a child although the limb says compulsion need not be shown: a threat,
// fear, necessity, co-operation, a qualifier, a power, nationality, a presumption against the person,
// an exclusion of offences by their penalty. Read from what the other rules read in the provision.
describe('missing-child-provision: conditions the other rules read are set aside for a child', () => {
  it('a threat stated after the act\'s "committed", with no "if": from its "while" to the end', () => {
    assert.equal(
      limbOf(md`
        ## 30. Defence

        (1) A trafficked person is not criminally responsible for an offence committed while that person was under a threat of death or serious injury to a relative, made by the exploiter.
      `),
      `(2) Where the trafficked person is a child, this section applies to any offence committed by the child as a direct result of the child's having been trafficked, ${NOT_NECESSARY} Subsection (1) applies to a child as if for the words from "while" to the end there were substituted "as a direct result of the child's having been trafficked". ${DEFINED}`,
    );
  });

  it('a test of time just before the compulsion test ("while subjected to exploitation where ...") goes with it, so the child meets the link alone (own words; drafter review 10, #404)', () => {
    assert.match(
      limbOf(md`
        **Article 12. Exemption from liability**

        Trafficked persons are not criminally responsible for acts they commit while subjected to exploitation where, in the circumstances, no other conduct could reasonably have been expected of them.
      `),
      /applies to a child as if for the words from "while" to the end there were substituted "as a direct result of the child's having been trafficked"\./,
    );
  });

  it('a short condition of fear, or of acting against one\'s will, is quoted whole and, being the only link, replaced by the link', () => {
    assert.match(
      limbOf(md`
        ## 19. No liability

        No victim of trafficking shall be held liable for any offence which the victim committed out of fear of reprisals.
      `),
      /Subsection \(1\) applies to a child as if for the words "out of fear of reprisals" there were substituted "as a direct result of the child's being a victim of trafficking"\./,
    );
    assert.match(
      limbOf(md`
        ## 150. Release from liability

        A victim of trafficking is released from criminal liability for offences committed against her will while she was held by the traffickers.
      `),
      /Subsection \(1\) applies to a child as if for the words "against her will" there were substituted "as a direct result of the child's being a victim of trafficking"\./,
    );
  });

  it('a condition that also states the person\'s status loses only its part about compulsion, which gives way to the link', () => {
    assert.match(
      limbOf(md`
        ## 8. Exemption

        A person shall be exempt from penalty if it is shown that the person was a victim of trafficking and that the person was forced to commit the act.
      `),
      /Subsection \(1\) applies to a child as if for the words from "and that the" to the end there were substituted "and that the act was committed as a direct result of the child's being a victim of trafficking"\./,
    );
  });

  it('a compulsion test in the act\'s own description is lifted expressly, the act kept in its plain form (drafter review 5b, C1)', () => {
    const limb = limbOf(md`
      ## 12. Non-punishment

      A victim of trafficking shall not be punished for acts which the victim was compelled to carry out as a direct consequence of being trafficked.
    `);
    assert.match(limb, /Subsection \(1\) applies to a child as if for the words "was compelled to carry out" there were substituted "carried out"\./);
  });

  it('a proviso of co-operation with the authorities: from "provided that" to the end', () => {
    assert.equal(
      limbOf(md`
        ## 20. Non-prosecution

        A victim of trafficking shall not be prosecuted for any offence committed as a direct result of being trafficked, provided that the victim co-operates with the investigating authorities.
      `),
      `(2) Where the victim is a child, ${APPLIES} ${NOT_NECESSARY} Subsection (1) applies to a child as if the words from "provided that" to the end were omitted. ${DEFINED}`,
    );
  });

  it('a qualifier ("in appropriate cases") is omitted for a child; a power ("may decline to") becomes a duty', () => {
    assert.match(
      limbOf(md`
        ## 14. Protection from punishment

        In appropriate cases, a victim of trafficking shall not be detained or prosecuted for any offence committed as a direct result of being trafficked.
      `),
      /Subsection \(1\) applies to a child as if the words "In appropriate cases" were omitted\./,
    );
    assert.match(
      limbOf(md`
        ## 17. Discretion of the prosecutor

        The prosecutor may decline to prosecute a victim of trafficking for an offence committed as a direct result of being trafficked.
      `),
      /Subsection \(1\) applies to a child as if for the words "may decline to" there were substituted "shall not"\./,
    );
  });

  it('a power to clear a conviction becomes a duty for a child, and one word is "the word"', () => {
    assert.match(
      limbOf(md`
        ## 30. Wiping records

        Where a judge finds that an applicant was convicted of an offence the applicant committed as a direct result of being trafficked, the conviction may be erased from every register on the applicant's request.
      `),
      /^\(2\) Where the person was a child at the time of the offence, .* Subsection \(1\) applies to a child as if for the word "may" there were substituted "shall"\./,
    );
    assert.match(
      limbOf(md`
        ## 31. Appeals by victims

        (1) A victim of trafficking shall not be punished for any offence committed as a direct result of being trafficked.

        (2) Where a victim of trafficking was convicted of such an offence before this Act came into force, the appellate court may quash the conviction.
      `),
      /Subsection \(2\) applies to a child as if for the word "may" there were substituted "shall"\./,
    );
  });

  it('a motion to vacate a conviction asks the age at the time of the offence, whatever the protection is read as', () => {
    assert.match(
      limbOf(md`
        ## 12. Vacating judgments

        (a) A person whose conviction arose from having been trafficked may petition the court to vacate that conviction.

        (b) The court shall grant the petition if the petitioner shows that the conviction arose from having been trafficked.
      `),
      /^\(c\) Where the [\w ]{1,40} was a child at the time of the offen[cs]e, /,
    );
  });

  it('an officer\'s approval the decision waits for is omitted for a child, with the commas around it (never "may, , abstain")', () => {
    assert.match(
      limbOf(md`
        ## 8. Discontinuance

        The district prosecutor may, with the consent of the Director of Public Prosecutions, abstain from prosecuting a victim of trafficking for any offence committed as a direct result of being trafficked.
      `),
      /as if the words ", with the consent of the Director of Public Prosecutions," were omitted and as if for the word "may" there were substituted "shall"\./,
    );
  });

  it('a fear joined to the link with "and" is set aside for a child, the link kept', () => {
    assert.match(
      limbOf(md`
        ## 7. Defence of coercion

        (a) It is a defense to a charge of any crime that the accused was coerced into committing it as a direct result of being a victim of trafficking and was reasonably afraid of physical injury.

        (b) The defense under subsection (a) may be raised at trial.
      `),
      /Subsection \(a\) applies to a child as if the words from "and was reasonably" to the end were omitted and as if for the words "was coerced into committing" there were substituted "committed"\./,
    );
  });

  it('a carve-out from an open scope inside the protection\'s sentence is set aside for a child', () => {
    assert.match(
      limbOf(md`
        ## 5. Defence

        A. In a prosecution for any offense other than an offense causing grievous bodily harm, it is a defense that the accused acted as a direct result of being a victim of trafficking.

        B. The accused need not have reported the trafficking.
      `),
      /This section applies to a child as if the words "other than an offense causing grievous bodily harm" were omitted\./,
    );
  });

  it('the limb names the person as the provision does ("trafficked person", "presumed victim"), never more narrowly', () => {
    assert.match(
      limbOf(md`
        ## 40. Summary matters

        A trafficked person may not be convicted of any petty offence that the person committed as a direct consequence of being trafficked.
      `),
      /^\(2\) Where the trafficked person is a child, this section applies to any offence committed by the child as a direct result of the child's having been trafficked, /,
    );
    assert.match(
      limbOf(md`
        ## 42. Minor matters

        A trafficked person may not be convicted of a petty offence that the person committed because of being trafficked.
      `),
      /^\(2\) Where the trafficked person is a child, this section applies to any offence committed by the child as a direct result of the child's having been trafficked, /,
    );
    assert.match(
      limbOf(md`
        ## 41. Persons presumed to be victims

        (1) A person is presumed to be a victim where there are reasonable grounds to believe that the person was trafficked.

        (2) A presumed victim shall not be held in custody or punished for any offence committed in connection with the suspected trafficking while the presumption lasts.
      `),
      /^\(3\) Where the presumed victim is a child, this section applies to any offence committed by the child as a direct result of the presumed trafficking, /,
    );
  });

  it('the limb keeps the status the provision\'s own link names, where it is wider than trafficking', () => {
    assert.match(
      limbOf(md`
        ## 12. Victims of servitude offences

        (1) A person is not criminally responsible for an offence if the conduct was a direct result of the person being a victim of an offence against Part 4 or 5.

        (2) A defendant relying on subsection (1) bears an evidential burden.
      `),
      /this section applies to any offence committed by the child as a direct result of the child's being a victim of an offence against Part 4 or 5, /,
    );
    assert.match(
      limbOf(md`
        ## 13. Protection from conviction

        (1) A person must not be convicted of an offence committed as a direct result of the person having been trafficked or held in servitude.
      `),
      /as a direct result of the child's having been trafficked or held in servitude, /,
    );
    assert.match(
      limbOf(md`
        ## 15. No conviction

        (1) A person must not be convicted of an offence committed as a direct result of the person having been trafficked or put into forced labour.
      `),
      /as a direct result of the child's having been trafficked or put into forced labour, /,
    );
    assert.match(
      limbOf(md`
        ## 14. Exploited victims

        A victim of trafficking who joins in offences as a direct consequence of having been exploited bears no liability for them.
      `),
      /as a direct result of the child's having been exploited, /,
    );
  });

  it('in regulations the limb speaks of "this regulation" and "this subregulation"', () => {
    assert.match(
      limbOf(md`
        # VICTIM PROTECTION REGULATIONS

        **4.** (1) A trafficked person shall not be prosecuted for an offence committed as a direct result of being trafficked.

        (2) Subregulation (1) applies whether or not the person has been identified as a victim.
      `),
      /^\(3\) Where the trafficked person is a child, this regulation applies to any offence .* In this subregulation, "child" means/,
    );
  });

  it('a protection limited to victims who are not nationals: the limiting words are omitted for a child', () => {
    assert.match(
      limbOf(md`
        ## 9. Foreign victims

        A victim who is not a national of the Republic shall not be held liable or deported for any act committed as a direct result of having been trafficked.
      `),
      /as if the words "who is not a national of the Republic" were omitted\./,
    );
  });

  it('a presumption against the person, and an exclusion of offences by penalty written "Nothing in ...", are overridden', () => {
    assert.match(
      limbOf(md`
        ## 26. Non-liability

        (1) A victim of trafficking is not criminally liable for offences committed as a direct result of being trafficked.

        (2) An offence committed after the person got away from the trafficker is presumed not to be such a result.
      `),
      /^\(3\) Where the victim is a child, this section applies, despite subsection \(2\), to any offence/,
    );
    assert.match(
      limbOf(md`
        ## 21. Acquittal

        (1) A court shall acquit a victim of trafficking of any offence committed as a direct result of being trafficked.

        (2) Nothing in subsection (1) applies to an offence punishable by life imprisonment.
      `),
      /^\(3\) Where the victim is a child, this section applies, despite subsection \(2\), to any offence/,
    );
  });
});

// The limb protects the class the adults' rule protects, never a narrower one.
describe('missing-child-provision: the limb names the provision\'s own protected class', () => {
  it('a status wider than trafficking, and past victims, are kept', () => {
    assert.match(
      limbOf(md`
        ## 12. Disregarding convictions

        (1) The Minister must disregard a conviction if the offence was committed as a direct consequence of the applicant being, or having been, a victim of slavery or human trafficking.
      `),
      /as a direct result of the child's being, or having been, a victim of slavery or human trafficking, and it is not necessary/,
    );
    assert.match(
      limbOf(md`
        ## 21. Defence for victims of slavery

        (1) A person is not guilty of an offence if the person is compelled to do the act and the compulsion is attributable to slavery or to relevant exploitation.
      `),
      /as a direct result of the child's being a victim of slavery or relevant exploitation, and it is not necessary/,
    );
  });

  it('a definition of the person protected that names the means is set aside for a child, so the limb does not contradict it', () => {
    assert.match(
      withLimb(md`
        ## 15. Protection of victims

        (1) A trafficking victim shall not be punished for any offence committed as a direct result of being trafficked.

        (2) In this section, "trafficking victim" means a person who was moved or held by means of force or deception for the purpose of exploitation.
      `),
      /was used\. The definition of "trafficking victim" in this section applies to a child as if the words "by means of force or deception" were omitted\./,
    );
  });

  it('a person named by what was done to them ("a person affected by trafficking") is named so in the limb', () => {
    assert.match(
      limbOf(md`
        ## 22. No penalty

        No penalty shall be imposed on a person affected by trafficking for any act the person carried out as a direct result of being trafficked.
      `),
      /^\(2\) Where the person affected by trafficking is a child, this section applies to any act done by the child as a direct result of the child's having been trafficked, and/,
    );
  });
});

// The provision's own words for its units and its numbering decide the limb's.
describe('missing-child-provision: the limb in the provision\'s own numbering and unit words', () => {
  it('"sub-section", "sub-article", "this Code section" and "paragraph 1" are the provision\'s words, and the limb uses them', () => {
    assert.match(
      limbOf(md`
        ## 21. Acquittal

        (1) A court shall acquit a victim of trafficking of any offence committed as a direct result of being trafficked.

        (2) Nothing in sub-section (1) shall apply to an offence punishable with death.
      `),
      /this section applies, despite sub-section \(2\), to any offence .* In this sub-section, "child" means/,
    );
    assert.match(
      limbOf(md`
        ## 26. Non-punishment of victims

        1/ A victim of trafficking shall not be held criminally liable for any crime committed as a direct consequence of being trafficked.

        2/ Sub-article (1) of this Article applies without prejudice to any other defence.
      `),
      /^3\/ Where the victim is a child, .* In this sub-article, "child" means/,
    );
    assert.match(
      limbOf(md`
        ## 16-3-7. Defense for victims.

        (a) No accused shall be found guilty of an offense committed as a direct result of being a victim of trafficking.

        (b) Any defense arising under this Code section may be raised at trial.
      `),
      /^\(c\) Where the victim is a child, this Code section applies to any offense/,
    );
    assert.match(
      limbOf(md`
        ## 3. Suspects who are victims

        (1) The prosecutor shall refrain from prosecuting a victim of trafficking for offences committed as a direct result of being trafficked.

        (2) The suspect need not have reported the trafficking for paragraph 1 to apply.
      `),
      /In this paragraph, "child" means/,
    );
  });

  it('an article\'s own number in brackets is never taken for a paragraph number', () => {
    const code = md`
      # Law on Trafficking

      **Article (7)**

      The victim shall not be liable for any offence that arose from the victim's having been trafficked.
    `;
    const out = withLimb(code);
    assert.match(out, /\*\*Article \(7\)\*\*\n\n\(1\) The victim shall not be liable/);
    assert.match(out, /\n\(2\) Where the victim is a child/);
  });

  it('in a statute divided into subdivisions the limb is the next subdivision, never an item of a list of offences', () => {
    const out = withLimb(md`
      # A bill for an act relating to public safety

      § 611.40. DEFENSE FOR VICTIMS.

      Subdivision 1. Defense. In a prosecution for an offense listed in subdivision 2, it is a defense that the defendant acted as a direct result of having been trafficked.

      Subd. 2. Offenses. This defense applies in a prosecution for the following offenses:

      (1) loitering under section 609.1;

      (2) trespass under section 609.2.
    `);
    assert.match(out, /\(2\) trespass under section 609\.2\.\n\nSubd\. 3\. Where the victim is a child, this section applies to any offense .* In this subdivision, "child" means/);
  });

  it('a subdivision that limits the defence to some offences ("may be raised only in a prosecution for") is displaced for a child: "despite subdivision 2" (drafter review 7, Minnesota style)', () => {
    const out = withLimb(md`
      # A bill for an act relating to public safety

      § 611.40. DEFENSE FOR VICTIMS.

      Subdivision 1. Defense. In a prosecution for an offense listed in subdivision 2, it is a defense that the defendant acted as a direct result of having been trafficked.

      Subd. 2. Offenses. This defense may be raised only in a prosecution for the following offenses:

      (1) loitering under section 609.1;

      (2) trespass under section 609.2.
    `);
    assert.match(out, /\nSubd\. 3\. Where the victim is a child, this section applies, despite subdivision 2, to any offense committed by the child/);
  });
});

// Conditions no other rule reads, still on the face of the provision for a child (drafter's review 4b, A2-A5):
// control by the trafficker, proof of force, a penalty only lessened, a period tied to a certificate, a penalty
// kept for serious offences; the class the provision protects; its own words for itself; a new (1) in lower case.
describe('missing-child-provision: what drafter review 4b found still blocking a child', () => {
  it('control by the trafficker as a proviso is replaced by the link; beside another test, both give way to one statement of it', () => {
    assert.equal(
      limbOf(md`
        ## 20. No liability for status offences

        A victim of trafficking incurs no criminal liability for overstaying a visa, provided that the victim acted under the control of the trafficker.
      `),
      `(2) Where the victim is a child, ${APPLIES} ${NOT_NECESSARY} Subsection (1) applies to a child as if for the words "overstaying a visa" there were substituted "any offence" and as if for the words from "provided that" to the end there were substituted "if the offence was committed as a direct result of the child's being a victim of trafficking". ${DEFINED}`,
    );
    assert.equal(
      limbOf(md`
        ## 31. Exemption

        Victims of trafficking are exempt from criminal liability for any offence they commit while under the control of the traffickers, provided that they acted under threats.
      `),
      `(2) Where the victim is a child, ${APPLIES} ${NOT_NECESSARY} Subsection (1) applies to a child as if for the words from "while" to the end there were substituted "as a direct result of the child's being a victim of trafficking". ${DEFINED}`,
    );
  });

  it('an exclusion in a definition the protection uses is left out for a child, never replaced by the link (which the protection states itself)', () => {
    const limb = limbOf(md`
      ## Sec. 4. Clearing arrest records.

      (a) DEFINITION.—In this section, the term "covered offense" means any offense against the law of the State other than a crime of violence.

      (b) ARRESTS.—A person arrested for a covered offense may ask the court to expunge the record of the arrest, if the conduct leading to the arrest was directly related to the person's having been a victim of trafficking.
    `);
    assert.match(limb, /Subsection \(a\) applies to a child as if the words "other than a crime of violence" were omitted\./);
    assert.doesNotMatch(limb, /there were substituted/);
  });

  it('co-operation in the description of the person is left out up to its last word, never with the verb that follows it', () => {
    const limb = limbOf(md`
      **Article 7. Exemption of victims**

      A victim who helps the police in the inquiry and testifies against the traffickers shall be exempted from the penalties for breaches of the residence laws arising from the trafficking.
    `);
    assert.match(limb, /as if the words from "who" to "traffickers" were omitted and as if for the words "breaches of the residence laws" there were substituted "any offence or breach"\./);
  });

  it('control offered as an alternative to the link is no condition, and is left alone', () => {
    const limb = limbOf(md`
      ## 14. Non-liability

      A victim of trafficking shall not be prosecuted for any offence committed while the victim was under the control of a trafficker, or as a direct result of being trafficked.
    `);
    assert.doesNotMatch(limb, /as if/);
  });

  it('proof of force on condition after the protection\'s words, or asked of the person described, gives way to the link', () => {
    assert.equal(
      limbOf(md`
        ## 9. Exemption from penalties

        Whoever has been trafficked is exempt from the penalties of the Aliens Act, on condition that the person proves, to the satisfaction of the court, that the acts were imposed on the person through threats.
      `),
      `(2) Where a child has been trafficked, this section applies to any offence committed by the child as a direct result of the child's having been trafficked, ${NOT_NECESSARY} Subsection (1) applies to a child as if for the words "the Aliens Act" there were substituted "any law" and as if for the words from "on condition" to the end there were substituted "if the acts were committed as a direct result of the child's having been trafficked". ${DEFINED}`,
    );
    assert.equal(
      limbOf(md`
        ## 40. Exemption from punishment

        A victim who proves that she was compelled to break the laws on residence shall be exempt from punishment.
      `),
      `(2) Where the victim is a child, ${APPLIES} ${NOT_NECESSARY} Subsection (1) applies to a child as if for the words "proves that she was compelled" there were substituted "was led, as a direct result of the child's being a victim of trafficking,". ${DEFINED}`,
    );
  });

  it('a constraint the person could not resist, naming the trafficking as its source, in the description of the person', () => {
    assert.equal(
      limbOf(md`
        ## 11. Constraint

        A victim of trafficking who committed an offence while under a constraint, arising from the trafficking, that the victim could not resist shall not be criminally liable for it.
      `),
      `(2) Where the victim is a child, ${APPLIES} ${NOT_NECESSARY} Subsection (1) applies to a child as if for the words from "while" to "resist" there were substituted "as a direct result of the child's being a victim of trafficking". ${DEFINED}`,
    );
  });

  it('a penalty only lessened or remitted is remitted for a child; a period tied to a certificate is omitted', () => {
    assert.match(
      limbOf(md`
        ## 29. Mitigation

        Where a victim of trafficking breaks any other criminal law because of having been trafficked, the punishment shall be reduced or waived.
      `),
      /Subsection \(1\) applies to a child as if for the words "reduced or waived" there were substituted "waived"\./,
    );
    assert.match(
      limbOf(md`
        ## 8. Protection of certified persons

        A person holding a certificate issued by the Commissioner as a victim of trafficking shall not, for as long as the certificate is valid, be detained or prosecuted for any offence committed as a direct result of being trafficked.
      `),
      /the words "for as long as the certificate is valid" were omitted\./,
    );
  });

  it('a report by the victim, a penalty kept for serious offences and a power to decline are set aside for a child', () => {
    assert.match(
      limbOf(md`
        ## 12. Victims who report

        If a victim of trafficking reports the trafficking and the report shows that the victim committed an offence, the prosecutor may decline to prosecute it, unless its gravity calls for a penalty.
      `),
      /as if the words "reports the trafficking and the report shows that the victim" were omitted and as if for the words "may decline to" there were substituted "shall not" and as if for the words from "unless" to the end there were substituted "if the offence was committed as a direct result of the child's being a victim of trafficking"\./,
    );
  });

  it('a "when" or "while" after the act\'s verb gives way to the link alone, never a second "the offence"', () => {
    assert.match(
      limbOf(md`
        ## 6. Forced criminal activity

        A victim of trafficking is not punishable for having engaged in criminal activities when the victim was coerced into them.
      `),
      /as if for the words from "when" to the end there were substituted "as a direct result of the child's being a victim of trafficking"\./,
    );
  });

  it('the class the provision protects: an alternative status, and persons exploited by another', () => {
    assert.match(
      limbOf(md`
        ## 15. Non-liability

        A victim of trafficking in persons, or of being held in servitude, shall not be punished for any offence committed because of it if the victim was compelled to commit the offence.
      `),
      /as a direct result of the child's being a victim of trafficking in persons, or of being held in servitude, and it is not necessary/,
    );
    const out = withLimb(md`
      ## 7. Defence for exploited persons

      (1) A person is not guilty of an offence if the person was compelled to commit it by another person who was exploiting the person.
    `);
    assert.match(out, /\n\(2\) Where the person is a child, .* as a direct result of the child's having been exploited, and it is not necessary/);
  });

  it('a rule against detention that says nothing of offences: the limb says for whom it holds, not to which offences', () => {
    assert.equal(
      limbOf(md`
        **Section 5 — No detention of victims**

        A person recognised as a victim of trafficking in persons, or of holding a person in conditions of forced labour, shall not be kept in a detention centre for foreigners and shall be sent to a shelter.
      `),
      '(2) Where the victim of trafficking in persons is a child, this section applies to the child as a victim of trafficking in persons, or of holding a person in conditions of forced labour, whether or not any of the means of trafficking was used. Subsection (1) applies to a child as if for the words "recognised as" there were substituted "who is". In this subsection, "child" means a person under the age of 18 years.',
    );
  });

  it('a paragraph of a larger section that calls itself "this paragraph" is named so in the limb', () => {
    assert.match(
      limbOf(md`
        ## 210.4 Motion to set aside

        The court may, on the defendant's motion, set aside a conviction for loitering where the defendant's participation was a result of having been trafficked; no document shall be required for a motion under this paragraph.
      `),
      /^\(2\) Where the person was a child at the time of the offence, this paragraph applies to any offence .* In this subparagraph, "child" means/,
    );
  });

  it('a paragraph opening in lower case, numbered (1) by the fix, opens with a capital', () => {
    const out = withLimb(md`
      ## 14. Non-liability

      a victim of trafficking shall not be liable for any offence committed as a direct result of being trafficked.
    `);
    assert.match(out, /\n\(1\) A victim of trafficking shall not be liable/);
    // A quotation of those opening words quotes them as amended.
    const qualified = withLimb(md`
      ## 30. Discretion

      in appropriate cases, a victim of trafficking shall not be prosecuted for any offence committed as a direct result of being trafficked.
    `);
    assert.match(qualified, /\n\(1\) In appropriate cases, a victim/);
    assert.match(qualified, /as if the words "In appropriate cases" were omitted\./);
  });
});

runHeldOutCases(missingChildProvision);

// Drafter reviews 5b (A1) and 6: conditions a child need not meet, left on the face of the provision, are lifted
// expressly, with whole-word quotations that keep the sentence's grammar.
describe('missing-child-provision: no condition a child need not meet is left on the face of the provision', () => {
  it('coercion stated in the act ("that the person was coerced to commit the offence") reads, for a child, "committed"', () => {
    assert.equal(
      limbOf(md`
        ## 9. Defence of coercion

        (a) It is a defence to a charge of any offence that the person was coerced to commit the offence as a direct result of being trafficked.
      `),
      `(b) Where the person is a child, ${APPLIES} ${NOT_NECESSARY} Subsection (a) applies to a child as if for the words "was coerced to commit" there were substituted "committed". ${DEFINED}`,
    );
  });

  it('compulsion in the act with no other link: the act in its plain form carries the link', () => {
    assert.match(
      limbOf(md`
        ## 12. Non-punishment

        A victim of trafficking shall not be punished for offences which the victim was forced by the trafficker to commit.
      `),
      /Subsection \(1\) applies to a child as if for the words "was forced by the trafficker to commit" there were substituted "committed as a direct result of the child's being a victim of trafficking"\./,
    );
  });

  it('an official\'s opinion that the link exists is left out, so that the link itself is the condition', () => {
    assert.match(
      limbOf(md`
        ## 22. Discontinuance

        The Attorney General may decline to prosecute a victim of trafficking for any offence where the Attorney General is satisfied that the offence was committed as a direct result of being trafficked.
      `),
      /Subsection \(1\) applies to a child as if the words "the Attorney General is satisfied that" were omitted and as if for the words "may decline to" there were substituted "shall not"\./,
    );
  });

  it('an opinion followed by a second "that" clause is not left out (the sentence would lose its grammar)', () => {
    const limb = limbOf(md`
      ## 22. Discontinuance

      The Attorney General may decline to prosecute a person for any offence where the Attorney General is satisfied that the person is a victim of trafficking and that the offence was committed as a direct result of being trafficked.
    `);
    assert.doesNotMatch(limb, /is satisfied that" were omitted/);
  });

  it('recognition as a victim in the class protected: "who is", never the class left out', () => {
    assert.match(
      limbOf(md`
        ## 5. Non-detention

        Persons identified by the National Referral Unit as victims of trafficking shall not be detained for any offence committed as a direct result of being trafficked.
      `),
      /Subsection \(1\) applies to a child as if for the words "identified by the National Referral Unit as" there were substituted "who are"\./,
    );
    assert.match(
      limbOf(md`
        ## 5. Non-detention

        A person who has been certified as a victim of trafficking shall not be punished for any offence committed as a direct result of being trafficked.
      `),
      /Subsection \(1\) applies to a child as if for the words "has been certified as" there were substituted "is"\./,
    );
  });

  it('a limit to minor offences is lifted in each place, and the link goes on the offence rather than a second "if"', () => {
    assert.match(
      limbOf(md`
        ## 40. Victims who report

        (1) Where a person exploited by traffickers has committed a minor offence, the prosecutor may refrain from prosecuting the minor offence, unless the public interest requires a penalty.
      `),
      /Subsection \(1\) applies to a child as if the words from "unless" to the end were omitted and as if for the words "a minor offence" there were substituted "an offence as a direct result of the child's having been trafficked" and as if for the word "may" there were substituted "shall" and as if for the words "the minor offence" there were substituted "the offence"\./,
    );
  });

  it('petty offences named as the class covered: "offences", for a child', () => {
    assert.match(
      limbOf(md`
        ## 9. Petty offences

        A victim of trafficking shall not be prosecuted for petty offences committed as a direct result of being trafficked, if the victim was compelled to commit them.
      `),
      /as if for the words "petty offences" there were substituted "offences"\./,
    );
  });
});

// Drafter reviews 5b (A2, C3) and 6 (A4, A5, B3, B6, C): a limb never narrows the class or the deeds the provision
// covers, lifts an exclusion expressly, and names the person, the deeds and the units as the provision does.
describe('missing-child-provision: the limb never narrows, and speaks as the provision does', () => {
  it('what the person was compelled to do is kept, every part of it, now done as a direct result of the trafficking', () => {
    assert.match(
      limbOf(md`
        ## 8. Exemption

        A person shall be exempt from penalty if it is shown that she was a victim of trafficking and that she was compelled to commit offences against public order or to breach the terms of her visa.
      `),
      // The proof asked for ("it is shown that") goes with the compulsion (drafter review 7, C3).
      /Subsection \(1\) applies to a child as if for the words from "it is shown" to the end there were substituted "she committed offences against public order, or breached the terms of her visa, as a direct result of the child's being a victim of trafficking"\./,
    );
  });

  it('a class named by the offences committed against the person keeps every one of them in the link', () => {
    const limb = limbOf(md`
      ## 4. Victims of exploitation offences

      A victim of the offences under sections 12 and 13 shall not be punished for offences committed because forced to by the offender.
    `);
    assert.match(limb, /as a direct result of the child's being a victim of the offences under sections 12 and 13, and it is not necessary/);
    assert.match(limb, /there were substituted "as a direct result of the child's being a victim of the offences under sections 12 and 13"\./);
  });

  // Drafter review 7, A1 (Canada 279.05): a trafficked child is usually the victim of the offence of trafficking a
  // child, not of the one section that names the adults' class.
  it('a class named by one offence section is widened for a child to trafficking, beside the section', () => {
    assert.equal(
      limbOf(md`
        # Victims of Trafficking in Persons Bill

        ## 12. Relief for victims

        A person who is a victim of an offence under section 40 shall not be convicted of an offence committed by the person while under a threat of death from the trafficker.
      `),
      `(2) Where the victim is a child, this section applies to any offence committed by the child as a direct result of the child's being a victim of trafficking in persons or of an offence under section 40, and it is not necessary to show that the child was compelled to commit the offence or that any of the means of trafficking was used. Subsection (1) applies to a child as if for the words from "while" to the end there were substituted "as a direct result of the child's being a victim of trafficking in persons or of an offence under section 40". ${DEFINED}`,
    );
  });

  it('where the bill shows the one section to be the trafficking offence, the limb names trafficking alone', () => {
    assert.match(
      limbOf(md`
        # Victims Bill

        ## 40. Trafficking in persons

        A person who recruits another for exploitation commits an offence.

        ## 12. Relief for victims

        A person who is a victim of an offence under section 40 shall not be convicted of an offence committed by the person while under a threat of death from the trafficker.
      `),
      /as a direct result of the child's being a victim of trafficking in persons, and it is not necessary/,
    );
    // A section about slavery as well is not trafficking alone: the section stays beside it.
    assert.match(
      limbOf(md`
        # Victims Bill

        ## 40. Trafficking and slavery

        A person who holds another in slavery or recruits another for exploitation commits an offence.

        ## 12. Relief for victims

        A person who is a victim of an offence under section 40 shall not be convicted of an offence committed by the person while under a threat of death from the trafficker.
      `),
      /being a victim of trafficking or of an offence under section 40, and/,
    );
    // The offence named beside its number is trafficking: in those words, never twice.
    assert.match(
      limbOf(md`
        ## 12. Relief for victims

        A person who is a victim of an offence against section 40 (trafficking in persons) shall not be convicted of an offence committed by the person while under a threat of death from the trafficker.
      `),
      /the child's being a victim of trafficking in persons, and it is not necessary/,
    );
  });

  it('a paragraph stating only the status as victim of one offence section is lifted, the limb restating it wider; the age limit left out takes the causation test wide too', () => {
    const code = md`
      # Victims Bill

      ## 12. Stay of proceedings

      (1) The court shall stay proceedings against an accused who was 18 years of age or older at the time of the offence if—

      (a) the accused was then a victim of an offence under section 40; and

      (b) the accused committed the offence under a threat of death from the trafficker.
    `;
    const finding = lint(code, { only: ['missing-child-provision'] }).findings[0]!;
    const limb = finding.fixes.find((f) => /add a limb/.test(f.title))!;
    assert.equal(
      limb.edits[limb.edits.length - 1]!.newText.trim(),
      `(2) Where the victim is a child, this section applies, without the conditions in paragraphs (a) and (b) of subsection (1), to any offence committed by the child as a direct result of the child's being a victim of trafficking or of an offence under section 40, and it is not necessary to show that the child was compelled to commit the offence or that any of the means of trafficking was used. ${DEFINED}`,
    );
    const causation = finding.fixes.find((f) => /causation test/.test(f.title))!;
    assert.ok(causation.edits.some((e) => e.newText === "the offence was committed as a direct result of the accused's being a victim of trafficking or of an offence under section 40"));
    // Several sections are the provision's own class, kept as written.
    assert.match(
      limbOf(md`
        ## 12. Relief

        A person who is a victim of an offence under section 40 or 41 shall not be convicted of an offence committed by the person while under a threat of death from the trafficker.
      `),
      /the child's being a victim of an offence under section 40 or 41, and/,
    );
  });

  // Drafter review 7, A5 (Georgia 16-3-6): "while being trafficked ... and acted under coercion" is a temporal test
  // joined to a compulsion test; the link takes the place of both, never hung on the trafficking's citation.
  it('a status stated as a time and joined to a compulsion test is replaced whole by the link, from its "while"', () => {
    const limb = limbOf(md`
      ## 16. Defense

      (a) No defendant shall be found guilty of vagrancy where the defendant engaged in the conduct charged while being trafficked for forced labor in breach of section 9 (2) and acted under threat or deception.

      (b) The defense under this section is an affirmative defense.
    `);
    assert.match(limb, /Subsection \(a\) applies to a child as if for the word "vagrancy" there were substituted "any offense" and as if for the words from "while" to the end there were substituted "as a direct result of the child's being a victim of trafficking"\. In this/);
    // Where the sentence states the link itself, the status stays and only the test joined to it goes.
    assert.match(
      limbOf(md`
        ## 16. Defense

        (a) No defendant shall be found guilty of vagrancy where the defendant engaged in the conduct charged as a direct result of being trafficked while being a victim of trafficking and acted under threat or deception.
      `),
      /as if the words "and acted under threat or deception" were omitted and as if for the word "vagrancy" there were substituted "any offense"\./,
    );
  });

  // Drafter review 7, A2 (154c): the link governs the commission of the offence, not its disclosure, and a child
  // makes no report.
  it('a report that discloses the victim\'s own offence is no condition for a child: the link goes on the offence committed', () => {
    assert.equal(
      limbOf(md`
        ## 9. Victims who report

        Where a victim of trafficking, by reporting the crime, causes an offence which he or she committed to be discovered, the prosecutor may decline to prosecute that offence.
      `),
      `(2) Where the victim is a child, ${APPLIES} ${NOT_NECESSARY} Subsection (1) applies to a child as if for the words "by reporting the crime, causes an offence which he or she committed to be discovered" there were substituted "as a direct result of the child's being a victim of trafficking, has committed an offence" and as if for the words "may decline to" there were substituted "shall not". ${DEFINED}`,
    );
  });

  // Drafter review 7, C4: a limb that says "applies to any offence" displaces expressly every limit on the offences
  // in the protection's sentence, whether a kind, a named offence, a cross-reference or one law's penalties.
  // Drafter review 9, A1 and B1: where nothing in the provision ties the offences it names to the trafficking (an
  // unconditional bar), a child keeps them as they are and gains any other offence linked to the trafficking: words are
  // added after them, never put in their place (a child who could not show the link would lose the bar).
  it('a bar the provision gives outright is added to for a child, never replaced by a linked class (drafter review 9)', () => {
    assert.equal(
      limbOf(md`
        ## 8. Soliciting; young persons

        (a) No person under sixteen years of age may be prosecuted for soliciting.

        (b) In any prosecution for soliciting of a person aged sixteen or seventeen, it shall be presumed that another person coerced the person into committing the offense.
      `),
      `(c) Where the person is a child, this section applies to any offense committed by the child as a direct result of the child's being a victim of trafficking, and it is not necessary to show that the child was compelled to commit the offense or that any of the means of trafficking was used. Subsection (a) applies to a child as if after the word "soliciting" there were inserted "or for any other offense committed as a direct result of the child's being a victim of trafficking". In this subsection, "child" means a person under the age of eighteen years.`,
    );
    // A list of status offences protected outright, with the preposition that governs them ("charged with").
    assert.match(
      limbOf(md`
        ## 31. Trafficked persons

        A trafficked person shall not be charged with an offence under the Vagrancy Act or with sleeping in a public park.
      `),
      /Subsection \(1\) applies to a child as if after the words "an offence under the Vagrancy Act or with sleeping in a public park" there were inserted "or with any other offence committed as a direct result of the child's having been trafficked"\./,
    );
    // Fear that another person caused is no link: the first limb ("is a victim of trafficking") stays without one.
    assert.match(
      limbOf(md`
        ## 5. Defence

        In a prosecution for begging under section 9, the defendant has a defence if the defendant is a victim of trafficking, or if the defendant acted only because another person caused the defendant to fear serious harm.
      `),
      /as if after the words "begging under section 9" there were inserted "or for any other offence committed as a direct result of the child's being a victim of trafficking"\./,
    );
    // No definition in the bill: the term is the provision's words, kept, with any other linked offence beside it.
    assert.match(
      limbOf(md`
        ## 62A. Trafficked persons

        A trafficked person shall not be arrested, detained or punished for a trafficking-related offence.
      `),
      /as if after the words "a trafficking-related offence" there were inserted "or for any other offence committed as a direct result of the child's having been trafficked"/,
    );
  });

  // Drafter review 9, A2-A4: where the provision states the link itself, in the same sentence or in another of its parts
  // that conditions the protection, plain "any offence" goes in: the provision's own link then governs, with no second test.
  it('where the provision states the link, in the sentence or in another part, plain "any offence" is substituted (drafter review 9)', () => {
    assert.equal(
      limbOf(md`
        ## 12. Disregard of convictions of trafficking victims

        (1) A person convicted of, or cautioned for, vagrancy or begging may apply to the Minister for the conviction or caution to be disregarded.

        (2) The Minister must grant the application if it appears that the conduct was attributable to the applicant having been a victim of slavery or trafficking.
      `),
      `(3) Where the victim was a child at the time of the offence, this section applies to any offence committed by the child as a direct result of the child's being a victim of slavery or trafficking, and it is not necessary to show that the child was compelled to commit the offence or that any of the means of trafficking was used. Subsection (1) applies to a child as if for the words "vagrancy or begging" there were substituted "any offence". ${DEFINED}`,
    );
    assert.match(
      limbOf(md`
        ## 41. Defence

        (1) It is a defence to a charge of shoplifting that the accused was a victim of trafficking and that the conduct charged was occasioned by the trafficking.
      `),
      /Subsection \(1\) applies to a child as if for the word "shoplifting" there were substituted "any offence"\./,
    );
  });

  // Drafter review 9, #393: a paragraph of conditions that ties the offence to the trafficking by time alone is a test of
  // time, set aside for a child with the others; one that states the link ("attributable to") is kept.
  it('a paragraph that ties the offence to the trafficking by time alone is set aside for a child; a causal one is kept (drafter review 9)', () => {
    const conditions = (b: string) =>
      limbOf(md`
        ## 20. Defence

        (1) A victim of trafficking is not guilty of an offence where—

        (a) the victim was compelled by a trafficker to commit the offence; and

        ${b}
      `);
    assert.equal(
      conditions('(b) the victim committed the offence while being exploited by the trafficker.'),
      `(2) Where the victim is a child, this section applies, without the conditions in paragraphs (a) and (b) of subsection (1), to any offence committed by the child as a direct result of the child's being a victim of trafficking, and it is not necessary to show that the child was compelled to commit the offence or that any of the means of trafficking was used. ${DEFINED}`,
    );
    assert.match(conditions('(b) the offence took place during the months in which the victim was held by the trafficker.'), /without the conditions in paragraphs \(a\) and \(b\) of subsection \(1\),/);
    assert.match(conditions('(b) the offence was attributable to the victim having been trafficked.'), /without the condition in paragraph \(a\) of subsection \(1\),/);
  });

  // Drafter review 10, #495: administrative sanctions for deeds that are not offences; the condition names "those acts".
  it('a protection from administrative sanctions for named deeds reads, for a child, "any act" with its own link, never "any offence, where those acts" (own words; drafter review 10)', () => {
    assert.match(
      limbOf(md`
        **Article 7.– Non-sanction of victims**

        Victims of trafficking shall not incur administrative penalties, including deportation, for staying without a permit or for working without authorisation, where those acts are connected with their having been trafficked.
      `),
      /as if for the words from "staying without" to the end there were substituted "any act connected with their having been trafficked"\./,
    );
  });

  // Drafter review 10, #431: the person's status tied to the moment of the act is a test of time too.
  it('a paragraph asking that the person was a victim "at the time of the offence" is set aside for a child; one asking the status alone is kept (own words; drafter review 10)', () => {
    const conditions = (a: string) =>
      limbOf(md`
        ## 21. Defence

        (1) A person charged with an offence has a defence where—

        ${a}

        (b) the person was compelled by a trafficker to commit the offence.
      `);
    assert.match(conditions('(a) the person was a victim of trafficking at the time of the offence; and'), /without the conditions in paragraphs \(a\) and \(b\) of subsection \(1\),/);
    assert.match(conditions('(a) the person is a victim of trafficking; and'), /without the condition in paragraph \(b\) of subsection \(1\),/);
  });

  // Drafter review 9, B2: a class the bill defines as any offence linked to the trafficking already reaches every offence.
  it('a defined class that is itself open and linked is left as defined; a closed one is added to (drafter review 9)', () => {
    const open = limbOf(md`
      **2. Interpretation.** In this Act, "trafficking-linked offence" means any offence, whatever its nature, that a trafficked person commits as a direct result of being trafficked;

      **40. Protection.** A trafficked person shall not be prosecuted for a trafficking-linked offence.
    `);
    assert.match(open, /this section applies to any offence committed by the child/);
    assert.doesNotMatch(open, /as if/);
    assert.match(
      limbOf(md`
        **2. Interpretation.** In this Act, "status offence" means an offence of loitering or of overstaying a visa committed by a person by reason of being a victim of trafficking;

        **40. Protection.** A trafficked person shall not be prosecuted for a status offence.
      `),
      /as if after the words "a status offence" there were inserted "or for any other offence committed as a direct result of the child's having been trafficked"/,
    );
  });

  it('an offence named in the protection\'s sentence is displaced for a child by "any offence", in the sentence\'s grammar', () => {
    assert.match(
      limbOf(md`
        ## 5. Defence

        (1) It is a defence to a charge of begging under section 3 of the Vagrancy Act that the accused did the act as a direct result of having been trafficked.
      `),
      /Subsection \(1\) applies to a child as if for the words "begging under section 3 of the Vagrancy Act" there were substituted "any offence"\./,
    );
    assert.match(
      limbOf(md`
        ## 43. Loitering

        (c) A person has a defense to prosecution under this section if the person's conduct was caused by the person's being trafficked.
      `),
      /Subsection \(c\) applies to a child as if for the words "under this section" there were substituted "for any offense"\./,
    );
    // Deeds that need not be offences stay beside "any offence"; penalties named with their law become the same
    // penalties under any law; a relative clause (which may carry the person's status) is never quoted away.
    assert.match(
      limbOf(md`
        **Article 4. Non-punishment**

        (1) A victim of trafficking shall not be punished for infractions of the immigration rules, provided that the victim acted under threat.
      `),
      /as if for the words "infractions of the immigration rules" there were substituted "any offence or infraction"/,
    );
    assert.match(
      limbOf(md`
        **Article 4. Non-punishment**

        (1) A victim of trafficking shall be exempt from penalties laid down in the Aliens Act, provided that the victim acted under threat.
      `),
      /as if for the words "penalties laid down in the Aliens Act" there were substituted "penalties under any law"/,
    );
    assert.doesNotMatch(
      limbOf(md`
        ## 6. Defense

        (1) It is a defense to a charge of loitering that, at the time, the defendant was a victim of trafficking and acted under threat.
      `),
      /there were substituted "any offen[cs]e"/,
    );
    // With the act named only by the charge, the link is put on the offence, never on an "act" with no antecedent.
    assert.match(
      limbOf(md`
        ## Sec. 3. Soliciting—affirmative defense

        (a) A defendant charged with soliciting for prostitution under section 11 has an affirmative defense if the defendant proves by a preponderance of the evidence that another person compelled the act by threatening to cause the defendant bodily injury, and that the defendant was reasonably afraid of that injury.
      `),
      /as if for the words "soliciting for prostitution under section 11" there were substituted "any offense" and as if for the words from "if" to the end there were substituted "if the offense was committed as a direct result of the child's being a victim of trafficking"\./,
    );
  });

  it('a protection that lasts only while a presumption of victim status lasts has no such limit for a child', () => {
    assert.match(
      limbOf(md`
        ## 12. Presumed victims

        (1) A person is presumed to be a victim of trafficking until the authority decides otherwise.

        (2) A presumed victim shall not be prosecuted for any offence committed as a direct result of the presumed trafficking for as long as the presumption remains in force.
      `),
      /Subsection \(2\) applies to a child as if the words from "for as" to the end were omitted\./,
    );
  });

  it('a discretion made a duty for a child leaves the subsection on how to exercise it without application to a child', () => {
    const limb = limbOf(md`
      ## 21. Prosecutor's discretion

      (1) The prosecutor may decline to prosecute a victim of trafficking for any offence committed as a direct result of having been trafficked.

      (2) In deciding whether to prosecute, the prosecutor shall take account of the guidance issued by the Attorney General.
    `);
    assert.match(limb, /as if for the words "may decline to" there were substituted "shall not"\. Subsection \(2\) does not apply to a child\. In this subsection/);
    // Where the discretion stays (no power is turned into a duty), the subsection on its exercise stays too.
    assert.doesNotMatch(
      limbOf(md`
        ## 21. Non-prosecution

        (1) A victim of trafficking shall not be prosecuted for any offence which the victim was compelled to commit.

        (2) In deciding whether to prosecute any other person, the prosecutor shall take account of the guidance issued by the Attorney General.
      `),
      /does not apply to a child/,
    );
  });

  // Drafter review 7, C6 (Article 16a): one test of the link in one provision, and never a narrower one for children.
  it('the provision\'s own wider link ("in connection with being such a victim") is the limb\'s link too', () => {
    assert.equal(
      limbOf(md`
        **Article 9.** A person who committed an offence as a victim of trafficking is not punishable if he or she was forced to commit it in connection with being such a victim.
      `),
      `(2) Where the victim is a child, this article applies to any offence committed by the child in connection with the child's being a victim of trafficking, and it is not necessary to show that the child was compelled to commit the offence or that any of the means of trafficking was used. Paragraph (1) applies to a child as if for the words "was forced to commit" there were substituted "committed". In this paragraph, "child" means a person under the age of 18 years.`,
    );
  });

  // Drafter review 10, B1: a first sentence asking a direct result, beside the provision's own looser link that
  // the as-if sentence keeps, could be read as the child's test.
  it('the provision\'s own looser "a result of" is the limb\'s link too, in its first sentence and in its as-if sentence', () => {
    const limb = limbOf(md`
      ## 12. Immigration offences by victims

      A trafficked person shall not be convicted of an offence of unlawful entry or overstaying if the offence was a result of the person's having been trafficked and the person reported to the police within 30 days.
    `);
    assert.match(limb, /applies to any offence committed by the child as a result of the child's having been trafficked, and it is not necessary/);
    assert.doesNotMatch(limb, /direct result/);
    assert.match(limb, /there were substituted "any offence"/);
  });

  it('"as a result of the trafficking" beside a direct result asked elsewhere in the provision leaves the limb\'s "as a direct result"', () => {
    const limb = limbOf(md`
      ## 12. Immigration offences by victims

      (1) A victim shall not be punished for entering the country unlawfully as a result of the trafficking.

      (2) Subsection (1) applies only where the entry was a direct consequence of the victim's situation.
    `);
    assert.match(limb, /committed by the child as a direct result of the child's/);
  });

  it('after a run-in heading, whose new "(1)" is not read as a subsection, the as-if sentence names the section', () => {
    assert.match(
      limbOf(md`
        # A Bill on trafficking

        **41. Victim not to be prosecuted.**—A victim shall not be prosecuted for any offence under this Chapter where the offence was committed as a direct consequence of having been trafficked.
      `),
      /This section applies to a child as if for the words "any offence under this Chapter" there were substituted "any offence"\./,
    );
  });

  // Drafter reviews 6 (B4) and 7 (C4), Texas 8.09: the means of trafficking made the cause of the act inside the link.
  it('the means made the cause of the act inside the link are replaced, for a child, by the status alone', () => {
    assert.match(
      limbOf(md`
        ## Sec. 12. Defense for victims

        (a) It is an affirmative defense to prosecution that the actor:

        (1) was a victim of trafficking; and

        (2) did the act charged as a direct result of having been forced, by threats or deception, to commit that act.
      `),
      /Subsection \(a\) applies to a child as if for the words "having been forced, by threats or deception, to commit that act" there were substituted "being a victim of trafficking"\./,
    );
  });

  it('a proviso excluding offences by their manner is lifted expressly, as "despite" lifts an exclusion of its own', () => {
    assert.match(
      limbOf(md`
        ## 6. Non-punishment

        A victim of trafficking is not punishable for offences committed as a direct result of being trafficked, provided that they were not committed with violence against a person.
      `),
      /Subsection \(1\) applies to a child as if the words from "provided that" to the end were omitted\./,
    );
    assert.match(
      limbOf(md`
        ## 6. Non-liability

        (1) A victim of trafficking shall not be held liable for any offence committed as a direct result of being trafficked.

        (2) Subsection (1) does not extend to an offence punishable with imprisonment for life.
      `),
      /^\(3\) Where the victim is a child, this section applies, despite subsection \(2\), to any offence/,
    );
  });

  it('a class named by its having been trafficked, with no "victim": "Where a child has been trafficked", and the acts it covers', () => {
    assert.equal(
      limbOf(md`
        ## 3. Trafficked boys not to be punished

        No boy who has been trafficked shall be punished for any act done as a direct consequence of having been trafficked.
      `),
      `(2) Where a child has been trafficked, this section applies to any act done by the child as a direct result of the child's having been trafficked, and it is not necessary to show that the child was compelled to do the act or that any of the means of trafficking was used. ${DEFINED}`,
    );
  });

  it('contraventions covered beside offences stay covered for a child', () => {
    assert.match(
      limbOf(md`
        ## 3. Non-liability

        A victim of trafficking shall not incur criminal liability, or liability for a contravention, for facts resulting directly from the trafficking.
      `),
      /this section applies to any offence or contravention committed by the child .* compelled to commit the offence or contravention or that/,
    );
  });

  it('a definition that closes the protection\'s "any offence" is set aside with "despite" (drafter review 5b, A3)', () => {
    assert.match(
      limbOf(md`
        ## 11. Non-punishment

        (1) A victim of trafficking shall not be punished for any offence committed as a direct result of being trafficked.

        (2) For the purposes of subsection (1), "offence" means an offence against the immigration laws or the laws on vagrancy.
      `),
      /^\(3\) Where the victim is a child, this section applies, despite subsection \(2\), to any offence/,
    );
  });

  it('"Subsection (2)" written with a capital in the middle of a sentence is referred to so; "this subsection" stays in lower case', () => {
    const limb = limbOf(md`
      ## 5. Defence

      (1) It is a defence to a charge under Subsection (2) of section 9 that the person acted as a direct result of being trafficked.

      (2) Subsection (1) does not apply to murder.
    `);
    assert.match(limb, /this section applies, despite Subsection \(2\), to any offence/);
    assert.match(limb, /In this subsection, "child" means/);
  });
});

// Drafter review 7 (A6, C3, C7, C8, C5; 5b A4): where the limb goes, how it is numbered, and when it states a rule of its own.
describe('missing-child-provision: the limb\'s place, numbering and scope', () => {
  it('a provision headed as a paragraph of an article ("Article 41 (3)") is divided into subparagraphs (a) and (b), never "(1)" inside paragraph (3)', () => {
    const code = md`
      # Penal Code (Amendment) Law

      ## Article 41 (3)

      A person shall not be punished for acts he was forced to commit while he was a victim of trafficking.
    `;
    assert.equal(
      withLimb(code),
      md`
        # Penal Code (Amendment) Law

        ## Article 41 (3)

        (a) A person shall not be punished for acts he was forced to commit while he was a victim of trafficking.

        (b) Where the victim is a child, this paragraph applies to any offence committed by the child as a direct result of the child's being a victim of trafficking, ${NOT_NECESSARY} In this subparagraph, "child" means a person under the age of 18 years.
      `,
    );
  });

  it('a provision headed as paragraph (c) of subdivision (2) is divided into subparagraphs (i) and (ii), and refers to them so', () => {
    const code = md`
      # Criminal Procedure (Amendment) Act

      ## 212.5(2)(c) Sealing of records

      Upon application of the defendant, the court may seal the record of a conviction for vagrancy where the defendant's conduct was a result of having been a victim of trafficking; a certificate from a victim services agency is not required for granting an application under this paragraph.
    `;
    const out = withLimb(code);
    assert.match(out, /\n\(i\) Upon application of the defendant/);
    assert.match(
      out,
      /\n\(ii\) Where the victim was a child at the time of the offence, this paragraph applies to any offence .* Subparagraph \(i\) applies to a child as if for the word "may" there were substituted "shall" and as if for the word "vagrancy" there were substituted "any offence"\. In this subparagraph, "child" means/,
    );
    assert.doesNotMatch(out, /\(1\) Upon|\(2\) Where/);
  });

  it('a protection split between a presumption and a defence: the limb states a rule of its own for a child, never "subsection (b) or (c) applies"', () => {
    const code = md`
      # An Act concerning street solicitation

      Sec. 17-4. Loitering for prostitution.

      (a) A person is guilty of loitering for prostitution if the person lingers in a public place to offer sexual conduct for a fee.

      (b) Where the person charged under this section is aged sixteen or seventeen, it shall be presumed, unless the contrary is shown, that the person was a victim of trafficking who committed the offense under coercion.

      (c) It is a defense to a charge under this section that the defendant was coerced by a trafficker into committing the offense.
    `;
    assert.equal(
      limbOf(code),
      '(d) A child shall not be liable to punishment for any offense committed as a direct result of the child\'s being a victim of trafficking, and it is not necessary to show that the child was compelled to commit the offense or that any of the means of trafficking was used. In this subsection, "child" means a person under the age of eighteen years.',
    );
  });

  it('a rule of its own for a child is written despite an exclusion of the parts it replaces', () => {
    assert.equal(
      limbOf(md`
        Sec. 17-4. Loitering for prostitution.

        (a) A person is guilty of loitering for prostitution if the person lingers in a public place to offer sexual conduct for a fee.

        (b) Where the person charged under this section is aged sixteen or seventeen, it shall be presumed, unless the contrary is shown, that the person was a victim of trafficking who committed the offense under coercion.

        (c) It is a defense to a charge under this section that the defendant was coerced by a trafficker into committing the offense.

        (d) Subsections (b) and (c) do not apply where the offense involved the use of a weapon.
      `),
      '(e) Despite subsection (d), a child shall not be liable to punishment for any offense committed as a direct result of the child\'s being a victim of trafficking, and it is not necessary to show that the child was compelled to commit the offense or that any of the means of trafficking was used. In this subsection, "child" means a person under the age of eighteen years.',
    );
  });

  it('two parts of one kind (a defence and a rule that the person is not guilty) are still applied by their numbers', () => {
    const limb = limbOf(md`
      Sec. 17-5. Soliciting.

      (a) A person is guilty of soliciting if the person offers sexual conduct for a fee in a public place.

      (b) It is a defense to a charge under subsection (a) that the defendant was coerced by a trafficker into committing the offense.

      (c) A victim of trafficking is not guilty of an offense under subsection (a) where the victim was threatened by a trafficker.
    `);
    assert.match(limb, /^\(d\) Where the (?:victim|person) is a child, subsection \(b\) or \(c\) applies to any offense/);
  });

  it('a condition asking for proof of the status and of compulsion gives way, for a child, to the deed done as a direct result of the trafficking (review 7, C3)', () => {
    assert.match(
      limbOf(md`
        # Migration Offences Law

        ## Article 12

        A person shall not be punished if it is established that she was a victim of trafficking and that she was forced to work without a permit or to overstay her visa.
      `),
      /Paragraph \(1\) applies to a child as if for the words from "it is established" to the end there were substituted "she worked without a permit, or overstayed her visa, as a direct result of the child's being a victim of trafficking"\./,
    );
  });

  it('a section that is wholly the protection, a rule in one subsection and a presumption in favour of the person in the next: "this section applies" stays', () => {
    assert.match(
      limbOf(md`
        ## 14. Victims not liable

        (1) A victim of trafficking shall not be liable for any offence committed as a direct result of being trafficked, if the victim was compelled to commit it.

        (2) A person who says that he or she was trafficked shall be presumed to have been trafficked unless the prosecution proves otherwise.
      `),
      /^\(3\) Where the victim is a child, this section applies to any offence committed by the child/,
    );
  });

  it('a narrow exemption (harm done to the trafficker while escaping), in a bill with no general provision: a rule of its own for children, and the title says why it is here', () => {
    const code = md`
      # Trafficking (Control) Bill

      ## 16. Exemption from punishment

      Where a person who is held by force and, believing that there is no other way to escape, injures the trafficker in the course of escaping, such person shall not be liable to any punishment.
    `;
    const finding = lint(code, { only: ['missing-child-provision'] }).findings[0]!;
    const fix = finding.fixes.find((f) => /child victims/.test(f.title))!;
    assert.match(fix.title, /^Add a limb for child victims, as a rule of its own .*exempts only the conduct it names, and the bill has no general non-punishment provision/);
    const out = applyFixes(code, [fix]).text;
    assert.match(out, /\n\(2\) A child shall not be liable to punishment for any offence committed as a direct result of the child's being a victim of trafficking, and it is not necessary/);
    assert.deepEqual(lint(out, { only: ['missing-child-provision'] }).findings, []);
  });

  it('a narrow exemption in a bill that has a general non-punishment provision: nothing is written into the exemption, and the message says where the rule belongs', () => {
    const findings = lint(
      md`
        # Trafficking (Control) Bill

        ## 12. Non-punishment of victims

        A victim of trafficking shall not be liable to punishment for any offence which the victim was compelled to commit.

        ## 16. Exemption from punishment

        Where a person who is held by force and, believing that there is no other way to escape, injures the trafficker in the course of escaping, such person shall not be liable to any punishment.
      `,
      { only: ['missing-child-provision'] },
    ).findings;
    const exemption = findings.find((f) => f.provision === 'Section 16')!;
    assert.match(exemption.message, /exempts only the conduct it names.*No wording is offered here.*belongs in Section 12/);
    assert.deepEqual(exemption.fixes, []);
    // The general provision gets the limb.
    assert.ok(findings.find((f) => f.provision === 'Section 12')!.fixes.some((f) => /^Add a limb for child victims/.test(f.title)));
  });

  it('a provision for women and girls only: the limb says the child is protected whether a girl or a boy', () => {
    assert.match(
      limbOf(md`
        ## 15. Trafficked women and girls

        No woman or girl who has been trafficked shall be punished for any act done as a direct consequence of her having been trafficked.
      `),
      /^\(2\) Where a child \(whether a girl or a boy\) has been trafficked, this section applies to any act done by the child/,
    );
    assert.match(
      limbOf(md`
        ## 15. Trafficked persons

        No woman or man who has been trafficked shall be punished for any act done as a direct consequence of having been trafficked.
      `),
      /^\(2\) Where the trafficked person is a child, this section/,
    );
  });

  it('a court\'s satisfaction that the link exists is kept for a child: only its "may" becomes "shall"', () => {
    assert.match(
      limbOf(md`
        ## 9. Clearing convictions

        Where the Supreme Court is satisfied that a person was convicted of an offence that the person committed as a direct result of being trafficked, the Court may quash the conviction on the person's application.
      `),
      /Subsection \(1\) applies to a child as if for the word "may" there were substituted "shall"\. In this subsection/,
    );
  });
});

// A limb that states the link must displace, with the closed class, a condition after it that tests time ("while",
// "during", "in the course of") or that still speaks of the conduct the class named ("where that presence was ...",
// "if such conduct was ..."): otherwise the provision, as read for a child, keeps the time test or a condition that
// names nothing once the class is "any offence" (drafter review 8, A3 and C1).
describe('missing-child-provision: the condition that follows a closed class goes with it', () => {
  const TRAFFICKED = "(2) Where the trafficked person is a child, this section applies to any offence committed by the child as a direct result of the child's having been trafficked,";
  it('a test of time ("while", "during", "in the course of") is displaced whole, the link in its place', () => {
    assert.equal(
      limbOf(md`
        ## 6. Victims not penalised

        A victim shall not be penalised for overstaying a visa or for working without a permit, if the victim did those things while being trafficked.
      `),
      `(2) Where the victim is a child, ${APPLIES} ${NOT_NECESSARY} Subsection (1) applies to a child as if for the words from "overstaying a" to the end there were substituted "any offence committed as a direct result of the child's being a victim of trafficking". ${DEFINED}`,
    );
    assert.equal(
      limbOf(md`
        ## 6. Victims not penalised

        A trafficked person shall not be punished for immigration offences committed during the period of exploitation.
      `),
      `${TRAFFICKED} ${NOT_NECESSARY} Subsection (1) applies to a child as if for the words from "immigration offences" to the end there were substituted "any offence committed as a direct result of the child's having been trafficked". ${DEFINED}`,
    );
    assert.match(
      limbOf(md`
        ## 6. Victims not penalised

        A victim of trafficking is not liable to prosecution for begging or vagrancy committed in the course of being trafficked.
      `),
      /Subsection \(1\) applies to a child as if for the words from "begging or" to the end there were substituted "any offence committed as a direct result of the child's being a victim of trafficking"\./,
    );
  });

  it('a condition that refers back to the conduct named ("that presence", "such conduct", "those acts", "the breach") goes with it, in the provision\'s own words for the link', () => {
    assert.equal(
      limbOf(md`
        ## 6. Victims not penalised

        A trafficked person shall not be detained for unlawful presence in the country where that presence was a direct consequence of the trafficking.
      `),
      `${TRAFFICKED} ${NOT_NECESSARY} Subsection (1) applies to a child as if for the words from "unlawful presence" to the end there were substituted "any offence committed as a direct consequence of the trafficking". ${DEFINED}`,
    );
    assert.match(
      limbOf(md`
        ## 6. Victims not penalised

        A victim shall not be prosecuted for entering the country unlawfully or for using a false passport, if such conduct was a direct result of the trafficking.
      `),
      /as if for the words from "entering the" to the end there were substituted "any offence committed as a direct result of the trafficking"\./,
    );
    assert.match(
      limbOf(md`
        ## 6. Victims not penalised

        A victim shall not be prosecuted for illegal entry or for the use of forged papers, where those acts were the direct consequence of the trafficking.
      `),
      /as if for the words from "illegal entry" to the end there were substituted "any offence committed as the direct consequence of the trafficking"\./,
    );
    assert.match(
      limbOf(md`
        ## 6. Victims not penalised

        The victim shall be exempt from the penalties for breaches of the immigration rules, provided the breach arose out of the trafficking.
      `),
      /as if for the words from "breaches of" to the end there were substituted "any offence or breach arising out of the trafficking"\./,
    );
  });

  it('a class cut from its condition by a comma ("any immigration offence, including ..., committed") is displaced with the condition', () => {
    assert.match(
      limbOf(md`
        ## 6. Victims not penalised

        A victim shall not be prosecuted for any immigration offence, including unlawful entry and overstaying, committed as a direct consequence of being trafficked.
      `),
      /as if for the words from "any immigration" to the end there were substituted "any offence committed as a direct consequence of being trafficked"\./,
    );
  });

  it('a condition about "the offence" reads right after "any offence" and stays; one that also governs an earlier member of the class stays', () => {
    assert.match(
      limbOf(md`
        ## 6. Victims not penalised

        A victim shall not be prosecuted for an offence under the Immigration Act where the offence was committed as a direct consequence of the trafficking.
      `),
      /Subsection \(1\) applies to a child as if for the words "an offence under the Immigration Act" there were substituted "any offence"\./,
    );
    // "begging" is outside the words displaced: its link must stay.
    const limb = limbOf(md`
      ## 6. Victims not penalised

      A victim shall not be charged with begging, with an offence of soliciting, or with unlawfully remaining in the country, where that conduct was a direct result of the trafficking.
    `);
    assert.doesNotMatch(limb, /to the end/);
  });
});

describe('missing-child-provision: one test, one wording, one class (drafter review 8, C7 and the hyphenated articles)', () => {
  it('the causation test written for adults follows the "direct consequence" the child\'s subsection already uses', () => {
    const code = md`
      ## 9. Defence for victims

      (1) A person aged 18 or over is not guilty of an offence if the person was compelled to commit it by the threat of serious violence.

      (2) A person under 18 is not guilty of an offence if the person committed it as a direct consequence of being a victim of trafficking.
    `;
    const fix = lint(code, { only: ['duress-threshold'] }).findings[0]?.fixes.find((f) => /^Replace the compulsion test/.test(f.title));
    assert.ok(fix);
    const out = applyFixes(code, [fix]).text;
    assert.match(out, /\(1\) A person aged 18 or over is not guilty of an offence if the offence was committed as a direct consequence of the person's being a victim of trafficking\./);
    assert.doesNotMatch(out, /direct result/);
  });

  it('where the provision says "direct result" anywhere, the causation test keeps "direct result"', () => {
    const code = md`
      ## 9. Defence for victims

      (1) A person aged 18 or over is not guilty of an offence if the person was compelled to commit it by the threat of serious violence.

      (2) A person under 18 is not guilty of an offence committed as a direct result of being trafficked, which is a direct consequence of the exploitation.
    `;
    const fix = lint(code, { only: ['duress-threshold'] }).findings[0]?.fixes.find((f) => /^Replace the compulsion test/.test(f.title));
    assert.ok(fix);
    assert.match(applyFixes(code, [fix]).text, /\(1\) A person aged 18 or over is not guilty of an offence if the offence was committed as a direct result of/);
  });

  it('a class named by hyphenated articles ("an offence under Articles 412-3 and 412-4") is read whole, and the limb keeps it', () => {
    const limb = limbOf(md`
      **Art. 412-9.**

      A victim of an offence under Articles 412-3 and 412-4 is not punishable for having taken part in criminal activities when the victim was forced to take part in them.
    `);
    assert.match(limb, /as a direct result of the child's being a victim of an offence under Articles 412-3 and 412-4, and it is not necessary/);
    assert.doesNotMatch(limb, /victim of trafficking/);
  });
});

describe('missing-child-provision: the provision as read for a child (drafter review 8, C3, C5, C6)', () => {
  it('a protection for women and girls only is read, for a child, with "child" in place of the class, so that it reaches a boy', () => {
    const limb = limbOf(md`
      **22C. Trafficked women not to be penalised**

      No woman or girl who has been trafficked shall be penalised for any act done as a direct consequence of her having been trafficked.
    `);
    assert.match(limb, /^\(2\) Where a child \(whether a girl or a boy\) has been trafficked, /);
    assert.match(limb, /Subsection \(1\) applies to a child as if for the words "woman or girl" there were substituted "child" and as if for the word "her" there were substituted "the child's"\./);
  });

  it('"her" is read for a boy only where it is the possessive before "having" or "being" (own words; drafter review 10, B3)', () => {
    const limb = limbOf(md`
      **22D. Trafficked women not to be detained**

      No woman or girl who has been trafficked shall be punished for any act she was made to do by her trafficker or done as a direct consequence of her having been trafficked.
    `);
    assert.match(limb, /as if for the words "woman or girl" there were substituted "child"\./);
    assert.doesNotMatch(limb, /"her"/);
  });

  it('a class that already names men or persons is left alone', () => {
    const limb = limbOf(md`
      **22C. Trafficked persons not to be penalised**

      No woman or girl, and no other person, who has been trafficked shall be penalised for any act done as a direct consequence of the trafficking.
    `);
    assert.doesNotMatch(limb, /"woman or girl"/);
  });

  it('a Note under an article that creates the offence: "child" is defined for the Note, and the Note is what is read for a child', () => {
    const limb = limbOf(md`
      **Article 212. Trafficking in persons**

      1. The recruitment or transfer of a person for exploitation by deception or threat shall be punishable by imprisonment for four to ten years.

      Note. A person who is a victim of trafficking shall be released from criminal liability for the offences provided for in Articles 310 (begging) and 320 (forgery of documents) of this Code, where those offences were committed as a result of the trafficking.
    `);
    assert.match(limb, /The Note to this article applies to a child as if /);
    assert.match(limb, /In this Note, "child" means a person under the age of eighteen years\.$/);
    assert.doesNotMatch(limb, /In this article/);
  });

  it('a unit that makes the person furnish proof of their status does not apply to a child', () => {
    const limb = limbOf(md`
      **14.** (1) Where the Director is satisfied that a person charged with an offence is a trafficked person and that the offence was committed as a direct result of the trafficking, the Director shall withdraw the charge.

      (2) A person who asks for the withdrawal of a charge under subregulation (1) shall produce to the Director evidence that he or she is a trafficked person.
    `);
    assert.match(limb, /Subregulation \(2\) does not apply to a child\./);
  });
});

describe('missing-child-provision: relief from a conviction limited by the charge (drafter review 8, C2)', () => {
  it('"a conviction where the charge was under section ..." reads, for a child, "a conviction for any offence", the link kept', () => {
    const limb = limbOf(md`
      ## 12.05 Motion to set aside

      The court may, on the defendant's motion, set aside a judgment on the ground that it is a conviction where the charge was under section 31.10 (begging) or 31.12 (vagrancy) of the penal law, and the defendant's conduct was a result of having been a victim of trafficking.
    `);
    assert.match(limb, /as if for the words "where the charge was under section 31\.10 \(begging\) or 31\.12 \(vagrancy\) of the penal law," there were substituted "for any offence,"\./);
  });
});
