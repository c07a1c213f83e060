/**
 * `np-lint convert BILL.docx [-o BILL.md]`: writes the Markdown np-lint reads from a Word document
 * (its text, Word's automatic numbering, headings; tracked changes as if accepted), so that a drafter
 * can keep working in Markdown. Without -o the Markdown goes to standard output.
 * Exit codes: 0 written; 2 usage error or a document that cannot be read (one line on standard error).
 */
import { parseArgs } from 'node:util';
import { commandLineProblem } from './args.js';
import { access, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { WordError } from '../convert/word-paragraphs.js';
import { readBill, ReadError } from './read.js';
import type { Io } from './main.js';

/** The options this command accepts (node:util parseArgs). */
const CONVERT_OPTIONS = { output: { type: 'string', short: 'o' }, force: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } } as const;

const USAGE = 'usage: np-lint convert BILL.docx [-o BILL.md] [--force]';

export async function runConvert(argv: string[], io: Io): Promise<number> {
  const fail = (m: string) => {
    io.stderr(`np-lint: ${m}\n`);
    return 2;
  };
  let args;
  try {
    args = parseArgs({ args: argv, allowPositionals: true, options: CONVERT_OPTIONS });
  } catch (e) {
    return fail(`${commandLineProblem(e, CONVERT_OPTIONS)} (${USAGE})`);
  }
  if (args.values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (args.positionals.length !== 1) return fail(`give one Word document (${USAGE})`);
  const input = args.positionals[0]!;
  let markdown: string;
  let tracked = false;
  try {
    const bill = await readBill(resolve(io.cwd, input));
    if (!bill.word) return fail(`${input} is not a Word document (.docx)`);
    markdown = bill.text;
    tracked = bill.word.trackedChanges;
  } catch (e) {
    if (e instanceof ReadError || e instanceof WordError) return fail(`${input} ${e.message}`);
    throw e;
  }
  if (tracked) io.stderr(`np-lint: ${input} has tracked changes: the Markdown shows it as if all of them had been accepted\n`);
  const out = args.values.output;
  if (!out || out === '-') {
    io.stdout(markdown);
    return 0;
  }
  const target = resolve(io.cwd, out);
  if (!args.values.force) {
    const exists = await access(target).then(() => true, () => false);
    if (exists) return fail(`${out} already exists; use --force to replace it`);
  }
  try {
    await writeFile(target, markdown, 'utf8');
  } catch (e) {
    return fail(`cannot write ${out} (${(e as Error).message})`);
  }
  io.stderr(`np-lint: wrote ${out}\n`);
  return 0;
}

