import { parseArgs } from 'node:util';
import { readFile, writeFile, stat, readdir } from 'node:fs/promises';
import { dirname, join, resolve, relative, sep } from 'node:path';
import { readFileSync } from 'node:fs';
import { lint, fixAll } from '../engine/lint.js';
import { parseConfig, ConfigError } from '../engine/config.js';
import type { LintConfig } from '../engine/types.js';
import { formatJson, formatSarif, formatText, type FileResult } from './format.js';

/** A problem with the command line, the input or the configuration: exit code 2, one line on stderr. */
export class UsageError extends Error {}

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdin: () => Promise<string>;
  cwd: string;
  color: boolean;
}

const MAX_BYTES = 64 * 1024 * 1024;
const CONFIG_NAMES = ['.np-lint.json'];

const USAGE = `Usage: np-lint [--format text|json|sarif] [--config FILE] [--fix | --fix-dry-run] PATH...
       np-lint explain FILE [--format text|json]
       np-lint clauses [QUERY] [--format text|json]
       np-lint clauses show ID
       np-lint review OLD.md NEW.md | --against GIT-REVISION FILE.md [--format text|json|markdown|html]
       np-lint amend BILL.md AMENDMENTS.md [--write FILE] [--format text|json|markdown]
       np-lint notes FILE.md [--format text|json]

PATH is a Markdown file, a folder (every .md file in it) or - for standard input.
Exit status: 0 no errors, 1 at least one error, 2 a usage, input or configuration problem.`;

function version(): string {
  try {
    return JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')).version as string;
  } catch {
    return '0.0.0';
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function markdownFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await markdownFiles(p)));
    else if (e.isFile() && /\.(md|markdown)$/i.test(e.name)) out.push(p);
  }
  return out;
}

async function loadConfig(file: string): Promise<LintConfig> {
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch {
    throw new UsageError(`cannot read the configuration file ${file}`);
  }
  try {
    return parseConfig(source, file);
  } catch (e) {
    if (e instanceof ConfigError) throw new UsageError(e.message);
    throw e;
  }
}

/** The nearest .np-lint.json from the bill's folder upwards. */
async function findConfig(from: string): Promise<string | undefined> {
  let dir = resolve(from);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const p = join(dir, name);
      try {
        if ((await stat(p)).isFile()) return p;
      } catch {
        /* not here */
      }
    }
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

async function readBill(path: string): Promise<string> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new UsageError(`no such file or folder: ${path}`);
  }
  if (info.size > MAX_BYTES) throw new UsageError(`${path} is ${(info.size / 1048576).toFixed(0)} MB; np-lint reads bills up to ${MAX_BYTES / 1048576} MB`);
  const buf = await readFile(path);
  if (buf.includes(0)) throw new UsageError(`${path} does not look like a text file`);
  return buf.toString('utf8');
}

const BOM = '\uFEFF';

function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

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

/** What the review, amend and notes commands (src/cli/review.ts, amend.ts, notes.ts) use from here. */
function subcommandIo(io: Io) {
  return {
    stdout: io.stdout,
    stderr: io.stderr,
    cwd: io.cwd,
    color: io.color,
    version: version(),
    readBill,
    configFor: async (abs: string, explicit?: string): Promise<LintConfig> => {
      if (explicit) return loadConfig(resolve(io.cwd, explicit));
      const found = await findConfig(dirname(abs));
      return found ? loadConfig(found) : {};
    },
    fail: (message: string): never => {
      throw new UsageError(message);
    },
  };
}

