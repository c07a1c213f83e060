/**
 * How alike two passages are, by their words: the Dice coefficient of their word multisets
 * (2 × shared words ÷ all words), from 0 (nothing shared) to 1 (the same words, in any order).
 * Word order is ignored on purpose: it tells the same provision after a reworded sentence or a
 * changed heading from a different provision, which share far fewer words.
 */

/** Lower-case words and numbers; Markdown marks, punctuation and white space dropped. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
}

export function bagOf(ws: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of ws) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

/** Dice coefficient of two word multisets; 1 when both are empty. */
export function diceOfBags(a: Map<string, number>, b: Map<string, number>, sizeA: number, sizeB: number): number {
  if (sizeA + sizeB === 0) return 1;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [w, n] of small) shared += Math.min(n, large.get(w) ?? 0);
  return (2 * shared) / (sizeA + sizeB);
}

/** Dice coefficient of the words of two passages. */
export function similarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  return diceOfBags(bagOf(wa), bagOf(wb), wa.length, wb.length);
}
