import { defineRule, type ExplainItem } from '../../rule.js';
import { CITE } from '../../citations.js';
import { span, type Span } from '../../analyse.js';
import { billFacts, isOwnSentence } from '../../bill-facts.js';
import { lastMatch, matchAll, has, type WordPattern } from '../../patterns.js';
import type { AnalysedSection } from '../../model.js';
import type { Fix, TextEdit } from '../../types.js';
import type { Clause } from '../../bill.js';
import { provisionUnit } from '../../sections.js';
import { abs, divisionName, quoteWords, sectionsOf } from '../util.js';
import { COOPERATING_PERSON, COOPERATION, DOCUMENTATION, GRANTED_STATUS, IDENTIFIED, NEGATED_CONDITION, OFFICIAL_OPINION, PROTECTION_ENDS, TRAFFICKER_PROSECUTED, VICTIM_CONDUCT, VICTIM_CONVICTED } from './patterns.js';

export type ConditionKind = 'cooperation' | 'prosecution' | 'conduct' | 'conviction' | 'official' | 'identification';

export interface ConditionHit {
  kind: ConditionKind;
  /** Section-relative. */
  span: Span;
  sentence: number;
}

export interface ConditionFacts {
  hits: ConditionHit[];
}

const KIND_OF = new Map<WordPattern, ConditionKind>([
  ...Object.values(COOPERATION).map((p) => [p, 'cooperation'] as const),
  [TRAFFICKER_PROSECUTED, 'prosecution'],
  ...Object.values(IDENTIFIED).map((p) => [p, 'identification'] as const),
  [COOPERATING_PERSON, 'cooperation'],
  [OFFICIAL_OPINION, 'official'],
  [GRANTED_STATUS, 'identification'],
  [DOCUMENTATION, 'identification'],
  [VICTIM_CONDUCT, 'conduct'],
  [VICTIM_CONVICTED, 'conviction'],
]);
const ALL = [...KIND_OF.keys()];
const RANK: Record<ConditionKind, number> = { cooperation: 0, prosecution: 1, conduct: 1.5, conviction: 1.6, official: 2, identification: 3 };
const MESSAGE: Record<ConditionKind, string> = { cooperation: 'cooperation', prosecution: 'prosecution', conduct: 'conduct', conviction: 'conviction', official: 'official', identification: 'identification' };

/**
 * Patterns that describe a person or an official's view, which are conditions only where they govern
 * a protection: in the words naming whom a protection covers (a person description), or in a
 * protection's sentence (an official's opinion), or in a sentence that limits a provision
 * ("Subsection (1) applies only if the Director is satisfied …"). Elsewhere in the section ("A victim
 * who agrees to co-operate shall be granted a residence permit") they are not the protection's.
 */
const PERSON_WORDS = new Set<WordPattern>([COOPERATING_PERSON, IDENTIFIED.certifiedVictim, GRANTED_STATUS]);
const SENTENCE_WORDS = new Set<WordPattern>([OFFICIAL_OPINION]);
/** A sentence that limits when a provision applies: "Subsection (1) applies only if …", "This section is available only to …". */
// Also a sentence saying who may rely on the protection: "A defendant who has cooperated with law
// enforcement may raise the defense under this section" gives the defence to co-operating victims only.
const LIMITS_A_PROVISION = /\b(?:appl(?:y|ies)|available|extends?)\s+only\b|\bonly\s+(?:appl(?:y|ies)|extends?)\b|\b(?:appl(?:y|ies)|available)\s+(?:[\w-]{1,20}\s+){0,3}?(?:if|where|when|once|provided)\b|\bmay\s+(?:raise|rely\s+(?:up)?on|invoke|claim|plead|assert)\s+(?:the\s+|this\s+)?(?:affirmative\s+)?(?:defen[cs]e|protection|benefit|exemption|immunity|section|article)\b|\b(?:is|are)\s+entitled\s+to\s+(?:the\s+)?(?:affirmative\s+)?(?:defen[cs]e|protection|benefit|exemption|immunity)\b/i;

/**
 * How many characters of `after` (the words following a condition) to quote with it: up to the next comma,
 * semicolon or full stop, at most 60, ending on a whole word (a scan, no pattern: one anchored at the end
 * backtracks on long runs of spaces).
 */
