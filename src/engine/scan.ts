import { has, pattern, type WordPattern } from './patterns.js';
import { PROVISION_HEADING } from './lexicon.js';
import type { AnalysedBill, AnalysedSection } from './model.js';
import { sectionFact, sectionsStartLines } from './section-facts.js';

/**
 * The cheap first reading of a bill (issue 9, section 1): one pass of one combined pattern over each
 * section's raw text decides whether the section is read in full (parsed, modelled, its protections
 * found) or only indexed (its heading, number and place; the rest is computed if someone asks).
 *
 * The words come from one place per concern: the reading layer's own (below: the words without
 * which no sentence can be read as protecting a victim), and each rule's `scanWords` (the words
 * without which the rule's recognition of a section finds nothing it uses outside a provision). A
 * rule that declares no words has every section read in full, so a new rule is correct before it is
 * fast. Sections that a provision may need later (a section referring to a provision's number) are
 * read in full when the provisions are known (see `analyseBill`).
 *
 * The scan is a necessary condition, never a judgement: it may read a section that turns out not to
 * matter, and must never skip one that does. So it looks for single words (Markdown emphasis and line
 * breaks cannot split them), and reads in full any section whose text has characters the model reads
 * differently from the raw text (invisible characters such as soft hyphens, character references).
 */

/**
 * The words without which no sentence of a section can be read as a protection of a victim: the
 * victim ("victim", "survivor", "trafficked", "subjected to slavery", "exploited"), a victim's status
 * ("attributable to", "owing to", "enslaved"), a minor ("child", "juvenile", "young person", "a
 * person under 16"), compulsion into prostitution ("compelled", "forced", "coerced"); the heading is
 * checked on its own (see `SectionScan.test`).
 */
export const PROTECTION_WORDS = pattern(
  'scan.protection-words',
  'Words without which no sentence can protect a victim of trafficking: the victim, the victim\'s status, a minor, or compulsion.',
  String.raw`\b(?:victim|survivor|traffick|sold\b|slaver|servitud|bondage|exploit|enslav|subjected|submitted|attributable|due\b|owing|child|minor|juvenile|young\b|youth|compel|compulsion|forced|coerc)|\b(?:under|below|than)\W{1,12}(?:the\W{1,6}age\W{1,6}of\W{1,6})?(?:1[0-8]|[1-9]|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen)\b`,
  {
    flag: ['A [[victim]] of trafficking', 'a [[traffick]]ed person', 'a [[child]]', 'a person [[under 16]]', 'a person [[under the age of eighteen]]', 'was [[compel]]led'],
    pass: ['A person who steals property commits an offence.', 'under section 14'],
  },
);

/**
 * The words without which a section defines no term (bill.ts `definitionsOf`): a quoted or
 * emphasised term followed by "means", "includes", "shall mean", "refers to" or "has the (same)
 * meaning". What reads the bill's definitions from every section (closed-offence-list, the drafting
 * conventions) needs these.
 */
export const DEFINITION_WORDS = pattern(
  'scan.definition-words',
  'Words without which a section defines no term: "means", "includes", "refers to", "has the meaning".',
  String.raw`\b(?:means|includes|mean|refers|meaning)\b`,
  { flag: ['"offence" [[means]] any offence', '"exploitation" [[includes]]'], pass: ['A person who steals commits an offence.'] },
);

/**
 * The words without which a section neither makes trafficking in persons, slavery, servitude or
 * forced labour an offence nor defines trafficking: what the bill-level facts (bill-facts.ts:
 * "is this a trafficking bill") read in every section. Every word of their offence
 * terms, acts with a purpose of exploitation, and defined terms of trafficking ("traffic",
 * "trafficking in persons") starts with one of these.
 */
export const TRAFFICKING_OFFENCE_WORDS = pattern(
  'scan.trafficking-offence-words',
  'Words without which a section neither makes trafficking, slavery, servitude or forced labour an offence nor defines trafficking.',
  String.raw`\b(?:traffic|slaver|servitud|enslav|forced|exploit)`,
  {
    flag: ['A person who [[traffic]]s another person commits an offence.', 'holds another in [[slaver]]y', 'recruits a person for the purpose of [[exploit]]ation', '"[[traffic]]" means'],
    pass: ['A person who steals property commits an offence.', 'A person who recruits another by deception commits an offence.'],
  },
);

