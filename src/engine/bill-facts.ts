import { isOperative, span, type Protection, type Span } from './analyse.js';
import type { AnalysedBill, AnalysedSection, Provision } from './model.js';
import { firstMatch, has, pattern } from './patterns.js';
import { VICTIM } from './lexicon.js';
import { mayHold, PROTECTION_WORDS, TRAFFICKING_OFFENCE_WORDS } from './scan.js';
import { sectionFact } from './section-facts.js';

/**
 * What several rules need to know about the bill as a whole, read once per analysis:
 *
 * - `createsTraffickingOffence`: the bill makes trafficking in persons, slavery, servitude or forced
 *   labour an offence, or defines the act of trafficking (the trigger of the bill-level rules
 *   missing-non-punishment-provision and missing-record-relief; docs/research/further-defects.md,
 *   section 1, "A trafficking bill"). A definition of the victim alone, or a cross-reference to
 *   another law's offence, is not a trigger.
 * - `operativeProvisions`: the non-punishment provisions that are the bill's own words: not in the
 *   preamble, not a recital, not a quotation of another instrument (a treaty article quoted in a
 *   recital is not the bill's provision).
 * - `title`: where a bill-level finding sits: the bill's title (its first heading, before the body).
 * - `billProtections` (a function of its own): every protection in the bill's own words.
 *
 * Offsets are UTF-16 code units in the whole document. Nothing here throws.
 */
export interface TraffickingOffence {
  /** The section that creates the offence or defines trafficking. */
  section: AnalysedSection;
  /** The offence section's heading, or its first words when it has none (never empty). */
  range: Span;
  /** The words that create the offence ("commits an offence") or the defined term ("trafficking in persons"). */
  words: Span;
  how: 'offence' | 'definition';
}

export interface BillFacts {
  createsTraffickingOffence?: TraffickingOffence;
  operativeProvisions: Provision[];
  /** The bill's title heading, if it has one before its body. */
  title?: Span;
  /**
   * The sections whose own words protect victims, in document order: those of the operative
   * provisions (with the sections attached to them), and sections that leave a victim's
   * prosecution to a discretion ("the public prosecution office may dispense with prosecuting")
   * without a protection the reading layer recognises. The rules on a provision's defects read these.
   */
  protectiveSections: AnalysedSection[];
}

/** Words that create an offence (not those that take a punishment away: a negated form is not read). */
export const OFFENCE_CREATED = pattern(
  'bill.offence-created',
  'Words that create an offence: "commits an offence", "is guilty of an offence", "shall be punished", "is punished by", "shall be imprisoned", "is liable on conviction to imprisonment", "it shall be unlawful", "is a class B felony".',
  String.raw`\bcommits?\s+(?:an?\s+|the\s+)?(?:offen[cs]e|crime|felony)\b|\bis\s+guilty\s+of\s+(?:an?\s+|the\s+)?(?:offen[cs]e|crime|felony|misdemeanou?r|trafficking)\b|\bshall\s+be\s+(?:punished|sentenced|imprisoned|liable\s+(?:on\s+(?:summary\s+)?conviction\s+)?to)\b|\b(?:is|are|shall\s+be)\s+(?:punishable|liable(?:,?\s+on\s+(?:summary\s+)?conviction(?:\s+on\s+indictment)?,?)?\s+to\s+(?:imprisonment|a\s+fine|a\s+term))\b|\bis\s+(?:punishable|liable\s+on\s+(?:summary\s+)?conviction)\b|\b(?:is|are)\s+punished\s+(?:by|with)\b|\bit\s+(?:shall\s+be|is)\s+unlawful\b|\bis\s+a\s+class\s+\w{1,3}\s+(?:felony|misdemeanou?r)\b`,
  {
    flag: [
      'A person who recruits another person for the purpose of exploitation [[commits an offence]].',
      'Whoever commits a human trafficking crime [[shall be punished]] by imprisonment.',
      'Human trafficking [[is a class B felony]].',
      '[[It shall be unlawful]] for any person to hold another in servitude.',
      'A person who engages in trafficking in persons [[is liable on conviction to imprisonment]] for twenty years.',
      'A person who traffics a child [[shall be liable on conviction to]] imprisonment for life.',
      'A person who holds another in servitude [[is liable on summary conviction]].',
      'Whoever recruits a person by deception to exploit that person [[shall be imprisoned]] for ten years.',
      'Trafficking in human beings [[is punished by]] ten years\' imprisonment and a fine.',
    ],
    pass: ['A victim of trafficking shall not be punished for any offence.', 'Victims are not punished for offences they were compelled to commit.', 'A person convicted of any offense may move the court to vacate the conviction.', 'The court may order the offender to pay compensation to the victim.'],
  },
);

