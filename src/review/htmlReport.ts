/**
 * `np-lint review --format html`: the Markdown report's content as one self-contained, printable
 * HTML page (styles inline, no scripts, no outside resources; a Content-Security-Policy that allows
 * nothing else). Every piece of bill text, message, reason and note is escaped.
 */
import type { Finding } from '../engine/index.js';
import { placementText } from './notes.js';
import type { ProvisionReview, ReviewedFinding, ReviewResult } from './review.js';
import { changedLines, segmentLines, type Segment } from './wordDiff.js';
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

export interface HtmlOptions {
  version?: string;
  title?: string;
  /** Extra sections (already HTML) placed after the summary: amend puts its instructions there. */
  before?: string;
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const h = escapeHtml;

/** Only web addresses become links. */
function safeUrl(u: string): string | undefined {
  return /^https?:\/\/[^\s"'<>]+$/i.test(u) ? u : undefined;
}

export const STYLE = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; --ins: #dafbe1; --del: #ffebe9; --err: #a40e26; --warn: #7d4e00; --info: #0550ae; }
* { box-sizing: border-box; }
body { font: 15px/1.5 Georgia, "Times New Roman", serif; color: var(--ink); margin: 2rem auto; max-width: 52rem; padding: 0 1.25rem; }
h1 { font-size: 1.55rem; margin: 0 0 .4rem; } h2 { font-size: 1.25rem; margin: 2rem 0 .6rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 1.6rem 0 .4rem; } .lead { color: var(--muted); }
table { border-collapse: collapse; margin: .6rem 0; } th, td { border: 1px solid var(--line); padding: .25rem .6rem; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
.bill { border-left: 3px solid var(--line); padding: .3rem .9rem; margin: .6rem 0; background: #f6f8fa; white-space: pre-wrap; font-family: Georgia, serif; }
ins { background: var(--ins); text-decoration: none; font-weight: bold; } del { background: var(--del); text-decoration: line-through; } del + ins { margin-left: .2em; }
.finding { margin: .5rem 0 .9rem; padding-left: .8rem; border-left: 3px solid var(--line); break-inside: avoid; }
.finding.error { border-color: var(--err); } .finding.warning { border-color: var(--warn); } .finding.info { border-color: var(--info); }
.sev { font-weight: bold; } .error .sev { color: var(--err); } .warning .sev { color: var(--warn); } .info .sev { color: var(--info); }
.code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .85em; color: var(--muted); }
.sources { margin: .3rem 0 0; padding-left: 1.2rem; font-size: .93em; } .sources q { font-style: italic; }
.deviation { background: #fff8c5; padding: .1rem .4rem; }
.label { font-weight: bold; margin: .8rem 0 .2rem; } .elided { color: var(--muted); }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  h2 { break-after: avoid; } h3 { break-after: avoid; }
  .bill, .finding, tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; } a[href]::after { content: " <" attr(href) ">"; font-size: .85em; color: var(--muted); }
  ins { background: none; font-weight: bold; text-decoration: underline; } del { background: none; }
}
@page { margin: 18mm 16mm; }
`;

function citationsHtml(f: Finding): string {
  const items = f.citations.map((c) => {
    const p = citationParts(c);
    const url = p.url ? safeUrl(p.url) : undefined;
    return `<li>${h(p.where)}${p.quote ? `: <q>${h(p.quote)}</q>` : ''}${url ? ` <a href="${h(url)}">${h(url)}</a>` : ''}</li>`;
  });
  return `<ul class="sources">${items.join('')}</ul>`;
}

function findingHtml(x: ReviewedFinding, r: ReviewResult): string {
  const f = x.finding;
  const where = `${x.version === 'old' ? `${h(r.oldFile)}, ` : ''}line ${f.range.start.line}`;
  return (
    `<div class="finding ${f.severity}"><p><span class="sev">${SEVERITY_WORD[f.severity]}: ${h(ruleTitle(f.ruleId))}</span> ` +
    `<span class="code">(${h(f.code)} ${h(f.ruleId)}; ${where})</span><br>${h(f.message)}</p>` +
    (x.suppression ? `<p class="deviation">Recorded as a deliberate deviation in this version: “${h(x.suppression.reason)}”</p>` : '') +
    `<div>Sources:</div>${citationsHtml(f)}</div>`
  );
}

function group(title: string, list: readonly ReviewedFinding[], r: ReviewResult): string {
  return list.length ? `<p class="label">${h(title)}</p>${list.map((x) => findingHtml(x, r)).join('')}` : '';
}

/** The change as HTML: <ins> for inserted words, <del> for omitted ones, line breaks kept. */
export function htmlChange(segments: readonly Segment[], options: { elide?: boolean } = {}): string {
  const lines: (Segment[] | 'elided')[] = options.elide ? changedLines(segments) : segmentLines(segments);
  while (lines.length && lines[lines.length - 1] !== 'elided' && !(lines[lines.length - 1] as Segment[]).length) lines.pop();
  const body = lines
    .map((l) =>
      l === 'elided'
        ? '<span class="elided">[…]</span>'
        : l.map((s) => (s.kind === 'inserted' ? `<ins>${h(s.text)}</ins>` : s.kind === 'omitted' ? `<del>${h(s.text)}</del>` : h(s.text))).join(''),
    )
    .join('\n');
  return `<div class="bill">${body}</div>`;
}

function provisionHtml(p: ProvisionReview, r: ReviewResult): string {
  let out = `<section class="provision"><h3>${h(provisionLabel(p))}: ${h(p.title)} <span class="code">(${h(changeText(p))})</span></h3>`;
  if (p.changes.length) {
    const what =
      p.match.change === 'added'
        ? 'Inserted in full:'
        : p.match.change === 'removed'
          ? 'Omitted in full:'
          : 'As amended (inserted words in bold, omitted words struck through; unchanged passages left out are shown as […]):';
    out += `<p class="label">${what}</p>${htmlChange(p.changes, { elide: p.match.change === 'modified' })}`;
  } else if (p.match.change === 'unchanged') {
    out += '<p>Its words are unchanged; its findings changed because of amendments elsewhere in the bill.</p>';
  }
  out += group('Introduced by the amendment', p.introduced, r) + group('Resolved by the amendment', p.resolved, r) + group('Still present', p.unchanged, r);
  return `${out}</section>`;
}

export function reviewHtml(r: ReviewResult, opts: HtmlOptions = {}): string {
  const i = counts(r.introduced);
  const s = counts(r.resolved);
  const u = counts(r.unchanged);
  const by = (c: string) => r.provisions.filter((p) => p.match.change === c).length;
  const title = `${opts.title ?? 'Amendment review'}: ${r.newFile} against ${r.oldFile}`;
  const row = (name: string, c: ReturnType<typeof counts>) => `<tr><th scope="row">${name}</th><td class="n">${c.error}</td><td class="n">${c.warning}</td><td class="n">${c.info}</td><td class="n">${c.total}</td></tr>`;
  const parts: string[] = [];
  parts.push(`<h1>${h(title)}</h1>`);
  parts.push(
    `<p class="lead">Prepared with np-lint${opts.version ? ` ${h(opts.version)}` : ''}, the Non-Punishment Drafting Assistant. A finding is <em>introduced</em> when it is in the new version only, <em>resolved</em> when it is in the old version only, and <em>unchanged</em> when the same defect is in both (whatever its line or section number). Each finding gives the guidance it rests on.</p>`,
  );
  parts.push('<h2>Summary</h2>');
  parts.push(
    `<table><thead><tr><th>Findings</th><th class="n">Errors</th><th class="n">Warnings</th><th class="n">Info</th><th class="n">Total</th></tr></thead><tbody>${row('Introduced by the amendment', i)}${row('Resolved by the amendment', s)}${row('Unchanged', u)}</tbody></table>`,
  );
  parts.push(
    `<table><thead><tr><th>Provisions</th><th class="n">Number</th></tr></thead><tbody>` +
      [['Amended', by('modified')], ['Inserted', by('added')], ['Omitted', by('removed')], ['Moved', by('moved')], ['Renumbered', r.provisions.filter((p) => p.match.renumbered).length]]
        .map(([n, v]) => `<tr><th scope="row">${n}</th><td class="n">${v}</td></tr>`)
        .join('') +
      '</tbody></table>',
  );
  parts.push(
    `<p>Deliberate deviations in force: ${r.suppressions.length}${r.suppressions.some((x) => x.added) ? ` (${r.suppressions.filter((x) => x.added).length} recorded by this amendment)` : ''}. Review notes: ${r.notes.length}${r.notes.length ? ` (${r.notes.filter((n) => n.note.status === 'open').length} open)` : ''}.</p>`,
  );
  if (opts.before) parts.push(opts.before);

  parts.push('<h2>Provisions affected</h2>');
  const shown = affectedProvisions(r).filter((p) => p.match.change !== 'unchanged' || p.introduced.length || p.resolved.length);
  parts.push(shown.length ? shown.map((p) => provisionHtml(p, r)).join('') : '<p>No provision was changed.</p>');

  const w = r.wholeBill;
  if (w.introduced.length || w.resolved.length || w.unchanged.length) {
    parts.push('<h2>The bill as a whole</h2>', group('Introduced by the amendment', w.introduced, r), group('Resolved by the amendment', w.resolved, r), group('Still present', w.unchanged, r));
  }
  const untouched = r.provisions.filter((p) => !p.affected && p.unchanged.length);
  if (untouched.length) {
    parts.push('<h2>Findings in provisions the amendment did not change</h2>');
    for (const p of untouched) parts.push(`<h3>${h(provisionLabel(p))}: ${h(p.title)}</h3>${p.unchanged.map((x) => findingHtml(x, r)).join('')}`);
  }
  const renumbered = renumberedOnly(r);
  if (renumbered.length) parts.push('<h2>Renumbered, words unchanged</h2>', `<p>${renumbered.map((p) => `${h(p.oldName ?? '')} → ${h(p.newName ?? '')}`).join('; ')}.</p>`);

  parts.push('<h2>Deliberate deviations (suppressions in force)</h2>');
  if (!r.suppressions.length) parts.push('<p>None: every check applies to the whole bill.</p>');
  else {
    parts.push(
      '<table><thead><tr><th>Where</th><th>Checks turned off</th><th>Covering</th><th>Reason</th><th>Effect</th></tr></thead><tbody>' +
        r.suppressions
          .map((x) => {
            const effect = x.suppression.used ? `silences ${plural(x.suppression.used, 'finding')}` : 'silences nothing (it may be out of date)';
            return `<tr><td>${h(x.provision ?? 'the bill')}, line ${x.suppression.range.start.line}</td><td>${h(rulesText(x.suppression.ruleIds))}</td><td>${suppressionScope(x.suppression.kind)}</td><td>${h(x.suppression.reason)}</td><td>${effect}${x.added ? '; recorded by this amendment' : ''}</td></tr>`;
          })
          .join('') +
        '</tbody></table>',
    );
  }
  if (r.notices.length) parts.push(`<p>Suppression comments that have no effect:</p><ul>${r.notices.map((n) => `<li>Line ${n.line}: ${h(n.message)}</li>`).join('')}</ul>`);
  if (r.notes.length) {
    parts.push('<h2>Review notes</h2><ul class="notes">');
    for (const n of r.notes) {
      const when = n.note.updated || n.note.created;
      parts.push(
        `<li><strong>${n.note.status === 'open' ? 'Open' : 'Resolved'}</strong>, ${h(placementText(n.placement))}, line ${n.line} (${h(n.note.author || 'unknown author')}${when ? `, ${h(when.slice(0, 10))}` : ''}), on “${h(n.note.anchor.quote)}”: ${h(n.note.body)}` +
          (n.note.replies.length ? `<ul>${n.note.replies.map((rep) => `<li>${h(rep.author || 'unknown author')}: ${h(rep.body)}</li>`).join('')}</ul>` : '') +
          '</li>',
      );
    }
    parts.push('</ul>');
  }
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    ...parts,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
