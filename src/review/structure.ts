/**
 * The parts of a bill an amendment or a review note points at: sections, and inside a section its
 * subsections ("(1)"), paragraphs ("(a)"), sub-paragraphs ("(i)") and definitions, each with its
 * extent as absolute offsets (UTF-16 code units, 0-based, end exclusive). Everything is read from
 * the engine's analysis of the bill (analyseBill); nothing here parses the bill again. This is the
 * only module of src/review that looks inside the engine's section model, so that a change there
 * is made in one place.
 */
import { analyseBill, type LintConfig, type SectionCache } from '../engine/index.js';

export type UnitLevel = 'subsection' | 'paragraph' | 'subparagraph';

export interface Unit {
  level: UnitLevel;
  /** As written without brackets: "1", "3A", "b", "ii". */
  label: string;
  /** From the marker to the start of the next unit of the same or a higher level (trailing blank lines excluded). */
  start: number;
  end: number;
  /** The units nested inside (paragraphs of a subsection, sub-paragraphs of a paragraph). */
  children: Unit[];
}

export interface DefinitionUnit {
  /** The defined term as written, without quotation marks ("child"). */
  term: string;
  /** From the start of the definition's line to the start of the next definition's line (trailing blank lines excluded). */
  start: number;
  end: number;
}

export interface SectionUnit {
  /** "Section 14", "Article 4", "Part III — Protection of victims", "Preamble". */
  name: string;
  /** "14", "14A", or '' when the heading has no number. */
  number: string;
  /** The heading's words after the number. */
  title: string;
  /** The heading's words, as written ('' for text before the first heading). */
  heading: string;
  start: number;
  end: number;
  headingStart: number;
  headingEnd: number;
  container: boolean;
  units: Unit[];
  definitions: DefinitionUnit[];
}

const RANK: Record<UnitLevel, number> = { subsection: 0, paragraph: 1, subparagraph: 2 };
const LEVELS: UnitLevel[] = ['subsection', 'paragraph', 'subparagraph'];

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  return e;
}

function lineStart(text: string, at: number): number {
  let s = at;
  while (s > 0 && text[s - 1] !== '\n' && text[s - 1] !== '\r') s--;
  return s;
}

// A provision's number as written at its start: "§ 609.3255.", "**SEC. 17-C.**", "Art. 12.", "6-2-709. Title",
// "Art. 433quinquies, § 5." (the article's number; its paragraph "§ 5" is part of the article).
const LATIN = 'bis|ter|quater|quinquies|sexies|septies|octies|novies|decies';
const WRITTEN_NUMBER = new RegExp(
  String.raw`^(?:\*\*|__)?[ \t]*(?:(§{1,2}|sec(?:tion)?\.?|art(?:icle)?\.?)[ \t]*(\d{1,4}(?:${LATIN}|[A-Za-z]{0,2})(?:[.-](?:\d{1,4}[A-Za-z]{0,2}|[A-Za-z]{1,2}(?![A-Za-z]))){0,3})|(\d{1,4}(?:[.-]\d{1,4}[A-Za-z]{0,2}){1,3}))(?:,[ \t]*§[ \t]*\d{1,3})?\.?(?=[ \t]|\*\*|__|$)`,
  'i',
);

/**
 * The number of a provision the engine reads as unnumbered (a heading such as "§ 13-3214.01. Title",
 * or a heading-less provision opening "§ 609.3255. TITLE"), from its heading or its first line, with
 * the word an amendment names it by ("section", "article"); undefined when it has none. `bodyOnly`:
 * read the first line only (the heading is a Part's or a Title's). Where the first line opens with
 * the number and title in bold ("**SEC. 17-C. Expungement of Records.** — Upon …"), `heading` is the
 * extent of the bold words: the provision's own heading, which an amendment names "in the heading".
 */
