import { defineRule, type ExplainItem } from '../../rule.js';
import { CITE } from '../../citations.js';
import { span as sentenceSpan, type Protection, type Span } from '../../analyse.js';
import { billProtections } from '../../bill-facts.js';
import type { AnalysedSection } from '../../model.js';
import type { SectionModel } from '../../bill.js';
import { firstMatch, has, type WordPattern } from '../../patterns.js';
import { sourceSpan } from '../../text.js';
import { abs, sectionsOf } from '../util.js';
import { ADULT_ONLY } from '../missing-child-provision/patterns.js';
import { APPLIES_ONLY, FORM_WORDS, INCLUSIVE_BEFORE, LIMIT } from './patterns.js';

/** Which victims a protection leaves out. 'adult' is read (a limb for adults is not a general protection) but reported by missing-child-provision. */
export type Limit = 'women-and-children' | 'women' | 'children' | 'foreigners' | 'nationals' | 'sex-trafficking' | 'one-form' | 'into-the-country' | 'adults';

export interface LimitHit {
  limit: Limit;
  /** Section-relative words of the limit. */
  span: Span;
}

export interface ScopeFacts {
  /** For each protection of the section (by sentence and relief start), the limits on whom it protects. */
  protections: { relief: Span; limits: LimitHit[] }[];
  /** Definitions in this section that narrow a term for the victim ("trafficked person" means a person brought into the Territory). */
  narrowTerms: { term: string; hit: LimitHit }[];
  /**
   * Limits stated by a section that protects no one itself, for the provision it refers to ("Article
   * 14. The provisions of Article 12 apply only to victims who are nationals of a Member State"):
   * they govern the protections of the provision the section is attached to.
   */
  limitsForOthers: LimitHit[];
}

const GRAVE = new Set<Limit>(['women-and-children', 'women', 'children', 'foreigners', 'nationals']);
const REPORTED = new Set<Limit>(['women-and-children', 'women', 'children', 'foreigners', 'nationals', 'sex-trafficking', 'one-form', 'into-the-country']);

const WHO: Record<Limit, string> = {
  'women-and-children': 'trafficked women and children',
  women: 'women and girls',
  children: 'persons under 18',
  foreigners: 'victims who are not nationals',
  nationals: 'victims who are nationals',
  'sex-trafficking': 'victims of sex trafficking',
  'one-form': 'victims of one form of exploitation',
  'into-the-country': 'victims trafficked across the border, not those trafficked within the country',
  adults: 'adults',
};

const SUBJECT_LIMITS: [Limit, WordPattern][] = [
  ['women-and-children', LIMIT.womenAndChildren],
  ['foreigners', LIMIT.foreignersOnly],
  ['nationals', LIMIT.nationalsOnly],
  ['into-the-country', LIMIT.intoTheCountry],
];

/** The first match of a limit in text[from, to) that is not made inclusive or emphatic by the words before it. */
function limiting(p: WordPattern, text: string, from: number, to: number): { index: number; end: number } | undefined {
  let at = from;
  while (at < to) {
    const m = firstMatch(p, text, at, to);
    if (!m) return undefined;
    if (!has(INCLUSIVE_BEFORE, text.slice(Math.max(0, m.index - 40), m.index))) return m;
    at = m.end;
  }
  return undefined;
}

