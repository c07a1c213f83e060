import { defineRule, type ExplainItem } from '../../rule.js';
import { CITE } from '../../citations.js';
import { span, type Span } from '../../analyse.js';
import { billFacts, isOwnSentence } from '../../bill-facts.js';
import { firstMatch, has, matchAll } from '../../patterns.js';
import type { Fix } from '../../types.js';
import { abs, quoteWords, sectionsOf } from '../util.js';
import { EXCEPTION_OF, EXCLUDING_SENTENCE, GRAVITY, LESSER_CLASS, LINK_LIMIT, NEGATIVE_CONDITION, NOTHING_PROTECTS, PENALTY_CAP, PROPORTIONALITY, SERIOUSNESS_WEIGHED, UNLESS_OFFENCE } from './patterns.js';

export type GravityKind = 'schedule' | 'penalty' | 'grave' | 'named' | 'lesser' | 'weighed' | 'proportionality';

export interface GravityHit {
  kind: GravityKind;
  /** Section-relative. */
  span: Span;
  sentence: number;
  /** A carve-out inside the protection's own sentence ("…, other than murder, …"), which a fix may delete. */
  inline: boolean;
}

export interface GravityFacts {
  hits: GravityHit[];
}

const ERROR_KINDS = new Set<GravityKind>(['schedule', 'penalty', 'grave', 'named', 'lesser']);
const WHAT: Record<GravityKind, string> = {
  schedule: 'offences listed in a schedule or another provision',
  penalty: 'offences above a penalty threshold',
  grave: 'a class of serious offences',
  named: 'the grave offences it names',
  lesser: 'any but lesser offences',
  weighed: 'offences whose seriousness calls for punishment',
  proportionality: 'offences out of proportion to the victim\'s situation',
};

/** A sentence about where a provision applies: "Subsection (1) applies only where …", "is available only for …". */
const APPLICATION = /\b(?:appl(?:y|ies)|available|extends?)\b/i;

/** A list of conditions opened by "applies only if:" / "only where -" ends at a full stop. */
const OPENS_CONDITIONS = /\b(?:appl(?:y|ies)|available)\s{1,8}only\s{1,8}(?:if|where|when)\b[^.]{0,40}[:\u2014-]?\s*$|\bonly\s{1,8}(?:if|where)\s{0,4}[:\u2014-]\s*$/i;

/** Whether sentence `i` is an item of a list of conditions that an earlier sentence of the section opens. */
function conditionListBefore(sentences: readonly { text: string }[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
    const t = sentences[k]!.text;
    if (OPENS_CONDITIONS.test(t)) return true;
    // An item ends with ";", "; and" or "; or": the list goes on; anything else ends it.
    if (!/(?:;|;\s*(?:and|or))\s*$/i.test(t.trimEnd()) && !/:\s*$/.test(t)) return false;
  }
  return false;
}

/** The higher tier just before a lesser one: "a criminal offence or a " (before "minor offence"). */
const HIGHER_TIER_BEFORE = /\b(?:crimes?|criminal\s{1,8}offen[cs]es?|felon(?:y|ies)|offen[cs]es?)\s{1,4}(?:or|and|and\/or)\s{1,4}(?:an?\s{1,4}|any\s{1,4})?$/i;
/** The higher tier just after a lesser one: " or a crime" (after "a minor offence"). */
const HIGHER_TIER_AFTER = /^\s{1,4}(?:or|and|and\/or)\s{1,4}(?:an?\s{1,4}|any\s{1,4})?(?:crimes?|criminal\s{1,8}offen[cs]es?|felon(?:y|ies))\b/i;

/**
 * Whether the lesser offences at [start, end) of `text` are named beside the higher tier ("a criminal
 * offence or a minor offence", "a minor offence or a crime"): the two tiers of punishable conduct
 * together widen the scope; the lesser tier alone limits it.
 */
