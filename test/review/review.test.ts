import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { lint } from '../../src/engine/index.js';
import { matchProvisions } from '../../src/review/provisions.js';
import { introducedErrors, reviewVersions, type ReviewResult } from '../../src/review/review.js';
import { reviewJson } from '../../src/review/jsonReport.js';
import { repo } from '../paths.js';

const V1 = readFileSync(repo('examples', 'trafficking-bill.md'), 'utf8');
const V2 = readFileSync(repo('examples', 'trafficking-bill-v2.md'), 'utf8');

const review = (a: string, b: string) => reviewVersions(a, b, { oldFile: 'old.md', newFile: 'new.md' });
const brief = (r: ReviewResult, which: 'introduced' | 'resolved' | 'unchanged', text: string) =>
  r[which].map((x) => `${x.finding.ruleId} | ${x.finding.provision} | ${text.slice(x.finding.range.start.offset, x.finding.range.end.offset).replace(/\s+/g, ' ').slice(0, 40)}`);

function outlineOf(text: string) {
  return { text, outline: lint(text).outline };
}

describe('review: two versions of the sample bill (examples/)', () => {
  const r = review(V1, V2);

  it('reports exactly the defect the second version introduces and the one it cures', () => {
    assert.deepEqual(brief(r, 'introduced', V2), ['missing-child-provision | Section 2 | sixteen']);
    assert.deepEqual(brief(r, 'resolved', V1), ['defendant-burden | Section 14 | burden of proving, on the balance of pro']);
    assert.equal(introducedErrors(r).length, 1);
  });

  it('keeps the other findings as unchanged despite the renumbering (section 14 is now section 15)', () => {
    // Every other finding of the first version, now in section 15.
    // (Section 15's record relief, which inherits section 14's closed list, is now section 16.)
    const expected = lint(V1).findings.filter((f) => f.ruleId !== 'defendant-burden').map((f) => `${f.ruleId} | ${f.provision === 'Section 15' ? 'Section 16' : 'Section 15'}`);
    assert.ok(expected.length >= 3);
    assert.deepEqual(brief(r, 'unchanged', V2).map((s) => s.split(' | ').slice(0, 2).join(' | ')), expected);
    for (const x of r.unchanged) {
      assert.equal(x.before?.provision, x.finding.provision === 'Section 16' ? 'Section 15' : 'Section 14', 'the same defect stood one section earlier before');
      assert.notEqual(x.before!.range.start.line, x.finding.range.start.line, 'on another line');
    }
  });

  it('says what happened to each provision: the JSON contract’s old/new/change', () => {
    const j = reviewJson(r);
    const find = (o: string | null, n: string | null) => j.provisions.find((p) => p.old === o && p.new === n);
    assert.equal(find(null, 'Section 10')?.change, 'added');
    assert.equal(find('Section 14', 'Section 15')?.change, 'modified');
    assert.equal(find('Section 15', 'Section 16')?.change, 'modified', 'heading changed, renumbered and its cross-reference updated');
    assert.equal(find('Section 2', 'Section 2')?.change, 'modified');
    assert.equal(find('Section 13', 'Section 14')?.change, 'unchanged', 'renumbered only');
    assert.equal(find('Section 10', 'Section 11')?.change, 'unchanged');
    assert.equal(j.provisions.filter((p) => p.change === 'removed').length, 0);
    // Every provision of either version is listed once.
    assert.equal(j.provisions.filter((p) => p.new !== null).length, lint(V2).outline.length);
    assert.equal(j.provisions.filter((p) => p.old !== null).length, lint(V1).outline.length);
  });

  it('gives the word-level change of an affected provision', () => {
    const p = r.provisions.find((x) => x.oldName === 'Section 2')!;
    const omitted = p.changes.filter((s) => s.kind === 'omitted').map((s) => s.text.trim());
    const inserted = p.changes.filter((s) => s.kind === 'inserted').map((s) => s.text.trim());
    assert.deepEqual(omitted, ['eighteen', '17']);
    assert.deepEqual(inserted, ['sixteen', '18']);
  });
});

