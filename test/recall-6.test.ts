import assert from 'node:assert/strict';
import { lint } from '../src/engine/lint.js';
import { analyseBill } from '../src/engine/model.js';
import { names, rules } from './lint-probe.js';

/**
 * Drafting probe round 6 found provisions the engine did not read at all (every rule was then silent on
 * the defects inside them), and a general defence of coercion read as the victims' own test. Every
 * provision below is in our own words.
 */


describe('recall 6: provisions found in forms the earlier rounds did not read', () => {
  for (const [words, what] of [
    ['A victim of a violation of section 31 has a defense to any charge for an offense committed as a direct result of the violation.', 'a victim of a violation of a numbered section'],
    ['A trafficked person shall be punished neither criminally nor administratively for an act done as a direct consequence of the trafficking.', '"punished neither criminally nor administratively"'],
    ['A victim of exploitation shall not be subject to any penal or civil accountability for an act done because of the exploitation.', '"any penal or civil accountability"'],
    ['A trafficked person is taken not to have committed any offence by doing an act as a direct result of having been trafficked.', '"taken not to have committed any offence"'],
    ['No penalty under any licensing law shall be imposed on a victim of trafficking for an act done as a direct result of the trafficking.', 'a penalty qualified by the law it arises under'],
  ] as const) {
    it(`finds the protection: ${what}`, () => {
      assert.deepEqual(names(`## 21. Victims\n\n${words}\n`), ['Section 21']);
    });
  }

  it('still passes words that only look alike', () => {
    for (const words of [
      'The offender shall be deemed to have committed the offence in the territory.',
      'A victim of a violation of this Act may bring a civil action for damages.',
      'No penalty under this section shall exceed a fine of level 3.',
    ]) assert.deepEqual(names(`## 21. Miscellaneous\n\n${words}\n`), [], words);
  });

  it('reads a protection confined to one named offence, written as deemed innocence, as a closed list', () => {
    const text = '## 40. Victims\n\nA victim of trafficking shall be deemed not to have committed an offence under section 9 of the Passports Act where the act was done as a direct consequence of being trafficked.\n';
    assert.ok(rules(text).includes('closed-offence-list:error'), rules(text).join());
  });

  it('reads a protection from regulatory penalties only as a closed list', () => {
    const text = '## 4. Regulatory penalties\n\nNo penalty under any licensing enactment shall be imposed on a trafficked person in respect of a contravention that occurred as a direct result of the person being trafficked.\n';
    assert.ok(rules(text).includes('closed-offence-list:error'), rules(text).join());
  });
});

describe('recall 6: the general defence of coercion beside the victims\' own limb', () => {
  const section = (victims: string) =>
    `**12.4 Compulsion; trafficked persons.**\n\n(1) A threat of immediate death or serious bodily injury to the actor or another, which leaves the actor believing that the act is the only way to prevent it and which causes the actor to do it, is a defense to a prosecution for any crime based on that act.\n\n(2) ${victims}\n`;

  it('does not take the general defence\'s test for the victims\' test where the victims\' limb has its own link', () => {
    const text = section('A victim of a violation of section 12.7 has a defense for any offense committed as a direct result of the violation.');
    const got = rules(text);
    assert.ok(!got.some((r) => r.startsWith('duress-threshold')), got.join());
    assert.ok(!got.includes('missing-child-provision:error'), got.join());
  });

  it('still reads a victims\' limb that borrows the general defence\'s test', () => {
    const text = section('A victim of a violation of section 12.7 has a defense for any offense committed under a threat described in subsection (1).');
    const got = rules(text);
    assert.ok(got.some((r) => r.startsWith('duress-threshold')), got.join());
  });

  it('still flags a victims\' limb whose own words set the test at duress', () => {
    const text = section('A victim of a violation of section 12.7 has a defense for any offense committed under a threat of imminent death.');
    assert.ok(rules(text).some((r) => r.startsWith('duress-threshold')), rules(text).join());
  });
});

