/**
 * `np-lint review --format json`: the contract of issue 12, which other tools read.
 *   { "old": FILE, "new": FILE, "introduced": [FINDING], "resolved": [FINDING],
 *     "unchanged": [FINDING], "provisions": [{ "old": "Section 4", "new": "Section 5",
 *     "change": "modified|added|removed|moved|unchanged" }], "suppressions": [...] }
 * FINDING is the engine's finding object plus "file" (the version it is in) and, when a
 * suppression silences it there, "suppression" ({ ruleIds, reason, kind, line }). Additions:
 * each suppression carries "file", "provision" and "added" (recorded by this amendment), and
 * "notes" lists the review notes on the new version.
 */
import type { Finding, Suppression } from '../engine/index.js';
import type { ProvisionChange } from './provisions.js';
import type { ReviewedFinding, ReviewResult } from './review.js';
import type { AnchoredNote } from './notes.js';

export type FindingJson = Finding & { file: string; suppression?: { ruleIds: string[]; reason: string; kind: Suppression['kind']; line: number } };

export interface ProvisionJson {
  old: string | null;
  new: string | null;
  change: ProvisionChange;
}

export type SuppressionJson = Suppression & { file: string; provision?: string; added: boolean };

export interface NoteJson {
  id: string;
  status: 'open' | 'resolved';
  author: string;
  body: string;
  created: string;
  updated: string;
  replies: AnchoredNote['note']['replies'];
  anchor: AnchoredNote['note']['anchor'];
  /** Where the note stands now. */
  provision: string | null;
  line: number;
  column: number;
  placement: AnchoredNote['placement']['state'];
}

export interface ReviewJson {
  old: string;
  new: string;
  introduced: FindingJson[];
  resolved: FindingJson[];
  unchanged: FindingJson[];
  provisions: ProvisionJson[];
  suppressions: SuppressionJson[];
  notes: NoteJson[];
}

function findingJson(x: ReviewedFinding): FindingJson {
  const out: FindingJson = { ...x.finding, file: x.file };
  if (x.suppression) out.suppression = { ruleIds: x.suppression.ruleIds, reason: x.suppression.reason, kind: x.suppression.kind, line: x.suppression.range.start.line };
  return out;
}

export function noteJson(n: AnchoredNote): NoteJson {
  return {
    id: n.note.id,
    status: n.note.status,
    author: n.note.author,
    body: n.note.body,
    created: n.note.created,
    updated: n.note.updated,
    replies: n.note.replies,
    anchor: n.note.anchor,
    provision: n.placement.provision ?? null,
    line: n.line,
    column: n.column,
    placement: n.placement.state,
  };
}

/** The review as the JSON contract gives it. */
export function reviewJson(r: ReviewResult): ReviewJson {
  return {
    old: r.oldFile,
    new: r.newFile,
    introduced: r.introduced.map(findingJson),
    resolved: r.resolved.map(findingJson),
    unchanged: r.unchanged.map(findingJson),
    provisions: r.provisions.map((p) => ({ old: p.oldName ?? null, new: p.newName ?? null, change: p.match.change })),
    suppressions: r.suppressions.map((s) => ({ ...s.suppression, file: s.file, ...(s.provision ? { provision: s.provision } : {}), added: s.added })),
    notes: r.notes.map(noteJson),
  };
}
