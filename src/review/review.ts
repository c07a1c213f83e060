/**
 * Reviews two versions of a bill: what an amendment changed, provision by provision (word level),
 * which findings it introduced, which it resolved and which it left, and the deliberate deviations
 * (suppressions with their reasons) in force in the new version. The result is data; the reports
 * (text, JSON, Markdown, HTML) and the editor render it.
 */
import type { Finding, LintConfig, OutlineEntry, SectionCache, Suppression } from '../engine/index.js';
import { classifyFindings, lintVersion, type VersionFindings } from './findings.js';
import { matchProvisions, type ProvisionMatch } from './provisions.js';
import { placeNotes, type AnchoredNote, type Note } from './notes.js';
import { displayText, hasChanges, wordChanges, type Segment } from './wordDiff.js';

export interface ReviewedFinding {
  finding: Finding;
  /** The file the finding is in: the old version's for a resolved finding, else the new one's. */
  file: string;
  version: 'old' | 'new';
  /** The suppression that silences it in its version (a recorded deviation), if any. */
  suppression?: Suppression;
  /** For an unchanged finding: the same defect as it stood in the old version. */
  before?: Finding;
}

export interface ProvisionReview {
  match: ProvisionMatch;
  /** As a drafter names it in each version ("Section 14"); absent on the side it does not exist. */
  oldName?: string;
  newName?: string;
  /** Its heading's words (new version's, else old's). */
  title: string;
  oldEntry?: OutlineEntry;
  newEntry?: OutlineEntry;
  /** The word-level change of the provision (heading marks taken off); empty when unchanged. */
  changes: Segment[];
  introduced: ReviewedFinding[];
  resolved: ReviewedFinding[];
  unchanged: ReviewedFinding[];
  /** Its words, its findings or its place changed: a reviewer should read it. */
  affected: boolean;
}

export interface ReviewedSuppression {
  suppression: Suppression;
  file: string;
  /** The provision the directive stands in (new version), if any. */
  provision?: string;
  /** Not in the old version (the same rules, kind and reason): a deviation this amendment records. */
  added: boolean;
}

export interface ReviewResult {
  oldFile: string;
  newFile: string;
  introduced: ReviewedFinding[];
  resolved: ReviewedFinding[];
  unchanged: ReviewedFinding[];
  /** Every provision of either version, in the new version's order (removed ones where they stood). */
  provisions: ProvisionReview[];
  /** Findings about the bill as a whole (no provision). */
  wholeBill: { introduced: ReviewedFinding[]; resolved: ReviewedFinding[]; unchanged: ReviewedFinding[] };
  /** The suppressions in force in the new version, with their reasons. */
  suppressions: ReviewedSuppression[];
  /** Problems with the new version's suppression comments (no reason, unknown rule). */
  notices: { message: string; line: number }[];
  /** Review notes on the new version, where they now stand. */
  notes: AnchoredNote[];
}

export interface ReviewOptions {
  oldFile: string;
  newFile: string;
  config?: LintConfig;
  /** Review notes on the new version, to place in it and list. */
  notes?: readonly Note[];
  cache?: { old?: SectionCache; new?: SectionCache };
}

/** Reviews `newText` against `oldText`. */
export function reviewVersions(oldText: string, newText: string, options: ReviewOptions): ReviewResult {
  const oldV = lintVersion(oldText, { ...(options.config ? { config: options.config } : {}), ...(options.cache?.old ? { cache: options.cache.old } : {}) });
  const newV = lintVersion(newText, { ...(options.config ? { config: options.config } : {}), ...(options.cache?.new ? { cache: options.cache.new } : {}) });
  return reviewLinted(oldV, newV, options);
}

const suppressionKey = (s: Suppression) => `${[...s.ruleIds].sort().join(',')}\u0000${s.kind}\u0000${s.reason.replace(/\s+/g, ' ').trim().toLowerCase()}`;

