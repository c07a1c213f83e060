import type { Rule } from '../rule.js';
import type { BurdenHit } from '../analyse.js';
import type { TextEdit } from '../types.js';
import { CITE } from '../citations.js';
import { abs, mergeSpans, patternText, quoteWords, sectionsOf, sentenceEnd, sentenceOf, unionSpan } from './util.js';

export const defendantBurden: Rule = {
  meta: {
    id: 'defendant-burden',
    code: 'NP003',
    title: 'Burden of proof placed on the defendant',
    defaultSeverity: 'error',
    fixable: true,
    summary:
      'The provision requires the accused victim to prove that it applies (a legal burden), or names a standard of proof for the accused such as the balance of probabilities. The State bears the burden: once the issue is raised, the prosecution must disprove it beyond reasonable doubt. An evidential burden to raise the issue is acceptable.',
    citations: [CITE.standardOfProof, CITE.burdenOnState, CITE.courtOwnMotion],
    docs: {
      flags:
        'In a non-punishment provision: a legal burden on the accused to prove, establish, show or satisfy the court ("it is a defence for the accused to prove...", "the burden of proving ... lies on the accused", "if the person proves that..."); a standard of proof named for the accused ("on the balance of probabilities", "preponderance of the evidence"); and an "affirmative defence", which by common-law drafting convention puts the legal burden on the accused, unless the provision says the prosecution bears the burden. An evidential burden to raise the issue ("where the accused adduces evidence sufficient to raise an issue...") is not flagged.',
      why:
        'Victims often cannot prove their own trafficking: the evidence is held by the trafficker or by the authorities. Requiring the accused to prove the defence, even on a balance of probabilities, could infringe the presumption of innocence. The UNODC background paper says the accused should not have to prove the defence at all and that, once it is a live issue, the prosecution should have to show beyond reasonable doubt that it does not apply. The ASEAN Guideline says the burden rests on the State.',
      fix:
        'Remove the words that put the burden on the accused and add a rule that the prosecution must disprove the defence beyond reasonable doubt once evidence raises it, and that the court considers it of its own motion. The quick fix does both.',
      bad: `## 14. Non-liability of victims

It is a defence for the accused to prove, on the balance of probabilities, that the offence was committed as a direct result of being trafficked.`,
      good: `## 14. Non-liability of victims

It is a defence that the offence was committed as a direct result of being trafficked. ${patternText('pattern-prosecution-burden')}`,
    },
  },
  check({ bill, report }) {
    for (const p of bill.provisions) {
      const sections = sectionsOf(p);
      const prosecutionBurden = sections.some((s) => s.facts.prosecutionBurden);
      let appended = prosecutionBurden;
      for (const s of sections) {
        const hits = s.facts.burden.filter((h) => !(h.kind === 'affirmative' && prosecutionBurden));
        const bySentence = new Map<number, BurdenHit[]>();
        for (const h of hits) bySentence.set(h.sentence, [...(bySentence.get(h.sentence) ?? []), h]);
        for (const [sentenceIndex, list] of bySentence) {
          const sentence = sentenceOf(s, sentenceIndex);
          for (const group of mergeSpans(list, 6)) {
            const rel = unionSpan(group.map((h) => h.span));
            const span = abs(s, rel);
            const edits: TextEdit[] = [];
            const text = bill.text;
            const isBurdenSentence = group.some((h) => h.kind === 'legal' && /^(?:the\s+)?(?:burden|onus)/i.test(text.slice(s.base + h.span.start, s.base + h.span.end)));
            if (isBurdenSentence) {
              // "The burden of proving ... lies on the accused." becomes the prosecution-burden sentence.
              const marker = /^\s*\([^)\s]{1,6}\)\s*/.exec(sentence.text);
              const start = s.base + sentence.map[marker ? marker[0].length : 0]!;
              edits.push({ start, end: sentenceEnd(s, sentence), newText: patternText('pattern-prosecution-burden') });
              appended = true;
            } else {
              const affirmative = group.every((h) => h.kind === 'affirmative');
              if (affirmative) {
                edits.push({ start: span.start, end: span.end, newText: 'defence' });
              } else {
                // "for the accused to prove, on the balance of probabilities, that ..." → "that ..."
                let start = span.start;
                let end = span.end;
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
                  const commas = /,/.test(text.slice(start, span.start)) && /,/.test(text.slice(span.end, end));
                  newText = /^[.;:]/.test(text.slice(end, end + 1)) || end >= text.length ? '' : commas ? ', ' : ' ';
                }
                edits.push({ start, end, newText });
              }
              if (!appended) {
                const at = sentenceEnd(s, sentence);
                edits.push({ start: at, end: at, newText: ` ${patternText('pattern-prosecution-burden')}` });
                appended = true;
              }
            }
            report({
              span,
              provision: p.name,
              message: `"${quoteWords(text, span, 80)}" puts the burden of proof on the accused victim. The State should bear it: an accused person should not have to prove the defence, even on a balance of probabilities, and once the issue is raised the prosecution should have to show beyond reasonable doubt that the protection does not apply.`,
              fixes: [{ title: 'Put the burden on the prosecution (beyond reasonable doubt, once the issue is raised)', edits }],
            });
          }
        }
      }
    }
  },
};
