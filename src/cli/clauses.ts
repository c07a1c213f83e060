/**
 * `np-lint clauses [QUERY] [--format text|json]`: lists the model clauses, or searches them.
 * `np-lint clauses show ID [--format text|json]`: prints one clause with its citation.
 * `argv` is what follows `clauses` on the command line (a leading "clauses" is tolerated).
 * Exit codes: 0 ok; 2 usage error or unknown id (one line on standard error).
 */
import { loadLibrary, WORKSPACE_CLAUSES_FOLDER, type ClauseFileText } from '../corpus/library.js';
import { createClauseSearch } from '../corpus/search.js';
import { citationText } from '../corpus/render.js';
import type { ClauseRecord } from '../corpus/types.js';

export interface ClausesIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Reads the workspace clause files (`.np-lint/clauses/*.md` in the bill's repository). */
  readWorkspaceClauses?: () => Promise<{ name: string; text: string }[]>;
}

const USAGE = 'usage: np-lint clauses [QUERY] [--format text|json] | np-lint clauses show ID [--format text|json]';

/** What `--format json` prints for a clause: its record, with the optional lists made explicit. */
type ClauseJson = Pick<
  ClauseRecord,
  'id' | 'title' | 'jurisdiction' | 'instrument' | 'pinpoint' | 'year' | 'kind' | 'citation' | 'sourceUrl' | 'verbatim' | 'verifiedAgainst' | 'nexus' | 'scope' | 'childLimb' | 'prefix' | 'text'
> & {
  defects: string[];
  fragment: boolean;
  origin: 'built-in' | 'workspace';
  score?: number;
};

function toJson(c: ClauseRecord, score?: number): ClauseJson {
  const o: ClauseJson = {
    id: c.id,
    title: c.title,
    jurisdiction: c.jurisdiction,
    instrument: c.instrument,
    pinpoint: c.pinpoint,
    kind: c.kind,
    citation: c.citation,
    verbatim: c.verbatim,
    nexus: c.nexus,
    scope: c.scope,
    childLimb: c.childLimb,
    defects: c.defects ?? [],
    fragment: c.fragment ?? false,
    origin: c.origin ?? 'built-in',
    text: c.text,
  };
  if (c.year !== undefined) o.year = c.year;
  if (c.sourceUrl) o.sourceUrl = c.sourceUrl;
  if (c.verifiedAgainst) o.verifiedAgainst = c.verifiedAgainst;
  if (c.prefix) o.prefix = c.prefix;
  if (score !== undefined) o.score = Math.round(score * 1000) / 1000;
  return o;
}

function what(c: ClauseRecord): string {
  const w = c.verbatim ? 'verbatim' : c.kind === 'drafting-pattern' ? (c.fragment ? 'pattern (fragment)' : 'pattern') : 'not verbatim';
  return c.origin === 'workspace' ? `${w}, office` : w;
}

function listText(clauses: ClauseRecord[]): string {
  if (!clauses.length) return 'no clause matches\n';
  const w = Math.max(...clauses.map((c) => c.id.length));
  return clauses.map((c) => `${c.id.padEnd(w)}  ${what(c).padEnd(10)}  ${c.title}\n${' '.repeat(w + 2)}${c.citation}\n`).join('');
}

function showText(c: ClauseRecord): string {
  const lines = [
    c.title,
    '',
    `id:           ${c.id}${c.prefix ? `  (snippet: ${c.prefix})` : ''}`,
    `jurisdiction: ${c.jurisdiction}`,
    `instrument:   ${c.instrument}`,
    `pinpoint:     ${c.pinpoint}`,
    `kind:         ${c.kind}${c.origin === 'workspace' ? ' (drafting office library)' : ''}`,
    `nexus:        ${c.nexus}   scope: ${c.scope}   child limb: ${c.childLimb ? 'yes' : 'no'}`,
    `verbatim:     ${c.verbatim ? 'yes' : 'no'}${c.verifiedAgainst ? ` (checked against ${c.verifiedAgainst.source}, ${c.verifiedAgainst.pinpoint})` : ''}`,
  ];
  if (c.defects?.length) lines.push(`defects:      ${c.defects.join(', ')}`);
  if (c.sourceUrl) lines.push(`source:       ${c.sourceUrl}`);
  lines.push('', c.text, '', `Citation: ${citationText(c)}`);
  if (c.notes) lines.push('', `Notes: ${c.notes}`);
  return `${lines.join('\n')}\n`;
}

export async function runClauses(argv: string[], io: ClausesIO): Promise<number> {
  const args = argv[0] === 'clauses' ? argv.slice(1) : [...argv];
  let format: 'text' | 'json' = 'text';
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--help' || a === '-h') {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    if (a === '--format' || a.startsWith('--format=')) {
      const v = a === '--format' ? args[++i] : a.slice('--format='.length);
      if (v !== 'text' && v !== 'json') {
        io.stderr(`np-lint clauses: --format must be text or json${v === undefined ? '' : ` (found "${v}")`}\n`);
        return 2;
      }
      format = v;
      continue;
    }
    if (a === '--') {
      words.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('-') && a.length > 1) {
      io.stderr(`np-lint clauses: unknown option ${a}; ${USAGE}\n`);
      return 2;
    }
    words.push(a);
  }

  let files: ClauseFileText[] = [];
  if (io.readWorkspaceClauses) {
    try {
      files = await io.readWorkspaceClauses();
    } catch (e) {
      io.stderr(`np-lint clauses: cannot read ${WORKSPACE_CLAUSES_FOLDER} (${(e as Error)?.message ?? String(e)}); showing the built-in clauses only\n`);
    }
  }
  const library = loadLibrary(files);
  for (const p of library.problems) io.stderr(`np-lint clauses: skipped ${p.message}\n`);

  if (words[0] === 'show') {
    if (words.length !== 2) {
      io.stderr(`np-lint clauses show: give exactly one clause id; ${USAGE}\n`);
      return 2;
    }
    const c = library.byId(words[1]!) ?? library.clauses.find((x) => x.prefix === words[1]);
    if (!c) {
      io.stderr(`np-lint clauses show: no clause with id "${words[1]}" (run \`np-lint clauses\` to list them)\n`);
      return 2;
    }
    io.stdout(format === 'json' ? `${JSON.stringify(toJson(c), null, 2)}\n` : showText(c));
    return 0;
  }

  const query = words.join(' ').trim();
  const hits = query ? createClauseSearch(library.clauses).search(query) : library.clauses.map((clause) => ({ clause, score: undefined }));
  if (format === 'json') {
    io.stdout(`${JSON.stringify(hits.map((h) => toJson(h.clause, h.score)), null, 2)}\n`);
  } else {
    io.stdout(listText(hits.map((h) => h.clause)));
  }
  return 0;
}
