/**
 * The words every review report uses (text, Markdown, HTML), so that they say the same thing:
 * drafting terms for what happened to a provision, rule titles, citations in full, counts.
 */
import { RULES_BY_ID, type Citation, type Finding, type Severity } from '../engine/index.js';
import type { ProvisionReview, ReviewedFinding, ReviewResult } from './review.js';
import type { ProvisionChange } from './provisions.js';

/** What happened to a provision, in drafting terms. */
export const CHANGE_WORD: Record<ProvisionChange, string> = {
  modified: 'amended',
  added: 'inserted',
  removed: 'omitted',
  moved: 'moved',
  unchanged: 'unchanged',
};

export const SEVERITY_WORD: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

export function ruleTitle(ruleId: string): string {
  return RULES_BY_ID.get(ruleId)?.meta.title ?? ruleId;
}

/** "Section 14, now Section 15" / "Section 10 (inserted)" / "Section 6 (omitted)". */
export function provisionLabel(p: ProvisionReview): string {
  if (p.oldName && p.newName) return p.oldName === p.newName ? p.newName : `${p.oldName}, now ${p.newName}`;
  return p.newName ?? p.oldName ?? 'The bill';
}

/** "amended, renumbered and retitled" and the like. */
export function changeText(p: ProvisionReview): string {
  const m = p.match;
  const parts: string[] = [];
  if (m.change !== 'unchanged' || (!m.renumbered && !p.introduced.length && !p.resolved.length)) parts.push(CHANGE_WORD[m.change]);
  if (m.change === 'modified' && m.relocated) parts.push('moved');
  if (m.renumbered) parts.push('renumbered');
  if (m.retitled && m.change !== 'added' && m.change !== 'removed') parts.push('heading changed');
  if (!parts.length) parts.push('words unchanged');
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0]!;
}

/** A citation in full: source, pinpoint, the quoted passage and the address, when known. */
export function citationParts(c: Citation): { where: string; quote?: string; url?: string } {
  const out: { where: string; quote?: string; url?: string } = { where: `${c.source}, ${c.pinpoint}` };
  if (c.quote) out.quote = c.quote;
  if (c.url) out.url = c.url;
  return out;
}

export function citationText(c: Citation): string {
  const p = citationParts(c);
  return `${p.where}${p.quote ? `: “${p.quote}”` : ''}${p.url ? ` <${p.url}>` : ''}`;
}

export function counts(list: readonly ReviewedFinding[]): Record<Severity, number> & { total: number } {
  const out = { error: 0, warning: 0, info: 0, total: list.length };
  for (const x of list) out[x.finding.severity]++;
  return out;
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** "closed-offence-list, duress-threshold" with "all checks" for the catch-all. */
export function rulesText(ruleIds: readonly string[]): string {
  return ruleIds.map((r) => (r === 'all' ? 'all checks' : r)).join(', ');
}

/** What a suppression covers, in words. */
export function suppressionScope(kind: 'line' | 'next-line' | 'block' | 'file'): string {
  return kind === 'file' ? 'the whole bill' : kind === 'block' ? 'until enabled again' : kind === 'line' ? 'its own line' : 'the next line';
}

/** The flagged words of a finding, shortened for a list. */
export function flaggedWords(text: string, f: Finding, max = 90): string {
  const w = text.slice(f.range.start.offset, f.range.end.offset).replace(/\s+/g, ' ').trim();
  return w.length > max ? `${w.slice(0, w.lastIndexOf(' ', max) > 20 ? w.lastIndexOf(' ', max) : max)}…` : w;
}

/** Provisions a reader should look at: changed in words, place or findings. */
export function affectedProvisions(r: ReviewResult): ProvisionReview[] {
  return r.provisions.filter((p) => p.affected);
}

/** Provisions whose only change is their number. */
export function renumberedOnly(r: ReviewResult): ProvisionReview[] {
  return r.provisions.filter((p) => !p.affected && p.match.renumbered);
}
