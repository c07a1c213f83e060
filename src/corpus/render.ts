/**
 * Renders a clause for insertion into a bill: the text in the bill's numbering and heading style,
 * adapted to the bill's drafting (its defined terms, quote style, "shall" or "must") where the corpus
 * marks the words to adapt, and the citation carried with it as a Markdown footnote or a drafting note
 * (an HTML comment, which the checks never read as bill text). The citation is never dropped. The
 * places a drafter must adapt become snippet placeholders. Pure.
 */
import type { HeadingForm } from '../engine/drafting/conventions.js';
import type { Adaptation, ClauseRecord } from './types.js';
import { clauseUse } from './use.js';

/**
 * - `bold`: `**15. Title.** Text` (a section in bold-heading style)
 * - `heading`: `## 15. Title` then the text (a section in Markdown-heading style)
 * - `subsection`: `(3) Text`, the clause's own subsections renumbered from the given number
 * - `plain`: the text as it is (fragments, or where the drafter numbers it)
 */
export type NumberingStyle = 'bold' | 'heading' | 'subsection' | 'plain';

/** What the renderer needs to know of the bill to adapt a clause to it (see engine/drafting). */
export interface BillStyle {
  /** The bill's term for the protected person ("victim of trafficking"), and whether it defines it. */
  victimTerm?: { term: string; plural: string; defined?: { section: string } };
  /** The bill's word for a child, and where it defines it (a definition is then never repeated). */
  childTerm?: { term: string; defined?: { section: string; sectionName: string } };
  quotes?: 'curly' | 'straight';
  apostrophe?: 'curly' | 'straight';
  listIntroducer?: string;
  modal?: 'shall' | 'must';
  /** The provision a clause's "this section" means when the clause becomes a section of its own ("section 14"). */
  provisionReference?: string;
}

export interface RenderOptions {
  style?: NumberingStyle;
  /** Section number (bold, heading) or first subsection number (subsection). */
  number?: string | number;
  /** Section title; defaults to the clause's suggested heading (adapted to the bill's term), else its title. */
  title?: string;
  /** "Section" or "Article" when the bill writes "Section 15 — Title"; empty for "15. Title". */
  keyword?: string;
  /** Markdown heading level for the `heading` style (default 2). */
  headingLevel?: number;
  /** The bill's own heading form (engine/drafting): used instead of `style`, `keyword` and `headingLevel` for a section. */
  headingForm?: HeadingForm;
  /** How the citation travels with the clause (default footnote). */
  citation?: 'footnote' | 'note';
  /** Footnote label (default the clause's snippet prefix, else "np-" + id). */
  footnoteLabel?: string;
  /** Replacements for the words a drafter adapts (keys are the clause's `adapt` words). */
  replace?: Record<string, string>;
  /** The bill's drafting, to adapt the clause to (terms, quotes, modal verb). */
  bill?: BillStyle;
  /** Make the section number and the title snippet placeholders too (for snippets written without a bill). */
  headingPlaceholders?: { number: string; title?: string };
}

/** A place in the inserted text a drafter must look at: a snippet placeholder. */
export interface PlaceToAdapt {
  /** The words as inserted there. */
  words: string;
  /** What belongs there, from the corpus ("cross-reference to the bill's trafficking offence"). */
  hint?: string;
  role: Adaptation['role'] | 'number' | 'title';
}

