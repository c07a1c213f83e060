/**
 * A fix (text edits on a bill) stated as amendment-paper instructions a clerk could apply, in the forms
 * the project's own reader accepts (amendmentPaper.ts, applied by amendments.ts):
 *   "In section 14(1), leave out “may” and insert “shall”"
 *   "In section 14(2), leave out from “conditions are” to “same situation” and insert “...”"
 *   "In section 14, after subsection (3) insert—" followed by the new subsection as a block quote
 * Each instruction names the smallest unit that holds the change (section, subsection, paragraph),
 * quotes the bill's words without Markdown furniture (emphasis marks, heading marks, table pipes,
 * footnote marks), widens an anchor until it is unique in that unit (or says which occurrence it
 * means), never anchors on words it leaves out, and sets out every inserted word. Every candidate
 * instruction is checked by reading it back and applying it to the bill: the first that gives exactly
 * the fixed text is kept. Pure: no file system, no VS Code.
 */
import { diffWordsWithSpace } from 'diff';
import { applyEdits, SectionCache, type TextEdit } from '../engine/index.js';
import { readAmendmentPaper, type Locator, type PaperInstruction } from './amendmentPaper.js';
import { applyInstruction, findWords, startsParagraph } from './amendments.js';
import { billStructure, type SectionUnit, type Unit } from './structure.js';

/** One instruction of an amendment paper. */
export interface AmendmentInstruction {
  /** The instruction's words ("In section 14(1), leave out “may” and insert “shall”"). */
  words: string;
  /** The text it inserts when set out after the instruction ("after subsection (3) insert—"), as the bill will read it. */
  block?: string;
}

/** A fix stated as an amendment. */
export interface FixAmendment {
  /** The instructions, in the order they are applied (each reads the bill as the ones before it left it). */
  instructions: AmendmentInstruction[];
  /** Whether the instructions, read back and applied in order to the bill before the fix, give exactly the bill after it. */
  exact: boolean;
  /** Why not, when not exact: the change no instruction form could state (left out of `instructions`, never stated wrongly). */
  problem?: string;
}

