/**
 * The bill's own drafting conventions, read from the bill so that whatever the assistant writes
 * into it (a quick fix, an inserted clause) is drafted the bill's way: its defined term for the
 * protected person, whether "child" is defined already (and where), how sections, subsections and
 * paragraphs are numbered and what number an inserted one takes, its quote and apostrophe style, the
 * dash before a list, "shall" or "must", and its cross-references. Pure: text in, facts out; offsets
 * are 0-based UTF-16 offsets into the bill, ends exclusive.
 *
 * Conventions followed are those of the project's notes on drafting conventions (defined terms used
 * exactly and never defined twice; 14A / (3A) / (ba) insertions; the bill's quote, dash and modal style).
 */
import type { HeadingStyle } from '../sections.js';
import { analyseBill, type AnalysedBill, type AnalysedSection } from '../model.js';
import { matchesOf } from '../patterns.js';
import { DEFINITION_WORDS, mayHold } from '../scan.js';
// The child rule's knowledge of child terms and age limits (one source for both).
import { AGE_LIMIT, CHILD_TERM, NUMBER_WORDS } from '../rules/missing-child-provision/patterns.js';
import { compareSectionNumbers, isRoman, paragraphLetterBetween, sectionNumberBetween, subsectionNumberBetween, type ParagraphInsertHabit, type SectionInsertHabit } from './numbers.js';
import { findCrossReferences, type CrossReference } from './references.js';
import { countBetweenLetters } from '../text.js';
import { perBill, sectionFact, sectionsStartLines } from '../section-facts.js';

/** A subsection "(3)" or paragraph "(b)" of a section, with document offsets. */
export interface ClauseNumber {
  /** "(3)", "(b)", "(ii)". */
  marker: string;
  /** The marker without brackets: "3", "b", "ii". */
  number: string;
  level: 'subsection' | 'paragraph' | 'subparagraph';
  /** The whole clause, marker included. */
  start: number;
  end: number;
  /** For a paragraph: the number of the subsection it belongs to ('' when the section has none). */
  subsection: string;
}

/** A section of the bill as the conventions reader sees it. */
export interface SectionEntry {
  /** "Section 14", "Article 4", "Part III — Protection of victims", or "Preamble". */
  name: string;
  /** "14", "14A", or '' when the heading has no number. */
  number: string;
  /** The heading's words after the number. */
  title: string;
  /** "Section", "Article"... as the heading writes it, or '' ("14. Title"). */
  keyword: string;
  start: number;
  end: number;
  headingStart: number;
  headingEnd: number;
  /** A Part, Chapter, Schedule... heading. */
  container: boolean;
  /** How the heading is written: a Markdown heading (atx, setext), a bold run, a bare number line, a numbered title paragraph. */
  style: HeadingStyle;
  /** The number of "#" of a Markdown heading; 0 otherwise. */
  level: number;
  subsections: ClauseNumber[];
  paragraphs: ClauseNumber[];
}

/** A term the bill defines ("child" means ...), where it is defined. */
export interface DefinedTerm {
  /** The term exactly as written inside the quotation marks or emphasis ("Minor"). */
  term: string;
  /** The defining section's number ('' when it has none) and name. */
  section: string;
  sectionName: string;
  /** Offsets of the term. */
  start: number;
  end: number;
  /** The definition's words after "means" / "includes" (plain text). */
  body: string;
}

export interface VictimTerm {
  /**
   * The bill's term for the protected person as used in running text: "victim of trafficking",
   * "trafficked person"... (a term defined as "Victim of trafficking" at the start of a sentence is
   * given in lower case).
   */
  term: string;
  /** Its plural: "victims of trafficking", "trafficked persons". */
  plural: string;
  /** Where the bill defines it; absent when the term is only the one the bill uses most. */
  defined?: DefinedTerm;
}

export interface ChildTerm {
  /** "child", "minor", "young person"..., as used in running text. */
  term: string;
  /** Where the bill defines it; absent when the bill uses the word without defining it. */
  defined?: DefinedTerm;
  /** The age limit of the definition ("under the age of eighteen years": 18), when it has one. */
  age?: number;
}

export interface HeadingForm {
  style: SectionEntry['style'];
  level: number;
  keyword: string;
  /**
   * The heading line with `{number}` and `{title}` where the section's number and title go:
   * "## {number}. {title}", "**Section {number} — {title}.**" (a Setext heading's underline follows
   * on a second line).
   */
  template: string;
  /** A bold heading followed by the section's text on the same line. */
  inline: boolean;
}

