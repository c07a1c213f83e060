/**
 * Edit distance between two strings, compared without regard to case: insertions, deletions,
 * substitutions and swaps of two neighbouring letters ("modle" for "model") each cost 1
 * (the optimal string alignment form of the Damerau-Levenshtein distance).
 */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const d: number[][] = Array.from({ length: s.length + 1 }, (_, i) => Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[s.length]![t.length]!;
}

/**
 * The candidate a misspelt word was most likely meant to be ("closed-offense-list" gives
 * "closed-offence-list", "warn" gives "warning", "modle" gives "model"), or undefined when none is
 * close: within a third of the word's length in edits (at least one), or a candidate that begins
 * with the word or that the word begins with.
 */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  const w = word.trim();
  if (!w) return undefined;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const d = editDistance(w, c);
    const prefix = c.toLowerCase().startsWith(w.toLowerCase()) || w.toLowerCase().startsWith(c.toLowerCase());
    const score = prefix && Math.min(w.length, c.length) >= 3 ? Math.min(d, 1) : d;
    if (score < bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best !== undefined && bestScore > 0 && bestScore <= Math.max(1, Math.floor(Math.max(w.length, 3) / 3)) ? best : undefined;
}
