import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { explain } from '../src/engine/explain.js';
import { run } from '../src/cli/main.js';
import { md } from './rule-tester.js';
import { repo } from './paths.js';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s), stdin: async () => '', cwd: repo(), color: false } };
}

describe('np-lint explain: how each provision was read', () => {
  it('reads the sample bill: form, person, consequences, scope, link, burden, children, with the words', () => {
    const text = readFileSync(repo('examples', 'trafficking-bill.md'), 'utf8');
    const e = explain(text);
    const s14 = e.provisions.find((p) => p.provision === 'Section 14')!;
    const get = (aspect: string) => s14.readings.filter((r) => r.aspect === aspect);
    assert.equal(s14.heading?.text, '14. Non-liability of victims of trafficking');
    assert.deepEqual(get('Form').map((r) => r.words[0]!.text), ['shall not be criminally liable']);
    assert.match(get('Scope')[0]!.reading, /^closed: a list of offences/);
    assert.match(get('Scope')[0]!.words[0]!.text, /^\(a\) illegal entry into Westland;/);
    assert.ok(get('Link to the trafficking').some((r) => /duress-level/.test(r.reading) && r.words[0]!.text === 'threat of death or serious injury'));
    assert.ok(get('Burden of proof').some((r) => /legal burden/.test(r.reading)));
    assert.deepEqual(get('Children').map((r) => r.reading), ['nothing is said of children']);
    // Every word quoted is where the range says it is.
    for (const r of s14.readings) for (const w of r.words) assert.equal(text.slice(w.range.start.offset, w.range.end.offset).replace(/\s+/g, ' ').trim(), w.text);
    // Why the shelter rule of section 17 is not a non-punishment provision.
    assert.ok(e.notRead.some((n) => n.section === 'Section 17' && /assistance/.test(n.reason)));
  });

  it('reads a record-relief provision (vacating a conviction) and its limits', () => {
    const text = md`
      ## 9. Vacating convictions of trafficking victims

      (1) A person convicted of prostitution or loitering may apply to the court that convicted him or her to vacate the conviction if the person's participation in the offence was a direct result of having been a victim of trafficking.

      (2) The applicant must prove by clear and convincing evidence that he or she was a victim of trafficking when the offence was committed.
    `;
    const e = explain(text);
    assert.equal(e.provisions.length, 1);
    const r = e.provisions[0]!.readings;
    assert.match(r.find((x) => x.aspect === 'Form')!.reading, /relief from a conviction/);
    assert.equal(r.find((x) => x.aspect === 'Form')!.words[0]!.text, 'vacate the conviction');
    assert.ok(r.some((x) => x.aspect === 'Burden of proof' && /legal burden/.test(x.reading)));
    assert.ok(r.some((x) => x.aspect === 'Link to the trafficking' && /causation/.test(x.reading)));
  });

  it('says why nothing was found: a carrier protected, not the victim', () => {
    const e = explain(md`
      ## 30. Carriers

      A carrier shall not be liable for transporting a person who is later found to be a victim of trafficking.
    `);
    assert.deepEqual(e.provisions, []);
    assert.equal(e.notRead.length, 1);
    assert.match(e.notRead[0]!.reason, /someone other than the victim/);
  });

  it('np-lint explain prints the reading, and --format json the same as data', async () => {
    const t = io();
    assert.equal(await run(['explain', 'examples/trafficking-bill.md'], t.io), 0);
    const text = t.out.join('');
    assert.match(text, /^examples\/trafficking-bill\.md: Section 14 — 14\. Non-liability of victims of trafficking \(line \d+\)$/m);
    assert.match(text, /^ {2}Scope: closed: a list of offences$/m);
    assert.match(text, /^ {6}from "shall not be criminally liable" \(\d+:\d+\)$/m);
    const j = io();
    assert.equal(await run(['explain', '--format', 'json', 'examples/trafficking-bill.md'], j.io), 0);
    const data = JSON.parse(j.out.join(''));
    assert.equal(data.file, 'examples/trafficking-bill.md');
    assert.ok(data.provisions.some((p: { provision: string }) => p.provision === 'Section 14'));
  });

  it('says one consistent thing of the forms of punishment: "only prosecution" in some words, and a further form kept away by others (own words)', () => {
    const bill = md`
      **12.** Where a victim of trafficking has committed an offence as a direct result of being trafficked, the Director shall not prosecute the victim for it, and no court shall fine or otherwise penalise the victim in respect of it.
    `;
    const forms = explain(bill).provisions[0]!.readings.filter((r) => r.aspect === 'Forms of punishment').map((r) => r.reading);
    assert.ok(forms.includes('keeps another form of punishment away'), forms.join(' | '));
    assert.ok(!forms.some((f) => /^only prosecution$/.test(f)), forms.join(' | '));
    assert.ok(forms.some((f) => /^only prosecution in these words; other words of the provision keep a further form of punishment away/.test(f)), forms.join(' | '));
  });

  it('np-lint explain with no file is a usage error', async () => {
    const t = io();
    await assert.rejects(run(['explain'], t.io), /usage: np-lint explain FILE/);
  });
});
