import { isOperative, type Protection, type Span } from './analyse.js';
import type { AnalysedBill, AnalysedSection } from './model.js';
import { has, pattern } from './patterns.js';
import { mayHold, TRAFFICKING_OFFENCE_WORDS } from './scan.js';

/**
 * Facts about the whole bill that several rules share: whether it is a trafficking bill (the trigger
 * of the bill-level rules missing-non-punishment-provision and missing-record-relief), and which of
 * its protections are the bill's own enacting words (not a preamble, a recital or a quotation of
 * another instrument). Research and policy: docs/research/further-defects.md, section 1.
 */

/** Conduct that makes a trafficking bill when the bill makes it an offence. */
export const TRAFFICKING_CONDUCT = pattern(
  'bill.trafficking-conduct',
  'Trafficking in persons, slavery, servitude or forced labour, named as the conduct of an offence.',
  String.raw`\btraffick(?:ed|ing)\b|\btraffics\b|\btraffic\s+in\s+(?:persons|human\s+beings)\b|\bslavery\b|\bservitude\b|\bforced\s+(?:or\s+compulsory\s+)?labou?r\b`,
  {
    flag: ['A person who [[traffics]] another person commits an offence.', 'holds another person in [[slavery]]'],
    pass: ['A person who loiters for the purpose of prostitution commits an offence.'],
  },
);

/** The acts of trafficking, described without naming trafficking: "recruits, transports, transfers, harbours or receives". */
export const TRAFFICKING_ACTS = pattern(
  'bill.trafficking-acts',
  'The acts of trafficking (recruiting, transporting, transferring, harbouring, receiving), which with a purpose of exploitation describe trafficking without naming it.',
  String.raw`\b(?:recruit(?:s|ed|ing)?|transports?|transfers?|harbou?rs?|receives?)\b`,
  {
    flag: ['A person who [[recruits]] another person by deception for the purpose of exploitation commits an offence.'],
    pass: ['A person who loiters for the purpose of prostitution commits an offence.'],
  },
);

/** The purpose of exploitation. */
export const EXPLOITATION_PURPOSE = pattern(
  'bill.exploitation-purpose',
  'Exploitation as the purpose of the acts: "for the purpose of exploitation", "exploiting that person".',
  String.raw`\bexploit(?:s|ed|ing|ation)?\b`,
  { flag: ['for the purpose of [[exploitation]]'], pass: ['for the purpose of prostitution'] },
);

/** Words that create an offence. */
export const OFFENCE_CREATION = pattern(
  'bill.offence-creation',
  'Words that create an offence: "commits an offence", "is guilty of an offence", "shall be punished", "it shall be unlawful".',
  String.raw`\bcommits?\s+(?:the\s+|an?\s+)?(?:offen[cs]e|crime|felony)\b|\bis\s+guilty\s+of\s+(?:an?\s+|the\s+)?(?:offen[cs]e|crime|felony|misdemeanou?r|trafficking)\b|\bshall\s+be\s+(?:punished|punishable|sentenced|imprisoned|liable\s+(?:on\s+(?:summary\s+)?conviction\s+)?to)\b|\bis\s+(?:punishable|liable\s+on\s+(?:summary\s+)?conviction)\b|\bit\s+(?:shall\s+be|is)\s+unlawful\b`,
  {
    flag: ['A person who traffics another person [[commits an offence]].', 'Whoever recruits a person for exploitation [[shall be punished]] with imprisonment', '[[It shall be unlawful]] for any person to hold another in servitude.'],
    pass: ['A victim shall not be punished for any offence committed as a direct result of being trafficked.'],
  },
);

/** A defined term that names the act of trafficking (not the victim: "trafficked person" is not one). */
const TRAFFICKING_TERM = /^(?:the\s+)?(?:(?:human\s+)?trafficking(?:\s+(?:in|of)\s+(?:persons|human\s+beings|people|a\s+person))?|trafficking\s+in\s+persons|traffic(?:\s+in\s+persons)?)$/i;

export interface TraffickingOffence {
  /** The offence section, or the section holding the definition of trafficking. */
  section: AnalysedSection;
  /** Document offsets (UTF-16) of the section's heading, or of the definition's term or the offence sentence where the section has no heading. Never empty. */
  span: Span;
  kind: 'offence' | 'definition';
}

/** Whether the section is the bill's own enacting text (not its preamble or title). */
function enacting(s: AnalysedSection): boolean {
  return !s.preamble;
}

/**
 * Whether the bill is a trafficking bill: it creates an offence of trafficking in persons, slavery,
 * servitude or forced labour ("commits an offence", "is guilty of", "shall be punished", "it shall be
 * unlawful"), or defines the act of trafficking ("trafficking in persons" means ...). Not a trigger: a
 * definition of the victim alone, a cross-reference to another law's trafficking offence, a
 * quotation or a recital. Returns the first offence (or definition) found, in document order, or
 * undefined. Throws nothing.
 */
export function traffickingOffenceOf(bill: AnalysedBill): TraffickingOffence | undefined {
  for (const s of bill.sections) {
    // A section only indexed (scan.ts) without the words of a trafficking offence is not read.
    if (!enacting(s) || !mayHold(bill, s, TRAFFICKING_OFFENCE_WORDS)) continue;
    const m = s.model;
    const heading = m.headingEnd > m.headingStart ? { start: s.base + m.headingStart, end: s.base + m.headingEnd } : undefined;
    // The definitions made in the bill's own operative words (see `SectionReading.operative`).
    for (const d of s.reading.operative.definitions) {
      if (TRAFFICKING_TERM.test(d.term.trim())) return { section: s, span: heading ?? { start: s.base + d.termStart, end: s.base + d.termEnd }, kind: 'definition' };
    }
    const protective = new Set([...s.reading.protections, ...s.reading.notProtections].map((p) => p.sentence));
    for (let i = 0; i < m.sentences.length; i++) {
      const sen = m.sentences[i]!;
      if (!isOperative(m, i) || protective.has(i)) continue;
      if (has(OFFENCE_CREATION, sen.text) && (has(TRAFFICKING_CONDUCT, sen.text) || (has(TRAFFICKING_ACTS, sen.text) && has(EXPLOITATION_PURPOSE, sen.text)))) {
        const end = sen.map[sen.map.length - 1]! + 1;
        return { section: s, span: heading ?? { start: s.base + sen.map[0]!, end: s.base + Math.max(end, sen.map[0]! + 1) }, kind: 'offence' };
      }
    }
  }
  return undefined;
}

/** A protection stated in the bill's own enacting words, with the section it is in. */
export interface BillProtection {
  section: AnalysedSection;
  protection: Protection;
}

/**
 * Every protection of the bill's non-punishment provisions that is the bill's own words: not in the
 * preamble, not a recital, not a quotation of another instrument. In document order.
 */
export function billProtections(bill: AnalysedBill): BillProtection[] {
  const out: BillProtection[] = [];
  const seen = new Set<AnalysedSection>();
  for (const p of bill.provisions) {
    for (const s of [p.primary, ...p.attached]) {
      if (seen.has(s) || s.preamble) continue;
      seen.add(s);
      for (const protection of s.protections) {
        if (!isOperative(s.model, protection.sentence)) continue;
        out.push({ section: s, protection });
      }
    }
  }
  return out.sort((a, b) => a.section.base - b.section.base || a.protection.relief.start - b.protection.relief.start);
}
