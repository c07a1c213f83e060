/**
 * `np-lint review --format markdown`: a report a reviewing body can attach to a submission. A
 * summary table; then each affected provision with its word-level change (inserted words in bold,
 * omitted words struck through) and its findings, each with its citations in full; findings about
 * the bill as a whole; the deliberate deviations (suppressions) in force with their reasons; the
 * review notes.
 */
import type { Finding } from '../engine/index.js';
import { escapeMarkdown, markdownChange } from './markdownText.js';
import { placementText } from './notes.js';
import type { ProvisionReview, ReviewedFinding, ReviewResult } from './review.js';
import {
  affectedProvisions,
  changeText,
  citationParts,
  counts,
  plural,
  provisionLabel,
  renumberedOnly,
  ruleTitle,
  rulesText,
  SEVERITY_WORD,
  suppressionScope,
} from './wording.js';

export interface MarkdownOptions {
  /** The np-lint version, named in the report's opening line. */
  version?: string;
  /** The report's title (default "Amendment review"). */
  title?: string;
  /** Heading level of the report's title (default 1); sections are one level below. */
  level?: number;
}

const e = escapeMarkdown;

function citationsMarkdown(f: Finding, indent: string): string[] {
  return f.citations.map((c) => {
    const p = citationParts(c);
    return `${indent}- ${e(p.where)}${p.quote ? `: “${e(p.quote)}”` : ''}${p.url ? ` <${p.url}>` : ''}`;
  });
}

function findingMarkdown(x: ReviewedFinding, r: ReviewResult): string[] {
  const f = x.finding;
  const where = `${x.version === 'old' ? `${e(r.oldFile)}, ` : ''}line ${f.range.start.line}`;
  const out = [`- **${SEVERITY_WORD[f.severity]}: ${e(ruleTitle(f.ruleId))}** (${f.code} ${f.ruleId}; ${where}). ${e(f.message)}`];
  if (x.suppression) out.push(`  - *Recorded as a deliberate deviation in this version:* “${e(x.suppression.reason)}”`);
  out.push('  - Sources:', ...citationsMarkdown(f, '    '));
  return out;
}

function group(title: string, list: readonly ReviewedFinding[], r: ReviewResult): string[] {
  if (!list.length) return [];
  return ['', `**${title}**`, '', ...list.flatMap((x) => findingMarkdown(x, r))];
}

function provisionMarkdown(p: ProvisionReview, r: ReviewResult, h: string): string[] {
  const out = ['', `${h} ${e(provisionLabel(p))}: ${e(p.title)} (${changeText(p)})`];
  if (p.changes.length) {
    out.push('', p.match.change === 'added' ? 'Inserted in full:' : p.match.change === 'removed' ? 'Omitted in full:' : 'As amended (inserted words in bold, omitted words struck through; unchanged passages left out are shown as […]):', '', markdownChange(p.changes, { elide: p.match.change === 'modified' }));
  } else if (p.match.change === 'unchanged') {
    out.push('', 'Its words are unchanged; its findings changed because of amendments elsewhere in the bill.');
  }
  out.push(...group('Introduced by the amendment', p.introduced, r));
  out.push(...group('Resolved by the amendment', p.resolved, r));
  out.push(...group('Still present', p.unchanged, r));
  return out;
}

