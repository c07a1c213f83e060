/**
 * What `np-lint amend` prints: the instructions applied and refused (with the reasons and the
 * findings each introduced or resolved), a Keeling-style view of the provisions as amended, and the
 * review of the amended bill against the original. Formats: text, markdown, json.
 *
 * JSON contract (issue 12): { "instructions": [{ "number", "text", "status": "applied" | "refused",
 * "reason" }], "amended": "<the amended bill's text>", "review": <np-lint review's JSON> }.
 * Additions on each instruction: "line" (in the paper), "place", "provisions", "note", and
 * "introduced" / "resolved" (the fingerprints of the review's findings it introduced or resolved).
 */
import type { AmendResult, InstructionReport } from './amend.js';
import { reviewJson, type ReviewJson } from './jsonReport.js';
import { escapeMarkdown, markdownChange } from './markdownText.js';
import { reviewMarkdown } from './markdownReport.js';
import type { ReviewedFinding } from './review.js';
import { reviewText } from './textReport.js';
import { CHANGE_WORD, flaggedWords, plural, provisionLabel, SEVERITY_WORD } from './wording.js';

export interface InstructionJson {
  number: number;
  text: string;
  status: 'applied' | 'refused';
  reason: string;
  line: number;
  place?: string;
  provisions: string[];
  note?: string;
  introduced: string[];
  resolved: string[];
}

export interface AmendJson {
  instructions: InstructionJson[];
  amended: string;
  review: ReviewJson;
}

export function amendJson(r: AmendResult): AmendJson {
  return {
    instructions: r.instructions.map((i) => {
      const o: InstructionJson = { number: i.number, text: i.text, status: i.status, reason: i.reason, line: i.line, provisions: i.provisions, introduced: i.introduced.map((x) => x.finding.fingerprint), resolved: i.resolved.map((x) => x.finding.fingerprint) };
      if (i.place) o.place = i.place;
      if (i.note) o.note = i.note;
      return o;
    }),
    amended: r.amended,
    review: reviewJson(r.review),
  };
}

/** "to clause 14(1)", "after clause 14". */
function where(place: string | undefined): string {
  return !place ? '' : /^(?:after|before) /.test(place) ? place : `to ${place}`;
}

function brief(x: ReviewedFinding, text: string): string {
  const f = x.finding;
  return `${SEVERITY_WORD[f.severity].toLowerCase()} ${f.code} ${f.ruleId}${f.provision ? `, ${f.provision}` : ''}: “${flaggedWords(text, f, 60)}”`;
}

function summary(r: AmendResult, paperFile: string, billFile: string): string {
  const applied = r.instructions.filter((i) => i.status === 'applied').length;
  const refused = r.instructions.length - applied;
  return `Amendment paper ${paperFile}, applied to ${billFile}: ${applied} of ${plural(r.instructions.length, 'instruction')} applied${refused ? `, ${refused} refused` : ''}.`;
}

export interface AmendReportOptions {
  paperFile: string;
  billFile: string;
  color?: boolean;
  version?: string;
  /** Where the amended bill was written, if it was. */
  written?: string;
}

export function amendText(r: AmendResult, o: AmendReportOptions): string {
  const c = (code: string, s: string) => (o.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const out = [summary(r, o.paperFile, o.billFile), ''];
  for (const i of r.instructions) {
    const head = `${String(i.number).padStart(3)}  ${i.status === 'applied' ? c('32', 'applied') : c('31', 'refused')}  ${i.text.split('\n')[0]}`;
    out.push(head);
    if (i.status === 'refused') out.push(`              reason: ${i.reason}`);
    else {
      out.push(`              applied ${where(i.place)}${i.provisions.length ? ` (${i.provisions.join(', ')})` : ''}${i.note ? `; ${i.note}` : ''}`);
      for (const x of i.introduced) out.push(`              introduced: ${brief(x, r.amended)}`);
      for (const x of i.resolved) out.push(`              resolved:   ${brief(x, r.original)}`);
    }
  }
  for (const x of r.unattributed.introduced) out.push(`  introduced by the amendments together: ${brief(x, r.amended)}`);
  for (const x of r.unattributed.resolved) out.push(`  resolved by the amendments together: ${brief(x, r.original)}`);
  out.push('', o.written ? `The amended bill was written to ${o.written}.` : 'Use --write FILE to save the amended bill.', '');
  out.push(c('1', 'The amended bill against the original:'), reviewText(r.review, { color: !!o.color }).replace(/^Review of .*\n/, ''));
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

function resultCell(i: InstructionReport, r: AmendResult): string {
  const e = escapeMarkdown;
  if (i.status === 'refused') return `**Refused**: ${e(i.reason)}`;
  const parts = [`Applied ${e(where(i.place))}${i.provisions.length ? ` (${e(i.provisions.join(', '))})` : ''}${i.note ? `; ${e(i.note)}` : ''}`];
  if (i.introduced.length) parts.push(`introduced ${i.introduced.map((x) => e(brief(x, r.amended))).join('; ')}`);
  if (i.resolved.length) parts.push(`resolved ${i.resolved.map((x) => e(brief(x, r.original))).join('; ')}`);
  return parts.join('. ');
}

/** The provisions as amended, in full, with inserted words in bold and omitted words struck through. */
export function keelingMarkdown(r: AmendResult, level = 2): string {
  const h = '#'.repeat(level + 1);
  const out: string[] = [];
  for (const p of r.review.provisions) {
    if (p.match.change === 'unchanged' && !p.match.renumbered) continue;
    if (!p.changes.length) continue;
    out.push(`${h} ${escapeMarkdown(provisionLabel(p))}: ${escapeMarkdown(p.title)} (${CHANGE_WORD[p.match.change]}${p.match.renumbered && p.match.change !== 'unchanged' ? ', renumbered' : p.match.renumbered ? ', renumbered only' : ''})`, '', markdownChange(p.changes), '');
  }
  return out.length ? out.join('\n') : 'No provision was changed.\n';
}

export function amendMarkdown(r: AmendResult, o: AmendReportOptions): string {
  const e = escapeMarkdown;
  const out = [
    `# Amendment paper: ${e(o.paperFile)} applied to ${e(o.billFile)}`,
    '',
    e(summary(r, o.paperFile, o.billFile)),
    '',
    '## Instructions',
    '',
    '| No. | Instruction | Result |',
    '| ---: | --- | --- |',
    ...r.instructions.map((i) => `| ${i.number} | ${e(i.text.replace(/\s+/g, ' '))} | ${resultCell(i, r)} |`),
  ];
  if (r.unattributed.introduced.length || r.unattributed.resolved.length) {
    out.push('', 'Findings the amendments introduced or resolved together (no single instruction did it alone):', '');
    for (const x of r.unattributed.introduced) out.push(`- introduced ${e(brief(x, r.amended))}`);
    for (const x of r.unattributed.resolved) out.push(`- resolved ${e(brief(x, r.original))}`);
  }
  out.push('', '## Keeling schedule: the provisions as amended', '', 'Inserted words are in bold; omitted words are struck through.', '', keelingMarkdown(r, 2).trimEnd(), '');
  out.push(reviewMarkdown(r.review, { level: 2, title: 'Review of the amended bill against the original', ...(o.version ? { version: o.version } : {}) }));
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