/** Reviews two versions already linted with lintVersion (amend reuses the versions it lints). */
export function reviewLinted(oldV: VersionFindings, newV: VersionFindings, options: ReviewOptions): ReviewResult {
  const oldOutline = oldV.result.outline;
  const newOutline = newV.result.outline;
  const matches = matchProvisions({ text: oldV.text, outline: oldOutline }, { text: newV.text, outline: newOutline });
  const c = classifyFindings(
    { text: oldV.text, outline: oldOutline, findings: oldV.findings },
    { text: newV.text, outline: newOutline, findings: newV.findings },
    matches,
  );
  const fromNew = (j: number, before?: Finding): ReviewedFinding => {
    const r: ReviewedFinding = { finding: newV.findings[j]!, file: options.newFile, version: 'new' };
    const s = newV.suppressedBy[j];
    if (s) r.suppression = s;
    if (before) r.before = before;
    return r;
  };
  const fromOld = (i: number): ReviewedFinding => {
    const r: ReviewedFinding = { finding: oldV.findings[i]!, file: options.oldFile, version: 'old' };
    const s = oldV.suppressedBy[i];
    if (s) r.suppression = s;
    return r;
  };
  const introduced = c.introduced.map((j) => ({ j, r: fromNew(j) }));
  const resolved = c.resolved.map((i) => ({ i, r: fromOld(i) }));
  const unchanged = c.unchanged.map(([i, j]) => ({ j, r: fromNew(j, oldV.findings[i]) }));

  const whole = {
    introduced: introduced.filter((x) => c.newEntries[x.j] === -1).map((x) => x.r),
    resolved: resolved.filter((x) => c.oldEntries[x.i] === -1).map((x) => x.r),
    unchanged: unchanged.filter((x) => c.newEntries[x.j] === -1).map((x) => x.r),
  };

  const provisions: ProvisionReview[] = matches.map((m) => {
    const oldEntry = m.old !== undefined ? oldOutline[m.old] : undefined;
    const newEntry = m.new !== undefined ? newOutline[m.new] : undefined;
    const before = oldEntry ? displayText(oldV.text.slice(oldEntry.start, oldEntry.end)) : '';
    const after = newEntry ? displayText(newV.text.slice(newEntry.start, newEntry.end)) : '';
    const changes = m.change === 'unchanged' && !m.renumbered ? [] : wordChanges(before, after);
    const p: ProvisionReview = {
      match: m,
      title: (newEntry ?? oldEntry)!.title,
      changes: hasChanges(changes) ? changes : [],
      introduced: introduced.filter((x) => m.new !== undefined && c.newEntries[x.j] === m.new).map((x) => x.r),
      resolved: resolved.filter((x) => m.old !== undefined && c.oldEntries[x.i] === m.old).map((x) => x.r),
      unchanged: unchanged.filter((x) => m.new !== undefined && c.newEntries[x.j] === m.new).map((x) => x.r),
      affected: false,
    };
    if (oldEntry) {
      p.oldEntry = oldEntry;
      p.oldName = oldEntry.name;
    }
    if (newEntry) {
      p.newEntry = newEntry;
      p.newName = newEntry.name;
    }
    p.affected = m.change !== 'unchanged' || p.introduced.length > 0 || p.resolved.length > 0;
    return p;
  });

  const oldKeys = new Map<string, number>();
  for (const s of oldV.result.suppressions) oldKeys.set(suppressionKey(s), (oldKeys.get(suppressionKey(s)) ?? 0) + 1);
  const suppressions: ReviewedSuppression[] = newV.result.suppressions.map((s) => {
    const k = suppressionKey(s);
    const left = oldKeys.get(k) ?? 0;
    if (left > 0) oldKeys.set(k, left - 1);
    const at = s.range.start.offset;
    const entry = newOutline.find((e) => e.start <= at && at < e.end && e.headingEnd > e.headingStart);
    const r: ReviewedSuppression = { suppression: s, file: options.newFile, added: left === 0 };
    if (entry) r.provision = entry.name;
    return r;
  });

  return {
    oldFile: options.oldFile,
    newFile: options.newFile,
    introduced: introduced.map((x) => x.r),
    resolved: resolved.map((x) => x.r),
    unchanged: unchanged.map((x) => x.r),
    provisions,
    wholeBill: whole,
    suppressions,
    // Problems with suppression comments; the amending-bill notice is about linting one file alone, not a comparison.
    notices: newV.result.notices.filter((n) => n.kind !== 'amends-another-text').map((n) => ({ message: n.message, line: n.range.start.line })),
    notes: options.notes?.length ? placeNotes(newV.text, newOutline, options.notes) : [],
  };
}

/** Introduced findings that count against the amendment: not silenced by a recorded deviation. */
export function introducedErrors(r: ReviewResult): ReviewedFinding[] {
  return r.introduced.filter((x) => x.finding.severity === 'error' && !x.suppression);
}
