/**
 * Where and how a model clause goes into a bill: after the section the cursor is in, numbered as the
 * bill's next free number (14A where 15 is taken) or, on request, as the next whole number once the
 * following sections and their cross-references are renumbered; in that section's heading form; its
 * words adapted to the bill's drafting (defined terms, an existing definition of "child", quote style,
 * "shall" or "must"); the places a drafter must adapt as snippet placeholders with the corpus' hints.
 * Treaties and soft law go in as a quoted drafting note, never as a section; provisions with known
 * defects are never inserted (they are for comparison). Pure.
 */
import {
  conventionsOf, inBillQuotes, renumberSections, sectionAt, sectionInsertion, subsectionInsertion,
  type BillConventions, type Renumbering, type SectionEntry,
} from '../engine/drafting/index.js';
import type { TextEdit } from '../engine/types.js';
import { draftingNote, footnoteLabelFor, renderClause, renderNote, type BillStyle, type PlaceToAdapt, type RenderedClause } from './render.js';
import type { ClauseRecord } from './types.js';
import { clauseUse, defectLabel } from './use.js';

export interface InsertionOptions {
  /**
   * A new section, or a new subsection at the end of the section at the cursor; by default what the
   * clause file says (`insertAs`), else a section.
   */
  as?: 'section' | 'subsection';
  citation?: 'footnote' | 'note';
  /**
   * Renumber the sections that follow (and every cross-reference to them) so that the clause takes
   * the next whole number, instead of an inserted number such as 14A. The plan then carries the
   * renumbering only: apply it, then plan the insertion again on the renumbered bill.
   */
  renumber?: boolean;
}

export interface InsertionPlan {
  /**
   * - `section` / `subsection`: an enactable provision, numbered;
   * - `fragment`: words for inside a sentence, at the cursor;
   * - `note`: a treaty or soft-law text as a quoted drafting note;
   * - `comparison`: a provision with known defects: nothing to insert (show it beside the provision);
   * - `renumber`: the renumbering to apply first (see InsertionOptions.renumber).
   */
  kind: 'section' | 'subsection' | 'fragment' | 'note' | 'comparison' | 'renumber';
  /** The change to the bill, as offset edits on the text the plan was made for (0-based UTF-16). */
  edits: TextEdit[];
  /** The main insertion as a snippet: where it goes and its text, the places to adapt as placeholders. */
  snippet?: { at: number; text: string };
  /** The inserted text with the defaults in the places to adapt (what `snippet` expands to). */
  text: string;
  /** The section number the clause takes ("14A"), for a section. */
  number?: string;
  /** The section it follows, as the bill names it ("Section 14"). */
  after?: string;
  /**
   * When the number is an inserted one (14A) and the section that follows has the next whole number,
   * what renumbering would do instead: the clause would be `number`, sections `from`..`to` move up one.
   */
  renumberOption?: { number: string; from: string; to: string; sections: number };
  /** For `renumber`: the renumbering (its edits are `edits`). */
  renumbering?: Renumbering;
  /** The places to adapt, in tab order, with what belongs there. */
  places: PlaceToAdapt[];
  /** What was changed from the source's words to fit the bill. */
  adaptations: string[];
  /** Plain-English notes for the drafter (a fallback taken, a reference to check). */
  notes: string[];
  footnoteLabel?: string;
}

/** The bill's drafting, as the clause renderer needs it. */
export function billStyle(conv: BillConventions, provision?: SectionEntry): BillStyle {
  const style: BillStyle = { quotes: conv.quotes, apostrophe: conv.apostrophe, listIntroducer: conv.listIntroducer, modal: conv.modal };
  if (conv.victimTerm) style.victimTerm = { term: conv.victimTerm.term, plural: conv.victimTerm.plural, ...(conv.victimTerm.defined ? { defined: { section: conv.victimTerm.defined.section } } : {}) };
  if (conv.childTerm) {
    const d = conv.childTerm.defined;
    // A definition below 18 is the defect the checks report; a clause still never defines the term again.
    style.childTerm = { term: conv.childTerm.term, ...(d ? { defined: { section: d.section, sectionName: d.sectionName } } : {}) };
  }
  if (provision?.number) {
    const kw = provision.keyword.toLowerCase();
    const word = kw.startsWith('art') ? 'Article' : kw.startsWith('reg') ? 'regulation' : kw.startsWith('cl') ? 'clause' : 'section';
    style.provisionReference = `${word} ${provision.number}`;
  }
  return style;
}

