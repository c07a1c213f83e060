import type { SectionModel, Sentence } from './bill.js';
import {
  CONDITION_START, CONSEQUENCE, GENERIC_PERSON, MINOR, NOT_REQUIRED, NOT_REQUIRED_AFTER, OFFENDING, OTHER_ACTOR, PROSECUTION_DECISION, PROVISION_HEADING, RELIEF, RELIEF_PATTERNS,
  VICTIM, VICTIM_STATUS,
} from './lexicon.js';
import { firstMatch, has, lastMatch, matchAll, pattern, type WordMatch, type WordPattern } from './patterns.js';
import { EMPTY_MAP, sourceSpan } from './text.js';

/**
 * What every rule shares about one section: which of its sentences take a penal consequence away
 * from a victim of trafficking (a protection), in what form, for whom, from which consequences, and
 * where the words naming the acts covered and the condition are. Found from the section's own text
 * only (offsets relative to the section), so that it is cached with the section. Each rule reads its
 * own facts from these in its folder (src/engine/rules/<rule-id>/).
 */

export interface Span {
  start: number;
  end: number;
}

/** The forms a non-punishment provision takes (DESIGN.md section 2). */
export type ProvisionForm =
  | 'non-liability'
  | 'statutory-defence'
  | 'affirmative-defence'
  | 'not-guilty'
  | 'immunity'
  | 'exemption'
  | 'non-prosecution-duty'
  | 'non-detention'
  | 'safe-harbour'
  | 'presumption'
  | 'record-relief';

export const FORM_NAMES: Record<ProvisionForm, string> = {
  'non-liability': 'a rule that the victim is not liable, prosecuted or punished',
  'statutory-defence': 'a statutory defence',
  'affirmative-defence': 'an affirmative defence',
  'not-guilty': 'a rule that the victim is not guilty',
  immunity: 'an immunity',
  exemption: 'an exemption from liability',
  'non-prosecution-duty': 'a duty not to prosecute (or to discontinue)',
  'non-detention': 'a rule against detention',
  'safe-harbour': 'a safe harbour for minors',
  presumption: 'a presumption of victim status',
  'record-relief': 'relief from a conviction or record (vacating, expunging, sealing or setting aside)',
};

export type ConsequenceKind = keyof typeof CONSEQUENCE;

/** Where, in a protective sentence, a rule may find the words naming the acts covered. */
export interface ObjectCandidate {
  /** The word introducing it ("for", "in respect of", "to a charge of"), lower case. */
  anchor: string;
  /** Sentence-relative offsets of the words after the anchor, up to the condition or the sentence's end. */
  from: number;
  to: number;
}

export interface Protection {
  /** Index of the sentence in the section model. */
  sentence: number;
  form: ProvisionForm;
  /** The words that take the consequence away, section-relative. */
  relief: Span;
  /** Sentence-relative offsets of the relief words. */
  reliefAt: { from: number; to: number };
  /** Who is protected, as written (section-relative), when the sentence names them. */
  person?: Span;
  /** How the protected person was recognised. */
  personBy: 'victim' | 'victim-status' | 'minor' | 'list-lead' | 'context' | 'heading' | 'reference';
  consequences: { kind: ConsequenceKind; span: Span }[];
  /** Candidates, in order, for the words naming the acts covered (after the relief). */
  objects: ObjectCandidate[];
  /** The words before the relief in the same sentence (a "Where a victim commits an offence of..." clause). */
  subject: { from: number; to: number };
  /** Sentence-relative start of the condition after the relief ("if", "where", "that..."), if any. */
  condition?: number;
  /** "other than murder", "except offences in Schedule 4": carved out of the protection, section-relative. */
  carveOuts: Span[];
}

/** Wording that takes a penal consequence away but was not read as protecting a victim, and why. */
export interface NotAProtection {
  sentence: number;
  relief: Span;
  reason: 'someone-else' | 'no-victim' | 'care-setting' | 'no-offending' | 'power-to-legislate';
}

export const NOT_A_PROTECTION: Record<NotAProtection['reason'], string> = {
  'someone-else': 'the person protected is someone other than the victim (a carrier, an official, a person who helps)',
  'no-victim': 'the sentence does not say that the person protected is a victim of trafficking, slavery, forced labour or exploitation',
  'care-setting': 'it is about assistance (a shelter, the victim\'s consent), not punishment',
  'no-offending': 'it does not speak of an offence or a penal consequence',
  'power-to-legislate': 'it is a power to make regulations or rules on the matter, not a protection: the victim is protected only if and when such rules are made',
};

export interface SectionReading {
  /**
   * The section as the rules read it: the same model, with every sentence that is not the bill's own
   * operative words (see `isOperative`) left empty in its place (so sentence indices still agree with
   * the section's model) and definitions made in such words left out. Rules recognise from this.
   */
  operative: SectionModel;
  headingIsProvision: boolean;
  protections: Protection[];
  /** Wording that takes a consequence away but was not read as protecting a victim (for `np-lint explain`). */
  notProtections: NotAProtection[];
  /** Sentences elsewhere in the section that carve offences out ("This section does not apply to..."). */
  carveOuts: { span: Span; sentence: number }[];
  /** The section speaks of proof, the link required, children or the scope: it may complete a provision it refers to. */
  speaksOfProvisionMatters: boolean;
  /** The section grants record relief (vacating, expunging...) without itself naming victims. */
  recordReliefByReference: Protection[];
}

/**
 * A power to legislate on the matter, before the relief in the same clause: "regulations may provide
 * for the circumstances in which a victim is not to be prosecuted", "The Minister may make rules
 * providing that ...". Such a power protects no one until it is used, and it may never be (probe k31).
 */
