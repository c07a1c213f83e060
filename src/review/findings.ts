/**
 * Findings across two versions of a bill: which an amendment introduced, which it resolved and
 * which it left. A finding's identity never depends on its line: findings are matched by their
 * fingerprint (rule, provision title, flagged words), then, within provisions matched across the
 * versions (provisions.ts), by rule and words, then by rule and similar words (the same defect
 * in a reworded passage), and last as the one finding of its rule left in the provision on each side.
 *
 * Findings silenced by a suppression (<!-- np-lint-disable… -- reason -->) are still findings
 * here: a defect silenced in the new version is not resolved, it is a recorded deviation, and the
 * review says so with the reason.
 */
import { lint, SectionCache, type Finding, type LintConfig, type LintResult, type OutlineEntry, type Suppression } from '../engine/index.js';
import { normaliseWords } from '../engine/fingerprint.js';
import type { ProvisionMatch } from './provisions.js';
import { similarity } from './similarity.js';

export interface VersionFindings {
  text: string;
  /** What lint() returns for the text as written (silenced findings absent). */
  result: LintResult;
  /** Every finding, silenced ones included, in document order. */
  findings: Finding[];
  /** For each of `findings`, the suppression that silences it in this version, if any. */
  suppressedBy: (Suppression | undefined)[];
}

/** The text with the given directives made inert: their words blanked inside the comment, every offset kept. */
function withoutDirectives(text: string, sups: readonly Suppression[]): string {
  if (!sups.length) return text;
  const chars = text.split('');
  for (const s of sups) {
    for (let i = s.range.start.offset + 4; i < s.range.end.offset - 3 && i < chars.length; i++) {
      if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
    }
  }
  return chars.join('');
}

const idOf = (f: Finding) => `${f.ruleId}\u0000${f.range.start.offset}\u0000${f.range.end.offset}`;

/**
 * Lints one version of a bill twice: as written, and with its suppressions lifted, so that the
 * findings a suppression silences are known with the suppression that silences each.
 */
export function lintVersion(text: string, options: { config?: LintConfig; cache?: SectionCache } = {}): VersionFindings {
  // One cache for the lints of this version: lifting a suppression changes one section only.
  const lintOpts = { config: options.config ?? {}, cache: options.cache ?? new SectionCache() };
  const result = lint(text, lintOpts);
  const used = result.suppressions.filter((s) => s.used > 0);
  if (!used.length) return { text, result, findings: result.findings, suppressedBy: result.findings.map(() => undefined) };
  const shown = new Set(result.findings.map(idOf));
  const all = lint(withoutDirectives(text, result.suppressions), lintOpts).findings;
  const silenced = new Map<string, Suppression>();
  if (used.length === 1) {
    for (const f of all) if (!shown.has(idOf(f))) silenced.set(idOf(f), used[0]!);
  } else {
    // Lift one suppression at a time to see which findings each one silences.
    for (const s of used) {
      for (const f of lint(withoutDirectives(text, [s]), lintOpts).findings) {
        if (!shown.has(idOf(f)) && !silenced.has(idOf(f))) silenced.set(idOf(f), s);
      }
    }
    for (const f of all) {
      if (shown.has(idOf(f)) || silenced.has(idOf(f))) continue;
      // Silenced by two overlapping suppressions at once: name the first that covers its rule.
      const s = used.find((x) => x.ruleIds.includes(f.ruleId) || x.ruleIds.includes('all'));
      if (s) silenced.set(idOf(f), s);
    }
  }
  return { text, result, findings: all, suppressedBy: all.map((f) => silenced.get(idOf(f))) };
}

/**
 * The outline entry a finding is about: the section whose heading is the finding's provision
 * heading, else the section the finding stands in; -1 for a finding about the bill as a whole.
 */
export function entryOf(outline: readonly OutlineEntry[], f: Finding): number {
  if (f.provisionRange) {
    const at = f.provisionRange.start.offset;
    const i = outline.findIndex((e) => e.headingStart === at && e.headingEnd > e.headingStart);
    if (i >= 0) return i;
  }
  if (!f.provision) return -1;
  const at = f.range.start.offset;
  return outline.findIndex((e) => e.start <= at && at < e.end);
}

export interface ClassifyInput {
  text: string;
  outline: readonly OutlineEntry[];
  findings: readonly Finding[];
}

export interface Classification {
  /** Indices into the new version's findings. */
  introduced: number[];
  /** Indices into the old version's findings. */
  resolved: number[];
  /** [old index, new index] pairs: the same defect in both versions. */
  unchanged: [number, number][];
  /** For each finding of each version, the outline entry it is about (-1: the bill as a whole). */
  oldEntries: number[];
  newEntries: number[];
}

/** Similarity of flagged words above which a finding of the same rule in the same provision is the same defect, reworded. */
export const SAME_DEFECT = 0.5;

