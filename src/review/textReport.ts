/** `np-lint review` in plain text: the findings introduced, resolved and unchanged, the provisions changed, the deviations in force. */
import type { ReviewedFinding, ReviewResult } from './review.js';
import { affectedProvisions, changeText, counts, plural, provisionLabel, renumberedOnly, rulesText, suppressionScope } from './wording.js';
import { placementText } from './notes.js';

export interface TextOptions {
  color?: boolean;
}

export function reviewText(r: ReviewResult, opts: TextOptions = {}): string {
  const c = (code: string, s: string) => (opts.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const out: string[] = [];
  const sev = (x: ReviewedFinding) => (x.finding.severity === 'error' ? c('31', 'error  ') : x.finding.severity === 'warning' ? c('33', 'warning') : c('36', 'info   '));
  const line = (x: ReviewedFinding, extra = '') => {
    const f = x.finding;
    const where = f.provision ? ` (${f.provision}${extra})` : extra ? ` (${extra.replace(/^, /, '')})` : '';
    out.push(`  ${x.file}:${f.range.start.line}:${f.range.start.column}  ${sev(x)}  ${f.message}  ${c('2', `[${f.code} ${f.ruleId}]`)}${where}`);
    if (x.suppression) out.push(c('2', `      silenced in this version by a suppression: "${x.suppression.reason}"`));
  };
  out.push(`Review of ${r.newFile} against ${r.oldFile}`);
  const newName = (x: ReviewedFinding) => {
    const p = r.provisions.find((q) => q.oldEntry && q.oldEntry.headingStart === x.finding.provisionRange?.start.offset);
    return p?.newName && p.newName !== p.oldName ? `, now ${p.newName}` : p && !p.newName ? ', since omitted' : '';
  };
  out.push('', c('1', `Introduced by the amendment (${r.introduced.length}):`));
  if (!r.introduced.length) out.push('  none');
  for (const x of r.introduced) line(x);
  out.push('', c('1', `Resolved by the amendment (${r.resolved.length}):`));
  if (!r.resolved.length) out.push('  none');
  for (const x of r.resolved) line(x, newName(x));
  out.push('', c('1', `Unchanged (${r.unchanged.length}):`));
  if (!r.unchanged.length) out.push('  none');
  for (const x of r.unchanged) line(x);

  const affected = affectedProvisions(r).filter((p) => p.match.change !== 'unchanged');
  const renumbered = renumberedOnly(r);
  out.push('', c('1', `Provisions changed (${affected.length}):`));
  if (!affected.length) out.push('  none');
  for (const p of affected) out.push(`  ${provisionLabel(p)}: ${p.title} (${changeText(p)})`);
  if (renumbered.length) out.push(`  Renumbered, words unchanged: ${renumbered.map((p) => `${p.oldName} → ${p.newName}`).join(', ')}`);

  if (r.suppressions.length || r.notices.length) {
    out.push('', c('1', `Deliberate deviations in force (${r.suppressions.length}):`));
    for (const s of r.suppressions) {
      const used = s.suppression.used ? `silences ${plural(s.suppression.used, 'finding')}` : 'silences nothing (it may be out of date)';
      out.push(`  ${s.file}:${s.suppression.range.start.line}  ${rulesText(s.suppression.ruleIds)}, ${suppressionScope(s.suppression.kind)}: "${s.suppression.reason}" (${used}${s.added ? '; recorded by this amendment' : ''})`);
    }
    for (const n of r.notices) out.push(`  ${r.newFile}:${n.line}  ${c('33', 'warning')}  ${n.message}`);
  }
  if (r.notes.length) {
    out.push('', c('1', `Review notes (${r.notes.length}):`));
    for (const n of r.notes) {
      out.push(`  ${r.newFile}:${n.line}  [${n.note.status}] ${placementText(n.placement)}: ${n.note.author || 'unknown author'}: ${n.note.body.replace(/\s+/g, ' ')}`);
    }
  }
  const i = counts(r.introduced);
  const s = counts(r.resolved);
  out.push(
    '',
    `${plural(i.total, 'finding')} introduced (${plural(i.error, 'error')}), ${s.total} resolved, ${r.unchanged.length} unchanged; ${plural(affected.length, 'provision')} changed${renumbered.length ? `, ${renumbered.length} renumbered only` : ''}.`,
  );
  return `${out.join('\n')}\n`;
}