describe('review: what makes a finding the same finding', () => {
  it('is not its line: text added above changes nothing', () => {
    const moved = V1.replace('# Part I — Preliminary', 'A note for the reader.\n\nAnother paragraph.\n\n# Part I — Preliminary');
    const r = review(V1, moved);
    assert.equal(r.introduced.length, 0);
    assert.equal(r.resolved.length, 0);
    assert.equal(r.unchanged.length, lint(V1).findings.length);
  });

  it('survives a changed heading (the fingerprint changes, the provision is matched)', () => {
    const retitled = V1.replace('## 14. Non-liability of victims of trafficking', '## 14. Victims not to be punished for offences');
    const r = review(V1, retitled);
    assert.deepEqual([r.introduced.length, r.resolved.length], [0, 0]);
    assert.equal(r.provisions.find((p) => p.oldName === 'Section 14')!.match.retitled, true);
  });

  it('survives a reworded flagged passage: the same defect, still present', () => {
    const reworded = V1.replace('a threat of death or serious injury', 'a threat of death or grievous bodily injury');
    const r = review(V1, reworded);
    assert.deepEqual([r.introduced.length, r.resolved.length], [0, 0]);
  });

  it('a defect silenced by a new suppression is not resolved: it is unchanged, with the reason', () => {
    const suppressed = V1.replace(
      '(3) The burden of proving',
      '<!-- np-lint-disable-next-line defendant-burden -- the Attorney-General’s policy is under review -->\n(3) The burden of proving',
    );
    const r = review(V1, suppressed);
    assert.equal(r.resolved.length, 0);
    const burden = r.unchanged.find((x) => x.finding.ruleId === 'defendant-burden');
    assert.equal(burden?.suppression?.reason, 'the Attorney-General’s policy is under review');
    assert.deepEqual(r.suppressions.map((s) => [s.suppression.reason, s.added, s.provision]), [['the Attorney-General’s policy is under review', true, 'Section 14']]);
  });

  it('a defect introduced under a suppression is introduced, but does not count against the amendment', () => {
    const bad = V1.replace(
      '“child” means a person under the age of eighteen years;',
      '<!-- np-lint-disable-next-line missing-child-provision -- the Children Act 2001 sets sixteen -->\n“child” means a person under the age of sixteen years;',
    );
    const r = review(V1, bad);
    assert.equal(r.introduced.length, 1);
    assert.equal(r.introduced[0]!.suppression?.reason, 'the Children Act 2001 sets sixteen');
    assert.equal(introducedErrors(r).length, 0);
  });

  it('an amendment that removes a whole provision resolves its findings and says so', () => {
    const start = V1.indexOf('## 14.');
    const end = V1.indexOf('## 15.');
    const r = review(V1, V1.slice(0, start) + V1.slice(end));
    // Removing the bill's only non-punishment provision rightly introduces the bill-level finding
    // (missing-non-punishment-provision, on the title); nothing else is introduced outside section 15.
    assert.equal(r.introduced.filter((x) => x.finding.provision !== 'Section 15' && x.finding.ruleId !== 'missing-non-punishment-provision').length, 0);
    assert.equal(r.introduced.filter((x) => x.finding.ruleId === 'missing-non-punishment-provision').length, lint(V1.slice(0, start) + V1.slice(end)).findings.filter((f) => f.ruleId === 'missing-non-punishment-provision').length);
    // Section 14's findings, and section 15's record relief, which no longer inherits its closed list.
    assert.equal(r.resolved.length, lint(V1).findings.filter((f) => f.provision === 'Section 14' || f.ruleId === 'missing-record-relief').length);
    assert.equal(reviewJson(r).provisions.find((p) => p.old === 'Section 14')?.change, 'removed');
  });
});

describe('matchProvisions', () => {
  const bill = (...sections: [string, string][]) => sections.map(([h, b]) => `## ${h}\n\n${b}\n`).join('\n');
  const A = 'The Minister shall publish an annual report on the work of the shelters and on the assistance given.';
  const B = 'A victim of trafficking shall be entitled to free legal aid in any proceedings under this Act.';
  const C = 'The Director of Immigration shall grant a temporary residence permit to a victim who requests it.';

  it('matches renumbered provisions by their words, and marks them renumbered', () => {
    const old = outlineOf(bill(['1. Reports', A], ['2. Legal aid', B]));
    const neu = outlineOf(bill(['1. Permits', C], ['2. Reports', A], ['3. Legal aid', B]));
    const m = matchProvisions(old, neu);
    assert.deepEqual(m.map((x) => [x.old, x.new, x.change, x.renumbered]), [
      [undefined, 0, 'added', false],
      [0, 1, 'unchanged', true],
      [1, 2, 'unchanged', true],
    ]);
  });

  it('tells a moved provision from one that kept its place', () => {
    const old = outlineOf(bill(['1. Reports', A], ['2. Legal aid', B], ['3. Permits', C]));
    const neu = outlineOf(bill(['1. Legal aid', B], ['2. Permits', C], ['3. Reports', A]));
    const m = matchProvisions(old, neu);
    assert.deepEqual(m.map((x) => [x.old, x.new, x.change]), [
      [1, 0, 'unchanged'],
      [2, 1, 'unchanged'],
      [0, 2, 'moved'],
    ]);
  });

  it('matches a provision whose heading and number both changed by its words', () => {
    const old = outlineOf(bill(['1. Reports', A], ['2. Legal aid', B]));
    const neu = outlineOf(bill(['1. Reports', A], ['2. Permits', C], ['3. Free legal assistance', B.replace('free legal aid', 'free legal assistance')]));
    const m = matchProvisions(old, neu);
    const legal = m.find((x) => x.old === 1)!;
    assert.deepEqual([legal.new, legal.change, legal.renumbered, legal.retitled], [2, 'modified', true, true]);
  });

  it('lists an omitted provision where it stood', () => {
    const old = outlineOf(bill(['1. Reports', A], ['2. Legal aid', B], ['3. Permits', C]));
    const neu = outlineOf(bill(['1. Reports', A], ['2. Permits', C]));
    const m = matchProvisions(old, neu);
    assert.deepEqual(m.map((x) => [x.old, x.new, x.change]), [
      [0, 0, 'unchanged'],
      [1, undefined, 'removed'],
      [2, 1, 'unchanged'],
    ]);
  });

  it('does not pair unrelated provisions because they share a number', () => {
    const old = outlineOf(bill(['1. Reports', A]));
    const neu = outlineOf(bill(['1. Permits', C]));
    assert.deepEqual(matchProvisions(old, neu).map((x) => x.change).sort(), ['added', 'removed']);
  });
});
