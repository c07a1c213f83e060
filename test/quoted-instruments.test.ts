import assert from 'node:assert/strict';
import { lint, fixAll } from '../src/engine/lint.js';
import { analyseBill } from '../src/engine/model.js';
import { isOperative } from '../src/engine/analyse.js';

/**
 * Issue 9 §2 (leftover): the core rules read only the bill's own operative words. A treaty article
 * quoted in a recital, a recital itself, the preamble, and another Act's current text quoted in an
 * amending bill are not provisions of the bill: nothing in them is recognised, flagged or fixed.
 * Text quoted for insertion by an amending bill is read: it is the provision it will become.
 *
 * The quoted wording is our own paraphrase of the kind of article each tradition quotes (a regional
 * convention's non-punishment article, an earlier code's defective defence), not any instrument's text.
 * Each defective wording is first shown to be flagged as the bill's own words, so that every silence
 * asserted below is one the reading layer produces.
 */

const CORE = ['closed-offence-list', 'duress-threshold', 'defendant-burden', 'missing-child-provision'];

/** A defective provision, in our own words: a closed list, a compulsion test and the burden on the accused. */
const DEFECTIVE = 'A trafficked person who proves that he or she was compelled to commit the offence shall not be prosecuted for soliciting or for an immigration offence.';
const DEFECTIVE_CIVIL = 'a trafficked person forced to commit the offence of illegal border crossing shall be exempt from criminal liability if he or she proves that the coercion left no other choice';
const DEFECTIVE_ASEAN = 'no victim who is an adult shall be prosecuted for prostitution or vagrancy if the victim proves that he or she was threatened with death';

const GOOD_LIMBS = (child: string, burden: string) => `

(2) Where the victim is a child, ${child} applies if the offence or act was committed as a result of, or in relation to, the child being trafficked, and it is not necessary to establish that any means was used.

(3) Where evidence is adduced that the accused may be a victim of trafficking, the prosecution bears the burden of proving beyond reasonable doubt that ${burden} does not apply.
`;

const BILLS: Record<string, { text: string; quoted: string }> = {
  'Commonwealth: "WHEREAS" recitals quoting a convention article and another State\'s defence': {
    quoted: DEFECTIVE,
    text: `# Trafficking in Persons (Victim Protection) Bill 2026

WHEREAS article 26 of the regional Convention requires each Party to provide for the possibility of not imposing penalties on victims for their involvement in unlawful activities, to the extent that they have been compelled to do so;

WHEREAS a neighbouring State has enacted that "${DEFECTIVE.replace(/\.$/, '')}";

NOW, THEREFORE, BE IT ENACTED by the Parliament of Westland as follows—

## 1. Non-punishment of victims of trafficking

(1) A victim of trafficking shall not be arrested, detained, prosecuted, convicted or otherwise penalised for any offence or other unlawful act that he or she committed as a direct result of, or in relation to, being trafficked.${GOOD_LIMBS('subsection (1)', 'this section')}`,
  },
  'civil law in translation: "Considering that" recitals quoting a directive and the former code': {
    quoted: DEFECTIVE_CIVIL,
    text: `# Law No. 12 on Combating Trafficking in Human Beings

The National Assembly,

Considering that the Union Directive requires Member States to entitle their authorities not to prosecute victims who were compelled to commit offences as a direct consequence of being trafficked, where the victim proves the compulsion,

Considering that the former Code provided that "${DEFECTIVE_CIVIL}",

Adopts the following Law:

## Article 1. Exemption from criminal liability

(1) A victim of trafficking in human beings shall be exempt from criminal liability for any criminal offence committed as a direct result of, or in connection with, having been trafficked.${GOOD_LIMBS('paragraph (1)', 'paragraph (1)')}`,
  },
  'ASEAN: "Recalling" recitals quoting a convention article and an earlier act': {
    quoted: DEFECTIVE_ASEAN,
    text: `# Anti-Trafficking in Persons Act 2026

Recalling that article 14(7) of the regional Convention on trafficking obliges each Party to consider not holding victims criminally or administratively liable for unlawful acts committed by them, if such acts are directly related to the acts of trafficking,

Recalling the earlier provision that "${DEFECTIVE_ASEAN}",

The Parliament enacts:

## Section 1. Immunity of trafficked persons

(1) A victim of trafficking shall not be criminally liable for any offence or unlawful act committed as a direct result of, or in connection with, being trafficked.${GOOD_LIMBS('subsection (1)', 'subsection (1)')}`,
  },
};