function wholeWordsAfter(after: string): number {
  let n = 0;
  while (n < after.length && n < 60 && !/[,;.]/.test(after[n]!)) n++;
  // Cut short of a word that runs on past the limit.
  if (n === 60 && /\S/.test(after[n] ?? '')) while (n > 0 && !/\s/.test(after[n - 1]!)) n--;
  while (n > 0 && /\s/.test(after[n - 1]!)) n--;
  return n;
}

/** A separable proviso at the end of the sentence: ", provided that …", ", only if …". */
const PROVISO_START = /^(?:,\s*)?(?:provided\s+(?:always\s+)?that|on\s+condition\s+that|only\s+if|so\s+long\s+as|as\s+long\s+as)\b/i;

export const conditionalProtection = defineRule<ConditionFacts>({
  meta: {
    id: 'conditional-protection',
    code: 'NP008',
    title: 'Protection conditional on co-operation, prosecution or identification',
    defaultSeverity: 'error',
    fixable: true,
    summary:
      'The non-punishment provision applies only if the victim co-operates with the authorities, reports the offence or gives evidence, or only once a trafficker is prosecuted or convicted (errors), or only to victims formally identified, certified or recognised by an authority, or only if an official is satisfied that they are victims (warnings). Victims who cannot or dare not co-operate, who are not yet identified, or whose trafficker is never caught remain punishable.',
    citations: [CITE.notConditionalOnCooperation, CITE.notDependentOnFormalDetermination, CITE.notConditionalOnIdentification, CITE.noTestimonyForImmunity, CITE.noShelterAgainstWill, CITE.regardlessOfStatus],
    messages: {
      cooperation: {
        severity: 'error',
        text: 'Protection here depends on the victim\'s co-operation ("{words}"). Victims who cannot or dare not co-operate would still be punished. The ASEAN Guideline (2025) says application of the principle must not be conditional on the cooperation of a victim in criminal proceedings (Guideline [1]). Remove the condition.',
      },
      prosecution: {
        severity: 'error',
        text: 'Protection here waits for the prosecution or conviction of the trafficker ("{words}"). Traffickers are often never caught, and their victims would still be punished. The ASEAN Guideline (2025) says application of the principle must not be conditional on the prosecution of an alleged trafficker (Guideline [1]). Make the protection apply whether or not anyone is prosecuted for the trafficking.',
      },
      conduct: {
        severity: 'warning',
        text: 'Protection here is lost through what the victim does later ("{words}"): leaving a shelter or a programme, refusing assistance or a return, or going on with the activity. To stay protected, a victim would have to accept a shelter, services or a return the victim does not want, or break free of the trafficker at once; victims still under a trafficker\'s control often cannot. The ASEAN Guideline (2025) says the principle also aims to protect victims from treatment that amounts to punishment, including being placed in shelters against their will (Section 1, "Protection of victims of trafficking"). Remove the condition.',
        title: 'Protection lost by the victim\'s conduct',
      },
      conviction: {
        severity: 'warning',
        text: 'Protection here ends on the victim\'s own conviction, or is withheld from a person with a conviction ("{words}"). The protection exists to keep victims from being convicted for what they were made to do; a conviction, perhaps for an act the trafficking caused, would take it away, and victims with records are often those most under a trafficker\'s control. The ASEAN Guideline (2025) asks that the principle apply to all victims regardless of their status (Guideline [7]). Remove the condition; if some offences are to be excluded, say which, by their gravity.',
        title: 'Protection lost on conviction',
      },
      official: {
        severity: 'warning',
        text: 'Protection here depends on an official\'s opinion or certificate ("{words}"). A victim the official is not satisfied about, or has not yet considered, would still be punished. The ASEAN Guideline (2025) says application of the principle should not be dependent on a formal determination of a person being a victim (Section 1); it should apply once there are reasonable grounds to believe the person was trafficked. State the test itself (the link to the trafficking), so that it applies whoever decides, and leave any dispute to the court.',
        title: 'Protection conditional on an official\'s opinion',
      },
      identification: {
        severity: 'warning',
        text: 'Protection here applies only to victims formally identified, certified or recognised by an authority ("{words}"). The ASEAN Guideline (2025) says application of the principle should not be dependent on a formal determination of a person being a victim (Section 1); it should apply once there are reasonable grounds to believe the person was trafficked. Add a subsection applying the protection as soon as there are such grounds, whether or not the person has been identified.',
        title: 'Protection conditional on formal identification',
      },
    },
    docs: {
      flags:
        'A non-punishment provision that applies only if the victim co-operates with the authorities, reports the offence or gives evidence ("provided that the victim co-operates with the police", "only if the petitioner has cooperated with law enforcement", "by reporting that offence", "in exchange for his or her testimony"), or only once a trafficker is prosecuted or convicted ("where a person has been convicted of trafficking the victim") (errors); or only to victims formally identified, certified or recognised by an authority ("persons who have been identified as victims of trafficking", "a person certified under subsection (1)", "a certificate of recognition", "a certified victim", "a victim holding a residence permit", "a person who has been granted the status of a victim", "recognised as a victim in accordance with this Law"), or only on an official document confirming victim status ("the petition must be accompanied by official documentation from a government agency"), or only if an official is satisfied, of the opinion or certifies that the person is a victim or that the link exists ("if the Director is satisfied that the victim acted under the direction of the trafficker"), or a protection lost by the victim\'s conduct ("the immunity shall cease where the victim leaves a designated shelter without permission, or refuses to be repatriated"; "shall cease to apply to a victim who leaves the assistance programme, or who continues to engage in the activity after being identified"), or a protection ended by the victim\'s own conviction or withheld from a person with a conviction ("ceases to have effect on that person\'s conviction for any offence") (warnings). Co-operation is also read as informing an authority before proceedings and enabling "the identification of the other participants" (the excuse of a co-offender who denounces), and the trafficker\'s conviction as a "final judgment" that "has established the trafficking offence". Testimony is read in any wording ("gives testimony", "makes a statement to the police", "appears as a witness for the prosecution"). Co-operation is also read in the words describing whom the protection covers ("a victim who agrees to give evidence against the trafficker", "who has cooperated with law enforcement"), and the trafficker\'s conviction in a requirement that the trafficking be "established by a final judgment". Conditions stated only to be excluded ("whether or not the person has been identified"), ways of proving victim status that are not required, a conviction used as evidence, the link to the trafficking ("as a direct result of"), and a deeming by the law itself ("shall be recognized as victims … and as such shall not be penalized") are not flagged.',
      why:
        'Victims often cannot or dare not co-operate, are not identified for months, and their traffickers are often never caught. The ASEAN Guideline (2025) says the principle "must not be conditional on the prosecution of an alleged trafficker, or the cooperation of a victim in criminal proceedings", and "should not be dependent on a formal determination of a person being a victim of trafficking". CEDAW general recommendation No. 38, as the Working Group\'s 2022 paper reports it, says the principle "must not compel victims to provide evidence or testimony in exchange for immunity". The grades follow the words: "must not" for co-operation and prosecution (error), "should not" for identification (warning).',
      fix:
        'Remove the condition. Make the protection apply as soon as there are reasonable grounds to believe the person is a victim, whether or not identified, whether or not anyone is prosecuted, and whether or not the victim co-operates. The quick fix deletes a co-operation or prosecution condition written as a proviso at the end of the sentence (", provided that …", "only if …"); an identification condition in the subject ("a person certified under subsection (1)") is left to the drafter, because it belongs to the bill\'s certification scheme.',
      bad: `## 20. Non-prosecution of victims

A victim of trafficking shall not be prosecuted for any offence committed as a direct result of being trafficked, provided that the victim co-operates with the police in the investigation.`,
      good: `## 20. Non-prosecution of victims

(1) A victim of trafficking shall not be prosecuted for any offence committed as a direct result of being trafficked.

(2) Subsection (1) applies as soon as there are reasonable grounds to believe that the person is a victim of trafficking, whether or not the person has been identified as a victim, whether or not anyone has been prosecuted for the trafficking, and whether or not the person co-operates with the authorities.`,
      notes:
        'A discretionary step before a mandatory protection ("the Minister may certify") is reported here as a condition, not as discretionary-protection. A general witness immunity, or a residence permit for victims who co-operate, is not a non-punishment provision (missing-non-punishment-provision may then fire).',
    },
  },

  // Reads only the bill's protective sections (bill-facts.ts), which the reading layer's words find (scan.ts).
  scanWords: null,

  recognise({ model, reading }) {
    const hits: ConditionHit[] = [];
    // Each sentence's protections, gathered once: a section can state thousands (issue 9, linear time).
    const bySentence = new Map<number, typeof reading.protections>();
    for (const p of reading.protections) bySentence.set(p.sentence, [...(bySentence.get(p.sentence) ?? []), p]);
    model.sentences.forEach((s, i) => {
      // (The model is the section's operative words: quotations, recitals and the preamble are empty.)
      if (!s.text) return;
      const t = s.text;
      const own = bySentence.get(i) ?? [];
      const limiting = LIMITS_A_PROVISION.test(t);
      for (const m of matchAll(ALL, t)) {
        if (PERSON_WORDS.has(m.pattern) && !limiting && !own.some((p) => m.index < p.reliefAt.from)) continue;
        if (SENTENCE_WORDS.has(m.pattern) && !limiting && !own.length) continue;
        // "shall not prosecute ... unless the prosecutor is satisfied that the offence was not committed as a
        // consequence of the trafficking": the official must be satisfied that the link is absent, so the
        // protection holds until then (a presumption for the victim, not a condition).
        if (m.pattern === OFFICIAL_OPINION && /^unless\b/i.test(m.text) && /^\s{0,4}that\b[^.;]{0,100}?\b(?:was|were|is|are|did|does|had|has)\s{1,4}not\b/i.test(t.slice(m.end, m.end + 140))) continue;
        // A condition on the victim's conduct counts only where the sentence ends the protection with it.
        if ((m.pattern === VICTIM_CONDUCT || m.pattern === VICTIM_CONVICTED) && !PROTECTION_ENDS.test(t)) continue;
        // "whether or not the person has been formally identified": the condition is excluded.
        const neg = lastMatch(NEGATED_CONDITION, t, Math.max(0, m.index - 80), m.index);
        if (neg && !/[.;]/.test(t.slice(neg.end, m.index))) continue;
        if (has(NEGATED_CONDITION, t.slice(m.end, m.end + 50))) continue;
        // The conduct quoted with what the victim leaves or refuses ("where the victim leaves a designated shelter").
        const end = m.pattern === VICTIM_CONDUCT ? m.end + wholeWordsAfter(t.slice(m.end, m.end + 61)) : m.end;
        // A condition joined to another is quoted from the person on ("the victim reported to the police"), not from "and" or "(b)".
        const start = m.pattern === COOPERATION.conjunct ? m.index + /^(?:and\s+)?(?:\([^)\s]{1,4}\)\s+)?/i.exec(m.text)![0].length : m.index;
        hits.push({ kind: KIND_OF.get(m.pattern)!, span: span(s, start, end), sentence: i });
      }
    });
    return { hits };
  },

  check({ bill, report, facts }) {
    const text = bill.text;
    for (const s of billFacts(bill).protectiveSections) {
      const hits = facts(s).hits.filter((h) => isOwnSentence(s, h.sentence));
      if (!hits.length) continue;
      // One finding per kind of condition in the section, on the most serious first.
      const byKind = new Map<ConditionKind, ConditionHit[]>();
      for (const h of hits) byKind.set(h.kind, [...(byKind.get(h.kind) ?? []), h]);
      for (const kind of [...byKind.keys()].sort((a, b) => RANK[a] - RANK[b])) {
        const list = byKind.get(kind)!;
        const first = list[0]!;
        const at = abs(s, first.span);
        const related = list.slice(1).map((h) => ({ span: abs(s, h.span), message: 'the same condition here' }));
        const fix = kind === 'identification' || kind === 'official' ? undefined : deleteProviso(s, text, at, first.sentence);
        report({ messageId: MESSAGE[kind], data: { words: quoteWords(text, at, 90) }, span: at, section: s, ...(related.length ? { related } : {}), fixes: fix ? [fix] : [] });
      }
    }
  },

  explain({ facts }, p): ExplainItem[] {
    const out: ExplainItem[] = [];
    for (const s of sectionsOf(p)) {
      for (const h of facts(s).hits) {
        out.push({ aspect: 'Conditions', reading: h.kind === 'cooperation' ? "conditional on the victim's co-operation" : h.kind === 'conduct' ? "lost by the victim's conduct (leaving a shelter, refusing assistance or repatriation)" : h.kind === 'prosecution' ? "conditional on the trafficker's prosecution or conviction" : h.kind === 'official' ? "conditional on an official's opinion or certificate" : 'only for victims formally identified or certified', words: [abs(s, h.span)] });
      }
    }
    if (!out.length) out.push({ aspect: 'Conditions', reading: 'no condition of co-operation, prosecution or identification found' });
    return out;
  },
});