export interface BillConventions {
  /** The bill's sections in order. */
  sections: SectionEntry[];
  /** How the bill writes a section heading (the form most of its numbered sections use). */
  heading?: HeadingForm;
  sectionInsertHabit: SectionInsertHabit;
  paragraphInsertHabit: ParagraphInsertHabit;
  definitions: DefinedTerm[];
  victimTerm?: VictimTerm;
  childTerm?: ChildTerm;
  /** Double quotation marks: curly (“ ”) or straight ("). Straight when the bill has none. */
  quotes: 'curly' | 'straight';
  /** Apostrophes: curly (’) or straight ('). */
  apostrophe: 'curly' | 'straight';
  /** What introduces a list: "—", "–", ":" or "-" (the dash most of the bill's lists follow). */
  listIntroducer: string;
  /** The verb of obligation the bill uses: "shall" or "must". */
  modal: 'shall' | 'must';
  /** The bill's word for overriding another provision: "notwithstanding" where it never says "despite", else "despite". */
  overriding: 'despite' | 'notwithstanding';
  /**
   * How the bill writes an age: in figures ("under the age of 18 years"), in words ("eighteen
   * years") or in both ("eighteen (18) years", the Philippine style). Figures when it writes none.
   */
  ages: 'figures' | 'words' | 'both';
  /** Every cross-reference in the bill's text (headings excluded). */
  references: CrossReference[];
}

const VICTIM_TERMS = [
  'victim of trafficking in persons',
  'victim of trafficking in human beings',
  'victim of human trafficking',
  'victim of trafficking',
  'trafficked person',
  'trafficked victim',
  'victim',
  'trafficked child',
];

function count(text: string, re: RegExp): number {
  return (text.match(re) ?? []).length;
}

/** The plural of a term: the head noun before "of", or the last word ("victims of trafficking", "trafficked persons"). */
export function pluralTerm(term: string): string {
  const irregular: Record<string, string> = { child: 'children', person: 'persons', woman: 'women', man: 'men', minor: 'minors' };
  const plural = (w: string) => irregular[w.toLowerCase()] ? matchCase(w, irregular[w.toLowerCase()]!) : /(?:s|x|ch|sh)$/i.test(w) ? `${w}es` : /[^aeiou]y$/i.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`;
  // The first " of " (one space-like character either side; the term is a defined term, not a sentence).
  const of = term.search(/\sof\s/i);
  if (of > 0) {
    const head = term.slice(0, of).trimEnd();
    const i = head.lastIndexOf(' ');
    return `${head.slice(0, i + 1)}${plural(head.slice(i + 1))}${term.slice(of)}`;
  }
  const i = term.lastIndexOf(' ');
  return `${term.slice(0, i + 1)}${plural(term.slice(i + 1))}`;
}

function matchCase(model: string, word: string): string {
  return model[0] && model[0] === model[0].toUpperCase() && model[0] !== model[0].toLowerCase() ? word[0]!.toUpperCase() + word.slice(1) : word;
}

function headingLevel(text: string, s: AnalysedSection): number {
  if (s.chunk.style !== 'atx') return 0;
  const m = /^ {0,3}(#{1,6})/.exec(text.slice(s.chunk.start, s.chunk.headingStart));
  return m ? m[1]!.length : 0;
}

function clauseNumbers(s: AnalysedSection): { subsections: ClauseNumber[]; paragraphs: ClauseNumber[] } {
  const subsections: ClauseNumber[] = [];
  const paragraphs: ClauseNumber[] = [];
  let current = '';
  s.model.clauses.forEach((c, k) => {
    let marker = c.marker;
    // "**5. Protection order.** (1) A court may ...": the first subsection on the heading's line.
    if (!marker && k === 0) marker = /^\((\d{1,3}[A-Z]{0,2})\)\s/.exec(c.text)?.[0].trim() ?? '';
    if (!/^\(.+\)$/.test(marker)) return;
    const number = marker.slice(1, -1);
    const level = c.marker ? c.level : 'subsection';
    const entry = { marker, number, start: s.base + c.start, end: s.base + c.end, subsection: '' };
    if (level === 'subsection') {
      current = number;
      subsections.push({ ...entry, level: 'subsection' });
    } else if (level === 'paragraph' || level === 'subparagraph') {
      paragraphs.push({ ...entry, level, subsection: current });
    }
  });
  return { subsections, paragraphs };
}

function entryOf(text: string, s: AnalysedSection): SectionEntry {
  let clauses: ReturnType<typeof clauseNumbers> | undefined;
  const numbers = () => (clauses ??= clauseNumbers(s));
  return {
    name: s.name,
    number: s.model.number,
    title: s.model.title,
    keyword: s.model.keyword,
    start: s.chunk.start,
    end: s.chunk.end,
    headingStart: s.chunk.headingStart,
    headingEnd: s.chunk.headingEnd,
    container: s.model.isContainer,
    style: s.chunk.style,
    level: headingLevel(text, s),
    // Read when asked for (numbering an insertion looks at one section), so that sections only
    // indexed by the scan (scan.ts) are not read in full for nothing.
    get subsections() {
      return numbers().subsections;
    },
    get paragraphs() {
      return numbers().paragraphs;
    },
  };
}

/** The rest of a heading after its number, with its trailing dots and spaces replaced by the title placeholder ("14." then ". {title}"). */
function withTitlePlaceholder(rest: string): string {
  let end = rest.length;
  while (end > 0 && (rest[end - 1] === '.' || /\s/.test(rest[end - 1]!))) end--;
  return `${rest.slice(0, end)}${rest.slice(end).includes('.') ? '. {title}' : ' {title}'}`;
}

/** A Markdown heading line's end without its optional closing sequence of "#" (CommonMark 4.2). */
function withoutClosingHashes(line: string): string {
  const blank = (c: string | undefined) => c === ' ' || c === '\t';
  let end = line.length;
  while (end > 0 && blank(line[end - 1])) end--;
  let i = end;
  while (i > 0 && line[i - 1] === '#') i--;
  if (i === end || i === 0 || !blank(line[i - 1])) return line;
  while (i > 0 && blank(line[i - 1])) i--;
  return line.slice(0, i);
}

/**
 * How many times `ch` (one character) occurs in `text` outside fenced code blocks (``` or ~~~ fences,
 * closed by a fence of the same kind at least as long; the fence lines count as code). One pass over
 * the lines to find the fences, one over the occurrences: linear, no copies of the text.
 */