function core(text: string) {
  return lint(text).findings.filter((f) => CORE.includes(f.ruleId));
}

describe('quotations of other instruments, recitals and the preamble are not read as the bill\'s provisions', () => {
  it('each quoted wording is flagged when it is the bill\'s own provision (so the silences below are the reading layer\'s)', () => {
    for (const words of [DEFECTIVE, DEFECTIVE_CIVIL, DEFECTIVE_ASEAN]) {
      const own = `## 1. Non-punishment\n\n${words[0]!.toUpperCase()}${words.slice(1).replace(/\.?$/, '.')}\n`;
      const rules = new Set(core(own).map((f) => f.ruleId));
      assert.ok(rules.has('defendant-burden') && rules.has('duress-threshold'), `${words}: ${[...rules].join(', ')}`);
    }
  });

  for (const [name, { text, quoted }] of Object.entries(BILLS)) {
    it(name, () => {
      const bill = analyseBill(text);
      const preamble = bill.sections.filter((s) => s.preamble);
      assert.equal(preamble.length, 1, 'the title and recitals are the preamble');
      const p = preamble[0]!;
      // The recitals are marked, and the quotation inside one is marked as another instrument's words.
      assert.ok(p.model.clauses.some((c) => c.recital));
      assert.ok(p.model.sentences.some((s) => s.quoted === 'instrument' && s.text.includes(quoted.slice(0, 40))));
      assert.ok(p.model.sentences.every((_, i) => !isOperative(p.model, i) || !/\bprove/.test(p.model.sentences[i]!.text)));
      assert.deepEqual(p.protections, []);
      assert.ok(p.reading.operative.sentences.every((s) => s.text === ''), 'no rule recognises anything in the preamble');
      // The enacting words are read: the body's provision is found, and it is clean.
      assert.equal(bill.provisions.length, 1);
      assert.equal(bill.provisions[0]!.primary.preamble, false);
      assert.deepEqual(core(text).map((f) => `${f.ruleId}: ${f.message.slice(0, 80)}`), []);
      // Nothing is fixed inside the preamble either.
      assert.equal(fixAll(text).text.slice(0, text.indexOf('\n## ')), text.slice(0, text.indexOf('\n## ')));
    });
  }

  it('a recital quoting a treaty article outside the preamble is not read either', () => {
    const text = `## 1. Purpose\n\nWHEREAS the regional Convention provides that "${DEFECTIVE.replace(/\.$/, '')}";\n\n## 2. Non-punishment\n\n(1) A victim of trafficking shall not be prosecuted or punished for any offence committed as a direct result of being trafficked.${GOOD_LIMBS('subsection (1)', 'subsection (1)')}`;
    const bill = analyseBill(text);
    assert.equal(bill.sections[0]!.preamble, false);
    assert.deepEqual(bill.sections[0]!.protections, []);
    assert.deepEqual(core(text).map((f) => f.ruleId), []);
  });

  it('an amending bill: the Act\'s current text quoted is not read; the text it inserts is read, flagged and fixed', () => {
    const text = `# Penal Code (Amendment) Bill 2026

## 1. Short title

This Act may be cited as the Penal Code (Amendment) Act 2026.

## 2. Section 5 of the Penal Code

Section 5 of the Penal Code now reads:

> ${DEFECTIVE}

Section 5 of the Penal Code is repealed.

## 3. New section 5A

After section 5 of the Penal Code, insert the following section—

> **5A. Non-prosecution of trafficked persons**
>
> ${DEFECTIVE}
`;
    const bill = analyseBill(text);
    const current = bill.sections.find((s) => s.model.heading.startsWith('2.'))!;
    assert.ok(current.model.sentences.some((s) => s.quoted === 'instrument'));
    assert.deepEqual(current.protections, []);
    const inserted = text.lastIndexOf(DEFECTIVE);
    const findings = core(text);
    // Every core rule flags the inserted section, and nothing in the quoted current text.
    assert.deepEqual(new Set(findings.map((f) => f.ruleId)), new Set(CORE));
    const current0 = text.indexOf(`> ${DEFECTIVE}`);
    const current1 = current0 + DEFECTIVE.length + 2;
    for (const f of findings) assert.ok(f.range.end.offset <= current0 || f.range.start.offset >= current1, `${f.ruleId} flags the quoted current text`);
    assert.ok(findings.some((f) => f.ruleId === 'closed-offence-list' && f.range.start.offset > inserted && f.range.end.offset <= inserted + DEFECTIVE.length));
    // A fix edits the inserted text, never the quoted current text.
    const fixed = fixAll(text).text;
    assert.ok(fixed.includes(`Section 5 of the Penal Code now reads:\n\n> ${DEFECTIVE}\n`));
    assert.notEqual(fixed, text);
  });
});

