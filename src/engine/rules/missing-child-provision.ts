import type { Rule } from '../rule.js';
import type { AnalysedSection } from '../model.js';
import { CITE } from '../citations.js';
import { abs, patternText, provisionAnchor, sectionsOf } from './util.js';

/**
 * The text and place of a new subsection after the provision's last clause, in the drafter's
 * numbering. Inserted right after words the parser read as prose, so the new limb is read as
 * prose too; a provision with no text of its own gets no automatic insertion.
 */
function childLimbInsertion(s: AnalysedSection, text: string, eol: string): { at: number; text: string } | undefined {
  const clauses = s.model.clauses;
  const last = clauses[clauses.length - 1];
  if (!last) return undefined;
  const at = s.base + last.end;
  const numbers = clauses.map((c) => /^\((\d+)\)$/.exec(c.marker)?.[1]).filter((x): x is string => x !== undefined).map(Number);
  const prefix = numbers.length ? `(${Math.max(...numbers) + 1}) ` : '';
  // Keep whatever followed the clause on its line (a comment, say) a paragraph of its own. New lines
  // start with the clause's line prefix ("> " in a quoted insertion), so the limb stays where it is.
  const lp = last.linePrefix;
  const tail = /^[^\r\n]/.test(text.slice(at, at + 1)) ? eol + lp.trimEnd() + eol + lp : '';
  return { at, text: `${eol}${lp.trimEnd()}${eol}${lp}${prefix}${patternText('pattern-child-limb')}${tail}` };
}

export const missingChildProvision: Rule = {
  meta: {
    id: 'missing-child-provision',
    code: 'NP004',
    title: 'No rule for child victims',
    defaultSeverity: 'error',
    fixable: true,
    summary:
      'A child is anyone under 18, and a child\'s status as a victim of trafficking does not depend on any of the means of trafficking (force, coercion, deception...). A provision that requires compulsion without relieving children of it is an error; a provision that says nothing of children is worth a note; a definition of "child" with an age below 18 is an error.',
    citations: [CITE.childrenAndAdults, CITE.childNoMeans, CITE.childNoCompulsionTest, CITE.childUnder18],
    docs: {
      flags:
        'A non-punishment provision that requires compulsion or proof of the means of trafficking (violence, intimidation, deception...) and has no limb relieving persons under 18 of it (error); a mention of children that still asks them to show compulsion is not such a limb; a causation-based provision where neither the provision nor any other non-punishment provision of the bill says anything of child victims (information); a definition of "child" (or "minor", "juvenile", "young person") with an age below 18 (error), unless another definition covers the rest of those under 18 (a "young person" of 14 to 18 beside a "child" under 14) or the definition serves one other provision only.',
      why:
        'Under the Trafficking in Persons Protocol a child is a victim of trafficking without proof of any of the means used against adults. A compulsion test applied to children asks them to prove something the law of trafficking does not require. The Special Rapporteur\'s recommendations, reproduced in the ASEAN Guideline, say no test of compulsion can be applied to children, and the Guideline defines a child as anyone under 18.',
      fix:
        'Add a limb for persons under 18 that requires only the link to the trafficking, and define "child" as a person under 18. The quick fix adds a further subsection after the provision, numbered to follow the drafter\'s subsections.',
      bad: `## 14. Non-liability of victims

(1) A victim of trafficking shall not be criminally liable for any offence if the victim was compelled to commit it.`,
      good: `## 14. Non-liability of victims

(1) A victim of trafficking shall not be criminally liable for any offence if the victim was compelled to commit it.

(2) ${patternText('pattern-child-limb')}`,
    },
  },
  check({ bill, report }) {
    // "child" under 14 beside "young person" 14 to 18: together they cover everyone under 18.
    const coveredTo18 = bill.sections.some((s) => s.facts.childAges.some((a) => a.age >= 18 && !a.scoped));
    for (const s of bill.sections) {
      for (const a of s.facts.childAges) {
        if (a.age >= 18 || a.scoped || coveredTo18) continue;
        const span = abs(s, a.span);
        report({
          span,
          provision: s.name,
          severity: 'error',
          message: `The bill defines "${a.term}" as a person under ${a.age}. For trafficking, a child is anyone under 18: victims aged ${a.age} to 17 would lose the protection the law gives children, including freedom from any test of compulsion.`,
          fixes: [{ title: 'Define a child as a person under 18', edits: [{ ...span, newText: /^\d+$/.test(a.ageText) ? '18' : /^[A-Z]/.test(a.ageText) ? 'Eighteen' : 'eighteen' }] }],
        });
      }
    }
    const childRelief = bill.provisions.some((p) => sectionsOf(p).some((s) => s.facts.childRelief));
    if (childRelief) return;
    // For a causation test, a note is worth giving only if the bill says nothing at all of child victims.
    const billSpeaksOfChildVictims = bill.sections.some((s) => s.facts.mentionsChildVictim);
    for (const p of bill.provisions) {
      const sections = sectionsOf(p);
      const nexus = sections.flatMap((s) => s.facts.nexus);
      // Even a broadly defined compulsion test asks children for something the law of trafficking does not.
      const compulsion = nexus.some((h) => h.kind === 'duress' || h.kind === 'compulsion') || sections.some((s) => s.facts.requiresMeans);
      const span = provisionAnchor(p.primary);
      const ins = childLimbInsertion(p.primary, bill.text, bill.eol);
      const fixes = ins ? [{ title: 'Add a limb for child victims (only the link to the trafficking is required)', edits: [{ start: ins.at, end: ins.at, newText: ins.text }] }] : [];
      if (compulsion) {
        report({
          span,
          provision: p.name,
          severity: 'error',
          message: `${p.name} requires a victim to show compulsion or the means the trafficker used, and nothing relieves victims under 18 of that test. A child is a victim of trafficking whatever the means used, so no test of compulsion should be applied to children: add a limb saying that, for a child, only the link to the trafficking is required.`,
          fixes,
        });
      } else if (!billSpeaksOfChildVictims) {
        report({
          span,
          provision: p.name,
          severity: 'info',
          message: `${p.name} says nothing of child victims, and neither does the rest of the bill. Consider adding a limb for persons under 18 that requires only the link to the trafficking, so that no one asks a child to show any of the means of trafficking.`,
          fixes,
        });
      }
    }
  },
};
