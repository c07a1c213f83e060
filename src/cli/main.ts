import { parseArgs } from 'node:util';
import { readFile, readdir, access, writeFile, rename, stat, chmod, unlink } from 'node:fs/promises';
import { constants, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { lint, fixAll } from '../engine/lint.js';
import type { LintConfig } from '../engine/types.js';
import { formatProblem, isIgnored, loadSettings, loadSettingsFile, type LoadedSettings, type SettingsHost } from '../config/index.js';
import { formatJson, formatSarif, formatText, type FileResult } from './format.js';
import { collectInputs, type Input } from './inputs.js';
import { billFromBytes, readBill, ReadError, type ReadBill } from './read.js';
import { encodeText, EncodeError } from './encoding.js';
import { replaceFile } from './write.js';
import { commandLineProblem, formatOf } from './args.js';
import { literalTable, useLiteralTable } from '../engine/patterns.js';

/** Made by scripts/bundle.mjs beside the bundled command: the word patterns' required words (see `useLiteralTable`). */
export const LITERAL_TABLE_FILE = 'pattern-literals.json';
export { literalTable };

/**
 * Gives the engine the required words of its patterns worked out when the command was built, if the
 * file is there and readable; otherwise (the unbundled command, a damaged file) the engine works them
 * out as it needs them. Never throws.
 */
function loadLiteralTable(): void {
  try {
    useLiteralTable(JSON.parse(readFileSync(new URL(LITERAL_TABLE_FILE, import.meta.url), 'utf8')));
  } catch {
    // no table: each pattern's words are worked out on first use
  }
}

/** A problem with the command line, the input or the configuration: exit code 2, one line on stderr. */
export class UsageError extends Error {}

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Standard input, read once: bytes (so that its encoding is detected) or already-decoded text. */
  stdin: () => Promise<string | Uint8Array>;
  cwd: string;
  color: boolean;
}

/**
 * The subcommands, by name: each gets the arguments after its name. Add one here (its module
 * imported lazily, so that `np-lint bill.md` loads only what it needs).
 */
export const SUBCOMMANDS: Record<string, (argv: string[], io: Io) => Promise<number>> = {
  clauses: async (argv, io) => {
    const { runClauses } = await import('./clauses.js');
    return runClauses(argv, { stdout: io.stdout, stderr: io.stderr, readWorkspaceClauses: () => workspaceClauses(io.cwd) });
  },
  convert: async (argv, io) => {
    const { runConvert } = await import('./convert.js');
    return runConvert(argv, io);
  },
  explain: async (argv, io) => {
    const { runExplain } = await import('./explain.js');
    return runExplain(argv, { stdout: io.stdout, readBill: (p) => readOneBill(p, io) });
  },
  review: async (argv, io) => (await import('./review.js')).runReview(argv, subcommandIo(io)),
  amend: async (argv, io) => (await import('./amend.js')).runAmend(argv, subcommandIo(io)),
  notes: async (argv, io) => (await import('./notes.js')).runNotes(argv, subcommandIo(io)),
};

/** What the review, amend and notes commands (src/cli/review.ts, amend.ts, notes.ts) use from here. */
function subcommandIo(io: Io) {
  const shown = (abs: string) => toSlash(relative(io.cwd, abs)) || abs;
  return {
    stdout: io.stdout,
    stderr: io.stderr,
    cwd: io.cwd,
    color: io.color,
    version: packageInfo().version,
    readBill: async (abs: string) => {
      try {
        await stat(abs);
      } catch {
        throw new UsageError(`no such file or folder: ${shown(abs)}`);
      }
      let bill: ReadBill;
      try {
        bill = await readBill(abs);
      } catch (e) {
        if (e instanceof ReadError) throw new UsageError(`${shown(abs)} ${e.message}`);
        throw e;
      }
      const stored = bill.stored;
      // Text written back (an amended bill) keeps the bill's encoding, byte-order mark and line endings.
      return { text: bill.text, encode: (text: string): Uint8Array => (stored ? encodeText(text, stored) : Buffer.from(text, 'utf8')) };
    },
    configFor: async (abs: string, explicit?: string): Promise<LintConfig> => {
      let settings: LoadedSettings | undefined;
      if (explicit) {
        try {
          settings = await loadSettingsFile(toSlash(resolve(io.cwd, explicit)), nodeSettingsHost);
        } catch (e) {
          throw new UsageError(`cannot read the configuration file ${explicit} (${(e as Error).message})`);
        }
        if (!settings) throw new UsageError(`cannot read the configuration file ${explicit} (no such file)`);
      } else settings = await loadSettings(toSlash(dirname(abs)), nodeSettingsHost);
      if (!settings) return {};
      const name = shown(fromSlash(settings.file));
      if (settings.fatal) throw new UsageError(settings.problems.map((x) => formatProblem(name, x)).join('; '));
      for (const x of settings.problems) io.stderr(`np-lint: warning: ${formatProblem(name, x)}\n`);
      return settings.config;
    },
    fail: (message: string): never => {
      throw new UsageError(message);
    },
  };
}