/**
 * Issue 11: the further rules read the same operative words (the shared reading, not code of their
 * own): a limit on whom the protection covers, a condition and a carve-out by gravity, in treaty-like
 * wording of our own quoted in a preamble or a recital, are never flagged.
 */
describe('the further rules do not read quotations, recitals or the preamble either', () => {
  const FURTHER = ['discriminatory-scope', 'conditional-protection', 'serious-offence-exclusion'];
  const LIMITED =
    'a trafficked woman or child shall not be prosecuted for any offence committed as a direct result of being trafficked, provided that the victim co-operates with the investigating authorities, except for an offence punishable by life imprisonment';
  const BODY = `## 1. Non-punishment of victims of trafficking

(1) A victim of trafficking shall not be arrested, detained, prosecuted, convicted or otherwise penalised for any offence or other unlawful act that he or she committed as a direct result of, or in relation to, being trafficked.${GOOD_LIMBS('subsection (1)', 'this section')}`;
  const further = (text: string) => lint(text).findings.filter((f) => FURTHER.includes(f.ruleId));

  it('the limited wording is flagged by each further rule when it is the bill\'s own provision', () => {
    const own = `## 1. Non-punishment\n\nA${LIMITED.slice(1)}.\n`;
    assert.deepEqual(new Set(further(own).map((f) => f.ruleId)), new Set(FURTHER));
  });

  const preambles: Record<string, string> = {
    'a Commonwealth "WHEREAS" recital quoting a regional convention': `# Trafficking in Persons Bill 2026\n\nWHEREAS the regional Convention provides that "${LIMITED}";\n\nNOW, THEREFORE, BE IT ENACTED by the Parliament as follows—\n\n`,
    'a civil-law "Considering that" recital paraphrasing a framework decision': `# Law on Combating Trafficking in Human Beings\n\nThe National Assembly,\n\nConsidering that the framework decision provides that "${LIMITED}",\n\nAdopts the following Law:\n\n`,
    'an ASEAN "Recalling" recital quoting a memorandum of understanding': `# Anti-Trafficking in Persons Act 2026\n\nRecalling that the bilateral memorandum of understanding provides that "${LIMITED}",\n\nThe Parliament enacts:\n\n`,
  };
  for (const [name, preamble] of Object.entries(preambles)) {
    it(name, () => {
      const text = preamble + BODY;
      const bill = analyseBill(text);
      assert.ok(bill.sections.some((s) => s.preamble && s.model.sentences.some((x) => x.text.includes('co-operates'))), 'the quotation is in the preamble');
      assert.deepEqual(further(text).map((f) => `${f.ruleId}: ${f.message.slice(0, 80)}`), []);
      assert.equal(fixAll(text).text.slice(0, text.indexOf('\n## ')), text.slice(0, text.indexOf('\n## ')));
    });
  }

  it('a recital in the body quoting the same wording is not read', () => {
    const text = `## 1. Purpose\n\nWHEREAS the regional Convention provides that "${LIMITED}";\n\n${BODY.replace('## 1.', '## 2.')}`;
    assert.deepEqual(further(text).map((f) => f.ruleId), []);
  });
});