function limitsOf(model: SectionModel, p: Protection): LimitHit[] {
  const s = model.sentences[p.sentence]!;
  const t = s.text;
  const out: LimitHit[] = [];
  const add = (limit: Limit, m: { index: number; end: number }) => out.push({ limit, span: sentenceSpan(s, m.index, m.end) });
  const from = p.subject.from;
  let to = p.subject.to;
  // "No woman or girl who has been trafficked shall be punished": the class named after "No" is in the
  // relief's own words, up to its verb; it is whom the provision protects, as in "A woman ... shall not".
  const relief = t.slice(p.reliefAt.from, p.reliefAt.to);
  const verb = /^no\s/i.test(relief) ? /\b(?:shall|may|will|can|must|is\s+to|are\s+to)\b/i.exec(relief) : null;
  if (verb) to = p.reliefAt.from + verb.index;
  // Whom the provision names: the words before the relief.
  for (const [limit, pat] of SUBJECT_LIMITS) {
    const m = limiting(pat, t, from, to);
    // "a victim who is not a national of the State" is foreigners only, not nationals only.
    if (m && !(limit === 'nationals' && out.some((h) => h.limit === 'foreigners'))) add(limit, m);
  }
  if (!out.some((h) => h.limit === 'women-and-children')) {
    const women = limiting(LIMIT.womenOnly, t, from, to);
    if (women) add('women', women);
    const adult = firstMatch(ADULT_ONLY, t, from, to);
    const child = limiting(LIMIT.childrenOnly, t, from, to);
    if (adult) add('adults', adult);
    else if (child) add('children', child);
  }
  // The form of exploitation may be named anywhere in the sentence ("as a direct result of being a victim of sex trafficking").
  const sex = limiting(LIMIT.sexTraffickingOnly, t, 0, t.length);
  if (sex) add('sex-trafficking', sex);
  // Or by a purpose clause on the victim, or a victim of one named form ("for the purpose of labour exploitation").
  const one = sex ? undefined : limiting(LIMIT.oneFormOnly, t, 0, t.length);
  if (one) add('one-form', one);
  return out;
}

/** Limits named in the words of a limiting sentence ("… apply only to foreign women and girls"), sentence-relative. */
function limitsIn(t: string, from: number, to: number): { limit: Limit; index: number; end: number }[] {
  const out: { limit: Limit; index: number; end: number }[] = [];
  const add = (limit: Limit, m: { index: number; end: number } | undefined) => {
    if (m) out.push({ limit, index: m.index, end: m.end });
  };
  const wc = limiting(LIMIT.womenAndChildren, t, from, to);
  add('women-and-children', wc);
  if (!wc) add('women', limiting(LIMIT.womenOnly, t, from, to));
  add('foreigners', limiting(LIMIT.foreignersOnly, t, from, to));
  if (!out.some((h) => h.limit === 'foreigners')) add('nationals', limiting(LIMIT.nationalsOnly, t, from, to));
  add('into-the-country', limiting(LIMIT.intoTheCountry, t, from, to));
  if (!wc) add('children', limiting(LIMIT.childrenOnly, t, from, to));
  add('sex-trafficking', limiting(LIMIT.sexTraffickingOnly, t, from, to));
  if (!out.some((h) => h.limit === 'sex-trafficking')) add('one-form', limiting(LIMIT.oneFormOnly, t, from, to));
  return out.sort((a, b) => a.index - b.index);
}

/** A clause marker without its brackets or full stop: "(1)" and "1." are both "1". */
const bare = (marker: string) => marker.replace(/[().\s]/g, '').toLowerCase();

/**
 * Which of the section's protections (by index) a limiting sentence governs: those in the
 * subsection or paragraph it names ("Paragraph 1 shall apply only to …", "Subsection (a) applies
 * only where …"); a subsection with no protection in it, none; otherwise ("This section applies only to …") every protection of the section
 * before it (or, if none is before it, every protection of the section).
 */
function targetsOf(model: SectionModel, protections: Protection[], before: string, sentence: number): Set<number> {
  const named = /\b(?:sub-?section|paragraph|sub-?paragraph|clause|point)s?[ \t]{0,4}\(?[ \t]{0,4}([0-9]{1,3}[a-z]?|[a-z]{1,3})[ \t]{0,4}\)?/i.exec(before);
  const out = new Set<number>();
  if (named) {
    const want = named[1]!.toLowerCase();
    protections.forEach((p, k) => {
      // The protection's own clause, and the subsection it sits in.
      const c = model.sentences[p.sentence]!.clause;
      let markers = [model.clauses[c]?.marker ?? ''];
      for (let j = c; j >= 0; j--) {
        const cl = model.clauses[j]!;
        if (cl.level === 'subsection' || /^\d{1,3}\.$/.test(cl.marker.trim())) {
          markers = [...markers, cl.marker];
          break;
        }
      }
      if (markers.some((m) => m && bare(m) === want)) out.add(k);
    });
    // A sentence that names a subsection with no protection in it limits something else (a child limb's rule of proof).
    return out;
  }
  protections.forEach((p, k) => {
    if (p.sentence < sentence) out.add(k);
  });
  if (!out.size) protections.forEach((_, k) => out.add(k));
  return out;
}