export const POWER_TO_LEGISLATE = [
  pattern(
    'power.regulations-may-provide',
    'Regulations, rules or orders that "may provide" (or "prescribe", "specify") what follows: a power to legislate, not a protection.',
    String.raw`\b(?:regulations|rules|orders|by-?laws|decrees|subsidiary\s+legislation)\s+(?:made\s+under\s+(?:this|that|the)\s+(?:\w+\s+){0,3}?)?(?:may|shall|must)\s+(?:also\s+)?(?:provide|prescribe|specify|set\s+out|make\s+provision|determine|lay\s+down)\b`,
    {
      flag: ['[[regulations may provide]] for the cases in which a trafficked person is not to be charged', 'Without limiting subsection (1), [[rules made under this Act may prescribe]] when a victim shall not be detained'],
      pass: ['A victim of trafficking shall not be prosecuted for any offence committed as a direct result of being trafficked.', 'in the manner the rules provide'],
    },
  ),
  pattern(
    'power.may-make-regulations',
    'A Minister or another authority empowered to make regulations, rules or orders: "The Minister may make regulations providing that ...", "may, by order, provide".',
    String.raw`\b(?:may|shall|must)\s+(?:make|issue|adopt)\s+(?:regulations|rules|orders?|by-?laws|decrees?)\b|\bmay\s*,?\s+by\s+(?:regulations?|rules?|order|decree|notice)\s*,?\s+(?:provide|prescribe|specify|declare|direct)\b`,
    {
      flag: ['The Secretary of State [[may make regulations]] under which a victim of slavery is not to be prosecuted', 'The Minister [[may, by order, provide]] that trafficked persons shall not be detained'],
      pass: ['The Minister shall ensure that no victim of trafficking is prosecuted.'],
    },
  ),
] as const;

/** "Except as regulations may provide, no victim shall be punished": the power qualifies a protection the sentence itself gives. */
const QUALIFIES_PROTECTION = /\b(?:except|save|unless|subject\s{1,8}to|other\s{1,8}than)\s{1,8}(?:as\s{1,8}|in\s{1,8}so\s{1,8}far\s{1,8}as\s{1,8})?(?:(?:the|any|such)\s{1,8})?$/i;

/**
 * Whether the words before a relief hold a power to legislate whose object is the relief ("regulations
 * may provide for the circumstances in which a victim is not to be prosecuted"), not one that only
 * qualifies a protection the sentence gives ("Except as regulations may provide, no victim shall be ...").
 */
export function isPowerToLegislate(subject: string): boolean {
  const m = firstMatch(POWER_TO_LEGISLATE, subject);
  return m !== undefined && !QUALIFIES_PROTECTION.test(subject.slice(Math.max(0, m.index - 40), m.index));
}

/** How far around the words that trigger it an analysis looks (characters); keeps long paragraphs linear. */
export const MAX_REGION = 3000;

/** How many wordings that take a consequence away are read in one sentence before giving up on it. */
const MAX_RELIEFS_PER_SENTENCE = 24;

export function span(s: Sentence, start: number, end: number): Span {
  const [a, b] = sourceSpan(s, start, end);
  return { start: a, end: b };
}

/** Whether the words at `at` sit in a "need not be shown" context earlier in the same clause. */
export function notRequired(text: string, at: number): boolean {
  if (firstMatch(NOT_REQUIRED_AFTER, text.slice(at, at + 120))) return true;
  const from = Math.max(0, at - 160);
  const last = lastMatch(NOT_REQUIRED, text, from, at);
  if (!last) return false;
  // A full stop or a semicolon between the two ends the "need not" context.
  return !/[.;]/.test(text.slice(last.end, at));
}

const FORM_OF: Record<string, ProvisionForm> = {
  [RELIEF.negated.id]: 'non-liability',
  [RELIEF.negatedSubject.id]: 'non-liability',
  [RELIEF.negatedClass.id]: 'non-liability',
  [RELIEF.noProceedings.id]: 'non-prosecution-duty',
  [RELIEF.prosecutorDuty.id]: 'non-prosecution-duty',
  [RELIEF.notGuilty.id]: 'not-guilty',
  [RELIEF.defence.id]: 'statutory-defence',
  [RELIEF.affirmativeDefence.id]: 'affirmative-defence',
  [RELIEF.immunity.id]: 'immunity',
  [RELIEF.exemption.id]: 'exemption',
  [RELIEF.presumption.id]: 'presumption',
  // Liability unless it is shown ...: the exception is decided at trial, as a defence is.
  [RELIEF.exceptionToLiability.id]: 'statutory-defence',
  [RELIEF.penaltyRemitted.id]: 'exemption',
  [RELIEF.courtRelief.id]: 'non-prosecution-duty',
  [RELIEF.opportunity.id]: 'non-prosecution-duty',
  [RELIEF.optionalProceedings.id]: 'non-prosecution-duty',
  [RELIEF.fileAway.id]: 'non-prosecution-duty',
  [RELIEF.notDelinquent.id]: 'non-liability',
  [RELIEF.weighsInDecision.id]: 'non-prosecution-duty',
  [RELIEF.weighsVictimhood.id]: 'non-prosecution-duty',
  [RELIEF.recordRelief.id]: 'record-relief',
};

const ACTIVE = new Set<string>([RELIEF.prosecutorDuty.id, RELIEF.noProceedings.id, RELIEF.noLiability.id, RELIEF.courtRelief.id, RELIEF.opportunity.id, RELIEF.optionalProceedings.id, RELIEF.fileAway.id, RELIEF.weighsInDecision.id, RELIEF.weighsVictimhood.id]);
/** "An act is not culpable where ...", "Nothing is an offence which is done by ...": the act, not a person, is the subject. */
const ACT_AS_SUBJECT = /^\s*(?:\(\w{1,4}\)\s*|§\s*\d+\.?\s*)?(?:(?:an?|the|any|such)\s+(?:act|acts|conduct|offen[cs]es?|deed)\b|nothing\s+(?:is|shall\s+be)\s+an\s+offen[cs]e\b)/i;
const DEFENCE = new Set<string>([RELIEF.defence.id, RELIEF.affirmativeDefence.id]);

