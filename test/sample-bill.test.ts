import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint, fixAll } from '../src/engine/lint.js';
import { applyFixes } from '../src/engine/fix.js';
import { run } from '../src/cli/main.js';
import { repo } from './paths.js';

const CORE = ['closed-offence-list', 'duress-threshold', 'defendant-burden', 'missing-child-provision'];
/** The further rules (issue 11) the sample bill also offends. */
const FURTHER = ['criminal-liability-only', 'missing-record-relief'];
const BILL = repo('examples', 'trafficking-bill.md');

function quiet() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s), stdin: async () => '', cwd: repo(), color: false } };
}

describe('the sample bill (examples/trafficking-bill.md)', () => {
  const text = readFileSync(BILL, 'utf8');
  const findings = lint(text).findings;
  const words = (id: string) => findings.filter((f) => f.ruleId === id).map((f) => text.slice(f.range.start.offset, f.range.end.offset));

  it('gets all four core rules on section 14, and two of the further rules', () => {
    assert.deepEqual([...new Set(findings.map((f) => f.ruleId))].sort(), [...CORE, ...FURTHER].sort());
    assert.ok(findings.filter((f) => f.ruleId !== 'missing-record-relief').every((f) => f.provision === 'Section 14'), 'the non-punishment section');
    // Section 15's record relief reaches only "an offence in respect of which section 14 would have applied".
    assert.deepEqual(findings.filter((f) => f.ruleId === 'missing-record-relief').map((f) => [f.provision, f.severity]), [['Section 15', 'warning']]);
  });

  it('flags the right words', () => {
    assert.deepEqual(words('closed-offence-list'), [
      '(a) illegal entry into Westland;\n\n(b) unlawful residence in Westland; or\n\n(c) the possession or use of a fraudulent travel or identity document',
    ]);
    // One test is one finding (issue 7 §4): on its first duress-level words, with the other places of
    // the same test (the compulsion in (2)(a), the reasonable-person test in (2)(b)) as related places.
    assert.deepEqual(words('duress-threshold'), ['threat of death or serious injury']);
    const duress = findings.find((f) => f.ruleId === 'duress-threshold')!;
    assert.equal(duress.severity, 'error');
    const related = (duress.related ?? []).map((r) => text.slice(r.range.start.offset, r.range.end.offset));
    assert.deepEqual(related, ['compelled', 'reasonable person in the same situation as the victim would have had no realistic alternative to committing the offence']);
    assert.deepEqual(words('defendant-burden'), ['burden of proving, on the balance of probabilities, that this section applies lies on the accused']);
    assert.deepEqual(words('missing-child-provision'), ['14. Non-liability of victims of trafficking']);
    assert.equal(findings.find((f) => f.ruleId === 'missing-child-provision')!.severity, 'error');
    assert.deepEqual(words('criminal-liability-only'), ['shall not be criminally liable']);
    assert.deepEqual(words('missing-record-relief'), ['an offence in respect of which section 14 would have applied']);
  });

  it('np-lint --fix leaves none of the rules it fixes and changes nothing outside the fixed ranges', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'np-fix-'));
    const copy = join(dir, 'bill.md');
    copyFileSync(BILL, copy);
    const q = quiet();
    const code = await run(['--fix', copy], q.io);
    const fixed = readFileSync(copy, 'utf8');
    assert.notEqual(fixed, text);
    assert.equal(code, 0, q.out.join(''));
    assert.deepEqual(lint(fixed).findings.filter((f) => CORE.includes(f.ruleId) || FURTHER.includes(f.ruleId)).map((f) => f.message), []);
    // --fix is fix-all. The causation rewrite cures the child finding too (a causation test needs no
    // separate child limb: CTOC/COP/WG.4/2020/2 para 56), so the forms of punishment become (4).
    assert.equal(fixAll(text).text, fixed);
    assert.match(fixed, /\(3\) Where evidence is adduced[^\n]*\n\n\(4\) Where subsection \(1\) applies to an act done by a person, the person shall not, for that act,/);
    assert.doesNotMatch(fixed, /\(5\)/);

    // The first pass is the original with only the fixes' ranges replaced: every other
    // character is where it was, in order.
    const applied = applyFixes(text, findings.map((f) => f.fixes[0]!).filter(Boolean));
    const second = applyFixes(applied.text, lint(applied.text).findings.map((f) => f.fixes[0]!).filter(Boolean));
    assert.equal(second.text, fixed, 'a second pass of the remaining fixes gives the fixed bill');
    const firstPass = applied.text;
    // Two findings may carry the same edit (both limbs of one duress condition); it applies once.
    const unique = new Map(applied.applied.flatMap((f) => f.edits).map((e) => [`${e.start}:${e.end}:${e.newText}`, e]));
    const edits = [...unique.values()].sort((a, b) => a.start - b.start);
    let from = 0;
    let cursor = 0;
    for (const e of edits) {
      const kept = text.slice(from, e.start);
      assert.equal(firstPass.slice(cursor, cursor + kept.length), kept, `text before offset ${e.start} unchanged`);
      cursor += kept.length;
      assert.equal(firstPass.slice(cursor, cursor + e.newText.length), e.newText);
      cursor += e.newText.length;
      from = e.end;
    }
    assert.equal(firstPass.slice(cursor), text.slice(from), 'text after the last fix unchanged');
    assert.ok(edits.reduce((n, e) => n + (e.end - e.start), 0) < text.length / 10, 'the fixes touch only a small part of the bill');
  });

  it('the well-drafted provision (examples/good-provision.md) is clean', () => {
    const good = readFileSync(repo('examples', 'good-provision.md'), 'utf8');
    assert.deepEqual(lint(good).findings.map((f) => `${f.ruleId}: ${f.message}`), []);
    assert.deepEqual(fixAll(good).text, good);
  });
});