function countOutsideFencedCode(text: string, ch: string): number {
  const FENCE = /^ {0,3}(`{3,}|~{3,})/;
  const code: number[] = []; // [start, end) pairs of fenced blocks, in order
  let fence: string | null = null;
  let open = 0;
  for (let start = 0; start <= text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    // Only a line opening with up to three spaces and a backtick or tilde can open or close a fence.
    let k = start;
    while (k < end && k - start < 3 && text.charCodeAt(k) === 32) k++;
    const c = text[k];
    const f = c === '`' || c === '~' ? FENCE.exec(text.slice(start, Math.min(end, k + 200))) : null;
    if (fence) {
      if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length) {
        fence = null;
        code.push(open, end);
      }
    } else if (f) {
      fence = f[1]!;
      open = start;
    }
    if (nl < 0) break;
    start = nl + 1;
  }
  if (fence) code.push(open, text.length);
  let n = 0;
  let r = 0;
  for (let at = text.indexOf(ch); at >= 0; at = text.indexOf(ch, at + 1)) {
    while (r < code.length && code[r + 1]! <= at) r += 2;
    if (r < code.length && code[r]! <= at) continue;
    n++;
  }
  return n;
}

/** The heading form of one section, as a template (see HeadingForm). */
export function headingFormOf(text: string, s: SectionEntry): HeadingForm | undefined {
  if (!s.number || s.container || s.style === 'none' || s.style === 'continuation') return undefined;
  const lineStart = text.lastIndexOf('\n', s.headingStart - 1) + 1;
  let lineEnd = text.indexOf('\n', s.headingEnd);
  if (lineEnd < 0) lineEnd = text.length;
  if (text[lineEnd - 1] === '\r') lineEnd--;
  const heading = text.slice(s.headingStart, s.headingEnd);
  const n = heading.indexOf(s.number);
  if (n < 0) return undefined;
  const t = s.title ? heading.indexOf(s.title, n + s.number.length) : -1;
  let inner: string;
  if (t >= 0) inner = `${heading.slice(0, n)}{number}${heading.slice(n + s.number.length, t)}{title}${heading.slice(t + s.title.length)}`;
  else inner = `${heading.slice(0, n)}{number}${withTitlePlaceholder(heading.slice(n + s.number.length))}`;
  let after = text.slice(s.headingEnd, lineEnd);
  let inline = false;
  if (s.style === 'bold' || s.style === 'run-in') {
    // (A plain-text run-in heading has no closing mark: the text that follows it is the section's.)
    const close = /^[ \t]*(\*\*|__)/.exec(after);
    const closing = close ? close[0] : '';
    inline = after.slice(closing.length).trim() !== '';
    after = closing;
  }
  if (s.style === 'atx') after = withoutClosingHashes(after);
  if (s.style === 'setext') {
    // The underline is part of the heading: "Section 14 — Title" then "---".
    const next = text.slice(lineEnd).replace(/^\r?\n/, '');
    const underline = /^ {0,3}(=+|-+)[ \t]*(?:\r?\n|$)/.exec(next);
    if (underline) after += `\n${underline[1]!.charAt(0).repeat(3)}`;
  }
  return {
    style: s.style,
    level: s.level,
    keyword: s.keyword,
    template: `${text.slice(lineStart, s.headingStart)}${inner}${after}`.trimEnd(),
    inline,
  };
}

