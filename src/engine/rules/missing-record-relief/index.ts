import { SCAN_WORDS } from './scan-words.js';
import { defineRule, type ExplainItem } from '../../rule.js';
import { CITE } from '../../citations.js';
import { span as sentenceSpan, type Span } from '../../analyse.js';
import { billFacts, billProtections } from '../../bill-facts.js';
import type { AnalysedSection } from '../../model.js';
import { firstMatch } from '../../patterns.js';
import { abs, provisionAnchor, quoteWords, sectionsOf } from '../util.js';
import type { ClosedListFacts } from '../closed-offence-list/index.js';
import { inBillSpelling } from '../bill-wording.js';
import { INHERITED_REFERENCE } from './patterns.js';

export interface RecordReliefFacts {
  /** Record relief in this section that covers only the offences another provision covers. */
  inherited: { relief: Span; words: Span; subsection?: string; section?: string }[];
}

/** The words that replace an inherited cross-reference: the link to the trafficking itself. */
const BY_LINK = 'an offence committed as a direct result of being trafficked';

/**
 * The link to the trafficking stated later in the same sentence, as the ground of the relief ("... on
 * the ground that the act was done as a direct consequence of being a victim of slavery", "where the
 * act was the direct consequence of an act of trafficking").
 */
const OWN_LINK = /\b(?:result|consequence)\s{1,4}of\s{1,4}(?:[\w'’-]{1,30}[\s,]{1,4}){0,6}?(?:traffick\w*|victims?|slavery|exploitation)\b/i;

/**
 * The words that replace a reference to another provision's offences (`at`): "an offence committed as
 * a direct result of being trafficked", or just "an offence" where the sentence already makes the
 * relief depend on that link, which then governs every offence (the sentence's own words, not ours).
 */
function byLink(text: string, at: { start: number; end: number }): string {
  const rest = text.slice(at.end, at.end + 600);
  const end = /\.(?=\s|$)|\n\s*\n/.exec(rest);
  const own = OWN_LINK.test(rest.slice(0, end ? end.index : rest.length));
  const words = own ? 'an offence' : BY_LINK;
  const capital = /^An?\b/.test(text.slice(at.start, at.end));
  return inBillSpelling(text, capital ? 'A' + words.slice(1) : words);
}

/**
 * Where the reference is left out and the sentence's own ground governs ("... an offence may apply ...
 * where the act was the direct consequence of ..."), "the act" had the reference's offences for its
 * antecedent: it becomes "the act constituting the offence" (document offsets), the drafter's phrase.
 */
function actOfTheOffence(text: string, at: { start: number; end: number }): { start: number; end: number; newText: string }[] {
  const rest = text.slice(at.end, at.end + 600);
  const end = /\.(?=\s|$)|\n\s*\n/.exec(rest);
  const sentence = rest.slice(0, end ? end.index : rest.length);
  if (!OWN_LINK.test(sentence)) return [];
  const m = /\bthe act\b(?![ \t]{1,3}(?:constituting|which|that))/i.exec(sentence);
  return m ? [{ start: at.end + m.index, end: at.end + m.index + m[0].length, newText: `${m[0]} constituting the offence` }] : [];
}

/** The limit a provision's protections carry: a closed list of offences or a carve-out, in words for the message. */
function limitOf(s: AnalysedSection, closed: ClosedListFacts, text: string, onlyMarker: string | undefined, except: number, name: string): string | undefined {
  const inClause = (sentence: number) => onlyMarker === undefined || s.model.clauses[s.model.sentences[sentence]!.clause]?.marker === `(${onlyMarker})`;
  for (const sc of closed.scopes) {
    const p = s.reading.protections[sc.protection];
    if (!p || p.form === 'record-relief' || p.sentence === except || !inClause(p.sentence) || sc.kind !== 'closed') continue;
    const w = abs(s, sc.words);
    return `the offences listed in ${name} ("${quoteWords(text, w)}")`;
  }
  for (const p of s.reading.protections) {
    if (p.form === 'record-relief' || !inClause(p.sentence) || !p.carveOuts.length) continue;
    return `the offences ${name} covers, which leaves out offences ("${quoteWords(text, abs(s, p.carveOuts[0]!))}")`;
  }
  const carve = s.reading.carveOuts[0];
  if (carve) return `the offences ${name} covers, and ${name} ${quoteWords(text, abs(s, carve.span))}`;
  return undefined;
}

/** "Section 45" as it reads inside a sentence: "section 45". */
function inRunningText(name: string): string {
  return /^(?:Section|Article|Clause|Regulation)\s/.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name;
}

export const missingRecordRelief = defineRule<RecordReliefFacts>({
  meta: {
    id: 'missing-record-relief',
    code: 'NP010',
    title: 'No relief from convictions and records',
    defaultSeverity: 'warning',
    fixable: true,
    summary:
      'Even an unpenalised conviction is a punishment, and a criminal record bars employment, travel and housing for life. A trafficking bill that protects victims from punishment but gives no way to vacate, expunge or seal the convictions and records of victims already punished gets an information hint (another law may provide the relief); record relief that reaches only the offences another provision covers, when that provision has a closed list or a carve-out, is a warning: victims outside it keep their convictions.',
    citations: [CITE.recordsVacated, CITE.unpenalizedConviction, CITE.recordsLegislation, CITE.recordsSelectOffences, CITE.recordsOutsideTraffickingLaw, CITE.recordsWgTip],
    messages: {
      inherited: {
        severity: 'warning',
        title: 'Record relief limited to the offences another provision covers',
        text: 'Record relief in {provision} refers to the offences of {target} ("{words}"), so it covers only {limit}. Victims convicted of other offences committed as a result of being trafficked keep their convictions (ASEAN Guideline (2025), Guideline [13]). Refer to the offences by their link to the trafficking ("an offence committed as a direct result of being trafficked") rather than to the protection\'s list.',
      },
      absent: {
        severity: 'info',
        title: 'No relief from convictions and records in this bill',
        text: 'The bill protects victims from punishment ({provision}) but has no way to clear the convictions and records of victims already punished. Even an unpenalised conviction is a punishment (CTOC/COP/WG.4/2022/2, para. 12); the ASEAN Guideline (2025) asks States to explore laws to vacate, expunge or seal them (Guideline [2]). If another law already provides this, suppress this hint with that reason.',
      },
    },
    docs: {
      flags:
        'A trafficking bill (one that makes trafficking, slavery, servitude or forced labour an offence, or defines trafficking) that protects victims from punishment but has no provision for vacating, expunging or sealing the convictions and records of victims punished for offences committed as a result of being trafficked (information, on the heading of the non-punishment provision); and a record-relief provision that applies only to the offences another provision covers ("an offence mentioned in subsection (1)", "an offence to which section 45 applies") when that provision is limited by a closed list or a carve-out (warning, on the cross-reference). A bill with no non-punishment provision at all is left to missing-non-punishment-provision; an excerpt that is only a provision is not a bill and gets no hint. Sealing alone counts as relief, and so does an appeal that can quash the conviction.',
      why:
        'Even an unpenalised conviction is a punishment, and a criminal record bars employment, travel and housing for life. The ASEAN Guideline asks States to "explore amending or introducing legislation to allow for convictions and criminal records of trafficked victims to be vacated …, expunged … or sealed", and the Working Group on Trafficking in Persons recommends access to "clearing their criminal records through expungement or vacatur". The Guideline places such laws among legislation outside trafficking-specific legislation: if another law already provides the relief, the hint can be suppressed with that reason. It also notes that some record-relief laws "only apply to select offences".',
      fix:
        'Add a section on clearing records after the non-punishment provision, for any offence committed as a direct result of being trafficked: the clause picker has the project\'s record-relief pattern. For an inherited limit, refer to the offences by the link ("an offence committed as a direct result of being trafficked") rather than to the protection\'s list: the quick fix makes that replacement, or, where the sentence already grants the relief on the ground of that link ("on the ground that the act was done as a direct consequence of being a victim"), leaves out the reference so that the ground governs every offence.',
      bad: `# Prevention of Trafficking in Persons Bill

## 3. Offence of trafficking in persons

A person who recruits, transports or harbours another person by force, threats or deception for the purpose of exploiting that person commits an offence.

## 14. Non-punishment of victims

A victim of trafficking shall not be arrested, detained, prosecuted or penalised for any offence committed as a direct result of being trafficked.`,
      good: `# Prevention of Trafficking in Persons Bill

## 3. Offence of trafficking in persons

A person who recruits, transports or harbours another person by force, threats or deception for the purpose of exploiting that person commits an offence.

## 14. Non-punishment of victims

A victim of trafficking shall not be arrested, detained, prosecuted or penalised for any offence committed as a direct result of being trafficked.

## 14A. Clearing of records

A person convicted of, or penalised for, an offence committed as a direct result of being trafficked may apply to the High Court for an order vacating the conviction or penalty and expunging it from the person's records, and the Court shall make the order where it finds that the offence was so committed.`,
      notes:
        'The record-relief provision\'s own words are for the other rules: a closed list in the relief itself (closed-offence-list), "the court may" (discretionary-protection), a carve-out (serious-offence-exclusion), co-operation (conditional-protection), proof by the applicant (defendant-burden). This rule reports only what the relief inherits by cross-reference, which the other rules cannot see.',
    },
  },

  scanWords: SCAN_WORDS,

  recognise({ model, reading }) {
    const inherited: RecordReliefFacts['inherited'] = [];
    for (const p of [...reading.protections, ...reading.recordReliefByReference]) {
      if (p.form !== 'record-relief') continue;
      const s = model.sentences[p.sentence]!;
      const m = firstMatch(INHERITED_REFERENCE, s.text);
      if (!m) continue;
      const item: RecordReliefFacts['inherited'][number] = { relief: p.relief, words: sentenceSpan(s, m.index, m.end) };
      if (m.groups[0]) item.subsection = m.groups[0];
      if (m.groups[1]) item.section = m.groups[1].toLowerCase();
      inherited.push(item);
    }
    return { inherited };
  },

  check({ bill, report, facts, factsOf }) {
    const own = billProtections(bill);
    if (!own.length) return;
    const records = own.filter((o) => o.protection.form === 'record-relief');
    const provisionOf = (s: AnalysedSection) => bill.provisions.find((p) => sectionsOf(p).includes(s));
    if (!records.length) {
      // The hint is for a trafficking bill: an excerpt that is only a provision is not one.
      if (!billFacts(bill).createsTraffickingOffence) return;
      const first = own[0]!;
      const p = provisionOf(first.section);
      const s = p?.primary ?? first.section;
      report({ messageId: 'absent', data: { provision: p?.name ?? s.name }, span: provisionAnchor(s), section: s });
      return;
    }
    const done = new Set<string>();
    for (const { section } of records) {
      for (const h of facts(section).inherited) {
        const key = `${section.base}:${h.words.start}`;
        if (done.has(key)) continue;
        done.add(key);
        const target = h.section !== undefined ? bill.sections.find((x) => x.model.number.toLowerCase() === h.section && !x.preamble) : section;
        if (!target) continue;
        const relief = section.reading.protections.find((x) => x.relief.start === h.relief.start);
        const targetName = h.section !== undefined ? inRunningText(target.name) : `subsection (${h.subsection})`;
        const limit = limitOf(target, factsOf<ClosedListFacts>('closed-offence-list', target), bill.text, h.section === undefined ? h.subsection : undefined, target === section && relief ? relief.sentence : -1, targetName);
        if (!limit) continue;
        const at = abs(section, h.words);
        const p = provisionOf(section);
        report({
          messageId: 'inherited',
          data: {
            provision: inRunningText(p?.name ?? section.name),
            limit,
            target: targetName,
            words: quoteWords(bill.text, at),
          },
          span: at,
          section: p?.primary ?? section,
          fixes: [{ title: 'Refer to the offences by their link to the trafficking', edits: [{ start: at.start, end: at.end, newText: byLink(bill.text, at) }, ...actOfTheOffence(bill.text, at)] }],
        });
      }
    }
  },

  explain({ facts }, p) {
    const out: ExplainItem[] = [];
    for (const s of sectionsOf(p)) {
      for (const h of facts(s).inherited) out.push({ aspect: 'Records', reading: 'record relief limited to the offences another provision covers', words: [abs(s, h.words)] });
      for (const x of s.protections) if (x.form === 'record-relief') out.push({ aspect: 'Records', reading: 'relief from a conviction or record', words: [abs(s, x.relief)] });
    }
    return out;
  },
});
