/**
 * The logic of the "Insert model clause…" command, kept here so that the VS Code adapter only shows
 * a quick pick and applies an edit. Pure.
 */
import type { ClauseHit } from './search.js';
import { detectNumbering, renderClause, type RenderedClause } from './render.js';
import type { ClauseRecord } from './types.js';

export interface ClausePickItem {
  clauseId: string;
  /** The clause's title. */
  label: string;
  /** Jurisdiction and what the text is: verbatim, drafting pattern, or the office's own. */
  description: string;
  /** The beginning of the text. */
  detail: string;
}

export function clauseKindLabel(c: ClauseRecord): string {
  const what = c.verbatim ? 'verbatim' : c.kind === 'drafting-pattern' ? 'drafting pattern (not a quotation)' : 'not verbatim';
  return c.origin === 'workspace' ? `${what}, office library` : what;
}

export function pickItems(hits: readonly ClauseHit[], previewChars = 140): ClausePickItem[] {
  return hits.map(({ clause: c }) => {
    const flat = c.text.replace(/\s+/g, ' ').trim();
    return {
      clauseId: c.id,
      label: c.title,
      description: `${c.jurisdiction} · ${clauseKindLabel(c)}`,
      detail: flat.length > previewChars ? `${flat.slice(0, previewChars - 1)}…` : flat,
    };
  });
}

export interface InsertionOptions {
  /** A new section (default), or a new subsection of the section at the cursor. */
  as?: 'section' | 'subsection';
  citation?: 'footnote' | 'note';
}

/**
 * The text to insert at `offset` of the bill: numbered to follow the section (or subsection) the
 * cursor is in, in the bill's own heading style, with the citation. Later sections are not
 * renumbered.
 */
export function insertionFor(clause: ClauseRecord, billText: string, offset: number, options: InsertionOptions = {}): RenderedClause {
  const citation = options.citation ?? 'footnote';
  if (clause.fragment) return renderClause(clause, { style: 'plain', citation });
  const n = detectNumbering(billText, offset);
  if (options.as === 'subsection') {
    return renderClause(clause, { style: 'subsection', number: n?.nextSubsection ?? 1, citation });
  }
  if (!n) return renderClause(clause, { style: 'bold', citation });
  return renderClause(clause, {
    style: n.style,
    number: n.nextSection,
    keyword: n.keyword,
    headingLevel: n.headingLevel,
    citation,
  });
}