function dominantHeading(text: string, sections: SectionEntry[]): HeadingForm | undefined {
  const forms = new Map<string, { form: HeadingForm; n: number }>();
  for (const s of sections) {
    const f = headingFormOf(text, s);
    if (!f) continue;
    const e = forms.get(f.template);
    if (e) e.n++;
    else forms.set(f.template, { form: f, n: 1 });
  }
  return [...forms.values()].sort((a, b) => b.n - a.n)[0]?.form;
}

function definitionsOf(bill: AnalysedBill): DefinedTerm[] {
  const out: DefinedTerm[] = [];
  for (const s of bill.sections) {
    // A section only indexed (scan.ts) and without the words of a definition is not read in full.
    if (mayHold(bill, s, DEFINITION_WORDS)) {
      for (const d of s.model.definitions) {
        out.push({ term: d.term, section: s.model.number, sectionName: s.name, start: s.base + d.termStart, end: s.base + d.termEnd, body: d.body.text.trim() });
      }
    }
    if (LISTED_DEFINITIONS_HEADING.test(s.model.title || s.model.heading) || (mayHold(bill, s, DEFINITION_WORDS) && s.model.clauses.some((c) => LISTED_DEFINITIONS_INTRO.test(c.text)))) {
      for (const d of listedDefinitions(s)) if (!out.some((o) => o.start === d.start)) out.push(d);
    }
  }
  return out;
}

/** A definitions section by its heading: "Definitions", "Definition of Terms", "Interpretation", "Basic definitions". */
const LISTED_DEFINITIONS_HEADING = /\b(?:definitions?|interpretation)\b/i;
/** Words introducing a list of definitions: "As used in this Act:", "The following definitions are used in this Law:". */
const LISTED_DEFINITIONS_INTRO = /^(?:\S{1,12}[ \t]{1,4})?(?:as\s{1,3}used\s{1,3}in\s{1,3}this|the\s{1,3}following\s{1,3}(?:definitions|terms)|for\s{1,3}the\s{1,3}purposes?\s{1,3}of\s{1,3}this\s{1,3}(?:act|law|code|proclamation))\b/i;
/**
 * One definition to a paragraph of a definitions list, the term written without quotation marks:
 * "(b) Child – refers to a person below eighteen (18) years of age" (Philippine style), "1.0.2.
 * minor — a person under the age of 18" (a dash and no verb), "(c) Victim: means ...". The term is
 * one to five words before the dash or colon.
 */
const LISTED_DEFINITION = /^(?:\((?:[a-z]{1,3}|\d{1,3})\)|\d{1,3}(?:\.\d{1,3}){0,3}\.?|[a-z]\.)[ \t]{1,4}([A-Za-z][a-z'’]{0,30}(?:[ \t][a-z'’]{1,30}){0,4})[ \t]{0,3}(?:[—–:]|--?)[ \t]{0,3}(?:(?:refers?[ \t]{1,3}to|means|includes|shall[ \t]{1,3}(?:mean|refer[ \t]{1,3}to))\b)?[ \t]{0,3}/;

function listedDefinitions(s: AnalysedSection): DefinedTerm[] {
  const out: DefinedTerm[] = [];
  for (const c of s.model.clauses) {
    if (c.quoted === 'instrument') continue;
    const m = LISTED_DEFINITION.exec(c.text);
    if (!m) continue;
    const at = c.text.indexOf(m[1]!, m[0].length - m[0].trimStart().length);
    const start = s.base + c.map[at]!;
    out.push({ term: m[1]!, section: s.model.number, sectionName: s.name, start, end: start + m[1]!.length, body: c.text.slice(m[0].length).trim() });
  }
  return out;
}