/**
 * Deletes a condition written as a proviso that runs to the end of its sentence (", provided that
 * the victim co-operates …" before the full stop), with the comma before it; otherwise no fix.
 */
function deleteProviso(s: AnalysedSection, text: string, at: Span, sentence: number): Fix | undefined {
  const sen = s.model.sentences[sentence]!;
  if (!PROVISO_START.test(text.slice(at.start, at.end))) return undefined;
  const lastChar = s.base + sen.map[sen.map.length - 1]!;
  const endPunct = /[.;]/.test(text[lastChar] ?? '') ? lastChar : lastChar + 1;
  // The proviso must run from the hit to the sentence's end (nothing else of the sentence after it).
  const tail = text.slice(at.end, endPunct);
  if (/[;:]/.test(tail)) return undefined;
  let start = at.start;
  // The comma and spaces before the proviso, within three characters of it, go with it.
  const before = text.slice(Math.max(0, start - 3), start);
  const kept = before.trimEnd();
  start -= before.length - kept.length + (kept.endsWith(',') ? 1 : 0);
  const edit: TextEdit = { start, end: endPunct, newText: '' };
  const joined = joinLoneSentence(s, text, edit);
  if (joined) return { title: `Delete the condition, and join the sentence left to ${joined.name} (the ${joined.unit} becomes one unnumbered paragraph)`, edits: [edit, ...joined.edits] };
  return { title: 'Delete the condition', edits: [edit] };
}

