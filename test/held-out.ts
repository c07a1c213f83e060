import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { lint } from '../src/engine/lint.js';
import type { Rule } from '../src/engine/rule.js';
import type { Finding, Severity } from '../src/engine/types.js';
import { fixture } from './paths.js';

/**
 * The paraphrased provisions from many drafting traditions (test/fixtures/paraphrases,
 * traditions-forms, traditions-burden, further-defects), each with a verdict per rule given by a
 * careful reviewer applying DESIGN.md. Every rule folder's tests run the cases for its rule through
 * `runHeldOutCases`, so the paraphrases are part of the rule's own tests (issue 7 acceptance).
 */

type Verdict = boolean | Severity | null;
const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const SETS = ['paraphrases', 'traditions-forms', 'traditions-burden', 'further-defects'] as const;

export interface HeldOutCase {
  set: (typeof SETS)[number];
  file: string;
  text: string;
  want: Exclude<Verdict, null>;
  /** The words the finding should cover (some occurrence of them), when the set says. */
  words?: string[];
  tradition?: string;
  note?: string;
}

/** The tradition a bill comes from, normalised ("UK/Commonwealth" and "uk-commonwealth" agree). */
function tradition(raw: unknown, file: string): string | undefined {
  const t = typeof raw === 'string' ? raw : /^(uk-commonwealth|us-state|civil-law|asean-asia|african-common-law|caribbean-pacific|other)-/.exec(file)?.[1];
  if (!t) return undefined;
  const s = t.toLowerCase();
  if (/uk|commonwealth/.test(s)) return 'uk-commonwealth';
  if (/us|united states/.test(s)) return 'us-state';
  if (/civil/.test(s)) return 'civil-law';
  if (/asean|asia/.test(s)) return 'asean-asia';
  if (/africa/.test(s)) return 'african-common-law';
  if (/caribbean|pacific/.test(s)) return 'caribbean-pacific';
  return 'other';
}

/** Every case with a verdict (not null) for the rule, from every set. */
export function heldOutCases(ruleId: string): HeldOutCase[] {
  const out: HeldOutCase[] = [];
  for (const set of SETS) {
    const dir = fixture(set);
    const files = new Set(readdirSync(dir).filter((f) => f.endsWith('.md')));
    const expectations = JSON.parse(readFileSync(fixture(set, 'expectations.json'), 'utf8')) as Record<string, Record<string, unknown>>;
    for (const [file, exp] of Object.entries(expectations)) {
      if (!files.has(file)) continue;
      const want = exp[ruleId] as Verdict | undefined;
      if (want === null || want === undefined) continue;
      const w = (exp.words as Record<string, string | string[]> | undefined)?.[ruleId];
      const c: HeldOutCase = { set, file, text: readFileSync(fixture(set, file), 'utf8'), want };
      if (w) c.words = Array.isArray(w) ? w : [w];
      const t = tradition(exp.tradition, file);
      if (t) c.tradition = t;
      if (typeof exp.note === 'string') c.note = exp.note;
      out.push(c);
    }
  }
  return out;
}

function worst(findings: Finding[]): Severity | false {
  return findings.reduce<Severity | false>((w, f) => (!w || RANK[f.severity] > RANK[w] ? f.severity : w), false);
}

/**
 * Runs the held-out cases of one rule: the verdict (true = fires, a severity = fires with that worst
 * severity, false = silent) and, where given, that a finding covers the words a reviewer would
 * underline. Also checks the cases come from at least six traditions, both ways.
 */
export function runHeldOutCases(rule: Rule, opts: { minTraditions?: number } = {}): void {
  const id = rule.meta.id;
  const cases = heldOutCases(id);
  describe(`${id}: paraphrased provisions from many drafting traditions`, () => {
    it(`has cases it must flag and cases it must pass, from at least ${opts.minTraditions ?? 6} traditions`, () => {
      const flag = new Set(cases.filter((c) => c.want !== false && c.tradition).map((c) => c.tradition));
      const pass = new Set(cases.filter((c) => c.want === false && c.tradition).map((c) => c.tradition));
      const min = opts.minTraditions ?? 6;
      assert.ok(flag.size >= min, `must-flag cases from ${[...flag].join(', ')}`);
      assert.ok(pass.size >= min, `must-pass cases from ${[...pass].join(', ')}`);
    });
    for (const c of cases) {
      it(`${c.want === false ? 'passes' : 'flags'}: ${c.set}/${c.file.replace(/\.md$/, '')}`, () => {
        const mine = lint(c.text).findings.filter((f) => f.ruleId === id);
        const got = worst(mine);
        const why = `${c.note ? `(${c.note}) ` : ''}${mine.map((f) => f.message).join(' | ') || 'silent'}`;
        if (c.want === true) assert.ok(got !== false, `should fire. ${why}`);
        else assert.equal(got, c.want, why);
        if (c.want !== false && c.words) {
          // The words a reviewer would underline (any of them, where the set gives alternatives) are
          // under the finding or one of its related places.
          const covers = c.words.some((w) => {
            for (let at = c.text.indexOf(w); at >= 0; at = c.text.indexOf(w, at + 1)) {
              if (mine.some((f) => [f.range, ...(f.related ?? []).map((r) => r.range)].some((r) => r.start.offset < at + w.length && r.end.offset > at))) return true;
            }
            return false;
          });
          assert.ok(covers, `a finding should cover ${JSON.stringify(c.words)}; got ${JSON.stringify(mine.map((f) => c.text.slice(f.range.start.offset, f.range.end.offset)))}`);
        }
      });
    }
  });
}