function victimTermOf(text: string, definitions: DefinedTerm[]): VictimTerm | undefined {
  const defined = definitions.filter((d) => /\bvictim|\btrafficked\s+(?:person|victim|child)/i.test(d.term) && !/\bof\s+(?:crime|an?\s+offence)\b/i.test(d.term));
  // Prefer a term that names trafficking over a bare "victim".
  defined.sort((a, b) => Number(/traffick/i.test(b.term)) - Number(/traffick/i.test(a.term)));
  if (defined[0]) {
    const term = runningForm(defined[0].term);
    return { term, plural: pluralTerm(term), defined: defined[0] };
  }
  let best: { term: string; n: number } | undefined;
  const lower = text.toLowerCase();
  for (const t of VICTIM_TERMS) {
    const n = count(lower, new RegExp(`\\b${t.replace(/ /g, '\\s+')}\\b`, 'g')) + count(lower, new RegExp(`\\b${pluralTerm(t).replace(/ /g, '\\s+')}\\b`, 'g'));
    // A longer term counts its own uses only, not those of the shorter terms inside it.
    if (n > 0 && (!best || n > best.n || (n === best.n && t.length > best.term.length))) best = { term: t, n };
  }
  if (best && best.term === 'victim') {
    const longer = VICTIM_TERMS.filter((t) => t !== 'victim' && lower.includes(t));
    if (longer.length) best = { term: longer[0]!, n: 0 };
  }
  return best ? { term: best.term, plural: pluralTerm(best.term) } : undefined;
}

function ageOf(body: string): number | undefined {
  const m = matchesOf(AGE_LIMIT, body)[0];
  if (!m) return undefined;
  const v = m.groups[0]!.toLowerCase();
  return /^\d+$/.test(v) ? Number(v) : NUMBER_WORDS[v];
}

function childTermOf(text: string, definitions: DefinedTerm[]): ChildTerm | undefined {
  const d = definitions.find((x) => CHILD_TERM.test(x.term.trim()));
  if (d) {
    const age = ageOf(d.body);
    const term = runningForm(d.term);
    return age === undefined ? { term, defined: d } : { term, defined: d, age };
  }
  for (const t of ['child', 'minor', 'young person', 'juvenile']) if (new RegExp(`\\b${t}\\b`, 'i').test(text)) return { term: t };
  return undefined;
}

function listIntroducerOf(text: string): string {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/([—–:-])[ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]*(?:\*\*)?\((?:[a-z]{1,3}|\d{1,3})\)/g)) {
    counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '—';
}

function paragraphHabitOf(counts: StyleCounts): ParagraphInsertHabit {
  return counts.dotParagraphs ? 'dot' : counts.hyphenParagraphs ? 'hyphen' : 'letters';
}

/**
 * What the bill's majority style is decided from: its quotation marks (straight ones outside fenced
 * code), apostrophes between letters, "must" and "shall", whether it says "notwithstanding" and
 * "despite", and whether it already has inserted paragraphs numbered "(b.1)" or "(b-1)" at the start
 * of a line.
 */
interface StyleCounts {
  curlyQuotes: number;
  straightQuotes: number;
  curlyApostrophes: number;
  straightApostrophes: number;
  must: number;
  shall: number;
  notwithstanding: boolean;
  despite: boolean;
  dotParagraphs: boolean;
  hyphenParagraphs: boolean;
}

function styleCounts(text: string): StyleCounts {
  return {
    curlyQuotes: count(text, /[“”]/g),
    straightQuotes: countOutsideFencedCode(text, '"'),
    curlyApostrophes: countBetweenLetters(text, '’'),
    straightApostrophes: countBetweenLetters(text, "'"),
    must: count(text, /\bmust\b/gi),
    shall: count(text, /\bshall\b/gi),
    notwithstanding: /\bnotwithstanding\b/i.test(text),
    despite: /\bdespite\b/i.test(text),
    // Inserted paragraphs the bill already has, at the start of a line: "(b.1)", "(b-1)".
    dotParagraphs: /^[ \t]*(?:\*\*)?\([a-z]{1,2}\.\d{1,2}\)/m.test(text),
    hyphenParagraphs: /^[ \t]*(?:\*\*)?\([a-z]{1,2}-\d{1,2}\)/m.test(text),
  };
}

/**
 * The bill's style counts (see `StyleCounts`). Counted section by section, each section's counts kept
 * with its analysis, so that a re-lint after an edit counts only the section it touched (issue 9):
 * the same sums as over the whole text where every section starts a line (nothing counted crosses a
 * line break) and the bill has no fenced code (whose extent the counts and the section split read
 * alike only within one section); otherwise counted over the whole text.
 */
