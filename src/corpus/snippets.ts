/**
 * VS Code snippets for the model clauses (snippets/markdown.json), generated from the corpus by
 * `npm run generate`. One snippet per clause that is not a fragment: the section number, heading
 * and the words a drafter adapts (the Act's name, cross-references) are placeholders whose default
 * is the clause's own wording; the citation comes last as a Markdown footnote. Pure.
 */
import { renderClause } from './render.js';
import type { ClauseRecord } from './types.js';

export interface Snippet {
  prefix: string;
  description: string;
  body: string[];
}

const OPEN = '\uE000';
const CLOSE = '\uE001';

function escapeSnippet(s: string): string {
  return s.replace(/[\\$}]/g, (c) => `\\${c}`);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The snippet for one clause. */
export function clauseSnippet(clause: ClauseRecord): Snippet {
  const defaults: string[] = ['N', clause.heading ?? clause.title];
  const mark = (k: number) => `${OPEN}${k}${CLOSE}`;
  const r = renderClause(clause, { style: 'bold', number: mark(1), title: mark(2), citation: 'footnote' });
  let body = r.body;
  // The adaptable words, longest first, each becoming one (mirrored) placeholder.
  // Placeholders are numbered in the order the clause file lists them; words the text does not
  // contain are skipped.
  const finds = [...new Set((clause.adapt ?? []).map((a) => a.find))].filter((f) => body.includes(f));
  if (finds.length) {
    const slot = new Map<string, number>();
    for (const f of finds) {
      defaults.push(f);
      slot.set(f, defaults.length);
    }
    const longestFirst = [...finds].sort((a, b) => b.length - a.length);
    const re = new RegExp(longestFirst.map(escapeRegExp).join('|'), 'g');
    body = body.replace(re, (m) => mark(slot.get(m)!));
  }
  const text = `${body}\n\n${r.citation}`;
  const snippetText = escapeSnippet(text).replace(new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g'), (_m, k: string) => {
    const n = Number(k);
    return `\${${n}:${escapeSnippet(defaults[n - 1]!)}}`;
  });
  return {
    prefix: clause.prefix ?? `np-${clause.id}`,
    description: `${clause.title} — ${clause.citation}`,
    body: snippetText.split('\n'),
  };
}

/** The snippets file's content (JSON, keyed by clause title). */
export function renderSnippets(clauses: readonly ClauseRecord[]): string {
  const out: Record<string, Snippet> = {};
  const prefixes = new Map<string, string>();
  for (const c of clauses) {
    if (c.fragment) continue;
    const s = clauseSnippet(c);
    const clash = prefixes.get(s.prefix);
    if (clash) throw new Error(`snippet prefix "${s.prefix}" is used by both ${clash} and ${c.id}`);
    prefixes.set(s.prefix, c.id);
    const key = out[c.title] ? `${c.title} (${c.id})` : c.title;
    out[key] = s;
  }
  return `${JSON.stringify(out, null, 2)}\n`;
}
