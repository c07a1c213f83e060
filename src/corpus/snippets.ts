/**
 * VS Code snippets for the model clauses (snippets/markdown.json), generated from the corpus by
 * `npm run generate`. The same rules as the "Insert a model clause" command:
 * - a model provision or drafting pattern is a section: the section number, the heading and the words
 *   a drafter adapts (the source's cross-references, its term for the victim) are placeholders whose
 *   default is the clause's own wording, the citation last as a footnote, and the places to adapt
 *   listed in the description;
 * - a treaty article or soft-law text is a quoted drafting note (an HTML comment), never a section;
 * - a provision with known defects (for comparison only) and a fragment (words for inside a sentence)
 *   have no snippet.
 * Pure.
 */
import { renderClause, renderNote } from './render.js';
import type { ClauseRecord } from './types.js';
import { clauseUse } from './use.js';

export interface Snippet {
  prefix: string;
  description: string;
  body: string[];
}

/** Whether the clause has a snippet (see above). */
export function hasSnippet(clause: ClauseRecord): boolean {
  return !clause.fragment && clauseUse(clause) !== 'comparison';
}

/** The snippet for one clause (undefined for a clause that has none). */
export function clauseSnippet(clause: ClauseRecord): Snippet | undefined {
  if (!hasSnippet(clause)) return undefined;
  const prefix = clause.prefix ?? `np-${clause.id}`;
  if (clauseUse(clause) === 'note') {
    const r = renderNote(clause);
    return { prefix, description: `Drafting note (not text to enact): ${clause.title} — ${clause.citation}`, body: r.snippet.split('\n') };
  }
  // A clause that extends a provision is a further subsection of it; any other, a section.
  const r =
    clause.insertAs === 'subsection'
      ? renderClause(clause, { style: 'subsection', citation: 'footnote', headingPlaceholders: { number: 'N' } })
      : renderClause(clause, { style: 'bold', citation: 'footnote', headingPlaceholders: { number: 'N' } });
  const byHint = new Map<string, string[]>();
  for (const p of r.places) if (p.hint) byHint.set(p.hint, [...(byHint.get(p.hint) ?? []), `“${p.words}”`]);
  const adapt = [...byHint].map(([hint, words]) => `${words.join(', ')}: ${hint}`);
  return {
    prefix,
    description: `${clause.title} — ${clause.citation}${adapt.length ? `. Adapt ${adapt.join('; ')}` : ''}`,
    body: r.snippet.split('\n'),
  };
}

/** The snippets file's content (JSON, keyed by clause title). */
export function renderSnippets(clauses: readonly ClauseRecord[]): string {
  const out: Record<string, Snippet> = {};
  const prefixes = new Map<string, string>();
  for (const c of clauses) {
    const s = clauseSnippet(c);
    if (!s) continue;
    const clash = prefixes.get(s.prefix);
    if (clash) throw new Error(`snippet prefix "${s.prefix}" is used by both ${clash} and ${c.id}`);
    prefixes.set(s.prefix, c.id);
    const key = out[c.title] ? `${c.title} (${c.id})` : c.title;
    out[key] = s;
  }
  return `${JSON.stringify(out, null, 2)}\n`;
}