/** The kind of offence: trafficking, slavery, servitude, forced labour, or its purpose of exploitation. */
export const TRAFFICKING_OFFENCE_TERM = pattern(
  'bill.trafficking-term',
  'The offence concerns trafficking in persons, slavery, servitude or forced labour (or is committed "for the purpose of exploitation").',
  String.raw`\b(?:human\s+|child\s+|people\s+)?traffick(?:ing|s|ers?)\b|\btraffics\b|\btraffic\s+in\s+(?:persons|human\s+beings)\b|\bslavery\b|\bservitude\b|\benslav\w{1,6}\b|\bforced\s+(?:or\s+compulsory\s+)?labou?r\b|\bfor\s+the\s+purpose\s+of\s+(?:their\s+|his\s+or\s+her\s+|that\s+person's\s+)?exploit\w{0,6}\b`,
  {
    flag: ['A person who engages in [[trafficking]] in persons', 'holds another person in [[slavery]]', 'receives a person [[for the purpose of exploitation]]', 'No person shall [[traffic in persons]].', 'A person who [[traffics]] another person'],
    pass: [
      'A person who remains in a public place to solicit for prostitution commits an offence.',
      'A person who pays for sexual activity with a trafficked person is guilty of an offence.',
      'A person who commits a road traffic offence is liable to a fine.',
    ],
  },
);

/** The acts of trafficking (recruiting, transporting, transferring, harbouring, receiving), which with a purpose of exploitation describe trafficking without naming it. */
export const TRAFFICKING_ACTS = pattern(
  'bill.trafficking-acts',
  'The acts of trafficking (recruiting, transporting, transferring, harbouring, receiving), which with exploitation as their purpose describe trafficking without naming it.',
  String.raw`\b(?:recruit(?:s|ed|ing)?|transports?|transfers?|harbou?rs?|receives?)\b`,
  {
    flag: ['A person who [[recruits]] another person by deception for the purpose of exploitation commits an offence.'],
    pass: ['A person who loiters for the purpose of prostitution commits an offence.'],
  },
);

/** Exploitation as the purpose of the acts. */
export const EXPLOITATION_PURPOSE = pattern(
  'bill.exploitation-purpose',
  'Exploitation as the purpose of the acts: "for the purpose of exploitation", "exploiting that person".',
  String.raw`\bexploit(?:s|ed|ing|ation)?\b`,
  { flag: ['for the purpose of [[exploitation]]', 'with the intention of [[exploiting]] that person'], pass: ['for the purpose of prostitution'] },
);

/** The victim named by the trafficking done to them: an offence against a victim is not the trafficking offence. */
const VICTIM_OF_TRAFFICKING = /\bvictims?\s+of\s+(?:human\s+)?trafficking(?:\s+in\s+(?:persons|human\s+beings))?|\b(?:human\s+)?trafficking\s+victims?\b/gi;

/** Trafficking in something other than persons: not a trafficking bill. */
const OTHER_TRAFFICKING = /\b(?:drugs?|narcotics?|arms|firearms?|weapons?|wildlife|illicit|goods|cultural\s+property)\s+traffick\w*|\btraffick\w*\s+in\s+(?:drugs|narcotics|arms|firearms|weapons|wildlife|goods)\b/gi;

