import assert from 'node:assert/strict';
import { formatMessage, lint } from '../src/engine/lint.js';
import { analyseBill } from '../src/engine/model.js';

/**
 * The core reading on drafting the fixtures do not show (brief "recall of the core reading"): who a
 * translated code protects ("a person who has suffered trafficking"), the wordings that take liability
 * away in other traditions, compulsion put as fear or as violence and threats, and the label of a
 * provision written with a plain-text section line or with no heading at all. Every provision below is
 * in our own words.
 */

/** The rule ids of a text's findings, with the provision each names. */
function found(text: string): { rule: string; severity: string; provision: string; message: string }[] {
  return lint(text).findings.map((f) => ({ rule: f.ruleId, severity: f.severity, provision: f.provision ?? '', message: f.message }));
}

function names(text: string): string[] {
  return analyseBill(text).provisions.map((p) => p.name);
}

describe('recall of the core reading: who is protected, and by what words', () => {
  it('reads a person named by what the person suffered as a victim, and a closed list by reference to two laws', () => {
    const text = 'Article 4 – Exemption\n\nA person who has suffered trafficking is exempt from the penalties provided for in the Residence Act and the Labour Code for any conduct the traffickers forced upon the person.\n';
    const f = found(text);
    const closed = f.find((x) => x.rule === 'closed-offence-list');
    assert.ok(closed, JSON.stringify(f));
    assert.match(closed.message, /Residence Act and the Labour Code/);
    assert.ok(f.some((x) => x.rule === 'duress-threshold' && x.severity === 'warning'), JSON.stringify(f));
  });

  it('does not read a loss suffered by a business as trafficking, nor a fee exemption as a protection', () => {
    const text = '## 9. Late returns\n\nA firm that has suffered a loss through a supplier\'s fraud is exempt from the penalty for filing its return late.\n';
    assert.deepEqual(names(text), []);
  });

  for (const [words, relief] of [
    ['A person subjected to trafficking in persons bears no criminal responsibility for any offence committed as a direct result of having been trafficked.', 'bears no'],
    ['A victim of trafficking shall be exonerated for any offence committed as a direct consequence of the trafficking.', 'exonerated'],
    ['A trafficked person shall go unpunished for any unlawful act committed as a direct result of being trafficked.', 'unpunished'],
    ['Any unlawful act of a victim of trafficking shall not entail criminal liability where it was a direct consequence of the trafficking.', 'entail'],
    ['No penalty shall be imposed on a person affected by trafficking for any act carried out as a direct result of being trafficked.', 'penalty'],
  ] as const) {
    it(`reads "${relief}" as a protection, open and on the causation test`, () => {
      const text = `## 11. Victims\n\n${words}\n`;
      assert.deepEqual(names(text), ['Section 11']);
      const f = found(text).filter((x) => x.rule === 'closed-offence-list' || x.rule === 'duress-threshold');
      assert.deepEqual(f, []);
    });
  }
});

describe('recall of the core reading: compulsion put as fear, violence or threats', () => {
  it('grades acting out of fear of serious bodily harm as duress-level', () => {
    const f = found('## 5. Defence\n\nIt is a defence to any charge that the accused was a victim of trafficking and acted out of fear of grievous bodily harm to a member of the family.\n');
    assert.ok(f.some((x) => x.rule === 'duress-threshold' && x.severity === 'error' && /fear of death or serious injury/.test(x.message)), JSON.stringify(f));
  });

  it('grades acting out of fear of the trafficker, or under threats, as a bare compulsion test', () => {
    for (const line of [
      'A victim of trafficking shall not be punished for any offence the victim committed out of fear of the trafficker.',
      'A victim of trafficking shall not be punished for any offence the victim committed under threats from the trafficker.',
    ]) {
      const f = found(`## 6. Victims\n\n${line}\n`).filter((x) => x.rule === 'duress-threshold');
      assert.deepEqual(f.map((x) => x.severity), ['warning'], line);
    }
  });

  it('does not read the means of trafficking in a definition as a test of the act', () => {
    const text =
      '## 6. Victims\n\n(1) A victim of trafficking shall not be punished for any offence committed as a direct result of being trafficked.\n\n(2) In this section, a victim of trafficking is a person who, by violence or threats, was recruited or transported for the purpose of exploitation.\n';
    assert.deepEqual(found(text).filter((x) => x.rule === 'duress-threshold'), []);
  });

  it('keeps the causation test of the Kenyan and Philippine models clean', () => {
    for (const line of [
      'A victim of trafficking in persons shall not be criminally liable for any criminal act that was a direct result of being trafficked.',
      'Trafficked persons shall not be penalized for unlawful acts committed as a direct result of, or as an incident or in relation to, being trafficked.',
    ]) {
      const f = found(`## 14. Non-liability\n\n${line}\n`).filter((x) => x.rule === 'closed-offence-list' || x.rule === 'duress-threshold');
      assert.deepEqual(f, [], line);
    }
  });
});

