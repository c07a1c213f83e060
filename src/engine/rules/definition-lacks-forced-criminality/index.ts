import { SCAN_WORDS } from './scan-words.js';
import { defineRule } from '../../rule.js';
import { CITE } from '../../citations.js';
import type { Span } from '../../analyse.js';
import { DEFINITION } from '../../lexicon.js';
import { firstMatch, has } from '../../patterns.js';
import { sourceSpan, type MappedText } from '../../text.js';
import { paragraphLetterBetween } from '../../drafting/numbers.js';
import type { Clause } from '../../bill.js';
import { abs, quoteWords } from '../util.js';
import { CATCH_ALL, CRIMINAL_ACTIVITIES, EXPLOITATION_DEFINITION, FORCED_CRIMINALITY_FORM, SERVICES_OF_ANY_KIND } from './patterns.js';

/** The bill's definition of exploitation, as this rule reads it. Offsets are section-relative. */
export interface ExploitationDefinition {
  /** The words that open the definition ('"exploitation" means', 'a person is exploited only if'). */
  lead: Span;
  /** 'closed' ("means", "only if") or 'open' ("includes", "at a minimum", or a catch-all form). */
  list: 'closed' | 'open';
  /** Names exploitation in criminal activities in any words. */
  criminal: boolean;
  /** The words of a form that may already reach forced criminality ("services of any kind"). */
  services?: string;
  /** Where the new form goes (section-relative edits), when the list can take it in the bill's style. */
  insertion?: { start: number; end: number; newText: string }[];
}

export interface DefinitionFacts {
  definitions: ExploitationDefinition[];
}

/** A list item, a subsection or a paragraph: the clauses that carry a definition's forms. */
const LIST_LEAD_END = /[—–:-]\s*$|\bonly\s+if\b/i;

/** Section-relative offsets of text[from, to) of a clause. */
function at(c: MappedText, from: number, to: number): { start: number; end: number } {
  const [a, b] = sourceSpan(c, from, to);
  return { start: a, end: b };
}

/**
 * The edits that add the form as a new lettered paragraph after the list's last one, lettered after
 * it so that nothing is re-lettered, with the "or" / "and" moved from the last-but-one paragraph to
 * the old last one and the new one ending as the old last one ended. Undefined where the list is not
 * lettered (subsections, numbered items) or ends with a catch-all ("or any other form of exploitation").
 */
function listInsertion(items: Clause[], eol: string): { start: number; end: number; newText: string }[] | undefined {
  const last = items[items.length - 1]!;
  const prev = items[items.length - 2];
  const letter = /^\(([a-z]{1,3})\)$/.exec(last.marker)?.[1];
  if (!letter || has(CATCH_ALL, last.text)) return undefined;
  const edits: { start: number; end: number; newText: string }[] = [];
  const conjPrev = prev ? /;\s{0,3}(or|and)\s{0,3}$/.exec(prev.text) : null;
  const lastEnd = /\s{0,3}([;.,])?(?:\s{0,3}(or|and))?\s{0,3}$/.exec(last.text)!;
  const conj = conjPrev?.[1] ?? lastEnd[2];
  if (conjPrev && prev) edits.push({ ...at(prev, conjPrev.index + 1, conjPrev.index + conjPrev[0].length), newText: '' });
  const ending = lastEnd[1] === '.' ? '.' : ';';
  // The old last paragraph now ends "; or" (or as it did, when the list had no conjunction).
  edits.push({ ...at(last, lastEnd.index, last.text.length), newText: conj ? `; ${conj}` : ';' });
  const taken = items.map((c) => /^\(([a-z]{1,3})\)$/.exec(c.marker)?.[1]).filter((x): x is string => x !== undefined);
  const next = paragraphLetterBetween(letter, undefined, taken);
  const lp = last.linePrefix;
  const end = at(last, last.text.length - 1, last.text.length).end;
  edits.push({ start: end, end, newText: `${eol}${lp.trimEnd()}${eol}${lp}(${next}) ${FORCED_CRIMINALITY_FORM}${ending}` });
  return edits;
}