/** Where the acts covered are introduced after the relief: "for", "in respect of", "to a charge of"... */
export const OBJECT_ANCHOR = pattern(
  'object.anchor',
  'The words that introduce the acts a protection covers: "for", "in respect of", "in relation to", "to a charge of", "with" (charged with), "of" (guilty of), "under" (prosecuted under a law).',
  String.raw`\b(?:in\s+respect\s+of|in\s+relation\s+to|relating\s+to|related\s+to|with\s+respect\s+to|with\s+regard\s+to|regarding|concerning|on\s+account\s+of|by\s+reason\s+of|for|on|with|of|to|under|against)\b`,
  { flag: ['shall not be liable [[in respect of]] the following', 'shall not be prosecuted [[for]] soliciting'], pass: ['shall not be prosecuted'] },
);

/** After an anchor, words naming the consequence itself, not the acts ("liable [to] prosecution for ..."). */
const CONSEQUENCE_NEXT = /^\s*(?:be\s+(?:prosecuted|punished|charged|tried|convicted|detained|arrested|penali[sz]ed)\b|(?:criminal\s+|any\s+)?(?:prosecution|proceedings?|punishment|penalt\w*|liability|charges?|detention|arrest|sanctions?|fines?|imprisonment|trial|conviction|custody|stand\s+trial)\b(?!\s+(?:of|for|under|in\s+respect\s+of)\b))/i;
/** After an anchor, words naming a person ("against [a victim]"): the acts are named further on. */
const PERSON_NEXT = /^\s*(?:an?\s+|the\s+|any\s+|such\s+)?(?:victims?|trafficked|persons?|child(?:ren)?|minors?|him|her|them|the\s+person|accused|defendants?|individuals?)\b/i;

function objectCandidates(t: string, from: number): ObjectCandidate[] {
  const out: ObjectCandidate[] = [];
  const limit = Math.min(t.length, from + MAX_REGION);
  const cond = firstMatch(CONDITION_START, t, from, limit);
  // ", and every such child shall be produced before...": a new clause ends the words too.
  const clause = /,\s{0,8}(?:and|but)\s{1,8}(?=[^,;.]{0,80}?\b(?:shall|must|may|will)\b)/i.exec(t.slice(from, limit));
  // "It is a defence to a charge of soliciting that the accused ...": the condition of a defence.
  const that = /\s{1,8}that\s{1,8}(?=(?:the|he|she|they|it|his|her|a|an|such)\b)/i.exec(t.slice(from, limit));
  const condAt = Math.min(cond ? cond.index : limit, clause ? from + clause.index : limit, that ? from + that.index : limit);
  // The words naming the acts come before the condition; an "of" inside "as a direct result of" does not start them.
  for (const a of matchAll(OBJECT_ANCHOR, t, from, condAt).slice(0, 8)) {
    const rest = t.slice(a.end, a.end + 60);
    // "not to bear criminal liability for, nor be held in custody on account of, offences of ...".
    if (CONSEQUENCE_NEXT.test(rest) || PERSON_NEXT.test(rest) || /^\s*,\s*(?:nor|or|and)\b/i.test(rest)) continue;
    // "the penalties provided for in the Aliens Law": "for" belongs to the words naming the law, not to the acts.
    if (/^for$/i.test(a.text) && /\bprovided\s{1,8}$/i.test(t.slice(Math.max(from, a.index - 12), a.index)) && /^\s{1,8}(?:in|by|under)\b/i.test(rest)) continue;
    if (condAt <= a.end) continue;
    // "against a victim [of] human trafficking for violating ...": "of" completes the person's name.
    if (/^of$/i.test(a.text) && /\b(?:victims?|survivors?)\s{1,8}$/i.test(t.slice(Math.max(from, a.index - 20), a.index))) continue;
    out.push({ anchor: a.text.toLowerCase().replace(/\s+/g, ' '), from: a.end, to: condAt });
  }
  return out;
}

/** Words that a sentence speaks of someone's knowledge of the victim: a defence for the buyer, not the victim. */
const KNOWLEDGE_WORD = /\b(?:know|knew|known|knowing|aware|awareness|believ\w{0,40}|belief|suspect\w{0,40})\b/gi;
const VICTIM_WORD = /\b(?:victim|trafficked)/gi;
/**
 * Whether a knowledge word is followed, within 80 characters and before a full stop or semicolon,
 * by "victim" or "trafficked" (see `KNOWLEDGE_WORD`). Two linear passes and a bounded look between
 * them, rather than one pattern with a gap, whose many starting points backtrack over each other.
 */