describe('recall of the core reading: the label of a provision with a plain-text section line', () => {
  it('reads "Sec. 5. Defense." run into the first paragraph as the section\'s heading', () => {
    const text = 'Sec. 5. Defense. It is a defense to a charge of loitering that the defendant was a victim of trafficking.\n';
    assert.deepEqual(names(text), ['Section 5']);
    assert.ok(found(text).every((x) => x.provision === 'Section 5'));
  });

  it('reads "Section 18 Title" on its own line, and a hyphenated number, as the heading', () => {
    assert.deepEqual(names('Section 18 Non-criminalisation\n\nA victim of trafficking shall not be prosecuted for begging.\n'), ['Section 18']);
    assert.deepEqual(names('Article 127-2. Release from liability\n\nA victim of trafficking is released from criminal liability for begging.\n'), ['Article 127-2']);
  });

  it('does not split a section whose first line repeats its own heading', () => {
    const bill = analyseBill('## Sec. 5\n\nSec. 5. Defense. It is a defense to a charge of loitering that the defendant was a victim of trafficking.\n');
    assert.equal(bill.sections.filter((s) => s.model.number === '5').length, 1);
  });

  it('does not read a sentence that begins with a section reference as a heading', () => {
    const bill = analyseBill('## 3. Application\n\nSection 5 of the Immigration Act applies to a victim of trafficking.\n');
    assert.deepEqual(bill.sections.map((s) => s.model.number), ['3']);
  });

  it('names operative text with no heading "This provision", not "Preamble", and writes it in lower case inside a sentence', () => {
    const text = '1. A victim of trafficking shall not be punished for unlawful entry.\n\n2. The authorities shall inform the victim of this protection.\n';
    assert.deepEqual(names(text), ['This provision']);
    assert.ok(found(text).some((x) => x.provision === 'This provision' && x.message.startsWith('This provision ')));
    assert.equal(formatMessage('Record relief in {provision} refers to {provision}.', { provision: 'This provision' }), 'Record relief in this provision refers to this provision.');
    assert.equal(formatMessage('{provision} says nothing. {provision} again.', { provision: 'This provision' }), 'This provision says nothing. This provision again.');
    assert.equal(formatMessage('Record relief in {provision} refers.', { provision: 'Section 4' }), 'Record relief in Section 4 refers.');
  });

  it('still names recitals before the first section "Preamble"', () => {
    const bill = analyseBill('WHEREAS victims of trafficking are often punished;\n\n## 1. Non-liability\n\nA victim of trafficking shall not be punished for any offence committed as a direct result of being trafficked.\n');
    assert.equal(bill.sections[0]!.preamble, true);
    assert.deepEqual(names(bill.text), ['Section 1']);
  });
});

describe('recall of the core reading: compulsion read as broadly as the sources ask', () => {
  it('does not flag a compulsion test whose means run to all the means of trafficking', () => {
    const text =
      '## 7. Victims not liable\n\nA victim of trafficking is not criminally liable for an offence committed while trafficked if the victim was brought to commit it through threats, fraud, the abuse of a position of vulnerability or any other means of trafficking.\n';
    assert.deepEqual(found(text).filter((x) => x.rule === 'duress-threshold'), []);
  });

  it('flags one whose means stop at violence and threats', () => {
    const text = '## 7. Victims not liable\n\nA victim of trafficking is not criminally liable for an offence committed while trafficked if the victim was brought to commit it through violence or threats.\n';
    assert.deepEqual(found(text).filter((x) => x.rule === 'duress-threshold').map((x) => x.severity), ['warning']);
  });
});

describe('recall of the core reading: a run-in title in emphasis', () => {
  it('ends the heading after the closing emphasis, so that nothing is inserted inside it', () => {
    const text = 'SEC. 9. *Protection of trafficked persons.* — A trafficked person shall not be punished for any offence committed as a direct result of being trafficked.\n';
    const bill = analyseBill(text);
    assert.deepEqual(names(text), ['Section 9']);
    assert.equal(text.slice(bill.sections[0]!.chunk.headingStart, bill.sections[0]!.chunk.headingEnd), 'SEC. 9. *Protection of trafficked persons.*');
  });
});