/**
 * Reads one bill named on the command line, with the settings that govern it (for subcommands that
 * take a single bill). Throws UsageError with a one-line message when it cannot be read or its
 * settings file cannot be used at all; warnings about the settings go to standard error.
 */
export async function readOneBill(p: string, io: Io): Promise<{ file: string; text: string; config?: LintConfig }> {
  if (p === '-') {
    const raw = await io.stdin();
    const bill = typeof raw === 'string' ? { text: raw.replace(/^\uFEFF/, '') } : await billFromBytes(raw, '<stdin>').catch((e: unknown) => {
      throw e instanceof ReadError ? new UsageError(`standard input ${e.message}`) : e;
    });
    return { file: '<stdin>', text: bill.text };
  }
  const abs = resolve(io.cwd, p);
  const file = toSlash(relative(io.cwd, abs)) || abs;
  let bill: ReadBill;
  try {
    await stat(abs);
    bill = await readBill(abs);
  } catch (e) {
    if (e instanceof ReadError) throw new UsageError(`${file} ${e.message}`);
    throw new UsageError(`no such file or folder: ${p}`);
  }
  const settings = await loadSettings(toSlash(dirname(abs)), nodeSettingsHost);
  if (!settings) return { file, text: bill.text };
  const name = toSlash(relative(io.cwd, fromSlash(settings.file))) || settings.file;
  if (settings.fatal) throw new UsageError(settings.problems.map((x) => formatProblem(name, x)).join('; '));
  for (const x of settings.problems) io.stderr(`np-lint: warning: ${formatProblem(name, x)}\n`);
  return { file, text: bill.text, config: settings.config };
}

const USAGE = `Usage: np-lint [--format text|json|sarif] [--config FILE] [--fix | --fix-dry-run] PATH...
       np-lint --fix-dry-run --format amendments PATH...
       np-lint explain FILE [--format text|json]
       np-lint convert BILL.docx [-o BILL.md]
       np-lint clauses [QUERY] [--format text|json]
       np-lint clauses show ID
       np-lint review OLD.md NEW.md | --against GIT-REVISION FILE.md [--format text|json|markdown|html]
       np-lint amend BILL.md AMENDMENTS.md [--write FILE] [--format text|json|markdown]
       np-lint notes FILE.md [--format text|json]

PATH is a Markdown file, a Word document (.docx), a folder (every .md and .docx file in it) or - for
standard input. Markdown may be UTF-8, UTF-16 (with a byte-order mark) or Windows-1252; --fix writes it
back in the same encoding and line endings. Settings come from the nearest .np-lint.json above each bill.
Exit status: 0 no errors, 1 at least one error, 2 a usage, input or configuration problem (the other
files are still checked).`;

interface PackageInfo {
  version: string;
  repository: string;
}

/**
 * The package's own package.json, found from this module's folder upward (the compiled module sits in
 * out/src/cli/, the bundled one in dist/cli/). Throws when there is none.
 */
function ownPackageJson(): { name: string; version: string; repository?: string | { url: string } } {
  for (let dir = new URL('./', import.meta.url), i = 0; i < 6; dir = new URL('../', dir), i++) {
    try {
      const pkg = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as { name: string; version: string; repository?: string | { url: string } };
      if (pkg.name === 'non-punishment-drafting-assistant') return pkg;
    } catch {
      // no package.json in this folder: look in the one above
    }
  }
  throw new Error('package.json not found');
}