/** A discretion not to prosecute or punish a victim: a protection, though not a duty. */
export const DISCRETIONARY_RELIEF = pattern(
  'bill.discretionary-relief',
  'A power not to prosecute or punish: "may dispense with prosecuting", "may decide not to prosecute", "may refrain from prosecuting", "may decline to prosecute", "may discontinue proceedings", "is not obliged to prosecute".',
  String.raw`\bmay\s+(?:dispense\s+with|refrain\s+from|decline\s+to|abstain\s+from|(?:decide|elect|choose)\s+not\s+to)\s+(?:the\s+)?(?:prosecut\w{0,6}|punish\w{0,6}|penali[sz]\w{0,6}|institut\w{0,6}|bring\w{0,3}|charg\w{0,6}|impos\w{0,6}|proceed\w{0,6}|pursu\w{0,6})\b|\bmay\s+(?:waive|discontinue|withdraw|stay|drop|terminate)\s+(?:the\s+|any\s+|all\s+)?(?:criminal\s+)?(?:prosecution|proceedings|charges?)\b|\b(?:is|are)\s+not\s+(?:obliged|bound|required)\s+to\s+(?:prosecute|institute|charge|punish)\b`,
  {
    flag: [
      'the public prosecution office [[may dispense with prosecuting]] the lesser offence',
      'the prosecutor [[may decide not to prosecute]] the victim',
      'The Attorney-General [[may discontinue proceedings]] against a victim of trafficking',
      'The prosecuting authority [[is not obliged to prosecute]] a victim of trafficking',
    ],
    pass: ['the prosecutor shall not prosecute the victim', 'the court may dispense with the hearing'],
  },
);

/** A defined term that is the act of trafficking (not its victim). */
const TRAFFICKING_TERM = /^(?:the\s+)?(?:offen[cs]e\s+of\s+)?(?:human\s+trafficking|trafficking(?:\s+(?:in|of)\s+(?:persons|human\s+beings|people|a\s+person|children|women\s+and\s+children))?|people\s+trafficking|child\s+trafficking|traffic(?:\s+in\s+persons)?)$/i;

/** A sentence is the bill's own enacting words: not quoted from another instrument, not a recital. */
export function isOwnSentence(s: AnalysedSection, sentence: number): boolean {
  return !s.preamble && isOperative(s.model, sentence);
}

/** Protections a provision states in the bill's own words (see `isOwnSentence`). */
export function ownProtections(s: AnalysedSection): Protection[] {
  return s.protections.filter((p) => isOwnSentence(s, p.sentence));
}

function headingOrFirstWords(s: AnalysedSection, fallback: Span): Span {
  if (s.chunk.headingEnd > s.chunk.headingStart) return { start: s.chunk.headingStart, end: s.chunk.headingEnd };
  return fallback;
}

/** The section's own offence-creating words, cached with the section (its text alone decides). */
function offenceIn(s: AnalysedSection): { words: Span; how: 'offence' | 'definition' } | null {
  const key = '#bill.trafficking-offence';
  if (s.facts.has(key)) return s.facts.get(key) as { words: Span; how: 'offence' | 'definition' } | null;
  let found: { words: Span; how: 'offence' | 'definition' } | null = null;
  const protective = new Set([...s.reading.protections.map((p) => p.sentence), ...s.reading.notProtections.map((p) => p.sentence)]);
  const heading = (s.model.heading || '').replace(OTHER_TRAFFICKING, ' ').replace(VICTIM_OF_TRAFFICKING, ' ');
  const headingNames = has(TRAFFICKING_OFFENCE_TERM, heading);
  s.model.sentences.forEach((sen, i) => {
    if (found || protective.has(i) || !isOperative(s.model, i)) return;
    const t = sen.text;
    const m = firstMatch(OFFENCE_CREATED, t);
    if (!m) return;
    // "shall not be punished", "is not guilty of an offence": taking a punishment away is not creating one.
    if (/\b(?:not|no|never)\s+$/i.test(t.slice(Math.max(0, m.index - 6), m.index)) || /\bnot\b/i.test(m.text)) return;
    const own = t.replace(OTHER_TRAFFICKING, ' ').replace(VICTIM_OF_TRAFFICKING, ' ');
    const trafficking = has(TRAFFICKING_OFFENCE_TERM, own) || (has(TRAFFICKING_ACTS, own) && has(EXPLOITATION_PURPOSE, own));
    if (!trafficking && !headingNames) return;
    found = { words: span(sen, m.index, m.end), how: 'offence' };
  });
  if (!found) {
    const d = s.model.definitions.find((x) => TRAFFICKING_TERM.test(x.term.trim()));
    if (d) found = { words: { start: d.termStart, end: d.termEnd }, how: 'definition' };
  }
  s.facts.set(key, found);
  return found;
}

