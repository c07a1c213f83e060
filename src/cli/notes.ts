/**
 * `np-lint notes FILE.md [--format text|json] [--status open|resolved|all]`: the review notes kept
 * beside a bill (FILE.md.np-notes.json), each with the provision it now stands in and its line.
 * Exit codes: 0 (also when the bill has no notes); 2 usage or input problem, or an unreadable notes file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatOf, parseCommandLine } from './args.js';
import { lint } from '../engine/index.js';
import { noteJson } from '../review/jsonReport.js';
import { NotesFormatError, notesFileFor, parseNotes, placeNotes, placementText } from '../review/notes.js';
import { shown, stripBom, type SubcommandIo } from './review.js';

export const NOTES_USAGE = 'Usage: np-lint notes FILE.md [--format text|json] [--status open|resolved|all]';

export async function runNotes(argv: string[], io: SubcommandIo): Promise<number> {
  const args = parseCommandLine(
    argv,
    {
      format: { type: 'string', short: 'f', default: 'text' },
      status: { type: 'string', default: 'all' },
      config: { type: 'string', short: 'c' },
    },
    'notes',
    NOTES_USAGE,
    io,
  );
  if (!args) return 0;
  const o = args.values;
  const format = formatOf(o.format, ['text', 'json'] as const, io.fail);
  const status = o.status as string;
  if (!['open', 'resolved', 'all'].includes(status)) io.fail(`--status must be open, resolved or all (found "${status}")`);
  if (args.positionals.length !== 1) io.fail('notes takes one bill: np-lint notes FILE.md');
  const abs = resolve(io.cwd, args.positionals[0]!);
  const text = stripBom((await io.readBill(abs)).text);
  const file = notesFileFor(abs);
  const label = shown(io.cwd, abs);
  const notesLabel = shown(io.cwd, file);
  let notes: ReturnType<typeof placeNotes> = [];
  let problems: string[] = [];
  if (existsSync(file)) {
    let source: string;
    try {
      source = readFileSync(file, 'utf8');
    } catch (e) {
      io.fail(`cannot read ${notesLabel} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    try {
      const parsed = parseNotes(source, notesLabel);
      problems = parsed.problems;
      const config = await io.configFor(abs, o.config);
      notes = placeNotes(text, lint(text, { config }).outline, parsed.doc.notes);
    } catch (e) {
      if (e instanceof NotesFormatError) io.fail(e.message);
      throw e;
    }
  }
  for (const p of problems) io.stderr(`np-lint: ${p}\n`);
  const listed = status === 'all' ? notes : notes.filter((n) => n.note.status === status);
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ file: label, notesFile: notesLabel, notes: listed.map(noteJson) }, null, 2)}\n`);
    return 0;
  }
  if (!existsSync(file)) {
    io.stdout(`${label} has no review notes (they would be kept in ${notesLabel}).\n`);
    return 0;
  }
  const open = notes.filter((n) => n.note.status === 'open').length;
  const out = [`${label}: ${notes.length} review note${notes.length === 1 ? '' : 's'} (${open} open)`];
  for (const n of listed) {
    const when = (n.note.updated || n.note.created).slice(0, 10);
    out.push(`  ${label}:${n.line}:${n.column}  ${n.note.status.padEnd(8)}  ${placementText(n.placement)}, on "${n.note.anchor.quote}" (${n.note.author || 'unknown author'}${when ? `, ${when}` : ''})`);
    out.push(`      ${n.note.body.replace(/\s+/g, ' ')}`);
    for (const r of n.note.replies) out.push(`      reply from ${r.author || 'unknown author'}: ${r.body.replace(/\s+/g, ' ')}`);
  }
  io.stdout(`${out.join('\n')}\n`);
  return 0;
}