/**
 * Whether `s` may hold a match of `words`: it was read in full, or its raw text has one of them. A
 * bill-level fact read from every section asks this first, so that a section only indexed is not
 * read in full for nothing, whatever scan the bill was analysed with. Throws nothing.
 */
export function mayHold(bill: AnalysedBill, s: AnalysedSection, words: WordPattern): boolean {
  if (s.inFull) return true;
  if (!sectionsStartLines(bill)) return has(words, bill.text, s.chunk.start, s.chunk.end);
  // The answer is the section's words' (a match is looked for in them with the one character before,
  // a line break where the section does not start the bill): kept with the section, so that a re-lint
  // looks again only in the section an edit touched.
  return sectionFact(s, `#may-hold:${words.id}:${s.base === 0 ? 'first' : 'line'}`, () => has(words, bill.text, s.chunk.start, s.chunk.end));
}

/** What a section's text may hold that its model reads as other words: invisible characters, character references. */
const READ_DIFFERENTLY = /[\u00ad\u200b-\u200d\u2060\ufeff]|&[#A-Za-z]/;

export interface SectionScan {
  /**
   * Whether the section must be read in full: `text` is the section's raw text (heading included),
   * `heading` its heading words as the model reads them (its title, or the whole heading).
   */
  test(text: string, heading: string): boolean;
}

/** Reads every section in full (the scan of a caller that wants the whole model of every section). */
export const READ_ALL: SectionScan = { test: () => true };

/**
 * The scan for the reading layer and the given rules' words (`scanWords`; `null` for none). With a
 * rule that leaves them unset, every section is read in full.
 */
export function sectionScan(ruleWords: (WordPattern | null | undefined)[]): SectionScan {
  if (ruleWords.some((w) => w === undefined)) return READ_ALL;
  const sources = [PROTECTION_WORDS, ...ruleWords.filter((w): w is WordPattern => w !== null)].map((p) => `(?:${p.source})`);
  const words = new RegExp(sources.join('|'), 'i');
  return {
    test(text, heading) {
      return words.test(text) || READ_DIFFERENTLY.test(text) || has(PROVISION_HEADING, heading);
    },
  };
}

/**
 * The section numbers of a bill's provisions, searched for in a section's raw text: whether a
 * section only indexed may refer to a provision (and so must be read in full). A number is found
 * wherever its characters stand, ignoring ASCII case, even inside a longer number ("14" in "140"):
 * like the scan, a necessary condition, never a judgement. Every number starts with a digit (see
 * `headingParts`); the search looks up the digits at each digit of the text, so its cost is linear
 * in the text whatever the number of provisions.
 */
export class NumberSearch {
  /** The numbers (lower case) by their leading digits ("14" for "14", "14a" and "14 bis"). */
  private readonly byDigits = new Map<string, string[]>();

  /** Adds a section number ("14", "14A", "17 bis"); a number that does not start with a digit is ignored. */
  add(number: string): void {
    const key = number.toLowerCase();
    const digits = /^\d{1,4}/.exec(key)?.[0];
    if (!digits) return;
    const list = this.byDigits.get(digits);
    if (!list) this.byDigits.set(digits, [key]);
    else if (!list.includes(key)) list.push(key);
  }

  get size(): number {
    return this.byDigits.size;
  }

  /** Whether `text.slice(start, end)` holds one of the numbers. Offsets are UTF-16; throws nothing. */
  in(text: string, start: number, end: number): boolean {
    if (!this.byDigits.size) return false;
    for (let i = start; i < end; i++) {
      if (!isDigit(text.charCodeAt(i))) continue;
      for (let l = 1; l <= 4 && i + l <= end && isDigit(text.charCodeAt(i + l - 1)); l++) {
        const list = this.byDigits.get(text.slice(i, i + l));
        if (!list) continue;
        for (const key of list) {
          if (key.length === l || (i + key.length <= end && text.slice(i, i + key.length).toLowerCase() === key)) return true;
        }
      }
    }
    return false;
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
