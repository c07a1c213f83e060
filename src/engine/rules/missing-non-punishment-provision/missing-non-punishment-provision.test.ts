import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { missingNonPunishmentProvision } from './index.js';
import { md, runRuleTests } from '../../../../test/rule-tester.js';
import { runHeldOutCases } from '../../../../test/held-out.js';
import { fixture } from '../../../../test/paths.js';
import { lint } from '../../lint.js';
import { applyEdits } from '../../fix.js';
import { analyseBill } from '../../model.js';
import { billFacts } from '../../bill-facts.js';
import { builtInClauses } from '../../../corpus/library.js';
import { planInsertion } from '../../../corpus/insert.js';
import { createClauseSearch } from '../../../corpus/search.js';
import { groupPickItems } from '../../../corpus/picker.js';

const ID = 'missing-non-punishment-provision';

runRuleTests(missingNonPunishmentProvision, {
  valid: [
    {
      name: 'a trafficking bill with a non-punishment section',
      code: md`
        # Trafficking in Persons Bill

        ## 3. Offence of trafficking in persons

        A person who recruits or harbours another person by deception for the purpose of exploitation commits an offence.

        ## 9. Non-punishment of victims

        A victim of trafficking shall not be arrested, detained, prosecuted or punished for any offence committed as a direct result of being trafficked.
      `,
    },
    {
      name: 'an excerpt that is only a non-punishment provision (Kenya s.14) is not a trafficking bill',
      code: md`
        ## 14. Victim immunity from prosecution

        A victim of trafficking in persons shall not be criminally liable for any criminal act that was a direct result of being trafficked.
      `,
    },
    {
      name: 'an offence against a trafficked person (paying for sex with one) is not the trafficking offence (Irish-style)',
      code: md`
        # Criminal Law (Sexual Offences) (Amendment) Bill

        ## 7A. Paying for sexual activity with a trafficked person

        A person who pays any remuneration for the purpose of engaging in sexual activity with a trafficked person is guilty of an offence.
      `,
    },
    {
      name: 'a drug trafficking offence is not trafficking in persons',
      code: md`
        # Misuse of Drugs (Amendment) Bill

        ## 5. Drug trafficking

        A person who engages in drug trafficking commits an offence and is liable on conviction to imprisonment for life.
      `,
    },
  ],
  invalid: [
    {
      name: 'a power to make regulations on non-prosecution is not a protection: the bill still has none (own words)',
      code: md`
        # Trafficking in Persons Bill

        ## 3. Offence of trafficking in persons

        A person who recruits, transports or harbours another person by force, threats or deception for the purpose of exploitation commits an offence.

        ## 30. Regulations

        (1) The Minister may make regulations for carrying this Act into effect.

        (2) In particular, regulations may prescribe the cases in which a trafficked person is not to be charged with an offence arising from the trafficking.
      `,
      errors: [{ text: 'Trafficking in Persons Bill', severity: 'warning' }],
      output: null,
    },
    {
      name: 'a Commonwealth trafficking bill with assistance only: one finding, on the title',
      code: md`
        # Trafficking in Persons Bill

        ## 3. Offence of trafficking in persons

        A person who recruits, transports or harbours another person by force, threats or deception for the purpose of exploitation commits an offence.

        ## 4. Assistance to victims

        The Minister shall ensure that every victim of trafficking has access to shelter, medical care and legal advice.
      `,
      errors: [{ text: 'Trafficking in Persons Bill', severity: 'warning', message: /makes trafficking an offence \(section 3\) but has no provision protecting victims/ }],
      output: null,
    },
    {
      name: 'a Gulf-style law with no title heading: the finding sits on the offence article',
      code: md`
        **Article 2 — Penalty**

        Whoever commits a human trafficking crime shall be punished by temporary imprisonment of not less than five years.
      `,
      errors: [{ text: 'Article 2 — Penalty', severity: 'warning' }],
    },
    {
      name: 'a US-state act whose only relief is vacating convictions: information',
      code: md`
        # An Act relating to human trafficking

        **Section 2. Human trafficking.** A person commits the offense of human trafficking if the person knowingly recruits or harbors another person by force, fraud or coercion for the purpose of exploitation.

        **Section 3. Vacating convictions.** The court shall vacate the conviction of a person whose participation in the offense was a direct result of being a victim of human trafficking.
      `,
      errors: [{ text: 'An Act relating to human trafficking', severity: 'info', message: /clearing their records after conviction \(section 3\)/ }],
    },
    {
      name: 'a treaty article quoted in the preamble does not count (ASEAN)',
      code: md`
        # Anti-Trafficking in Persons Bill

        WHEREAS article 14(7) of the ASEAN Convention provides:

        > "Each Party shall, in appropriate cases, consider not holding victims of trafficking in persons criminally or administratively liable, for unlawful acts committed by them, if such acts are directly related to the acts of trafficking."

        NOW, THEREFORE, be it enacted as follows:

        ## Section 2. Trafficking in persons

        Any person who recruits or harbours a person for the purpose of exploitation commits the offence of trafficking in persons.
      `,
      errors: [{ text: 'Anti-Trafficking in Persons Bill', severity: 'warning' }],
    },
    {
      name: 'a Pacific bill defining trafficking, with protection only for carriers',
      code: md`
        # Counter Human Trafficking Bill

        ## 1. Interpretation

        In this Act, "trafficking in persons" means recruiting or harbouring a person by force or deception for the purpose of exploiting that person.

        ## 2. Carriers

        A carrier shall not be liable for transporting a person who later proves to be a victim of trafficking.
      `,
      errors: [{ text: 'Counter Human Trafficking Bill', severity: 'warning', message: /defines trafficking in section 1/ }],
    },
  ],
});

describe('missing-non-punishment-provision: the clause picker (issue 11 acceptance)', () => {
  const base = readFileSync(fixture('further-defects', 'uk-bill-no-np.md'), 'utf8');

  it('a trafficking bill with no provision gets exactly one finding, and inserting Kenya s.14 through the picker removes it', () => {
    assert.equal(lint(base).findings.filter((f) => f.ruleId === ID).length, 1);
    const kenya = builtInClauses().find((c) => c.id === 'kenya-s14')!;
    // The editor's action inserts at the end of the bill (see src/extension/codeActions.ts).
    const plan = planInsertion(kenya, base, base.length);
    const after = applyEdits(base, plan.edits).text;
    assert.equal(lint(after).findings.filter((f) => f.ruleId === ID).length, 0);
  });

  it('the picker opened for the rule lists good models first: those whose remedies name it, Kenya s.14 and Philippines s.17 among them', () => {
    const hits = createClauseSearch(builtInClauses()).search('', { remedy: ID });
    const groups = groupPickItems(hits);
    assert.equal(groups[0]!.use, 'model');
    const first = groups[0]!.items.slice(0, 3).map((i) => i.clauseId);
    assert.ok(first.includes('kenya-s14') && first.includes('philippines-s17'), first.join(', '));
  });

  it('the rule declares the action the editor offers on its findings', () => {
    assert.match(missingNonPunishmentProvision.meta.insertAction ?? '', /model clause/);
  });

  it('the shared fact names the offence section with a non-empty range', () => {
    const bill = analyseBill(base);
    const f = billFacts(bill).createsTraffickingOffence!;
    assert.equal(f.section.name, 'Section 3');
    assert.equal(f.how, 'offence');
    assert.ok(f.range.end > f.range.start);
    assert.equal(base.slice(f.words.start, f.words.end), 'commits an offence');
  });
});

runHeldOutCases(missingNonPunishmentProvision, { minTraditions: 4 });
