/**
 * Renders a clause for insertion into a bill: the text adapted to the bill's numbering style, and the
 * citation carried with it as a Markdown footnote or as a drafting note. The citation is never
 * dropped. Pure.
 */
import type { ClauseRecord } from './types.js';

/**
 * - `bold`: `**15. Title.** Text` (a section in bold-heading style)
 * - `heading`: `## 15. Title` then the text (a section in Markdown-heading style)
 * - `subsection`: `(3) Text`, the clause's own subsections renumbered from the given number
 * - `plain`: the text as it is (fragments, or where the drafter numbers it)
 */
export type NumberingStyle = 'bold' | 'heading' | 'subsection' | 'plain';

export interface RenderOptions {
  style?: NumberingStyle;
  /** Section number (bold, heading) or first subsection number (subsection). */
  number?: string | number;
  /** Section title; defaults to the clause's suggested heading, else its title. */
  title?: string;
  /** "Section" or "Article" when the bill writes "Section 15 — Title"; empty for "15. Title". */
  keyword?: string;
  /** Markdown heading level for the `heading` style (default 2). */
  headingLevel?: number;
  /** How the citation travels with the clause (default footnote). */
  citation?: 'footnote' | 'note';
  /** Footnote label (default the clause's snippet prefix, else "np-" + id). */
  footnoteLabel?: string;
  /** Replacements for the words a drafter adapts (keys are the clause's `adapt` words). */
  replace?: Record<string, string>;
}

export interface RenderedClause {
  /** The clause as it goes into the bill (with the footnote reference when `citation` is footnote). */
  body: string;
  /** The footnote definition (`[^label]: ...`) or the drafting note (`> Drafting note: ...`). */
  citation: string;
  /** body, a blank line, then citation: what to insert when the two go together. */
  text: string;
  footnoteLabel?: string;
}

export function footnoteLabelFor(clause: ClauseRecord): string {
  return clause.prefix ?? `np-${clause.id}`;
}

