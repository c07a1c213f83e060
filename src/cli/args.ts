/**
 * What every np-lint subcommand does with its command line: parse it (node:util parseArgs, with
 * positionals and -h/--help), print its usage on --help, and check a choice among fixed values.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { didYouMean } from '../engine/suggest.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The options the report-writing subcommands share: --format (default text), --config, --output. */
export const REPORT_OPTIONS = {
  format: { type: 'string', short: 'f', default: 'text' },
  config: { type: 'string', short: 'c' },
  output: { type: 'string', short: 'o' },
} as const satisfies Options;
type WithHelp<O extends Options> = O & { help: { type: 'boolean'; short: 'h'; default: false } };

/**
 * Parses `argv` for `np-lint COMMAND` with `options` plus -h/--help. Returns undefined after printing
 * `usage` when help was asked for (the command then exits 0). A malformed command line ends the
 * command through `fail` with parseArgs' first line and a pointer to the command's help.
 */
export function parseCommandLine<O extends Options>(
  argv: string[],
  options: O,
  command: string,
  usage: string,
  io: { stdout: (s: string) => void; fail: (message: string) => never },
) {
  const all = { ...options, help: { type: 'boolean', short: 'h', default: false } } as WithHelp<O>;
  let args;
  try {
    args = parseArgs({ args: argv, allowPositionals: true, options: all });
  } catch (e) {
    return io.fail(`${commandLineProblem(e, all)} (see np-lint ${command} --help)`);
  }
  if ((args.values as { help?: boolean }).help) {
    io.stdout(`${usage}\n`);
    return undefined;
  }
  return args;
}

/** "a", "a or b", "a, b or c". */
export function orList(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** Checks `--format`'s value against the command's formats; a wrong one ends the command through `fail`. */
export function formatOf<F extends string>(value: unknown, formats: readonly F[], fail: (message: string) => never): F {
  if (!formats.includes(value as F)) fail(`unknown format "${String(value)}" (expected ${orList(formats)})`);
  return value as F;
}

/**
 * A command-line error from node:util parseArgs in plain words: an unknown option is named, with the
 * nearest known option ("unknown option --formt: did you mean --format?"); any other error keeps
 * parseArgs' first line. `options` are the command's options as given to parseArgs.
 */
export function commandLineProblem(e: unknown, options: Options): string {
  const message = (e as Error).message ?? String(e);
  const unknown = /^Unknown option '([^']+)'/.exec(message);
  if (unknown) {
    const given = unknown[1]!;
    const known = Object.entries(options).flatMap(([name, o]) => [`--${name}`, ...(o.short ? [`-${o.short}`] : [])]);
    const near = given.startsWith('--') ? didYouMean(given, known.filter((k) => k.startsWith('--'))) : undefined;
    return `unknown option ${given}${near ? `: did you mean ${near}?` : ''}`;
  }
  return message.split('\n')[0]!;
}