/**
 * Where deleting a condition leaves the last of a provision's two numbered subsections a bare
 * sentence of a few words ("(b) The court may grant the petition."), a division no drafter would
 * keep: the sentence joins the first subsection's paragraph and both markers go, so that the
 * provision reads as one unnumbered paragraph ("A person convicted ... may petition the court to
 * vacate the conviction. The court may grant the petition."). Undefined for any other shape, or where
 * a cross-reference in the provision names either subsection.
 */
function joinLoneSentence(s: AnalysedSection, text: string, cut: TextEdit): { edits: TextEdit[]; name: string; unit: string } | undefined {
  const clauses = s.model.clauses.filter((c) => c.quoted !== 'instrument' && !c.recital);
  if (clauses.length !== 2) return undefined;
  const [first, second] = clauses as [Clause, Clause];
  if (!/^\(\w{1,3}\)$/.test(first.marker) || !/^\(\w{1,3}\)$/.test(second.marker) || first.level !== second.level) return undefined;
  const secondStart = s.base + second.start;
  const secondEnd = s.base + second.end;
  if (cut.start < secondStart || cut.end > secondEnd) return undefined;
  const left = (text.slice(secondStart, cut.start) + text.slice(cut.end, secondEnd)).replace(second.marker, '').trim();
  if (left.split(/\s+/).length > 8 || !/^[A-Z][^.;:]*\.$/.test(left)) return undefined;
  // No reference to either subsection ("subsection (b)") may be left pointing at nothing.
  const own = text.slice(s.base, s.chunk.end);
  const names = [first.marker, second.marker].map((m) => m.replace(/[()]/g, '\\$&'));
  if (new RegExp(`\\b(?:sub-?)?(?:sections?|paragraphs?)\\s{1,3}(?:${names.join('|')})`, 'i').test(own)) return undefined;
  const firstMarker = s.base + first.start;
  if (!text.startsWith(first.marker, firstMarker) || !text.startsWith(second.marker, secondStart)) return undefined;
  const firstWords = firstMarker + first.marker.length + /^[ \t]*/.exec(text.slice(firstMarker + first.marker.length))![0].length;
  const gapStart = s.base + first.start + first.text.trimEnd().length;
  const secondWords = secondStart + second.marker.length + /^[ \t]*/.exec(text.slice(secondStart + second.marker.length))![0].length;
  if (!/^[.]?\s*$/.test(text.slice(gapStart, secondStart).replace(/^[.]/, '')) || !/[.]$/.test(first.text.trimEnd())) return undefined;
  return {
    edits: [
      { start: firstMarker, end: firstWords, newText: '' },
      { start: gapStart, end: secondWords, newText: ' ' },
    ],
    name: `${divisionName(s, first)} ${first.marker}`,
    unit: provisionUnit(s.model, s.name),
  };
}
