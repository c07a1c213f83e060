import { SCAN_WORDS } from './scan-words.js';
import { defineRule, type ExplainItem } from '../../rule.js';
import { CITE } from '../../citations.js';
import { span, type Span } from '../../analyse.js';
import { firstMatch, has } from '../../patterns.js';
import { perBill, sectionFact } from '../../section-facts.js';
import { OFFENCE_NOUN } from '../../lexicon.js';
import { sourceSpan } from '../../text.js';
import type { AnalysedBill, AnalysedSection, Provision } from '../../model.js';
import { abs, offenceHeadingEdit, patternText, quoteWords, sectionsOf } from '../util.js';
import type { Fix, TextEdit } from '../../types.js';
import { article, conventionsFor, inBillSpelling } from '../bill-wording.js';
import { paragraphLetterBetween, isRoman } from '../../drafting/numbers.js';
import type { NexusFacts } from '../duress-threshold/index.js';
import type { DiscretionFacts } from '../discretionary-protection/index.js';
import { CODE_CITATION, OFFENCE_CLASS, RESTRICTION, SIBLING_OTHER_OFFENCES, STATUTORY_REFERENCE, NAMED_LAW } from './patterns.js';
import { KINDS, readScope, type ClosedBy, type ScopeKind } from './scope.js';

/** How one protection's scope was read. Offsets are section-relative. */
export interface ScopeFact {
  /** Index of the protection in the section reading. */
  protection: number;
  kind: ScopeKind;
  by?: ClosedBy;
  /** The words naming what is covered. */
  words: Span;
  /** Where words opening the scope can be inserted (just after "for", "in respect of"...), for a closed list. */
  insertAt?: number;
  /** The anchor that introduced the words ("for", "to", "in respect of"), or "subject" when they stood before the relief. */
  anchor: string;
  /** A carve-out from the scope ("other than murder"). */
  carveOut?: Span;
}

export interface ClosedListFacts {
  scopes: ScopeFact[];
  /** "This section applies only to ...": a limit stated apart from the protection. */
  restrictions: Span[];
}

/** Anchors after which "any offence committed as a direct result of being trafficked, including" reads naturally. */
const INSERTABLE = /^(?:for|in respect of|in relation to|relating to|with respect to|with regard to|regarding|concerning)$/;
/** Before the relief: "Where a victim commits [an immigration offence], the victim shall not be prosecuted". */
const SUBJECT_ACTS = /\b(?:committed|committing|commits?(?=\W)|engag(?:es|ed|ing)\s+in|participat(?:es|ed|ing)\s+in|takes?\s+part\s+in|charged\s+(?:with\s+|(?=under\b))|accused\s+of|convicted\s+(?:of\s+|for\s+|(?=under\b))|cautioned\s+for|arrested\s+for|convictions?\s+for|judgments?\s+of\s+conviction\s+for|in\s+(?:a|any)\s+(?:prosecution|proceedings?|trial)\s+for)\s*/gi;
/** Who may apply for relief from a conviction: "A person convicted of ..." (the words after it name the convictions). */
const ELIGIBLE_CONVICTED = /\b(?:person|individual|defendant|petitioner|applicant|movant)\s{1,8}(?:who\s{1,8}(?:was|has\s{1,8}been|is)\s{1,8})?convicted\s{1,8}(?=of\b|for\b|under\b)(?:of|for)?\s{0,8}/i;
/**
 * Whether `words` end with an adverb in "-ly" of five letters or more ("... unlawfully"): the last word,
 * found by a scan from the end (a pattern anchored at the end backtracks polynomially).
 */
function endsWithAdverb(words: string): boolean {
  const e = words.length;
  let b = e;
  while (b > 0 && /[a-z]/i.test(words[b - 1]!)) b--;
  return e - b >= 5 && /ly$/i.test(words.slice(b, e));
}

/**
 * A reference to another part of the provision ("an offence mentioned in subsection (1)", "paragraph
 * (a)"): what it covers is that part's scope, judged where it is stated. ("under this section" in a
 * section that creates an offence names that offence, and is read as a scope.)
 */
