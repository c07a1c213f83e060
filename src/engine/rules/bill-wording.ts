/**
 * The drafting patterns (corpus/patterns) put into a bill's own drafting before a fix writes them:
 * the bill's defined term for the protected person and for a child (a definition the bill already
 * has is referred to, never repeated), its quote and apostrophe style, "shall" or "must", and the
 * name the provision gives itself ("this section", "this article"). Implements the project's notes
 * on drafting conventions (../shared/notes/drafting-conventions.md): defined terms used exactly and
 * never defined twice; quotes and modal verbs as the bill writes them.
 */
import { inBillAges, inBillQuotes, readConventions, type BillConventions } from '../drafting/index.js';
import type { AnalysedBill, AnalysedSection } from '../model.js';
import type { Span } from '../analyse.js';
import { provisionUnit } from '../sections.js';
import { patternText } from './util.js';

const CACHE = new WeakMap<AnalysedBill, BillConventions>();

/** The bill's conventions, read once per analysed bill (only when a fix needs them). */
export function conventionsFor(bill: AnalysedBill): BillConventions {
  let c = CACHE.get(bill);
  if (!c) {
    c = readConventions(bill);
    CACHE.set(bill, c);
  }
  return c;
}

/** "a" or "an" before a word, by its sound for the common cases ("an offence", "a minor", "a unit"). */
export function article(word: string): 'a' | 'an' {
  if (/^(?:one|once|uni|use|usu|eu|u[bcdfgklmnprst][aeiou])/i.test(word)) return 'a';
  if (/^(?:hour|honest|honou?r|heir)/i.test(word)) return 'an';
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

/** The bill's term for the protected person: the one it defines, or else the one naming trafficking it uses most; else "victim of trafficking". */
function victimTerm(conv: BillConventions): string {
  const t = conv.victimTerm;
  if (t?.defined) return t.term;
  // A term the bill uses most without defining it, if it names trafficking ("trafficked person");
  // never a bare "victim", which would lose "of trafficking".
  return t && /traffick/i.test(t.term) ? t.term : 'victim of trafficking';
}

/**
 * How the provision names itself: "this section", "this article", "this regulation" (the unit its
 * heading or its own words name: see `provisionUnit` and `unitWord` in sections.ts, the one place that decides it).
 */
export function selfName(section: AnalysedSection | undefined): string {
  if (!section) return 'this section';
  // Its model's words and its name decide it; a section's model is kept between lints (SectionCache),
  // so an unchanged provision is not read again (every fix asks, several times).
  let byName = SELF_NAMES.get(section.model);
  if (!byName) SELF_NAMES.set(section.model, (byName = new Map()));
  let name = byName.get(section.name);
  if (name === undefined) byName.set(section.name, (name = readSelfName(section)));
  return name;
}

const SELF_NAMES = new WeakMap<AnalysedSection['model'], Map<string, string>>();

function readSelfName(section: AnalysedSection): string {
  const unit = provisionUnit(section.model, section.name);
  // A provision headed as one numbered part of a unit ("Article 586 (8)", "Section 12 (3)") is that
  // part: "this paragraph" ("this article" would be the whole of article 586).
  if (subNumbered(section) && (unit === 'article' || unit === 'section')) return unit === 'article' ? 'this paragraph' : 'this subsection';
  // A Georgia-style code names its sections "Code sections" ("As used in this Code section, ...").
  if (unit === 'section' && section.model.clauses.some((c) => CODE_SECTION.test(c.text))) return 'this Code section';
  return `this ${unit}`;
}

/**
 * The part a provision is headed as, where its heading names one numbered part of a unit ("Article 586
 * (8)": "(8)"); undefined for a whole unit. Parts the provision sets out inside it are parts of that part.
 */
function subNumbered(section: AnalysedSection): string | undefined {
  const n = section.model.number;
  if (!n) return undefined;
  const own = /^[\w.-]{1,20}[ \t]{0,2}\(([0-9a-z]{1,4})\)$/i.exec(n);
  if (own) return `(${own[1]})`;
  // The number as read ("586") followed in the heading by the part's ("Article 586 (8)").
  const escaped = n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const heading = new RegExp(`^[^\\w]{0,6}(?:article|section|art\\.|sec\\.)[ \\t]{0,3}${escaped}[ \\t]{0,2}\\(([0-9a-z]{1,4})\\)[^\\w]{0,6}$`, 'i').exec(section.model.heading.trim());
  return heading ? `(${heading[1]})` : undefined;
}

const CODE_SECTION = /\bthis[ \t]{1,3}Code[ \t]{1,3}section\b/;

/**
 * The part of a section that holds its protection, for new text that must refer to the protection
 * rather than to the whole section ("Where subsection (b) applies", "the Note to this article"), or
 * undefined when "this section" is the protection. A part is named where the section has other
 * numbered parts beside the protection's (the offence it creates, a definition, a procedure); where the
 * protection is a lone later subsection ("(d)" under "§ 43.02. Prostitution", the subsections before it
 * being the offence); and where it is a Note under an article ("Article 149. Trafficking ... Note. A
 * victim ... shall be released from criminal liability"). `reliefs` are the protections' absolute
 * offsets (UTF-16). With `offenceOnly`, a part is named only where "this section" would also be the
 * offence the section creates (or the protection is a Note or a lone later subsection).
 */
export function protectionPart(s: AnalysedSection, reliefs: readonly number[], offenceOnly = false): string | undefined {
  const holds = (c: { start: number; end: number }) => reliefs.some((r) => s.base + c.start <= r && r < s.base + c.end);
  const self = selfName(s);
  if (s.model.clauses.some((c) => c.quoted !== 'instrument' && holds(c) && /^(?:\*\*|__)?Note\b/.test(c.text.trimStart()))) return `the Note to ${self}`;
  const clauses = s.model.clauses.filter((c) => c.quoted !== 'instrument' && !c.recital && /^\((?:\d{1,3}[A-Z]{0,2}|[a-z])\)$/.test(c.marker) && c.level === s.model.clauses.find((x) => x.marker)?.level);
  const notFirst = clauses.length === 1 && holds(clauses[0]!) && !/^\((?:1|a|A)\)$/.test(clauses[0]!.marker);
  if (clauses.length < 2 && !notFirst) return undefined;
  const holding = clauses.filter(holds);
  if (!holding.length || (holding.length === clauses.length && !notFirst)) return undefined;
  if (offenceOnly && !notFirst && !clauses.some((c) => !holds(c) && CREATES_OFFENCE.test(c.text))) return undefined;
  const markers = holding.map((c) => c.marker);
  const list = markers.length === 1 ? markers[0]! : `${markers.slice(0, -1).join(', ')} or ${markers[markers.length - 1]}`;
  // An article's divisions are its paragraphs.
  return `${/\barticle\b/.test(self) ? 'paragraph' : 'subsection'} ${list}`;
}

/**
 * Words that make a sentence create an offence: "commits an offence", "commits the offense of", "is
 * guilty of", "shall be punishable by", "is punished", "shall be fined", "is liable on (summary)
 * conviction to imprisonment". Not "an offence punishable by imprisonment for life", which names offences
 * (an exclusion beside the protection). Used to tell the sentence or subsection that creates the offence from the
 * protection beside it (NP002 means of trafficking; naming the part of a section that protects).
 */
export const CREATES_OFFENCE = /\b(?:commits\s{1,8}(?:an\s{1,8}|the\s{1,8})?(?:offen[cs]e|crime)|is\s{1,8}guilty\s{1,8}of|(?:shall\s{1,8}be|is|are|will\s{1,8}be)\s{1,8}(?:punishable|punished)|shall\s{1,8}be\s{1,8}fined|is\s{1,8}liable\s{1,8}on\s{1,8}(?:summary\s{1,8})?conviction|liable\s{1,8}(?:on\s{1,8}(?:summary\s{1,8})?conviction\s{1,8})?to\s{1,8}(?:imprisonment|a\s{1,8}fine))\b/i;

/**
 * The bill's spelling of "offence" and "defence": a bill that writes "offense" and "defense" (United
 * States usage) gets them so spelt, and the standard of proof as United States courts state it
 * ("beyond a reasonable doubt"). `billText` is the whole bill; `words` the text to write into it.
 */
export function inBillSpelling(billText: string, words: string): string {
  return usSpelling(billText) ? words.replace(/\b(offen|defen)ce(s?)\b/g, '$1se$2').replace(/\bbeyond reasonable doubt\b/g, 'beyond a reasonable doubt') : words;
}

/** The last bill read for its spelling (a bill with thousands of fixes is read once). */
let spelt: { text: string; us: boolean } | undefined;

function usSpelling(billText: string): boolean {
  if (spelt?.text === billText) return spelt.us;
  const count = (re: RegExp) => (billText.match(re) ?? []).length;
  let us = count(/\b(?:offen|defen)se/gi);
  let uk = count(/\b(?:offen|defen)ce/gi);
  if (us === uk) {
    // A bill that never spells the two words (a safe-harbor clause speaks of "prostitution" and a
    // "violation"): its other spellings decide ("harbor", "labor", "recognize", "program", against "harbour", "labour", "recognise", "programme").
    us = count(/\b(?:harbor|labor|behavior|favor|honor|neighbor)(?:s|ed|ing)?\b|\b(?:de)?(?:organi|recogni|authori|penali|criminali|characteri|utili|minimi|prioriti|categori|stigmati|victimi|legali|reali)z(?:e|es|ed|ing|ation|ations)\b|\bprograms?\b|\bcenters?\b/gi);
    uk = count(/\b(?:harbour|labour|behaviour|favour|honour|neighbour)(?:s|ed|ing)?\b|\b(?:de)?(?:organi|recogni|authori|penali|criminali|characteri|utili|minimi|prioriti|categori|stigmati|victimi|legali|reali)s(?:e|es|ed|ing|ation|ations)\b|\bprogrammes?\b|\bcentres?\b/gi);
  }
  spelt = { text: billText, us: us > uk };
  return spelt.us;
}

/** Common to every pattern: the victim term, the modal verb and the quote style. */
function common(conv: BillConventions, text: string): string {
  // "being a trafficked person" reads as "having been trafficked".
  const term = victimTerm(conv);
  // Idempotent: "victim of trafficking" already followed by the rest of the bill's term ("... in persons") is left alone.
  const rest = term.startsWith('victim of trafficking') ? term.slice('victim of trafficking'.length) : '';
  let t = text.replace(/\bvictim of trafficking\b/g, (m, at: number, all: string) => (rest && all.startsWith(rest, at + m.length) ? m : term)).replace(/\bbeing an? trafficked (?:person|victim)\b/g, 'having been trafficked');
  if (conv.modal === 'must') t = t.replace(/\bshall\b/g, 'must');
  return inBillQuotes(conv, t);
}

/** The causation test ("the act was committed as a direct result of the person's being a victim of trafficking"), in the bill's words. */
export function causationWording(conv: BillConventions): string {
  return common(conv, patternText('pattern-causation-test'));
}

/** The causal phrase alone, for a condition introduced by "because": "as a direct result of the person's being a victim of trafficking". */
export function causalPhrase(conv: BillConventions): string {
  return causationWording(conv).replace(/^the act was committed\s+/, '');
}

/**
 * How a provision is named from another one: "section 14", "article 26", "regulation 9" (the
 * drafter's lower-case word mid-sentence and the number); "this section" when it has no number.
 */
export function crossName(section: AnalysedSection | undefined): string {
  const n = section?.model.number;
  if (!n) return selfName(section);
  // "article 586 (8)": the part is named through its unit.
  const part = section ? subNumbered(section) : undefined;
  if (section && part) return `${provisionUnit(section.model, section.name)} ${n}${n.endsWith(')') ? '' : ` ${part}`}`;
  return `${selfName(section).replace(/^this /, '')} ${n}`;
}

/**
 * The prosecution-burden sentence, naming the provision as it names itself ("this article applies").
 * `home` is the section the sentence is written into: when it is not the provision it governs (a
 * separate "Proof" section), the sentence names the governed provision ("whether section 14
 * applies"), never "this section", which would mean the proof section itself.
 */
export function prosecutionBurdenWording(conv: BillConventions, section: AnalysedSection | undefined, home?: AnalysedSection): string {
  const name = home && section && home !== section && section.model.number ? crossName(section) : selfName(section);
  return inForum(common(conv, patternText('pattern-prosecution-burden')).replace(/\bthis section\b/g, name), [section, home]);
}

/**
 * Words naming "the court" written in the provision's own forum: "the Tribunal" where the provision
 * (or the section written into) speaks of a Tribunal and never of a court (an Act whose offences are
 * tried by a Special Tribunal), else unchanged.
 */
export function inForum(words: string, sections: (AnalysedSection | undefined)[]): string {
  const own = sections.filter((x): x is AnalysedSection => !!x).map((x) => x.model.clauses.filter((c) => c.quoted !== 'instrument').map((c) => c.text).join('\n')).join('\n');
  if (/\bcourts?\b/i.test(own)) return words;
  const forum = /\bthe ((?:[A-Z][a-z]{2,20} ){0,2}Tribunal)\b/.exec(own)?.[1];
  return forum ? words.replace(/\bthe court\b/g, `the ${forum}`) : words;
}

/**
 * The forms-of-punishment subsection (NP006) in the bill's words: the provision as it names itself
 * ("Where this article applies"), "shall" or "must", the bill's quotation marks.
 */
export function formsOfPunishmentWording(conv: BillConventions, section: AnalysedSection | undefined): string {
  return common(conv, patternText('pattern-forms-of-punishment')).replace(/\bthis section\b/g, selfName(section));
}

/**
 * The child limb in the bill's words: its term for a child (its definition referred to, not
 * repeated) and for the protected person, and its way of writing ages ("eighteen years"). `unit` is
 * what the limb is ("subsection" when numbered as one, else the provision's own name), for the
 * definition's "In this subsection"; `self` is how the provision names itself ("this section",
 * "this article"), for the limb's "this section applies". With `define: false` the limb leaves the
 * definition of "child" out (the caller puts it in the provision's own definitions: see
 * `childDefinition`). With `past` (relief from a conviction, sought later) the limb asks whether the
 * person was a child when the offence was committed.
 */
export function childLimbWording(conv: BillConventions, unit: string, self = 'this section', options: { define?: boolean; displace?: { within?: string; after?: string }; past?: boolean } = {}): string {
  let t = patternText('pattern-child-limb').replace(/\bthis section\b/g, self);
  // The limb's own definition of a child (to its full stop), with the spaces before it.
  const lead = t.indexOf('In this subsection, "child" means ');
  const stop = lead < 0 ? -1 : t.indexOf('.', lead);
  const child = conv.childTerm?.defined ? conv.childTerm.term : 'child';
  if (stop >= 0) {
    const from = t.slice(0, lead).trimEnd().length;
    const rest = t.slice(0, from) + t.slice(stop + 1);
    // A bill that defines its term for a child is referred to; otherwise the limb defines it for itself.
    t = conv.childTerm?.defined || options.define === false ? rest : t.replace('In this subsection', `In ${unit}`);
  }
  if (child !== 'child') {
    t = t.replace(/\ba child\b/g, `${article(child)} ${child}`).replace(/\bchild\b(?!")/g, child);
  }
  // The provision's other conditions set aside for a child (see missing-child-provision/conditions.ts),
  // written in after the term for a child is in (they carry it already) and before the quotation marks.
  const d = options.displace;
  if (d?.within) t = t.replace(`${self} applies to any`, `${self} applies, ${d.within}, to any`);
  if (d?.after) t = t.replace(/(was used\.)/, `$1 ${d.after}`);
  t = inBillAges(conv, common(conv, t));
  const victim = victimTerm(conv);
  // A bill whose term for the person names no trafficking (a defined "victim"): the link is to having
  // been trafficked, never to "being a victim" of nothing said.
  if (!/traffick|slavery|exploitation|servitude|forced\s+labou?r/i.test(victim)) t = t.replace(/(['’]s) being an? [\w ]{1,40}?(?=, and it is not necessary)/, '$1 having been trafficked');
  // "Where the victim is a child": the bill's term for the person ("Where the trafficked person is a
  // child"), put in after the pattern's "victim of trafficking" became the bill's term (never twice).
  if (victim !== 'victim of trafficking') t = t.replace(/^Where the victim is\b/, `Where the ${victim} is`);
  // Relief from a conviction (`past`): the applicant is usually an adult by then; what counts is the age
  // when the offence was committed.
  if (options.past) t = t.replace(/^Where the ([\w ]{1,40}?) is (an? [\w]{1,20}),/, 'Where the $1 was $2 at the time of the offence,');
  return t;
}

/**
 * The definition of "child" the child limb needs, for a bill that has none, as the words after the
 * term ("a person under the age of 18 years", or "eighteen years" in a bill writing ages in words):
 * the pattern's own definition, put in the bill's way.
 */
export function childDefinition(conv: BillConventions): { term: string; verb: string; body: string } {
  const t = patternText('pattern-child-limb');
  const lead = '"child" means ';
  const at = t.indexOf(lead);
  const stop = at < 0 ? -1 : t.indexOf('.', at);
  const body = stop > at ? t.slice(at + lead.length, stop) : 'a person under the age of 18 years';
  return { term: 'child', verb: 'means', body: inBillAges(conv, body) };
}

/**
 * How a provision refers to the person it protects, read from its own words: "P", "he", "he or
 * she", "they", "the accused", "the defendant", "the trafficked person", "a person". `possessive` is
 * the form before "being" ("P's", "his", "his or her", "their", "the accused's"); `victim` is set
 * when the referent is itself the protected-person term ("the victim", "the trafficked person"), so
 * that "the victim's being a victim of trafficking" is never written; `indefinite` when it is
 * introduced by "a", "an" or "any" (the words that follow refer back to it: "such person").
 */
export interface Referent {
  noun: string;
  possessive: string;
  victim: boolean;
  plural: boolean;
  indefinite: boolean;
}

/** A referent to the person: a pronoun, or a noun of the kinds provisions use for the person protected. Bounded, no nested quantifiers. */
const REFERENT_WORDS = /\b(?:he\s+or\s+she|she\s+or\s+he|him\s+or\s+her|he|she|him|they|them|(?:the|a|an|any|such|every)\s+(?:accused(?:\s+person)?|defendant|minor|child|applicant|petitioner|movant|claimant|adult|juvenile|victims?(?:\s+of\s+(?:human\s+)?trafficking(?:\s+in\s+(?:persons|human\s+beings))?)?|trafficked\s+(?:persons?|victims?)|persons?))\b/gi;
/** "P", the single capital letter some Commonwealth statutes use for the person (never a paragraph marker "(p)"). */
const LETTER_REFERENT = /(?<![\w'’(])P(?![\w(])/g;

function referentFrom(m: string, conv: BillConventions): Referent {
  const w = m.replace(/\s+/g, ' ');
  const lower = w.toLowerCase();
  if (w === 'P') return { noun: 'P', possessive: 'P’s', victim: false, plural: false, indefinite: false };
  const pronoun: Record<string, [string, boolean]> = {
    he: ['his', false], him: ['his', false], she: ['her', false], 'he or she': ['his or her', false], 'she or he': ['her or his', false], 'him or her': ['his or her', false], they: ['their', true], them: ['their', true],
  };
  const p = pronoun[lower];
  if (p) return { noun: w, possessive: p[0], victim: false, plural: p[1], indefinite: false };
  const [det, ...rest] = w.split(' ');
  const noun = rest.join(' ');
  const plural = /s$/i.test(noun) && !/^(?:accused|accused person)$/i.test(noun);
  const term = conv.victimTerm?.term.toLowerCase();
  const victim = /\bvictim|\btrafficked\b/i.test(noun) || (term !== undefined && noun.toLowerCase() === term);
  const indefinite = /^(?:a|an|any|every)$/i.test(det ?? '');
  const possessive = plural ? 'their' : `the ${noun}’s`;
  return { noun: w, possessive, victim, plural, indefinite };
}

/** Every referent in `text`, in order, with its offset. */
function referentsIn(text: string, conv: BillConventions): (Referent & { index: number })[] {
  const out: (Referent & { index: number })[] = [];
  for (const m of text.matchAll(REFERENT_WORDS)) out.push({ ...referentFrom(m[0], conv), index: m.index! });
  for (const m of text.matchAll(LETTER_REFERENT)) out.push({ ...referentFrom('P', conv), index: m.index! });
  return out.sort((a, b) => a.index - b.index);
}

/**
 * The person the provision speaks of at the place of a rewrite: the first referent in the words
 * replaced (`old`, the condition's own subject), else the last one before them (`before`), else the
 * whole provision's first (`provision`). Undefined when the provision names nobody.
 */
export function referentAt(conv: BillConventions, before: string, old: string, provision = ''): Referent | undefined {
  return referentsIn(old, conv)[0] ?? referentsIn(before, conv).pop() ?? referentsIn(provision, conv)[0];
}

/** What the person did, as the provision calls it: "offence", "offences", "crime", "criminal act", "conduct", "involvement"; "act" when it names nothing. */
const DEED_WORDS = /\b(?:criminal\s+acts?|offen[cs]es?|crimes?|conduct|involvement|acts?)\b/gi;

export function deedAt(before: string, old: string): { noun: string; plural: boolean } {
  const last = [...before.matchAll(DEED_WORDS)].pop()?.[0] ?? [...old.matchAll(DEED_WORDS)][0]?.[0] ?? 'act';
  const noun = last.replace(/\s+/g, ' ').toLowerCase();
  return { noun, plural: /s$/.test(noun) };
}

/**
 * Whether a condition names the very conduct its provision exempts, rather than any offence: the
 * person is introduced inside the condition and the condition speaks of no offence, crime or act,
 * only of what the person did ("where a person who ... kills or injures the perpetrator in the course
 * of escaping", "where a person sold ... has been compelled to engage in prostitution"). Such a
 * provision is a narrow exemption: rewriting its condition as the causation test would turn it into
 * a different rule, so the general protection is added beside it instead. `old` is the condition's
 * words after its conjunction, `rest` the words of the sentence outside the condition.
 */
export function exemptsNamedConduct(old: string, rest: string): boolean {
  if (!/^\s{0,4}(?:a|an|any|every)\s{1,4}[a-z]/i.test(old)) return false;
  // The protection itself covers offences in general ("shall not be punished for any offence ..."): not narrow.
  if (ANY_OFFENCE.test(rest)) return false;
  return !/\b(?:criminal\s+acts?|offen[cs]es?|crimes?|acts?|unlawful|illegal)\b/i.test(old);
}

/** An offence in general, not a named one: "an offence", "any offence", "unlawful acts", "any criminal act". */
export const ANY_OFFENCE = /\b(?:any|an|all)\s{1,4}(?:(?:criminal|unlawful|other)\s{1,4})?(?:offen[cs]es?|acts?|crimes?)\b|\bunlawful\s{1,4}acts\b/i;

/** The general protection, added beside a narrow exemption: "A victim of trafficking shall not be liable to punishment for an offence committed as a direct result of having been trafficked." */
export function generalProtectionWording(conv: BillConventions, billText: string): string {
  const t = common(conv, patternText('pattern-general-protection'));
  // "A Victim" where the bill defines "Victim": the term mid-sentence, in lower case unless a proper name.
  const words = t.replace(/^(?:A|An)\s+(\S)/, (_m, c: string) => `${article(c)} ${c}`);
  return inBillSpelling(billText, words.charAt(0).toUpperCase() + words.slice(1));
}

/** "being a victim of trafficking" in the bill's term, or "having been trafficked" where the person is already named by that term or is many. */
function beingVictim(conv: BillConventions, r: Referent | undefined): string {
  if (r && (r.victim || r.plural)) return 'having been trafficked';
  const term = victimTerm(conv);
  return `being ${article(term)} ${term}`;
}

/**
 * The causation test written for the place it replaces a condition (see causationWording): the
 * provision's own referent and its own word for what was done, never "the person's" for a provision
 * that says "P", "he" or "the accused", and never an "act" the provision never mentioned.
 * - `conjunction` "because": the causal words alone ("as a direct result of being a victim of
 *   trafficking"), whose subject is the clause's own ("he committed the offence as a direct result of ...").
 * - an indefinite person introduced inside the replaced words ("Where a person sold ... has been
 *   compelled ..., such person shall not be liable"): the person is introduced again, so that what
 *   follows still refers to someone ("Where a person commits an act as a direct result of being a
 *   victim of trafficking, such person ...").
 * - otherwise: "the offence was committed as a direct result of his being a victim of trafficking".
 * `before` is the sentence up to the replaced words, `old` the replaced words (after the
 * conjunction), `provision` the provision's text (to find the person when the sentence names nobody),
 * `rest` the provision's text after the condition (the paragraphs the rewrite leaves out may state the
 * status it protects: "(b) the threat was made in connection with P being a victim of slavery or human
 * trafficking"), read only for that status.
 */
export function causationFor(conv: BillConventions, conjunction: string, before: string, old: string, provision = '', rest = ''): string {
  const plain = causationWords(conv, conjunction, before, old, provision);
  // "being such a victim" (a victim of the offences the provision names before): the class as written.
  const such = SUCH_A_VICTIM.test(old) ? plain.replace(/\bbeing an? victim of (?:human )?trafficking(?: (?:in|of) (?:persons|human beings))?\b/, 'being such a victim') : plain;
  let words = such !== plain ? such : inOwnStatus(plain, `${provision} ${old} ${rest}`);
  // "A victim of the offences under Articles 600 and 601" (slavery and servitude as well as trafficking):
  // the link is to being a victim of any of them, in the provision's own words, never to trafficking alone.
  const offences = words === plain ? OFFENCES_CLASS.exec(`${provision} ${old} ${rest}`) : null;
  if (offences) words = words.replace(/\bvictim of trafficking(?: in persons)?\b/, `victim of ${offences[1]!.replace(/\s+/g, ' ')}`).replace(/\bhaving been trafficked\b/, `having been a victim of ${offences[1]!.replace(/\s+/g, ' ')}`);
  // "the person appears to have been compelled": the standard ("appears") stays with the new test.
  if (APPEARS.test(old)) words = words.replace(/\b(offen[cs]e|act|conduct) was committed\b/, '$1 appears to have been committed');
  // One test, one wording: where the provision states the link elsewhere as a "direct consequence" (a child's
  // subsection: "does that act as a direct consequence of being ... a victim"), and never as a "direct result",
  // the new test says "direct consequence" too (drafter review 8, C7).
  if (DIRECT_CONSEQUENCE.test(`${provision} ${rest}`) && !DIRECT_RESULT.test(`${provision} ${rest}`)) words = words.replace(/\bas a direct result of\b/, 'as a direct consequence of');
  return words;
}

const DIRECT_CONSEQUENCE = /\b(?:an?|the)\s{1,4}direct\s{1,4}consequence\s{1,4}of\b/i;
const DIRECT_RESULT = /\bdirect\s{1,4}result\b/i;

/** A class named by the offences committed against the person, more than one or in the plural ("victims of the offences under Articles 600 and 601", "a victim of an offence under Articles 382-1 and 382-2"). */
const OFFENCES_CLASS = /\bvictims?\s{1,4}of\s{1,4}((?:the|an?|any)\s{1,4}offen[cs]es?\s{1,4}(?:under|against)\s{1,4}(?:articles?|sections?|arts?\.|ss?\.)\s{1,4}\d{1,4}(?:[.-]\d{1,4}){0,2}[A-Za-z]{0,2}(?:-[a-z]{1,12})?(?:(?:\s{0,4},\s{0,4}|\s{1,4}(?:and|or)\s{1,4})(?:(?:articles?|sections?)\s{1,4})?\d{1,4}(?:[.-]\d{1,4}){0,2}[A-Za-z]{0,2}(?:-[a-z]{1,12})?){0,4})(?![\w-]|\.\d|\s{0,4},\s{0,4}\d|\s{1,4}(?:and|or)\s{1,4}\d)/i;
const SUCH_A_VICTIM = /\bbeing\s{1,4}such\s{1,4}an?\s{1,4}victim\b/i;
const APPEARS = /\bappears?\s{1,4}to\s{1,4}(?:have\s{1,4}been|be)\b/i;

/**
 * The status a provision itself protects, where it is wider than trafficking ("attributable to slavery
 * or relevant exploitation", "a victim of slavery or human trafficking") or named by the offence that
 * makes it ("a victim of an offence under section 279.01"): the causation test keeps it, never
 * narrowing the provision to victims of trafficking or to a term the bill does not use.
 */
const OWN_STATUS = /\b(?:victims?\s{1,4}of|attributable\s{1,4}to)\s{1,4}(an?\s{1,4}offen[cs]e\s{1,4}(?:under|against)\s{1,4}(?:section|article|s\.)\s{1,4}\d{1,4}[A-Za-z]{0,2}(?:\.\d{1,4}[A-Za-z]{0,2}){0,2}(?:\(\d{1,3}\))?(?:\s{0,4}(?:,|or|and)\s{1,4}(?:section\s{1,4}|article\s{1,4})?\d{1,4}[A-Za-z]{0,2}(?:\.\d{1,4}[A-Za-z]{0,2}){0,2}(?:\(\d{1,3}\))?){0,4}(?:\s{0,4}\([A-Za-z][^()\n]{0,40}\))?|(?:modern\s{1,4})?slavery(?:\s{1,4}or\s{1,4}(?:of\s{1,4}|to\s{1,4})?(?:relevant\s{1,4}exploitation|human\s{1,4}trafficking|trafficking(?:\s{1,4}in\s{1,4}persons)?|exploitation))?|(?:human\s{1,4})?trafficking(?:\s{1,4}in\s{1,4}persons)?\s{1,4}or\s{1,4}(?:of\s{1,4})?(?:relevant\s{1,4})?(?:exploitation|slavery))/gi;
// The provision's own statement that past victims are protected too: "being, or having been, a victim of
// trafficking or exploitation", "the adult being, or having been, such a victim".
const BEING_OR_HAVING_BEEN = /\bbeing,?\s{1,4}or\s{1,4}having\s{1,4}been,?\s{1,4}((?:a|an|such\s{1,4}an?)\s{1,4}(?:victim|person)\b[^.;,\n]{0,80}?)(?=\s{0,4}(?:[.;,]|$|\band\b))/i;

/**
 * `words` (a causation test: "being a victim of trafficking", "having been trafficked") with the
 * status `provision` itself protects, where it is wider: "being, or having been, a victim of slavery or
 * human trafficking", "a victim of slavery or relevant exploitation". Unchanged where it states none.
 */
export function inOwnStatus(words: string, provision: string): string {
  // "being, or having been, such a victim": the causation test keeps both the past and the status as written.
  const past = BEING_OR_HAVING_BEEN.exec(provision);
  if (past) {
    const status = past[1]!.replace(/\s+/g, ' ');
    const kept = words.replace(/\bbeing a victim of trafficking(?: in persons)?\b/, `being, or having been, ${status}`).replace(/\bhaving been trafficked\b/, `being, or having been, ${status}`);
    if (kept !== words) return kept;
  }
  // The fullest statement of it ("victims of slavery" in a heading, "slavery or relevant exploitation" in the test).
  const found = [...provision.matchAll(OWN_STATUS)].map((m) => m[1]!.replace(/\s+/g, ' ').replace(/\bor (?:of|to) /, 'or '));
  if (!found.length) return words;
  const status = found.reduce((a, b) => (b.length > a.length ? b : a));
  return words.replace(/\bvictim of trafficking(?: in persons)?\b/, `victim of ${status}`).replace(/\bhaving been trafficked\b/, `having been a victim of ${status}`);
}

function causationWords(conv: BillConventions, conjunction: string, before: string, old: string, provision: string): string {
  const r = referentAt(conv, before, old, provision);
  if (/^because$/i.test(conjunction)) {
    const subject = referentsIn(before, conv).pop() ?? r;
    return common(conv, `as a direct result of ${beingVictim(conv, subject)}`);
  }
  const own = referentsIn(old, conv)[0];
  if (own?.indefinite && !own.plural) {
    const deed = deedAt(old, '');
    const noun = deed.plural ? deed.noun.replace(/s$/, '') : deed.noun;
    const verb = /act|offen|crime/.test(noun) ? 'commits' : 'engages in';
    const obj = noun === 'conduct' ? 'conduct' : `${article(noun)} ${noun}`;
    return common(conv, `${conjunction} ${own.noun} ${verb} ${obj} as a direct result of ${beingVictim(conv, own)}`);
  }
  const deed = deedAt(before, old);
  const poss = r ? r.possessive : 'the person’s';
  const victimPart = r && (r.victim || r.plural) ? `${poss} having been trafficked` : `${poss} ${beingVictim(conv, r)}`;
  // Conduct is engaged in, not committed: "the conduct occurred as a direct result of ...".
  const verb = deed.noun === 'conduct' ? 'occurred' : deed.noun === 'involvement' ? 'arose' : deed.plural ? 'were committed' : 'was committed';
  return common(conv, `${conjunction} the ${deed.noun} ${verb} as a direct result of ${victimPart}`);
}

/**
 * A test of time or control ("while under the control of the traffickers", "whilst being trafficked",
 * "while they were victims of trafficking", "while subjected to trafficking", "while in a situation of
 * exploitation") that ends where a compulsion condition begins (only a comma and spaces between). It is a link to the trafficking of its own: left beside the causation test, the
 * provision would state two links, one narrower than the other.
 */
const TEMPORAL_LINK = /\b(?:while|whilst)\s{1,4}(?:(?:he|she|they|he\s{1,4}or\s{1,4}she|the\s{1,4}(?:person|victim|accused|defendant))\s{1,4}(?:was|were|is|are)\s{1,4})?(?:being\s{1,4}(?:trafficked|exploited)|(?:being\s{1,4})?subjected\s{1,4}to\s{1,4}(?:human\s{1,4})?(?:trafficking|exploitation)(?:\s{1,4}in\s{1,4}persons)?|in\s{1,4}(?:a\s{1,4})?situation\s{1,4}of\s{1,4}(?:trafficking|exploitation)|(?:an?\s{1,4})?victims?\s{1,4}of\s{1,4}(?:human\s{1,4})?trafficking(?:\s{1,4}in\s{1,4}persons)?|under\s{1,4}the\s{1,4}(?:effective\s{1,4})?control\s{1,4}of\s{1,4}(?:the|a|an|any|his|her|their)\s{1,4}(?:[\w-]{1,30}\s{1,4}){0,3}?(?:traffickers?|exploiters?|perpetrators?|offenders?))(?=\s{0,4},?\s{0,4}(?:but\s{1,4})?$)/i;

/**
 * The time or control test (see TEMPORAL_LINK) that ends where a condition begins at `end`, searching
 * back to `from` (UTF-16 offsets into `text`, returned in the same coordinates); undefined where none
 * does. Shared by the causation fix (NP002) and the child limb (NP004), so that both set the same words aside.
 */
export function temporalLinkBefore(text: string, from: number, end: number): Span | undefined {
  const m = TEMPORAL_LINK.exec(text.slice(from, end));
  return m ? { start: from + m.index, end: from + m.index + m[0].length } : undefined;
}