export interface RenderedClause {
  /** The clause as it goes into the bill (with the footnote reference when `citation` is footnote). */
  body: string;
  /** The footnote definition (`[^label]: ...`) or the drafting note (`<!-- Drafting note: ... -->`). */
  citation: string;
  /** body, a blank line, then citation: what to insert when the two go together. */
  text: string;
  /** `text` as a VS Code snippet: the places to adapt are placeholders, repeated words mirrored. */
  snippet: string;
  /** The places to adapt, in tab order (each once). */
  places: PlaceToAdapt[];
  /** What was changed from the source's words to fit the bill, in plain words. */
  adaptations: string[];
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

/** A pattern for the words, whole words only where they begin or end with a letter or digit. */
function wordPattern(words: string): string {
  const start = /^[\p{L}\p{N}]/u.test(words) ? '(?<![\\p{L}\\p{N}])' : '';
  const end = /[\p{L}\p{N}]$/u.test(words) ? '(?![\\p{L}\\p{N}])' : '';
  return `${start}${escapeRegExp(words)}${end}`;
}

/** Replaces the clause's adaptable words; longer words first, never inside an earlier replacement. */
export function applyReplacements(text: string, replace: Record<string, string>): { text: string; changed: boolean } {
  const keys = Object.keys(replace).filter((k) => k && replace[k] !== undefined && replace[k] !== k);
  if (!keys.length) return { text, changed: false };
  keys.sort((a, b) => b.length - a.length);
  const re = new RegExp(keys.map(wordPattern).join('|'), 'gu');
  let changed = false;
  const out = text.replace(re, (m) => {
    changed = true;
    return replace[m]!;
  });
  return { text: out, changed };
}

// Slots: places to adapt, marked in the text being built as \uE000<index>\uE001 so that numbering and
// layout can work on the text around them; filled with their words (text) or as placeholders (snippet).
const OPEN = '\uE000';
const CLOSE = '\uE001';
const SLOT = /\uE000(\d+)\uE001/g;

interface Slot extends PlaceToAdapt {}

const mark = (k: number) => `${OPEN}${k}${CLOSE}`;

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

const SUBSECTION_REFS = /\bsubsections? \(\d+\)(?:(?:,| or| and| to|, or|, and) \(\d+\))*/g;

/** Renumbers "(1)", "(2)"... subsections from `first`, and the clause's own "subsection (n)" references. */
function renumber(groups: string[][], first: number, slots: Slot[]): { groups: string[][]; added: boolean } {
  const numbered = groups.every((g) => SUBSECTION_START.test(g[0]!));
  if (!numbered) {
    return { groups: groups.map((g, i) => [`(${first + i}) ${g[0]}`, ...g.slice(1)]), added: true };
  }
  const map = new Map<string, string>();
  groups.forEach((g, i) => map.set(SUBSECTION_START.exec(g[0]!)![1]!, String(first + i)));
  const fix = (b: string) => b.replace(SUBSECTION_REFS, (ref) => ref.replace(/\((\d+)\)/g, (_m, n: string) => `(${map.get(n) ?? n})`));
  // The clause's own references may sit in a place to adapt ("subsection (1) or (2)").
  for (const s of slots) s.words = fix(s.words);
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
  if (!/[.;:!?"'”’)\]]$/.test(t.replace(SLOT, 'x'))) {
    t += '.';
    adaptations.push('final full stop added');
  }
  return t;
}

const VOWEL_SOUND = /^(?:[aeio]|u(?!ni|s[eu]|ro)|hon|hour|heir)/i;

/** "a" or "an" before a replaced term, by its first sound. */
function fixArticle(before: string, words: string): string {
  return before.replace(/\b([Aa])(n?)(\s+)$/, (_m, a: string, _n: string, sp: string) => `${a}${VOWEL_SOUND.test(words) ? 'n' : ''}${sp}`);
}

function toStraight(s: string): string {
  return s.replace(/[“”]/g, '"').replace(/(\p{L})’(\p{L})/gu, "$1'$2");
}

function inStyle(bill: BillStyle | undefined, s: string): string {
  if (!bill) return s;
  let out = s;
  if (bill.quotes === 'curly') out = out.replace(/"([^"\n]*)"/g, '“$1”');
  else if (bill.quotes === 'straight') out = out.replace(/[“”]/g, '"');
  // (A place to adapt ends in a marker: "${2:child}'s" is a word with an apostrophe too.)
  if (bill.apostrophe === 'curly') out = out.replace(/([\p{L}\uE001])'(\p{L})/gu, '$1’$2');
  else if (bill.apostrophe === 'straight') out = out.replace(/([\p{L}\uE001])’(\p{L})/gu, "$1'$2");
  return out;
}

function quoted(bill: BillStyle | undefined, words: string): string {
  return bill?.quotes === 'straight' ? `"${words}"` : `“${words}”`;
}

const VICTIM_PLURALS = /\b(?:victims of trafficking(?: in persons)?|victims of human trafficking|trafficked persons|trafficked victims)\b/i;

/** The clause's suggested heading with the bill's term for victims ("Non-liability of trafficked persons"). */
export function adaptedHeading(clause: ClauseRecord, bill?: BillStyle): string {
  const h = (clause.heading ?? clause.title).replace(/[.\s]+$/, '');
  const plural = bill?.victimTerm?.plural;
  return plural ? h.replace(VICTIM_PLURALS, plural) : h;
}

interface Prepared {
  text: string;
  slots: Slot[];
  adaptations: string[];
}

/**
 * Marks the places to adapt in the clause's text and adapts what can be adapted to the bill: its
 * defined terms, an existing definition of "child", its "this section" and the source's own
 * replacements (`replace`); the rest keeps the source's words for the drafter to adapt.
 */
function prepare(clause: ClauseRecord, options: RenderOptions, asSection: boolean): Prepared {
  const adaptations: string[] = [];
  const bill = options.bill;
  let text = clause.text;
  const slots: Slot[] = [];
  const adapt = clause.adapt ?? [];
  // A definition the bill already has is referred to, never repeated.
  for (const a of adapt.filter((x) => x.role === 'child-definition')) {
    const def = bill?.childTerm?.defined;
    if (def) {
      text = text.replace(new RegExp(`\\s*${escapeRegExp(a.find)}`), '');
      adaptations.push(`its own definition of “child” left out, as ${def.sectionName.toLowerCase()} of the bill defines ${quoted(bill, bill!.childTerm!.term)}`);
    }
  }
  if (options.replace) {
    const r = applyReplacements(text, options.replace);
    text = r.text;
    if (r.changed) adaptations.push('cross-references and names adapted');
  }
  const finds = adapt.filter((a) => a.role !== 'child-definition' && text.includes(a.find) && !(options.replace && a.find in options.replace));
  const byFind = new Map<string, number>();
  for (const a of finds) {
    let words = a.find;
    const role = a.role ?? 'placeholder';
    if (role === 'victim-term' && bill?.victimTerm && bill.victimTerm.term !== a.find) {
      words = bill.victimTerm.term;
      adaptations.push(`${quoted(bill, a.find)} replaced by the bill’s ${bill.victimTerm.defined ? 'defined ' : ''}term ${quoted(bill, words)}`);
    } else if (role === 'child-term' && bill?.childTerm?.defined && bill.childTerm.term !== a.find) {
      words = bill.childTerm.term;
      adaptations.push(`${quoted(bill, a.find)} replaced by the bill’s defined term ${quoted(bill, words)}`);
    } else if (role === 'provision-reference' && asSection && bill?.provisionReference) {
      words = bill.provisionReference;
    }
    const slot: Slot = { words, role };
    if (a.hint) slot.hint = a.hint;
    byFind.set(a.find, slots.length);
    slots.push(slot);
  }
  if (byFind.size) {
    const keys = [...byFind.keys()].sort((a, b) => b.length - a.length);
    const re = new RegExp(keys.map(wordPattern).join('|'), 'gu');
    let out = '';
    let last = 0;
    for (const m of text.matchAll(re)) {
      const k = byFind.get(m[0])!;
      out = fixArticle(out + text.slice(last, m.index), slots[k]!.words);
      out += mark(k);
      last = m.index! + m[0].length;
    }
    text = out + text.slice(last);
  }
  // "In this subsection" in a section with no subsections is "In this section".
  if (asSection && adapt.some((a) => a.role === 'child-definition') && !/^\(\d+\)\s/m.test(text)) {
    text = text.replace(/\bIn this subsection\b/g, 'In this section');
  }
  // The project's own wording follows the bill's verb of obligation; a quotation never changes.
  if (clause.kind === 'drafting-pattern' && bill?.modal === 'must') text = text.replace(/\bshall\b/g, 'must');
  if (clause.kind === 'drafting-pattern' && bill?.listIntroducer && bill.listIntroducer !== '—') {
    text = text.replace(/—(?=\s*\n\s*\n?\s*\(a\))/g, bill.listIntroducer);
  }
  return { text, slots, adaptations };
}

/** Fills the places to adapt with their words. */
function fill(text: string, slots: readonly Slot[]): string {
  return text.replace(SLOT, (_m, k: string) => slots[Number(k)]!.words);
}

function escapeSnippet(s: string): string {
  return s.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** The text as a snippet: placeholders numbered in the order they first appear, repeated ones mirrored. */
function snippetOf(text: string, slots: readonly Slot[]): { snippet: string; places: PlaceToAdapt[] } {
  const order = new Map<number, number>();
  const places: PlaceToAdapt[] = [];
  let out = '';
  let last = 0;
  for (const m of text.matchAll(SLOT)) {
    const k = Number(m[1]);
    let n = order.get(k);
    if (n === undefined) {
      n = order.size + 1;
      order.set(k, n);
      places.push({ ...slots[k]! });
    }
    out += escapeSnippet(text.slice(last, m.index)) + `\${${n}:${escapeSnippet(slots[k]!.words)}}`;
    last = m.index! + m[0].length;
  }
  out += escapeSnippet(text.slice(last));
  return { snippet: out, places };
}

/** Renders a clause for insertion into a bill. */
export function renderClause(clause: ClauseRecord, options: RenderOptions = {}): RenderedClause {
  const style: NumberingStyle = options.style ?? (clause.fragment ? 'plain' : options.headingForm?.style === 'atx' ? 'heading' : 'bold');
  const asSection = style === 'bold' || style === 'heading';
  const { text: prepared, slots, adaptations } = prepare(clause, options, asSection);
  let text = prepared;
  if (style !== 'plain') text = sentenceForm(text, adaptations);
  let groups = subsections(text);
  const label = options.footnoteLabel ?? footnoteLabelFor(clause);
  const ref = options.citation === 'note' ? '' : `[^${label}]`;
  let title = (options.title ?? adaptedHeading(clause, options.bill)).replace(/[.\s]+$/, '');
  let num = options.number === undefined || options.number === '' ? '' : String(options.number);
  if (options.headingPlaceholders) {
    slots.push({ words: options.headingPlaceholders.number, role: 'number' });
    num = mark(slots.length - 1);
    slots.push({ words: options.headingPlaceholders.title ?? title, role: 'title' });
    title = mark(slots.length - 1);
  }
  const keyword = options.keyword?.trim() ?? '';
  const form = options.headingForm;
  let body: string;
  if (style === 'subsection' && num.startsWith(OPEN) && groups.length === 1 && !SUBSECTION_START.test(groups[0]![0]!)) {
    // A snippet's subsection number is a placeholder: "(${1:N}) Where ...".
    body = `(${num}) ${groups[0]!.join('\n\n')}`;
  } else if (style === 'subsection') {
    const first = Number.parseInt(num || '1', 10);
    const r = renumber(groups, Number.isFinite(first) ? first : 1, slots);
    if (r.added && clause.verbatim) adaptations.push('subsection numbers added');
    groups = r.groups;
    body = join(groups);
  } else if (style === 'plain') {
    body = join(groups);
  } else {
    let head: string;
    let inline = false;
    if (form && num) {
      head = form.template.replace('{number}', num).replace('{title}', title);
      inline = form.style === 'bold' && form.inline;
    } else if (style === 'heading') {
      const level = Math.min(6, Math.max(1, options.headingLevel ?? 2));
      head = `${'#'.repeat(level)} ${num ? (keyword ? `${keyword} ${num} — ${title}` : `${num}. ${title}`) : title}`;
    } else {
      head = num ? (keyword ? `**${keyword} ${num} — ${title}.**` : `**${num}. ${title}.**`) : `**${title}.**`;
      inline = true;
    }
    const single = groups.length === 1 && groups[0]!.length === 1 && !SUBSECTION_START.test(groups[0]![0]!);
    body = inline && single ? `${head} ${groups[0]![0]}` : `${head}\n\n${join(groups)}`;
  }
  body += ref;
  const words = citationText(clause, adaptations);
  const citation = options.citation === 'note' ? draftingNote(`Drafting note: ${words}`) : `[^${label}]: ${words}`;
  const raw = inStyle(options.bill, `${body}\n\n${citation}`);
  for (const s of slots) s.words = inStyle(options.bill, s.words);
  const { snippet, places } = snippetOf(raw, slots);
  const filled = fill(raw, slots);
  const split = filled.lastIndexOf(`\n\n${inStyle(options.bill, citation)}`);
  return {
    body: filled.slice(0, split),
    citation: filled.slice(split + 2),
    text: filled,
    snippet,
    places,
    adaptations,
    ...(options.citation === 'note' ? {} : { footnoteLabel: label }),
  };
}

/** An HTML comment, which the checks never read as bill text, with nothing in it that could close it early. */
export function draftingNote(words: string): string {
  return `<!-- ${words.replace(/--+>?/g, '—').trim()} -->`;
}

/**
 * A treaty article or a soft-law text, quoted in a drafting note for the drafter's reference: never
 * as an enactable section. The note is an HTML comment, which the checks never read as bill text.
 */
export function renderNote(clause: ClauseRecord, bill?: BillStyle): RenderedClause {
  const words = citationText(clause);
  const what = clauseUse(clause) === 'comparison' ? 'for comparison only, with known defects' : 'for reference; not text to enact';
  const quote = clause.text.replace(/\s*\n\s*\n\s*/g, '\n\n');
  const text = inStyle(bill, draftingNote(`Drafting note (${what}): ${clause.title}:\n\n“${quote}”\n\n${words}`));
  return { body: text, citation: '', text, snippet: escapeSnippet(text), places: [], adaptations: [] };
}

/** The citation in plain straight quotes, for contexts that are not a bill (logs, the command line). */
export function plainCitation(clause: ClauseRecord): string {
  return toStraight(citationText(clause));
}