function knowledgeOfVictim(t: string): boolean {
  const victims = [...t.matchAll(VICTIM_WORD)].map((m) => m.index);
  if (!victims.length) return false;
  let v = 0;
  for (const k of t.matchAll(KNOWLEDGE_WORD)) {
    const end = k.index + k[0].length;
    while (v < victims.length && victims[v]! < end) v++;
    if (v === victims.length) return false;
    const at = victims[v]!;
    if (at - end <= 80 && !/[.;]/.test(t.slice(end, at))) return true;
  }
  return false;
}
/** A shelter or care setting: "shall not be detained in a shelter against his or her will" is assistance, not non-punishment. */
const CARE_SETTING = /\b(?:shelters?|refuges?|safe\s+houses?|care\s+(?:home|centre|center|facility)|against\s+(?:his|her|their|the\s+victim's)\s+(?:or\s+her\s+)?will|without\s+(?:his|her|their)\s+(?:or\s+her\s+)?consent)\b/i;
/** Penal or immigration context for a detention rule. */
const PENAL_DETENTION = /\b(?:immigration|detention\s+cent(?:re|er)|custody|prison|jail|gaol|police\s+cell|offen[cs]e|crime|unlawful|illegal|criminal|status|irregular|deport\w*|removal)\b/i;

/** The victim named as the object of someone's act: "released the victim", "employs a trafficked person". */
const VICTIM_AS_OBJECT = /\b(?!(?:is|was|are|were|been|being|becomes?|became|remains?|as|of|to|for|by|with|from|any|every|each|no|such|and|or)\b)[a-z]+(?:ed|s|es)\s{1,8}(?:the|a|an|any|such)\s{1,8}(?:[\w-]+\s{1,8}){0,2}$/i;

/** A person referred back to: "the person", "such person", "the foreign national", "he or she". */
const DEFINITE_PERSON = /^\s*(?:[\w,()]+\s+){0,6}?(?:(?:the|such|that|this)\s+(?:[\w-]+\s+)?(?:person|persons|accused|defendant|individual|national|foreigner|minor|child|applicant)|he|she|they)\b/i;

/** Whether the words before a colon earlier in the sentence name victims ("Victims have the following rights: ..."). */
function colonLeadNamesVictim(t: string, at: number): boolean {
  const colon = t.lastIndexOf(':', at);
  return colon > 0 && has(VICTIM, t.slice(0, colon)) && !has(RELIEF_PATTERNS, t.slice(0, colon));
}

/** Whether an earlier sentence of the section says that a person is a victim (for a sentence that refers back to the person). */
function earlierNamesVictim(model: SectionModel, i: number): boolean {
  for (let k = Math.max(0, i - 3); k < i; k++) if (has(VICTIM, model.sentences[k]!.text)) return true;
  return false;
}

/** A sentence referring back to a person named before: "such a person", "the person", "he or she". */
const REFERS_BACK = /\b(?:such|that|the|this)\s{1,8}(?:person|individual|applicant|accused|defendant)\b|\b(?:he|she|they|him|her|them)\b/i;
/** Record relief about someone else's conviction: the offender's, the trafficker's. */
const OFFENDER_RECORD = /\b(?:offenders?|traffickers?|perpetrators?|exploiters?)\b/i;

const SAFE_HARBOUR_KIND = /\b(?:prostitution|soliciting|solicitation|commercial\s+sex\w*|sex\s+work|loitering\s+for|sexual\s+(?:act|conduct)\s+for|delinquen\w*|brothels?|rescued|sexual(?:ly)?\s+exploit\w*)\b/i;

/** The rest of the clause after `from`: up to a full stop or semicolon, at most 240 characters. */
function clauseAfter(t: string, from: number): string {
  const rest = t.slice(from, from + 240);
  const stop = rest.search(/[.;]/);
  return stop >= 0 ? rest.slice(0, stop) : rest;
}
/** The victim's exception to liability: "unless it is shown that ..." (after "shall be liable"). */
const UNLESS_SHOWN = /\bunless\s{1,8}it\s{1,8}(?:is|has\s{1,8}been)\s{1,8}(?:shown|proved|proven|established|demonstrated)\b/i;
/** A penalty already imposed, taken away: "... shall be remitted" (after "the penalty imposed on"). */
const TAKEN_AWAY = /\s(?:shall|may|must|will|is\s{1,8}to)\s{1,8}be\s{1,8}(?:remitted|waived|cancell?ed|annulled|lifted|extinguished)\b/i;

function formOf(m: WordMatch): ProvisionForm {
  return FORM_OF[m.pattern.id] ?? 'non-liability';
}

function consequencesIn(s: Sentence, t: string, from: number, to: number): Protection['consequences'] {
  const out: Protection['consequences'] = [];
  for (const [kind, p] of Object.entries(CONSEQUENCE) as [ConsequenceKind, WordPattern][]) {
    for (const m of matchAll(p, t, from, to)) out.push({ kind, span: span(s, m.index, m.end) });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** The relief words and their coordinated list: "shall not be arrested, detained, prosecuted or punished". */
function reliefReach(t: string, m: WordMatch): number {
  // "is not liable to be arrested, detained, prosecuted or removed": the list begins after "liable to be".
  const liableTo = /liable$/i.test(m.text) ? /^\s{1,4}to\s{1,4}be\s{1,4}(?:arrested|detained|prosecuted|punished|penali[sz]ed|removed|deported|expelled|charged|tried|convicted|fined|imprisoned|sentenced)\b/i.exec(t.slice(m.end, m.end + 40)) : null;
  const from = m.end + (liableTo ? liableTo[0].length : 0);
  const rest = t.slice(from, from + 200);
  const list = /^(?:\s*(?:,\s*(?:or|and|nor)\b|,|\bor\b|\band\b|\bnor\b|\/)\s*(?:be\s+|otherwise\s+|(?:shall|may|must|will)\s+(?:an?\s+|any\s+)?)?(?:held\s+|made\s+|subjected\s+to\s+|placed\s+in\s+)?(?:\w+\s+){0,2}?(?:liability\s+for\s+(?:an?\s+)?(?:contraventions?|administrative\s+offen[cs]es?|minor\s+offen[cs]es?|misdemeanou?rs?|infractions?)|liable|responsible|prosecuted|penali[sz]ed|punished|detained|arrested|charged|fined|imprisoned|sanctioned|convicted|sentenced|deported|expelled|removed|criminali[sz]ed|tried|proceedings|prosecution|punishment|penalt(?:y|ies)|detention|arrest|sanctions?|liability|responsibility|custody|deportation|removal|expulsion|prison|jail|gaol))+/i.exec(rest);
  return from + (list ? list[0].length : 0);
}

/**
 * Sections the section's own words say create the trafficking offence ("trafficking in persons in
 * violation of section 53a-192a"): a person "acting in violation of section 53a-192a" is a trafficker,
 * and the accused that person coerced is a victim.
 */
function traffickingSections(model: SectionModel): Set<string> {
  const out = new Set<string>();
  const re = /\btraffick\w{0,40}[^.;]{0,60}?\b(?:in\s{1,8}violation\s{1,8}of|under|contrary\s{1,8}to|as\s{1,8}defined\s{1,8}in|within\s{1,8}the\s{1,8}meaning\s{1,8}of)\s{1,8}(?:sections?|§|articles?)\s{0,8}(\d[\w.-]{0,12}\w)/gi;
  for (const s of model.sentences) for (const m of s.text.matchAll(re)) out.add(m[1]!.toLowerCase());
  return out;
}

function actsForTrafficker(t: string, numbers: Set<string>): boolean {
  if (!numbers.size) return false;
  const re = /\bby\s+(?:an?\s+|the\s+|another\s+)?(?:person|individual|one)\s+(?:who\s+(?:is|was)\s+)?(?:acting\s+)?(?:in\s+violation\s+of|guilty\s+of\s+an\s+offen[cs]e\s+under)\s+(?:sections?|§|articles?)\s*(\d[\w.-]{0,12}\w)/gi;
  for (const m of t.matchAll(re)) if (numbers.has(m[1]!.toLowerCase())) return true;
  return false;
}

function readSentence(model: SectionModel, i: number, headingIsProvision: boolean, trafficking: Set<string> = new Set()): Protection | NotAProtection | undefined {
  const s = model.sentences[i]!;
  const t = s.text;
  const reliefs = matchAll(RELIEF_PATTERNS, t);
  if (!reliefs.length) return undefined;
  let rejected: NotAProtection | undefined;
  const reject = (m: WordMatch, reason: NotAProtection['reason']) => {
    if (!rejected) rejected = { sentence: i, relief: span(s, m.index, m.end), reason };
  };
  // A list item ("7. To be exempted from criminal liability...") takes its subject from the words introducing the list.
  const lead = model.sentences[i - 1];
  const inList = model.clauses[s.clause]?.level !== 'text' || (lead !== undefined && /[:—–-]\s*(?:\[\.\.\.\])?$/.test(lead.text));
  const leadNamesVictim = inList && lead !== undefined && has(VICTIM, lead.text) && !has(RELIEF_PATTERNS, lead.text);
  // "has an affirmative defence if:" followed by the conditions as their own sentences (US numbering).
  let listed = '';
  if (/[:—–]\s*$/.test(t)) for (let k = i + 1; k < Math.min(model.sentences.length, i + 5); k++) listed += ' ' + model.sentences[k]!.text;
  // A provision states a protection with a few reliefs to a sentence; after many rejected ones a
  // sentence (a pasted list of carriers' and officials' immunities, say) is read no further, so the
  // work per sentence stays bounded.
  let tried = 0;
  for (const m of reliefs) {
    if (++tried > MAX_RELIEFS_PER_SENTENCE) break;
    let form = formOf(m);
    // The subject: the words before the relief, back to the start of the clause.
    const before = t.slice(Math.max(0, m.index - MAX_REGION), m.index);
    const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'));
    const subjectFrom = Math.max(0, m.index - MAX_REGION) + (cut >= 0 ? cut + 1 : 0);
    const subject = t.slice(subjectFrom, m.index);
    // The relief's own words may hold the subject: "No woman who was trafficked shall be punished",
    // "Nothing is an offence which ...", "Nothing in this Part renders a trafficked person liable".
    let inRelief = m.pattern === RELIEF.negatedSubject || m.pattern === RELIEF.negatedClass || ((m.pattern === RELIEF.notGuilty || m.pattern === RELIEF.negated) && /^no(?:thing)?\b/i.test(m.text)) ? m.text : '';
    // Liability is a protection only with the victim's exception in the same clause; a penalty imposed
    // is one only where the clause takes it away (and the person it was imposed on is the one protected).
    if (m.pattern === RELIEF.exceptionToLiability && !(/acquitted$/i.test(m.text) ? /\bunless\b/i : UNLESS_SHOWN).test(clauseAfter(t, m.end))) continue;
    if (m.pattern === RELIEF.penaltyRemitted) {
      const away = TAKEN_AWAY.exec(clauseAfter(t, m.end));
      if (!away) continue;
      inRelief = t.slice(m.index, m.end + away.index);
    }
    const after = t.slice(m.end, Math.min(t.length, m.end + MAX_REGION));
    // Weighing whether the person is a victim is a protection only in a decision to prosecute (not in sentencing).
    if (m.pattern === RELIEF.weighsVictimhood && !PROSECUTION_DECISION.test(t)) continue;
    if (isPowerToLegislate(subject)) {
      reject(m, 'power-to-legislate');
      continue;
    }
    const reach = reliefReach(t, m);
    let objects = objectCandidates(t, reach);
    // "No action shall be taken against a trafficked victim, and the victim shall not be arrested ...
    // in respect of any of the following acts": the acts follow the last of the coordinated reliefs.
    // (Only the next few reliefs, close by: a run of thousands of them stays linear.)
    for (const later of reliefs) {
      if (objects.length || later.index > m.end + 400) break;
      if (later.index > m.index) objects = objectCandidates(t, reliefReach(t, later));
    }
    const cond = firstMatch(CONDITION_START, t, reach, Math.min(t.length, reach + MAX_REGION));
    let person: Span | undefined;
    let personBy: Protection['personBy'] | undefined;
    const victimIn = (text: string, base: number): WordMatch | undefined => {
      const v = firstMatch(VICTIM, text);
      return v ? { ...v, index: v.index + base, end: v.end + base } : undefined;
    };
    if (ACTIVE.has(m.pattern.id)) {
      // "The prosecutor shall not institute proceedings against a victim": the victim is the object.
      const v = victimIn(m.text, m.index) ?? victimIn(after, m.end) ?? victimIn(subject, subjectFrom);
      const actorAfter = firstMatch(OTHER_ACTOR, after.slice(0, 80));
      const minor = firstMatch(MINOR, subject) ?? firstMatch(MINOR, m.text);
      if (v && !(actorAfter && actorAfter.index + m.end < v.index)) {
        person = span(s, v.index, v.end);
        personBy = 'victim';
      } else if (!v && has(VICTIM, listed)) {
        // "The principle of opportunity may be applied in the following cases: ... 19. Where the accused is a victim of trafficking ...".
        personBy = 'victim-status';
      } else if (!v && minor && SAFE_HARBOUR_KIND.test(t)) {
        // "A minor charged with prostitution may move to dismiss the charge": a safe harbour.
        form = 'safe-harbour';
        personBy = 'minor';
      } else if (!v && earlierNamesVictim(model, i) && /\b(?:the|such|that)\s{1,8}(?:person|accused|defendant|individual|victim|charge|prosecution|proceedings)\b|\b(?:him|her|them)\b/i.test(t)) {
        // "(2) Where the prosecutor finds that it was, the prosecutor must withdraw the charge".
        personBy = 'context';
      }
    } else if (DEFENCE.has(m.pattern.id)) {
      // A defence protects the accused: the sentence must say the accused was a victim, not that
      // someone knew of a victim (a defence for the buyer), and not be a defence for someone else.
      const forWhom = /^\s{0,8}(?:to\s{1,8}[^,;]{0,80}?\s{1,8})?for\s{1,8}(?:an?\s{1,8}|the\s{1,8})?(\w{1,40}(?:\s{1,8}\w{1,40})?)/i.exec(after);
      const other = forWhom && has(OTHER_ACTOR, forWhom[1]!);
      const status = firstMatch(VICTIM_STATUS, t);
      // A defence for a person compelled into prostitution by another is a defence for a victim of sex trafficking.
      const compelledSex = /\b(?:another\s{1,8}person|a\s{1,8}third\s{1,8}(?:person|party)|someone)\s{1,8}(?:had\s{1,8})?(?:compelled|forced|coerced)\b/i.test(t) && SAFE_HARBOUR_KIND.test(t);
      if (!other && status && !knowledgeOfVictim(t)) {
        person = span(s, status.index, status.end);
        personBy = 'victim-status';
      } else if (!other && (has(VICTIM_STATUS, listed) || compelledSex || actsForTrafficker(t, trafficking)) && !knowledgeOfVictim(t + listed)) {
        personBy = 'victim-status';
      } else if (!other && headingIsProvision && !knowledgeOfVictim(t)) {
        personBy = 'heading';
      }
    } else if (m.pattern === RELIEF.recordRelief) {
      const v = firstMatch(VICTIM_STATUS, t) ?? firstMatch(VICTIM, t);
      if (v) {
        person = span(s, v.index, v.end);
        personBy = 'victim';
      } else if (headingIsProvision) personBy = 'heading';
      else if (REFERS_BACK.test(t) && !OFFENDER_RECORD.test(t) && !has(OTHER_ACTOR, t) && earlierNamesVictim(model, i)) {
        // "(2) Where such a person has been convicted of such an offence, the person may apply to have
        // the conviction annulled": the person an earlier sentence of the section said was a victim.
        personBy = 'context';
      }
    } else {
      // Passive forms: the protected person is the subject.
      const subjectText = subject + inRelief;
      const v = victimIn(subjectText, subjectFrom);
      const actor = firstMatch(OTHER_ACTOR, subjectText);
      // "A person who ... has released the victim shall be relieved...": the victim is the object of
      // the person's act, so the person protected is someone else (here, the offender).
      const objectOfAct = v !== undefined && VICTIM_AS_OBJECT.test(t.slice(Math.max(subjectFrom, v.index - 40), v.index));
      const someoneElse = (actor !== undefined && (!v || actor.index + subjectFrom < v.index)) || objectOfAct;
      if (someoneElse) {
        reject(m, 'someone-else');
        continue;
      }
      if (v) {
        person = span(s, v.index, v.end);
        personBy = 'victim';
      } else if (ACT_AS_SUBJECT.test(subjectText) && has(VICTIM, after)) {
        // "An act is not culpable where it is committed by a victim of trafficking ...".
        const v2 = firstMatch(VICTIM, after)!;
        person = span(s, m.end + v2.index, m.end + v2.end);
        personBy = 'victim';
      } else if (has(GENERIC_PERSON, subjectText) && (has(VICTIM_STATUS, after + listed) || has(VICTIM, after.slice(Math.max(0, (cond?.index ?? m.end) - m.end))))) {
        const g = firstMatch(GENERIC_PERSON, subjectText)!;
        person = span(s, g.index + subjectFrom, g.end + subjectFrom);
        personBy = 'victim-status';
      } else if (has(MINOR, subjectText) && (SAFE_HARBOUR_KIND.test(t) || SAFE_HARBOUR_KIND.test(model.heading))) {
        const g = firstMatch(MINOR, subjectText)!;
        person = span(s, g.index + subjectFrom, g.end + subjectFrom);
        personBy = 'minor';
        form = 'safe-harbour';
      } else if (leadNamesVictim || (/^\s*(?:\d{1,2}[.)]\s*)?(?:not\s+)?to\s+/i.test(subject) || subject.trim() === '') && colonLeadNamesVictim(t, m.index)) {
        // "Victims of trafficking have the following rights: ...; not to bear criminal liability for ...".
        personBy = 'list-lead';
      } else if (DEFINITE_PERSON.test(subjectText) && earlierNamesVictim(model, i)) {
        // "(2) During that period the foreign national shall not be placed in detention": the person
        // the section's earlier words said was a victim.
        const g = firstMatch(GENERIC_PERSON, subjectText);
        if (g) person = span(s, g.index + subjectFrom, g.end + subjectFrom);
        personBy = 'context';
      } else if (headingIsProvision) {
        personBy = 'heading';
      }
    }
    if (!personBy) {
      reject(m, 'no-victim');
      continue;
    }
    // A protection speaks of offending or a penal consequence; a detention rule of a penal or immigration setting.
    const consequences = consequencesIn(s, t, m.index, reach);
    // "administrative detention" is detention; "removal" an immigration measure: a rule against detention.
    const detentionOnly = consequences.length > 0 && consequences.every((c) => c.kind === 'detention' || c.kind === 'immigration' || (c.kind === 'administrative' && consequences.some((d) => d.kind === 'detention' && d.span.start > c.span.start && d.span.start - c.span.end < 3)));
    if (form === 'non-liability' && detentionOnly) {
      if (CARE_SETTING.test(t) || !PENAL_DETENTION.test(t)) {
        reject(m, 'care-setting');
        continue;
      }
      form = 'non-detention';
    }
    if ((form === 'presumption' || (form !== 'non-detention' && form !== 'record-relief')) && !has(OFFENDING, t) && personBy !== 'heading') {
      reject(m, 'no-offending');
      continue;
    }
    if (form === 'non-liability' && personBy === 'minor') form = 'safe-harbour';
    const carveOuts: Span[] = [];
    for (const c of matchAll(CARVE_OUT, t, reach, Math.min(t.length, reach + MAX_REGION))) carveOuts.push(span(s, c.index, c.end));
    const p: Protection = {
      sentence: i,
      form,
      relief: span(s, m.index, m.end),
      reliefAt: { from: m.index, to: m.end },
      personBy,
      consequences,
      objects,
      subject: { from: subjectFrom, to: m.index },
      carveOuts,
    };
    if (person) p.person = person;
    if (cond) p.condition = cond.index;
    return p;
  }
  return rejected;
}

/** Words carving offences out of a protection: "other than murder", "except an offence listed in Schedule 4". */
export const CARVE_OUT = pattern(
  'scope.carve-out',
  'Offences carved out of an otherwise open protection: "other than murder", "except offences punishable by life imprisonment", "excluding serious offences".',
  String.raw`\b(?:other\s+than|except(?:\s+for)?|excepting|excluding|save\s+(?:for\s+)?|but\s+not|not\s+including)\s+(?:an?\s+|any\s+|the\s+)?(?:(?:offen[cs]es?|crimes?|acts?)\s+(?:of|under|listed|specified|set\s+out|punishable|involving|against)\b(?:[^,;.]|\.(?=\s?\d)){0,120}|[^,;.]{1,120})`,
  {
    flag: ['for any offence [[other than murder]]', 'any crime, [[except offences punishable by life imprisonment]],', 'any charge, [[other than an offence listed in s. 9(1)]].'],
    pass: ['for any offence committed as a direct result of being trafficked'],
  },
);

/**
 * A saving clause that expressly keeps a penalty other than criminal liability: "the foregoing shall
 * not prevent the deportation of the victim", "without prejudice to the removal of the person", "but
 * may be deported in accordance with the law". It keeps the penalty; it does not protect from it.
 */
const KEPT_PENALTY = String.raw`(?:deport\w{0,6}|remov(?:e|ed|al)|expel(?:led)?|expulsion|repatriat\w{1,6}|detain(?:ed)?|detention|fined?|fines|administrative\s+(?:penalt(?:y|ies)|sanctions?|measures?))`;
export const SAVING_CLAUSE = pattern(
  'scope.saving-clause',
  'A saving clause that expressly keeps a penalty other than criminal liability: "the foregoing shall not prevent the deportation of the victim", "without prejudice to the removal of the person", "but may be deported".',
  String.raw`\b(?:shall|does|will|is\s+to|must)\s+not\s+(?:prevent|preclude|bar|affect|prejudice|limit|restrict)\s+(?:the\s+|any\s+|a\s+)?(?:\w+\s+){0,2}?${KEPT_PENALTY}\b|\bwithout\s+prejudice\s+to\s+(?:the\s+|any\s+|a\s+)?(?:\w+\s+){0,2}?${KEPT_PENALTY}\b|\b(?:may|shall|can)\s+(?:nevertheless|nonetheless|still|however|none\s+the\s+less)\s+be\s+${KEPT_PENALTY}\b|\bbut\s+(?:he\s+or\s+she\s+|she\s+or\s+he\s+|the\s+(?:victim|person)\s+|they\s+)?(?:may|shall|can)\s+(?:\w+\s+)?be\s+${KEPT_PENALTY}\b`,
  {
    flag: [
      'The victim shall not be prosecuted; this [[shall not prevent the deportation]] of the victim under the immigration laws.',
      'is not liable for the offence, [[without prejudice to the removal]] of the person from the State.',
      'shall not be charged with unlawful entry, [[but may be deported]] under the Immigration Act.',
      'The person [[may nevertheless be detained]] pending removal.',
    ],
    pass: ['The victim shall not be detained or deported.', 'Nothing in this section prevents the prosecution of a victim for an offence not linked to the trafficking.', 'without prejudice to any other defence'],
  },
);

/** A sentence that carves offences out of the section: "This section does not apply to an offence listed in Schedule 4". */
const OFFENCES_CARVED_OUT = String.raw`\b(?:does|shall|do|will)\s+not\s+apply\s+(?:to|in\s+relation\s+to|in\s+respect\s+of|where)\b[^.;]{0,300}|\bis\s+not\s+available\s+(?:to|for|in\s+respect\s+of)\b[^.;]{0,300}|\bshall\s+not\s+(?:extend|be\s+available)\s+to\b[^.;]{0,300}`;

/**
 * A sentence that takes something out of the protection: offences ("This section does not apply to
 * an offence listed in Schedule 4") or, by a saving clause, a penalty it expressly keeps ("the
 * foregoing shall not prevent the deportation of the victim"). Only the first are the section's
 * carve-outs of offences (`SectionReading.carveOuts`); neither keeps a penalty away from the victim.
 */
export const CARVE_OUT_SENTENCE = pattern(
  'scope.carve-out-sentence',
  'A sentence that excludes offences from the protection ("This section does not apply to...", "Subsection (1) shall not apply in relation to..."), or keeps a penalty by a saving clause ("shall not prevent the deportation").',
  `${OFFENCES_CARVED_OUT}|${SAVING_CLAUSE.source}`,
  {
    flag: ['This section [[does not apply to an offence listed in Schedule 4]].', 'Subsection (1) [[shall not apply in relation to murder or genocide]].', 'the foregoing [[shall not prevent the deportation]] of the victim.'],
    pass: ['This section applies to any offence.'],
  },
);

/** The section speaks of proof, the link required, children or the scope of a provision it refers to. */
export const PROVISION_MATTER = pattern(
  'section.provision-matter',
  'Words about the proof, the link required, children or the scope of a non-punishment provision: they let a section complete a provision it refers to.',
  String.raw`\b(?:prove[sd]?|proof|proving|burden|onus|satisf(?:y|ies|ied)|balance\s+of\s+probabilit\w+|preponderance|compel\w*|compulsion|coerc\w*|duress|threat\w*|forced|child(?:ren)?|minors?|(?:under|below)\s+(?:the\s+age\s+of\s+)?(?:18|eighteen)|applies\s+only|apply\s+only|not\s+apply|direct(?:ly)?\s+(?:result|consequence|related)|reasonable\s+person|realistic\s+alternative)\b`,
  { flag: ['the accused must [[prove]] that', 'where the victim is a [[child]]'], pass: ['Shelters shall be provided.'] },
);

/**
 * Whether sentence `i` of a section is the bill's own operative words, which the rules read, flag
 * and fix: not a quotation of another instrument (`quoted: 'instrument'`, a treaty article quoted in
 * a recital, the current text of an Act) and not a recital ("WHEREAS ...", "Recalling that ...,").
 * Text quoted for insertion by an amending provision is operative: it is the provision it will become.
 */
export function isOperative(model: SectionModel, i: number): boolean {
  const s = model.sentences[i];
  if (!s) return false;
  return s.quoted !== 'instrument' && !model.clauses[s.clause]?.recital;
}

/** Whether a clause is the bill's own operative words (see `isOperative`). */
function clauseIsOperative(model: SectionModel, at: number): boolean {
  const c = model.clauses.find((x) => x.start <= at && at < x.end);
  return !c || (c.quoted !== 'instrument' && !c.recital);
}

/**
 * The section as the rules read it (see `SectionReading.operative`): with `none`, no sentence at all
 * (a section of the preamble). Returns `model` itself when every sentence and definition is operative.
 */
export function operativeModel(model: SectionModel, none = false): SectionModel {
  const keep = model.sentences.map((_, i) => !none && isOperative(model, i));
  const definitions = none ? [] : model.definitions.filter((d) => clauseIsOperative(model, d.termStart));
  if (keep.every(Boolean) && definitions.length === model.definitions.length) return model;
  // The model's clauses and references may be getters on its prototype (model.ts), which a spread does not copy.
  return { ...model, clauses: model.clauses, references: model.references, sentences: model.sentences.map((s, i) => (keep[i] ? s : { ...s, text: '', map: EMPTY_MAP })), definitions };
}

/**
 * The reading of a section of the preamble (see `AnalysedSection.preamble`): recitals and the long
 * title are not enacting words, so nothing in them is a protection or a defect to flag or fix.
 */
export function preambleReading(model: SectionModel): SectionReading {
  return { operative: operativeModel(model, true), headingIsProvision: false, protections: [], notProtections: [], carveOuts: [], speaksOfProvisionMatters: false, recordReliefByReference: [] };
}

/**
 * Reads one section: its protections and what else every rule needs. Only the section's operative
 * sentences are read (see `isOperative`): a treaty article quoted in a recital is not a provision.
 */
export function readSection(model: SectionModel): SectionReading {
  // A heading over nothing but another instrument's words or recitals heads a quotation, not a provision.
  const operativeWords = model.sentences.length === 0 || model.sentences.some((_, i) => isOperative(model, i));
  const headingIsProvision = operativeWords && has(PROVISION_HEADING, model.title || model.heading);
  const protections: Protection[] = [];
  const notProtections: NotAProtection[] = [];
  const carveOuts: SectionReading['carveOuts'] = [];
  const recordReliefByReference: Protection[] = [];
  let speaks = false;
  const trafficking = traffickingSections(model);
  model.sentences.forEach((s, i) => {
    if (!isOperative(model, i)) return;
    const p = readSentence(model, i, headingIsProvision, trafficking);
    if (p && 'form' in p) protections.push(p);
    else {
      if (p) notProtections.push(p);
      // Record relief that names no victim but refers to another section ("an offence in respect of
      // which section 14 would have applied"): a provision only if that section is one (see model.ts).
      const r = firstMatch(RELIEF.recordRelief, s.text);
      if (r && /\b(?:sections?|articles?|s\.)\s*\d/i.test(s.text)) {
        recordReliefByReference.push({
          sentence: i,
          form: 'record-relief',
          relief: span(s, r.index, r.end),
          reliefAt: { from: r.index, to: r.end },
          personBy: 'reference',
          consequences: [],
          objects: objectCandidates(s.text, r.end),
          subject: { from: 0, to: r.index },
          carveOuts: [],
        });
      }
    }
    for (const c of matchAll(CARVE_OUT_SENTENCE, s.text)) if (firstMatch(SAVING_CLAUSE, c.text)?.index !== 0) carveOuts.push({ span: span(s, c.index, c.end), sentence: i });
    if (!speaks && has(PROVISION_MATTER, s.text)) speaks = true;
  });
  return { operative: operativeModel(model), headingIsProvision, protections, notProtections, carveOuts, speaksOfProvisionMatters: speaks, recordReliefByReference };
}