describe('recall 6: discretion written without "may"', () => {
  const section = (words: string) => `## 12B. Non-prosecution of victims\n\n(1) A victim of trafficking shall not be prosecuted for any offence committed as a direct result of having been trafficked.\n\n(2) ${words}\n`;

  it('flags a saving that lets the prosecutor proceed despite the protection', () => {
    for (const words of [
      'Nothing in subsection (1) shall prevent the Attorney General from continuing proceedings against a victim where the public interest so requires.',
      'Nothing in this section precludes the prosecuting authority, if it thinks fit, from bringing a charge against the person.',
    ]) assert.ok(rules(section(words)).includes('discretionary-protection:warning'), words);
  });

  it('passes a saving for powers outside the protection, or one that widens it', () => {
    for (const words of [
      'Nothing in this section affects any power of the Director of Public Prosecutions to discontinue proceedings in any other case.',
      'Nothing in subsection (1) limits the offences to which it applies.',
      'Nothing in subsection (1) prevents the Director from instituting proceedings in any other case.',
    ]) assert.ok(!rules(section(words)).some((r) => r.startsWith('discretionary-protection')), `${words}: ${rules(section(words)).join()}`);
  });

  it('flags a power or an encouragement not to prosecute, and passes a duty', () => {
    const one = (words: string) => rules(`## 5. Prosecution of victims\n\n${words}\n`);
    assert.ok(one('The Public Prosecutor is empowered to waive the prosecution of a person who offended as a direct result of being a victim of trafficking.').includes('discretionary-protection:warning'));
    assert.ok(one('Prosecutors are encouraged to refrain from prosecuting a victim of trafficking for an offence committed as a direct result of being trafficked.').includes('discretionary-protection:warning'));
    assert.ok(!one('Prosecutors shall refrain from prosecuting a victim of trafficking for an offence committed as a direct result of being trafficked.').some((r) => r.startsWith('discretionary-protection')));
  });
});

describe('recall 6: offences excluded by procedure, by religious law, or by being violent', () => {
  const section = (second: string) => `## 7. Victims not to be prosecuted\n\n(1) A person shall not be prosecuted for an offence if the conduct was a direct consequence of the person having been a victim of trafficking.\n\n(2) ${second}\n`;

  it('flags an exclusion by a procedural class or a religious law\'s gravest class', () => {
    for (const second of ['Subsection (1) does not apply to an offence triable only on indictment.', 'Subsection (1) shall not apply to an offence for which a hudud punishment is prescribed.'])
      assert.ok(rules(section(second)).includes('serious-offence-exclusion:error'), `${second}: ${rules(section(second)).join()}`);
  });

  it('passes a second subsection that excludes nothing', () => {
    assert.ok(!rules(section('The prosecutor shall record the reasons for discontinuing proceedings under subsection (1).')).some((r) => r.startsWith('serious-offence-exclusion')));
  });

  it('flags relief confined to nonviolent offences, and passes the plea-down clause that widens relief', () => {
    const vacate = (scope: string) => `## 9. Motion to vacate\n\nOn the motion of a person, a court shall vacate the person's conviction of ${scope} if the person's participation in the offense was a direct result of having been a victim of human trafficking.\n`;
    assert.ok(rules(vacate('loitering or another nonviolent offense')).includes('serious-offence-exclusion:error'));
    assert.ok(!rules(vacate('an offense under section 12, or of a lesser offense when originally charged under that section,')).some((r) => r.startsWith('serious-offence-exclusion')));
  });
});

describe('recall 6: compulsion put as the loss of free will, or as translated "coaction"', () => {
  it('flags the test in either form and passes the causation test', () => {
    for (const words of [
      'A trafficked person is not criminally liable for an offence where the person\'s free will had been overborne by the trafficker.',
      'Victims of trafficking shall not be punished for any offence that results from the coaction exercised over them by the trafficker.',
    ]) assert.ok(rules(`### Article 5\n\n${words}\n`).includes('duress-threshold:warning'), words);
    assert.ok(!rules('### Article 5\n\nVictims of trafficking shall not be punished for any offence committed as a direct result of being trafficked, and the will of the victim to make a complaint is respected.\n').some((r) => r.startsWith('duress-threshold')));
  });
});

