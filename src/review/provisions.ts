/**
 * Which provision of one version of a bill is which provision of another: matched by number and
 * heading, and by their words when the numbers changed (renumbering), when a heading was reworded
 * or when a section was moved. Works on the outline the engine returns with its findings.
 */
import type { OutlineEntry } from '../engine/index.js';
import { normaliseWords } from '../engine/fingerprint.js';
import { bagOf, diceOfBags, words } from './similarity.js';

/** The contract's names for what happened to a provision (np-lint review --format json). */
export type ProvisionChange = 'modified' | 'added' | 'removed' | 'moved' | 'unchanged';

export interface ProvisionMatch {
  /** Index into the old version's outline; absent when the provision was added. */
  old?: number;
  /** Index into the new version's outline; absent when the provision was removed. */
  new?: number;
  /**
   * 'unchanged': the same words (its number aside) in the same order relative to the others;
   * 'moved': the same words, placed elsewhere; 'modified': words changed (it may also have moved:
   * see `relocated`); 'added' / 'removed': no counterpart.
   */
  change: ProvisionChange;
  /** Its number changed (the old and new names differ). */
  renumbered: boolean;
  /** The words of its heading (after the number) changed. */
  retitled: boolean;
  /** Out of its old order relative to the other matched provisions. */
  relocated: boolean;
}

export interface Version {
  text: string;
  outline: readonly OutlineEntry[];
}

interface Side {
  entry: OutlineEntry;
  title: string;
  body: string;
  content: string;
  bag?: Map<string, number>;
  size?: number;
  headless: boolean;
}

function sideOf(text: string, e: OutlineEntry): Side {
  const headless = e.headingEnd <= e.headingStart;
  const title = normaliseWords(e.title).replace(/[.\s]+$/, '');
  const body = normaliseWords(text.slice(headless ? e.start : e.headingEnd, e.end));
  return { entry: e, title, body, content: `${title}\n${body}`, headless };
}

function bag(s: Side): { bag: Map<string, number>; size: number } {
  if (!s.bag) {
    const ws = words(s.content);
    s.bag = bagOf(ws);
    s.size = ws.length;
  }
  return { bag: s.bag, size: s.size! };
}

function score(a: Side, b: Side): number {
  const x = bag(a);
  const y = bag(b);
  return diceOfBags(x.bag, y.bag, x.size, y.size);
}

/** Indices (into `seq`) of one longest strictly increasing subsequence. */
function longestIncreasing(seq: readonly number[]): Set<number> {
  const tails: number[] = [];
  const prev: number[] = new Array(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]!]! < seq[i]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const out = new Set<number>();
  for (let k = tails.length ? tails[tails.length - 1]! : -1; k >= 0; k = prev[k]!) out.add(k);
  return out;
}

/** Similarity (Dice coefficient of words) above which a provision whose number and heading both changed is still the same provision. */
export const SAME_PROVISION = 0.6;
/** The lower bar for a provision that kept its number but changed its heading. */
export const SAME_NUMBER_PROVISION = 0.4;
/** Beyond this many unmatched pairs to compare, matching by words is skipped (a wholesale rewrite). */
const MAX_COMPARISONS = 250_000;

/**
 * Matches the provisions (outline entries) of two versions of a bill and says what happened to
 * each. The result lists every provision once, in the new version's order, with each removed
 * provision placed after the provision that preceded it in the old version.
 */
