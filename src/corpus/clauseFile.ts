/**
 * The one parser of clause files: YAML front matter between two "---" lines, then the clause text.
 * Used by the library (workspace clauses) and, compiled, by scripts/generate-corpus.mjs (built-in
 * clauses). Pure: no file system, so it also bundles for VS Code for the Web.
 */
import { parse } from 'yaml';
import type { AdaptationRole, ClauseRecord, ClauseUse, VerifiedSource } from './types.js';

/** Rule ids from DESIGN.md, section 2; a clause's `defects` must use them. */
export const RULE_IDS = [
  'closed-offence-list',
  'duress-threshold',
  'defendant-burden',
  'missing-child-provision',
  'discretionary-protection',
  'criminal-liability-only',
  'discriminatory-scope',
  'conditional-protection',
  'serious-offence-exclusion',
  'missing-record-relief',
  'missing-non-punishment-provision',
  'definition-lacks-forced-criminality',
] as const;

const KINDS = ['statute', 'model-law', 'treaty', 'directive', 'guidance', 'drafting-pattern', 'case-law', 'bilateral-agreement'] as const;
const NEXUS = ['causation', 'compulsion', 'none', 'n/a'] as const;
const SCOPES = ['open', 'closed', 'n/a'] as const;
const USES: readonly ClauseUse[] = ['model', 'note', 'comparison'];
const ROLES: readonly AdaptationRole[] = ['victim-term', 'child-term', 'child-definition', 'provision-reference', 'cross-reference', 'placeholder'];
const REQUIRED = ['id', 'title', 'jurisdiction', 'instrument', 'pinpoint', 'kind', 'citation', 'verbatim'] as const;
const ALLOWED = new Set<string>([
  ...REQUIRED, 'year', 'nexus', 'scope', 'childLimb', 'sourceUrl', 'verifiedAgainst', 'alsoVerifiedAgainst', 'implements',
  'notes', 'tags', 'defects', 'remedies', 'fragment', 'prefix', 'heading', 'adapt', 'use', 'insertAs',
]);

/** A clause file that cannot be read; the message starts with the file's name. */
export class ClauseFileError extends Error {
  constructor(readonly file: string, readonly reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'ClauseFileError';
  }
}

type Meta = Record<string, unknown>;

function str(meta: Meta, key: string, fail: (r: string) => never, required = false): string | undefined {
  const v = meta[key];
  if (v === undefined || v === null || v === '') {
    if (required) fail(`the front matter has no "${key}"`);
    return undefined;
  }
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string') fail(`"${key}" must be text`);
  return (v as string).trim();
}

function oneOf<T extends string>(meta: Meta, key: string, allowed: readonly T[], dflt: T, fail: (r: string) => never): T {
  const v = meta[key];
  if (v === undefined || v === null) return dflt;
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
    fail(`"${key}" must be one of ${allowed.join(', ')} (found ${JSON.stringify(v)})`);
  }
  return v as T;
}

function bool(meta: Meta, key: string, dflt: boolean, fail: (r: string) => never): boolean {
  const v = meta[key];
  if (v === undefined || v === null) return dflt;
  if (typeof v !== 'boolean') fail(`"${key}" must be true or false (found ${JSON.stringify(v)})`);
  return v as boolean;
}

function strList(meta: Meta, key: string, fail: (r: string) => never): string[] | undefined {
  const v = meta[key];
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' && typeof x !== 'number')) fail(`"${key}" must be a list of words`);
  return (v as unknown[]).map((x) => String(x).trim());
}

function source(v: unknown, where: string, fail: (r: string) => never): VerifiedSource {
  if (!v || typeof v !== 'object' || Array.isArray(v)) fail(`${where} must have "source" and "pinpoint"`);
  const o = v as Meta;
  const out: VerifiedSource = {
    source: str(o, 'source', (r) => fail(`${where}: ${r}`), true)!,
    pinpoint: str(o, 'pinpoint', (r) => fail(`${where}: ${r}`), true)!,
  };
  for (const k of ['seed', 'note', 'quote'] as const) {
    const s = str(o, k, (r) => fail(`${where}: ${r}`));
    if (s !== undefined) out[k] = s;
  }
  const extra = Object.keys(o).filter((k) => !['source', 'pinpoint', 'seed', 'note', 'quote'].includes(k));
  if (extra.length) fail(`${where} has unknown field(s) ${extra.map((k) => `"${k}"`).join(', ')}`);
  return out;
}

/**
 * Parses one clause file. Throws a ClauseFileError naming `name` when the file is not a valid
 * clause (no front matter, bad YAML, a missing or mistyped field, no text).
 */
