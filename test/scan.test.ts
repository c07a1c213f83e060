import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../src/engine/lint.js';
import { analyseBill } from '../src/engine/model.js';
import { RULES } from '../src/engine/rules/index.js';
import { NumberSearch, PROTECTION_WORDS, sectionScan } from '../src/engine/scan.js';
import { VICTIM } from '../src/engine/lexicon.js';
import { has, parseExample } from '../src/engine/patterns.js';
import { billFacts } from '../src/engine/bill-facts.js';
import { readConventions } from '../src/engine/drafting/index.js';
import { repo } from './paths.js';
import { random } from './random.js';

/**
 * Issue 9, section 1: the scan decides which sections are read in full, and the result must be the
 * same as reading every section in full, on the real provisions and on generated bills that put
 * provisions, definitions and references in places a scan could miss.
 */

function markdown(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? markdown(p) : p.endsWith('.md') ? [p] : [];
  });
}

const same = (text: string, what: string) => assert.deepEqual(lint(text), lint(text, { fullAnalysis: true }), what);


// Sections of an ordinary penal code, with none of the words the rules look for.
const FILLER = [
  'A person who dishonestly appropriates property belonging to another commits an offence and is liable on conviction to imprisonment for a term not exceeding 7 years.',
  'A person who enters a building as a trespasser with intent to steal commits an offence.',
  '(1) A person who makes a false statement in an application under this Act commits an offence.\n\n(2) A prosecution under this section may be brought within 3 years of the statement.',
  'The Minister may make regulations prescribing the forms to be used under this Act.',
  'A person who damages property belonging to another without lawful excuse commits an offence and is liable to a fine.',
  'Proceedings for an offence under section 12 may be heard by a magistrate.',
  'A person who drives a motor vehicle on a road without reasonable care commits an offence under the Road Traffic Act.',
];

// Wording a scan could miss, each paraphrased for these tests: provisions in schedules and appendices,
// a Part with no section headings, record relief and proof rules that name no victim but refer to
// a provision by number, definitions of "child" and of compulsion far from the provision.
const UNLIKELY = [
  (n: number) => `## Schedule ${n}\n\nA person shall not be prosecuted for an offence of immigration or prostitution where the person was a victim of trafficking and was compelled to commit it.`,
  () => `# Appendix\n\nA trafficked person is not criminally liable for any unlawful act committed as a direct result of having been trafficked.`,
  (n: number) => `## Part ${n} — Miscellaneous\n\nNo survivor of forced labour shall be detained or punished for offences relating to documents.`,
  (_n: number, provision: string) => `A conviction for an offence in respect of which section ${provision} would have applied shall be expunged on application.`,
  (_n: number, provision: string) => `For the purposes of section ${provision}, the accused must prove on the balance of probabilities that the act was done under threat.`,
  () => `In this Part, "child" means a person under the age of 16 years.`,
  () => `"Compulsion" includes threats, deception and abuse of a position of vulnerability.`,
  () => `**14A. Defence for slavery victims**\n\nIt is a defence for an accused to show that the conduct was attributable to slavery.`,
  // What the bill-level rules read in every section: the trafficking offence ("traffics" and a
  // defined "traffic" have none of the reading layer's words), definitions of exploitation and of
  // the victim, a discretion or a permission to prosecute a victim outside the provision.
  (n: number) => `## Schedule ${n}\n\nA person who traffics another person commits an offence and is liable on conviction to imprisonment for 20 years.`,
  () => `In this Act, "traffic" means to recruit, transport or harbour a person by force or deception.`,
  () => `In this Act, "exploitation" means prostitution, forced labour, slavery or the removal of organs.`,
  () => `"Exploitation" includes sexual exploitation and servitude.`,
  () => `"Victim" means a foreign national who has been brought into the country by force.`,
  () => `The public prosecutor may decline to prosecute a victim of trafficking for an offence of illegal entry.`,
  () => `No proceedings against a trafficked person shall be instituted except with the consent of the Attorney General.`,
];

