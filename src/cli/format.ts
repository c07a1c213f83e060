import type { DirectiveProblem, Finding, LintResult, Range } from '../engine/types.js';
import { paragraphAt, type WordParagraph } from '../convert/word-paragraphs.js';

export { formatSarif } from './sarif.js';

export interface FileResult {
  /** As shown: relative to the working folder with "/", or "<stdin>". */
  file: string;
  result: LintResult;
  /** The file's absolute path (undefined for standard input): SARIF builds its URI from it. */
  path?: string;
  /** The text that was checked (kept for standard input, which SARIF embeds as the artifact's contents). */
  text?: string;
  /** A Word document: where each paragraph stands in the Markdown the engine read. */
  word?: { paragraphs: WordParagraph[]; trackedChanges: boolean; bytes?: number };
  /** The file holds no words at all (nothing was checked). */
  empty?: boolean;
}

/** The Word paragraph a range starts in, for a finding on a .docx ({ number, excerpt }). */
export function wordParagraph(r: FileResult, range: Range): { number: number; excerpt: string } | undefined {
  if (!r.word) return undefined;
  const p = paragraphAt(r.word.paragraphs, range.start.offset);
  return p && { number: p.number, excerpt: p.excerpt };
}

/** Where a finding is, as a drafter reads it: "bill.md:3:12", or 'bill.docx: paragraph 57 ("(1) A victim…")'. */
export function where(r: FileResult, range: Range): string {
  const p = wordParagraph(r, range);
  if (p) return `${r.file}: paragraph ${p.number} ("${p.excerpt}")`;
  return `${r.file}:${range.start.line}:${range.start.column}`;
}

/** A note about how a file was read (tracked changes accepted), or undefined. */
export function readingNote(r: FileResult): string | undefined {
  if (r.empty) return 'The file is empty: there is nothing to check.';
  return r.word?.trackedChanges ? 'The document has tracked changes: it was checked as if all of them had been accepted.' : undefined;
}

/**
 * The JSON contract of DESIGN.md: [{ file, findings: [...] }], plus, additively: the suppressions in
 * force, the directive problems (`notices`: kind, severity, message, range), the findings a
 * suppression silenced (`suppressed`, each with its `suppression`), and for a Word document
 * `trackedChanges` and each finding's `paragraph` ({ number, excerpt }).
 */
export function formatJson(results: FileResult[]): string {
  return JSON.stringify(
    results.map((r) => {
      const withParagraph = <T extends { range: Range }>(x: T) => {
        const p = wordParagraph(r, x.range);
        return p ? { ...x, paragraph: p } : x;
      };
      const out: Record<string, unknown> = {
        file: r.file,
        findings: r.result.findings.map(withParagraph),
        suppressions: r.result.suppressions,
        notices: r.result.notices.map(withParagraph),
        suppressed: r.result.suppressed.map(withParagraph),
      };
      if (r.word) out.trackedChanges = r.word.trackedChanges;
      return out;
    }),
    null,
    2,
  );
}

function plural(n: number, word: string, plural = `${word}s`): string {
  return `${n} ${n === 1 ? word : plural}`;
}

export function citationLine(f: Finding): string {
  return f.citations.map((c) => `${c.source}, ${c.pinpoint}`).join('; ');
}

const NOTICE_TAG: Record<DirectiveProblem['kind'], string> = {
  'missing-reason': 'suppression without a reason',
  'unknown-rule': 'suppression of an unknown rule',
  unused: 'unused suppression',
  'amends-another-text': 'amends another text',
};

/**
 * Compiler-style lines: path:line:col  severity  message  [NP001 closed-offence-list], then a
 * summary. `afterFixes`: the findings are those left in the fixed text (--fix, --fix-dry-run), and the
 * summary says so. `unchecked`: how many files named could not be checked (their messages are on
 * standard error), counted in the summary so that a reader does not take them for clean.
 */
export function formatText(results: FileResult[], opts: { color?: boolean; afterFixes?: boolean; unchecked?: number } = {}): string {
  const c = (code: string, s: string) => (opts.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const sevText = (s: string) => (s === 'error' ? c('31', 'error  ') : s === 'warning' ? c('33', 'warning') : c('36', 'info   '));
  const lines: string[] = [];
  const count = { error: 0, warning: 0, info: 0 };
  let fixable = 0;
  let suppressed = 0;
  for (const r of results) {
    const { file, result } = r;
    const note = readingNote(r);
    if (note) lines.push(c('2', `${file}: ${note}`));
    const items: { at: number; line: string[] }[] = [];
    for (const f of result.findings) {
      count[f.severity]++;
      // --fix applies the fixes of errors and warnings only; an info hint's fix is taken one at a time in the editor.
      if (f.fixes.length && !r.word && f.severity !== 'info') fixable++;
      items.push({
        at: f.range.start.offset,
        line: [`${where(r, f.range)}  ${sevText(f.severity)}  ${f.message}  ${c('2', `[${f.code} ${f.ruleId}]`)}`, c('2', `    Sources: ${citationLine(f)}`)],
      });
    }
    for (const n of result.notices) {
      count[n.severity]++;
      items.push({ at: n.range.start.offset, line: [`${where(r, n.range)}  ${sevText(n.severity)}  ${n.message}  ${c('2', `[${NOTICE_TAG[n.kind]}]`)}`] });
    }
    items.sort((a, b) => a.at - b.at);
    for (const i of items) lines.push(...i.line);
    for (const s of result.suppressions) {
      suppressed++;
      const state = s.used ? `silenced ${plural(s.used, 'finding')}` : 'silenced nothing';
      lines.push(c('2', `${where(r, s.range)}  suppressed  ${s.ruleIds.join(', ')}: "${s.reason}" (${state})`));
    }
  }
  const total = count.error + count.warning + count.info;
  const files = plural(results.length, 'file');
  const inForce = suppressed ? ` ${plural(suppressed, 'suppression')} in force.` : '';
  const unchecked = opts.unchecked ? ` ${plural(opts.unchecked, 'file')} could not be checked (see the messages above).` : '';
  if (opts.afterFixes) {
    if (total === 0) lines.push(`After the fixes, no problems are left in ${files}.${inForce}${unchecked}`);
    else lines.push(`Left after the fixes: ${plural(total, 'problem')} (${plural(count.error, 'error')}, ${plural(count.warning, 'warning')}, ${count.info} info) in ${files}.${inForce}${unchecked}`);
  } else if (total === 0) lines.push(`No problems found in ${files}.${inForce}${unchecked}`);
  else
    lines.push(
      `${plural(total, 'problem')} (${plural(count.error, 'error')}, ${plural(count.warning, 'warning')}, ${count.info} info) in ${files}` +
        `${fixable ? `; ${fixable} can be fixed with --fix` : ''}.${inForce}${unchecked}`,
    );
  return lines.join('\n') + '\n';
}