/** A footnote label the bill does not use yet: the clause's own, else with "-2", "-3"... */
export function freeFootnoteLabel(clause: ClauseRecord, billText: string): string {
  const base = footnoteLabelFor(clause);
  let label = base;
  for (let k = 2; billText.includes(`[^${label}]`); k++) label = `${base}-${k}`;
  return label;
}

/** Blank lines before and after text inserted at `at`, so that it stands as paragraphs of its own. */
function spacing(billText: string, at: number): { lead: string; trail: string } {
  const before = billText.slice(0, at);
  const after = billText.slice(at);
  const lead = at === 0 || /\n[ \t]*\r?\n$/.test(before) ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const trail = after.length === 0 ? '\n' : /^\r?\n[ \t]*\r?\n/.test(after) ? '' : /^\r?\n/.test(after) ? '\n' : '\n\n';
  return { lead, trail };
}

/** The end of a section's words, before the blank lines that separate it from the next heading. */
function trimmedEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1]!)) e--;
  return e;
}

/** What to tell the drafter about the places still to adapt, as a drafting note to leave in the bill. */
function adaptNote(places: readonly PlaceToAdapt[]): string | undefined {
  const open = places.filter((p) => p.role === 'cross-reference' || p.role === 'placeholder');
  if (!open.length) return undefined;
  const items = open.map((p) => `“${p.words}”${p.hint ? ` (${p.hint})` : ''}`).join('; ');
  return draftingNote(`Drafting note: before tabling, adapt ${items}.`);
}

function withEol(s: string, eol: string): string {
  return eol === '\n' ? s : s.replace(/\r?\n/g, eol);
}

/**
 * Plans the insertion of `clause` into the bill `billText` with the cursor at `offset` (see
 * InsertionPlan). Never throws for a bill it cannot read: a bill with no numbered section gets an
 * unnumbered section at the cursor's line.
 */