const OWN_PART = /\b(?:sub-?sections?|paragraphs?)\s{0,3}\(/i;
/** The application that follows: "may apply", "may petition", "may file a motion". */
const MAY_APPLY = /\b(?:may|is\s{1,8}entitled\s{1,8}to|shall\s{1,8}be\s{1,8}entitled\s{1,8}to)\s{1,8}(?:apply|petition|file|move|make\s{1,8}an?\s{1,8}(?:application|motion|petition))\b/i;
/** The acts of someone else in the subject: "a person committing the crime of trafficking". */
const SOMEONE_ELSES_ACT = /\bby\s+(?:an?\s+|the\s+|another\s+)?(?:person|persons|trafficker|traffickers|offender|perpetrator|others?)\s+(?:who\s+(?:is\s+|has\s+|was\s+)?)?$/i;
/** The act itself as the subject: "The sexual traffic of a victim ... shall not be punished". */
const ACT_SUBJECT = /^\s*(?:\(\w{1,4}\)\s*)?(?:the|any|an?)\s+((?:[\w-]+\s+){1,4}?)(?:of|by)\s+(?:an?\s+|the\s+)?(?:victims?|trafficked\s+persons?)\b/i;
/** A consequence limited to one law's penalties: "the penalties prescribed in the Law on the Entry and Residence of Foreigners". */
const LAW_PENALTIES = /\b(?:penalt(?:y|ies)|sanctions?|punishments?|liability)\s{1,8}(?:prescribed|provided\s{1,8}(?:for\s{1,8})?|laid\s{1,8}down|set\s{1,8}out|imposed)\s{0,8}(?:in|by|under)\s{1,8}/gi;

/** A participle clause after a list, then a catch-all: "committed while they were exploited, or for any other offence". */
const CATCH_ALL_AFTER_CLAUSE = /^[ \t]{1,3}(?:committed|done|carried[ \t]{1,3}out|performed|undertaken)\b[^.;:,\n]{0,200},[ \t]{1,3}(?:or|nor)[ \t]{1,3}(?:for[ \t]{1,3})?any[ \t]{1,3}other[ \t]{1,3}(?:offen[cs]es?|acts?|crimes?)\b/i;

/** Further laws named after the first: "the Aliens Law[ and the Labour Code]", "the Immigration Act[, the Passports Act or the Labour Code]". */
const MORE_LAW = /^\s{0,8}(?:,\s{0,8}(?:(?:and|or)\s{1,8})?|(?:and|or)\s{1,8})(?:in\s{1,8}|by\s{1,8}|under\s{1,8})?(?:the\s{1,8})?(?!(?:Penal|Criminal)\s)(?:[A-Z][\w'’()-]{0,40}\s{1,8}){1,6}(?:Act|Code|Law|Ordinance|Decree|Proclamation|Regulations?|Statute)\b(?:\s{0,8},?\s{0,8}(?:\d{4}|No\.\s{0,8}\d{1,6}))?/;

/** How many characters at the start of `after` name further laws in the same list as the one just before it (see `MORE_LAW`). */
function moreLaws(after: string): number {
  let n = 0;
  for (let k = 0; k < 8; k++) {
    const m = MORE_LAW.exec(after.slice(n));
    if (!m) break;
    n += m[0].length;
  }
  return n;
}

/** The grades of finding, each with the words for a provision limited in that way. */
const GRADES = {
  list: {
    severity: 'error',
    text: '{provision} protects victims only for the offences listed ("{words}"). A victim made to commit any other offence, such as theft, drug cultivation or fraud, could still be punished. Extend the protection to any offence committed as a direct result of being trafficked, and keep the list only as examples ("including").',
  },
  kind: {
    severity: 'error',
    text: '{provision} protects victims only for one kind of offence ("{words}"). A victim made to commit any other offence, such as theft, drug cultivation or fraud, could still be punished. Extend the protection to any offence committed as a direct result of being trafficked; if examples help, list them after "including".',
  },
  reference: {
    severity: 'error',
    text: '{provision} protects victims only for the offences it names by reference ("{words}"). A victim made to commit an offence under any other provision or law could still be punished. Extend the protection to any offence committed as a direct result of being trafficked.',
  },
  delegated: {
    severity: 'error',
    text: '{provision} protects victims only for the offences another instrument is to name ("{words}"). Until that instrument is made no offence is covered, and the offences can be narrowed later without Parliament. A victim made to commit any offence not named there could still be punished. Extend the protection to any offence committed as a direct result of being trafficked.',
  },
  ownLaw: {
    severity: 'error',
    text: '{provision} protects victims only for offences under the Act itself ("{words}"). Victims are most often made to commit offences under other laws (immigration, drugs, theft, prostitution), and for those they could still be punished. Extend the protection to any offence committed as a direct result of being trafficked.',
  },
  defined: {
    severity: 'error',
    text: '{provision} protects victims only for "{term}", which {where} defines as "{definition}". A victim made to commit any other offence could still be punished. Extend the protection to any offence committed as a direct result of being trafficked.',
  },
  inherited: {
    severity: 'error',
    text: '{provision} covers only the offences of {target} ("{words}"), and {target} names the offences it covers instead of covering them all. A victim made to commit any other offence could still be punished. No wording is offered here: extend {target} to any offence committed as a direct result of being trafficked (see the finding on it), and refer here to "an offence to which {target} applies", so that this provision follows it.',
  },
  restriction: {
    severity: 'error',
    text: '{provision} applies only to "{words}". A victim made to commit any other offence could still be punished. Let the protection extend to any offence committed as a direct result of being trafficked; if examples help, list them with "including".',
  },

} as const;

/**
 * The same grades, for a finding on which no wording is offered: the message then ends with `{reason}`,
 * one sentence saying why and what the drafter should do (see `noWordingReason`).
 */
const NO_WORDING = Object.fromEntries(
  (['list', 'kind', 'reference', 'delegated', 'ownLaw', 'defined', 'restriction'] as const).map((k) => [`${k}NoWording`, { severity: GRADES[k].severity, text: `${GRADES[k].text} {reason}` }]),
) as Record<`${'list' | 'kind' | 'reference' | 'delegated' | 'ownLaw' | 'defined' | 'restriction'}NoWording`, { severity: 'error'; text: string }>;

/**
 * Why no wording is offered on a closed scope, and what the drafter should do, in one sentence (a
 * finding with no fix says so: drafter review 8). `grade` is the finding's grade; `text` the bill, for
 * its spelling ("offense").
 */
function noWordingReason(grade: 'list' | 'kind' | 'reference' | 'delegated' | 'ownLaw' | 'defined' | 'restriction', text: string, term = ''): string {
  const any = inBillSpelling(text, '"any offence committed as a direct result of being trafficked"');
  switch (grade) {
    case 'reference':
    case 'ownLaw':
      return `No wording is offered: a protection tied to offences named by reference often sits in, or amends, the law that creates those offences, where a protection for every offence may not belong, so replace the reference with ${any} (naming the offences after "including" if they help) or state that protection in a section of its own.`;
    case 'delegated':
      return `No wording is offered: the words to replace give another instrument the power to name the offences, which the bill may rely on elsewhere, so replace them here with ${any}.`;
    case 'defined':
      return `No wording is offered: the limit lies in the definition of "${term}", which other words of the bill may rely on, so replace "${term}" in the protection with ${any} and keep the definition only if something else still uses it.`;
    case 'restriction':
      return `No wording is offered: the limit is a sentence of its own, and leaving it out may change what the rest of the provision covers, so leave it out or replace the offences it names with ${any}, after reading the provision as a whole.`;
    default:
      return `No wording is offered: the offences are named where the sentence gives ${inBillSpelling(text, '"any offence"')} no place that leaves the rest of it saying what it said, so rewrite those words as ${any}, keeping the offences named after "including" if they help.`;
  }
}

export const closedOffenceList = defineRule<ClosedListFacts>({
  meta: {
    id: 'closed-offence-list',
    code: 'NP001',
    title: 'Protection limited to a closed list of offences',
    defaultSeverity: 'error',
    fixable: true,
    summary:
      'The provision protects victims only for the offences it names: a list (illegal entry, unlawful residence, false documents), a single kind ("a charge of soliciting"), or offences named by cross-reference ("an offence under this Part"). The non-punishment principle applies to any offence a victim commits as a direct result of being trafficked, whatever its type or gravity; a list may give examples but should not set the limit.',
    citations: [CITE.scopeNotLimited, CITE.scopeAnyOffence, CITE.scopeAnnex5],
    // "defined" and "restriction" findings never carry a fix: only their forms with the reason are used.
    messages: { list: GRADES.list, kind: GRADES.kind, reference: GRADES.reference, delegated: GRADES.delegated, ownLaw: GRADES.ownLaw, inherited: GRADES.inherited, ...NO_WORDING },
    docs: {
      flags:
        'A non-punishment provision, in any form (a defence, an immunity, a duty not to prosecute, relief from a conviction...), whose protection names the offences it covers instead of covering them all: a list of offences or kinds of offence ("in respect of (a) illegal entry; (b) unlawful residence; or (c) fraudulent travel documents", "for prostitution offence and illegal immigration"); a single named offence or kind ("to a charge of soliciting", "immune from prosecution for prostitution", "for loitering or vagrancy offences"); offences named by cross-reference ("a violation of section 41 or 43", "an offence under this Part", "an offence under the Immigration Act", "prosecution under this section"); a category the bill defines elsewhere as a list ("street offence" defined as begging, loitering or soliciting, then "not guilty of a street offence"); a list opened by "the following offences" and set out as paragraphs (1°, 2° or (a), (b)); offences left to a Minister, regulations, an order or a notice to name ("an offence of a class prescribed by the Minister"); and a limit stated in a separate sentence ("This defence may be raised only in a prosecution for the following offences: ..."). A list introduced by "including", "such as" or "in particular" after a general class of offences, or closed by a catch-all such as "or any other offence committed as a direct result of being trafficked", is open and is not flagged; so are "any offence", "an offence", "unlawful acts" and "any criminal act". A general protection the authorities may withhold ("the prosecutor may decide not to prosecute ... for any other offence") does not open a mandatory closed list beside it.',
      why:
        'Victims of trafficking are made to commit many kinds of offence: drug cultivation, theft, fraud, scams, even trafficking others. A provision that names only immigration or document offences, or only prostitution, leaves every other victim to be punished for what they were made to do. The ASEAN Guideline says the scope should not be limited, and the UNODC background paper contrasts laws that cover any offence with those that limit the defence to a subset.',
      fix:
        'State the protection for any offence committed as a direct result of being trafficked, and keep any list as examples introduced by "including". The quick fix never narrows the protection. Where the provision already asks for a link to the trafficking, it inserts "any offence committed as a direct result of being trafficked, including" before a list introduced by "for" or "in respect of", keeping the listed offences and their numbering; where the sentence\'s own condition already links any offence to the trafficking ("where the offence was committed as a direct result of ..."), it inserts only "any offence, including", and that condition then governs every offence (a condition pointing back at the listed acts, "where such acts are the direct consequence of ...", is made to name the offence, "where the offence is the direct consequence of ...", so that it governs every offence and the link is stated once). Where the listed offences are covered whatever their link, they stay so: it adds "or any other offence committed as a direct result of being trafficked" after the list instead. Where a proviso after the list already links what is covered to the trafficking ("provided the violation arose from the trafficking"), the catch-all is "or any other offence", which the proviso then governs: the link is not said twice. Where the provision names one class of offences alone ("a misdemeanor", "administrative offences", "contraventions") and already asks for the link, the class gives way to "any offence", which the provision\'s own link then governs. A link stated after the list ("..., committed as a direct result of being trafficked") moves before "including" rather than being said twice; relief from administrative sanctions covers "any other offence or infringement"; a list of negatives goes on with "nor"; a list set out as paragraphs that ends the sentence takes the catch-all after its last paragraph. Relief in another provision for "an offence mentioned in section 25", where section 25 is the bill\'s own protection with a closed list, gets no wording of its own: the finding says it follows section 25, to be extended first, and to refer to "an offence to which section 25 applies"; where section 25 covers any offence, the relief does too and is not flagged. Where another provision of the bill governs what happens to a victim for "any other offence connected with the trafficking" (an approval to be obtained before action is taken), the fix\'s title says that provision then needs a consequential amendment, since the extended protection overlaps it. It follows the bill\'s spelling ("offense" in a bill that writes it so). A heading that limits the section to "certain offences" (or "specified", "particular" or "listed" offences) loses that word, since the section then covers any offence; a heading that names the offences themselves is left to the drafter.',
      notes:
        'A scope that is open except for a carve-out ("any charge other than murder", "does not apply to offences in Schedule 4") is not a closed list; carve-outs by gravity or by schedule are for the serious-offence-exclusion rule. The explain command (`np-lint explain FILE`) shows how each provision\'s scope was read.',
      bad: `## 47. Non-liability of trafficked persons

A trafficked person shall not be liable to criminal prosecution in respect of—

(a) his illegal entry into the country;

(b) his period of unlawful residence in the country; or

(c) his procurement or possession of any fraudulent travel or identity document,

where such acts are the direct consequence of an act of trafficking in persons.`,
      good: `## 47. Non-liability of trafficked persons

A trafficked person shall not be liable to criminal prosecution in respect of ${patternText('pattern-open-scope')}—

(a) his illegal entry into the country;

(b) his period of unlawful residence in the country; or

(c) his procurement or possession of any fraudulent travel or identity document,

where such acts are the direct consequence of an act of trafficking in persons.`,
    },
  },

  scanWords: SCAN_WORDS,

  recognise({ model, reading }) {
    const scopes: ScopeFact[] = [];
    reading.protections.forEach((p, index) => {
      const s = model.sentences[p.sentence]!;
      const t = s.text;
      const candidates: { from: number; to: number; anchor: string }[] = [];
      // "shall not be subject to the penalties prescribed in the Law on ...": the consequence names the law.
      LAW_PENALTIES.lastIndex = p.reliefAt.from;
      const lp = LAW_PENALTIES.exec(t.slice(0, p.objects[0]?.from ?? Math.min(t.length, p.reliefAt.to + 300)));
      LAW_PENALTIES.lastIndex = 0;
      if (lp) {
        // The words end with the law's name: "the penalties prescribed in the Law on the Entry and Residence of Foreigners".
        const law = firstMatch([NAMED_LAW, STATUTORY_REFERENCE, CODE_CITATION], t, lp.index, Math.min(t.length, lp.index + lp[0].length + 160));
        if (law) candidates.push({ from: lp.index, to: law.end + moreLaws(t.slice(law.end, law.end + 400)), anchor: 'penalties' });
      }
      // A rule against detention names the power of detention ("detained under the Immigration Acts"),
      // not offences; "held in detention for an offence under section 20" names offences.
      candidates.push(...p.objects.filter((o) => !(p.form === 'non-detention' && o.anchor === 'under')).map((o) => ({ ...o })));
      // The acts may be named before the relief: "Where a victim commits an immigration offence, ...".
      SUBJECT_ACTS.lastIndex = p.subject.from;
      const sub = t.slice(0, p.subject.to);
      let m: RegExpExecArray | null;
      while ((m = SUBJECT_ACTS.exec(sub))) {
        if (SOMEONE_ELSES_ACT.test(sub.slice(Math.max(0, m.index - 30), m.index))) continue;
        const from = m.index + m[0].length;
        // The acts run on through a clause that says what they are ("conduct that would be a violation of section
        // 609.324 (prostitution)", "conduct which would, if committed by an adult, violate ..."), not through one about the person.
        const stop = /;|\b(?:as\s{1,8}a|who|where|if|while|when|may|shall|must|has|have|is|are|was|were)\b|\bwhich\b(?!\s{1,8}(?:would|could|might)\b|\s{1,8}(?:is|are|constitutes?|amounts?\s{1,8}to)\s{1,8}(?:an?\s{1,8})?(?:violation|offen[cs]e|crime|breach)\b)|\bthat\s(?!\s{0,7}(?:section|subsection|article|part|chapter|(?:would|could|might)\b|(?:is|are|constitutes?|amounts?\s{1,8}to)\s{1,8}(?:an?\s{1,8})?(?:violation|offen[cs]e|crime|breach)\b))|,\s{1,8}(?=(?:the|he|she|they|it)\s{1,8}\w{1,40}\s{1,8}(?:has|have|is|are|shall|may|must|will)\b)/i.exec(t.slice(from, p.subject.to));
        candidates.push({ from, to: from + (stop ? stop.index : p.subject.to - from), anchor: 'subject' });
        break;
      }
      SUBJECT_ACTS.lastIndex = 0;
      const act = ACT_SUBJECT.exec(t.slice(p.subject.from, p.subject.to));
      if (act) {
        const lead = /^\s*(?:\(\w{1,4}\)\s*)?/.exec(act[0])![0].length;
        candidates.push({ from: p.subject.from + act.index + lead, to: p.subject.from + act.index + act[0].length, anchor: 'act' });
      }
      for (const c of candidates) {
        // "shall be brought against a victim under the Immigration Act for anything done ...": the words
        // after "under" name a law, and are read with it (offences named by the law that creates them).
        if (c.anchor === 'under') {
          const back = /under\s{0,8}$/i.exec(t.slice(Math.max(0, c.from - 14), c.from))?.[0].length ?? 0;
          const law = back ? firstMatch([NAMED_LAW, STATUTORY_REFERENCE, CODE_CITATION], t.slice(c.from - back, Math.min(c.to, c.from - back + 200))) : undefined;
          if (law && law.index === 0) c.from -= back;
        }
        const r =
          c.anchor === 'penalties'
            ? { ...readScope(t, c.from, c.to), kind: 'closed' as const, by: 'reference' as const }
            : c.anchor === 'act'
              ? readScope(t, c.from, t.slice(c.from, c.to).search(/(?<!\s)\s{1,8}(?:of|by)\s{1,8}(?:an?\s{1,8}|the\s{1,8})?(?:victims?|trafficked)/i) + c.from)
              : readScope(t, c.from, c.to);
        if (r.kind === 'unknown') continue;
        // "convicted of an offence mentioned in subsection (1)": relief that inherits another part's scope.
        if (r.kind === 'closed' && r.by === 'reference' && OWN_PART.test(t.slice(r.from, r.to))) continue;
        // Trim the words to what names the acts: no leading punctuation, no trailing ", or" and the like.
        const anchor = r.anchor ?? c.anchor;
        let a = r.from;
        let b = r.to;
        while (a < b && /[\s:–—\-,]/.test(t[a]!)) a++;
        while (b > a && /[\s:;,.–—\-]/.test(t[b - 1]!)) b--;
        while (b > a && /\b(?:or|and)$/i.test(t.slice(a, b)) ) b = t.slice(a, b).replace(/(?<!\s)\s{0,8}\b(?:or|and)$/i, '').length + a;
        if (b <= a) continue;
        // "for immigration offences committed while ..., or for any other offence committed as a direct
        // result of ...": a catch-all after the list's own participle clause opens it again.
        const kind = r.kind === 'closed' && CATCH_ALL_AFTER_CLAUSE.test(t.slice(b, b + 400)) ? 'open' : r.kind;
        const fact: ScopeFact = { protection: index, kind, words: span(s, a, b), anchor };
        if (r.by) fact.by = r.by;
        if (r.carveOutAt !== undefined) fact.carveOut = span(s, r.carveOutAt, Math.min(c.to, r.carveOutAt + 120));
        if (r.kind === 'closed' && INSERTABLE.test(anchor) && r.from > 0) fact.insertAt = s.map[r.from - 1]! + 1;
        scopes.push(fact);
        break;
      }
    });
    // "This section applies only to the offences in Schedule 2" limits even a general protection.
    const restrictions: Span[] = [];
    for (const s of model.sentences) {
      const only = firstMatch(RESTRICTION, s.text);
      if (!only) continue;
      const rest = s.text.slice(only.end, only.end + 400);
      // The limit, not the list it introduces: "applies only in relation to the following offences—".
      const end = /[.;]\s|[.;]$|\s{0,8}[:—–]\s{0,8}(?:\n|\(?[a-z0-9]{1,3}\)|-\s)/.exec(rest);
      const phrase = rest.slice(0, end ? end.index : rest.length).replace(/(?<![\s:—–-])[\s:—–-]+$/, '');
      if (has(KINDS, phrase) || has([STATUTORY_REFERENCE, CODE_CITATION, NAMED_LAW], ' ' + phrase) || /\b(?:schedule|specified|listed|following|set\s+out)\b/i.test(phrase)) {
        restrictions.push(span(s, only.end, only.end + phrase.length));
      }
    }
    // "(a) A person convicted of an offense under chapter 5 (prostitution) may apply to vacate it. (b)
    // The court may vacate the conviction if ...": the convictions eligible for relief are named where
    // the application is, not in the sentence that gives the court its power.
    for (const s of model.sentences) {
      const convicted = ELIGIBLE_CONVICTED.exec(s.text);
      if (!convicted) continue;
      const from = convicted.index + convicted[0].length;
      const applies = MAY_APPLY.exec(s.text.slice(from, from + 300));
      if (!applies) continue;
      let to = from + applies.index;
      while (to > from && /\s/.test(s.text[to - 1]!)) to--;
      const r = readScope(s.text, from, to);
      // "an offence mentioned in subsection (1)": the relief inherits the provision's own scope, which is
      // judged where it is stated (one finding for one defect).
      if (r.kind === 'closed' && !OWN_PART.test(s.text.slice(r.from, r.to))) restrictions.push(span(s, r.from, r.to));
    }
    return { scopes, restrictions };
  },

  check({ bill, report, facts, factsOf }) {
    // A section only indexed has none of the words of a definition (SCAN_WORDS).
    const definitions = termIndex(bill.sections.filter((s) => s.inFull).flatMap((s) => s.model.definitions.map((d) => ({ s, d }))));
    // Whether the provision already asks for a link to the trafficking (causation or compulsion) for what it covers.
    // Read once per provision (a provision can hold thousands of closed lists).
    const linkedCache = new Map<(typeof bill.provisions)[number], boolean>();
    const linked = (p: (typeof bill.provisions)[number]) => {
      let v = linkedCache.get(p);
      if (v === undefined) linkedCache.set(p, (v = linkedNow(p)));
      return v;
    };
    const linkedNow = (p: (typeof bill.provisions)[number]) =>
      sectionsOf(p).some((x) => factsOf<NexusFacts>('duress-threshold', x).hits.length > 0 || factsOf<NexusFacts>('duress-threshold', x).requiresMeans || x.model.sentences.some((t) => LINK_WORDS.test(t.text)));
    for (const p of bill.provisions) {
      const sections = sectionsOf(p);
      let restricted = false;
      for (const s of sections) {
        for (const r of facts(s).restrictions) {
          const at = abs(s, r);
          const data = { provision: p.name, words: quoteWords(bill.text, at, 90) };
          // Relief for "an offence mentioned in section 25", the bill's own closed protection: it follows that section.
          const target = inheritedFrom(bill, p, bill.text.slice(at.start, at.end), (x) => facts(x).scopes.some((y) => y.kind === 'closed'));
          // (One that covers any offence is covered in its turn: "an offence to which section 25 applies".)
          if (target && !target.closed) continue;
          restricted = true;
          report(target ? { messageId: 'inherited', data: { ...data, target: target.name }, span: at, section: p.primary } : { messageId: 'restrictionNoWording', data: { ...data, reason: noWordingReason('restriction', bill.text) }, span: at, section: p.primary });
        }
      }
      if (restricted) continue;
      // A term the bill defines decides what the words cover: "a trafficking-related offence" defined
      // as any offence committed as a result of being trafficked is open; "offence" defined "for the
      // purposes of paragraph (1)" as offences under two laws is closed.
      const all = sections.flatMap((s) =>
        facts(s).scopes.map((c) => {
          const at = abs(s, c.words);
          const defined = definedScope(bill.text, at, c.kind, definitions);
          return { s, c, at, defined, kind: defined ? defined.kind : c.kind };
        }),
      );
      // Philippines s.17 shape: a general protection beside a narrower sentence is not closed. A general
      // scope the authorities may withhold ("The prosecutor may decide not to charge ... for any other
      // offence") opens nothing: the victim can rely only on the mandatory list.
      const discretion = (s: AnalysedSection, c: ScopeFact) => {
        const sentence = s.reading.protections[c.protection]?.sentence;
        return factsOf<DiscretionFacts>('discretionary-protection', s).hits.some((h) => h.sentence === sentence && h.kind !== 'may-not' && !h.treaty);
      };
      const mandatory = all.filter((x) => !discretion(x.s, x.c));
      if (mandatory.some((x) => x.kind === 'closed') ? mandatory.some((x) => x.kind === 'general' || x.kind === 'open') : all.some((x) => x.kind === 'general' || x.kind === 'open')) continue;
      for (const { s, c, at, defined, kind } of all) {
        if (kind !== 'closed') continue;
        const words = quoteWords(bill.text, at, 90);
        const data = { provision: p.name, words };
        const opened = (c.by === 'list' || c.by === 'kind') && !defined ? openScopeFix(bill.text, s, c, at, linked(p) && linkedHere(s, c, factsOf<NexusFacts>('duress-threshold', s).hits), () => ownCause(s, c, conventionsFor(bill).victimTerm)) : [];
        // Another provision governs "any other offence connected with the trafficking": it now overlaps.
        const sibling = opened.length ? siblingOnOtherOffences(bill, p) : undefined;
        // It is made subject to this provision in the same fix where its opening words allow; else the title says it needs amending.
        const consequential = sibling ? subjectToEdit(bill.text, sibling.section, p) : undefined;
        const fixes = sibling
          ? opened.map((f) =>
              consequential
                ? { ...f, title: `${f.title}; ${sibling.name}, on "${sibling.words}", is made subject to ${consequential.newText.slice('Subject to '.length, consequential.newText.indexOf(','))}, which then prevails where the two overlap`, edits: [...f.edits, consequential] }
                : { ...f, title: `${f.title}; ${sibling.name}, on "${sibling.words}", then needs a consequential amendment` },
            )
          : opened;
        if (defined) {
          // Defined within the provision ("For the purposes of paragraph (1), 'offence' means ..."): the
          // definition is what closes the scope, so the finding sits on it.
          const own = sections.some((x) => x.base <= defined.body.start && defined.body.end <= x.chunk.end);
          report({
            messageId: 'definedNoWording',
            data: { ...data, term: defined.term, where: defined.where, definition: defined.definition, reason: noWordingReason('defined', bill.text, defined.term) },
            span: own ? defined.body : at,
            section: p.primary,
            related: own ? [{ span: at, message: 'the words the definition narrows' }] : [{ span: defined.span, message: `"${defined.term}" is defined here` }],
          });
        } else {
          // "an offence mentioned in section 25", where section 25 is the bill's own protection with a closed scope: it follows that section.
          const target = c.by === 'reference' ? inheritedFrom(bill, p, bill.text.slice(at.start, at.end), (x) => facts(x).scopes.some((y) => y.kind === 'closed')) : undefined;
          if (target) {
            if (target.closed) report({ messageId: 'inherited', data: { ...data, target: target.name }, span: at, section: p.primary });
            continue;
          }
          const messageId = c.by === 'reference' ? 'reference' : c.by === 'delegated' ? 'delegated' : c.by === 'own-law' ? 'ownLaw' : c.by === 'kind' && !/[;]|\n/.test(bill.text.slice(at.start, at.end)) && !/,|\b(?:or|and)\b/.test(words) ? 'kind' : 'list';
          if (fixes.length) report({ messageId, data, span: at, section: p.primary, fixes });
          else report({ messageId: `${messageId}NoWording`, data: { ...data, reason: noWordingReason(messageId, bill.text) }, span: at, section: p.primary });
        }
      }
    }
  },

  explain({ facts, bill }, p) {
    const out: ExplainItem[] = [];
    for (const s of sectionsOf(p)) {
      const f = facts(s);
      for (const r of f.restrictions) out.push({ aspect: 'Scope', reading: 'limited in a separate sentence', words: [abs(s, r)] });
      for (const c of f.scopes) {
        const how =
          c.kind === 'general'
            ? 'open: any offence'
            : c.kind === 'open'
              ? 'open: the offences named are examples (or a catch-all closes the list)'
              : `closed: ${c.by === 'reference' ? 'offences named by cross-reference' : c.by === 'delegated' ? 'offences another instrument is to name (delegated)' : c.by === 'own-law' ? 'only offences under the Act itself' : c.by === 'kind' ? 'one kind of offence' : 'a list of offences'}`;
        const words = [abs(s, c.words)];
        out.push({ aspect: 'Scope', reading: how, words });
        if (c.carveOut) out.push({ aspect: 'Carve-out', reading: 'offences excluded from an otherwise open scope', words: [abs(s, c.carveOut)] });
      }
      for (const c of s.reading.carveOuts) out.push({ aspect: 'Carve-out', reading: 'offences excluded in a separate sentence', words: [abs(s, c.span)] });
    }
    if (!out.some((o) => o.aspect === 'Scope')) out.push({ aspect: 'Scope', reading: 'no words naming the offences covered were found (read as not limited)' });
    void bill;
    return out;
  },
});

/**
 * Whether the sentence of this protection asks for the link itself (its own causation or compulsion
 * words, or conditions it takes from another subsection: "if the conditions in subsection (2) are
 * satisfied"). A provision can ask for the link in one sentence and bar prosecution outright in another
 * ("(a) No person under sixteen may be prosecuted for prostitution. (b) ... presumed coerced"): there
 * the listed offences must stay covered whatever their link, so a catch-all follows them.
 */
function linkedHere(s: AnalysedSection, c: ScopeFact, hits: NexusFacts['hits']): boolean {
  const p = s.reading.protections[c.protection];
  if (!p) return false;
  const t = s.model.sentences[p.sentence]?.text ?? '';
  // The duress rule's own reading of the sentence (its causation or compulsion words), not a second list of them.
  return hits.some((h) => h.sentence === p.sentence) || LINK_WORDS.test(t) || /\b(?:conditions?|requirements?|circumstances)\s{1,4}(?:in|of|set\s{1,4}out\s{1,4}in|specified\s{1,4}in|mentioned\s{1,4}in)\s{1,4}(?:sub)?(?:section|paragraph|article)\b/i.test(t);
}

/** Anchors after which the listed acts can take a catch-all after them ("for prostitution, or any other offence ..."). */
const CATCH_ALL_ANCHOR = /^(?:for|in respect of|in relation to|relating to|with respect to|with regard to|regarding|concerning|to a charge of|with|of)$/i;

/**
 * A condition after a list that links any offence it covers to the trafficking, naming it generically
 * ("where the offence was committed as a direct result of", "if the act was ..."); not one that points
 * back at the listed acts ("where such acts are the direct consequence of", "those acts") or names them
 * again ("where the entry, stay or use was a direct consequence of"): read after "any offence,
 * including", it could not be relied on to govern other offences (drafter's review), so the new words
 * carry the link themselves.
 */
const GENERIC_LINK = /(?:^|[\s,;])(?:where|if|when|provided\s{1,4}that)\s{1,4}(?:the|that)\s{1,4}(?:acts?|offen[cs]es?|conduct|crimes?)\s{1,4}(?:(?:is|are|was|were|has\s{1,4}been|have\s{1,4}been)\s{1,4})?(?:committed\s{1,4})?(?:as\s{1,4})?(?:an?\s{1,4}|the\s{1,4})?(?:direct\s{1,4})?(?:result|consequence)\s{1,4}of\b/i;

/**
 * A defence's own condition after the list, stated of the offence generically ("It is a defense to a
 * prosecution for X or Y that the defendant committed the offense as a direct result of ..."): a
 * content clause, not a relative one, so it governs any offence and is not moved or said twice.
 */
const CONTENT_LINK = /^[\s,]{0,4}that\s{1,4}(?:the\s{1,4}[\w-]{1,30}|he\s{1,4}or\s{1,4}she|he|she|they)\s{1,4}(?:committed|engaged\s{1,4}in|did)\s{1,4}(?:the|that|such)\s{1,4}(?:offen[cs]es?|acts?|conduct)\b[^.;\n]{0,80}?\b(?:result|consequence)\s{1,4}of\b/i;

/**
 * A condition after a list that links the listed acts to the trafficking by pointing back at them
 * ("where such acts are the direct consequence of", "if such act was committed as a direct result
 * of", "when those acts are"): the words pointing back (group 1) and the verb (group 2). Once the list
 * is made examples of "any offence", the words pointing back are made to name the offence ("where the
 * offence is the direct consequence of"), so that the provision's own link governs every offence and
 * is stated once.
 */
/** The same condition naming "the act" or "the conduct" generically ("where the act is the direct consequence of"): made to name the offence once "any offence" is covered. */
const ACT_LINK = /(?:^|[\s,;])(?:where|if|when|provided\s{1,4}that)\s{1,4}((?:the|that)\s{1,4}(?:acts?|conduct))\s{1,4}(is|are|was|were|has\s{1,4}been|have\s{1,4}been)\s{1,4}(?:committed\s{1,4})?(?:as\s{1,4})?(?:an?\s{1,4}|the\s{1,4})?(?:direct\s{1,4})?(?:result|consequence)\s{1,4}of\b/i;

const BACK_LINK = /(?:^|[\s,;])(?:where|if|when|provided\s{1,4}that)\s{1,4}((?:such|those|these|the\s{1,4}said)\s{1,4}(?:acts?|offen[cs]es?|conduct))\s{1,4}(is|are|was|were|has\s{1,4}been|have\s{1,4}been)\s{1,4}(?:committed\s{1,4})?(?:as\s{1,4})?(?:an?\s{1,4}|the\s{1,4})?(?:direct\s{1,4})?(?:result|consequence)\s{1,4}of\b/i;

/** A link in the words of origin ("arising from the trafficking", "resulting from their exploitation"). */
const ARISING = /^(?:arising|resulting|stemming)\s{1,3}(?:from|out\s{1,3}of)\s{1,3}(?:\w+\s{1,3}){0,4}?(?:traffick\w*|exploitation)\b/i;

/** Words that link what is covered to the trafficking ("a result of having been a victim", "directly related to"). */
const LINK_WORDS = /\bbecause\s+(?:\w+\s+){0,4}?(?:was|were|is|are|had\s+been|has\s+been)\s+(?:a\s+)?victims?\b|\b(?:result|consequence)\s+of\s+(?:\w+\s+){0,4}?(?:traffick\w*|victims?|exploitation|situation)\b|\b(?:directly\s+)?(?:related|connected|attributable|linked)\s+to\s+(?:\w+\s+){0,4}?(?:traffick\w*|exploitation)\b/i;

/** A reference to another provision by number: "mentioned in section 25", "referred to in article 9", "to which section 25 applies". */
const OTHER_PROVISION = /\b(?:mentioned|referred\s{1,4}to|specified|listed|set\s{1,4}out|described|to\s{1,4}which)\s{1,4}(?:in\s{1,4})?(section|article|regulation)\s{1,4}(\d{1,4}[A-Z]{0,3})\b/i;

/**
 * The provision that reference `words` (in provision `p`) names, where it is another of the bill's
 * own non-punishment provisions: "section 25" as the words write it, and whether its scope is closed
 * (`closed`). Undefined otherwise.
 */
function inheritedFrom(bill: AnalysedBill, p: Provision, words: string, closed: (s: AnalysedSection) => boolean): { name: string; closed: boolean } | undefined {
  const m = OTHER_PROVISION.exec(words);
  if (!m) return undefined;
  const target = bill.provisions.find((x) => x !== p && x.primary.model.number === m[2] && x.primary.protections.length > 0);
  return target ? { name: `${m[1]!.toLowerCase()} ${m[2]}`, closed: sectionsOf(target).some(closed) } : undefined;
}

/**
 * Another provision of the bill (outside `p`) that governs "any other offence" linked to the
 * trafficking (see `SIBLING_OTHER_OFFENCES`): its name as the bill writes it in a reference ("section
 * 17", "article 9") and its words. Undefined where there is none.
 */
function siblingOnOtherOffences(bill: AnalysedBill, p: Provision): { name: string; words: string; section: AnalysedSection } | undefined {
  const own = new Set(sectionsOf(p));
  // The sections with such words are found once per bill, each section's words once per text (an
  // edit reads only the section it touched): asking every section for every provision was quadratic.
  const candidates = perBill(bill, 'closed-offence-list.sibling', () => bill.sections.filter((x) => !x.preamble && x.model.number && siblingWords(bill.text, x) !== null));
  for (const x of candidates) {
    if (own.has(x)) continue;
    const unit = /^(?:article|art\.?)$/i.test(x.model.keyword) ? 'article' : /^regulation$/i.test(x.model.keyword) ? 'regulation' : 'section';
    return { name: `${unit} ${x.model.number}`, words: siblingWords(bill.text, x)!, section: x };
  }
  return undefined;
}

/** The words of `SIBLING_OTHER_OFFENCES` in a section's text (whitespace made single spaces), or null; cached with the section. */
function siblingWords(text: string, x: AnalysedSection): string | null {
  return sectionFact(x, '#closed-offence-list.sibling', () => {
    const m = firstMatch(SIBLING_OTHER_OFFENCES, text.slice(x.base, x.chunk.end));
    return m ? m.text.replace(/\s+/g, ' ') : null;
  });
}

/** Opening words of a sentence that stay in lower case after "Subject to section 16, ". */
const PLAIN_OPENING = /^(?:Where|If|When|Whenever|Before|The|A|An|Any|Every|No|Nothing|In)\b/;

/**
 * The consequential amendment to `sibling` (a section governing what is done to a victim for "any
 * other offence connected with the trafficking") once provision `p` covers any offence: "Subject to
 * section 16, " before its opening words, so that the extended protection prevails where the two
 * overlap and the sibling keeps its procedure for the rest. Undefined where the section does not open
 * with a plain sentence (a numbered subsection, an opening word that is a name) or already yields to
 * another provision: then the fix's title states the amendment for the drafter to make.
 */
function subjectToEdit(text: string, sibling: AnalysedSection, p: Provision): TextEdit | undefined {
  const first = sibling.model.clauses.find((c) => c.quoted !== 'instrument' && !c.recital);
  const number = p.primary.model.number;
  if (!first || first.marker || !number) return undefined;
  const at = sibling.base + first.start;
  const opening = PLAIN_OPENING.exec(text.slice(at, at + 20));
  if (!opening || /^(?:subject|notwithstanding|despite)\b/i.test(first.text)) return undefined;
  const unit = /^(?:article|art\.?)$/i.test(p.primary.model.keyword) ? 'article' : /^regulation$/i.test(p.primary.model.keyword) ? 'regulation' : 'section';
  return { start: at, end: at + opening[0].length, newText: `Subject to ${unit} ${number}, ${opening[0].toLowerCase()}` };
}

/**
 * The fix that opens a closed scope without narrowing it. Where the provision already asks for a
 * link to the trafficking, the list becomes examples of any offence so committed ("in respect of any
 * offence committed as a direct result of being trafficked, including— (a) ..."). Where it does not,
 * the listed offences are covered whatever their link, and must stay so: a catch-all follows the
 * list instead ("for prostitution, or any other offence committed as a direct result of being
 * trafficked"), so that no offence covered before now depends on proof of causation.
 */
function openScopeFix(text: string, s: AnalysedSection, c: ScopeFact, at: Span, linked: boolean, cause: () => string | undefined = () => undefined): Fix[] {
  const listSpan = at;
  const sentenceText = s.model.sentences[s.reading.protections[c.protection]?.sentence ?? -1]?.text ?? text.slice(at.start, listEnd(text, at.start));
  // Relief from administrative sanctions: what it covers keeps that category ("any other offence or infringement").
  const noun = administrativeNoun(sentenceText);
  // The link names the class the provision protects ("being a victim of commercial sex acts", "the
  // exploitation") where that class is not one of trafficking: never a status the bill does not use.
  const own = cause();
  const including = patternText('pattern-open-scope')
    .replace(/^any offence\b/, `any offence${noun ? ` or ${noun}` : ''}`)
    .replace(/\bbeing trafficked\b/, own ?? 'being trafficked');
  const cls = linked ? classPhrase(text, at) : undefined;
  if (cls) {
    // One class of offences, alone ("a misdemeanor", "administrative offences"): the class gives way to
    // "any offence", and the provision's own link to the trafficking governs it ("It is an affirmative
    // defense to a prosecution for any offense that the defendant committed the offense as a direct
    // result of ..."). Inserting "any offence ..., including" there would split the defence's condition.
    const heading = offenceHeadingEdit(text, s);
    return [{ title: `Extend the protection from one class of offences to any offence (the provision's own link to the trafficking still applies)${heading?.suffix ?? ''}`, edits: [...(heading ? [heading.edit] : []), { start: cls.start, end: cls.end, newText: inBillSpelling(text, 'any offence') }] }];
  }
  if (linked) {
    if (c.insertAt === undefined) return [];
    const at = s.base + c.insertAt;
    // Inserted between two words: one space either side, never two or none ("for any offence ..., including illegal entry").
    const spaceBefore = /\s/.test(text[at - 1] ?? '');
    // The sentence already makes what it covers depend on the link ("..., where such acts are the
    // direct consequence of ..."): that condition now governs any offence, and is not said twice.
    const ownLink = GENERIC_LINK.test(text.slice(at, listEnd(text, at))) || CONTENT_LINK.test(text.slice(listSpan.end, listEnd(text, at)));
    // The link follows the list in the list's own words ("for any immigration offence, including illegal
    // entry, committed as a direct result of being trafficked"; "... which the victim committed as a
    // direct result of ..."): it moves before "including" and now governs any offence, never said twice.
    const tail = ownLink ? undefined : trailingLink(text, listSpan.end, listEnd(text, at));
    const anyOffence = `any offence${noun ? ` or ${noun}` : ''}`;
    // A condition pointing back at the listed acts ("if such act was committed as a direct result of
    // being trafficked"): it is made to name the offence, and the new words carry no second link.
    const back = ownLink || tail ? undefined : backLink(text, listSpan.end, listEnd(text, at), noun);
    // The provision's own condition names "the act" ("where the act is the direct consequence of ..."):
    // read after "any offence, including the acts ...", it is made to name the offence it now governs.
    const act = ownLink && !CONTENT_LINK.test(text.slice(listSpan.end, listEnd(text, at))) ? backLink(text, listSpan.end, listEnd(text, at), noun, ACT_LINK) : undefined;
    const words0 = ownLink || back ? `${anyOffence}, including` : tail ? `${anyOffence} ${tail.words}, including` : including;
    const inserted = inBillSpelling(text, words0);
    const newText = spaceBefore ? `${inserted}${/^[\s—–:-]/.test(text.slice(at, at + 1)) ? '' : ' '}` : ` ${inserted}`;
    // A heading limiting the section to "certain offences" would no longer describe it.
    const heading = offenceHeadingEdit(text, s);
    const moved: TextEdit[] = tail ? [{ start: tail.start, end: tail.end, newText: '' }] : [];
    // The title says what is inserted: the link as the new words state it, or the provision's own condition.
    const what = ownLink || back ? 'any offence, keeping the list as examples (the provision\'s own condition then links every offence to the trafficking)' : `${tail ? `${anyOffence} ${tail.words}` : `any offence committed as a direct result of ${own ?? 'being trafficked'}`} (keep the list as examples)`;
    return [{ title: `Extend the protection to ${what}${heading?.suffix ?? ''}`, edits: [...(heading ? [heading.edit] : []), { start: at, end: at, newText }, ...illustrativeList(text, at, tail ? tail.start : back ? back.start : listEnd(text, at), /^for$/i.test(c.anchor)), ...moved, ...(back ? [back] : []), ...(act ? [act] : [])] }];
  }
  // "any offence committed as a direct result of being trafficked, including" → "or any other offence committed as a direct result of being trafficked".
  // The acts named as the subject ("The sexual traffic of a victim shall not be punished"): no place for a catch-all.
  if (!CATCH_ALL_ANCHOR.test(c.anchor)) return [];
  const words = text.slice(at.start, at.end);
  // A list that repeats its preposition ("for being here unlawfully or for working without a permit")
  // takes it again before the catch-all: "or for any other offence ...".
  // So does a list of doings ("for entering or remaining in the country unlawfully"), which "or any
  // other offence" could not continue: "..., or for any other offence ...".
  const again = c.anchor === 'for' && (/(?:,|\bor|\band|\bnor)[ \t]{1,3}for[ \t]/i.test(words) || (/^(?!including\b)[a-z]{3,20}ing\b/i.test(words) && (/\b(?:in|into|from|within|without|through)\b/i.test(words) || endsWithAdverb(words)))) ? 'for ' : '';
  // A list of negatives ("neither for ... nor for ...") goes on with "nor", never a stray "or".
  const or = /\bnor\b/i.test(words) ? 'nor' : 'or';
  const catchAll = inBillSpelling(text, `${or} ${again}${withoutIncluding(including.replace(/^any offence\b/, 'any other offence'))}`);
  // A condition straight after the list ("... or for loitering if the person was ...") is set off by a
  // comma, so that it reads as governing the whole list and not the catch-all alone.
  const closing = /^[ \t]{1,3}(?:if|where|when|whenever|unless|provided|while|whilst)\b/i.test(text.slice(at.end, at.end + 16)) ? ',' : '';
  // A list set out as paragraphs: the catch-all ends its last paragraph.
  const heading = offenceHeadingEdit(text, s);
  const headingEdits = heading ? [heading.edit] : [];
  const title = `Extend the protection to any other offence committed as a direct result of ${own ?? 'being trafficked'} (the listed offences stay covered as they are)${heading?.suffix ?? ''}`;
  // A run-in list whose items end with ";" ("A; B; or C"): the catch-all is its new last item ("A; B; C;
  // or any other offence ..."), never a second "or" after the first ("; or C, or any other offence").
  const semi = /\n/.test(words) ? undefined : [...words.matchAll(/;[ \t]{1,3}(or[ \t]{1,3})/gi)].pop();
  if (semi) {
    const or = at.start + semi.index! + semi[0].length - semi[1]!.length;
    return [{ title, edits: [...headingEdits, { start: or, end: or + semi[1]!.length, newText: '' }, { start: at.end, end: at.end, newText: `; ${catchAll}` }] }];
  }
  // A list set out as paragraphs that ends the sentence ("... any of the following acts: (a) ...; (b) ...;
  // (c) ... document."): the catch-all follows the list as words of its own, after the last paragraph,
  // never inside it ("(c) ... document, or any other offence").
  const ends = /\n/.test(words) ? /^\.[ \t]*(?:\r?\n|$)/.exec(text.slice(at.end, at.end + 8)) : null;
  if (ends) {
    const eol = /\r\n/.test(text) ? '\r\n' : '\n';
    const lineStart = text.lastIndexOf('\n', at.end - 1) + 1;
    const quote = /^[ \t]{0,3}((?:>[ \t]?)*)/.exec(text.slice(lineStart, at.end))![1]!;
    // The paragraphs keep their own punctuation: ";" where they end so, else ",".
    const mark = /;[ \t]*(?:(?:or|and)[ \t]*)?\r?\n/.test(words) ? ';' : ',';
    // Lettered or numbered paragraphs ("(a) ...; (b) ...; (c) ... document."): the catch-all is their
    // next paragraph ("(d) any other act committed as a direct result of being trafficked."), never
    // an unnumbered line after them; it names what the chapeau names ("the following acts").
    const next = nextParagraph(words);
    if (next && mark === ';') {
      const edits: TextEdit[] = [...headingEdits];
      // "(b) ...; or (c) ...": the "or" moves to the new last paragraph but one.
      const joined = [...words.matchAll(/;([ \t]{1,3}(?:or|and))[ \t]*\r?\n/gi)].pop();
      if (joined) edits.push({ start: at.start + joined.index! + 1, end: at.start + joined.index! + 1 + joined[1]!.length, newText: '' });
      const item = inBillSpelling(text, withoutIncluding(including.replace(/^any offence\b/, `any other ${next.noun}`)));
      edits.push({ start: at.end, end: at.end + 1, newText: `;${joined ? joined[1] : ''}${eol}${next.tight ? quote : quote.trimEnd() ? `${quote.trimEnd()}${eol}${quote}` : eol}${next.marker} ${item}.` });
      return [{ title: `Extend the protection to any other ${next.noun} committed as a direct result of ${own ?? 'being trafficked'}, as a new paragraph ${next.name} (the listed ${next.noun}s stay covered as they are)${heading?.suffix ?? ''}`, edits }];
    }
    return [{ title, edits: [...headingEdits, { start: at.end, end: at.end + 1, newText: `${mark}${eol}${quote.trimEnd() ? `${quote.trimEnd()}${eol}${quote}` : eol}${catchAll}.` }] }];
  }
  const comma = /\n/.test(words) || /,|\bor\b|\band\b/.test(words) ? ', ' : ' ';
  // "infractions of the migration rules committed while they were being exploited": the sentence's
  // own participle ("committed ...") follows the list and now governs the catch-all too, which then
  // takes no second one ("... as a direct result of being trafficked committed while ...").
  if (/^[ \t]{1,3}(?:committed|done|carried[ \t]{1,3}out|performed|undertaken)\b/i.test(text.slice(at.end, at.end + 30))) {
    const rest = text.slice(at.end, at.end + 400);
    const clause = rest.slice(0, /[.;:\n]|,[ \t]/.exec(rest)?.index ?? rest.length);
    if (LINK_WORDS.test(clause)) {
      const bare = inBillSpelling(text, `${or} ${again}any other offence${noun ? ` or ${noun}` : ''}`);
      return [{ title: `Extend the protection to any other offence so committed (the listed offences stay covered as they are)${heading?.suffix ?? ''}`, edits: [...headingEdits, { start: at.end, end: at.end, newText: `${comma}${bare}` }] }];
    }
    // A link that is not causation ("committed while they were being exploited") keeps governing the
    // listed offences, which stay covered as they are; the catch-all follows it with the sources' own
    // causal link, said once, never extending a merely temporal link to every offence.
    const prep = c.anchor === 'for' ? 'for ' : '';
    return [{ title, edits: [...headingEdits, { start: at.end + clause.length, end: at.end + clause.length, newText: `, ${inBillSpelling(text, `${or} ${prep}${withoutIncluding(including.replace(/^any offence\b/, 'any other offence'))}`)}` }] }];
  }
  // A proviso after the list that links what is covered to the trafficking ("provided the violation
  // arose from the trafficking"): the catch-all takes no second link, and the proviso governs it too.
  const proviso = LINKING_PROVISO.exec(text.slice(at.end, at.end + 240));
  if (proviso && (LINK_WORDS.test(proviso[0]) || ARISE_FROM.test(proviso[0]))) {
    const bare = inBillSpelling(text, `${or} ${again}any other offence${noun ? ` or ${noun}` : ''}`);
    return [{ title: `Extend the protection to any other offence (the provision's own condition then links it to the trafficking; the listed offences stay covered as they are)${heading?.suffix ?? ''}`, edits: [...headingEdits, { start: at.end, end: at.end, newText: `${comma}${bare}` }] }];
  }
  return [{ title, edits: [...headingEdits, { start: at.end, end: at.end, newText: `${comma}${catchAll}${closing}` }] }];
}

/** A proviso or condition straight after a list, up to the end of its clause: ", provided the violation arose from ...", ", where the offence ...". */
const LINKING_PROVISO = /^,?[ \t]{1,3}(?:provided(?:[ \t]{1,3}that)?|where|if|when)[ \t]{1,3}(?:the|that|such|those)[ \t]{1,3}[^.;:\n]{0,180}/i;
/** A link in the words of origin, in a finite verb ("the violation arose from the trafficking", "resulted from their exploitation"). */
const ARISE_FROM = /\b(?:arose|arises|resulted|results|stemmed|stems)[ \t]{1,3}(?:directly[ \t]{1,3})?(?:from|out[ \t]{1,3}of)[ \t]{1,3}(?:[\w'’-]+[ \t]{1,3}){0,4}?(?:traffick\w*|exploitation)\b/i;

/**
 * The paragraph that would follow the last one of a list set out as lettered or numbered paragraphs
 * ("(c)" after "(b)", "(iv)" after "(iii)", "(4)" after "(3)"), and the noun the list's opening words
 * give what it lists ("the following acts": "act"; else "offence"). Undefined when the paragraphs are
 * not marked in brackets.
 */
function nextParagraph(words: string): { marker: string; name: string; noun: string; tight: boolean } | undefined {
  // (`name` is the paragraph as a title names it, "(d)" or "4"; `tight` whether "1." items stand on consecutive lines.)
  const markers = [...words.matchAll(/(?:^|\n)[ \t>]*(?:\(([a-z]{1,5}|\d{1,3})\)|(\d{1,3})\.)[ \t]/gi)];
  const last = markers.pop();
  if (!last || !markers.length) return undefined;
  const chapeau = words.slice(0, markers[0]!.index);
  const named = [...chapeau.matchAll(/\b(act|offen[cs]e|crime|conduct)s?\b/gi)].pop()?.[1]?.toLowerCase();
  // A list numbered "1.", "2." ... keeps the bill's own numbering: the next item is "4.", never relettered.
  if (last[2] !== undefined) {
    if (!markers.every((m) => m[2] !== undefined)) return undefined;
    const n = String(Number(last[2]) + 1);
    return { marker: `${n}.`, name: n, noun: named ?? 'offence', tight: !/\n[ \t>]*\n[ \t>]*\d{1,3}\.[ \t]/.test(words.slice(markers[0]!.index + 1)) };
  }
  if (markers.some((m) => m[2] !== undefined)) return undefined;
  const label = last[1]!;
  const prev = markers[markers.length - 1]![1]!;
  const roman = isRoman(label) && isRoman(prev);
  const nextLabel = /^\d+$/.test(label) ? String(Number(label) + 1) : paragraphLetterBetween(label.toLowerCase(), undefined, [], 'letters', roman);
  const marker = `(${label === label.toUpperCase() && /[A-Z]/.test(label) ? nextLabel.toUpperCase() : nextLabel})`;
  return { marker, name: marker, noun: named ?? 'offence', tight: false };
}

/**
 * The class a provision protects, for the link the catch-all states, where it is not one of
 * trafficking: "being a victim of commercial sex acts" where the bill defines that class and the
 * protection names it, "the exploitation" where the protection names a person who has suffered
 * exploitation. Undefined where the protection names trafficking or no such class (the link is then
 * "being trafficked").
 */
function ownCause(s: AnalysedSection, c: ScopeFact, term: { term: string; defined?: unknown } | undefined): string | undefined {
  const p = s.reading.protections[c.protection];
  if (!p) return undefined;
  const t = s.model.sentences[p.sentence]?.text ?? '';
  const who = t.slice(p.subject.from, p.subject.to);
  if (/traffick/i.test(who) || /traffick/i.test(t)) return undefined;
  if (term?.defined && !/traffick/i.test(term.term) && who.toLowerCase().replace(/\s+/g, ' ').includes(term.term.toLowerCase())) return `being ${article(term.term)} ${term.term}`;
  if (/\b(?:suffered|been\s{1,4}subjected\s{1,4}to)\s{1,4}exploitation\b/i.test(who)) return 'the exploitation';
  return undefined;
}

/**
 * The word for a wrong that is not an offence, where the relief is from administrative sanctions
 * ("administrative sanctions ... for irregular entry", "exempt from administrative liability for the
 * infringement of irregular stay"): the sentence's own word ("infringement", "contravention",
 * "infraction"; "violation" for violations of named laws), else "infringement". Undefined for relief
 * from criminal liability alone.
 */
function administrativeNoun(sentence: string): string | undefined {
  const own = /\b(infringement|contravention|infraction)s?\b/i.exec(sentence)?.[1]?.toLowerCase();
  if (own) return own;
  // Breaches of administrative laws named as such ("violations of the residence and labour laws"):
  // "any offence or violation", so that they are not made offences.
  if (/\bviolations?\s{1,3}of\s{1,3}the\s{1,3}(?:[\w-]+\s{1,3}){1,5}?(?:laws|rules|regulations)\b/i.test(sentence)) return 'violation';
  return /\badministrative\b/i.test(sentence) ? 'infringement' : undefined;
}

/**
 * The link to the trafficking stated after a list in the list's own words ("..., committed as a direct
 * result of being trafficked", "which the victim committed as a direct result of being trafficked"),
 * from `from` (the end of the list) to no further than `to`: its words without the comma before them,
 * and where they end. Undefined when the words after the list are not such a link.
 */
function trailingLink(text: string, from: number, to: number): { words: string; start: number; end: number } | undefined {
  // The list's words may have taken in the relative pronoun and its subject ("... or to prostitution which the victim").
  const back = /[ \t]{1,3}((?:which|that)[ \t]{1,3}(?:(?:the|such)[ \t]{1,3}[\w-]{1,30}|he[ \t]{1,3}or[ \t]{1,3}she|he|she|they))$/i.exec(text.slice(Math.max(0, from - 60), from));
  if (back) from -= back[0].length;
  const m = /^(,?[ \t]{0,3})((?:(?:which|that)[ \t]{1,3}(?:(?:the|such)[ \t]{1,3}[\w-]{1,30}|he[ \t]{1,3}or[ \t]{1,3}she|he|she|they)[ \t]{1,3})?(?:was[ \t]{1,3}|were[ \t]{1,3}|(?:has|have)[ \t]{1,3}been[ \t]{1,3})?(?:committed|done|carried[ \t]{1,3}out|performed|(?:arising|resulting|stemming)[ \t]{1,3}(?:from|out[ \t]{1,3}of))\b[^.;:,\n]{0,160})/i.exec(text.slice(from, to));
  if (!m || !(LINK_WORDS.test(m[2]!) || ARISING.test(m[2]!))) return undefined;
  const words = m[2]!.trimEnd();
  return { words, start: from, end: from + m[1]!.length + words.length };
}

/**
 * The edit that makes a condition pointing back at the listed acts (see `BACK_LINK`), between `from`
 * and `to` in `text`, name the offence instead: "such acts are" → "the offence is", "such act was" →
 * "the offence was" (with the administrative `noun` where the protection covers one: "the offence or
 * infringement is"). Undefined where there is no such condition.
 */
function backLink(text: string, from: number, to: number, noun: string | undefined, re: RegExp = BACK_LINK): TextEdit | undefined {
  const m = re.exec(text.slice(from, to));
  if (!m) return undefined;
  const start = from + m.index + m[0].indexOf(m[1]!);
  const end = start + m[1]!.length + text.slice(start + m[1]!.length).indexOf(m[2]!) + m[2]!.length;
  const verb = m[2]!.replace(/\s+/g, ' ').toLowerCase();
  const singular = verb === 'are' ? 'is' : verb === 'were' ? 'was' : verb === 'have been' ? 'has been' : verb;
  return { start, end, newText: inBillSpelling(text, `the offence${noun ? ` or ${noun}` : ''} ${singular}`) };
}

/**
 * The words naming one class of offences (OFFENCE_CLASS), with the article before them ("a
 * misdemeanor", "the misdemeanours", "administrative offences"), when they open the closed words
 * `at` and the words name nothing else (no kind of offence, no list): what "any offence" can replace
 * without leaving out anything the provision covered.
 */
function classPhrase(text: string, at: Span): Span | undefined {
  const words = text.slice(at.start, at.end);
  const m = firstMatch([OFFENCE_CLASS], words);
  if (!m || has(KINDS, words) || /[;,]|\b(?:or|and)\b/i.test(words)) return undefined;
  const lead = /^\s{0,8}(?:(?:a|an|the|any|all)\s{1,8})?$/i.exec(words.slice(0, m.index));
  if (!lead) return undefined;
  return { start: at.start, end: at.start + m.end };
}

/**
 * Where a list absorbed into "including" ends: the end of its sentence (a full stop before a space,
 * a line end or the end of the text; a colon before a proviso), at most 2,000 characters on.
 */
function listEnd(text: string, from: number): number {
  const rest = text.slice(from, from + 2000);
  const stop = /\.(?=\s|$)|:\s*\n/.exec(rest);
  return from + (stop ? stop.index : rest.length);
}

/**
 * The list after a new "including" made illustrative (the drafting conventions: a list after
 * "including" takes no "or", which would now read as a choice or a condition): the "or" that joins
 * its last paragraph becomes "and" ("(b) unlawful residence; and (c) ..."), and a run-in list that
 * repeated its preposition ("including illegal entry, for the use of false documents, or for
 * soliciting") reads as one list ("including illegal entry, the use of false documents and
 * soliciting"; a class illustrated in its turn takes "such as"; `runIn` when the list's preposition is "for"). Nothing is left out: every item stays, now
 * as an example. `from`..`to` is the list.
 */
function illustrativeList(text: string, from: number, to: number, runIn: boolean): TextEdit[] {
  const list = text.slice(from, to);
  const edits: TextEdit[] = [];
  // A class already illustrated ("any immigration offence, including illegal entry"): its examples
  // are introduced by "such as", never a second "including" inside the first.
  const inner = /,[ \t]{1,3}(including)[ \t]/i.exec(list);
  if (inner) {
    const at = from + inner.index! + inner[0].indexOf(inner[1]!);
    edits.push({ start: at, end: at + inner[1]!.length, newText: 'such as' });
  }
  // Paragraphs: the last "; or" before a paragraph marker ("; or\n\n(c)", "; or (c)").
  const paragraphs = [...list.matchAll(/[;,][ \t]{0,3}(or)(?=\s{1,6}\(?[a-z0-9]{1,5}\))/gi)];
  const last = paragraphs.pop();
  if (last) {
    const at = from + last.index! + last[0].length - last[1]!.length;
    edits.push({ start: at, end: at + last[1]!.length, newText: 'and' });
    return edits;
  }
  // Run-in items that repeat "for": ", for X" → ", X"; ", or for X" / ", nor for X" → " and X" (the last one only).
  // (The last may take no comma: "for irregular stay, for the use of false papers or for soliciting".)
  const repeated = [...list.matchAll(/(?:,[ \t]{1,3}(?:(?:or|nor)[ \t]{1,3})?|[ \t]{1,3}(?:or|nor)[ \t]{1,3})for[ \t]{1,3}(?!the[ \t]{1,3}purposes?\b)/gi)];
  if (!runIn || !repeated.length) return edits;
  repeated.forEach((m, i) => {
    const isLast = i === repeated.length - 1;
    const start = from + m.index!;
    edits.push({ start, end: start + m[0].length, newText: isLast && /\b(?:or|nor)\b/i.test(m[0]) ? ' and ' : ', ' });
  });
  return edits;
}

/** The words of a definition after "means", without the punctuation that ends it. */
function bodySpan(s: AnalysedSection, d: DefinitionEntry['d']): Span {
  const t = d.body.text;
  let a = 0;
  let b = t.length;
  while (a < b && /[\s:,]/.test(t[a]!)) a++;
  while (b > a && /[\s;.,]/.test(t[b - 1]!)) b--;
  const [x, y] = sourceSpan(d.body, a, Math.max(a + 1, b));
  return { start: s.base + x, end: s.base + y };
}

type DefinitionEntry = { s: AnalysedSection; d: AnalysedSection['model']['definitions'][number] };

/** A defined term as the scope's words are compared with it: lower case, single spaces. */
function termKey(term: string): string {
  return term.toLowerCase().replace(/\s+/g, ' ');
}

/** The bill's definitions in order, and by their terms (see `termKey`). */
interface TermIndex {
  byTerm: Map<string, { entry: DefinitionEntry; order: number }[]>;
  longest: number;
}

export function termIndex(definitions: DefinitionEntry[]): TermIndex {
  const byTerm: TermIndex['byTerm'] = new Map();
  let longest = 0;
  definitions.forEach((entry, order) => {
    const term = termKey(entry.d.term);
    if (term.length < 3) return;
    const list = byTerm.get(term);
    if (list) list.push({ entry, order });
    else byTerm.set(term, [{ entry, order }]);
    longest = Math.max(longest, term.length);
  });
  return { byTerm, longest };
}

const WORD_CHAR = /[\w-]/;

/**
 * The definitions whose term the words use as whole words (a plural "s" or "es" allowed), in the
 * bill's order: the words' stretches that start after a character other than a letter, digit, "_"
 * or "-" (or at the start) and end before one, looked up among the terms. Linear in the words for a
 * bill of any number of definitions.
 */
export function termsUsed(words: string, index: TermIndex): DefinitionEntry[] {
  const found: { entry: DefinitionEntry; order: number }[] = [];
  const boundary = (i: number) => i >= words.length || !WORD_CHAR.test(words[i]!);
  const endsAt = (e: number) => boundary(e) || (words[e] === 's' && boundary(e + 1)) || (words[e] === 'e' && words[e + 1] === 's' && boundary(e + 2));
  for (let p = 0; p < words.length; p++) {
    if (p > 0 && !boundary(p - 1)) continue;
    for (let e = p + 3; e <= Math.min(words.length, p + index.longest); e++) {
      if (!endsAt(e)) continue;
      const list = index.byTerm.get(words.slice(p, e));
      if (list) for (const x of list) if (!found.includes(x)) found.push(x);
    }
  }
  return found.sort((a, b) => a.order - b.order).map((x) => x.entry);
}

/**
 * The bill's definition of a term the words use, and whether that definition makes them closed or
 * open: a defined category ("street offence" means begging, loitering or soliciting) or a general
 * noun the bill defines narrowly ("offence" means an offence under two laws). A definition that
 * "includes" adds to the ordinary meaning and decides nothing.
 */
function definedScope(text: string, at: Span, kind: string, definitions: TermIndex): { kind: 'closed' | 'general'; term: string; where: string; definition: string; span: Span; body: Span } | undefined {
  const words = termKey(text.slice(at.start, at.end));
  for (const { s, d } of termsUsed(words, definitions)) {
    const term = termKey(d.term);
    // Only a term for offences or acts ("street offence", "relevant offence") can name what is covered.
    if (!has(OFFENCE_NOUN, d.term) && !has(OFFENCE_NOUN, d.body.text) && !has(KINDS, d.body.text)) continue;
    const verb = text.slice(s.base + d.termEnd, s.base + d.termEnd + 24);
    if (/^\W{0,3}\s*includes?\b/i.test(verb)) continue;
    // A generic noun ("offence") decides the scope only where the words are general, and the bill
    // defines it narrowly; a defined category decides it either way.
    const generic = /^(?:offen[cs]es?|crimes?|acts?|conduct)$/.test(term);
    if (generic && kind !== 'general') continue;
    const body = d.body.text;
    const r = readScope(body, 0, body.length);
    const closed = r.kind === 'closed' || (r.kind === 'unknown' && has(KINDS, body));
    if (generic && !closed) continue;
    return {
      kind: closed ? 'closed' : 'general',
      term: d.term,
      where: s.name,
      definition: body.replace(/^\W+/, '').replace(/[;.]\s*$/, '').trim().slice(0, 100),
      span: { start: s.base + d.termStart, end: s.base + d.termEnd },
      body: bodySpan(s, d),
    };
  }
  return undefined;
}

/** The words without a closing "including" and the comma and spaces before it ("…, including" → "…"). */
function withoutIncluding(words: string): string {
  if (!words.endsWith('including')) return words;
  const rest = words.slice(0, -'including'.length).trimEnd();
  return rest.endsWith(',') ? rest.slice(0, -1) : rest;
}
