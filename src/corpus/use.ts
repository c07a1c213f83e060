/**
 * What a clause of the corpus may be used for in a bill. Pure.
 *
 * - `model`: a provision a drafter may enact (a national provision without known defects, or a
 *   drafting pattern): offered first, inserted as a section with its citation, and as a snippet.
 * - `note`: a treaty article, a directive or soft-law guidance: obligations of States or advice, not
 *   words to enact; inserted only as a quoted drafting note, never as a section.
 * - `comparison`: a provision with known defects (the ASEAN Guideline's Annex 1 examples): shown beside
 *   a provision for comparison only, never inserted and never a snippet.
 */
import { RULES_BY_ID } from '../engine/rules/index.js';
import type { ClauseRecord, ClauseUse } from './types.js';

/** Kinds of text that state obligations of States or guidance rather than enactable law. */
const NOTE_KINDS: readonly ClauseRecord['kind'][] = ['treaty', 'directive', 'guidance', 'case-law', 'bilateral-agreement'];

/**
 * The use of a clause: a clause file's explicit `use` first (a treaty can never be a `model`), then
 * its kind (treaties, directives, guidance and case law are notes), then its defects (a provision
 * with any is for comparison).
 */
export function clauseUse(c: ClauseRecord): ClauseUse {
  if (c.use === 'comparison') return 'comparison';
  if (NOTE_KINDS.includes(c.kind)) return 'note';
  if (c.use) return c.use;
  return c.defects?.length ? 'comparison' : 'model';
}

/** The order the picker lists clauses in: models, then notes, then comparisons. */
export function useRank(c: ClauseRecord): number {
  const u = clauseUse(c);
  return u === 'model' ? 0 : u === 'note' ? 1 : 2;
}

/** A defect's name as the checks call it ("Protection limited to a closed list of offences"). */
export function defectLabel(ruleId: string): string {
  const title = RULES_BY_ID.get(ruleId)?.meta.title;
  if (title) return title;
  const words = ruleId.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