function styleCountsOf(bill: AnalysedBill): StyleCounts {
  return perBill(bill, 'conventions.style', () => {
    const text = bill.text;
    if (!sectionsStartLines(bill) || text.includes('```') || text.includes('~~~')) return styleCounts(text);
    const sum = styleCounts('');
    for (const s of bill.sections) {
      const c = sectionFact(s, '#conventions.style', () => styleCounts(text.slice(s.base, s.chunk.end)));
      sum.curlyQuotes += c.curlyQuotes;
      sum.straightQuotes += c.straightQuotes;
      sum.curlyApostrophes += c.curlyApostrophes;
      sum.straightApostrophes += c.straightApostrophes;
      sum.must += c.must;
      sum.shall += c.shall;
      sum.notwithstanding ||= c.notwithstanding;
      sum.despite ||= c.despite;
      sum.dotParagraphs ||= c.dotParagraphs;
      sum.hyphenParagraphs ||= c.hyphenParagraphs;
    }
    return sum;
  });
}

/** A defined term as used in running text: "Minor" (defined at the start of a sentence) is "minor". */
function runningForm(term: string): string {
  return /^[A-Z][a-z]/.test(term) && !/\b[A-Z]/.test(term.slice(1)) ? term[0]!.toLowerCase() + term.slice(1) : term;
}

const AGE_WORD = '(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|twenty-one)';
const AGE_BOTH = new RegExp(`\\b${AGE_WORD}[ \\t]{0,2}\\(\\d{1,2}\\)`, 'gi');
const AGE_WORDS = new RegExp(`\\b(?:age[ \\t]{1,3}of|aged|under|below)[ \\t]{1,3}${AGE_WORD}\\b(?![ \\t]{0,2}\\()|\\b${AGE_WORD}[ \\t]{1,3}years\\b`, 'gi');
const AGE_FIGURES = /\b(?:age[ \t]{1,3}of|aged|under|below)[ \t]{1,3}\d{1,2}\b|(?<!\()\b\d{1,2}[ \t]{1,3}years\b/gi;

/** How many ages `text` writes in both forms, in words and in figures (none of the patterns crosses a line break). */
function ageCounts(text: string): readonly [number, number, number] {
  return [count(text, AGE_BOTH), count(text, AGE_WORDS), count(text, AGE_FIGURES)];
}

function agesOf(bill: AnalysedBill): BillConventions['ages'] {
  let both = 0;
  let words = 0;
  let figures = 0;
  // Counted section by section, each section's counts kept with its analysis, so that a re-lint
  // after an edit counts only the section it touched: the same sums as over the whole text, since
  // every section starts a line and no pattern crosses a line break.
  const add = (c: readonly [number, number, number]) => {
    both += c[0];
    words += c[1];
    figures += c[2];
  };
  if (sectionsStartLines(bill)) for (const s of bill.sections) add(sectionFact(s, '#conventions.ages', () => ageCounts(bill.text.slice(s.base, s.chunk.end))));
  else add(ageCounts(bill.text));
  if (both > 0 && both >= words && both >= figures) return 'both';
  return words > figures ? 'words' : 'figures';
}

const AGE_IN_WORDS: Record<string, string> = { '14': 'fourteen', '16': 'sixteen', '18': 'eighteen', '21': 'twenty-one' };

/**
 * Puts the ages in text written with figures ("under the age of 18 years", "under 18") into the
 * bill's way of writing them (see BillConventions.ages): "eighteen years" or "eighteen (18) years".
 */
export function inBillAges(conv: Pick<BillConventions, 'ages'>, s: string): string {
  if (conv.ages === 'figures') return s;
  return s.replace(/\b(?<=(?:age[ \t]{1,3}of|aged|under|below|over)[ \t]{1,3})(14|16|18|21)\b/g, (n) => {
    const w = AGE_IN_WORDS[n]!;
    return conv.ages === 'both' ? `${w} (${n})` : w;
  });
}

/**
 * Defines `key` on `target` as a property computed the first time it is read and then kept as a
 * plain value (enumerable, so that the object still compares and serialises like a plain one).
 */
function onFirstUse<T extends object, K extends keyof T>(target: T, key: K, compute: () => T[K]): void {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = compute();
      Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
      return value;
    },
    set(value: T[K]) {
      Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
    },
  });
}

/**
 * Reads the drafting conventions of an analysed bill (see BillConventions). Each convention is read
 * from the bill the first time it is asked for: a fix that needs the bill's quote style does not
 * pay for reading every cross-reference of a four-megabyte code (issue 9, re-lint after an edit).
 * The values are those a reading of every convention at once gives.
 */