/** The package's version and home page (package.json), for --version and SARIF. */
export function packageInfo(): PackageInfo {
  try {
    const pkg = ownPackageJson();
    const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url ?? '';
    return { version: pkg.version, repository: repo.replace(/^git\+/, '').replace(/\.git$/, '').replace(/\/+$/, '') };
  } catch {
    return { version: '0.0.0', repository: '' };
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** Settings files read through node's fs, with "/" paths (the loader is shared with the editor). */
const toSlash = (p: string) => p.split(sep).join('/');
const fromSlash = (p: string) => (sep === '/' ? p : p.split('/').join(sep));
export const nodeSettingsHost: SettingsHost = {
  async readFile(path) {
    try {
      return await readFile(fromSlash(path));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return undefined;
      throw e;
    }
  },
};

/** A drafting office's own clauses: `.np-lint/clauses/*.md` in the nearest folder above that has them. */
async function workspaceClauses(from: string): Promise<{ name: string; text: string }[]> {
  let dir = resolve(from);
  for (;;) {
    const folder = join(dir, '.np-lint', 'clauses');
    let names: string[] = [];
    try {
      names = (await readdir(folder)).filter((n) => n.endsWith('.md') && n !== 'README.md').sort();
    } catch {
      /* no library here */
    }
    if (names.length) return Promise.all(names.map(async (n) => ({ name: relative(from, join(folder, n)) || n, text: await readFile(join(folder, n), 'utf8') })));
    const up = dirname(dir);
    if (up === dir) return [];
    dir = up;
  }
}

export async function run(argv: string[], io: Io): Promise<number> {
  const sub = argv[0] !== undefined ? SUBCOMMANDS[argv[0]] : undefined;
  if (sub) return sub(argv.slice(1), io);
  let args;
  const options = {
    format: { type: 'string', short: 'f', default: 'text' },
    config: { type: 'string', short: 'c' },
    fix: { type: 'boolean', default: false },
    'fix-dry-run': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
    version: { type: 'boolean', short: 'v', default: false },
  } as const;
  try {
    args = parseArgs({ args: argv, allowPositionals: true, options });
  } catch (e) {
    throw new UsageError(`${commandLineProblem(e, options)} (see np-lint --help)`);
  }
  const o = args.values;
  if (o.help) {
    io.stdout(USAGE + '\n');
    return 0;
  }
  if (o.version) {
    io.stdout(packageInfo().version + '\n');
    return 0;
  }
  const chosen = formatOf(o.format, ['text', 'json', 'sarif', 'amendments'] as const, (m) => {
    throw new UsageError(m);
  });
  if (o.fix && o['fix-dry-run']) throw new UsageError('use either --fix or --fix-dry-run, not both');
  // --format amendments: the fixes as an amendment paper (which `np-lint amend` applies), not the fixed text.
  const asAmendments = chosen === 'amendments';
  if (asAmendments && !o['fix-dry-run']) throw new UsageError('--format amendments states the fixes as an amendment paper: use it with --fix-dry-run');
  const format = asAmendments ? 'text' : chosen;
  const paths = args.positionals;
  if (!paths.length) throw new UsageError('no file given (for example: np-lint examples/)');
  const fixing = Boolean(o.fix || o['fix-dry-run']);

  let failed = false;
  const problem = (line: string) => {
    failed = true;
    io.stderr(`np-lint: ${line}\n`);
  };
  const note = (line: string) => io.stderr(`np-lint: ${line}\n`);

  // Settings: one named with --config, or the nearest .np-lint.json above each bill.
  const reported = new Set<string>();
  const report = (s: LoadedSettings) => {
    if (reported.has(s.file)) return;
    reported.add(s.file);
    const name = toSlash(relative(io.cwd, fromSlash(s.file))) || s.file;
    for (const p of s.problems) {
      const line = formatProblem(name, p);
      if (s.fatal) problem(line);
      else note(`warning: ${line}`);
    }
    if (s.fatal) problem(`${name} cannot be used, so the bills it governs were not checked; correct it and run np-lint again`);
  };
  let explicit: LoadedSettings | undefined;
  if (o.config) {
    const file = toSlash(resolve(io.cwd, o.config));
    try {
      explicit = await loadSettingsFile(file, nodeSettingsHost);
    } catch (e) {
      throw new UsageError(`cannot read the configuration file ${o.config} (${(e as Error).message})`);
    }
    if (!explicit) throw new UsageError(`cannot read the configuration file ${o.config} (no such file)`);
    report(explicit);
    if (explicit.fatal) return 2;
  }
  const byFolder = new Map<string, Promise<LoadedSettings | undefined>>();
  const settingsFor = (folder: string) => {
    let p = byFolder.get(folder);
    if (!p) byFolder.set(folder, (p = loadSettings(folder, nodeSettingsHost)));
    return p;
  };

  const collected = await collectInputs(paths, io.cwd);
  for (const p of collected.problems) problem(p);
  // Files named that could not be checked (unreadable, or governed by a broken settings file).
  let unchecked = collected.problems.length;
  for (const n of collected.notes) note(n);

  const results: FileResult[] = [];
  const written: string[] = [];
  const dryRun: { file: string; text: string; before: string }[] = [];
  for (const input of collected.inputs) {
    let settings: LoadedSettings | undefined = explicit;
    if (!settings) {
      try {
        settings = await settingsFor(toSlash(input.path ? dirname(input.path) : io.cwd));
      } catch (e) {
        problem(`cannot read the settings for ${input.file} (${(e as Error).message})`);
        unchecked++;
        continue;
      }
    }
    if (settings) {
      report(settings);
      if (settings.fatal) {
        unchecked++;
        continue;
      }
      if (input.path && isIgnored(toSlash(input.path), settings.folder, settings.ignore)) {
        if (input.explicit) note(`${input.file} is not checked: the settings file ${toSlash(relative(io.cwd, fromSlash(settings.file)))} lists it under "ignore"`);
        continue;
      }
    }
    const config: LintConfig = settings?.config ?? {};
    let bill: ReadBill;
    try {
      if (input.real) bill = await readBill(input.real);
      else {
        const raw = await io.stdin();
        bill = typeof raw === 'string' ? { text: raw.replace(/^\uFEFF/, '') } : await billFromBytes(raw, '<stdin>');
      }
    } catch (e) {
      if (e instanceof ReadError) {
        problem(`${input.file} ${e.message}`);
        unchecked++;
        continue;
      }
      throw e;
    }
    const base: Omit<FileResult, 'result'> = { file: input.file };
    if (input.path) base.path = input.path;
    else base.text = bill.text;
    if (bill.word) base.word = bill.word;
    if (!bill.text.trim()) base.empty = true;
    let text = bill.text;
    if (fixing && bill.word) {
      note(`${input.file} is a Word document: fixes are not written into it (run "np-lint convert ${input.file}" and fix the Markdown)`);
    } else if (fixing) {
      const fixed = fixAll(text, { config });
      if (o['fix-dry-run'] || !input.real) dryRun.push({ file: input.file, text: fixed.text, before: text });
      else if (fixed.text !== text) {
        let bytes: Uint8Array | undefined;
        try {
          bytes = encodeText(fixed.text, bill.stored!);
        } catch (e) {
          if (!(e instanceof EncodeError)) throw e;
          problem(`${input.file} ${e.message}; it was not changed (save it as UTF-8 to apply the fixes)`);
        }
        if (bytes) {
          try {
            // A file nobody may write is read-only, even for an administrator whom the system would let write it.
            if (((await stat(input.real)).mode & 0o222) === 0) throw Object.assign(new Error('read-only'), { code: 'EACCES' });
            await access(input.real, constants.W_OK);
            await replaceFile(input.real, bytes);
            written.push(`${input.file} (${fixed.applied} ${fixed.applied === 1 ? 'fix' : 'fixes'})`);
            text = fixed.text;
          } catch (e) {
            const code = (e as NodeJS.ErrnoException).code;
            const why = code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'it is read-only' : (e as Error).message;
            problem(`${input.file} was not fixed: ${why}`);
          }
        }
      }
      if (o['fix-dry-run'] || !input.real) text = fixed.text;
    }
    results.push({ ...base, result: lint(text, { config }) });
  }

  // The amendment writer (and the amendment-paper reader it uses) is loaded only for --format amendments.
  const { amendmentPaper, editsBetween, fixAsAmendment } = asAmendments && dryRun.length ? await import('../review/fixAsAmendment.js') : ({} as typeof import('../review/fixAsAmendment.js'));
  for (const d of dryRun) {
    if (dryRun.length > 1) io.stdout(`==> ${d.file} <==\n`);
    let shown = d.text;
    if (asAmendments) {
      const a = fixAsAmendment(d.before, editsBetween(d.before, d.text));
      shown = a.instructions.length ? amendmentPaper(d.file, a.instructions) : `# Amendments to ${d.file}\n\nNo amendment: np-lint has no fix to apply.\n`;
      if (!a.exact) problem(`${d.file}: the amendment paper leaves out a change it could not state as an instruction (${a.problem}); compare it with --fix-dry-run and state that change by hand`);
    }
    io.stdout(shown);
    if (!shown.endsWith('\n')) io.stdout('\n');
  }
  let out = '';
  if (results.length || format !== 'text') {
    // The package's own version and address (package.json, read from disk) only for SARIF, which names them.
    const sarif = () => {
      const info = packageInfo();
      return formatSarif(results, { version: info.version, informationUri: info.repository, cwd: io.cwd });
    };
    out = format === 'json' ? formatJson(results) + '\n' : format === 'sarif' ? sarif() + '\n' : formatText(results, { color: io.color, afterFixes: fixing, unchecked });
  }
  if (o.fix && !o['fix-dry-run']) {
    const summary = written.length ? `Fixed and saved ${written.length} ${written.length === 1 ? 'file' : 'files'}: ${written.join(', ')}.` : 'No file was changed.';
    if (format === 'text') out += `${summary}\n`;
    else note(summary);
  }
  // With --fix-dry-run (or --fix on standard input) the fixed text goes to stdout; the report then goes to stderr.
  if (dryRun.length) io.stderr(out);
  else io.stdout(out);
  if (failed) return 2;
  return results.some((r) => r.result.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

export async function main(argv: string[]): Promise<number> {
  loadLiteralTable();
  const io: Io = {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    stdin: readStdin,
    cwd: process.cwd(),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  };
  try {
    return await run(argv, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`np-lint: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

