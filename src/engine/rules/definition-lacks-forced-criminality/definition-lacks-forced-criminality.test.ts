import { definitionLacksForcedCriminality } from './index.js';
import { md, runRuleTests } from '../../../../test/rule-tester.js';
import { runHeldOutCases } from '../../../../test/held-out.js';
import { FORCED_CRIMINALITY_FORM as FORM } from './patterns.js';

// Paraphrases in our own words of definitions from several drafting traditions; none is statute text.
runRuleTests(definitionLacksForcedCriminality, {
  valid: [
    {
      name: 'ASEAN (Malaysia-style): "any illegal activity"',
      code: md`
        ## 2. Interpretation

        In this Act, "exploitation" means all forms of sexual exploitation, forced labour or services, slavery or practices similar to slavery, servitude, any illegal activity or the removal of human organs.
      `,
    },
    {
      name: 'civil-law (Viet Nam-style): compelling victims to commit crimes',
      code: md`
        Article 2. Interpretation of terms

        1. "Exploitation" means sexual exploitation, forced labour, the removal of organs, compelling victims to commit crimes, or other inhumane purposes.
      `,
    },
    {
      name: 'definitions of exploitation for other purposes',
      code: md`
        ## 2. Interpretation

        "sexual exploitation of a child" means involving a person under the age of 18 in sexual activity for money;

        "exploitation of a worker" means paying a worker less than the minimum wage.
      `,
    },
    {
      name: 'the Protocol\'s definition quoted in a preamble',
      code: md`
        # Anti-Trafficking Bill

        WHEREAS the Trafficking in Persons Protocol provides that:

        > "Exploitation shall include, at a minimum, the exploitation of the prostitution of others or other forms of sexual exploitation, forced labour or services, slavery or practices similar to slavery, servitude or the removal of organs."

        NOW, THEREFORE, be it enacted as follows:

        ## 1. Definitions

        "exploitation" includes forced labour, servitude and the use of a person in criminal activities;
      `,
    },
  ],
  invalid: [
    {
      name: 'Caribbean: a closed lettered list (warning), fixed with a new last paragraph',
      code: md`
        **2. Interpretation.** In this Act—

        "exploitation" means—

        (a) the prostitution of another person or any other form of sexual exploitation;

        (b) forced labour or services;

        (c) servitude; or

        (d) the removal of organs;

        "child" means a person under eighteen years of age.
      `,
      errors: [
        {
          text: '"exploitation" means',
          severity: 'warning',
          message: /^The definition of exploitation \("exploitation" means\) does not name exploitation in criminal activities \(forced criminality\)\. Its list is closed/,
        },
      ],
      output: md`
        **2. Interpretation.** In this Act—

        "exploitation" means—

        (a) the prostitution of another person or any other form of sexual exploitation;

        (b) forced labour or services;

        (c) servitude;

        (d) the removal of organs; or

        (e) ${FORM};

        "child" means a person under eighteen years of age.
      `,
    },
    {
      name: 'African common-law: an open list "includes but is not limited to" (information)',
      code: md`
        ## 2. Interpretation

        "exploitation" includes but is not limited to—

        (a) slavery or practices similar to slavery;

        (b) forced labour; and

        (c) sexual exploitation.
      `,
      errors: [{ text: '"exploitation" includes but is not limited to', severity: 'info', message: /^The open list of forms of exploitation/ }],
      output: md`
        ## 2. Interpretation

        "exploitation" includes but is not limited to—

        (a) slavery or practices similar to slavery;

        (b) forced labour;

        (c) sexual exploitation; and

        (d) ${FORM}.
      `,
    },
    {
      name: 'Westminster: "exploited only if", with services of any kind (warning that it may already be covered; no fix for subsections)',
      code: md`
        ## 3. Meaning of exploitation

        (1) For the purposes of section 2 a person is exploited only if one or more of the following subsections apply.

        (2) The person is held in slavery or servitude.

        (3) The person is subjected to force or threats designed to induce the person to provide services of any kind.
      `,
      errors: [{ text: 'a person is exploited only if', severity: 'warning', message: /It may already be covered by "services of any kind"/ }],
      output: null,
    },
    {
      name: 'Gulf: a definition in one sentence, "Exploitation:" style (information), fixed before the last "and"',
      code: md`
        **Article 1 — Definitions**

        Exploitation: Exploitation includes all forms of sexual exploitation, forced labour or services, servitude, begging and the removal of organs.
      `,
      errors: [{ text: 'Exploitation: Exploitation includes', severity: 'info' }],
      output: md`
        **Article 1 — Definitions**

        Exploitation: Exploitation includes all forms of sexual exploitation, forced labour or services, servitude, begging, ${FORM} and the removal of organs.
      `,
    },
  ],
});

// The bills of test/fixtures/further-defects (issue 11), in our own words from seven traditions.
runHeldOutCases(definitionLacksForcedCriminality, { minTraditions: 3 });
