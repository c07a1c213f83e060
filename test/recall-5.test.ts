import assert from 'node:assert/strict';
import { analyseBill } from '../src/engine/model.js';
import { names, rules } from './lint-probe.js';

/**
 * The reading layer on drafting probe round 5 found unread (every rule was silent on it): a list of
 * kinds of liability, "sentenced to punishment", an exemption the victim is "considered for", the
 * Nordic "sanction", a citation with a dotted initialism, a duty to weigh victimhood however the
 * decision is placed; and what is not a protection although its words take punishment away: a power
 * to make regulations, and victimhood weighed in sentencing. Every provision below is in our own words.
 */


describe('recall 5: provisions found in forms the earlier rounds did not read', () => {
  for (const [words, what] of [
    ['A victim of trafficking shall not be held penally, civilly or administratively liable for any act done as a direct result of being trafficked.', 'a list of three kinds of liability as adverbs'],
    ['A trafficked person shall incur no penal, civil or administrative liability for any act done as a direct result of being trafficked.', 'a list of kinds of liability as adjectives after "incur no"'],
    ['A trafficked person bears no criminal or disciplinary liability for any act done as a direct result of being trafficked.', '"bears no" with two kinds'],
    ['A victim of exploitation shall not be sentenced to punishment for an act done as a direct consequence of the exploitation.', '"sentenced to punishment"'],
    ['No person shall be prosecuted for an offense under 18 U.S.C. § 1591 if the conduct was committed as a direct result of being trafficked.', 'a dotted initialism in a citation'],
  ] as const) {
    it(`finds the protection: ${what}`, () => {
      assert.deepEqual(names(`## 11. Victims\n\n${words}\n`), ['Section 11']);
    });
  }

  it('does not end a sentence at a citation\'s dotted initialism, but still at one that ends a sentence', () => {
    const bill = analyseBill('## 4. Defence\n\nNo person shall be charged under O.C.G.A. § 16-6-9 if the conduct resulted from being trafficked. The court shall seal the record.\n');
    const texts = bill.sections[0]!.model.sentences.map((s) => s.text);
    assert.deepEqual(texts, ['No person shall be charged under O.C.G.A. § 16-6-9 if the conduct resulted from being trafficked.', 'The court shall seal the record.']);
    const end = analyseBill('## 4. Scope\n\nThis Act extends to the U.K. The Secretary of State shall enforce it.\n');
    assert.equal(end.sections[0]!.model.sentences.length, 2);
    // A numbered paragraph run on after a law's abbreviated name still starts a sentence.
    const numbered = analyseBill('### Article 9\n\n1. A victim is exempt from the penalties of the Penal Code. 2. This Article does not apply to murder.\n');
    assert.equal(numbered.sections[0]!.model.sentences[0]!.text, 'A victim is exempt from the penalties of the Penal Code.');
    const cited = analyseBill('## 4. Defence\n\nNo minor shall be charged under Rev. Stat. 566.223 if the conduct resulted from being trafficked.\n');
    assert.equal(cited.sections[0]!.model.sentences.length, 1);
  });

  it('reads an exemption the victim "may be considered for" as found and left to discretion', () => {
    const text = '### Article 10\n\nA trafficked person who breaks the law as a direct result of the trafficking may be considered for exemption from, or reduction of, liability.\n';
    assert.deepEqual(names(text), ['Article 10']);
    assert.ok(rules(text).includes('discretionary-protection:warning'), rules(text).join());
  });

  it('reads a waiver of the sanction, active or passive, as found and left to discretion', () => {
    for (const line of ['The court may waive the sanction for an offence a trafficked person committed because of the trafficking.', 'Where a trafficked person offended because of the trafficking, the sanction may be waived.']) {
      const text = `**Section 6a**\n\n${line}\n`;
      assert.deepEqual(names(text), ['Section 6a'], line);
      assert.ok(rules(text).includes('discretionary-protection:warning'), `${line}: ${rules(text).join()}`);
    }
  });

  it('reads a duty to weigh whether the person is a victim in a decision to prosecute, however it is placed, as a discretion', () => {
    for (const line of [
      'In deciding whether to prosecute a person, the Director shall give due weight to whether the person is a victim of trafficking.',
      'When a charge is considered, the police must take into account the fact that the suspect was trafficked.',
      'The Director shall have regard to a suspect\'s status as a victim of slavery before any prosecution is brought.',
    ]) {
      const text = `## 12. Prosecution of victims\n\n${line}\n`;
      assert.deepEqual(names(text), ['Section 12'], line);
      assert.ok(rules(text).includes('discretionary-protection:warning'), `${line}: ${rules(text).join()}`);
    }
  });
});

describe('recall 5: words that take punishment away but are not a protection', () => {
  it('does not read a power to make regulations as a protection, so the bill has none', () => {
    const text = '# Trafficking Bill\n\n## 3. Offence\n\nA person who recruits another person by deception for the purpose of exploitation commits an offence.\n\n## 30. Regulations\n\nThe Minister may make regulations providing that a victim of trafficking is not to be prosecuted for an offence committed as a result of being trafficked.\n';
    assert.deepEqual(names(text), []);
    assert.ok(rules(text).includes('missing-non-punishment-provision:warning'), rules(text).join());
  });

  it('still reads a protection that a power to make regulations only qualifies', () => {
    assert.deepEqual(names('## 14. Victims\n\nExcept as the regulations may provide, no victim of trafficking shall be punished for any offence committed as a direct result of being trafficked.\n'), ['Section 14']);
  });

  it('does not read victimhood weighed in sentencing as a protection', () => {
    assert.deepEqual(names('## 65. Sentencing\n\nIn fixing the sentence, the court shall have regard to whether the offender was a victim of trafficking.\n'), []);
  });
});
