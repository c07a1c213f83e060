/**
 * `np-lint amend BILL.md AMENDMENTS.md [--write FILE] [--format text|json|markdown]`: applies an
 * amendment paper to a bill, reports each instruction it could not apply with the reason, writes
 * the amended bill (with --write) and reviews it against the original, saying which findings each
 * instruction introduced or resolved. Exit codes as for review: 0 no error-level finding introduced,
 * 1 at least one, 2 usage or input problem.
 */
import { resolve } from 'node:path';
import { formatOf, parseCommandLine, REPORT_OPTIONS } from './args.js';
import { replaceFile } from './write.js';
import { amendBill } from '../review/amend.js';
import { amendJson, amendMarkdown, amendText } from '../review/amendReport.js';
import { introducedErrors } from '../review/review.js';
import { emit, notesBeside, shown, stripBom, type SubcommandIo } from './review.js';

export const AMEND_USAGE = `Usage: np-lint amend BILL.md AMENDMENTS.md [--write FILE] [--format text|json|markdown] [--config FILE] [--output FILE]
Applies the amendment paper's instructions in order, refuses those it cannot apply (with the reason),
and reviews the amended bill against the original. --write saves the amended bill.
Exit status: 0 no error introduced, 1 the amendments introduce an error, 2 a usage or input problem.`;

/** Writes the amended bill through a temporary file: a failed write never leaves half a bill. */
async function writeBill(abs: string, bytes: Uint8Array, io: SubcommandIo, label: string): Promise<void> {
  try {
    await replaceFile(abs, bytes);
  } catch (e) {
    io.fail(`cannot write the amended bill to ${label} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); nothing was written`);
  }
}

export async function runAmend(argv: string[], io: SubcommandIo): Promise<number> {
  const args = parseCommandLine(
    argv,
    {
      write: { type: 'string', short: 'w' },
      ...REPORT_OPTIONS,
    },
    'amend',
    AMEND_USAGE,
    io,
  );
  if (!args) return 0;
  const o = args.values;
  const format = formatOf(o.format, ['text', 'json', 'markdown'] as const, io.fail);
  if (args.positionals.length !== 2) io.fail('amend takes the bill and the amendment paper: np-lint amend BILL.md AMENDMENTS.md');
  const billAbs = resolve(io.cwd, args.positionals[0]!);
  const paperAbs = resolve(io.cwd, args.positionals[1]!);
  const writeAbs = o.write !== undefined ? resolve(io.cwd, o.write) : undefined;
  if (writeAbs && writeAbs === paperAbs) io.fail('--write names the amendment paper; give another file for the amended bill');
  if (writeAbs && /\.docx$/i.test(writeAbs)) io.fail('the amended bill is written as Markdown: give a .md file to --write (np-lint convert reads Word documents; it does not write them)');
  const read = await io.readBill(billAbs);
  const paper = stripBom((await io.readBill(paperAbs)).text);
  const bill = stripBom(read.text);
  const billFile = shown(io.cwd, billAbs);
  const paperFile = shown(io.cwd, paperAbs);
  const config = await io.configFor(billAbs, o.config);
  const amendedFile = writeAbs ? shown(io.cwd, writeAbs) : `${billFile} (as amended)`;
  const result = amendBill(bill, paper, { billFile, amendedFile, config, notes: notesBeside(billAbs, io) });
  if (!result.instructions.length) io.fail(`${paperFile} has no amendment instructions (numbered paragraphs such as “1. In clause 14(1), leave out ‘may’ and insert ‘shall’.”)`);
  if (writeAbs) {
    let bytes: Uint8Array;
    try {
      bytes = read.encode(result.amended);
    } catch (e) {
      io.fail(`the amended bill cannot be written in ${billFile}'s encoding (${(e as Error).message}); nothing was written`);
    }
    await writeBill(writeAbs, bytes, io, o.write!);
  }
  const options = { paperFile, billFile, color: io.color, version: io.version, ...(writeAbs ? { written: shown(io.cwd, writeAbs) } : {}) };
  const report = format === 'json' ? `${JSON.stringify(amendJson(result), null, 2)}\n` : format === 'markdown' ? amendMarkdown(result, options) : amendText(result, options);
  await emit(report, o.output, io);
  return introducedErrors(result.review).length ? 1 : 0;
}
