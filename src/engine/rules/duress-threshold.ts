import type { Rule } from '../rule.js';
import type { NexusHit } from '../analyse.js';
import { CITE } from '../citations.js';
import { abs, mergeSpans, patternText, quoteWords, sectionsOf, unionSpan } from './util.js';

export const duressThreshold: Rule = {
  meta: {
    id: 'duress-threshold',
    code: 'NP002',
    title: 'Compulsion test pitched at duress',
    defaultSeverity: 'error',
    fixable: true,
    summary:
      'The provision protects a victim only if the act was compelled, and in its strictest form only under a threat of death or serious injury, imminent danger or with no realistic alternative. That is the criminal defence of duress, which the non-punishment principle is meant to go beyond. Duress-level wording is an error; a bare compulsion test is a warning.',
    citations: [CITE.compulsionNotDuress, CITE.compulsionBroad, CITE.causationBroader, CITE.causationPreferred],
    docs: {
      flags:
        'Duress-level wording in a non-punishment provision (error): "no realistic alternative", "a reasonable person in the same situation would have had no realistic alternative", "threat of death or serious injury", "reasonable apprehension of death or grievous hurt", "imminent" or "immediate" danger, "no opportunity to escape", "duress". A bare compulsion test (warning): "compelled to commit", "under coercion", "under constraint", "threatened by", "made to commit", "forced to", unless the bill gives compulsion a broad meaning covering all the means of trafficking (deception, fraud, abuse of a position of vulnerability...), or the workspace configuration records a deliberate compulsion model. Wording that says compulsion need not be shown ("it is not necessary to establish that the child was compelled", "the question of coercion shall not arise"), and a saving clause that keeps the general defence of duress available, are not flagged.',
      why:
        'Traffickers control their victims by many means besides violence: deception, debt, abuse of a position of vulnerability. A test pitched at duress requires the kind of evidence the ordinary defence of duress already requires, so the provision adds no protection. The UNODC background paper says compulsion-based defences should not require the same evidence as duress; the ASEAN Guideline prefers the causation model, which is broader and easier to prove.',
      fix:
        'Use the causation test: the act was committed as a direct result of being trafficked. If the jurisdiction keeps a compulsion model, define compulsion to cover all the means of trafficking and never require a threat of death or injury or the absence of a realistic alternative. The quick fix replaces the condition ("if ... no realistic alternative ...") with the causation test, keeping the drafter\'s conjunction.',
      bad: `## 14. Non-liability of victims

A victim of trafficking is not guilty of an offence if the victim was compelled to commit it by a threat of death or serious injury, and a reasonable person in the same situation would have had no realistic alternative to committing it.`,
      good: `## 14. Non-liability of victims

A victim of trafficking is not guilty of an offence if ${patternText('pattern-causation-test')}.`,
    },
  },
  check({ bill, report }) {
    const acceptedCompulsion = bill.config.model === 'compulsion' || bill.sections.some((s) => s.facts.broadCompulsion);
    for (const p of bill.provisions) {
      for (const s of sectionsOf(p)) {
        const bySentence = new Map<number, NexusHit[]>();
        for (const h of s.facts.nexus) {
          if (h.kind === 'causation') continue;
          const list = bySentence.get(h.sentence) ?? [];
          list.push(h);
          bySentence.set(h.sentence, list);
        }
        for (const hits of bySentence.values()) {
          const duress = hits.filter((h) => h.kind === 'duress');
          const chosen = duress.length ? duress : acceptedCompulsion ? [] : hits;
          for (const group of mergeSpans(chosen)) {
            const span = abs(s, unionSpan(group.map((h) => h.span)));
            const cond = group.find((h) => h.condition)?.condition;
            const fixes = cond
              ? [
                  {
                    title: 'Replace the compulsion test with the causation test ("as a direct result of being trafficked")',
                    edits: [{ ...abs(s, cond.span), newText: `${cond.conjunction} ${patternText('pattern-causation-test')}` }],
                  },
                ]
              : [];
            const words = quoteWords(bill.text, span, 80);
            if (duress.length) {
              report({
                span,
                provision: p.name,
                severity: 'error',
                message: `"${words}" sets the test at the level of the criminal defence of duress. A victim controlled by deception, debt or abuse of a position of vulnerability could not meet it, and the provision would add nothing to the ordinary defence. Use the causation test instead: the act was committed as a direct result of being trafficked.`,
                fixes,
              });
            } else {
              report({
                span,
                provision: p.name,
                severity: 'warning',
                message: `"${words}" makes protection depend on the victim having been compelled. Unless compulsion is defined to cover all the means of trafficking (deception, fraud, abuse of a position of vulnerability and the rest), it may be read as strictly as duress. Prefer the causation test: the act was committed as a direct result of being trafficked.`,
                fixes,
              });
            }
          }
        }
      }
    }
  },
};