const CACHE = new WeakMap<AnalysedBill, BillFacts>();

/** The bill-level facts of `bill` (computed on first use, then kept with the analysis). */
export function billFacts(bill: AnalysedBill): BillFacts {
  const cached = CACHE.get(bill);
  if (cached) return cached;
  const facts: BillFacts = {
    protectiveSections: [],
    operativeProvisions: bill.provisions.filter((p) => ownProtections(p.primary).length > 0 || (p.primary.protections.length === 0 && !p.primary.preamble && p.primary.reading.headingIsProvision)),
  };
  // An offence created by the bill wins over a definition (the finding sits on the offence section).
  let definition: TraffickingOffence | undefined;
  for (const s of bill.sections) {
    // A section only indexed (scan.ts) without the words of a trafficking offence is not read.
    if (s.preamble || !mayHold(bill, s, TRAFFICKING_OFFENCE_WORDS)) continue;
    const f = offenceIn(s);
    if (!f) continue;
    const words = { start: s.base + f.words.start, end: s.base + f.words.end };
    const fact: TraffickingOffence = { section: s, range: headingOrFirstWords(s, words), words, how: f.how };
    if (f.how === 'offence') {
      facts.createsTraffickingOffence = fact;
      break;
    }
    definition ??= fact;
  }
  if (!facts.createsTraffickingOffence && definition) facts.createsTraffickingOffence = definition;
  const title = bill.sections.find((s) => s.preamble && s.chunk.headingEnd > s.chunk.headingStart && !/^preamble$/i.test((s.model.title || s.model.heading).trim()));
  if (title) facts.title = { start: title.chunk.headingStart, end: title.chunk.headingEnd };
  const inProvision = new Set(facts.operativeProvisions.flatMap((p) => [p.primary, ...p.attached]));
  facts.protectiveSections = bill.sections.filter(
    // A sentence naming a victim (VICTIM) needs the reading layer's words (scan.ts).
    (s) => inProvision.has(s) || (!s.preamble && mayHold(bill, s, PROTECTION_WORDS) && sectionFact(s, '#bill.discretion-over-victim', () => s.model.sentences.some((x, i) => isOwnSentence(s, i) && has(DISCRETIONARY_RELIEF, x.text) && has(VICTIM, x.text)))),
  );
  CACHE.set(bill, facts);
  return facts;
}

/** A protection stated in the bill's own enacting words, with the section it is in. */
export interface BillProtection {
  section: AnalysedSection;
  protection: Protection;
}

/**
 * Every protection of the bill's non-punishment provisions (their primary sections and the sections
 * attached to them) that is the bill's own words: not in the preamble, not a recital, not a quotation
 * of another instrument. In document order.
 */
export function billProtections(bill: AnalysedBill): BillProtection[] {
  const out: BillProtection[] = [];
  const seen = new Set<AnalysedSection>();
  for (const p of bill.provisions) {
    for (const s of [p.primary, ...p.attached]) {
      if (seen.has(s) || s.preamble) continue;
      seen.add(s);
      for (const protection of s.protections) if (isOperative(s.model, protection.sentence)) out.push({ section: s, protection });
    }
  }
  return out.sort((a, b) => a.section.base - b.section.base || a.protection.relief.start - b.protection.relief.start);
}