function numberWritten(text: string, heading: string, bodyStart: number, end: number, bodyOnly = false): { keyword: string; number: string; heading?: { start: number; end: number } } | undefined {
  const lead = /^\s*/.exec(text.slice(bodyStart, end))![0].length;
  const lineAt = bodyStart + lead;
  const firstLine = text.slice(lineAt, end).split(/\r?\n/)[0] ?? '';
  const lines = bodyOnly ? [firstLine] : [heading.replace(/^#+[ \t]*/, ''), firstLine];
  for (const line of lines) {
    const m = WRITTEN_NUMBER.exec(line.trim());
    if (!m) continue;
    // A bare number ("6-2-709.") must be followed by a title, not by the words of a provision.
    if (m[3] && !/^[ \t]+\p{Lu}/u.test(line.trim().slice(m[0].length))) continue;
    const keyword = m[1] && /^art/i.test(m[1]) ? 'Article' : 'Section';
    const out: { keyword: string; number: string; heading?: { start: number; end: number } } = { keyword, number: m[2] ?? m[3]! };
    if (line === firstLine) {
      const bold = /^(\*\*|__)([^*_\n]{1,200}?)\1/.exec(firstLine);
      if (bold && WRITTEN_NUMBER.test(bold[2]!.trim())) out.heading = { start: lineAt + 2, end: lineAt + 2 + bold[2]!.trimEnd().length };
    }
    return out;
  }
  return undefined;
}

// What a tradition writes after a number the engine reads ("601" of "Art. 601-ter.", "58" of "Section 58.¹",
// "160" of "Artigo 160.º-A"): part of the provision's number, which an amendment must cite whole.
const NUMBER_TAIL = new RegExp(String.raw`^(?:-(?:${LATIN})(?![A-Za-z])|\.?[\u00B9\u00B2\u00B3\u2070-\u2079]{1,3}|\.[º°](?:-[A-Z]{1,2}(?![A-Za-z]))?)`);
// "Article 586 (8)", a heading that names its keyword, then the number alone or with a title after a dash
// or stop, is article "586 (8)"; "**279.05 (1)**" opens subsection (1) of section 279.05.
const BRACKET_TAIL = /^[ \t]\(\d{1,2}\)(?=[ \t]*(?:$|[.:—–-]))/;
const NAMED_KEYWORD = /^[#*_ \t]*(?:article|art\.|section|sec\.)[ \t]/i;

/** The number as the heading writes it, where it goes on after the engine's `number` (see NUMBER_TAIL). */
function wholeNumber(heading: string, number: string): string {
  if (!number) return number;
  const at = heading.indexOf(number);
  if (at < 0) return number;
  const rest = heading.slice(at + number.length);
  const tail = NUMBER_TAIL.exec(rest) ?? (NAMED_KEYWORD.test(heading) ? BRACKET_TAIL.exec(rest) : null);
  return tail ? number + tail[0] : number;
}

/** Whether a provision's text numbers more than one provision at the starts of its lines ("§ 12." … "§ 13."). */
function holdsSeveral(text: string, start: number, end: number): boolean {
  let n = 0;
  for (const line of text.slice(start, end).split(/\r?\n/)) if (WRITTEN_NUMBER.test(line.trim()) && ++n > 1) return true;
  return false;
}

/**
 * The sections of a bill with their subsections, paragraphs and definitions.
 * `cache` (the engine's SectionCache) makes repeated calls on versions of one bill cheap.
 */
export function billStructure(text: string, options: { config?: LintConfig; cache?: SectionCache } = {}): SectionUnit[] {
  const bill = analyseBill(text, options.config ?? {}, options.cache);
  return bill.sections.map((s) => {
    const base = s.base;
    const end = s.chunk.end;
    // Flat list of numbered clauses in order; a clause without a marker ends a paragraph (the words
    // closing a list belong to the subsection), so it is kept as a boundary.
    const flat: { level: UnitLevel | 'text'; label: string; start: number }[] = [];
    for (const c of s.model.clauses) {
      const m = /^\(\s*([0-9A-Za-z]+)\s*\)$/.exec(c.marker);
      if (m && (c.level === 'subsection' || c.level === 'paragraph' || c.level === 'subparagraph')) flat.push({ level: c.level, label: m[1]!, start: base + c.start });
      else flat.push({ level: 'text', label: '', start: base + c.start });
    }
    // The levels rank in the order the section first uses them: where lettered units hold numbered
    // ones ("(a)(1)", the American scheme), "(a)" is the outer level and is named a subsection.
    // A letter the engine took for a roman numeral between lettered paragraphs ("(h)", "(i)", "(j)") is a letter.
    const marked = flat.filter((c) => c.level !== 'text');
    marked.forEach((c, k) => {
      if (c.level !== 'subparagraph' || !/^[a-z]$/i.test(c.label)) return;
      const next = marked[k + 1];
      const prev = marked[k - 1];
      const code = c.label.charCodeAt(0);
      if ((next?.level === 'paragraph' && next.label.charCodeAt(0) === code + 1) || (prev?.level === 'paragraph' && prev.label.charCodeAt(0) === code - 1)) c.level = 'paragraph';
    });
    const seen: UnitLevel[] = [];
    for (const c of marked) if (!seen.includes(c.level as UnitLevel)) seen.push(c.level as UnitLevel);
    // Inverted only when the section opens with a unit the engine ranks lower, and that level comes
    // back after a higher-ranked one: "(a) (1) (2) (b)" (not "(1) (a) (2) (a)", nor "(a) (b) (2)").
    const first = new Map<string, number>();
    const last = new Map<string, number>();
    marked.forEach((c, k) => {
      if (!first.has(c.level)) first.set(c.level, k);
      last.set(c.level, k);
    });
    const outer = seen[0];
    const inverted = !!outer && marked.some((c, k) => RANK[c.level as UnitLevel] < RANK[outer] && first.get(outer)! < k && k < last.get(outer)!);
    const rankOf = (l: UnitLevel) => (inverted ? seen.indexOf(l) : RANK[l]);
    const nameOf = (l: UnitLevel): UnitLevel => (inverted ? LEVELS[Math.min(seen.indexOf(l), 2)]! : l);
    const units: Unit[] = [];
    const stack: Unit[] = [];
    flat.forEach((c, i) => {
      if (c.level === 'text') return;
      const rank = rankOf(c.level);
      let stop = end;
      for (let k = i + 1; k < flat.length; k++) {
        const n = flat[k]!;
        // A later unit of the same or a higher level ends this one; so do closing words after a paragraph.
        if (n.level === 'text' ? rank > 0 : rankOf(n.level) <= rank) {
          stop = n.start;
          break;
        }
      }
      // The emphasis that opens the next unit's label ("**(2)**") is not part of this one.
      let uEnd = trimEnd(text, c.start, stop);
      const opener = /\n[ \t]*(?:\*\*|__)$/.exec(text.slice(c.start, uEnd));
      if (opener) uEnd = trimEnd(text, c.start, uEnd - 2);
      // A footnote's text ("[^src]: Act of 2010, s. 14") is furniture placed after the unit, not its words.
      const note = /\n[ \t]*\[\^[^\]\n]+\]:/.exec(text.slice(c.start, uEnd));
      if (note) uEnd = trimEnd(text, c.start, c.start + note.index);
      const u: Unit = { level: nameOf(c.level), label: c.label, start: c.start, end: uEnd, children: [] };
      while (stack.length && RANK[stack[stack.length - 1]!.level] >= (inverted ? RANK[nameOf(c.level)] : rank)) stack.pop();
      const parent = stack[stack.length - 1];
      (parent ? parent.children : units).push(u);
      stack.push(u);
    });
    const defs = s.model.definitions.map((d) => ({ term: d.term.replace(/^["“”'‘’*_]+|["“”'‘’*_]+$/g, ''), at: lineStart(text, base + d.termStart) }));
    const definitions: DefinitionUnit[] = [];
    defs.forEach((d, i) => {
      // Two definitions on one line share it; the first one then ends where the second begins.
      if (defs[i - 1]?.at === d.at) return;
      let next = end;
      for (let k = i + 1; k < defs.length; k++) if (defs[k]!.at > d.at) {
        next = defs[k]!.at;
        break;
      }
      definitions.push({ term: d.term, start: d.at, end: trimEnd(text, d.at, next) });
    });
    // A Title or Part heading directly over one provision's text ("# Title 21" then "**§ 748.2. …**"):
    // the text is that provision, named by its own number.
    const own = s.model.number
      ? undefined
      : s.model.isContainer
        ? holdsSeveral(text, s.chunk.headingEnd, end)
          ? undefined
          : numberWritten(text, s.chunk.headingText, s.chunk.headingEnd, end, true)
        : numberWritten(text, s.chunk.headingText, s.chunk.headingEnd, end);
    const whole = own ? own.number : wholeNumber(s.chunk.headingText, s.model.number);
    return {
      name: own ? `${own.keyword} ${own.number}` : whole !== s.model.number ? s.name.replace(s.model.number, whole) : s.name,
      number: whole,
      title: s.model.title,
      heading: own?.heading ? text.slice(own.heading.start, own.heading.end) : s.chunk.headingText,
      start: s.chunk.start,
      end,
      headingStart: own?.heading?.start ?? s.chunk.headingStart,
      headingEnd: own?.heading?.end ?? s.chunk.headingEnd,
      container: s.model.isContainer && !own,
      units,
      definitions,
    };
  });
}

/** The unit with this label among `units` (labels compare without case for letters: "(b)" and "(B)" differ only in lettered schemes that use both, which bills avoid). */
export function findUnit(units: readonly Unit[], label: string): Unit | undefined {
  return units.find((u) => u.label === label) ?? units.find((u) => u.label.toLowerCase() === label.toLowerCase());
}