export function readConventions(bill: AnalysedBill): BillConventions {
  const text = bill.text;
  const conv = {} as BillConventions;
  onFirstUse(conv, 'sections', () => bill.sections.map((s) => entryOf(text, s)));
  onFirstUse(conv, 'heading', () => dominantHeading(text, conv.sections));
  onFirstUse(conv, 'sectionInsertHabit', () => (conv.sections.some((s) => /\b(?:bis|ter|quater)\b/i.test(s.number)) ? 'latin' : 'letter'));
  onFirstUse(conv, 'paragraphInsertHabit', () => paragraphHabitOf(styleCountsOf(bill)));
  onFirstUse(conv, 'definitions', () => definitionsOf(bill));
  onFirstUse(conv, 'victimTerm', () => victimTermOf(text, conv.definitions));
  onFirstUse(conv, 'childTerm', () => childTermOf(text, conv.definitions));
  onFirstUse(conv, 'quotes', () => (styleCountsOf(bill).curlyQuotes > styleCountsOf(bill).straightQuotes ? 'curly' : 'straight'));
  onFirstUse(conv, 'apostrophe', () => (styleCountsOf(bill).curlyApostrophes > styleCountsOf(bill).straightApostrophes ? 'curly' : 'straight'));
  onFirstUse(conv, 'listIntroducer', () => listIntroducerOf(text));
  onFirstUse(conv, 'modal', () => (styleCountsOf(bill).must > styleCountsOf(bill).shall ? 'must' : 'shall'));
  onFirstUse(conv, 'overriding', () => (styleCountsOf(bill).notwithstanding && !styleCountsOf(bill).despite ? 'notwithstanding' : 'despite'));
  onFirstUse(conv, 'ages', () => agesOf(bill));
  onFirstUse(conv, 'references', () => {
    const headings = conv.sections.filter((s) => s.headingEnd > s.headingStart).map((s) => [s.headingStart, s.headingEnd] as const);
    return findCrossReferences(text).filter((r) => !inHeading(headings, r));
  });
  return conv;
}

/**
 * Whether a range overlaps one of `headings` ([start, end) offsets, in document order and not
 * overlapping one another, as sections' headings are): a binary search for the first heading that
 * ends after the range starts, so that reading a bill's references stays linear in its size.
 */