export function planInsertion(clause: ClauseRecord, billText: string, offset: number, options: InsertionOptions = {}): InsertionPlan {
  const use = clauseUse(clause);
  const eol = billText.includes('\r\n') ? '\r\n' : '\n';
  const base = { edits: [] as TextEdit[], text: '', places: [] as PlaceToAdapt[], adaptations: [] as string[], notes: [] as string[] };
  if (use === 'comparison') {
    const defects = (clause.defects ?? []).map(defectLabel).join('; ');
    return { ...base, kind: 'comparison', notes: [`${clause.title} is shown for comparison only${defects ? ` (known defects: ${defects})` : ''}; it is not offered for insertion.`] };
  }
  const conv = conventionsOf(billText);
  const here = sectionAt(conv, offset);
  const style = billStyle(conv, here);
  const at0 = Math.max(0, Math.min(billText.length, offset));
  const lineEnd = (() => {
    const nl = billText.indexOf('\n', at0);
    return nl < 0 ? billText.length : billText[nl - 1] === '\r' ? nl - 1 : nl;
  })();

  const finish = (kind: InsertionPlan['kind'], at: number, rendered: RenderedClause, extra: Partial<InsertionPlan> = {}): InsertionPlan => {
    const { lead, trail } = spacing(billText, at);
    const adapt = kind === 'note' ? undefined : adaptNote(rendered.places);
    const note = adapt && inBillQuotes(conv, adapt);
    const text = withEol(`${lead}${rendered.text}${note ? `\n\n${note}` : ''}${trail}`, eol);
    const snippet = withEol(`${lead}${rendered.snippet}${note ? `\n\n${note.replace(/[\\$}]/g, (c) => `\\${c}`)}` : ''}${trail}`, eol);
    const plan: InsertionPlan = {
      ...base,
      ...extra,
      kind,
      edits: [{ start: at, end: at, newText: text }],
      snippet: { at, text: snippet },
      text,
      places: rendered.places,
      adaptations: rendered.adaptations,
      notes: [...base.notes, ...(extra.notes ?? [])],
    };
    if (rendered.footnoteLabel) plan.footnoteLabel = rendered.footnoteLabel;
    return plan;
  };

  if (use === 'note') {
    const at = here ? here.end : lineEnd;
    return finish('note', at, renderNote(clause, style), here ? { after: here.name } : {});
  }
  const citation = options.citation ?? 'footnote';
  const footnoteLabel = freeFootnoteLabel(clause, billText);

  if (clause.fragment) {
    // Words for inside a sentence: at the cursor, with the footnote definition after the section.
    const r = renderClause(clause, { style: 'plain', citation, footnoteLabel, bill: style });
    const defAt = here ? trimmedEnd(billText, here.end) : billText.length;
    const edits: TextEdit[] = [{ start: at0, end: at0, newText: r.body }];
    if (r.citation) edits.push({ start: defAt, end: defAt, newText: withEol(`\n\n${r.citation}`, eol) });
    const plan: InsertionPlan = { ...base, kind: 'fragment', edits, text: r.body, places: r.places, adaptations: r.adaptations };
    if (r.footnoteLabel) plan.footnoteLabel = r.footnoteLabel;
    return plan;
  }

  const as = options.as ?? clause.insertAs ?? 'section';
  if (as === 'subsection') {
    if (here && here.subsections.length) {
      const ins = subsectionInsertion(here);
      const r = renderClause(clause, { style: 'subsection', number: ins.number, citation, footnoteLabel, bill: { ...style, provisionReference: 'this section' } });
      return finish('subsection', trimmedEnd(billText, here.end), r, { number: ins.marker, after: here.name });
    }
    base.notes.push(here ? `${here.name} has no numbered subsections, so the clause is inserted as a section of its own after it.` : 'The bill has no numbered section, so the clause is inserted as a section of its own.');
  }

  const ins = sectionInsertion(conv, billText, offset);
  if (!ins) {
    const r = renderClause(clause, { style: 'bold', citation, footnoteLabel, bill: style });
    return finish('section', lineEnd, r);
  }
  const last = conv.sections.filter((s) => s.number && !s.container).at(-1);
  const nextWhole = ins.after && ins.next && /^\d+$/.test(ins.next.number) && /^\d+/.test(ins.after.number) && Number(ins.next.number) === Number.parseInt(ins.after.number, 10) + 1;
  const renumberOption = ins.inserted && nextWhole && last ? { number: ins.next!.number, from: ins.next!.number, to: last.number, sections: conv.sections.filter((s) => s.number && !s.container && s.start >= ins.next!.start).length } : undefined;
  if (options.renumber && renumberOption) {
    const renumbering = renumberSections(billText, conv, renumberOption.from);
    return {
      ...base,
      kind: 'renumber',
      edits: renumbering.edits,
      renumbering,
      number: renumberOption.number,
      ...(ins.after ? { after: ins.after.name } : {}),
      renumberOption,
      notes: renumbering.warnings.map((w) => w.message),
    };
  }
  const r = renderClause(clause, {
    style: ins.heading?.style === 'atx' ? 'heading' : 'bold',
    number: ins.number,
    ...(ins.heading ? { headingForm: ins.heading } : {}),
    citation,
    footnoteLabel,
    bill: style,
  });
  return finish('section', ins.at, r, { number: ins.number, ...(ins.after ? { after: ins.after.name } : {}), ...(renumberOption ? { renumberOption } : {}) });
}
