/**
 * Clause search with fuse.js over title, jurisdiction, instrument, pinpoint, tags and text, tolerant
 * of typos ("philipines"). A query of several words ranks clauses by how well they match each word,
 * so "model legislative 13" finds the clause that has all three, wherever they are. Pure.
 */
import Fuse from 'fuse.js';
import type { ClauseRecord } from './types.js';

export interface ClauseHit {
  clause: ClauseRecord;
  /** 0 is a perfect match, 1 no match. */
  score: number;
}

export interface SearchOptions {
  /** With an empty query, list first the clauses that put this defect (rule id) right. */
  remedy?: string;
  limit?: number;
}

/** Field weights: what a drafter types is most often a country, an instrument or a topic. */
const KEYS = [
  { name: 'jurisdiction', weight: 4 },
  { name: 'title', weight: 3 },
  { name: 'tags', weight: 3 },
  { name: 'instrument', weight: 2 },
  { name: 'pinpoint', weight: 1.5 },
  { name: 'id', weight: 1 },
  { name: 'prefix', weight: 1 },
  { name: 'text', weight: 1 },
];

/** Words that carry no meaning in a query ("burden of proof"). */
const STOP = new Set(['a', 'an', 'and', 'the', 'of', 'on', 'in', 'to', 'for', 'by', 'or', 'with', 'at', 'from']);

function tokens(query: string): string[] {
  const all = query
    .toLowerCase()
    .split(/\s+/)
    .map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N})]+$/gu, ''))
    .filter((t) => t.length > 0);
  const meaningful = all.filter((t) => !STOP.has(t));
  return meaningful.length ? meaningful : all;
}

export interface ClauseSearch {
  search(query: string, options?: SearchOptions): ClauseHit[];
}

/** Indexes the clauses once; `search` can then be called for every keystroke of a quick pick. */
export function createClauseSearch(clauses: readonly ClauseRecord[]): ClauseSearch {
  const fuse = new Fuse(clauses as ClauseRecord[], {
    keys: KEYS,
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.34,
    minMatchCharLength: 2,
  });
  const order = new Map(clauses.map((c, i) => [c.id, i]));
  return {
    search(query: string, options: SearchOptions = {}): ClauseHit[] {
      const q = query.trim();
      const limit = options.limit ?? Infinity;
      if (!q) {
        const remedy = options.remedy;
        const fits = (c: ClauseRecord) => (remedy && c.remedies?.includes(remedy) && !c.fragment ? 0 : 1);
        const sorted = [...clauses].sort((a, b) => fits(a) - fits(b) || order.get(a.id)! - order.get(b.id)!);
        return sorted.slice(0, limit).map((clause) => ({ clause, score: 0 }));
      }
      // An exact id or snippet prefix wins outright.
      const exact = clauses.find((c) => c.id === q.toLowerCase() || c.prefix === q.toLowerCase());
      const words = tokens(q);
      const perWord = words.map((w) => new Map(fuse.search(w).map((r) => [r.item.id, r.score ?? 1])));
      // The whole query as one pattern too, so that a phrase ("burden of proof") counts as a phrase.
      const phrase = words.length > 1 ? new Map(fuse.search(q).map((r) => [r.item.id, r.score ?? 1])) : undefined;
      const hits: ClauseHit[] = [];
      for (const clause of clauses) {
        const scores = perWord.map((m) => m.get(clause.id));
        const matched = scores.filter((s) => s !== undefined).length;
        const p = phrase?.get(clause.id);
        if (matched === 0 && p === undefined) continue;
        // Every word counts: a word the clause does not match scores 1.
        let score = scores.reduce<number>((sum, s) => sum + (s ?? 1), 0) / scores.length;
        if (p !== undefined) score = (score * 2 + p) / 3;
        hits.push({ clause, score });
      }
      hits.sort((a, b) => a.score - b.score || order.get(a.clause.id)! - order.get(b.clause.id)!);
      if (exact) {
        const i = hits.findIndex((h) => h.clause.id === exact.id);
        if (i >= 0) hits.splice(i, 1);
        hits.unshift({ clause: exact, score: 0 });
      }
      return hits.slice(0, limit);
    },
  };
}

/** One-off search (indexes the clauses each time; use createClauseSearch for repeated queries). */
export function searchClauses(clauses: readonly ClauseRecord[], query: string, options?: SearchOptions): ClauseHit[] {
  return createClauseSearch(clauses).search(query, options);
}
