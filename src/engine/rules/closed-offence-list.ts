import type { Rule } from '../rule.js';
import { CITE } from '../citations.js';
import { abs, patternText, quoteWords, sectionsOf } from './util.js';

export const closedOffenceList: Rule = {
  meta: {
    id: 'closed-offence-list',
    code: 'NP001',
    title: 'Protection limited to a closed list of offences',
    defaultSeverity: 'error',
    fixable: true,
    summary:
      'The provision protects victims only for the offences it lists (for example illegal entry, unlawful residence or false documents). The non-punishment principle applies to any offence a victim commits as a direct result of being trafficked, whatever its type or gravity; a list may give examples but must not set the limit.',
    citations: [CITE.scopeNotLimited, CITE.scopeAnyOffence, CITE.scopeAnnex5],
    docs: {
      flags:
        'A non-punishment provision whose protection extends only to enumerated offences or kinds of offence ("in respect of (a) illegal entry; (b) unlawful residence; or (c) fraudulent travel documents", "for prostitution offence and illegal immigration"), with nothing that opens the list. A list introduced by "including", "such as" or "in particular" after a general class of offences, or closed by a catch-all such as "or any other offence committed as a direct result of being trafficked", is open and is not flagged. Also flagged: protection limited to the offences under the trafficking law itself ("any of the offences under this Law"), or a separate sentence that limits the provision ("This section applies only to the offences specified in Schedule 2").',
      why:
        'Victims of trafficking are made to commit many kinds of offence: drug cultivation, theft, fraud, scams, even trafficking others. A provision that names only immigration or document offences leaves every other victim to be punished for what they were made to do. The Guideline asks that the scope not be limited, and the UNODC background paper contrasts laws that cover any offence with those that limit the defence to a subset.',
      fix:
        'State the protection for any offence committed as a direct result of being trafficked, and keep any list as examples introduced by "including". The quick fix inserts "any offence committed as a direct result of being trafficked, including" before the list, keeping the listed offences and their numbering.',
      bad: `## 47. Non-liability of trafficked persons

A trafficked person shall not be liable to criminal prosecution in respect of—

(a) his illegal entry into the country;

(b) his period of unlawful residence in the country; or

(c) his procurement or possession of any fraudulent travel or identity document,

where such acts are the direct consequence of an act of trafficking in persons.`,
      good: `## 47. Non-liability of trafficked persons

A trafficked person shall not be liable to criminal prosecution in respect of ${patternText('pattern-open-scope')}—

(a) his illegal entry into the country;

(b) his period of unlawful residence in the country; or

(c) his procurement or possession of any fraudulent travel or identity document,

where such acts are the direct consequence of an act of trafficking in persons.`,
    },
  },
  check({ bill, report }) {
    for (const p of bill.provisions) {
      const sections = sectionsOf(p);
      // "This section applies only to the offences in Schedule 2" limits even a general protection.
      for (const s of sections) {
        for (const r of s.facts.restrictions) {
          const span = abs(s, r);
          report({
            span,
            provision: p.name,
            message: `${p.name} applies only to "${quoteWords(bill.text, span, 70)}". A victim made to commit any other offence could still be punished. Let the protection extend to any offence committed as a direct result of being trafficked; if examples help, list them with "including".`,
          });
        }
      }
      if (sections.some((s) => s.facts.restrictions.length)) continue;
      const all = sections.flatMap((s) => s.facts.coverage.map((c) => ({ s, c })));
      if (all.some(({ c }) => c.kind === 'general' || c.kind === 'open')) continue;
      for (const { s, c } of all) {
        if (c.kind !== 'closed' || !c.list) continue;
        const span = abs(s, c.list);
        const fixes =
          c.insertAt !== undefined
            ? [
                {
                  title: 'Extend the protection to any offence committed as a direct result of being trafficked (keep the list as examples)',
                  edits: [{ start: s.base + c.insertAt, end: s.base + c.insertAt, newText: ` ${patternText('pattern-open-scope')}` }],
                },
              ]
            : [];
        report({
          span,
          provision: p.name,
          message: `${p.name} protects victims only for the offences listed ("${quoteWords(bill.text, span, 70)}"). A victim made to commit any other offence, such as theft, drug cultivation or fraud, could still be punished. Extend the protection to any offence committed as a direct result of being trafficked, and keep the list only as examples ("including").`,
          fixes,
        });
      }
    }
  },
};