/** Whether `text` uses the defined `term` as a whole word (case and spacing aside). */
function mentionsTerm(text: string, term: string): boolean {
  const t = text.toLowerCase().replace(/\s+/g, ' ');
  const w = term.toLowerCase().replace(/\s+/g, ' ').trim();
  for (let i = t.indexOf(w); i >= 0; i = t.indexOf(w, i + 1)) {
    const before = t[i - 1] ?? ' ';
    const after = t[i + w.length] ?? ' ';
    if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return true;
  }
  return false;
}

/** A definition of a term for the victim: "victim", "trafficked person", "victim of trafficking". */
const VICTIM_TERM = /\b(?:victims?|trafficked)\b/i;

export const discriminatoryScope = defineRule<ScopeFacts>({
  meta: {
    id: 'discriminatory-scope',
    code: 'NP007',
    title: 'Protection for some victims only',
    defaultSeverity: 'error',
    fixable: false,
    summary:
      'Men, adults, nationals and victims of labour trafficking or forced criminality are made to commit offences as much as anyone. A non-punishment provision that protects only women and children, only women, only children or only foreigners is discriminatory (error); one that protects only victims of one form of exploitation, such as sex trafficking, or only victims brought into the country leaves the others to be punished (warning). The bill\'s provisions are read together: a limited provision beside one that protects the victims it leaves out is not flagged.',
    citations: [CITE.scopeNotLimited, CITE.allVictimsDrafting, CITE.discriminatoryAgreements, CITE.regardlessOfStatus, CITE.allFormsOfTrafficking, CITE.withoutDiscrimination, CITE.childrenAndAdults],
    messages: {
      limitedGroup: {
        severity: 'error',
        text: '{provision} protects only {who} ("{words}"). Other victims of trafficking are left to be punished for what they were made to do. The ASEAN Guideline (2025) asks that non-punishment provisions apply to all victims regardless of their age, sex, nationality or other status (Guideline [7]; Guideline [1]). Protect every victim of trafficking, and put any special rule for some victims beside that protection, not instead of it.',
      },
      limitedForm: {
        severity: 'warning',
        text: '{provision} protects only {who} ("{words}"). The principle applies to all forms of trafficking, including labour exploitation and forced criminality, and to internal as well as international trafficking (ASEAN Guideline (2025), Annex 4, A/HRC/47/34, para. 57(a)). Protect every victim of trafficking, whatever the form of exploitation and wherever the trafficking took place.',
      },
    },
    docs: {
      flags:
        'A non-punishment provision that protects only some victims of trafficking: only women and children, only women or girls, only children, only foreigners or non-nationals, or only nationals or citizens (error); only victims of one form of exploitation, such as sex trafficking or trafficking for prostitution, "a victim of trafficking in persons for the purpose of labour exploitation" or "a victim of sexual servitude", or only victims brought into the country, including through the definition of the term the provision uses for victims ("\'victim\' means a person against whom an offence of sexual servitude has been committed") (warning); a sentence that limits the provision ("Paragraph 1 shall apply only to foreign women and girls") is read as part of it; when no other non-punishment provision of the bill protects the victims left out. Two limits in one provision ("a person under 18 ... a victim of sex trafficking") are one finding naming both. Not flagged: inclusive or emphatic words ("especially women and children", "whatever the victim\'s age, sex or nationality", "whether an adult or a child"), separate limbs for adults and for children, a rule for one group beside a general protection, a preamble or a quotation.',
      why:
        'The ASEAN Guideline asks that the provision "apply to all victims on the basis of non-discrimination, regardless of the type of trafficking they have been subject to", and notes that some bilateral agreements "are discriminatory in that they apply to some victims (e.g., women and children) but not to others (e.g., men)". The Special Rapporteur, in the recommendations reproduced in its Annex 4, says the principle covers all forms of trafficking, international and internal, and must be applied without discrimination to all trafficked persons.',
      fix:
        'Protect every victim of trafficking, using the bill\'s general term for victims. If the bill needs special rules for children or for foreign victims, add them beside the general protection, not instead of it. Where the limit comes from the definition of the term the provision uses, widen the definition (or use a wider term) so that it covers internal trafficking too.',
      bad: `## 9. Treatment of trafficked women and children

Trafficked women and children shall not be charged, prosecuted or detained for any offence committed as a direct result of being trafficked.`,
      good: `## 9. Treatment of victims of trafficking

A victim of trafficking, whatever the victim's age, sex or nationality and whatever the form of exploitation suffered, shall not be charged, prosecuted or detained for any offence committed as a direct result of being trafficked.`,
      notes:
        'A provision limited to adults ("aged 18 or over") with nothing for children is reported by missing-child-provision. Limits on the offences covered are for closed-offence-list.',
    },
  },

  // Reads, outside a provision's sections, only definitions of a term for the victim ("victim",
  // "trafficked person"), whose words are the reading layer's own (scan.ts): nothing more to read in full.
  scanWords: null,

  recognise({ model, reading }) {
    const protections = reading.protections.map((p) => ({ relief: p.relief, limits: limitsOf(model, p) }));
    const protective = new Set(reading.protections.map((p) => p.sentence));
    // "Paragraph 1 shall apply only to foreign women and girls": a sentence that limits the section's protections.
    model.sentences.forEach((s, i) => {
      if (!s.text || protective.has(i)) return;
      const m = firstMatch(APPLIES_ONLY, s.text);
      if (!m) return;
      const hits = limitsIn(s.text, m.index, m.end).map((h) => ({ limit: h.limit, span: sentenceSpan(s, h.index, h.end) }));
      if (!hits.length) return;
      const targets = targetsOf(model, reading.protections, s.text.slice(0, m.index), i);
      protections.forEach((x, k) => {
        if (targets.has(k)) x.limits.push(...hits.filter((h) => !x.limits.some((y) => y.limit === h.limit)));
      });
    });
    // A section with no protection of its own that limits another provision ("The provisions of Article 12 apply only to ...").
    const limitsForOthers: LimitHit[] = [];
    if (!reading.protections.length) {
      model.sentences.forEach((s) => {
        if (!s.text) return;
        const m = firstMatch(APPLIES_ONLY, s.text);
        if (m) limitsForOthers.push(...limitsIn(s.text, m.index, m.end).map((h) => ({ limit: h.limit, span: sentenceSpan(s, h.index, h.end) })));
      });
    }
    const narrowTerms: ScopeFacts['narrowTerms'] = [];
    for (const d of model.definitions) {
      if (!VICTIM_TERM.test(d.term)) continue;
      for (const [limit, pat] of SUBJECT_LIMITS) {
        const m = limiting(pat, d.body.text, 0, d.body.text.length);
        if (!m) continue;
        const [a, b] = sourceSpan(d.body, m.index, m.end);
        narrowTerms.push({ term: d.term, hit: { limit, span: { start: a, end: b } } });
        break;
      }
      // "victim" means a person against whom an offence of sexual servitude has been committed: one form of
      // exploitation only, where the definition names the forms of one family and not trafficking in general.
      if (narrowTerms.some((n) => n.term === d.term)) continue;
      const body = d.body.text;
      const sexual = FORM_WORDS.sexual.exec(body);
      const labour = FORM_WORDS.labour.exec(body);
      const only = sexual && !labour ? sexual : labour && !sexual ? labour : null;
      if (only && !/\btraffick/i.test(body)) {
        const [a, b] = sourceSpan(d.body, only.index, only.index + only[0].length);
        narrowTerms.push({ term: d.term, hit: { limit: 'one-form', span: { start: a, end: b } } });
      }
    }
    return { protections, narrowTerms, limitsForOthers };
  },

  check({ bill, report, facts }) {
    const own = billProtections(bill);
    if (!own.length) return;
    // Terms for the victim that the bill defines narrowly, with where the definition is.
    const narrow = bill.sections.filter((s) => !s.preamble).flatMap((s) => facts(s).narrowTerms.map((n) => ({ ...n, section: s })));
    // Each section's protections by where their relief starts, gathered once (a section can state thousands).
    const byRelief = new Map<AnalysedSection, Map<number, ScopeFacts['protections'][number]>>();
    const factOf = (section: AnalysedSection, start: number) => {
      let m = byRelief.get(section);
      if (!m) {
        m = new Map();
        for (const x of facts(section).protections) if (!m.has(x.relief.start)) m.set(x.relief.start, x);
        byRelief.set(section, m);
      }
      return m.get(start);
    };
    const limitsOfOwn = own.map(({ section, protection }) => {
      const f = factOf(section, protection.relief.start);
      const hits: { limit: Limit; span: Span; section: AnalysedSection }[] = (f?.limits ?? []).map((h) => ({ ...h, section }));
      const sen = section.model.sentences[protection.sentence]!;
      const subject = sen.text.slice(protection.subject.from, protection.subject.to);
      for (const n of narrow) {
        if (hits.some((h) => h.limit === n.hit.limit)) continue;
        if (mentionsTerm(subject, n.term)) hits.push({ ...n.hit, section: n.section });
      }
      // Limits a later section states for this provision (it refers to the provision's number and is attached to it).
      const provision = bill.provisions.find((p) => p.primary === section || p.attached.includes(section));
      for (const other of provision?.attached ?? []) {
        if (other === section) continue;
        for (const h of facts(other).limitsForOthers) if (!hits.some((k) => k.limit === h.limit)) hits.push({ ...h, section: other });
      }
      return { section, protection, hits };
    });
    // A protection that limits no one covers every victim.
    if (limitsOfOwn.some((x) => x.hits.length === 0)) return;
    const reported = new Set<AnalysedSection>();
    for (const p of bill.provisions) {
      if (reported.has(p.primary)) continue;
      const mine = limitsOfOwn.filter((x) => sectionsOf(p).includes(x.section));
      for (const x of mine) {
        // A limit counts only if no other protection of the bill reaches the victims it leaves out.
        const open = x.hits.filter((h) => REPORTED.has(h.limit) && !limitsOfOwn.some((y) => y !== x && !y.hits.some((k) => k.limit === h.limit)));
        if (!open.length) continue;
        const uniq = open.filter((h, i) => open.findIndex((k) => k.limit === h.limit) === i);
        const grave = uniq.filter((h) => GRAVE.has(h.limit));
        const ordered = [...grave, ...uniq.filter((h) => !GRAVE.has(h.limit))];
        const first = ordered[0]!;
        const who = ordered.map((h, i) => (i === 0 ? WHO[h.limit] : `only ${WHO[h.limit]}`)).join(', and ');
        const at = abs(first.section, first.span);
        report({
          messageId: grave.length ? 'limitedGroup' : 'limitedForm',
          data: { provision: p.name, who, words: ordered.map((h) => bill.text.slice(abs(h.section, h.span).start, abs(h.section, h.span).end).replace(/\s+/g, ' ')).join('", "') },
          span: at,
          section: p.primary,
          related: ordered.slice(1).map((h) => ({ span: abs(h.section, h.span), message: `also limited to ${WHO[h.limit]}` })),
        });
        reported.add(p.primary);
        break;
      }
    }
  },

  explain({ facts }, p) {
    const out: ExplainItem[] = [];
    for (const s of sectionsOf(p)) {
      for (const x of facts(s).protections) {
        if (!x.limits.length) out.push({ aspect: 'Whom it protects', reading: 'every victim (no limit by age, sex, nationality or form of exploitation)', words: [abs(s, x.relief)] });
        for (const h of x.limits) out.push({ aspect: 'Whom it protects', reading: `only ${WHO[h.limit]}`, words: [abs(s, h.span)] });
      }
    }
    return out;
  },
});