/** The words of the citation a clause carries into a bill (without footnote or note markup). */
export function citationText(clause: ClauseRecord, adaptations: string[] = []): string {
  let s = clause.citation.replace(/[.\s]+$/, '') + '.';
  if (clause.sourceUrl) s += ` <${clause.sourceUrl}>`;
  if (clause.verbatim) {
    s += ' Verbatim text';
    s += adaptations.length ? `, adapted for this bill: ${adaptations.join('; ')}.` : '.';
  } else if (clause.kind === 'drafting-pattern') {
    s += ' Drafting pattern: the project\'s own wording, not a quotation.';
  } else {
    s += ' Not a verbatim quotation.';
  }
  if (clause.origin === 'workspace') s += ' From the drafting office\'s clause library.';
  return s;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Replaces the clause's adaptable words; longer words first, never inside an earlier replacement. */
export function applyReplacements(text: string, replace: Record<string, string>): { text: string; changed: boolean } {
  const keys = Object.keys(replace).filter((k) => k && replace[k] !== undefined && replace[k] !== k);
  if (!keys.length) return { text, changed: false };
  keys.sort((a, b) => b.length - a.length);
  const re = new RegExp(keys.map(escapeRegExp).join('|'), 'g');
  let changed = false;
  const out = text.replace(re, (m) => {
    changed = true;
    return replace[m]!;
  });
  return { text: out, changed };
}

const SUBSECTION_START = /^\((\d+)\)\s+/;
/** A block that continues the subsection before it: "(a) ...", "(ii) ...", or words in lower case. */
const CONTINUATION = /^(\([a-z]{1,5}\)\s|\p{Ll})/u;

/** The clause's subsections: blocks separated by blank lines, "(a)" paragraphs kept with their subsection. */
function subsections(text: string): string[][] {
  const blocks = text.split(/\n[ \t]*\n/).map((p) => p.trim()).filter(Boolean);
  const groups: string[][] = [];
  for (const b of blocks) {
    if (groups.length && CONTINUATION.test(b) && !SUBSECTION_START.test(b)) groups[groups.length - 1]!.push(b);
    else groups.push([b]);
  }
  return groups;
}

const join = (groups: string[][]) => groups.map((g) => g.join('\n\n')).join('\n\n');

/** Renumbers "(1)", "(2)"... subsections from `first`, and the clause's own "subsection (n)" references. */
function renumber(groups: string[][], first: number): { groups: string[][]; added: boolean } {
  const numbered = groups.every((g) => SUBSECTION_START.test(g[0]!));
  if (!numbered) {
    return { groups: groups.map((g, i) => [`(${first + i}) ${g[0]}`, ...g.slice(1)]), added: true };
  }
  const map = new Map<string, string>();
  groups.forEach((g, i) => map.set(SUBSECTION_START.exec(g[0]!)![1]!, String(first + i)));
  const refs = /\bsubsections? \(\d+\)(?:(?:,| or| and| to|, or|, and) \(\d+\))*/g;
  const fix = (b: string) => b.replace(refs, (ref) => ref.replace(/\((\d+)\)/g, (_m, n: string) => `(${map.get(n) ?? n})`));
  const out = groups.map((g) => g.map((b, k) => fix(k === 0 ? b.replace(SUBSECTION_START, (_m, n: string) => `(${map.get(n) ?? n}) `) : b)));
  return { groups: out, added: false };
}

/** Sentence form for a quotation that a source gives in lower case without a full stop. */
function sentenceForm(text: string, adaptations: string[]): string {
  let t = text;
  const first = t.charAt(0);
  if (first && first !== first.toUpperCase() && /\p{Ll}/u.test(first)) {
    t = first.toUpperCase() + t.slice(1);
    adaptations.push('initial capital added');
  }
  if (!/[.;:!?"'”’)\]]$/.test(t)) {
    t += '.';
    adaptations.push('final full stop added');
  }
  return t;
}

/** Renders a clause for insertion into a bill. */
export function renderClause(clause: ClauseRecord, options: RenderOptions = {}): RenderedClause {
  const style: NumberingStyle = options.style ?? (clause.fragment ? 'plain' : 'bold');
  const adaptations: string[] = [];
  let text = clause.text;
  if (options.replace) {
    const r = applyReplacements(text, options.replace);
    text = r.text;
    if (r.changed) adaptations.push('cross-references and names adapted');
  }
  if (style !== 'plain') text = sentenceForm(text, adaptations);
  let groups = subsections(text);
  const label = options.footnoteLabel ?? footnoteLabelFor(clause);
  const ref = options.citation === 'note' ? '' : `[^${label}]`;
  const title = (options.title ?? clause.heading ?? clause.title).replace(/[.\s]+$/, '');
  const num = options.number === undefined || options.number === '' ? '' : String(options.number);
  const keyword = options.keyword?.trim() ?? '';
  let body: string;
  switch (style) {
    case 'subsection': {
      const first = Number.parseInt(num || '1', 10);
      const r = renumber(groups, Number.isFinite(first) ? first : 1);
      if (r.added && clause.verbatim) adaptations.push('subsection numbers added');
      groups = r.groups;
      body = join(groups);
      break;
    }
    case 'heading': {
      const level = Math.min(6, Math.max(1, options.headingLevel ?? 2));
      const head = num ? (keyword ? `${keyword} ${num} — ${title}` : `${num}. ${title}`) : title;
      body = `${'#'.repeat(level)} ${head}\n\n${join(groups)}`;
      break;
    }
    case 'bold': {
      const head = num ? (keyword ? `**${keyword} ${num} — ${title}.**` : `**${num}. ${title}.**`) : `**${title}.**`;
      const inline = groups.length === 1 && groups[0]!.length === 1 && !SUBSECTION_START.test(groups[0]![0]!);
      body = inline ? `${head} ${groups[0]![0]}` : `${head}\n\n${join(groups)}`;
      break;
    }
    default:
      body = join(groups);
  }
  body += ref;
  const words = citationText(clause, adaptations);
  const citation = options.citation === 'note' ? `> Drafting note: ${words}` : `[^${label}]: ${words}`;
  return {
    body,
    citation,
    text: `${body}\n\n${citation}`,
    ...(options.citation === 'note' ? {} : { footnoteLabel: label }),
  };
}

export interface BillNumbering {
  style: 'bold' | 'heading';
  keyword: string;
  headingLevel: number;
  /** The number for a new section inserted at the offset (after the section the offset is in). */
  nextSection: number;
  /** The number for a new subsection of the section the offset is in, when that section has "(n)" subsections. */
  nextSubsection?: number;
}

const ATX_SECTION = /^(#{1,6})[ \t]+(?:(section|article)[ \t]+)?(\d{1,4})[A-Za-z]{0,2}(?:\.|[ \t]*[—–-]|[ \t])/i;
const BOLD_SECTION = /^(?:\*\*|__)[ \t]*(?:(section|article)[ \t]+)?(\d{1,4})[A-Za-z]{0,2}(?:\.|[ \t]*[—–-]|[ \t])/i;

/**
 * Reads how a bill numbers its sections (Markdown headings or bold headings, "15." or
 * "Section 15 —") and which numbers come next at `offset` (default: the end of the bill).
 * Undefined when the bill has no numbered section.
 */
export function detectNumbering(billText: string, offset = billText.length): BillNumbering | undefined {
  let atx = 0;
  let bold = 0;
  let keyword = '';
  let level = 2;
  let current: number | undefined;
  let sectionStart = 0;
  let max = 0;
  let pos = 0;
  for (const line of billText.split('\n')) {
    const start = pos;
    pos += line.length + 1;
    const a = ATX_SECTION.exec(line);
    const b = a ? null : BOLD_SECTION.exec(line);
    const m = a ?? b;
    if (!m) continue;
    const n = Number.parseInt(a ? a[3]! : b![2]!, 10);
    if (a) {
      atx++;
      level = a[1]!.length;
    } else bold++;
    const kw = a ? a[2] : b![1];
    if (kw) keyword = kw.charAt(0).toUpperCase() + kw.slice(1).toLowerCase();
    max = Math.max(max, n);
    if (start < offset) {
      current = n;
      sectionStart = start;
    }
  }
  if (atx + bold === 0) return undefined;
  const out: BillNumbering = {
    style: atx >= bold ? 'heading' : 'bold',
    keyword,
    headingLevel: level,
    nextSection: (current ?? max) + 1,
  };
  if (current !== undefined) {
    const before = billText.slice(sectionStart, offset);
    const subs = [...before.matchAll(/(?:^[ \t]*|\*\*[ \t]*)\((\d+)\)[ \t]/gm)].map((m) => Number.parseInt(m[1]!, 10));
    if (subs.length) out.nextSubsection = Math.max(...subs) + 1;
  }
  return out;
}