export function parseClauseFile(sourceText: string, name = 'clause', origin: ClauseRecord['origin'] = 'built-in'): ClauseRecord {
  const fail = (reason: string): never => {
    throw new ClauseFileError(name, reason);
  };
  const src = sourceText.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const m = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n([\s\S]*))?$/.exec(src);
  if (!m) fail('a clause file starts with front matter between two "---" lines');
  let meta: unknown;
  try {
    meta = parse(m![1]!);
  } catch (e) {
    fail(`the front matter is not valid YAML (${String((e as Error).message).split('\n')[0]})`);
  }
  if (!meta || typeof meta !== 'object' || Array.isArray(meta)) fail('the front matter is empty or not a list of "key: value" lines');
  const md = meta as Meta;
  const unknown = Object.keys(md).filter((k) => !ALLOWED.has(k));
  if (unknown.length) fail(`unknown field(s) ${unknown.map((k) => `"${k}"`).join(', ')} (allowed: ${[...ALLOWED].join(', ')})`);
  for (const k of REQUIRED) if (md[k] === undefined || md[k] === null || md[k] === '') fail(`the front matter has no "${k}"`);

  const id = str(md, 'id', fail, true)!;
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) fail(`"id" must be lower-case letters, digits and hyphens (found "${id}")`);
  const verbatim = md['verbatim'];
  if (typeof verbatim !== 'boolean') fail('"verbatim" must be true or false');
  const text = (m![2] ?? '').trim();
  if (!text) fail('the clause has no text after the front matter');

  const rec: ClauseRecord = {
    id,
    title: str(md, 'title', fail, true)!,
    jurisdiction: str(md, 'jurisdiction', fail, true)!,
    instrument: str(md, 'instrument', fail, true)!,
    pinpoint: str(md, 'pinpoint', fail, true)!,
    kind: oneOf(md, 'kind', KINDS, 'statute', fail),
    nexus: oneOf(md, 'nexus', NEXUS, 'n/a', fail),
    scope: oneOf(md, 'scope', SCOPES, 'n/a', fail),
    childLimb: bool(md, 'childLimb', false, fail),
    citation: str(md, 'citation', fail, true)!,
    verbatim: verbatim as boolean,
    text,
    file: name,
    origin,
  };
  const year = md['year'];
  if (year !== undefined && year !== null) {
    if (typeof year !== 'number' && typeof year !== 'string') fail('"year" must be a number or text');
    rec.year = year as number | string;
  }
  const url = str(md, 'sourceUrl', fail);
  if (url !== undefined) {
    if (!/^https?:\/\/\S+$/.test(url)) fail(`"sourceUrl" must be an http(s) address (found "${url}")`);
    rec.sourceUrl = url;
  }
  if (md['verifiedAgainst'] !== undefined) rec.verifiedAgainst = source(md['verifiedAgainst'], '"verifiedAgainst"', fail);
  if (rec.verbatim && !rec.verifiedAgainst) fail('a clause marked "verbatim: true" needs "verifiedAgainst" (source and pinpoint of the passage it was checked against)');
  if (md['alsoVerifiedAgainst'] !== undefined) {
    const a = md['alsoVerifiedAgainst'];
    if (!Array.isArray(a)) fail('"alsoVerifiedAgainst" must be a list');
    rec.alsoVerifiedAgainst = (a as unknown[]).map((x, i) => source(x, `"alsoVerifiedAgainst" item ${i + 1}`, fail));
  }
  if (md['implements'] !== undefined) {
    const a = md['implements'];
    if (!Array.isArray(a)) fail('"implements" must be a list of { source, pinpoint }');
    rec.implements = (a as unknown[]).map((x, i) => {
      const s = source(x, `"implements" item ${i + 1}`, fail);
      return { source: s.source, pinpoint: s.pinpoint };
    });
  }
  const notes = str(md, 'notes', fail);
  if (notes !== undefined) rec.notes = notes;
  const tags = strList(md, 'tags', fail);
  if (tags) rec.tags = tags;
  const defects = strList(md, 'defects', fail);
  if (defects) {
    const bad = defects.filter((d) => !(RULE_IDS as readonly string[]).includes(d));
    if (bad.length) fail(`unknown rule id(s) in "defects": ${bad.join(', ')} (rule ids: ${RULE_IDS.join(', ')})`);
    rec.defects = defects;
  }
  const remedies = strList(md, 'remedies', fail);
  if (remedies) {
    const bad = remedies.filter((d) => !(RULE_IDS as readonly string[]).includes(d));
    if (bad.length) fail(`unknown rule id(s) in "remedies": ${bad.join(', ')} (rule ids: ${RULE_IDS.join(', ')})`);
    rec.remedies = remedies;
  }
  if (md['fragment'] !== undefined) rec.fragment = bool(md, 'fragment', false, fail);
  const prefix = str(md, 'prefix', fail);
  if (prefix !== undefined) {
    if (/\s/.test(prefix)) fail(`"prefix" must be one word (found "${prefix}")`);
    rec.prefix = prefix;
  }
  const heading = str(md, 'heading', fail);
  if (heading !== undefined) rec.heading = heading;
  if (md['adapt'] !== undefined) {
    const a = md['adapt'];
    if (!Array.isArray(a)) fail('"adapt" must be a list of { find, hint, role }');
    rec.adapt = (a as unknown[]).map((x, i) => {
      if (!x || typeof x !== 'object') fail(`"adapt" item ${i + 1} must be { find, hint, role }`);
      const o = x as Meta;
      const extra = Object.keys(o).filter((k) => !['find', 'hint', 'role'].includes(k));
      if (extra.length) fail(`"adapt" item ${i + 1} has unknown field(s) ${extra.map((k) => `"${k}"`).join(', ')} (allowed: find, hint, role)`);
      const find = str(o, 'find', (r) => fail(`"adapt" item ${i + 1}: ${r}`), true)!;
      if (!text.includes(find)) fail(`"adapt" item ${i + 1}: the text does not contain "${find}"`);
      const hint = str(o, 'hint', (r) => fail(`"adapt" item ${i + 1}: ${r}`));
      const role = o['role'] === undefined ? undefined : oneOf(o, 'role', ROLES, 'placeholder', (r) => fail(`"adapt" item ${i + 1}: ${r}`));
      return { find, ...(hint === undefined ? {} : { hint }), ...(role === undefined ? {} : { role }) };
    });
  }
  if (md['use'] !== undefined) rec.use = oneOf(md, 'use', USES, 'model', fail);
  if (md['insertAs'] !== undefined) rec.insertAs = oneOf(md, 'insertAs', ['section', 'subsection'] as const, 'section', fail);
  if (rec.verbatim && rec.kind === 'drafting-pattern') fail('a drafting pattern is the project\'s own wording: it cannot be "verbatim: true"');
  return rec;
}
