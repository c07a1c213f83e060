import { defineRule, type ExplainItem } from '../../rule.js';
import { CITE } from '../../citations.js';
import { notRequired, span, type Span } from '../../analyse.js';
import { has, matchAll } from '../../patterns.js';
import type { TextEdit } from '../../types.js';
import { abs, mergeSpans, patternText, quoteWords, sectionsOf, sentenceEnd, unionSpan } from '../util.js';
import { ACCUSED_STANDARD, AFFIRMATIVE_DEFENCE, EVIDENTIAL, LEGAL_BURDEN, PROSECUTION_BURDEN } from './patterns.js';

export interface BurdenHit {
  kind: 'legal' | 'standard' | 'affirmative';
  element: string;
  span: Span;
  sentence: number;
}

export interface BurdenFacts {
  hits: BurdenHit[];
  /** The section says the prosecution bears the burden (the good practice). */
  prosecutionBurden: boolean;
  /** An evidential burden only (raising the issue), for the explanation. */
  evidential: Span[];
  /** The section speaks of an application or petition (record relief): messages fit an applicant. */
  application: boolean;
}

const LEGAL_SET = Object.values(LEGAL_BURDEN);
const STATE = /\b(?:prosecution|prosecutors?|prosecuting\s+attorney|district\s+attorney|attorney[\s-]general|state's\s+attorney|director\s+of\s+public\s+prosecutions|lord\s+advocate|the\s+state|the\s+crown|the\s+people|the\s+commonwealth|the\s+government)\b/i;
const ACCUSED = /\b(?:accused|defendant|person\s+charged|applicant|petitioner|movant)\b/i;
const APPLICATION = /\b(?:applicant|petitioner|movant|application|petition|motion)\b/i;

export const defendantBurden = defineRule<BurdenFacts>({
  meta: {
    id: 'defendant-burden',
    code: 'NP003',
    title: 'Burden of proof placed on the defendant',
    defaultSeverity: 'error',
    fixable: true,
    summary:
      'The provision requires the accused victim (or a victim applying for relief from a conviction) to prove that it applies, or names a standard of proof for them such as the balance of probabilities. The State should bear the burden: once the issue is raised, the prosecution should have to disprove it beyond reasonable doubt. An evidential burden to raise the issue is acceptable.',
    citations: [CITE.standardOfProof, CITE.burdenOnState, CITE.courtOwnMotion],
    messages: {
      legal: {
        severity: 'error',
        text: '"{words}" puts the burden of proof on the accused victim. The State should bear it: an accused person should not have to prove the defence, even on a balance of probabilities, and once the issue is raised the prosecution should have to show beyond reasonable doubt that the protection does not apply.',
      },
      applicant: {
        severity: 'error',
        text: '"{words}" puts the burden of proof on the victim applying for relief. The guidance says an accused person should not have to prove a defence, even on a balance of probabilities, and that the burden of establishing the link between the trafficking and the unlawful activity rests on the State; a victim asking for a conviction to be set aside should not bear a heavier burden. Grant relief where there is evidence of the link, unless it is disproved.',
      },
      affirmative: {
        severity: 'warning',
        text: '{provision} calls the protection an "affirmative defence" ("{words}") and does not say who must prove it. In many jurisdictions an affirmative defence must be proved by the accused, and the guidance says the accused should not have to prove the defence. State that, once the issue is raised, the prosecution bears the burden of disproving it beyond reasonable doubt.',
      },
    },
    docs: {
      flags:
        'In a non-punishment provision of any form, including relief from a conviction: a legal burden on the accused or applicant to prove, establish, show or satisfy the court ("it is a defence for the accused to prove...", "it is for the person charged to satisfy the court", "the burden of proving ... lies on the accused", "the onus of establishing ... rests with the defendant", "the applicant bears the burden", "a person who claims ... shall prove", "if the person proves that..."); a standard of proof named for them ("on the balance of probabilities", "by a preponderance of the evidence", "clear and convincing evidence") (errors). An "affirmative defence" that says nothing of who must prove it is a warning: in many jurisdictions that term puts the burden on the accused, so the provision should say that the prosecution bears it. An evidential burden to raise the issue ("where the accused adduces evidence sufficient to raise an issue...") is not flagged.',
      why:
        'Victims often cannot prove their own trafficking: the evidence is held by the trafficker or by the authorities. Requiring the accused to prove the defence, even on a balance of probabilities, could infringe the presumption of innocence. The UNODC background paper says the accused should not have to prove the defence at all and that, once it is a live issue, the prosecution should have to show beyond reasonable doubt that it does not apply. The ASEAN Guideline says the burden of establishing the link rests on the State.',
      fix:
        'Remove the words that put the burden on the accused and add a rule that the prosecution must disprove the defence beyond reasonable doubt once evidence raises it, and that the court considers it of its own motion. The quick fix does both.',
      bad: `## 14. Non-liability of victims

It is a defence for the accused to prove, on the balance of probabilities, that the offence was committed as a direct result of being trafficked.`,
      good: `## 14. Non-liability of victims

It is a defence that the offence was committed as a direct result of being trafficked. ${patternText('pattern-prosecution-burden')}`,
    },
  },

  // Reads nothing outside a provision's own sections.
  scanWords: null,

  recognise({ model }) {
    const hits: BurdenHit[] = [];
    const evidential: Span[] = [];
    let prosecutionBurden = false;
    let application = false;
    model.sentences.forEach((s, i) => {
      const t = s.text;
      if (has(PROSECUTION_BURDEN, t)) prosecutionBurden = true;
      if (APPLICATION.test(t)) application = true;
      for (const m of matchAll(EVIDENTIAL, t)) evidential.push(span(s, m.index, m.end));
      for (const m of matchAll(LEGAL_SET, t)) {
        if (notRequired(t, m.index)) continue;
        if (m.pattern === LEGAL_BURDEN.satisfaction && STATE.test(t.slice(Math.max(0, m.index - 80), m.index))) continue;
        hits.push({ kind: 'legal', element: m.pattern.id, span: span(s, m.index, m.end), sentence: i });
      }
      for (const m of matchAll(ACCUSED_STANDARD, t)) {
        if (notRequired(t, m.index)) continue;
        const before = t.slice(Math.max(0, m.index - 100), m.index);
        if (STATE.test(before) && !ACCUSED.test(before)) continue;
        hits.push({ kind: 'standard', element: m.pattern.id, span: span(s, m.index, m.end), sentence: i });
      }
      for (const m of matchAll(AFFIRMATIVE_DEFENCE, t)) hits.push({ kind: 'affirmative', element: m.pattern.id, span: span(s, m.index, m.end), sentence: i });
    });
    return { hits, prosecutionBurden, evidential, application };
  },

  check({ bill, report, facts }) {
    const text = bill.text;
    for (const p of bill.provisions) {
      const sections = sectionsOf(p);
      const prosecutionBurden = sections.some((s) => facts(s).prosecutionBurden);
      const applicant = p.primary.protections.some((x) => x.form === 'record-relief') || sections.some((s) => facts(s).application && facts(s).hits.some((h) => /applicant|petitioner|movant/i.test(text.slice(s.base + h.span.start, s.base + h.span.end))));
      // Proof put on the accused somewhere in the provision makes an "affirmative defence" an error, reported on those words.
      const provable = sections.some((s) => facts(s).hits.some((h) => h.kind !== 'affirmative'));
      let appended = prosecutionBurden;
      for (const s of sections) {
        const hits = facts(s).hits.filter((h) => !(h.kind === 'affirmative' && (prosecutionBurden || provable)));
        const bySentence = new Map<number, BurdenHit[]>();
        for (const h of hits) bySentence.set(h.sentence, [...(bySentence.get(h.sentence) ?? []), h]);
        for (const [sentenceIndex, list] of bySentence) {
          const sentence = s.model.sentences[sentenceIndex]!;
          for (const group of mergeSpans(list, 6)) {
            const at = abs(s, unionSpan(group.map((h) => h.span)));
            const edits: TextEdit[] = [];
            const isBurdenSentence = group.some((h) => h.kind === 'legal' && /^(?:the\s+)?(?:burden|onus)/i.test(text.slice(s.base + h.span.start, s.base + h.span.end)));
            const affirmative = group.every((h) => h.kind === 'affirmative');
            if (isBurdenSentence) {
              // "The burden of proving ... lies on the accused." becomes the prosecution-burden sentence.
              const marker = /^\s*\([^)\s]{1,6}\)\s*/.exec(sentence.text);
              const start = s.base + sentence.map[marker ? marker[0].length : 0]!;
              edits.push({ start, end: sentenceEnd(s, sentence), newText: patternText('pattern-prosecution-burden') });
              appended = true;
            } else if (affirmative) {
              // Say who bears the burden, after the sentence that creates the defence.
              if (!appended) {
                const end = sentenceEnd(s, sentence);
                edits.push({ start: end, end, newText: ` ${patternText('pattern-prosecution-burden')}` });
                appended = true;
              }
            } else {
              // "for the accused to prove, on the balance of probabilities, that ..." → "that ..."
              let start = at.start;
              let end = at.end;
              // "for the accused to prove that X" leaves "that X" ("It is a defence that X");
              // "if the person proves that X" leaves "X" ("only if X").
              const keepThat = group.some((h) => /^(?:for|on)\b/i.test(text.slice(s.base + h.span.start, s.base + h.span.end)));
              const after = keepThat ? /^[\s,]*(?=that\b)/i.exec(text.slice(end, end + 40)) : /^[\s,]*that\s+/i.exec(text.slice(end, end + 40));
              let newText = '';
              if (after) end += after[0].length;
              else {
                // ", on the balance of probabilities," : drop the words and the commas around them.
                while (start > 0 && /[ ,]/.test(text[start - 1]!)) start--;
                while (end < text.length && /[ ,]/.test(text[end]!)) end++;
                const commas = /,/.test(text.slice(start, at.start)) && /,/.test(text.slice(at.end, end));
                newText = /^[.;:]/.test(text.slice(end, end + 1)) || end >= text.length ? '' : commas ? ', ' : ' ';
              }
              edits.push({ start, end, newText });
              if (!appended) {
                const e = sentenceEnd(s, sentence);
                edits.push({ start: e, end: e, newText: ` ${patternText('pattern-prosecution-burden')}` });
                appended = true;
              }
            }
            const words = quoteWords(text, at, 90);
            const fix = { title: affirmative ? 'Say that the prosecution bears the burden (beyond reasonable doubt, once the issue is raised)' : 'Put the burden on the prosecution (beyond reasonable doubt, once the issue is raised)', edits };
            report({
              messageId: affirmative ? 'affirmative' : applicant ? 'applicant' : 'legal',
              data: { provision: p.name, words },
              span: at,
              section: p.primary,
              fixes: edits.length ? [fix] : [],
            });
          }
        }
      }
    }
  },

  explain({ facts, bill }, p) {
    const out: ExplainItem[] = [];
    for (const s of sectionsOf(p)) {
      const f = facts(s);
      for (const h of f.hits) {
        out.push({ aspect: 'Burden of proof', reading: h.kind === 'affirmative' ? 'an "affirmative defence" (who proves it is not stated)' : h.kind === 'standard' ? 'a standard of proof named for the accused or applicant' : 'a legal burden on the accused or applicant', words: [abs(s, h.span)] });
      }
      for (const e of f.evidential) out.push({ aspect: 'Burden of proof', reading: 'an evidential burden only (raising the issue): acceptable', words: [abs(s, e)] });
      if (f.prosecutionBurden) out.push({ aspect: 'Burden of proof', reading: 'the prosecution bears the burden' });
    }
    if (!out.length) out.push({ aspect: 'Burden of proof', reading: 'nothing is said of proof (the ordinary rules apply)' });
    void bill;
    return out;
  },
});