describe('recall 6: a court told not to acquit unless satisfied on the defence\'s evidence', () => {
  const section = (second: string) => `## 15A. Defence for victims\n\n(1) It is a defence to any charge that the accused did the act as a direct result of having been a victim of trafficking.\n\n(2) ${second}\n`;

  it('flags the burden so put, in either form', () => {
    for (const second of [
      'The court shall not acquit the accused under subsection (1) unless it is satisfied, on evidence called by the accused, that the act resulted from the trafficking.',
      'The magistrate shall not acquit under this section unless positively satisfied that the act resulted from the trafficking.',
    ]) assert.ok(rules(section(second)).includes('defendant-burden:error'), `${second}: ${rules(section(second)).join()}`);
  });

  it('passes an evidential burden on the defence with the legal burden on the prosecution', () => {
    const text = section('Where evidence adduced by the defence raises the issue, the court shall acquit unless the prosecution proves beyond reasonable doubt that subsection (1) does not apply.');
    assert.ok(!rules(text).some((r) => r.startsWith('defendant-burden')), rules(text).join());
  });
});

describe('recall 6: a protection lost by the victim\'s conduct', () => {
  const section = (second: string) => `## 12A. Immunity of victims\n\n(1) A victim of trafficking shall not be held criminally liable for any offence committed as a direct result of being trafficked.\n\n(2) ${second}\n`;

  it('flags the protection ending when the victim leaves a shelter or refuses repatriation', () => {
    for (const second of [
      'The protection given by subsection (1) shall cease to apply if the victim absconds from the place of safety.',
      'Subsection (1) no longer applies once the person refuses to be repatriated.',
    ]) {
      const got = lint(section(second)).findings.filter((f) => f.ruleId === 'conditional-protection');
      assert.equal(got.length, 1, second);
      assert.equal(got[0]!.severity, 'warning');
      assert.match(got[0]!.message, /shelters against their will/);
    }
  });

  it('passes conduct that does not end the protection', () => {
    const text = section('A victim who leaves a shelter shall be given information about further support.');
    assert.ok(!rules(text).some((r) => r.startsWith('conditional-protection')), rules(text).join());
  });
});

describe('recall 6: a category of offences a definition decides', () => {
  const section = (definition: string) => `## 36B. Victims of trafficking\n\n(1) In this section—\n\n*relevant offence* means ${definition}\n\n(2) A person is not criminally responsible for a relevant offence if the person's conduct was a direct consequence of the person being a victim of trafficking.\n`;

  it('reads the protection as closed where the definition names one Part of one Act', () => {
    assert.ok(rules(section('an offence against Part 3 (Vagrancy) of the Police Offences Act 1999.')).includes('closed-offence-list:error'));
  });

  it('reads it as open where the definition is open, and the undefined category as limiting nothing', () => {
    assert.ok(!rules(section('any offence committed by a person as a direct consequence of being trafficked.')).some((r) => r.startsWith('closed-offence-list')));
    const undefinedTerm = "## 36B. Victims of trafficking\n\nA person is not criminally responsible for a relevant offence if the person's conduct was a direct consequence of the person being a victim of trafficking.\n";
    assert.ok(!rules(undefinedTerm).some((r) => r.startsWith('closed-offence-list')), rules(undefinedTerm).join());
  });
});