export async function run(argv: string[], io: Io): Promise<number> {
  if (argv[0] === 'review') return (await import('./review.js')).runReview(argv.slice(1), subcommandIo(io));
  if (argv[0] === 'amend') return (await import('./amend.js')).runAmend(argv.slice(1), subcommandIo(io));
  if (argv[0] === 'notes') return (await import('./notes.js')).runNotes(argv.slice(1), subcommandIo(io));
  if (argv[0] === 'explain') {
    const { runExplain } = await import('./explain.js');
    return runExplain(argv.slice(1), {
      stdout: io.stdout,
      readBill: async (p) => {
        if (p === '-') return { file: '<stdin>', text: stripBom(await io.stdin()) };
        const abs = resolve(io.cwd, p);
        const text = stripBom(await readBill(abs));
        const found = await findConfig(dirname(abs));
        return { file: relative(io.cwd, abs).split(sep).join('/') || abs, text, ...(found ? { config: await loadConfig(found) } : {}) };
      },
    });
  }
  if (argv[0] === 'clauses') {
    const { runClauses } = await import('./clauses.js');
    return runClauses(argv.slice(1), { stdout: io.stdout, stderr: io.stderr, readWorkspaceClauses: () => workspaceClauses(io.cwd) });
  }
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'text' },
        config: { type: 'string', short: 'c' },
        fix: { type: 'boolean', default: false },
        'fix-dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (e) {
    throw new UsageError(`${(e as Error).message.split('\n')[0]} (see np-lint --help)`);
  }
  const o = args.values;
  if (o.help) {
    io.stdout(USAGE + '\n');
    return 0;
  }
  if (o.version) {
    io.stdout(version() + '\n');
    return 0;
  }
  const format = o.format as string;
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`unknown format "${format}" (expected text, json or sarif)`);
  if (o.fix && o['fix-dry-run']) throw new UsageError('use either --fix or --fix-dry-run, not both');
  const paths = args.positionals.length ? args.positionals : [];
  if (!paths.length) throw new UsageError('no file given (for example: np-lint examples/)');

  const explicitConfig = o.config ? await loadConfig(resolve(io.cwd, o.config)) : undefined;
  const inputs: { file: string; abs?: string; text: string }[] = [];
  for (const p of paths) {
    if (p === '-') {
      inputs.push({ file: '<stdin>', text: await io.stdin() });
      continue;
    }
    const abs = resolve(io.cwd, p);
    let info;
    try {
      info = await stat(abs);
    } catch {
      throw new UsageError(`no such file or folder: ${p}`);
    }
    const files = info.isDirectory() ? await markdownFiles(abs) : [abs];
    if (info.isDirectory() && !files.length) throw new UsageError(`no Markdown files in ${p}`);
    for (const f of files) inputs.push({ file: relative(io.cwd, f).split(sep).join('/') || f, abs: f, text: await readBill(f) });
  }

  const results: FileResult[] = [];
  const configs = new Map<string, LintConfig>();
  for (const input of inputs) {
    let config = explicitConfig;
    if (!config) {
      const found = await findConfig(input.abs ? dirname(input.abs) : io.cwd);
      if (found) {
        if (!configs.has(found)) configs.set(found, await loadConfig(found));
        config = configs.get(found);
      }
    }
    const bom = input.text.startsWith(BOM);
    const text = bom ? input.text.slice(1) : input.text;
    if (o.fix || o['fix-dry-run']) {
      const fixed = fixAll(text, { config: config ?? {} });
      if (o['fix-dry-run'] || !input.abs) {
        if (inputs.length > 1) io.stdout(`==> ${input.file} <==\n`);
        io.stdout(fixed.text);
        if (!fixed.text.endsWith('\n')) io.stdout('\n');
      } else if (fixed.text !== text) {
        await writeFile(input.abs, (bom ? BOM : '') + fixed.text, 'utf8');
      }
      results.push({ file: input.file, result: lint(fixed.text, { config: config ?? {} }) });
    } else {
      results.push({ file: input.file, result: lint(text, { config: config ?? {} }) });
    }
  }

  const report = format === 'json' ? formatJson(results) + '\n' : format === 'sarif' ? formatSarif(results, version()) + '\n' : formatText(results, { color: io.color });
  // With --fix-dry-run the fixed text goes to stdout; the report then goes to stderr.
  if (o['fix-dry-run'] || (o.fix && inputs.some((i) => !i.abs))) io.stderr(report);
  else io.stdout(report);
  return results.some((r) => r.result.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

export async function main(argv: string[]): Promise<number> {
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