export function reviewMarkdown(r: ReviewResult, opts: MarkdownOptions = {}): string {
  const level = Math.max(1, Math.min(opts.level ?? 1, 4));
  const h1 = '#'.repeat(level);
  const h2 = '#'.repeat(level + 1);
  const h3 = '#'.repeat(level + 2);
  const i = counts(r.introduced);
  const s = counts(r.resolved);
  const u = counts(r.unchanged);
  const affected = affectedProvisions(r);
  const renumbered = renumberedOnly(r);
  const by = (c: string) => r.provisions.filter((p) => p.match.change === c).length;
  const out: string[] = [
    `${h1} ${e(opts.title ?? 'Amendment review')}: ${e(r.newFile)} against ${e(r.oldFile)}`,
    '',
    `Prepared with np-lint${opts.version ? ` ${e(opts.version)}` : ''}, the Non-Punishment Drafting Assistant. A finding is *introduced* when it is in the new version only, *resolved* when it is in the old version only, and *unchanged* when the same defect is in both (whatever its line or section number). Each finding gives the guidance it rests on.`,
    '',
    `${h2} Summary`,
    '',
    '| Findings | Errors | Warnings | Info | Total |',
    '| --- | ---: | ---: | ---: | ---: |',
    `| Introduced by the amendment | ${i.error} | ${i.warning} | ${i.info} | ${i.total} |`,
    `| Resolved by the amendment | ${s.error} | ${s.warning} | ${s.info} | ${s.total} |`,
    `| Unchanged | ${u.error} | ${u.warning} | ${u.info} | ${u.total} |`,
    '',
    '| Provisions | Number |',
    '| --- | ---: |',
    `| Amended | ${by('modified')} |`,
    `| Inserted | ${by('added')} |`,
    `| Omitted | ${by('removed')} |`,
    `| Moved | ${by('moved')} |`,
    `| Renumbered | ${r.provisions.filter((p) => p.match.renumbered).length} |`,
    '',
    `Deliberate deviations in force: ${r.suppressions.length}${r.suppressions.some((x) => x.added) ? ` (${r.suppressions.filter((x) => x.added).length} recorded by this amendment)` : ''}. Review notes: ${r.notes.length}${r.notes.length ? ` (${r.notes.filter((n) => n.note.status === 'open').length} open)` : ''}.`,
  ];

  out.push('', `${h2} Provisions affected`);
  const shown = affected.filter((p) => p.match.change !== 'unchanged' || p.introduced.length || p.resolved.length);
  if (!shown.length) out.push('', 'No provision was changed.');
  for (const p of shown) out.push(...provisionMarkdown(p, r, h3));

  const w = r.wholeBill;
  if (w.introduced.length || w.resolved.length || w.unchanged.length) {
    out.push('', `${h2} The bill as a whole`);
    out.push(...group('Introduced by the amendment', w.introduced, r));
    out.push(...group('Resolved by the amendment', w.resolved, r));
    out.push(...group('Still present', w.unchanged, r));
  }

  const untouched = r.provisions.filter((p) => !p.affected && p.unchanged.length);
  if (untouched.length) {
    out.push('', `${h2} Findings in provisions the amendment did not change`);
    for (const p of untouched) {
      out.push('', `${h3} ${e(provisionLabel(p))}: ${e(p.title)}`, '', ...p.unchanged.flatMap((x) => findingMarkdown(x, r)));
    }
  }

  if (renumbered.length) {
    out.push('', `${h2} Renumbered, words unchanged`, '', renumbered.map((p) => `${e(p.oldName ?? '')} → ${e(p.newName ?? '')}`).join('; ') + '.');
  }

  out.push('', `${h2} Deliberate deviations (suppressions in force)`);
  if (!r.suppressions.length) out.push('', 'None: every check applies to the whole bill.');
  else {
    out.push('', '| Where | Checks turned off | Covering | Reason | Effect |', '| --- | --- | --- | --- | --- |');
    for (const x of r.suppressions) {
      const where = `${e(x.provision ?? 'the bill')}, line ${x.suppression.range.start.line}`;
      const effect = x.suppression.used ? `silences ${plural(x.suppression.used, 'finding')}` : 'silences nothing (it may be out of date)';
      out.push(`| ${where} | ${e(rulesText(x.suppression.ruleIds))} | ${suppressionScope(x.suppression.kind)} | ${e(x.suppression.reason)} | ${effect}${x.added ? '; recorded by this amendment' : ''} |`);
    }
  }
  if (r.notices.length) {
    out.push('', 'Suppression comments that have no effect:', '');
    for (const n of r.notices) out.push(`- Line ${n.line}: ${e(n.message)}`);
  }

  if (r.notes.length) {
    out.push('', `${h2} Review notes`);
    for (const n of r.notes) {
      const who = n.note.author ? e(n.note.author) : 'unknown author';
      const when = n.note.updated || n.note.created ? `, ${e((n.note.updated || n.note.created).slice(0, 10))}` : '';
      out.push('', `- **${n.note.status === 'open' ? 'Open' : 'Resolved'}**, ${e(placementText(n.placement))}, line ${n.line} (${who}${when}), on “${e(n.note.anchor.quote)}”: ${e(n.note.body.replace(/\s+/g, ' '))}`);
      for (const rep of n.note.replies) out.push(`  - ${e(rep.author || 'unknown author')}: ${e(rep.body.replace(/\s+/g, ' '))}`);
    }
  }
  return `${out.join('\n')}\n`;
}