function namesBothTiers(text: string, start: number, end: number): boolean {
  return HIGHER_TIER_BEFORE.test(text.slice(Math.max(0, start - 60), start)) || HIGHER_TIER_AFTER.test(text.slice(end, end + 60)) || PLEADED_DOWN.test(text.slice(end, end + 60));
}

/**
 * A lesser offence the charge was reduced to ("or of a lesser offense when originally charged with a
 * violation of one of those sections"): the US plea-down clause widens the relief to it; it limits nothing.
 */
const PLEADED_DOWN = /^,?\s{1,4}(?:when|where|if|after\s{1,4}being|having\s{1,4}been)\s{1,4}(?:originally\s{1,4}|initially\s{1,4}|first\s{1,4})?charged\b/i;

/** The kind of a carve-out, if it is one of gravity or kind (not of the link to the trafficking). */
function gravityOf(words: string): GravityKind | undefined {
  if (has(LINK_LIMIT, words)) return undefined;
  for (const [k, p] of Object.entries(GRAVITY) as [keyof typeof GRAVITY, (typeof GRAVITY)[keyof typeof GRAVITY]][]) {
    if (has(p, words)) return k.startsWith('grave') ? 'grave' : (k as GravityKind);
  }
  return undefined;
}

export const seriousOffenceExclusion = defineRule<GravityFacts>({
  meta: {
    id: 'serious-offence-exclusion',
    code: 'NP009',
    title: 'Serious offences excluded',
    defaultSeverity: 'error',
    fixable: true,
    summary:
      'The non-punishment provision is open in scope except for a carve-out of offences by schedule, by penalty ("punishable by imprisonment for life"), by class ("serious", "violent", "felony") or by name ("other than murder"), or it covers only lesser offences (errors); or it weighs the gravity of the offence ("reasonably proportionate", "unless the seriousness of the act requires") (warning). Victims are made to commit serious offences too; the sources say the principle applies regardless of gravity.',
    citations: [CITE.regardlessOfGravity, CITE.moreProbingEnquiry, CITE.scopeAnnex5, CITE.allOffencesWithoutException],
    messages: {
      excluded: {
        severity: 'error',
        text: '{provision} does not apply to {what} ("{words}"). Victims made to commit serious offences would still be punished. The ASEAN Guideline (2025) says the principle applies regardless of the gravity or seriousness of the offence (Section 1, "Scope"); a serious offence calls for a more careful inquiry into the link, not for exclusion (Guideline [1]). Remove the exception{schedule}.',
      },
      weighed: {
        severity: 'warning',
        text: 'Protection here depends on the gravity of the offence ("{words}"). The ASEAN Guideline (2025) says the type or severity of unlawful activity is not the determinant of whether the principle applies (Section 1, "Scope"). Keep the link to the trafficking as the test; if the concern is misuse, require a more thorough inquiry into the link for serious offences instead.',
        title: 'Protection weighed against the gravity of the offence',
      },
    },
    docs: {
      flags:
        'An exception that takes offences out of a non-punishment provision because of their gravity or kind: "does not apply to an offence listed in Schedule 4", "other than an offence punishable by imprisonment for life", "does not apply to a serious felony … or to a violent felony", "other than murder or treason", "with the exception of grave crimes", "shall not apply to crimes against human life or health", "shall not avail a victim who caused the death of, or grievous harm to, another person", "shall not extend to crimes for which this Code provides deprivation of liberty for a term exceeding five years", and a provision limited to "a lesser offence" (errors); or a requirement that the offence be proportionate to the victim\'s situation, or an exception where the seriousness of the act calls for punishment (warning). A rule that protection depends on the link to the trafficking, not on gravity ("nothing in this section prevents the prosecution of a victim for an offence that was not committed as a direct result of being trafficked"), a more careful inquiry for serious offences without exclusion, and a closed list of offences covered (closed-offence-list\'s) are not flagged.',
      why:
        'Victims are made to commit serious offences too: drug trafficking, violence to escape, recruiting other victims. The ASEAN Guideline (2025) says the principle should be applied "regardless of the gravity or the seriousness of the offence" and that "the type or severity of unlawful activity is not the determinant of whether the non-punishment principle applies"; its Annex 5 lists murder, terrorism and trafficking in persons among the offences it applies to. A serious offence calls for a more probing inquiry into whether it was a result of the trafficking, not for exclusion. The Working Group\'s 2022 paper asks for the principle\'s application "to all offences committed by victims of trafficking without exception and regardless of the gravity of the offence".',
      fix:
        'Remove the exception. If the concern is misuse, keep the link test and, if wished, require a careful inquiry for serious offences: "The more serious the offence, the more thorough the inquiry into whether it was committed as a direct result of being trafficked shall be; but the seriousness of an offence does not of itself exclude the application of this section." The quick fix deletes an exception written inside the protection\'s sentence ("…, other than murder or treason, …"); a subsection that excludes offences is left to the drafter (deleting or renumbering it could break cross-references), and a schedule is left in place (it may serve other provisions).',
      bad: `## 45. Defence for victims of slavery or trafficking

(1) A person is not guilty of an offence if the person does the act as a direct consequence of being a victim of slavery or trafficking.

(2) This section does not apply to an offence listed in Schedule 4.`,
      good: `## 45. Defence for victims of slavery or trafficking

(1) A person is not guilty of an offence if the person does the act as a direct consequence of being a victim of slavery or trafficking.

(2) Nothing in this section prevents the prosecution of a person for an offence that was not committed as a direct consequence of being a victim of slavery or trafficking.`,
      notes:
        'A closed list of the offences covered ("only in respect of illegal entry…") is closed-offence-list\'s; a carve-out from an open scope ("any offence other than murder") is this rule\'s. A record-relief provision that inherits the carve-out by cross-reference is reported by missing-record-relief.',
    },
  },

  // Reads only the bill's protective sections (bill-facts.ts), which the reading layer's words find (scan.ts).
  scanWords: null,

  recognise({ model, reading }) {
    const hits: GravityHit[] = [];
    const add = (kind: GravityKind | undefined, sp: Span, sentence: number, inline: boolean) => {
      if (kind && !hits.some((h) => h.span.start < sp.end && sp.start < h.span.end)) hits.push({ kind, span: sp, sentence, inline });
    };
    const words = (sp: Span) => {
      // Section-relative spans back to the sentence's words, through the sentence map.
      const s = model.sentences.find((x) => x.map[0]! <= sp.start && sp.start <= x.map[x.map.length - 1]!);
      return s ? s.text.slice(s.map.findIndex((o) => o >= sp.start), s.map.findIndex((o) => o >= sp.end - 1) + 1) : '';
    };
    for (const p of reading.protections) for (const c of p.carveOuts) add(gravityOf(words(c)), c, p.sentence, true);
    for (const c of reading.carveOuts) add(gravityOf(words(c.span)), c.span, c.sentence, false);
    // The sentences that state a protection, gathered once (a section can state thousands: issue 9, linear time).
    const protective = new Set(reading.protections.map((p) => p.sentence));
    model.sentences.forEach((s, i) => {
      for (const m of matchAll(EXCEPTION_OF, s.text)) add(gravityOf(m.text), span(s, m.index, m.end), i, true);
      for (const m of matchAll(UNLESS_OFFENCE, s.text)) add(gravityOf(m.text), span(s, m.index, m.end), i, true);
      for (const m of matchAll(EXCLUDING_SENTENCE, s.text)) add(gravityOf(m.text), span(s, m.index, m.end), i, false);
      for (const m of matchAll(NOTHING_PROTECTS, s.text)) add(gravityOf(m.text), span(s, m.index, m.end), i, false);
      // A penalty cap limits a protection only in its own sentence or in one about where it applies,
      // not in the penalty of an offence the section creates ("is liable to imprisonment for a term not exceeding 20 years").
      if (protective.has(i) || APPLICATION.test(s.text)) {
        for (const m of matchAll(PENALTY_CAP, s.text)) add('penalty', span(s, m.index, m.end), i, false);
      }
      // (After the penalty cap, which names the threshold more exactly.) A negative condition on the offence limits a protection in its own sentence, in one about where
      // it applies, or in an item of a list of conditions that such a sentence opens ("applies only if: ... (4) the conduct is not ...").
      if (protective.has(i) || APPLICATION.test(s.text) || conditionListBefore(model.sentences, i)) {
        for (const m of matchAll(NEGATIVE_CONDITION, s.text)) add(gravityOf(m.text), span(s, m.index, m.end), i, false);
      }
      for (const m of matchAll(LESSER_CLASS, s.text)) if (!namesBothTiers(s.text, m.index, m.end)) add('lesser', span(s, m.index, m.end), i, false);
      for (const m of matchAll(SERIOUSNESS_WEIGHED, s.text)) add('weighed', span(s, m.index, m.end), i, false);
      for (const m of matchAll(PROPORTIONALITY, s.text)) add('proportionality', span(s, m.index, m.end), i, false);
    });
    hits.sort((a, b) => a.span.start - b.span.start);
    return { hits };
  },

  check({ bill, report, facts }) {
    const text = bill.text;
    for (const s of billFacts(bill).protectiveSections) {
      const provision = bill.provisions.find((p) => sectionsOf(p).includes(s))?.name ?? s.name;
      const hits = facts(s).hits.filter((h) => isOwnSentence(s, h.sentence));
      const bySentence = new Map<number, GravityHit[]>();
      for (const h of hits) bySentence.set(h.sentence, [...(bySentence.get(h.sentence) ?? []), h]);
      for (const list of bySentence.values()) {
        const primary = list.find((h) => ERROR_KINDS.has(h.kind)) ?? list[0]!;
        const at = abs(s, primary.span);
        const related = list.filter((h) => h !== primary).map((h) => ({ span: abs(s, h.span), message: 'gravity weighed here too' }));
        const words = quoteWords(text, at, 110);
        const common = { span: at, section: s, ...(related.length ? { related } : {}) };
        if (ERROR_KINDS.has(primary.kind)) {
          const fix = primary.inline ? deleteInline(text, at) : undefined;
          report({ messageId: 'excluded', data: { provision, what: WHAT[primary.kind], words, schedule: primary.kind === 'schedule' ? ' (the schedule may then be unused)' : '' }, ...common, fixes: fix ? [fix] : [] });
        } else {
          report({ messageId: 'weighed', data: { words }, ...common });
        }
      }
    }
  },

  explain({ facts }, p): ExplainItem[] {
    const out: ExplainItem[] = [];
    for (const s of sectionsOf(p)) for (const h of facts(s).hits) out.push({ aspect: 'Gravity of the offence', reading: `excludes ${WHAT[h.kind]}`, words: [abs(s, h.span)] });
    if (!out.length) out.push({ aspect: 'Gravity of the offence', reading: 'no exception by gravity or kind of offence' });
    return out;
  },
});

/** Deletes ", other than murder or treason" before a comma or the sentence's full stop; otherwise no fix. */
function deleteInline(text: string, at: Span): Fix | undefined {
  const before = /,\s*$/.exec(text.slice(Math.max(0, at.start - 3), at.start));
  if (!before) return undefined;
  const next = text.slice(at.end, at.end + 2);
  if (!/^,/.test(next) && !/^\.(?:\s|$)/.test(next) && next !== '.') return undefined;
  // "other than an offense listed in Article 42A.054(a), Code of Criminal Procedure, that ...": a
  // capitalised word after the comma goes on naming the list, so deleting up to the comma would leave half of it.
  if (/^,\s*[A-Z]/.test(text.slice(at.end, at.end + 4))) return undefined;
  const start = at.start - before[0].length;
  // "…offence, other than murder, committed…": both commas go, the space after the second stays.
  const end = next.startsWith(',') ? at.end + 1 : at.end;
  return { title: 'Delete the exception', edits: [{ start, end, newText: '' }] };
}
