import { FORM_NAMES, NOT_A_PROTECTION, type Span } from './analyse.js';
import { analyseBill, SectionCache } from './model.js';
import { ruleContext } from './lint.js';
import { RULES } from './rules/index.js';
import type { LintConfig, Range } from './types.js';
import { otherTextAt, type OtherText } from './document-kind.js';

/**
 * How the engine read a bill: for each non-punishment provision it found, what it recognised (the
 * form, who is protected, from what, the scope and how it is closed or open, the link to the
 * trafficking, the burden of proof, children, carve-outs) and the words each reading came from; and
 * the wording that looks like a protection but was not read as one, with the reason. It lets a
 * reviewer see why the linter stayed silent, not only why it fired (`np-lint explain FILE`).
 */

export interface ExplainedWords {
  range: Range;
  text: string;
}

export interface ExplainedReading {
  /** "Form", "Protected person", "Consequences", "Scope", "Link to the trafficking", "Burden of proof", "Children"... */
  aspect: string;
  reading: string;
  words: ExplainedWords[];
}

export interface ExplainedProvision {
  /** As a drafter names it ("Section 14"). */
  provision: string;
  /** The heading, when the provision has one. */
  heading?: ExplainedWords;
  /** The sections that state it (its own, then those referring back to it). */
  sections: string[];
  readings: ExplainedReading[];
}

export interface NearMiss {
  section: string;
  words: ExplainedWords;
  /** Why the words were not read as protecting a victim. */
  reason: string;
}

export interface Explanation {
  provisions: ExplainedProvision[];
  /** Wording that takes a penal consequence away but was not read as a non-punishment provision. */
  notRead: NearMiss[];
}

const CONSEQUENCE_NAMES: Record<string, string> = {
  criminalLiability: 'criminal liability',
  prosecution: 'prosecution',
  punishment: 'punishment or penalties',
  arrest: 'arrest',
  detention: 'detention',
  administrative: 'administrative penalties',
  civil: 'civil liability',
  immigration: 'immigration penalties (deportation, removal, immigration detention)',
};

/** What a provision in text that is not the bill's own is (see document-kind.ts). */
const TEXT_READING: Record<OtherText['kind'], string> = {
  instrument: 'the text of another instrument, not a bill (its title names it): findings are shown for comparison, no fix is offered',
  memorandum: 'an explanatory memorandum, not the bill: findings are shown, no fix is offered (make the change in the bill)',
  description: 'a clause quoted in words describing the bill, not the bill itself: findings are shown, no fix is offered (make the change in the bill)',
};

/**
 * Explains how a bill was read. Offsets and ranges are in UTF-16 code units of `text`, as for
 * findings. Never throws on any text.
 */
export function explain(text: string, options: { config?: LintConfig; cache?: SectionCache } = {}): Explanation {
  const bill = analyseBill(text, options.config ?? {}, options.cache);
  const words = (sp: Span): ExplainedWords => ({ range: bill.lines.range(sp.start, sp.end), text: text.slice(sp.start, sp.end).replace(/\s+/g, ' ').trim() });
  const provisions: ExplainedProvision[] = bill.provisions.map((p) => {
    const readings: ExplainedReading[] = [];
    const all = [p.primary, ...p.attached];
    for (const s of all) {
      for (const pr of s.protections) {
        const at = (x: Span) => words({ start: s.base + x.start, end: s.base + x.end });
        readings.push({ aspect: 'Form', reading: FORM_NAMES[pr.form], words: [at(pr.relief)] });
        const who =
          pr.personBy === 'victim' || pr.personBy === 'victim-status'
            ? 'a victim of trafficking (or of slavery, forced labour or exploitation)'
            : pr.personBy === 'minor'
              ? 'a minor (a safe harbour: minors are treated as victims)'
              : pr.personBy === 'list-lead'
                ? 'the victim named in the words introducing the list'
                : pr.personBy === 'context'
                  ? 'the person an earlier sentence of the section says is a victim'
                : pr.personBy === 'reference'
                  ? 'the persons protected by the provision it refers to'
                  : 'the persons the heading names (the sentence itself does not name them)';
        readings.push({ aspect: 'Protected person', reading: who, words: pr.person ? [at(pr.person)] : [] });
        const kinds = [...new Set(pr.consequences.map((c) => c.kind))];
        if (kinds.length) readings.push({ aspect: 'Consequences relieved', reading: kinds.map((k) => CONSEQUENCE_NAMES[k] ?? k).join(', '), words: pr.consequences.map((c) => at(c.span)) });
      }
    }
    for (const rule of RULES) {
      if (!rule.explain) continue;
      const ctx = ruleContext(bill, rule, () => undefined);
      for (const item of rule.explain(ctx, p)) {
        readings.push({ aspect: item.aspect, reading: item.reading, words: (item.words ?? []).map(words) });
      }
    }
    const other = otherTextAt(bill.otherTexts, p.primary.base);
    if (other) {
      const heading = bill.sections.find((s) => s.chunk.start >= other.from && s.chunk.headingText === other.title);
      readings.push({
        aspect: 'Text',
        reading: TEXT_READING[other.kind],
        words: heading ? [words({ start: heading.chunk.headingStart, end: heading.chunk.headingEnd })] : [],
      });
    }
    const out: ExplainedProvision = { provision: p.name, sections: all.map((s) => s.name), readings: consistent(readings) };
    if (p.primary.chunk.headingEnd > p.primary.chunk.headingStart) out.heading = words({ start: p.primary.chunk.headingStart, end: p.primary.chunk.headingEnd });
    return out;
  });
  const inProvision = new Set(bill.provisions.flatMap((p) => [p.primary, ...p.attached]));
  const notRead: NearMiss[] = [];
  for (const s of bill.sections) {
    for (const n of s.reading.notProtections) {
      if (inProvision.has(s) && s.protections.some((p) => p.sentence === n.sentence)) continue;
      notRead.push({ section: s.name, words: words({ start: s.base + n.relief.start, end: s.base + n.relief.end }), reason: NOT_A_PROTECTION[n.reason] });
    }
  }
  return { provisions, notRead };
}

/**
 * The readings of one provision made to say one thing where two rules' readings would otherwise
 * contradict each other: a scope "read as not limited" beside record relief limited to the offences
 * another provision covers; a protection read as reaching "only prosecution" beside other words of
 * the provision that keep a further form of punishment away. Each reading keeps its words; the wording says how
 * they fit together.
 */
function consistent(readings: ExplainedReading[]): ExplainedReading[] {
  const limitedRecords = readings.some((r) => r.aspect === 'Records' && /^record relief limited to\b/.test(r.reading));
  const otherForms = readings.some((r) => r.aspect === 'Forms of punishment' && r.reading === 'keeps another form of punishment away');
  return readings.map((r) => {
    if (limitedRecords && r.aspect === 'Scope' && /\(read as not limited\)$/.test(r.reading)) {
      return { ...r, reading: 'no words naming the offences covered were found in the protection itself; its relief from records is limited to the offences another provision covers (see Records)' };
    }
    if (otherForms && r.aspect === 'Forms of punishment' && /^only\b/.test(r.reading)) {
      return { ...r, reading: `${r.reading} in these words; other words of the provision keep a further form of punishment away (below), so the provision as a whole is not limited to ${r.reading.replace(/^only\s+/, '')}` };
    }
    return r;
  });
}
