import { defineRule, type ExplainItem } from '../../rule.js';
import { CITE } from '../../citations.js';
import { span, type Span } from '../../analyse.js';
import { billFacts, isOwnSentence } from '../../bill-facts.js';
import { PROSECUTION_DECISION, RELIEF, VICTIM } from '../../lexicon.js';
import { has, matchAll, type WordPattern } from '../../patterns.js';
import type { AnalysedBill, AnalysedSection } from '../../model.js';
import { conventionsFor } from '../bill-wording.js';
import type { Fix } from '../../types.js';
import { abs, quoteWords, sectionsOf } from '../util.js';
import { ACTS_AGAINST, MAY_NOT, PERMISSION, PERMISSIVE, QUALIFIER, TREATY_VOICE, WHETHER_TO_PROSECUTE } from './patterns.js';

export type DiscretionKind = 'permission' | 'qualifier' | 'saving' | 'discretion' | 'power' | 'court' | 'consideration' | 'should' | 'may-not';

export interface DiscretionHit {
  kind: DiscretionKind;
  /** Section-relative. */
  span: Span;
  sentence: number;
  /** The sentence is addressed to States ("Each Party shall …"). */
  treaty: boolean;
}

export interface DiscretionFacts {
  hits: DiscretionHit[];
}

/** Which words are reported first when a provision has several: the most serious. */
const RANK: Record<DiscretionKind, number> = { permission: 0, qualifier: 1, saving: 1.5, discretion: 2, power: 3, court: 4, consideration: 5, should: 6, 'may-not': 7 };

const KIND_OF = new Map<WordPattern, DiscretionKind>([
  ...Object.values(PERMISSION).map((p) => [p, 'permission'] as const),
  [QUALIFIER, 'qualifier'],
  [PERMISSIVE.discretion, 'discretion'],
  [PERMISSIVE.power, 'power'],
  [PERMISSIVE.empowered, 'power'],
  [PERMISSIVE.needNot, 'power'],
  [PERMISSIVE.measuresWarranted, 'discretion'],
  [PERMISSIVE.desirability, 'consideration'],
  [PERMISSIVE.saving, 'saving'],
  [PERMISSIVE.courtMay, 'court'],
  [PERMISSIVE.dueConsideration, 'consideration'],
  [PERMISSIVE.considerWhenDeciding, 'consideration'],
  // The lexicon's duty to weigh whether the person is a victim, in a decision to prosecute (however the decision is placed).
  [RELIEF.weighsVictimhood, 'consideration'],
  [PERMISSIVE.should, 'should'],
  [MAY_NOT, 'may-not'],
]);
const ALL = [...KIND_OF.keys()];

/**
 * Whether the sentence `t` goes on, within 200 characters of `from` and before a full stop or
 * semicolon, to a decision whether to prosecute ("... in deciding whether to prosecute").
 */
function decidesWhetherToProsecute(t: string, from: number): boolean {
  const m = WHETHER_TO_PROSECUTE.exec(t.slice(from, from + 320));
  return m !== null && m.index <= 200 && !/[.;]/.test(t.slice(from, from + m.index));
}

/** A court's "may order" is about relief only where the sentence speaks of convictions, records, charges or penalties. */
const RELIEF_CONTEXT = /\b(?:expunc?\w*|expung\w*|vacat\w*|seal\w*|records?|convictions?|petitions?|motions?|applications?|charges?|proceedings?|guilty|penalt(?:y|ies)|punishment|sanctions?|sentenc\w*)\b/i;

const SUGGESTION: Record<Exclude<DiscretionKind, 'permission' | 'may-not'>, string> = {
  qualifier: 'delete the qualifier, so that the protection applies in every case',
  saving: 'leave out the saving, or confine it to offences that were not committed as a direct result of being trafficked',
  discretion: 'provide that the court shall grant the relief where it finds that the offence was committed as a direct result of being trafficked',
  power: 'provide that the authorities shall not prosecute or punish the victim, and shall discontinue any proceedings already begun',
  court: 'provide that the court shall grant the relief where it finds that the offence was committed as a direct result of being trafficked',
  consideration: 'provide that the prosecutor shall not institute, and shall discontinue, proceedings where the offence was committed as a direct result of being trafficked',
  should: 'write "shall not be" in place of "should not be"',
};