describe('recall 6: "any offence relating to" the person\'s trafficking, with examples', () => {
  const one = (scope: string) => rules(`## 62. Non-prosecution of trafficked persons\n\nA trafficked person shall not be detained, prosecuted or otherwise penalised for ${scope}.\n`);

  it('reads the link and its examples as an open scope', () => {
    assert.ok(!one('any offence relating to his or her having been trafficked, such as the use of a false passport or engaging in prostitution').some((r) => r.startsWith('closed-offence-list')));
  });

  it('still reads offences relating to one kind of conduct as closed', () => {
    assert.ok(one('offences relating to prostitution, such as soliciting').includes('closed-offence-list:error'));
  });
});

describe('recall 6: an official who must be satisfied that the link is absent', () => {
  const one = (condition: string) => rules(`## 6. Decisions to prosecute\n\nA prosecutor shall not begin or continue a prosecution of a person who is, or may be, a victim of trafficking ${condition}.\n`);

  it('passes the protection that holds until the prosecutor is satisfied there is no link', () => {
    assert.ok(!one('unless the prosecutor is satisfied that the offence was not committed as a direct consequence of the trafficking').some((r) => r.startsWith('conditional-protection')));
  });

  it('still flags a protection that waits for the prosecutor to be satisfied the link exists', () => {
    assert.ok(one('for an offence, where the Director is satisfied that the offence was committed as a direct consequence of the trafficking').some((r) => r.startsWith('conditional-protection')));
  });
});

describe('recall 6: "not liable to be arrested, detained, prosecuted or removed"', () => {
  it('reads every consequence in the list, so the protection is not read as criminal liability only', () => {
    const text = '## 77A. Victims not liable\n\nA victim of trafficking is not liable to be arrested, detained, prosecuted or removed for any offence committed as a direct consequence of being trafficked.\n';
    const kinds = analyseBill(text).sections.flatMap((s) => s.reading.protections.flatMap((p) => p.consequences.map((c) => c.kind as string)));
    for (const k of ['arrest', 'detention', 'prosecution']) assert.ok(kinds.includes(k as never), kinds.join());
    assert.ok(!rules(text).some((r) => r.startsWith('criminal-liability-only')), rules(text).join());
    assert.ok(rules('## 77A. Victims not liable\n\nA victim of trafficking is not liable for any offence committed as a direct consequence of being trafficked.\n').includes('criminal-liability-only:warning'));
  });
});

describe('recall 6: a child limb naming boys and girls, or adolescents', () => {
  it('counts the limb, and still finds no child limb in a provision for women and girls', () => {
    const limb = (who: string) => rules(`### Article 7A\n\nThe victim of trafficking shall be exempt from criminal responsibility for any punishable conduct carried out as a direct consequence of the trafficking.\n\nWhere the victim is ${who}, it shall not be necessary to show that any of the means of trafficking was used.\n`);
    for (const who of ['a girl or boy', 'an adolescent']) assert.ok(!limb(who).some((r) => r.startsWith('missing-child-provision')), `${who}: ${limb(who).join()}`);
    assert.ok(rules('## 15B. Women not punished\n\nNo woman or girl who has been trafficked shall be punished for any offence committed as a direct result of the trafficking.\n').includes('missing-child-provision:info'));
  });
});

describe('recall 6: internal trafficking left out', () => {
  it('flags protection for persons trafficked into or out of the country, and an exclusion of those trafficked within it', () => {
    const text = '## 102C. Victims of trafficking\n\n(1) A person who has been trafficked into or out of Ruritania is not criminally responsible for any offence committed as a direct result of having been so trafficked.\n\n(2) This section does not apply to a person trafficked within Ruritania.\n';
    const got = lint(text).findings.filter((f) => f.ruleId === 'discriminatory-scope');
    assert.equal(got.length, 1, rules(text).join());
    assert.match(got[0]!.message, /not those trafficked within the country/);
  });

  it('passes protection for persons trafficked within or across the borders', () => {
    const text = '## 102C. Victims of trafficking\n\nA person who has been trafficked, within or across the borders of Ruritania, is not criminally responsible for any offence committed as a direct result of having been trafficked.\n';
    assert.ok(!rules(text).some((r) => r.startsWith('discriminatory-scope')), rules(text).join());
  });
});
