/**
 * Leaving out the words that limit a protection to adults ("who has reached eighteen years of age",
 * "aged 18 or over", "an adult victim"), so that the protection reaches children too. A child is a
 * victim of trafficking without proof of any of the means used against adults, and statutory defences
 * should be available to both children and adults (CTOC/COP/WG.4/2020/2, para. 56; ASEAN Guideline
 * (2025), Guideline [1] and [2]): the minimal cure of an adults-only provision is to leave out its age
 * limit, never to add a limb that leaves children outside the protection.
 */
import type { Span } from '../../analyse.js';
import type { TextEdit } from '../../types.js';

/** The rest of an age phrase after the words the pattern matched: "years of age", "or older". */
const AGE_TAIL = /^(?:\s{1,8}years?(?:\s{1,8}of\s{1,8}age)?)?(?:\s{1,8}or\s{1,8}(?:over|above|older|more))?/i;
/** A time the age is taken at: "when the offence was committed", "at the time of the act". */
const AGE_TIME = /^,?\s{1,8}(?:(?:when|at\s{1,8}the\s{1,8}time)\s{1,8}(?:(?:of\s{1,8})?(?:the|that)\s{1,8}(?:offen[cs]e|act|omission|conduct)(?:\s{1,8}(?:was|is)\s{1,8}(?:committed|done))?|(?:he|she|he\s{1,8}or\s{1,8}she|they|the\s{1,8}(?:person|accused|defendant|victim))\s{1,8}(?:did|does|committed|commits)\s{1,8}(?:the|that)\s{1,8}(?:act|offen[cs]e)))(?=[\s,;.])/i;
/** A relative clause opening before the age words: "who has", "who is", "that is". */
const RELATIVE = /\b(?:who|that)\s{1,8}(?:(?:is|was|are|were|has|had|have)\s{1,8})?$/i;
/** Words before the age words that make them a predicate, not a qualifier of a noun ("the person is aged 18"). */
const PREDICATE = /\b(?:is|was|are|were|be|been|being|has|had|have)\s{1,8}$/i;

/**
 * The edit that leaves out an age limit whose words (as the adults-only pattern found them) are at
 * `words` (document offsets, UTF-16), with what belongs to it: the rest of the age phrase ("years of
 * age or older"), the time it is taken at ("when the offence was committed"), and the relative
 * pronoun and verb before it ("who has reached eighteen years of age"). Three shapes are handled: a
 * relative clause ("A victim who has reached eighteen years of age shall not be punished" becomes "A
 * victim shall not be punished"), words after a noun ("A person aged 18 or over is not guilty"
 * becomes "A person is not guilty") and "adult" before a noun ("an adult victim" becomes "a
 * victim"). Undefined for any other shape (a condition "the person is an adult", a paragraph of a
 * list), where leaving out words would not read.
 */
export function ageBarEdit(text: string, words: Span): TextEdit | undefined {
  let start = words.start;
  let end = words.end;
  const matched = text.slice(start, end);
  // "an adult victim" becomes "a victim", "adult victims" becomes "victims".
  const adult = /^adult(?=\s)/i.exec(matched);
  if (adult) {
    const art = /\b(an?)\s{1,8}$/i.exec(text.slice(Math.max(0, start - 12), start));
    const gap = /^\s{1,8}/.exec(text.slice(start + 5))?.[0].length ?? 1;
    const next = text.slice(start + 5 + gap, start + 5 + gap + 1);
    if (art && /^an$/i.test(art[1]!) && !/[aeiou]/i.test(next)) {
      const at = start - art[0].length;
      return { start: at, end: start + 5 + gap, newText: art[1]![0] === 'A' ? 'A ' : 'a ' };
    }
    return { start, end: start + 5 + gap, newText: '' };
  }
  end += AGE_TAIL.exec(text.slice(end, end + 40))?.[0].length ?? 0;
  end += AGE_TIME.exec(text.slice(end, end + 80))?.[0].length ?? 0;
  const before = text.slice(Math.max(0, start - 40), start);
  const rel = RELATIVE.exec(before);
  if (rel) {
    start -= rel[0].length;
    // "who has reached eighteen years of age and who is charged": the other clause keeps its "who".
    const and = /^\s{1,8}and\s{1,8}(?=who\b|that\b)/i.exec(text.slice(end, end + 20));
    if (and) return { start, end: end + and[0].length, newText: '' };
  } else if (PREDICATE.test(before) || !/[A-Za-z]\s{1,8}$/.test(before)) {
    return undefined;
  }
  // ", who is aged 18 or over," between commas: one pair of commas goes with it.
  const lead = /,?\s{1,8}$/.exec(text.slice(Math.max(0, start - 10), start));
  if (!lead) return undefined;
  const closing = text[end] === ',' && lead[0].startsWith(',');
  const from = start - lead[0].length;
  const to = closing ? end + 1 : end;
  // What follows must go on the sentence (a word, or its end): "a person who is charged", "A victim shall".
  if (!/^(?:\s|[.;:,])/.test(text.slice(to, to + 1)) && to < text.length) return undefined;
  return { start: from, end: to, newText: '' };
}