/** Classifies every finding of two versions, given how their provisions match. */
export function classifyFindings(oldV: ClassifyInput, newV: ClassifyInput, matches: readonly ProvisionMatch[]): Classification {
  const oldToNew = new Map<number, number>();
  for (const m of matches) if (m.old !== undefined && m.new !== undefined) oldToNew.set(m.old, m.new);
  const oldEntries = oldV.findings.map((f) => entryOf(oldV.outline, f));
  const newEntries = newV.findings.map((f) => entryOf(newV.outline, f));
  // Where an old finding's provision is in the new version: -1 stays -1 (the bill as a whole);
  // a provision that was removed has no place (-2), so nothing there can match by place.
  const placeOfOld = (k: number) => (oldEntries[k] === -1 ? -1 : oldToNew.get(oldEntries[k]!) ?? -2);
  // A finding on the provision's heading (a provision-level defect) is about the provision, whatever its heading says.
  const onHeading = (f: Finding) => !!f.provisionRange && f.provisionRange.start.offset === f.range.start.offset && f.provisionRange.end.offset === f.range.end.offset;
  const wordsOf = (v: ClassifyInput, f: Finding) => (onHeading(f) ? '\u0001the provision' : normaliseWords(v.text.slice(f.range.start.offset, f.range.end.offset)));
  const oldWords = oldV.findings.map((f) => wordsOf(oldV, f));
  const newWords = newV.findings.map((f) => wordsOf(newV, f));

  const oldDone = new Array<number>(oldV.findings.length).fill(-1);
  const newDone = new Array<number>(newV.findings.length).fill(-1);
  const pair = (i: number, j: number) => {
    oldDone[i] = j;
    newDone[j] = i;
  };
  const matchBy = (keyOld: (i: number) => string | undefined, keyNew: (j: number) => string | undefined) => {
    const waiting = new Map<string, number[]>();
    oldV.findings.forEach((_, i) => {
      if (oldDone[i] !== -1) return;
      const k = keyOld(i);
      if (k === undefined) return;
      const l = waiting.get(k);
      if (l) l.push(i);
      else waiting.set(k, [i]);
    });
    newV.findings.forEach((_, j) => {
      if (newDone[j] !== -1) return;
      const k = keyNew(j);
      if (k === undefined) return;
      const i = waiting.get(k)?.find((x) => oldDone[x] === -1);
      if (i !== undefined) pair(i, j);
    });
  };

  // 1. The same fingerprint, unless the two stand in provisions matched to others.
  matchBy(
    (i) => oldV.findings[i]!.fingerprint,
    (j) => newV.findings[j]!.fingerprint,
  );
  const matchedNew = new Set(oldToNew.values());
  for (let j = 0; j < newDone.length; j++) {
    const i = newDone[j]!;
    if (i === -1) continue;
    const place = placeOfOld(i);
    const here = newEntries[j]!;
    // Both provisions matched, but not to each other: the same words in two different provisions.
    if (place >= 0 && here >= 0 && place !== here && matchedNew.has(here)) {
      oldDone[i] = -1;
      newDone[j] = -1;
    }
  }
  // 2. The same rule and words in matched provisions (a changed heading changes the fingerprint).
  matchBy(
    (i) => (placeOfOld(i) === -2 ? undefined : `${oldV.findings[i]!.ruleId}\u0000${placeOfOld(i)}\u0000${oldWords[i]}`),
    (j) => `${newV.findings[j]!.ruleId}\u0000${newEntries[j]}\u0000${newWords[j]}`,
  );
  // 3. The same rule and severity in matched provisions, with similar words: the same defect, reworded.
  const cands: { i: number; j: number; s: number }[] = [];
  const groupKey = (f: Finding, place: number) => `${f.ruleId}\u0000${f.severity}\u0000${place}`;
  const newGroups = new Map<string, number[]>();
  newV.findings.forEach((b, j) => {
    if (newDone[j] !== -1) return;
    const k = groupKey(b, newEntries[j]!);
    const g = newGroups.get(k);
    if (g) g.push(j);
    else newGroups.set(k, [j]);
  });
  oldV.findings.forEach((a, i) => {
    if (oldDone[i] !== -1 || placeOfOld(i) === -2) return;
    for (const j of newGroups.get(groupKey(a, placeOfOld(i))) ?? []) {
      const s = similarity(oldWords[i]!, newWords[j]!);
      if (s >= SAME_DEFECT) cands.push({ i, j, s });
    }
  });
  cands.sort((x, y) => y.s - x.s || x.i - y.i || x.j - y.j);
  for (const c of cands) if (oldDone[c.i] === -1 && newDone[c.j] === -1) pair(c.i, c.j);
  // 4. The one finding of a rule and severity left in a provision on each side: the same
  //    provision-level defect, now found in other words (a duress test that remains after one of
  //    its limbs was omitted). A change of severity is a different finding.
  const leftKey = (ruleId: string, severity: string, place: number) => `${ruleId}\u0000${severity}\u0000${place}`;
  const oldLeft = new Map<string, number[]>();
  oldV.findings.forEach((f, i) => {
    if (oldDone[i] !== -1 || placeOfOld(i) < 0) return;
    const k = leftKey(f.ruleId, f.severity, placeOfOld(i));
    oldLeft.set(k, [...(oldLeft.get(k) ?? []), i]);
  });
  const newLeft = new Map<string, number[]>();
  newV.findings.forEach((f, j) => {
    if (newDone[j] !== -1 || newEntries[j]! < 0) return;
    const k = leftKey(f.ruleId, f.severity, newEntries[j]!);
    newLeft.set(k, [...(newLeft.get(k) ?? []), j]);
  });
  for (const [k, is] of oldLeft) {
    const js = newLeft.get(k);
    if (is.length === 1 && js?.length === 1) pair(is[0]!, js[0]!);
  }

  return {
    introduced: newDone.map((i, j) => (i === -1 ? j : -1)).filter((j) => j >= 0),
    resolved: oldDone.map((j, i) => (j === -1 ? i : -1)).filter((i) => i >= 0),
    unchanged: oldDone.map((j, i) => [i, j] as [number, number]).filter(([, j]) => j >= 0).sort((x, y) => x[1] - y[1]),
    oldEntries,
    newEntries,
  };
}