export function matchProvisions(oldV: Version, newV: Version): ProvisionMatch[] {
  const olds = oldV.outline.map((e) => sideOf(oldV.text, e));
  const news = newV.outline.map((e) => sideOf(newV.text, e));
  const oldTo = new Array<number>(olds.length).fill(-1);
  const newTo = new Array<number>(news.length).fill(-1);
  const pair = (i: number, j: number) => {
    oldTo[i] = j;
    newTo[j] = i;
  };
  const compatible = (a: Side, b: Side) => a.entry.container === b.entry.container && a.headless === b.headless;

  /** Pairs the still-unmatched entries that share a key, in document order. */
  const byKey = (key: (s: Side) => string | undefined) => {
    const waiting = new Map<string, number[]>();
    olds.forEach((s, i) => {
      if (oldTo[i] !== -1) return;
      const k = key(s);
      if (k === undefined) return;
      const list = waiting.get(k);
      if (list) list.push(i);
      else waiting.set(k, [i]);
    });
    news.forEach((s, j) => {
      if (newTo[j] !== -1) return;
      const k = key(s);
      if (k === undefined) return;
      const list = waiting.get(k);
      const i = list?.find((x) => oldTo[x] === -1 && compatible(olds[x]!, s));
      if (i !== undefined) pair(i, j);
    });
  };

  const kind = (s: Side) => `${s.entry.container ? 'c' : 's'}${s.headless ? 'h' : ''}`;
  // 1. The same words (numbers aside): unchanged, renumbered or moved.
  byKey((s) => `${kind(s)}\u0000${s.content}`);
  // 2. The same number and heading: changed in its words.
  byKey((s) => (s.entry.number ? `${kind(s)}\u0000${s.entry.number.toLowerCase()}\u0000${s.title}` : undefined));
  // 3. The same heading under another number: renumbered, and perhaps changed.
  byKey((s) => (s.title ? `${kind(s)}\u0000${s.title}` : undefined));
  // 4. The text before the first heading, and headings without a number, by their place.
  byKey((s) => (s.headless ? 'headless' : undefined));

  // 5. By their words: first among provisions that kept their number, then among all.
  const unOld = () => olds.map((_, i) => i).filter((i) => oldTo[i] === -1);
  const unNew = () => news.map((_, j) => j).filter((j) => newTo[j] === -1);
  const bestFirst = (threshold: number, admissible: (a: Side, b: Side) => boolean) => {
    const is = unOld();
    const js = unNew();
    if (!is.length || !js.length || is.length * js.length > MAX_COMPARISONS) return;
    const cands: { i: number; j: number; s: number }[] = [];
    for (const i of is) {
      for (const j of js) {
        const a = olds[i]!;
        const b = news[j]!;
        if (!compatible(a, b) || !admissible(a, b)) continue;
        const s = score(a, b);
        if (s >= threshold) cands.push({ i, j, s });
      }
    }
    cands.sort((x, y) => y.s - x.s || x.i - y.i || x.j - y.j);
    for (const c of cands) if (oldTo[c.i] === -1 && newTo[c.j] === -1) pair(c.i, c.j);
  };
  bestFirst(SAME_NUMBER_PROVISION, (a, b) => !!a.entry.number && a.entry.number.toLowerCase() === b.entry.number.toLowerCase());
  bestFirst(SAME_PROVISION, () => true);

  // Which matched provisions kept their order: the longest run in both orders.
  const matchedNew = news.map((_, j) => j).filter((j) => newTo[j] !== -1);
  const inOrder = longestIncreasing(matchedNew.map((j) => newTo[j]!));
  const relocatedNew = new Set(matchedNew.filter((_, k) => !inOrder.has(k)));

  const rows: { key: [number, number, number]; m: ProvisionMatch }[] = [];
  news.forEach((b, j) => {
    const i = newTo[j]!;
    if (i === -1) {
      rows.push({ key: [j, 0, 0], m: { new: j, change: 'added', renumbered: false, retitled: false, relocated: false } });
      return;
    }
    const a = olds[i]!;
    const relocated = relocatedNew.has(j);
    const same = a.content === b.content;
    rows.push({
      key: [j, 0, 0],
      m: {
        old: i,
        new: j,
        change: same ? (relocated ? 'moved' : 'unchanged') : 'modified',
        renumbered: a.entry.number.toLowerCase() !== b.entry.number.toLowerCase(),
        retitled: a.title !== b.title,
        relocated,
      },
    });
  });
  olds.forEach((_, i) => {
    if (oldTo[i] !== -1) return;
    let anchor = -1;
    for (let k = i - 1; k >= 0; k--) {
      if (oldTo[k] !== -1) {
        anchor = oldTo[k]!;
        break;
      }
    }
    rows.push({ key: [anchor, 1, i], m: { old: i, change: 'removed', renumbered: false, retitled: false, relocated: false } });
  });
  rows.sort((x, y) => x.key[0] - y.key[0] || x.key[1] - y.key[1] || x.key[2] - y.key[2]);
  return rows.map((r) => r.m);
}