/** For a definition written in one sentence: ", <form>" before the list's last "or" / "and". */
function inlineInsertion(c: Clause, from: number): { start: number; end: number; newText: string }[] | undefined {
  const t = c.text;
  if (has(CATCH_ALL, t, from)) return undefined;
  const or = Math.max(t.lastIndexOf(' or '), t.lastIndexOf(' and '));
  if (or <= from) return undefined;
  const p = at(c, or, or + 1);
  return [{ start: p.start, end: p.start, newText: `, ${FORCED_CRIMINALITY_FORM}` }];
}

export const definitionLacksForcedCriminality = defineRule<DefinitionFacts>({
  meta: {
    id: 'definition-lacks-forced-criminality',
    code: 'NP012',
    title: 'Exploitation defined without forced criminality',
    defaultSeverity: 'warning',
    fixable: true,
    summary:
      'Victims are trafficked to grow cannabis, steal, sell drugs and run scams. When the bill\'s definition of exploitation lists its forms and none of them is exploitation in criminal activities, officials may not see the people they meet as offenders as victims, and victims exploited in crime may be unable to show they were trafficked at all. A closed list gets a warning; an open list an information hint.',
    citations: [CITE.forcedCriminalityDefinition, CITE.forcedCriminalityExamples, CITE.forcedCriminalityRecognition],
    messages: {
      closed: {
        severity: 'warning',
        text: `The definition of exploitation ({words}) does not name exploitation in criminal activities (forced criminality). Its list is closed, so officials may not recognise as victims the people they meet as offenders. The ASEAN Guideline (2025) says States should consider including exploitation in criminal activities as an explicit form of trafficking (Section 2), as Malaysia ("any illegal activity") and Viet Nam ("compelling victims to commit crimes") have. Add a form such as "${FORCED_CRIMINALITY_FORM}".`,
      },
      closedServices: {
        severity: 'warning',
        text: `The definition of exploitation ({words}) does not name exploitation in criminal activities (forced criminality). It may already be covered by "{services}", but officials may not recognise as victims the people they meet as offenders. The ASEAN Guideline (2025) says States should consider including exploitation in criminal activities as an explicit form of trafficking (Section 2), as Malaysia ("any illegal activity") and Viet Nam ("compelling victims to commit crimes") have. Add a form such as "${FORCED_CRIMINALITY_FORM}".`,
      },
      open: {
        severity: 'info',
        text: `The open list of forms of exploitation ({words}) does not name exploitation in criminal activities (forced criminality), so officials may not recognise as victims the people they meet as offenders. The ASEAN Guideline (2025) says States should consider including exploitation in criminal activities as an explicit form of trafficking (Section 2), as Malaysia ("any illegal activity") and Viet Nam ("compelling victims to commit crimes") have. Consider adding a form such as "${FORCED_CRIMINALITY_FORM}".`,
      },
    },
    docs: {
      flags:
        'The bill\'s definition of exploitation when none of the forms it names is exploitation in criminal activities, in any words ("any illegal activity", "criminal activities", "compelling a person to commit crimes", "forced criminality"): a closed list ("means", "only if") gets a warning, and where it names "services of any kind" the message says that this may already cover it; an open list ("includes", "includes but is not limited to", "at a minimum", or a list ending "or any other form of exploitation") gets an information hint. Not flagged: a quotation of the Protocol\'s definition in a preamble, definitions of exploitation for other purposes ("sexual exploitation of a child", "exploitation of a worker"), and a bill with no definition of exploitation.',
      why:
        'The ASEAN Guideline says States "should consider amending the definition of trafficking in persons to include exploitation in criminal activities as an explicit form of trafficking", because such a definition "can remove ambiguity for frontline officials who must screen for victims of trafficking". It cites Malaysia, which has included "any illegal activity", and Viet Nam, which includes "compelling victims to commit crimes". The Working Group on Trafficking in Persons called the recognition of forced criminality as a purpose of exploitation key to the principle.',
      fix:
        'Add a form to the list, in the bill\'s style: for example "the exploitation of a person to commit criminal or other unlawful acts" (project wording). The quick fix adds it as a new lettered paragraph after the last one, so that nothing is re-lettered, and moves the "or" or "and" from the last-but-one paragraph to the old last one; in a definition written as one sentence, it adds the form before the last "or" or "and". It offers nothing where the list ends with a catch-all ("or any other form of exploitation") or is made of subsections: there the form needs the drafter\'s own words.',
      bad: `## 2. Interpretation

"exploitation" means—

(a) the prostitution of others or any other form of sexual exploitation;

(b) forced labour or services;

(c) slavery, servitude or practices similar to slavery; or

(d) the removal of organs;`,
      good: `## 2. Interpretation

"exploitation" means—

(a) the prostitution of others or any other form of sexual exploitation;

(b) forced labour or services;

(c) slavery, servitude or practices similar to slavery;

(d) the removal of organs; or

(e) the exploitation of a person to commit criminal or other unlawful acts;`,
      notes:
        'This rule reads the definition, not the non-punishment provision: a bill may have a perfect provision and still leave victims of forced criminality unrecognised.',
    },
  },

  scanWords: SCAN_WORDS,

  recognise({ model }) {
    const definitions: ExploitationDefinition[] = [];
    const clauses = model.clauses;
    for (let i = 0; i < clauses.length; i++) {
      const c = clauses[i]!;
      if (c.quoted === 'instrument' || c.recital) continue;
      const closed = firstMatch(EXPLOITATION_DEFINITION.closed, c.text);
      const open = closed ? undefined : firstMatch(EXPLOITATION_DEFINITION.open, c.text);
      const lead = closed ?? open;
      if (!lead) continue;
      // The forms: the rest of this clause, and the list items that follow a lead ending "—" or "only if".
      let forms = c.text.slice(lead.end);
      const items: Clause[] = [];
      if (LIST_LEAD_END.test(c.text)) {
        for (let k = i + 1; k < clauses.length; k++) {
          const next = clauses[k]!;
          if (!next.marker || next.quoted || has(DEFINITION, next.text) || has(EXPLOITATION_DEFINITION.closed, next.text) || has(EXPLOITATION_DEFINITION.open, next.text)) break;
          forms += '\n' + next.text;
          items.push(next);
          i = k;
        }
      }
      const [a, b] = sourceSpan(c, lead.index, lead.end);
      const d: ExploitationDefinition = { lead: { start: a, end: b }, list: closed && !has(CATCH_ALL, forms) ? 'closed' : 'open', criminal: has(CRIMINAL_ACTIVITIES, forms) };
      const services = firstMatch(SERVICES_OF_ANY_KIND, forms);
      if (services) d.services = services.text.replace(/\s+/g, ' ');
      const insertion = items.length ? listInsertion(items, '\n') : LIST_LEAD_END.test(c.text) ? undefined : inlineInsertion(c, lead.end);
      if (insertion) d.insertion = insertion;
      definitions.push(d);
    }
    return { definitions };
  },

  check({ bill, report, facts }) {
    for (const s of bill.sections) {
      if (s.preamble) continue;
      for (const d of facts(s).definitions) {
        if (d.criminal) continue;
        const at = abs(s, d.lead);
        const words = quoteWords(bill.text, at);
        const fixes = d.insertion ? [{ title: 'Add exploitation in criminal activities to the forms of exploitation', edits: d.insertion.map((e) => ({ start: s.base + e.start, end: s.base + e.end, newText: e.newText.replace(/\n/g, bill.eol) })) }] : [];
        if (d.list === 'closed' && d.services) report({ messageId: 'closedServices', data: { words, services: d.services }, span: at, section: s, fixes });
        else report({ messageId: d.list, data: { words }, span: at, section: s, fixes });
      }
    }
  },
});
