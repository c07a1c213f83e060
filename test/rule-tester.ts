import assert from 'node:assert/strict';
import { lint } from '../src/engine/lint.js';
import { applyFixes } from '../src/engine/fix.js';
import type { Rule } from '../src/engine/rule.js';
import type { LintConfig, Severity } from '../src/engine/types.js';

/**
 * In the style of ESLint's RuleTester: valid bills must stay silent for the rule; invalid bills
 * must give exactly the listed findings (the flagged words, severity, optional message pattern)
 * and, where `output` is given, the rule's fixes must turn the bill into exactly that text, on
 * which the rule is then silent.
 */
export interface ValidCase {
  name?: string;
  code: string;
  config?: LintConfig;
}

export interface ExpectedFinding {
  /** The exact words the finding covers. */
  text: string;
  severity?: Severity;
  message?: RegExp;
  provision?: string;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
  output?: string | null;
}

export function md(strings: TemplateStringsArray, ...values: unknown[]): string {
  // Dedent a template literal so test bills read naturally.
  const raw = String.raw({ raw: strings }, ...values).replace(/^\n/, '');
  const indent = Math.min(...raw.split('\n').filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return raw.split('\n').map((l) => l.slice(indent)).join('\n');
}

/** Applies the first fix of every finding of one rule, re-linting between passes, until none is left. */
export function applyRuleFixes(code: string, id: string, config: LintConfig): { text: string } {
  let text = code;
  for (let pass = 0; pass < 5; pass++) {
    const fixes = lint(text, { config, only: [id] }).findings.map((f) => f.fixes[0]).filter((f): f is NonNullable<typeof f> => f !== undefined);
    if (!fixes.length) break;
    const next = applyFixes(text, fixes).text;
    if (next === text) break;
    text = next;
  }
  return { text };
}

export function runRuleTests(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const id = rule.meta.id;
  describe(`${id} (${rule.meta.code})`, () => {
    describe('valid: stays silent', () => {
      cases.valid.forEach((c, i) => {
        it(c.name ?? `valid #${i + 1}`, () => {
          const findings = lint(c.code, { config: c.config ?? {}, only: [id] }).findings;
          assert.deepEqual(findings.map((f) => c.code.slice(f.range.start.offset, f.range.end.offset)), [], 'expected no finding');
        });
      });
    });
    describe('invalid: fires', () => {
      cases.invalid.forEach((c, i) => {
        it(c.name ?? `invalid #${i + 1}`, () => {
          const findings = lint(c.code, { config: c.config ?? {}, only: [id] }).findings;
          assert.deepEqual(
            findings.map((f) => c.code.slice(f.range.start.offset, f.range.end.offset)),
            c.errors.map((e) => e.text),
            'flagged words',
          );
          findings.forEach((f, k) => {
            const e = c.errors[k]!;
            if (e.severity) assert.equal(f.severity, e.severity, `severity of finding ${k + 1}`);
            if (e.message) assert.match(f.message, e.message);
            if (e.provision) assert.equal(f.provision, e.provision);
            assert.ok(f.citations.length > 0, 'every finding cites a source');
            assert.ok(f.range.end.offset > f.range.start.offset, 'never an empty range');
          });
          if (c.output !== undefined) {
            // As ESLint's RuleTester does: apply the rule's own fixes, whatever their severity.
            const fixed = applyRuleFixes(c.code, id, c.config ?? {});
            if (c.output === null) assert.equal(fixed.text, c.code, 'no fix expected');
            else {
              assert.equal(fixed.text, c.output);
              assert.deepEqual(lint(fixed.text, { config: c.config ?? {}, only: [id] }).findings.map((f) => f.message), [], 'silent after the fix');
            }
          }
        });
      });
    });
  });
}