function bill(seed: number): string {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const parts = ['# Criminal Code (Consolidation) Bill\n'];
  const count = 6 + Math.floor(rnd() * 14);
  const provision = String(1 + Math.floor(rnd() * count));
  for (let n = 1; n <= count; n++) {
    const r = rnd();
    if (r < 0.3) parts.push(pick(UNLIKELY)(n, provision));
    else if (r < 0.4 && String(n) === provision) parts.push(`## ${n}. Non-punishment of victims\n\nA victim of trafficking shall not be punished for an offence committed as a direct result of being trafficked.`);
    else parts.push(`## ${n}. Offence ${n}\n\n${pick(FILLER)}${rnd() < 0.3 ? ` ${pick(UNLIKELY)(n, provision)}` : ''}`);
  }
  if (rnd() < 0.5) parts.push(`## ${provision}. Victims not to be punished\n\nA victim of trafficking shall not be punished for immigration offences.`);
  return parts.join('\n\n') + '\n';
}

describe('the scan: read only what can matter, with the same result', function () {
  this.timeout(600_000);

  it('lints every fixture, example and corpus file as a full analysis does', () => {
    const files = [...markdown(repo('test', 'fixtures')), ...markdown(repo('examples')), ...markdown(repo('corpus'))];
    assert.ok(files.length > 100, `${files.length} files`);
    for (const f of files) same(readFileSync(f, 'utf8'), f);
  });

  it('reads the same drafting conventions (definitions, numbering) from every fixture and generated bill', () => {
    const scan = sectionScan(RULES.map((r) => r.scanWords));
    const texts = [...markdown(repo('test', 'fixtures')), ...markdown(repo('examples'))].map((f) => readFileSync(f, 'utf8'));
    for (let seed = 1; seed <= 100; seed++) texts.push(bill(seed));
    for (const text of texts) {
      const quick = readConventions(analyseBill(text, {}, undefined, scan));
      assert.deepEqual(quick, readConventions(analyseBill(text)), text.slice(0, 200));
    }
  });

  it('lints 300 generated bills with provisions in unlikely places as a full analysis does', () => {
    let findings = 0;
    const rules = new Set<string>();
    for (let seed = 1; seed <= 300; seed++) {
      const text = bill(seed);
      same(text, `seed ${seed}:\n${text}`);
      const found = lint(text).findings;
      findings += found.length;
      for (const f of found) rules.add(f.ruleId);
    }
    assert.ok(findings > 100, `the generated bills gave ${findings} findings`);
    // The bill-level rules, which read sections far from the provision, are among them.
    for (const id of ['missing-record-relief', 'definition-lacks-forced-criminality', 'discriminatory-scope', 'discretionary-protection']) {
      assert.ok(rules.has(id), `the generated bills gave findings of ${id} (${[...rules].join(', ')})`);
    }
  });

  it('a section with none of the rules\' words is only indexed, and read in full when a provision needs it', () => {
    const text = [
      '## 3. Theft\n\nA person who steals commits an offence.',
      '## 4. Non-liability of victims\n\nA victim of trafficking shall not be punished for any offence committed as a direct result of being trafficked.',
      '## 5. Relief\n\nA conviction for an offence in respect of which section 4 would have applied shall be expunged on application.',
    ].join('\n\n');
    const b = analyseBill(text, {}, undefined, sectionScan(RULES.map((r) => r.scanWords)));
    assert.deepEqual(
      b.sections.map((s) => [s.model.number, s.inFull]),
      [['3', false], ['4', true], ['5', true]],
    );
    assert.deepEqual(b.provisions.map((p) => p.name), ['Section 4', 'Section 5']);
    // What is asked of an indexed section is computed as for any other.
    assert.equal(b.sections[0]!.model.sentences[0]!.text, 'A person who steals commits an offence.');
    assert.deepEqual(b.sections[0]!.reading.protections, []);
  });

  it('the reading layer\'s words cover every way of naming a victim (rules that read victims\' sentences declare no words of their own)', () => {
    for (const example of VICTIM.examples.flag) {
      const text = parseExample(example).text;
      assert.ok(has(PROTECTION_WORDS, text), text);
    }
  });

  it('a section that only makes "trafficking" an offence or defines "traffic" is read, and makes a trafficking bill', () => {
    const text = [
      '# Penal Code (Amendment) Bill',
      '## 2. Offence\n\nA person who traffics another person commits an offence.',
      '## 3. Theft\n\nA person who steals commits an offence.',
      '## 4. Non-liability of victims\n\nA victim of trafficking shall not be punished for any offence committed as a direct result of being trafficked.',
    ].join('\n\n');
    const b = analyseBill(text, {}, undefined, sectionScan(RULES.map((r) => r.scanWords)));
    assert.deepEqual(b.sections.map((s) => s.inFull), [false, true, false, true]);
    assert.equal(billFacts(b).createsTraffickingOffence?.section.model.number, '2');
    same(text, 'a trafficking bill');
    assert.ok(lint(text).findings.some((f) => f.ruleId === 'missing-record-relief'));
    // With the offence in a schedule, after the sections, and no provision at all.
    const bare = [
      '# Penal Code (Amendment) Bill',
      '## 3. Theft\n\nA person who steals commits an offence.',
      '## Schedule 1\n\nA person who holds another in servitude commits an offence.',
    ].join('\n\n');
    assert.equal(billFacts(analyseBill(bare, {}, undefined, sectionScan(RULES.map((r) => r.scanWords)))).createsTraffickingOffence?.section.model.heading, 'Schedule 1');
    same(bare, 'no provision');
    assert.ok(lint(bare).findings.some((f) => f.ruleId === 'missing-non-punishment-provision'));
  });

  it('a rule that declares no scan words has every section read in full', () => {
    const scan = sectionScan([...RULES.map((r) => r.scanWords), undefined]);
    assert.equal(scan.test('## 3. Theft\n\nA person who steals commits an offence.', 'Theft'), true);
    assert.equal(sectionScan(RULES.map((r) => r.scanWords)).test('## 3. Theft\n\nA person who steals commits an offence.', 'Theft'), false);
  });

  it('reads in full a section whose words the model reads differently (soft hyphens, character references)', () => {
    const scan = sectionScan(RULES.map((r) => r.scanWords));
    assert.equal(scan.test('A vic\u00adtim shall not be punished.', ''), true);
    assert.equal(scan.test('A &#118;ictim shall not be punished.', ''), true);
    same('## 4. Non-liability\n\nA vic\u00adtim of traf\u00adficking shall not be punished for any offence committed as a direct result of being trafficked.\n', 'soft hyphens');
  });

  it('finds a provision\'s number in a section\'s text as a case-blind search would, and only there', () => {
    const numbers = new NumberSearch();
    assert.equal(numbers.in('section 14', 0, 10), false, 'no numbers yet');
    for (const n of ['14', '7A', '17 bis', '2001']) numbers.add(n);
    numbers.add('Schedule'); // not a section number: ignored
    const text = 'under section 7a or 17 BIS; see 140 and 2001; not 17 ter';
    const at = (w: string) => [text.indexOf(w), text.indexOf(w) + w.length] as const;
    assert.equal(numbers.in(text, ...at('7a')), true, '"7a" for 7A');
    assert.equal(numbers.in(text, ...at('17 BIS')), true, '"17 BIS" for 17 bis');
    assert.equal(numbers.in(text, ...at('140')), true, 'inside a longer number, as a plain search finds it');
    assert.equal(numbers.in(text, ...at('2001')), true);
    assert.equal(numbers.in(text, ...at('17 ter')), false, '17 ter is not a provision; 17 alone is not one either');
    assert.equal(numbers.in(text, text.indexOf('7a'), text.indexOf('7a') + 1), false, 'a number cut by the end of the range');
    // The same answers as a pattern of every number, on random text of digits, letters and spaces.
    const rnd = random(9);
    const pattern = /14|7a|17 bis|2001/i;
    for (let k = 0; k < 2000; k++) {
      let t = '';
      const n = Math.floor(rnd() * 12);
      for (let i = 0; i < n; i++) t += '0124789 aAbBsi'[Math.floor(rnd() * 14)];
      assert.equal(numbers.in(t, 0, t.length), pattern.test(t), JSON.stringify(t));
    }
  });
});
