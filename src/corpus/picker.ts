/**
 * The items of the clause picker ("Insert a model clause…", "Compare with a model clause…"), so that
 * the VS Code adapter only shows a quick pick. Good models come first, then international texts
 * (inserted as drafting notes), then provisions with known defects (for comparison only). Pure.
 */
import type { ClauseHit } from './search.js';
import type { ClauseRecord, ClauseUse } from './types.js';
import { clauseUse, defectLabel, useRank } from './use.js';

export interface ClausePickItem {
  clauseId: string;
  /** The clause's title. */
  label: string;
  /** Jurisdiction and what the text is: verbatim, drafting pattern, the office's own; a note or for comparison. */
  description: string;
  /** The beginning of the text, or for a flawed example its known defects. */
  detail: string;
  use: ClauseUse;
}

export interface ClausePickGroup {
  use: ClauseUse;
  /** The separator's words ("Model provisions and drafting patterns"). */
  label: string;
  items: ClausePickItem[];
}

export function clauseKindLabel(c: ClauseRecord): string {
  const what = c.verbatim ? 'verbatim' : c.kind === 'drafting-pattern' ? 'drafting pattern (not a quotation)' : 'not verbatim';
  return c.origin === 'workspace' ? `${what}, office library` : what;
}

const USE_WORDS: Record<ClauseUse, string> = {
  model: '',
  note: 'inserted as a drafting note',
  comparison: 'for comparison only',
};

/** The quick-pick items for search hits, in the order given (see groupPickItems for the picker's order). */
export function pickItems(hits: readonly ClauseHit[], previewChars = 140): ClausePickItem[] {
  return hits.map(({ clause: c }) => {
    const use = clauseUse(c);
    const flat = c.text.replace(/\s+/g, ' ').trim();
    const preview = flat.length > previewChars ? `${flat.slice(0, previewChars - 1)}…` : flat;
    const defects = (c.defects ?? []).map(defectLabel);
    return {
      clauseId: c.id,
      label: c.title,
      description: [c.jurisdiction, clauseKindLabel(c), USE_WORDS[use]].filter(Boolean).join(' · '),
      detail: use === 'comparison' && defects.length ? `Known defects: ${defects.join('; ')}. ${preview}` : preview,
      use,
    };
  });
}

const GROUP_LABELS: Record<ClauseUse, string> = {
  model: 'Model provisions and drafting patterns',
  note: 'Treaties and guidance (inserted as a drafting note, not as a section)',
  comparison: 'Provisions with known defects (for comparison only, never inserted)',
};

/**
 * The picker's items in groups: models first, then notes, then comparisons, each group keeping the
 * search order. With `forInsertion`, the comparison group is still listed (a drafter looking for
 * "Malaysia" should see why it is not offered) but its items open a comparison instead.
 */
export function groupPickItems(hits: readonly ClauseHit[]): ClausePickGroup[] {
  const sorted = [...hits].sort((a, b) => useRank(a.clause) - useRank(b.clause));
  const groups: ClausePickGroup[] = [];
  for (const item of pickItems(sorted)) {
    let g = groups[groups.length - 1];
    if (!g || g.use !== item.use) {
      g = { use: item.use, label: GROUP_LABELS[item.use], items: [] };
      groups.push(g);
    }
    g.items.push(item);
  }
  return groups;
}
