import { parseArgs } from 'node:util';
import { commandLineProblem } from './args.js';

import { explain, type Explanation, type ExplainedWords } from '../engine/explain.js';
import type { LintConfig } from '../engine/types.js';
import { UsageError } from './main.js';

/** The options this command accepts (node:util parseArgs). */
const EXPLAIN_OPTIONS = { format: { type: 'string', short: 'f', default: 'text' } } as const;

/**
 * `np-lint explain FILE`: how each provision was read, and from which words; and the wording that
 * looks like a protection but was not read as one, with the reason.
 */
export interface ExplainIo {
  stdout: (s: string) => void;
  /** Reads a bill (the CLI's own reader: encodings, standard input); throws a usage error if it cannot. */
  readBill: (path: string) => Promise<{ file: string; text: string; config?: LintConfig }>;
}

const USAGE = 'usage: np-lint explain FILE [--format text|json]';

function at(w: ExplainedWords): string {
  return `${w.range.start.line}:${w.range.start.column}`;
}

function quote(w: ExplainedWords, max = 100): string {
  const t = w.text.length > max ? `${w.text.slice(0, w.text.lastIndexOf(' ', max) > max / 2 ? w.text.lastIndexOf(' ', max) : max)} …` : w.text;
  return `"${t}" (${at(w)})`;
}

/** The explanation as plain text, one provision after another. */
export function formatExplanation(file: string, e: Explanation): string {
  const out: string[] = [];
  if (!e.provisions.length) out.push(`${file}: no non-punishment provision was found.`);
  for (const p of e.provisions) {
    const where = p.heading ? ` — ${p.heading.text} (line ${p.heading.range.start.line})` : '';
    out.push(`${file}: ${p.provision}${where}${p.sections.length > 1 ? ` (with ${p.sections.slice(1).join(', ')})` : ''}`);
    for (const r of p.readings) {
      out.push(`  ${r.aspect}: ${r.reading}`);
      for (const w of r.words) out.push(`      from ${quote(w)}`);
    }
    out.push('');
  }
  if (e.notRead.length) {
    out.push('Not read as a non-punishment provision:');
    for (const n of e.notRead) out.push(`  ${n.section}: ${quote(n.words)}: ${n.reason}.`);
  }
  return out.join('\n').replace(/\n+$/, '') + '\n';
}

export async function runExplain(argv: string[], io: ExplainIo): Promise<number> {
  let args;
  try {
    args = parseArgs({ args: argv, allowPositionals: true, options: EXPLAIN_OPTIONS });
  } catch (e) {
    throw new UsageError(`${commandLineProblem(e, EXPLAIN_OPTIONS)} (${USAGE})`);
  }
  const format = args.values.format as string;
  if (!['text', 'json'].includes(format)) throw new UsageError(`unknown format "${format}" (expected text or json)`);
  if (args.positionals.length !== 1) throw new UsageError(USAGE);
  const bill = await io.readBill(args.positionals[0]!);
  const e = explain(bill.text, bill.config ? { config: bill.config } : {});
  io.stdout(format === 'json' ? JSON.stringify({ file: bill.file, ...e }, null, 2) + '\n' : formatExplanation(bill.file, e));
  return 0;
}
