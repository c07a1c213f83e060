/**
 * `np-lint review OLD.md NEW.md` and `np-lint review --against GIT-REV FILE.md`: which findings an
 * amendment introduced, resolved or left unchanged, the provisions it changed (word by word) and
 * the deviations recorded in the new version. Formats: text, json (the contract of issue 12),
 * markdown (a report to attach to a submission) and html (the same, self-contained and printable).
 * Exit codes: 0 no error-level finding introduced; 1 at least one; 2 usage or input problem.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { formatOf, parseCommandLine, REPORT_OPTIONS } from './args.js';
import type { LintConfig } from '../engine/index.js';
import { reviewHtml } from '../review/htmlReport.js';
import { reviewJson } from '../review/jsonReport.js';
import { reviewMarkdown } from '../review/markdownReport.js';
import { NotesFormatError, notesFileFor, parseNotes, type Note } from '../review/notes.js';
import { introducedErrors, reviewVersions, type ReviewResult } from '../review/review.js';
import { reviewText } from '../review/textReport.js';

/** What the review, amend and notes commands need from the command line's main module. */
export interface SubcommandIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  color: boolean;
  version: string;
  /**
   * Reads a bill as main does (size limit, binary check, encodings, Word documents); throws a usage
   * error. `encode` turns text back into bytes stored as the bill was (encoding, byte-order mark).
   */
  readBill: (absPath: string) => Promise<{ text: string; encode: (text: string) => Uint8Array }>;
  /** The configuration for a bill: `--config FILE` if given, else the nearest .np-lint.json above it. */
  configFor: (absPath: string, explicit?: string) => Promise<LintConfig>;
  /** Ends the command with a one-line message on standard error and exit code 2. */
  fail: (message: string) => never;
}

export const REVIEW_USAGE = `Usage: np-lint review OLD.md NEW.md [--format text|json|markdown|html] [--config FILE] [--output FILE]
       np-lint review --against GIT-REVISION FILE.md [same options]
Exit status: 0 no error introduced, 1 the new version introduces an error, 2 a usage or input problem.`;

export const REVIEW_FORMATS = ['text', 'json', 'markdown', 'html'] as const;
export type ReviewFormat = (typeof REVIEW_FORMATS)[number];

/** A path as the user sees it: relative to the working folder, with forward slashes. */
export function shown(cwd: string, abs: string): string {
  return relative(cwd, abs).split(sep).join('/') || abs;
}

export function stripBom(s: string): string {
  return s.startsWith('\uFEFF') ? s.slice(1) : s;
}

function git(args: string[], cwd: string): Buffer {
  return execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 128 * 1024 * 1024 });
}

/**
 * The text of `abs` at a git revision, read with `git show REV:path`. Fails with a one-line
 * message outside a repository, for an unknown revision, or when the file is not in that revision.
 */
export function readAtRevision(abs: string, rev: string, io: Pick<SubcommandIo, 'fail'>): { text: string; label: string } {
  if (!rev || rev.startsWith('-')) io.fail(`"${rev}" is not a git revision (for example: HEAD~1, main, v1.0)`);
  const dir = dirname(abs);
  let top: string;
  try {
    top = git(['rev-parse', '--show-toplevel'], dir).toString('utf8').trim();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') io.fail('git is not installed; review --against reads the old version with git');
    io.fail(`${abs} is not in a git repository; give the two versions as files instead: np-lint review OLD.md NEW.md`);
  }
  try {
    git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], top);
  } catch {
    io.fail(`unknown git revision "${rev}"`);
  }
  const path = relative(top, abs).split(sep).join('/');
  let buf: Buffer;
  try {
    buf = git(['show', `${rev}:${path}`], top);
  } catch {
    io.fail(`${path} is not in revision ${rev}`);
  }
  if (buf.includes(0)) io.fail(`${path} at ${rev} does not look like a text file`);
  return { text: buf.toString('utf8'), label: `${rev}:${path}` };
}

/** The review notes kept beside a bill (none when there is no notes file); problems go to standard error. */
export function notesBeside(abs: string, io: Pick<SubcommandIo, 'stderr' | 'cwd'>): Note[] {
  const file = notesFileFor(abs);
  if (!existsSync(file)) return [];
  try {
    const { doc, problems } = parseNotes(readFileSync(file, 'utf8'), shown(io.cwd, file));
    for (const p of problems) io.stderr(`np-lint: ${p}\n`);
    return doc.notes;
  } catch (e) {
    if (e instanceof NotesFormatError) {
      io.stderr(`np-lint: review notes not listed: ${e.message}\n`);
      return [];
    }
    throw e;
  }
}

export function renderReview(r: ReviewResult, format: ReviewFormat, io: Pick<SubcommandIo, 'color' | 'version'>): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(reviewJson(r), null, 2)}\n`;
    case 'markdown':
      return reviewMarkdown(r, { version: io.version });
    case 'html':
      return reviewHtml(r, { version: io.version });
    default:
      return reviewText(r, { color: io.color });
  }
}

/** Writes a report to `--output FILE`, or to standard output. */
export async function emit(report: string, output: string | undefined, io: SubcommandIo): Promise<void> {
  if (!output) {
    io.stdout(report);
    return;
  }
  const abs = resolve(io.cwd, output);
  try {
    await writeFile(abs, report, 'utf8');
  } catch (e) {
    io.fail(`cannot write ${output} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

export async function runReview(argv: string[], io: SubcommandIo): Promise<number> {
  const args = parseCommandLine(
    argv,
    {
      against: { type: 'string', short: 'a' },
      ...REPORT_OPTIONS,
    },
    'review',
    REVIEW_USAGE,
    io,
  );
  if (!args) return 0;
  const o = args.values;
  const format = formatOf(o.format, REVIEW_FORMATS, io.fail);
  const files = args.positionals;
  let oldText: string;
  let newText: string;
  let oldLabel: string;
  let newAbs: string;
  if (o.against !== undefined) {
    if (files.length !== 1) io.fail('review --against takes one file: np-lint review --against GIT-REVISION FILE.md');
    newAbs = resolve(io.cwd, files[0]!);
    newText = (await io.readBill(newAbs)).text;
    const old = readAtRevision(newAbs, o.against, io);
    oldText = old.text;
    oldLabel = old.label;
  } else {
    if (files.length !== 2) io.fail('review takes two files, the old version and the new: np-lint review OLD.md NEW.md (or --against GIT-REVISION FILE.md)');
    const oldAbs = resolve(io.cwd, files[0]!);
    newAbs = resolve(io.cwd, files[1]!);
    oldText = (await io.readBill(oldAbs)).text;
    newText = (await io.readBill(newAbs)).text;
    oldLabel = shown(io.cwd, oldAbs);
  }
  const config = await io.configFor(newAbs, o.config);
  const newLabel = shown(io.cwd, newAbs);
  const notes = notesBeside(newAbs, io);
  const r = reviewVersions(stripBom(oldText), stripBom(newText), { oldFile: oldLabel, newFile: newLabel, config, notes });
  await emit(renderReview(r, format, io), o.output, io);
  return introducedErrors(r).length ? 1 : 0;
}