const WORD = /[\p{L}\p{N}]/u;
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];
// Markdown that is not the bill's words: emphasis and heading marks, table pipes, footnote marks, links, code, HTML.
const FURNITURE = /\*\*|__|(?:^|\n)[ \t]*(?:#{1,6}[ \t]|>|[-=]{3,}[ \t]*(?:\n|$))|\||\[\^|\]\(|`|<!--|<\/?[A-Za-z]/;
// Words an inline quotation in a paper cannot carry: the reader collapses white space and removes emphasis.
const NOT_INLINE = /\n|\*|(?:^|[\s(])_|_(?:[\s).,;:]|$)/;

/** The text an instruction quotes: its words as the bill reads them, white space tidied. */
function plain(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The words quoted, in double quotes, or in single quotes when the words hold a double closing quote. */
function quote(s: string): string | undefined {
  const w = plain(s);
  if (!w) return undefined;
  if (!/[”"]/.test(w)) return `“${w}”`;
  if (!/’(?![\p{L}\p{N}])|'(?![\p{L}\p{N}])/u.test(w)) return `‘${w}’`;
  return undefined;
}

/** Whether `s` can be quoted inline in an instruction and read back as written. */
function inlineable(s: string): boolean {
  return !!s.trim() && !NOT_INLINE.test(s.trim()) && !FURNITURE.test(s) && quote(s) !== undefined;
}

function flatten(units: readonly Unit[]): Unit[] {
  return units.flatMap((u) => [u, ...flatten(u.children)]);
}

// A section number the paper reader can name ("14", "14A", "64 bis", "225-4", "17-C", "433quinquies", "601-ter", "58.¹", "160.º-A", "586 (8)").
const NUMBER = /^\d{1,4}(?:bis|ter|quater|quinquies|sexies|septies|octies|[A-Za-z]{0,2})(?:[.-](?:\d{1,4}[A-Za-z]{0,2}|bis|ter|quater|quinquies|sexies|septies|octies|[A-Za-z]{1,2})|\.?[\u00B9\u00B2\u00B3\u2070-\u2079]{1,3}|\.[º°](?:-[A-Za-z]{1,2})?){0,3}(?: (?:bis|ter|quater|quinquies)| \(\d{1,2}\))?$/i;
const KEYWORDS = /^(section|article|clause|regulation|rule)\b/i;

/**
 * The word the bill uses for its sections ("section", "article"): from the section's name when its
 * heading says it ("Article 12"), else from what the section calls itself ("26. Non-Criminalization"
 * that speaks of "this Article" is an article).
 */
function keywordOf(s: SectionUnit, text: string): string {
  const named = KEYWORDS.exec(s.name)?.[1]!.toLowerCase() ?? 'section';
  if (KEYWORDS.test(s.heading.replace(/^[#*_\s]+/, '')) || /^(?:§|sec\.|art\.)/i.test(s.heading.replace(/^[#*_\s]+/, ''))) return named;
  const own = text.slice(s.start, s.end);
  const count = (w: string) => (own.match(new RegExp(String.raw`\bthis ${w}\b`, 'gi')) ?? []).length;
  // Regulations ("this regulation", "subregulation (1)") and rules ("this rule", "subrule (1)") name themselves so.
  const self = (w: string) => count(w) + (own.match(new RegExp(String.raw`\bsub-?${w}s?\b`, 'gi')) ?? []).length;
  if (named === 'section' && self('regulation') > count('section') && self('regulation') >= count('article')) return 'regulation';
  if (named === 'section' && self('rule') > count('section') && self('rule') >= count('article')) return 'rule';
  return count('article') > count('section') ? 'article' : named;
}

/**
 * How an instruction names a section: "section 14"; a section set out in an amending bill for
 * insertion into another Act is named through the bill's own clause that carries it ("clause 3, in the
 * inserted section 20A"), as a clerk locates it, the bill's own provisions being its clauses.
 */
function placeOf(s: SectionUnit, sections: readonly SectionUnit[], text: string): string {
  const keyword = keywordOf(s, text);
  const m = /,\s+as\s+(inserted|substituted)\s+by\s+\S+\s+(\S+)$/i.exec(s.name);
  if (!m) return `${keyword} ${s.number}`;
  const host = sections.find((x) => !x.container && x.number === m[2]);
  const hostWord = host ? keywordOf(host, text) : 'section';
  return `${hostWord === 'section' ? 'clause' : hostWord} ${m[2]}, in the ${m[1]!.toLowerCase()} ${keyword} ${s.number}`;
}

/** A place in the bill an instruction can name: a section, or a unit inside it with its chain of labels. */
interface Scope {
  /** "section 14(2)(a)", or "the bill" */
  name: string;
  start: number;
  end: number;
  section?: SectionUnit;
  chain: Unit[];
}

/** The scopes holding [start, end], smallest first, down to the whole bill. */
function scopesFor(text: string, sections: readonly SectionUnit[], start: number, end: number): Scope[] {
  const out: Scope[] = [];
  const sec = sections.find((s) => !s.container && s.number && s.start <= start && end <= s.end && NUMBER.test(s.number));
  if (sec) {
    const keyword = keywordOf(sec, text);
    // Words of the heading: "In section 19A, in the heading, leave out “adult”".
    if (sec.headingStart <= start && end <= sec.headingEnd && sec.headingEnd > sec.headingStart) {
      out.push({ name: `${placeOf(sec, sections, text)}, in the heading`, start: sec.headingStart, end: sec.headingEnd, section: sec, chain: [] });
    }
    const chain: Unit[] = [];
    let pool: readonly Unit[] = sec.units;
    for (;;) {
      const u = pool.find((x) => x.start <= start && end <= x.end);
      if (!u) break;
      chain.push(u);
      pool = u.children;
    }
    // The whole section is the place the reader searches, heading included: an anchor must be unique there.
    for (let k = chain.length; k >= 0; k--) {
      const c = chain.slice(0, k);
      const last = c[c.length - 1];
      out.push({ name: `${placeOf(sec, sections, text)}${c.map((u) => `(${u.label})`).join('')}`, start: last ? last.start : sec.start, end: last ? last.end : trimEnd(text, sec.start, sec.end), section: sec, chain: c });
    }
  }
  out.push({ name: 'the bill', start: 0, end: text.length, chain: [] });
  return out;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  return e;
}

/** "In section 14(2), ", or "In the bill, " where the words are in no section the paper can name. */
function lead(scope: Scope): string {
  return scope.section ? `In ${scope.name}, ` : 'In the bill, ';
}

/** "in the second place where it occurs" for the hit at `at` among `hits`, or '' when it is the only one. */
function occurrence(hits: readonly { start: number; end: number }[], at: number): string | undefined {
  if (hits.length === 1) return '';
  const k = hits.findIndex((h) => h.start === at);
  if (k < 0) return undefined;
  if (k === hits.length - 1) return ', in the last place where it occurs,';
  if (k >= ORDINALS.length) return undefined;
  return `, in the ${ORDINALS[k]} place where it occurs,`;
}

/** Token boundaries (start offsets of white-space-separated words) in text[from, to). */
function tokens(text: string, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /\S+/g;
  re.lastIndex = 0;
  const slice = text.slice(from, to);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice))) out.push({ start: from + m.index, end: from + m.index + m[0].length });
  return out;
}

/**
 * Words of the bill ending at `p` (or starting at `p`), widened a word at a time until they occur only
 * once in the scope, never crossing Markdown furniture or a paragraph break. Returns the words and
 * the occurrence phrase (empty when unique), or undefined when no such words exist.
 */
function anchor(text: string, scope: Scope, p: number, side: 'before' | 'after'): { words: string; occ: string } | undefined {
  // Never the heading's words (a run-in heading shares the first line): a clerk looks for them in the text.
  const from = scope.section && !scope.chain.length && !scope.name.endsWith('heading') && p >= scope.section.headingEnd ? Math.max(scope.start, scope.section.headingEnd) : scope.start;
  const toks = side === 'before' ? tokens(text, from, p).reverse() : tokens(text, p, scope.end);
  if (!toks.length) return undefined;
  // The words must touch p (or be separated from it by spaces only on one line).
  const edge = side === 'before' ? toks[0]!.end : toks[0]!.start;
  const gap = side === 'before' ? text.slice(edge, p) : text.slice(p, edge);
  if (!/^[ \t]*$/.test(gap)) return undefined;
  for (let k = 1; k <= Math.min(toks.length, 14); k++) {
    const a = side === 'before' ? toks[k - 1]!.start : toks[0]!.start;
    const b = side === 'before' ? toks[0]!.end : toks[k - 1]!.end;
    const span = text.slice(a, b);
    if (/\n[ \t]*\n/.test(span) || FURNITURE.test(span) || !inlineable(span)) return undefined;
    // A label alone ("(2)") is a poor anchor but a valid one; keep widening only when ambiguous.
    const hits = findWords(text, scope.start, scope.end, span);
    const here = hits.findIndex((h) => h.start === a && h.end === b);
    if (here < 0) return undefined;
    // A short anchor ("A", "for") is unique but hard to find by eye: widen it to a few words when the unit has them.
    const weak = (span.match(/[\p{L}\p{N}]/gu) ?? []).length < 8 && k < 3 && k < toks.length;
    if (hits.length === 1 && !weak) return { words: span, occ: '' };
    if (hits.length === 1) continue;
    if (k === Math.min(toks.length, 14) || k >= 6) {
      const occ = occurrence(hits, a);
      return occ === undefined ? undefined : { words: span, occ };
    }
  }
  return undefined;
}

/** The paper text of instructions, as readAmendmentPaper reads it. */
export function amendmentPaperText(instructions: readonly AmendmentInstruction[]): string {
  return instructions
    .map((i) => {
      if (i.block === undefined) return i.words;
      const quoted = i.block.split('\n').map((l) => (l.trim() ? `> ${l}` : '>')).join('\n');
      return `${i.words}\n\n${quoted}`;
    })
    .join('\n\n');
}

/**
 * Applies instructions by reading them back as a paper: the amended text and, for each instruction, the
 * edits it made (on the text the instructions before it left), or why not.
 */
function applyPaper(text: string, instructions: readonly AmendmentInstruction[], cache: SectionCache): { text: string; steps: { read: PaperInstruction; edits: TextEdit[]; on: string }[] } | { error: string } {
  const read = readAmendmentPaper(amendmentPaperText(instructions));
  if (read.length !== instructions.length) return { error: `read ${read.length} instructions for ${instructions.length}` };
  let t = text;
  const steps: { read: PaperInstruction; edits: TextEdit[]; on: string }[] = [];
  for (const i of read) {
    const r = applyInstruction(t, i, { cache });
    if (!r.ok) return { error: r.reason };
    steps.push({ read: i, edits: r.edits, on: t });
    t = r.text;
  }
  return { text: t, steps };
}

/** A unit's name inside its section, for "after subsection (2) insert—" ("paragraph (b)"), in the engine's terms. */
function unitWord(u: Unit): string {
  return u.level === 'subparagraph' ? 'sub-paragraph' : u.level;
}

/**
 * The word the section calls its outer units by, from the bill's own references to units labelled
 * like them ("Paragraph (1) applies…", "In this paragraph", "subsection (b)"), counted in the section
 * as the change leaves it; where it says neither, "paragraph" in an article and "subsection" for
 * lettered units of an American section ("Sec. 4.", "§ 12"); undefined when nothing says.
 */
function outerWord(after: string, section: SectionUnit, keyword: string, digits: boolean, fixed?: string): string | undefined {
  const words = after.slice(section.start, Math.min(after.length, section.end + 4000));
  // A regulation's outer units are its subregulations, a rule's its subrules, spelt as the provision spells them.
  if (keyword === 'regulation' || keyword === 'rule') {
    const m = new RegExp(String.raw`\bsub(-?)${keyword}`, 'i').exec(words);
    if (m) return `sub${m[1]}${keyword}`;
  }
  const label = digits ? String.raw`\d` : '[a-z]';
  // "paragraph (1)", and "paragraph 1" in the traditions that cite units without brackets.
  const count = (word: string, w = words) => (w.match(new RegExp(String.raw`\b(?:this ${word}|${word}s? \(?\s*${label})`, 'gi')) ?? []).length;
  let para = count('paragraph');
  let sub = count('sub-?section');
  // Where this change leaves the section silent, the section as the whole fix leaves it, so that one
  // paper calls the same units by one word.
  if (para === sub && fixed !== undefined) {
    para = count('paragraph', fixed);
    sub = count('sub-?section', fixed);
  }
  if (para > sub) return 'paragraph';
  if (sub > para) return 'subsection';
  if (keyword === 'article') return 'paragraph';
  // American codes and bills ("Sec. 4.", "§ 609.3255.") call lettered outer units subsections.
  const opening = `${section.heading}\n${after.slice(section.headingEnd, section.headingEnd + 200).trimStart()}`;
  if (!digits && /^(?:[#*_ \t]*)(?:§|sec\.)/im.test(opening)) return 'subsection';
  return undefined;
}

/** The word the bill names a unit by: an outer unit is called what the section calls its outer units. */
function billUnitWord(u: Unit, section: SectionUnit, outer: (digits: boolean) => string | undefined): string {
  return (section.units.includes(u) ? outer(/^\d/.test(u.label)) : undefined) ?? unitWord(u);
}

/**
 * Whether a new unit set out in `block` ("(2) Where …") is of the same series as `u` (numbered, lettered,
 * capital-lettered), so that "after paragraph (c) insert— (2) …" is not offered for a new subsection,
 * nor "after subsection (4) insert— Subd. 3. …" for a new subdivision.
 */
function sameSeries(u: Unit, block: string): boolean {
  // A new subdivision ("Subd. 3. …") is of no series of bracketed units: never "after subsection (4) insert— Subd. 3.".
  if (/^\s*(?:\*\*|__)?(?:Subd\.|Subdivision)[ \t]{1,3}\d/.test(block)) return false;
  const m = /^\s*(?:\*\*|__)?\(\s*([0-9A-Za-z]{1,4})\s*\)/.exec(block);
  if (!m) return true;
  const series = (l: string) => (/^\d/.test(l) ? 'number' : /^[a-z]/.test(l) ? 'letter' : 'capital');
  return series(m[1]!) === series(u.label);
}

/** Candidate instructions for one edit on `text`, best first. */
function candidates(text: string, e: TextEdit, cache: SectionCache, fixed?: string): AmendmentInstruction[][] {
  const old = text.slice(e.start, e.end);
  const ins = e.newText;
  const sections = billStructure(text, { cache });
  const out: AmendmentInstruction[][] = [];
  const scopes = scopesFor(text, sections, e.start, e.end);
  const section = scopes[0]!.section;
  const keyword = section ? keywordOf(section, text) : 'section';
  const place = section ? placeOf(section, sections, text) : '';
  const sectionLead = section ? `In ${place}, ` : '';
  const after = applyEdits(text, [e]).text;
  // The same section in the bill as the whole fix leaves it (found by its number), for the word its units go by.
  const fixedSection = section && fixed !== undefined ? billStructure(fixed, { cache }).filter((x) => !x.container && x.number === section.number) : [];
  const fixedWords = fixedSection.length === 1 ? fixed!.slice(fixedSection[0]!.start, fixedSection[0]!.end) : undefined;
  const outer = (digits: boolean) => (section ? outerWord(after, section, keyword, digits, fixedWords) : undefined);
  // Spelt as the bill spells it ("sub-section (1)" in a bill that writes it so), read in the bill before
  // the change, which may leave out the bill's only use of the word.
  const hyphen = (text.match(/\bsub-section/gi) ?? []).length > (text.match(/\bsubsection/gi) ?? []).length;
  const word = (u: Unit) => {
    const w = section ? billUnitWord(u, section, outer) : unitWord(u);
    return hyphen && w === 'subsection' ? 'sub-section' : w;
  };

  // New blocks (a subsection, a paragraph, a sentence set out as its own paragraph).
  if (!old.trim() && /^\s*\n[ \t]*\n/.test(ins) && section) {
    const block = ins.trim();
    const units = flatten(section.units);
    for (const u of units.filter((x) => x.end === e.start && sameSeries(x, block))) {
      const chain = units.filter((x) => x.start <= u.start && u.end <= x.end && x !== u && flatten(x.children).includes(u));
      const where = chain.length ? `In ${place}${chain.map((c) => `(${c.label})`).join('')}, ` : sectionLead;
      out.push([{ words: `${where}after ${word(u)} (${u.label}) insert—`, block }]);
    }
    if (trimEnd(text, section.start, section.end) === e.start) out.push([{ words: `${sectionLead}at the end insert—`, block }]);
  }
  if (!old.trim() && /\n[ \t]*\n\s*$/.test(ins) && section) {
    const block = ins.trim();
    const units = flatten(section.units);
    for (const u of units.filter((x) => x.start === e.end && sameSeries(x, block))) {
      const chain = units.filter((x) => x !== u && flatten(x.children).includes(u));
      const where = chain.length ? `In ${place}${chain.map((c) => `(${c.label})`).join('')}, ` : sectionLead;
      // Set out "after" the unit before it where one of the same level ends just before (the usual form:
      // "after subsection (1) insert— (1A) …"); the applied text is checked to be the same.
      const prev = units.filter((x) => x.end <= e.start && x.label !== u.label && /^\s*$/.test(text.slice(x.end, e.start)) && sameSeries(x, block) && units.filter((y) => y !== x && flatten(y.children).includes(x)).length === chain.length);
      for (const v of prev) out.push([{ words: `${where}after ${word(v)} (${v.label}) insert—`, block }]);
      out.push([{ words: `${where}before ${word(u)} (${u.label}) insert—`, block }]);
    }
  }

  // A new paragraph after the words that end the paragraph before it, where no unit can be named; a new
  // unit ("(4) …") is placed in the section, not in the unit before it.
  if (!old.trim() && /^\s*\n[ \t]*\n/.test(ins)) {
    const unitFirst = /^\s*(?:\*\*|__)?\(?[0-9A-Za-z]{1,4}[.)]/.test(ins) ? [...scopes].sort((x, y) => Number(x.chain.length > 0) - Number(y.chain.length > 0)) : scopes;
    for (const scope of unitFirst) {
      const a = anchor(text, scope, e.start, 'before');
      if (a) out.push([{ words: `${lead(scope)}after ${quote(a.words)}${a.occ} insert—`, block: ins.trim() }]);
    }
  }
  // A new paragraph before the words that open the next one: "before “X” insert—"; where those words
  // cannot be quoted ("*Explanation.*—"), the same change is stated after the paragraph before it, so
  // that no instruction leaves out and sets out again words it does not change.
  const sep = /\n[ \t]*\n\s*$/.exec(ins)?.[0];
  if (!old.trim() && sep && !/^\s*\n[ \t]*\n/.test(ins) && startsParagraph(text, e.start)) {
    for (const scope of scopes) {
      const b = anchor(text, scope, e.end, 'after');
      if (b) out.push([{ words: `${lead(scope)}before ${quote(b.words)}${b.occ} insert—`, block: ins.trim() }]);
    }
    const q = trimEnd(text, 0, e.start);
    const gap = text.slice(q, e.start);
    if (q > 0 && gap === sep) out.push(...candidates(text, { start: q, end: q, newText: gap + ins.slice(0, ins.length - sep.length) }, cache, fixed));
  }
  for (const scope of scopes) {
    const L = lead(scope);
    if (!old.trim()) {
      if (!inlineable(ins)) continue;
      const q = quote(ins)!;
      const a = anchor(text, scope, e.start, 'before');
      if (a) out.push([{ words: `${L}after ${quote(a.words)}${a.occ} insert ${q}` }]);
      const b = anchor(text, scope, e.end, 'after');
      if (b) out.push([{ words: `${L}before ${quote(b.words)}${b.occ} insert ${q}` }]);
      continue;
    }
    // Words left out: quoted whole when they can be, else "from … to …".
    const o = old.trim();
    const oStart = e.start + (old.length - old.trimStart().length);
    const whole = inlineable(o) && !/\n[ \t]*\n/.test(o);
    const tail = ins.trim() ? (inlineable(ins) ? ` and insert ${quote(ins)}` : undefined) : '';
    if (tail === undefined) continue;
    if (whole) {
      const hits = findWords(text, scope.start, scope.end, o);
      const occ = occurrence(hits, oStart);
      if (occ !== undefined && hits.length) out.push([{ words: `${L}leave out ${quote(o)}${tail ? occ : occ.replace(/,$/, '')}${tail}` }]);
      // Words that occur more than once, quoted with the words after them until unique ("leave out “for
      // remaining” and insert “remaining”"): for a change that the same words elsewhere would make ambiguous.
      // Short words are offered so even where unique in the text as it now stands, which may not be the print.
      if (hits.length > 1 || (o.match(/[\p{L}\p{N}]/gu) ?? []).length < 8) {
        for (const t of tokens(text, e.end, scope.end).slice(0, 3)) {
          const wider = text.slice(oStart, t.end);
          const by = plain(ins + text.slice(e.end, t.end));
          if (!inlineable(wider) || /\n[ \t]*\n/.test(wider) || !by || !inlineable(by)) break;
          const more = findWords(text, scope.start, scope.end, wider);
          // Each width unique here is offered: the one unique on the print as well is chosen (dependencesOf).
          if (more.length === 1 && more[0]!.start === oStart) out.push([{ words: `${L}leave out ${quote(wider)} and insert ${quote(by)}` }]);
        }
      }
    }
    // leave out from “X” (kept) to “Y” (left out)
    const x = anchor(text, scope, e.start, 'before');
    if (x && !x.occ) {
      const lastToks = tokens(text, e.start, e.end).reverse();
      // The last words left out: three or more when they can be quoted, else fewer.
      const n = Math.min(lastToks.length, 8);
      const order = [...Array.from({ length: Math.max(0, n - 2) }, (_, i) => i + 3), 2, 1].filter((k) => k <= n);
      for (const k of order) {
        const ys = lastToks[k - 1]!.start;
        const ye = lastToks[0]!.end;
        if (ye !== trimEnd(text, e.start, e.end)) break;
        const y = text.slice(ys, ye);
        if (!inlineable(y) || /\n[ \t]*\n/.test(y)) continue;
        const first = findWords(text, e.start, scope.end, y)[0];
        if (first && first.end === ye) {
          out.push([{ words: `${L}leave out from ${quote(x.words)} to ${quote(y)}${tail}` }]);
          break;
        }
      }
    }
  }

  // Whole units: left out (one instruction each), or replaced by their new text.
  if (section) {
    const units = flatten(section.units);
    const where = (u: Unit) => {
      const chain = units.filter((x) => x !== u && flatten(x.children).includes(u));
      return chain.length ? `In ${place}${chain.map((c) => `(${c.label})`).join('')}, ` : sectionLead;
    };
    if (!ins.trim()) {
      const inside = units.filter((u) => e.start <= u.start && u.end <= e.end);
      const top = inside.filter((u) => !inside.some((x) => x !== u && flatten(x.children).includes(u)));
      let rest = old;
      for (const u of [...top].reverse()) rest = rest.slice(0, u.start - e.start) + rest.slice(u.end - e.start);
      const seq = top.map((u) => ({ words: `${where(u)}leave out ${word(u)} (${u.label})` }));
      // The units are all the edit leaves out: state it that way first.
      if (top.length && !rest.trim()) out.unshift(seq);
      else if (top.length) out.push(seq);
    }
    const delta = ins.length - (e.end - e.start);
    let first = true;
    for (const u of [...units].reverse()) {
      if (!(u.start <= e.start && e.end <= u.end)) continue;
      const now = after.slice(u.start, u.end + delta).trim();
      if (!now) out.push([{ words: `${where(u)}leave out ${word(u)} (${u.label})` }]);
      else {
        const c = [{ words: `${where(u)}leave out ${word(u)} (${u.label}) and insert—`, block: now }];
        // A unit whose words are nearly all replaced is set out again whole ("leave out subsection (3) and
        // insert— (3) …"), not as words quoted with its label ("leave out from “(3) The” to …").
        const kept = (text.slice(u.start, e.start) + text.slice(e.end, u.end)).replace(/^\s*(?:\*\*|__)?\(\s*[0-9A-Za-z]{1,4}\s*\)(?:\*\*|__)?/, '');
        const count = (w: string) => (w.match(/[\p{L}\p{N}]+/gu) ?? []).length;
        if (first && section.units.includes(u) && count(old) >= 8 && count(kept) <= 3) out.unshift(c);
        else out.push(c);
      }
      first = false;
    }
  }
  // The words set out, without the bill's bold on a new unit's label ("**(3)**"): the applier gives the
  // label the bill's style (labelInBillStyle). The form with the marks stays as a fallback.
  const plainFirst: AmendmentInstruction[][] = [];
  for (const c of out) {
    const bare = c.map((i) => (i.block !== undefined && /insert—$/.test(i.words) && !/leave out/.test(i.words) ? { ...i, block: i.block.replace(/^(\*\*|__)(\([0-9A-Za-z]{1,4}\))\1/, '$2') } : i));
    if (bare.some((i, k) => i.block !== c[k]!.block)) plainFirst.push(bare);
    plainFirst.push(c);
  }
  return plainFirst;
}

/** The edits with touching ones joined and the words they share with the text at either end dropped. */
function normalise(text: string, edits: readonly TextEdit[]): TextEdit[] {
  const merged: TextEdit[] = [];
  for (const e of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const prev = merged[merged.length - 1];
    if (prev && e.start === prev.end) merged[merged.length - 1] = { start: prev.start, end: e.end, newText: prev.newText + e.newText };
    else merged.push({ ...e });
  }
  return merged.map((e) => {
    const old = text.slice(e.start, e.end);
    let ins = e.newText;
    let p = 0;
    while (p < old.length && p < ins.length && old[p] === ins[p]) p++;
    // Keep whole words: back off to a word boundary.
    while (p > 0 && WORD.test(old[p - 1]!) && (WORD.test(old[p] ?? '') || WORD.test(ins[p] ?? ''))) p--;
    let s = 0;
    while (s < old.length - p && s < ins.length - p && old[old.length - 1 - s] === ins[ins.length - 1 - s]) s++;
    while (s > 0 && WORD.test(old[old.length - s]!) && (WORD.test(old[old.length - s - 1] ?? '') || WORD.test(ins[ins.length - s - 1] ?? ''))) s--;
    ins = ins.slice(p, ins.length - s);
    let start = e.start + p;
    let end = e.end - s;
    // A change that starts inside a label ("3) The burden" → "4) Where") takes in its opening bracket.
    if (start > 0 && text[start - 1] === '(' && /^[0-9A-Za-z]{1,4}\)/.test(text.slice(start, end)) && /^[0-9A-Za-z]{1,4}\)/.test(ins)) {
      start--;
      ins = `(${ins}`;
    }
    // A label's number ("4" in "(4)") is quoted with its brackets.
    if (/^[0-9A-Za-z]{1,4}$/.test(text.slice(start, end)) && /^[0-9A-Za-z]{1,4}$/.test(ins) && text[start - 1] === '(' && text[end] === ')') {
      start--;
      end++;
      ins = `(${ins})`;
    }
    // An edit that starts or ends inside a word ("v" → "V") takes in the whole word: instructions quote whole words.
    while (start > 0 && start < text.length && WORD.test(text[start - 1]!) && WORD.test(text[start]!)) {
      start--;
      ins = text[start]! + ins;
    }
    while (end > 0 && end < text.length && WORD.test(text[end - 1]!) && WORD.test(text[end]!)) {
      ins += text[end]!;
      end++;
    }
    // A new paragraph compared as inserted after the line break that ends the one before it ("…subjected.\n"
    // + "\n(2) …\n"): the same insertion made before that line break ("\n\n(2) …"), so that it reads as a new
    // unit set out after the one before it, not as words no instruction form can place.
    if (start === end && start > 0 && text[start - 1] === '\n' && /^[ \t]*\n/.test(ins) && !/^\s*\n[ \t]*\n/.test(ins) && ins.endsWith('\n')) {
      return { start: start - 1, end: start - 1, newText: `\n${ins.slice(0, -1)}` };
    }
    return { start, end, newText: ins };
  });
}

/**
 * States a fix as amendment-paper instructions: `edits` on `text` (UTF-16 offsets, as the engine
 * gives them). The instructions are checked by reading them back (readAmendmentPaper) and applying
 * them (applyInstruction); `exact` says whether they give exactly the fixed text.
 *
 * Each instruction should stand on the bill as printed: it should not amend words an earlier
 * instruction of the same amendment inserted (those words belong in the earlier one), not repeat the
 * instruction before it word for word, and not name a subsection by a number an earlier instruction
 * gave it. Of the ways of stating the change (in the bill's order, from its end back, with the
 * renumbering of labels last, or with the changes inside one subsection stated together), the one with
 * fewest such dependences is kept.
 */
export function fixAsAmendment(text: string, edits: readonly TextEdit[]): FixAmendment {
  const { applied } = applyEdits(text, [...edits]);
  const target = applyEdits(text, applied).text;
  const cache = new SectionCache();
  const wordwise = splitRunOn(text, normalise(text, applied));
  const unitwise = byUnits(text, target, wordwise);
  // Stated unit by unit where that can be stated exactly; else as the words compare.
  const steps = unitwise !== wordwise && !statedInOrder(text, unitwise, unitwise.map((_, i) => i), target, cache).exact ? wordwise : unitwise;
  const forwardOrder = steps.map((_, i) => i);
  const forward = statedInOrder(text, steps, forwardOrder, target, cache);
  let best = forward;
  let backwardTried: Stated | undefined;
  let lastTried: Stated | undefined;
  let togetherTried: Stated | undefined;
  const size = (r: FixAmendment) => r.instructions.reduce((n, i) => n + i.words.length + (i.block?.length ?? 0), 0);
  const better = (r: Stated, than: Stated) => r.exact && (!than.exact || r.dependences < than.dependences);
  // A change stated in the bill's order can name a unit in the state an earlier instruction left it
  // (a new "(2)" before the old one, renumbered after): stated from the end of the bill back, each
  // instruction names the bill as printed. Used when it reads more simply.
  if (steps.length > 1 && (best.dependences || best.instructions.some((i) => /and insert—|place where it occurs|“\([0-9A-Za-z]{1,4}\) /.test(i.words)))) {
    const backward = (backwardTried = statedInOrder(text, steps, [...forwardOrder].reverse(), target, cache));
    if (better(backward, best) || (backward.exact && backward.dependences === best.dependences && size(backward) < size(best))) best = backward;
  }
  // Labels renumbered after the other changes, so that those name the subsections as printed.
  const labels = forwardOrder.filter((i) => isLabel(text.slice(steps[i]!.start, steps[i]!.end)) && isLabel(steps[i]!.newText));
  if (best.dependences && labels.length && labels.length < steps.length) {
    const last = (lastTried = statedInOrder(text, steps, [...forwardOrder.filter((i) => !labels.includes(i)), ...labels], target, cache));
    if (better(last, best)) best = last;
  }
  // Changes inside one subsection stated together, where one instruction amended another's words.
  if (best.overlaps) {
    const merged = mergedByUnit(text, steps, cache);
    if (merged.length < steps.length) {
      const together = (togetherTried = statedInOrder(text, merged, merged.map((_, i) => i), target, cache));
      if (better(together, best)) best = together;
    }
  }
  // A subsection renumbered for a new one set out before it: renumbered first, at the same place, so that
  // the new one is set out "after subsection (1)" and no instruction quotes a label to place words.
  const relabels = forwardOrder.filter((i) => isLabel(text.slice(steps[i]!.start, steps[i]!.end)) && isLabel(steps[i]!.newText));
  if (relabels.length && awkward(best) > 0) {
    const place = (i: number) => {
      let p = steps[i]!.start;
      while (p < text.length && /\s/.test(text[p]!)) p++;
      return p;
    };
    const order = [...forwardOrder].sort((a, b) => place(a) - place(b) || Number(!relabels.includes(a)) - Number(!relabels.includes(b)) || a - b);
    const first = statedInOrder(text, steps, order, target, cache);
    if (first.exact && first.dependences <= best.dependences && awkward(first) < awkward(best) && inBillOrder(text, first, cache)) best = first;
  }
  // A subsection the change renumbers set out once, whole, under its new label, with the other changes
  // stated as they are: no instruction names it by the number another gave it, or amends words set out.
  const relabelled = mergedByUnit(text, steps, cache, true);
  const renumbered = relabelled.length < steps.length ? statedInOrder(text, relabelled, relabelled.map((_, i) => i), target, cache) : undefined;
  // Preferred to every subsection set out again whole, where that was chosen.
  if (renumbered && renumbered.exact && renumbered.dependences <= best.dependences && (size(renumbered) < size(best) || best === togetherTried || awkward(renumbered) < awkward(best)) && inBillOrder(text, renumbered, cache)) best = renumbered;
  // An amendment paper runs in the bill's order: where the statement chosen does not, the same
  // instructions in the bill's order, or another statement that is, with no more dependences.
  if (best.exact && !inBillOrder(text, best, cache)) {
    if (!togetherTried) {
      const merged = mergedByUnit(text, steps, cache);
      if (merged.length < steps.length) togetherTried = statedInOrder(text, merged, merged.map((_, i) => i), target, cache);
    }
    // Changes a word or two apart in one paragraph stated as one ("leave out from … to “evidence.” and insert …").
    const near = joinedNear(text, steps);
    const joined = near.length < steps.length ? statedInOrder(text, near, near.map((_, i) => i), target, cache) : undefined;
      const tried = [best, forward, backwardTried, lastTried, togetherTried, joined, renumbered].filter((x): x is Stated => !!x && x.exact);
    const ordered = [...tried.map((x) => reordered(text, x, target, cache)), ...tried.filter((x) => inBillOrder(text, x, cache))].filter((x): x is Stated => !!x);
    ordered.sort((x, y) => x.dependences - y.dependences || size(x) - size(y));
    if (ordered[0] && ordered[0].dependences <= best.dependences) best = ordered[0];
  }
  const { instructions, exact, problem } = best;
  return { instructions, exact, ...(problem ? { problem } : {}) };
}

/**
 * How many instructions a clerk would find awkward: words counted by occurrence ("in the second place
 * where it occurs"), a unit's label quoted to place words ("before “(2) In this”", "leave out “(2) In”"),
 * or a new numbered unit placed after words rather than after the unit it follows.
 */
function awkward(s: FixAmendment): number {
  return s.instructions.filter((i) => /place where it occurs|(?:before|after|leave out) “\([0-9A-Za-z]{1,4}\) /.test(i.words) || (/ (?:after|before) “[^”]*” insert—$/.test(i.words) && /^\(?[0-9A-Za-z]{1,4}[.)]/.test(i.block ?? ''))).length;
}

/**
 * Where each instruction applies in the bill as printed (the offset of its first change, past any
 * white space, so that a new subsection set out after (2) and a change to the label of (3) are at one
 * place), or undefined for one that changes only words an earlier instruction inserted.
 */
function printPlaces(text: string, applied: readonly { edits: TextEdit[] }[]): (number | undefined)[] {
  const h = new History();
  const out: (number | undefined)[] = [];
  for (const step of applied) {
    const starts = step.edits.map((e) => h.back(e.start)).filter((p): p is number => p !== undefined);
    let p = starts.length ? Math.min(...starts) : undefined;
    if (p !== undefined) while (p < text.length && /\s/.test(text[p]!)) p++;
    // Words inserted at a place come before words changed there ("after subsection (1) insert— (2) …"
    // before the old (2) is renumbered): an insertion is ordered half a place earlier.
    out.push(p !== undefined && step.edits.every((e) => e.start === e.end) ? p - 0.5 : p);
    h.record(step.edits);
  }
  return out;
}

/** Whether the instructions run through the bill from its start to its end, as a paper does. */
function inBillOrder(text: string, s: FixAmendment, cache: SectionCache): boolean {
  const r = applyPaper(text, s.instructions, cache);
  if (!('text' in r)) return false;
  let last = -1;
  for (const p of printPlaces(text, r.steps)) {
    if (p === undefined) continue;
    if (p < last) return false;
    last = p;
  }
  return true;
}

/**
 * The same instructions put in the bill's order (one that amends words an earlier one inserted stays
 * after it), where so read they still give exactly the fixed bill; with their dependences counted
 * again, since each now reads the bill as the instructions before it in the bill leave it.
 */
function reordered(text: string, s: Stated, target: string, cache: SectionCache): Stated | undefined {
  const r = applyPaper(text, s.instructions, cache);
  if (!('text' in r)) return undefined;
  let last = -1;
  const keys = printPlaces(text, r.steps).map((p) => (p === undefined ? last : (last = p)));
  const order = keys.map((_, i) => i).sort((a, b) => keys[a]! - keys[b]! || a - b);
  if (order.every((k, i) => k === i)) return undefined;
  const instructions = order.map((k) => s.instructions[k]!);
  const again = applyPaper(text, instructions, cache);
  if (!('text' in again) || again.text !== target) return undefined;
  const d = dependencesOf(text, new History(), again.steps, undefined, cache);
  return { instructions, exact: true, dependences: d.dependences, overlaps: d.overlaps };
}

/**
 * An insertion of words that run on from the text ("; and") followed by new paragraphs ("(g) …") is
 * two changes: the words, inserted where they go, and the paragraphs, set out after the unit they
 * follow; not one that leaves out the unit and sets it out again with both. New paragraphs inserted at
 * the start of a line ("(e) …", blank line, "(f) …", blank line, before the next heading) run on from
 * nothing: they are one block, set out after the unit before them.
 */
function splitRunOn(text: string, steps: readonly TextEdit[]): TextEdit[] {
  return steps.flatMap((e) => {
    const nl = e.newText.indexOf('\n');
    if (e.start !== e.end || nl < 0 || e.start === 0 || text[e.start - 1] === '\n') return [e];
    const words = e.newText.slice(0, nl).trimEnd();
    const rest = e.newText.slice(words.length);
    // The words on the line, then a blank line, then the new paragraphs.
    if (!words.trim() || !/^[ \t]*\n[ \t]*\n/.test(rest) || !rest.trim()) return [e];
    return [
      { start: e.start, end: e.end, newText: words },
      { start: e.start, end: e.end, newText: rest },
    ];
  });
}

/**
 * The steps, with a change that runs across the outer units of a section (a subsection) stated unit by
 * unit, as a clerk states it: where the fixed section keeps a subsection's label, the change to that
 * subsection; where it has a subsection the bill lacks, the new subsection set out after the one it
 * follows. A word-by-word comparison of
 * the whole bill can otherwise pair an old subsection with a different new one ("leave out “(3) The
 * burden … accused” and insert “(4) Where …”", as if the new rule replaced the old). Unchanged where
 * the units cannot be paired by their labels (a subsection left out, the rest renumbered), or the
 * unit-by-unit changes do not give `target`.
 */
function byUnits(text: string, target: string, steps: TextEdit[]): TextEdit[] {
  let out = steps;
  const sections = billStructure(text);
  const fixed = billStructure(target);
  for (const sec of sections) {
    const units = sec.units;
    if (sec.container || !sec.number || units.length < 2) continue;
    const A = units[0]!.start;
    const B = units[units.length - 1]!.end;
    const inside = out.filter((e) => e.start >= A && e.end <= B);
    // A change across subsections, or one that sets out a new subsection inside the text of another.
    const labelled = (e: TextEdit) => {
      // The words inserted, read from the start of the line they begin on.
      const line = text.lastIndexOf('\n', e.start - 1) + 1;
      const words = text.slice(line, e.start) + e.newText;
      return [...words.matchAll(/(?:^|\n)[ \t]*(?:\*\*|__)?\(\s*([0-9A-Za-z]{1,4})\s*\)/g)].some((m) => units.some((u) => u.label === m[1]));
    };
    const crossing = inside.some((e) => (e.start < e.end && units.filter((u) => e.start < u.end && e.end > u.start).length >= 2) || (e.start < e.end && labelled(e)));
    if (!crossing) continue;
    const outside = out.filter((e) => !inside.includes(e));
    if (outside.some((e) => e.end > A && e.start < B)) continue;
    const delta = (es: readonly TextEdit[]) => es.reduce((d, e) => d + e.newText.length - (e.end - e.start), 0);
    const A2 = A + delta(outside.filter((e) => e.end <= A));
    const B2 = A2 + (B - A) + delta(inside);
    const now = fixed.filter((x) => !x.container && x.number === sec.number);
    if (now.length !== 1) continue;
    const N = now[0]!.units;
    if (!N.length || N[0]!.start !== A2 || N[N.length - 1]!.end !== B2) continue;
    const oldLabels = units.map((u) => u.label);
    const newLabels = N.map((u) => u.label);
    if (new Set(oldLabels).size !== oldLabels.length || new Set(newLabels).size !== newLabels.length) continue;
    // The labels kept must be in the same order on both sides.
    const keptOld = oldLabels.filter((l) => newLabels.includes(l));
    const keptNew = newLabels.filter((l) => oldLabels.includes(l));
    if (!keptOld.length || keptOld.join('\u0000') !== keptNew.join('\u0000')) continue;
    // A subsection left out usually renumbers those after it: the labels no longer pair the units.
    if (keptOld.length !== oldLabels.length) continue;
    // So does a subsection kept word for word under a new label (a new "(2)" before the old one, now "(3)").
    const body = (t: string, u: Unit) => plain(t.slice(u.start, u.end).replace(/^\s*(?:\*\*|__)?\(\s*[0-9A-Za-z]{1,4}\s*\)(?:\*\*|__)?/, ''));
    const oldBodies = new Map(units.map((u) => [body(text, u), u.label]));
    if (N.some((n) => oldBodies.has(body(target, n)) && oldBodies.get(body(target, n)) !== n.label)) continue;
    const edits: TextEdit[] = [];
    let i = 0;
    let j = 0;
    let ok = true;
    while (ok && (i < units.length || j < N.length)) {
      const o = units[i];
      const n = N[j];
      if (o && n && o.label === n.label) {
        const was = text.slice(o.start, o.end);
        const is = target.slice(n.start, n.end);
        // The changes inside it as they were, where each keeps to it; else the unit's new text.
        // (New paragraphs inserted at its end are not its changes: they are set out as new units below.)
        const own = inside.filter((e) => o.start <= e.start && e.end <= o.end && !(e.start === e.end && e.start === o.end && /^[ \t]*\n/.test(e.newText)));
        const shifted = own.map((e) => ({ start: e.start - o.start, end: e.end - o.start, newText: e.newText }));
        if (own.length && applyEdits(was, shifted).text === is) edits.push(...own);
        else if (was !== is) edits.push(...normalise(text, [{ start: o.start, end: o.end, newText: is }]));
        i++;
        j++;
      } else if (n && !oldLabels.includes(n.label)) {
        // New units, set out after the unit before them.
        let k = j;
        while (k + 1 < N.length && !oldLabels.includes(N[k + 1]!.label)) k++;
        if (i === 0) ok = false;
        else edits.push({ start: units[i - 1]!.end, end: units[i - 1]!.end, newText: target.slice(N[j - 1]!.end, N[j]!.start) + target.slice(N[j]!.start, N[k]!.end) });
        j = k + 1;
      } else ok = false;
    }
    if (!ok) continue;
    const next = [...outside, ...edits].sort((x, y) => x.start - y.start || x.end - y.end);
    if (applyEdits(text, next).text === target) out = next;
  }
  return out;
}

/** Whether the words are a unit's label alone ("(4)"). */
function isLabel(s: string): boolean {
  return /^\(\s*[0-9A-Za-z]{1,4}\s*\)$/.test(s.trim());
}

/**
 * The steps, with those inside one outer unit of a section (a subsection) joined into one edit; with
 * `renumbered`, only those of a unit whose label the change renumbers, so that the unit is set out once
 * as it will read under its new label and no instruction names it by a number another one gave it.
 */
function mergedByUnit(text: string, steps: readonly TextEdit[], cache: SectionCache, renumbered = false): TextEdit[] {
  const sections = billStructure(text, { cache });
  const keyOf = (e: TextEdit) => {
    // A unit left out with the blank line after it is still inside the unit that holds it.
    const end = e.newText.trim() ? e.end : Math.max(e.start, trimEnd(text, e.start, e.end));
    const si = sections.findIndex((x) => !x.container && x.start <= e.start && end <= x.end);
    // A new unit set out after one is set out with the unit it goes before.
    let at = e.start;
    if (e.start === e.end && /^\s*\n[ \t]*\n/.test(e.newText)) while (at < text.length && /\s/.test(text[at]!)) at++;
    const ui = si < 0 ? -1 : sections[si]!.units.findIndex((u) => u.start <= at && end <= u.end);
    return ui < 0 ? undefined : `${si}:${ui}`;
  };
  // Words left out across subsections ("(c) …" of one and the whole of the next) are left out subsection by subsection.
  const pieces = steps.flatMap((e) => {
    if (e.newText || e.start === e.end) return [e];
    const cuts = sections.flatMap((x) => x.units.map((u) => u.start)).filter((p) => e.start < p && p < e.end);
    const at = [e.start, ...cuts, e.end];
    return at.slice(1).map((p, i) => ({ start: at[i]!, end: p, newText: '' }));
  });
  const groups: { key?: string; steps: TextEdit[] }[] = [];
  for (const e of pieces) {
    const key = keyOf(e);
    const prev = groups[groups.length - 1];
    if (prev && key !== undefined && prev.key === key) prev.steps.push(e);
    else groups.push({ ...(key !== undefined ? { key } : {}), steps: [e] });
  }
  // A unit's own label renumbered ("(4)" → "(2)"), not a cross-reference to one ("subsection (4)").
  const starts = new Set(sections.flatMap((x) => x.units.map((u) => u.start)));
  const relabel = (e: TextEdit) => starts.has(e.start) && isLabel(text.slice(e.start, e.end)) && isLabel(e.newText);
  const newUnit = (e: TextEdit) => e.start === e.end && /\n[ \t]*\n/.test(e.newText);
  // A unit renumbered and changed in its words; not one only renumbered for a new unit set out before it.
  const rewritten = (g: { steps: TextEdit[] }) => g.steps.some(relabel) && g.steps.some((e) => !relabel(e) && !newUnit(e));
  return groups.flatMap((g) => {
    if (g.steps.length < 2 || (renumbered && !rewritten(g))) return g.steps.map((e) => ({ ...e }));
    const first = g.steps[0]!;
    let newText = first.newText;
    let end = first.end;
    for (const e of g.steps.slice(1)) {
      newText += text.slice(end, e.start) + e.newText;
      end = e.end;
    }
    // A last paragraph left out with the blank line after it: the unit now ends where the words before it end.
    const last = g.steps[g.steps.length - 1]!;
    if (!last.newText.trim() && trimEnd(text, last.start, last.end) < last.end) {
      end = Math.max(last.start, trimEnd(text, last.start, last.end));
      newText = newText.trimEnd();
    }
    // The blank line before a new unit is the bill's own, kept: the change starts where the unit does.
    let start = first.start;
    while (start < end && newText && text[start] === newText[0] && /\s/.test(newText[0]!)) {
      start++;
      newText = newText.slice(1);
    }
    // A unit renumbered is set out whole, under its new label: "leave out subsection (4) and insert— (3) …".
    const [si, ui] = g.key!.split(':').map(Number);
    const u = sections[si!]!.units[ui!]!;
    if (renumbered && u.start <= start && end <= u.end) {
      newText = text.slice(u.start, start) + newText + text.slice(end, u.end);
      start = u.start;
      end = u.end;
    }
    return [{ start, end, newText }];
  });
}

/** The steps (in the bill's order), with those fewer than three words apart in one paragraph joined into one edit. */
function joinedNear(text: string, steps: readonly TextEdit[]): TextEdit[] {
  const out: TextEdit[] = [];
  for (const e of steps) {
    const prev = out[out.length - 1];
    const gap = prev ? text.slice(prev.end, e.start) : '';
    if (prev && e.start >= prev.end && !/\n[ \t]*\n/.test(gap) && (gap.match(/[\p{L}\p{N}]+/gu) ?? []).length < 3) {
      out[out.length - 1] = { start: prev.start, end: e.end, newText: prev.newText + gap + e.newText };
    } else out.push({ ...e });
  }
  return out;
}

/** A statement of the change, with how many of its instructions depend on earlier ones. */
interface Stated extends FixAmendment {
  /** Instructions that amend inserted words, repeat the one before, or name a renumbered unit. */
  dependences: number;
  /** Of those, the ones that amend words an earlier instruction inserted. */
  overlaps: number;
}

/**
 * The edits the instructions chosen so far have made, to read a place in the amended bill back in the
 * bill as printed, and the words they inserted (where they now are).
 */
class History {
  private readonly batches: TextEdit[][] = [];
  inserted: { start: number; end: number }[] = [];

  /** A copy, to try a candidate on. */
  clone(): History {
    const h = new History();
    h.batches.push(...this.batches);
    h.inserted = [...this.inserted];
    return h;
  }

  /** Records an instruction's edits, made on the text as the instructions before it left it. */
  record(edits: readonly TextEdit[]): void {
    const sorted = [...edits].sort((x, y) => x.start - y.start);
    // Where an offset moves to: past the edits before it; an insertion at the end of inserted words stays outside them.
    const forward = (p: number, isEnd: boolean) => {
      let d = 0;
      for (const e of sorted) {
        if (e.end < p || (e.end === p && (e.start < e.end || !isEnd))) {
          d += e.newText.length - (e.end - e.start);
          continue;
        }
        if (e.start < p) return isEnd ? e.start + d + e.newText.length : e.start + d;
        break;
      }
      return p + d;
    };
    this.inserted = this.inserted.map((r) => ({ start: forward(r.start, false), end: forward(r.end, true) })).filter((r) => r.end > r.start);
    let d = 0;
    for (const e of sorted) {
      const lead = e.newText.length - e.newText.trimStart().length;
      const words = e.newText.trim().length;
      if (words) this.inserted.push({ start: e.start + d + lead, end: e.start + d + lead + words });
      d += e.newText.length - (e.end - e.start);
    }
    this.batches.push(sorted);
  }

  /** The offset in the bill as printed of `p` in the amended bill, or undefined when `p` is in inserted words. */
  back(p: number): number | undefined {
    let pos: number | undefined = p;
    for (let k = this.batches.length - 1; k >= 0 && pos !== undefined; k--) {
      let d = 0;
      let out: number | undefined;
      for (const e of this.batches[k]!) {
        const s = e.start + d;
        if (pos < s || (pos === s && !e.newText.length)) break;
        if (pos < s + e.newText.length) {
          out = -1;
          break;
        }
        d += e.newText.length - (e.end - e.start);
      }
      pos = out === -1 ? undefined : pos - d;
    }
    return pos;
  }
}

/** The unit a locator names in `text`, found as the reader finds it (by its labels), or undefined. */
function namedUnit(text: string, loc: Locator, cache: SectionCache): { section: SectionUnit; unit: Unit } | undefined {
  if (!loc.section || !loc.path.length) return undefined;
  const n = loc.section.toLowerCase();
  const found = billStructure(text, { cache }).filter((s) => !s.container && s.number.toLowerCase() === n);
  if (found.length !== 1) return undefined;
  let pool: readonly Unit[] = found[0]!.units;
  let unit: Unit | undefined;
  for (const step of loc.path) {
    unit = pool.find((u) => u.label === step.label) ?? flatten(pool).find((u) => u.label === step.label && u.level === step.level);
    if (!unit) return undefined;
    pool = unit.children;
  }
  return unit ? { section: found[0]!, unit } : undefined;
}

/** How the instructions of a candidate depend on earlier ones (see Stated), checked as they were applied. */
function dependencesOf(
  original: string,
  history: History,
  applied: readonly { read: PaperInstruction; edits: TextEdit[]; on: string }[],
  previous: string | undefined,
  cache: SectionCache,
): { dependences: number; overlaps: number; history: History } {
  const h = history.clone();
  let dependences = 0;
  let overlaps = 0;
  let prev = previous;
  for (const step of applied) {
    if (step.read.text === prev) dependences++;
    prev = step.read.text;
    // The words it changes, or the words it inserts next to, were inserted by an earlier instruction.
    const within = (x: number, y: number) => h.inserted.some((r) => (x < y ? x < r.end && y > r.start : r.start < x && x < r.end));
    const a = step.read.action;
    const anchored = a.kind === 'insert-words' ? step.edits.some((e) => (a.position === 'before' ? within(e.start, e.start + plain(a.words).length) : within(e.start - plain(a.words).length, e.start))) : false;
    if (anchored || step.edits.some((e) => within(e.start, e.end))) {
      dependences++;
      overlaps++;
    }
    // Words quoted from the bill must find the same place in the print as in the text the instructions
    // before it left: a clerk reads each instruction against the bill as printed. "leave out “that”"
    // after an instruction that removed another "that" is ambiguous on the print, or finds the wrong one.
    if (a.kind !== 'omit-unit' && a.kind !== 'replace-unit' && a.kind !== 'insert-unit' && step.edits.length && !anchored && !step.edits.some((e) => within(e.start, e.end))) {
      const onPrint = applyInstruction(original, step.read, { cache });
      const here = step.edits.map((e) => h.back(e.start));
      if (!onPrint.ok || onPrint.edits.length !== step.edits.length || onPrint.edits.some((e, i) => here[i] !== undefined && here[i] !== e.start)) dependences++;
    }
    const locators = [step.read.locator, ...(a.kind === 'omit-unit' || a.kind === 'replace-unit' ? [a.unit] : a.kind === 'insert-unit' ? [a.anchor] : [])];
    for (const loc of locators) {
      const now = namedUnit(step.on, loc, cache);
      if (!now) continue;
      const was = h.back(now.unit.end);
      if (was === undefined) continue;
      const printed = billStructure(original, { cache }).find((s) => !s.container && s.number === now.section.number);
      const same = printed && flatten(printed.units).find((u) => u.end === was && u.level === now.unit.level);
      if (same && same.label !== now.unit.label) dependences++;
    }
    h.record(step.edits);
  }
  return { dependences, overlaps, history: h };
}

/** The steps stated one instruction (or a few) at a time, in the order given (indices into `steps`, which are in the bill's order). */
function statedInOrder(text: string, steps: readonly TextEdit[], order: readonly number[], target: string, cache: SectionCache): Stated {
  const instructions: AmendmentInstruction[] = [];
  let cur = text;
  let problem: string | undefined;
  let history = new History();
  let dependences = 0;
  let overlaps = 0;
  const done: number[] = [];
  for (const k of order) {
    const step = steps[k]!;
    // The steps already stated before this one in the bill have moved it.
    const delta = done.filter((j) => j < k).reduce((d, j) => d + steps[j]!.newText.length - (steps[j]!.end - steps[j]!.start), 0);
    done.push(k);
    const e = { start: step.start + delta, end: step.end + delta, newText: step.newText };
    const want = applyEdits(cur, [e]).text;
    let chosen: { c: AmendmentInstruction[]; d: ReturnType<typeof dependencesOf>; rank: number } | undefined;
    for (const c of candidates(cur, e, cache, target)) {
      const r = applyPaper(cur, c, cache);
      if (!('text' in r) || r.text !== want) continue;
      const d = dependencesOf(text, history, r.steps, instructions.length ? readAmendmentPaper(amendmentPaperText(instructions.slice(-1)))[0]?.text : undefined, cache);
      // Fewest dependences first; then words unique in their unit over "in the second place where it
      // occurs", which a clerk must count on the print, and a unit named ("after subsection (1)") over
      // words quoted from its label ("before “(2) In this”").
      const rank = d.dependences * 2 + (c.some((i) => /place where it occurs|(?:before|after) “\([0-9A-Za-z]{1,4}\)/.test(i.words)) ? 1 : 0);
      if (!chosen || rank < chosen.rank) chosen = { c, d, rank };
      if (!rank) break;
    }
    if (chosen) {
      instructions.push(...chosen.c);
      history = chosen.d.history;
      dependences += chosen.d.dependences;
      overlaps += chosen.d.overlaps;
    } else {
      // Never the first form tried, which does not make the change: a paper prints only instructions that
      // do what they say; the change left unstated is reported (`problem`), for the drafter to state.
      problem ??= `no instruction form gives exactly the change at offset ${step.start} (“${plain(text.slice(step.start, step.end)).slice(0, 60)}” → “${plain(step.newText).slice(0, 60)}”)`;
    }
    cur = want;
  }
  // Each instruction was checked on the text the ones before it leave, so together they give the target.
  const exact = !problem && cur === target;
  return { instructions, exact, dependences, overlaps, ...(exact ? {} : { problem: problem ?? 'the instructions applied together give a different text' }) };
}

/**
 * The edits that turn `before` into `after` (a bill and the same bill fixed), word by word; changes
 * separated by fewer than three unchanged words are one edit, so that a rewritten phrase reads as one
 * amendment, not as many one-word ones.
 */
export function editsBetween(before: string, after: string): TextEdit[] {
  const out: (TextEdit & { joined: number })[] = [];
  let pos = 0;
  // A run of unchanged words joined to the last edit is given back unless another change follows it.
  const settle = () => {
    const last = out[out.length - 1];
    if (last && last.joined) {
      last.end -= last.joined;
      last.newText = last.newText.slice(0, last.newText.length - last.joined);
      last.joined = 0;
    }
  };
  for (const part of diffWordsWithSpace(before, after)) {
    const last = out[out.length - 1];
    const touching = last && last.end === pos;
    if (part.added || part.removed) {
      if (touching) last.joined = 0;
      const len = part.removed ? part.value.length : 0;
      if (touching) {
        last.end += len;
        if (part.added) last.newText += part.value;
      } else out.push({ start: pos, end: pos + len, newText: part.added ? part.value : '', joined: 0 });
      pos += len;
      continue;
    }
    const words = part.value.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    if (touching && words < 3 && !/\n[ \t]*\n/.test(part.value)) {
      last.end += part.value.length;
      last.newText += part.value;
      last.joined += part.value.length;
    } else settle();
    pos += part.value.length;
  }
  settle();
  return out.map(({ start, end, newText }) => ({ start, end, newText }));
}

/**
 * An amendment paper for `bill` (a file name, for the title) holding the instructions, numbered, with
 * inserted text set out as block quotes: the form `np-lint amend` reads back.
 */
export function amendmentPaper(bill: string, instructions: readonly AmendmentInstruction[]): string {
  const lines = [`# Amendments to ${bill}`, ''];
  instructions.forEach((i, k) => {
    lines.push(`${k + 1}. ${i.words}`, '');
    if (i.block !== undefined) {
      for (const l of i.block.split('\n')) lines.push(l.trim() ? `   > ${l}` : '   >');
      lines.push('');
    }
  });
  return lines.join('\n');
}