export const discretionaryProtection = defineRule<DiscretionFacts>({
  meta: {
    id: 'discretionary-protection',
    code: 'NP005',
    title: 'Protection left to discretion',
    defaultSeverity: 'warning',
    fixable: true,
    summary:
      'The non-punishment provision leaves it to someone\'s discretion whether the victim is punished: a permissive "may" or "is entitled not to", a qualifier such as "in appropriate cases", a hortatory "should not", a duty only to "give due consideration", or a bar that a Minister, a prosecutor or a central body may lift. A victim cannot rely on such a provision; the sources ask that laws require non-prosecution.',
    citations: [CITE.lawsRequireNonProsecution, CITE.clearDutyNotToProsecute, CITE.dutyToDiscontinue, CITE.clearlyStated],
    messages: {
      discretion: {
        severity: 'warning',
        text: '"{words}" leaves it to the authorities\' discretion whether the victim is punished. The ASEAN Guideline (2025) asks that laws require non-prosecution of victims of trafficking, or its cessation at an early stage (Guideline [1]). Write the protection as a duty: {suggestion}.',
      },
      permission: {
        severity: 'warning',
        text: 'Action against a victim is allowed with an official\'s or a body\'s permission ("{words}"): the protection can be lifted case by case. The ASEAN Guideline (2025) asks that prosecutors be under a clear duty not to prosecute victims for offences connected with their trafficking (Guideline [8]). Make the bar absolute; if a Minister or a central body keeps a role, make it a duty to refer the person for identification, not a power to allow prosecution.',
      },
      treaty: {
        severity: 'warning',
        text: 'This is treaty wording addressed to States. As a bill\'s own provision, "{words}" would leave it to the authorities\' discretion whether the victim is punished. The ASEAN Guideline (2025) asks that laws require non-prosecution of victims of trafficking, or its cessation at an early stage (Guideline [1]). Write the protection as a duty: "A victim of trafficking shall not be arrested, detained, prosecuted or punished for …".',
      },
      mayNot: {
        severity: 'info',
        text: '"{words}" is read as a prohibition in most drafting, but it can be read as permissive. Write "{replacement}" (or "must not") so that no one can read it as a discretion.',
        title: '"May not" in a protection',
      },
    },
    docs: {
      flags:
        'Wording in a non-punishment provision that leaves it to someone\'s discretion whether the victim is punished: "may dispense with", "may decide not to", "may, having regard to all the circumstances, decline to", "may discontinue proceedings", "charges need not be brought", "need not be prosecuted", "prosecution may be waived", "may file away" the case, "may be released from criminal liability", "may be considered for exemption from liability" (with "shall" too), "the court may waive the sanction", "is not obliged to prosecute", "unless the prosecution is in the public interest", "is entitled not to", "provide for the possibility of not imposing penalties", "consider not holding … liable", "should not", "in appropriate cases", "where the circumstances so justify", "depending on the specific cases", "according to the nature and circumstances of each case", "on a case-by-case basis", a duty only to "give due consideration" or to "give due weight to" or "have regard to" the person\'s status as a victim (or "whether the person is a victim", "the fact that the suspect was trafficked") when deciding whether to prosecute, wherever the sentence names that decision, a duty only to "have regard to the desirability of not prosecuting", a court left to take "such measures as it considers warranted", relief a court "may" grant ("the court may discharge the victim", "a court before which a victim is charged may discharge", "the court may remit the punishment", "may exempt from punishment") or that is "at the discretion of the court", an exemption an official may grant ("may be exempted, by a decision of the Attorney General, from the penalties"), a power or an encouragement written without "may" ("is empowered to suspend or waive the prosecution", "are encouraged to refrain from prosecuting"), a saving that lets the authorities act against the victim despite the protection ("Nothing in subsection (1) shall prevent the Director from instituting proceedings where he considers it in the public interest"); and prosecution or other action allowed with the permission, consent, approval or authority of a Minister, a prosecutor or a central body (warnings). A bare "may not be prosecuted" is an information hint. Treaty wording quoted in a preamble, a recital or a quotation is never flagged; a treaty article that is itself the document is flagged with a message saying that it is addressed to States. "May" that gives the victim a right (to apply, to move the court, to raise the defence) is not a discretion, nor is a discretionary step before a mandatory protection (the Minister "may certify"; that is a condition, reported by conditional-protection).',
      why:
        'A protection that an official may withhold is one a victim cannot count on, and traffickers use the victim\'s fear of punishment to control them. The ASEAN Guideline (2025) asks that laws "require non-prosecution of victims of trafficking or cessation of prosecution at an early stage" and that prosecutors be "under a clear duty not to prosecute"; the Special Rapporteur\'s recommendation it reproduces says prosecutors are "under a duty to discontinue proceedings". The treaties leave States a discretion; the Guideline asks States\' laws not to pass that discretion on to officials. The Guideline describes the Thai and Myanmar permission schemes without calling them defective, and the sources say "should": hence a warning.',
      fix:
        'Make the protection a duty: "shall not" (or "must not"), without qualifiers; for a prosecutor, "shall not institute, and shall discontinue, proceedings". If the bill keeps a role for a Minister or a central body, make it a duty to refer the person for identification, not a power to allow prosecution. The quick fix deletes a qualifier that opens the sentence or stands between commas, and writes "shall not be" for "should not be" or "may not be"; permissions and powers are left to the drafter, because the rewrite changes who does what.',
      bad: `## 14. Protection of victims from punishment

In appropriate cases, a victim of trafficking shall not be arrested, detained, prosecuted or punished for any offence committed as a direct result of being trafficked.`,
      good: `## 14. Protection of victims from punishment

A victim of trafficking shall not be arrested, detained, prosecuted or punished for any offence committed as a direct result of being trafficked.`,
      notes:
        'A condition the victim must meet (identification, co-operation) is conditional-protection\'s; a carve-out of serious offences is serious-offence-exclusion\'s. A discretion in a power outside the protection (a saving for the prosecutor\'s powers "in any other case", a discretionary residence permit) is not flagged.',
    },
  },

  // Reads the bill's protective sections (bill-facts.ts) and, elsewhere, only sentences naming a victim
  // (VICTIM), whose words are the reading layer's own (scan.ts): nothing more to read in full.
  scanWords: null,

  recognise({ model }) {
    const hits: DiscretionHit[] = [];
    model.sentences.forEach((s, i) => {
      // (The model is the section's operative words: quotations, recitals and the preamble are empty.)
      if (!s.text) return;
      const t = s.text;
      const treaty = has(TREATY_VOICE, t);
      for (const m of matchAll(ALL, t)) {
        const kind = KIND_OF.get(m.pattern)!;
        if (kind === 'court' && !RELIEF_CONTEXT.test(t)) continue;
        // "shall take into account ...": discretion only where the sentence goes on to a decision whether to prosecute.
        if (m.pattern === PERMISSIVE.considerWhenDeciding && !decidesWhetherToProsecute(t, m.end)) continue;
        if (m.pattern === RELIEF.weighsVictimhood && !PROSECUTION_DECISION.test(t)) continue;
        // A saving is discretion only where it lets the authorities act against the person; "in any other
        // case" keeps their powers outside the protection.
        if (m.pattern === PERMISSIVE.saving && (!ACTS_AGAINST.test(t.slice(m.end, m.end + 400)) || /\bin\s{1,8}any\s{1,8}other\s{1,8}cases?\b|\bother\s{1,8}than\s{1,8}(?:an?\s{1,8})?(?:offen[cs]es?|acts?)\s{1,8}(?:committed|done)\b/i.test(t))) continue;
        hits.push({ kind, span: span(s, m.index, m.end), sentence: i, treaty });
      }
    });
    return { hits };
  },

  check({ bill, report, facts }) {
    const text = bill.text;
    const protective = new Set(billFacts(bill).protectiveSections);
    for (const s of bill.sections) {
      if (s.preamble) continue;
      let hits = facts(s).hits.filter((h) => isOwnSentence(s, h.sentence));
      // Outside a provision, only a permission to act against a victim ("shall seek the approval of the Central Body").
      if (!protective.has(s)) hits = hits.filter((h) => h.kind === 'permission' && has(VICTIM, s.model.sentences[h.sentence]!.text));
      if (!hits.length) continue;
      hits.sort((a, b) => RANK[a.kind] - RANK[b.kind] || a.span.start - b.span.start);
      const first = hits[0]!;
      const at = abs(s, first.span);
      const words = quoteWords(text, at, 90);
      const related = hits.slice(1).map((h) => ({ span: abs(s, h.span), message: h.kind === 'permission' ? 'prosecution allowed with permission here' : 'discretion here too' }));
      const common = { span: at, section: s, ...(related.length ? { related } : {}) };
      if (first.treaty) {
        report({ messageId: 'treaty', data: { words }, ...common });
      } else if (first.kind === 'permission') {
        report({ messageId: 'permission', data: { words }, ...common });
      } else if (first.kind === 'may-not') {
        const replacement = modal(bill, at, 'may not');
        report({ messageId: 'mayNot', data: { words, replacement }, ...common, fixes: [replaceModal(text, at, 'may not', replacement)] });
      } else {
        const fixes: Fix[] = [];
        if (first.kind === 'should') fixes.push(replaceModal(text, at, 'should not', modal(bill, at, 'should not')));
        if (first.kind === 'qualifier') {
          const f = deleteQualifier(s, text, at, first.sentence);
          // "may not" in the same sentence would leave the protection open to a permissive reading once
          // the qualifier is gone: the fix writes "shall not" there too.
          const mayNot = hits.find((h) => h.kind === 'may-not' && h.sentence === first.sentence);
          if (f && mayNot) {
            const m = abs(s, mayNot.span);
            const duty = replaceModal(text, m, 'may not', modal(bill, m, 'may not'));
            if (duty.edits.every((e) => f.edits.every((x) => e.end <= x.start || e.start >= x.end))) fixes.push({ title: `${f.title} and ${duty.title.replace(/^Write/, 'write')}`, edits: [...f.edits, ...duty.edits] });
            else fixes.push(f);
          } else if (f) fixes.push(f);
        }
        report({ messageId: 'discretion', data: { words, suggestion: SUGGESTION[first.kind] }, ...common, fixes });
      }
    }
  },

  explain({ facts }, p): ExplainItem[] {
    const out: ExplainItem[] = [];
    for (const s of sectionsOf(p)) {
      for (const h of facts(s).hits) {
        out.push({ aspect: 'Duty or discretion', reading: h.kind === 'permission' ? 'action against the victim allowed with permission' : h.kind === 'may-not' ? '"may not": a prohibition, though open to a permissive reading' : 'the protection is left to discretion', words: [abs(s, h.span)] });
      }
    }
    if (!out.length) out.push({ aspect: 'Duty or discretion', reading: 'no discretion found in the protection' });
    return out;
  },
});

