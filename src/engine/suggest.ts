/**
 * Edit distance (Levenshtein: insertions, deletions, substitutions, each costing 1) between two
 * strings, compared without regard to case.
 */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    for (let j = 1; j <= t.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (s[i - 1] === t[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[t.length]!;
}

/**
 * The candidate a misspelt word was most likely meant to be ("closed-offense-list" gives
 * "closed-offence-list", "warn" gives "warning"), or undefined when none is close: within a third of
 * the word's length in edits, or a candidate that begins with the word or that the word begins with.
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