function inHeading(headings: readonly (readonly [number, number])[], r: { start: number; end: number }): boolean {
  let lo = 0;
  let hi = headings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (headings[mid]![1] <= r.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < headings.length && headings[lo]![0] < r.end;
}

/** Reads the drafting conventions of a bill's text (analyses it first; see readConventions). */
export function conventionsOf(text: string): BillConventions {
  return readConventions(analyseBill(text));
}

/** The numbered section (not a Part or Chapter) that holds `offset`, or the last one before it. */
export function sectionAt(conv: BillConventions, offset: number): SectionEntry | undefined {
  const numbered = conv.sections.filter((s) => s.number && !s.container);
  return numbered.find((s) => s.start <= offset && offset < s.end) ?? [...numbered].reverse().find((s) => s.start <= offset);
}

export interface SectionInsertion {
  /** Where the new section goes: the end of the section it follows (before the next heading). */
  at: number;
  /** The section it follows, and the one that will follow it (numbered sections only). */
  after?: SectionEntry;
  next?: SectionEntry;
  /** Its number without renumbering anything: "14A" where 15 is taken, "24" at the end. */
  number: string;
  /** True when the number is an inserted one ("14A"): renumbering would give the next whole number instead. */
  inserted: boolean;
  /** The heading form to write it in: that of the section it follows, else the bill's usual one. */
  heading?: HeadingForm;
}

/**
 * Where and with what number a new section goes when inserted after the section that holds
 * `offset` (see sectionNumberBetween for the numbering). Undefined when the bill numbers no section.
 */
export function sectionInsertion(conv: BillConventions, text: string, offset: number): SectionInsertion | undefined {
  const numbered = conv.sections.filter((s) => s.number && !s.container);
  if (!numbered.length) return undefined;
  const after = sectionAt(conv, offset);
  const next = after ? numbered[numbered.indexOf(after) + 1] : numbered[0];
  const number = sectionNumberBetween(after?.number, next?.number, numbered.map((s) => s.number), conv.sectionInsertHabit);
  if (!number) return undefined;
  // A section ends where the next heading starts, Part headings included.
  const at = after ? after.end : (next?.start ?? text.length);
  const whole = /^\d+$/.test(number);
  const heading = (after && headingFormOf(text, after)) ?? (next && headingFormOf(text, next)) ?? conv.heading;
  const out: SectionInsertion = { at, number, inserted: !whole || (next !== undefined && compareSectionNumbers(number, next.number) >= 0) };
  if (after) out.after = after;
  if (next) out.next = next;
  if (heading) out.heading = heading;
  return out;
}

/** Writes a section heading in a heading form: "## 14A. Non-liability of victims of trafficking". */
export function renderHeading(form: HeadingForm, number: string, title: string): string {
  return form.template.replace('{number}', number).replace('{title}', title);
}

export interface ClauseInsertion {
  /** The number to give the inserted subsection or paragraph, without brackets: "4", "3A", "ba". */
  number: string;
  /** "(4)", "(3A)", "(ba)". */
  marker: string;
  /** True when it goes between two existing ones (an inserted number). */
  inserted: boolean;
}

/**
 * The number of a subsection inserted into `section` after its subsection `after` (default: at the
 * end): "(4)" after the last of three, "(3A)" between (3) and (4). With no subsections, "(1)" (the
 * section's existing text then needs a number too: the caller decides).
 */
export function subsectionInsertion(section: SectionEntry, after?: string): ClauseInsertion {
  const subs = section.subsections.map((s) => s.number);
  const i = after === undefined ? subs.length - 1 : subs.findIndex((s) => s === after);
  const prev = i >= 0 ? subs[i] : undefined;
  const next = i >= 0 ? subs[i + 1] : subs[0];
  const number = subsectionNumberBetween(prev, next, subs) ?? String(subs.length + 1);
  return { number, marker: `(${number})`, inserted: next !== undefined };
}

/**
 * The letter of a paragraph inserted after paragraph `after` of subsection `subsection` ('' for a
 * section without subsections): "(d)" after the last, "(ba)" (or the bill's "(b.1)") between (b) and (c).
 */
export function paragraphInsertion(conv: BillConventions, section: SectionEntry, subsection: string, after?: string): ClauseInsertion {
  const paras = section.paragraphs.filter((p) => p.subsection === subsection && p.level === 'paragraph').map((p) => p.number);
  const i = after === undefined ? paras.length - 1 : paras.indexOf(after);
  const prev = i >= 0 ? paras[i] : undefined;
  const next = i >= 0 ? paras[i + 1] : paras[0];
  const roman = prev !== undefined && isRoman(prev) && paras.every((p) => isRoman(p));
  const number = paragraphLetterBetween(prev, next, paras, conv.paragraphInsertHabit, roman);
  return { number, marker: `(${number})`, inserted: next !== undefined };
}

/**
 * Puts text written with straight quotation marks and apostrophes into the bill's style: with
 * curly quotes, "child" becomes “child” and child's becomes child’s. Text already in the bill's
 * style is returned unchanged.
 */
export function inBillQuotes(conv: Pick<BillConventions, 'quotes' | 'apostrophe'>, s: string): string {
  let out = s;
  if (conv.quotes === 'curly') out = out.replace(/"([^"\n]*)"/g, '“$1”');
  else out = out.replace(/[“”]/g, '"');
  if (conv.apostrophe === 'curly') out = out.replace(/(\p{L})'(\p{L})/gu, '$1’$2');
  else out = out.replace(/(\p{L})’(\p{L})/gu, "$1'$2");
  return out;
}

/** The cross-references inside `section` (its own words; headings excluded). */
export function referencesIn(conv: BillConventions, section: Pick<SectionEntry, 'start' | 'end'>): CrossReference[] {
  return conv.references.filter((r) => section.start <= r.start && r.end <= section.end);
}

/**
 * Whether a reference made in `from` still points at something in the bill: every section number it
 * names is a section of the bill (unless external or quoted), and every subsection or paragraph it
 * names exists in the section meant (its own, for "subsection (3)").
 */
export function referenceResolves(conv: BillConventions, ref: CrossReference, from: SectionEntry | undefined): boolean {
  if (ref.external || ref.quoted || ref.ofDefinition) return true;
  const byNumber = (n: string) => conv.sections.find((s) => s.number && !s.container && compareSectionNumbers(s.number, n) === 0 && s.number.replace(/\s/g, '').toUpperCase() === n.replace(/\s/g, '').toUpperCase());
  for (const item of ref.items) {
    let section: SectionEntry | undefined = from;
    let subsection = '';
    for (const n of item) {
      if (n.level === 'section') {
        section = byNumber(n.number);
        if (!section) return false;
      } else if (n.level === 'subsection') {
        const target = ref.ofSection && n === item[0] ? byNumber(ref.ofSection.number) : section;
        if (!target || !target.subsections.some((s) => s.number === n.number)) return false;
        section = target;
        subsection = n.number;
      } else if (n.level === 'paragraph') {
        const target = ref.ofSection && n === item[0] ? byNumber(ref.ofSection.number) : section;
        if (!target) return false;
        // A paragraph of a definition ("paragraph (a) of the definition of ...") is not checked against the section's paragraphs.
        if (!target.paragraphs.some((p) => p.number === n.number && (!subsection || p.subsection === subsection))) return false;
      }
    }
  }
  return true;
}