/** "shall not be", or "must not be" where the bill writes its duties with "must" (its conventions, drafting/conventions.ts). */
function modal(bill: AnalysedBill, at: Span, from: string): string {
  const text = bill.text;
  const w = text.slice(at.start, at.end).toLowerCase().replace(/\s+/g, ' ');
  const must = conventionsFor(bill).modal === 'must';
  const rest = w.startsWith(from) ? text.slice(at.start + from.length, at.end).replace(/\s+/g, ' ') : '';
  return `${must ? 'must not' : 'shall not'}${rest}`;
}

function replaceModal(text: string, at: Span, from: string, replacement: string): Fix {
  const m = new RegExp(`^${from.replace(' ', '\\s+')}`, 'i').exec(text.slice(at.start, at.end));
  const end = m ? at.start + m[0].length : at.end;
  const head = replacement.split(' ').slice(0, 2).join(' ');
  return { title: `Write "${head}"`, edits: [{ start: at.start, end: m ? end : at.end, newText: m ? head : replacement }] };
}

/**
 * Deletes a qualifier that opens the sentence ("In appropriate cases, a victim …" → "A victim …")
 * or stands between commas ("…, where the circumstances so justify, …"); otherwise no fix.
 */
function deleteQualifier(s: AnalysedSection, text: string, at: Span, sentence: number): Fix | undefined {
  const sen = s.model.sentences[sentence]!;
  const marker = /^\s*(?:\(\w{1,4}\)|\d{1,3}\.)?\s*/.exec(sen.text)![0].length;
  const sentenceStart = s.base + (sen.map[marker] ?? 0);
  const after = /^\s*,\s*/.exec(text.slice(at.end, at.end + 4));
  if (at.start === sentenceStart && after) {
    const end = at.end + after[0].length;
    const next = text[end] ?? '';
    // Nothing of the sentence follows the qualifier (a provision cut short): nothing to begin it again with.
    if (!/\p{L}/u.test(next)) return undefined;
    return { title: 'Delete the qualifier', edits: [{ start: at.start, end: end + 1, newText: next.toUpperCase() }] };
  }
  const before = /,\s*$/.exec(text.slice(Math.max(0, at.start - 3), at.start));
  if (before && after) return { title: 'Delete the qualifier', edits: [{ start: at.start - before[0].length, end: at.end + after[0].length, newText: ' ' }] };
  return undefined;
}
