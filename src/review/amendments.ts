/**
 * Applies one instruction of an amendment paper (amendmentPaper.ts) to the text of a bill, or
 * refuses it with the reason: the place it names is not in the bill, the words are not there or
 * are there more than once, the form is not supported, or the result would break the bill's
 * numbering. Offsets are UTF-16 code units, 0-based.
 */
import { applyEdits, type SectionCache, type TextEdit } from '../engine/index.js';
import type { Action, Locator, PaperInstruction } from './amendmentPaper.js';
import { billStructure, type DefinitionUnit, type SectionUnit, type Unit } from './structure.js';

export type Outcome =
  | {
      ok: true;
      text: string;
      /** The edits made, on the text given. */
      edits: TextEdit[];
      /** The place the instruction was applied to, as the paper names it ("clause 14(1)"). */
      place: string;
      /** The provisions it changed, named as in the bill before (omitted ones) or after ("Section 14"). */
      provisions: string[];
      /** Something the reader should know (cross-references updated by a renumbering). */
      note?: string;
    }
  | { ok: false; reason: string };

export function placeText(loc: Locator): string {
  let s = loc.section ? `${loc.keyword} ${loc.section}${loc.path.map((p) => `(${p.label})`).join('')}` : loc.path.length ? `${loc.path[0]!.level} ${loc.path.map((p) => `(${p.label})`).join('')}` : 'the bill';
  if (loc.definition) s += `${loc.section ? ',' : ''} in the definition of “${loc.definition}”`.replace(/^the bill,? /, '');
  if (loc.heading) s += ', in the heading';
  return s.replace(/^the bill in/, 'in');
}

interface Region {
  start: number;
  end: number;
  section?: SectionUnit;
  unit?: Unit;
  definition?: DefinitionUnit;
}

type Found = Region | { error: string };

const termKey = (t: string) => t.replace(/[“”"‘’'*_]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

function flatten(units: readonly Unit[]): Unit[] {
  return units.flatMap((u) => [u, ...flatten(u.children)]);
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  return e;
}

/** The part of the bill a locator names. */
function locate(text: string, sections: readonly SectionUnit[], loc: Locator): Found {
  let region: Region = { start: 0, end: text.length };
  if (loc.section) {
    const n = loc.section.toLowerCase();
    let found = sections.filter((s) => !s.container && s.number.toLowerCase() === n);
    // "In clause 3, in the inserted section 20A": the section 20A that clause 3 sets out.
    if (loc.within) {
      const host = loc.within.toLowerCase();
      found = found.filter((s) => new RegExp(String.raw`,\s+as\s+(?:inserted|substituted)\s+by\s+\S+\s+${host.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i').test(s.name));
      if (!found.length) return { error: `the bill has no ${loc.keyword} ${loc.section} set out in its ${loc.within}` };
    }
    // "article 586 (8)": an article numbered with a bracketed number, not paragraph (8) of article 586.
    const first = loc.path[0];
    if (!found.length && first) {
      const whole = `${n} (${first.label.toLowerCase()})`;
      found = sections.filter((s) => !s.container && s.number.toLowerCase() === whole);
      if (found.length) loc = { ...loc, section: `${loc.section} (${first.label})`, path: loc.path.slice(1) };
    }
    if (!found.length) return { error: `there is no ${loc.keyword} ${loc.section} in the bill` };
    if (found.length > 1) return { error: `the bill has ${found.length} provisions numbered ${loc.section}, so “${loc.keyword} ${loc.section}” is ambiguous` };
    const s = found[0]!;
    // "in the heading": the heading's words only.
    if (loc.heading) return { start: s.headingStart, end: s.headingEnd, section: s };
    region = { start: s.start, end: trimEnd(text, s.start, s.end), section: s };
  } else if (loc.path.length) {
    return { error: `the instruction does not say which clause its ${loc.path[0]!.level} (${loc.path[0]!.label}) is in` };
  }
  let pool: Unit[] = region.section ? flatten(region.section.units) : [];
  if (loc.definition) {
    const key = termKey(loc.definition);
    const defs = (region.section ? [region.section] : sections).flatMap((s) => s.definitions.map((d) => ({ d, s }))).filter((x) => termKey(x.d.term) === key);
    if (!defs.length) return { error: `there is no definition of “${loc.definition}” in ${region.section ? `${loc.keyword} ${loc.section}` : 'the bill'}` };
    if (defs.length > 1) return { error: `“${loc.definition}” is defined ${defs.length} times in ${region.section ? `${loc.keyword} ${loc.section}` : 'the bill'}; say in which clause` };
    const { d, s } = defs[0]!;
    region = { start: d.start, end: d.end, section: s, definition: d };
    pool = flatten(s.units).filter((u) => u.start >= d.start && u.start < d.end);
  }
  let scope = pool;
  // The units directly inside the place reached so far: a label there names the unit whatever word the
  // instruction calls it by ("section 3(b)" where the bill's "(b)" is a subsection holding "(1)").
  let direct: Unit[] = loc.definition ? pool : region.section ? region.section.units : [];
  let where = loc.definition ? `the definition of “${loc.definition}”` : `${loc.keyword} ${loc.section ?? ''}`.trim();
  for (const step of loc.path) {
    let hits = scope.filter((u) => u.level === step.level && u.label.toLowerCase() === step.label.toLowerCase());
    if (!hits.length) hits = direct.filter((u) => u.label.toLowerCase() === step.label.toLowerCase());
    const exact = hits.filter((u) => u.label === step.label);
    const list = exact.length ? exact : hits;
    if (!list.length) return { error: `${where} has no ${step.level} (${step.label})` };
    if (list.length > 1) return { error: `${where} has more than one ${step.level} (${step.label}); say which ${step.level === 'paragraph' ? 'subsection' : 'paragraph'} it is in` };
    const u = list[0]!;
    region = { start: u.start, end: u.end, unit: u, ...(region.section ? { section: region.section } : {}) };
    scope = flatten(u.children);
    direct = u.children;
    where = `${where}(${u.label})`;
  }
  return region;
}

/** Whether `at` is where a paragraph begins: at the start of the text, or after a blank line (spaces before it allowed). */
export function startsParagraph(text: string, at: number): boolean {
  let p = at;
  while (p > 0 && (text[p - 1] === ' ' || text[p - 1] === '\t')) p--;
  if (p === 0) return true;
  if (text[p - 1] !== '\n') return false;
  p--;
  if (text[p - 1] === '\r') p--;
  while (p > 0 && (text[p - 1] === ' ' || text[p - 1] === '\t')) p--;
  return text[p - 1] === '\n';
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where the words occur in text[from, to): white space may differ, straight and curly quotes are alike, whole words only. */
export function findWords(text: string, from: number, to: number, words: string): { start: number; end: number }[] {
  const w = words.trim();
  if (!w) return [];
  let body = '';
  for (const ch of w) {
    if (/\s/.test(ch)) {
      if (!body.endsWith('\\s+')) body += '\\s+';
    } else if (/['‘’]/.test(ch)) body += "['‘’]";
    else if (/["“”]/.test(ch)) body += '["“”]';
    else body += escapeRe(ch);
  }
  const lead = /^[\p{L}\p{N}]/u.test(w) ? '(?<![\\p{L}\\p{N}])' : '';
  const tail = /[\p{L}\p{N}]$/u.test(w) ? '(?![\\p{L}\\p{N}])' : '';
  const re = new RegExp(lead + body + tail, 'gu');
  const slice = text.slice(from, to);
  const out: { start: number; end: number }[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice))) {
    out.push({ start: from + m.index, end: from + m.index + m[0].length });
    re.lastIndex = m.index + Math.max(1, m[0].length);
  }
  return out;
}

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** Inserted text from the paper, in the bill's line endings, without the white space around it. */
function asBillText(s: string, eol: string): string {
  return s.replace(/\r\n?/g, '\n').replace(/^\s*\n/, '').replace(/\s+$/, '').split('\n').join(eol);
}

/** The start of the next non-blank text after `end` (or `limit`). */
function nextContent(text: string, end: number, limit: number): number {
  let e = end;
  while (e < limit && /\s/.test(text[e]!)) e++;
  return e;
}

const HEAD_NUMBER = /^((?:section|article|clause|regulation|art\.|s\.)[ \t]*)?(\d{1,4}[A-Za-z]{0,2})([ \t]*[.:]?[ \t]*(?:[—–-][ \t]*)?)/i;
const NEW_HEADING = /^(?:#{1,6}[ \t]+)?(?:\*\*|__)?[ \t]*(?:(?:new[ \t]+)?(?:clause|section|article|regulation)[ \t]+)?(\d{1,4}[A-Za-z]{0,2})[ \t]*[.:]?[ \t]*(?:[—–-][ \t]*)?(.*?)[ \t]*(?:\*\*|__)?[ \t]*$/i;

/** A new section's text with its first line written as a heading in the style of `like` (a section of the bill). */
function asSection(text: string, block: string, like: SectionUnit, sections: readonly SectionUnit[], eol: string): { text: string; number: string } | { error: string } {
  const lines = block.replace(/\r\n?/g, '\n').replace(/^\s*\n/, '').replace(/\s+$/, '').split('\n');
  // A run-in heading ("**21. Detention.** A trafficked person ..."): the heading, then its text as the body.
  const runIn = /^(?:#{1,6}[ \t]+)?(\*\*|__)([^*_\n]+?)\1[ \t]*(?:[—–-][ \t]*)?(\S.*)$/.exec(lines[0]!.trim());
  if (runIn) lines.splice(0, 1, `${runIn[1]}${runIn[2]}${runIn[1]}`, '', runIn[3]!);
  const m = NEW_HEADING.exec(lines[0]!.trim());
  if (!m || !m[2]!.replace(/[.*_]/g, '').trim()) return { error: 'the new provision’s first line should give its number and heading (for example “14A. Child victims”)' };
  const number = m[1]!;
  if (sections.some((s) => !s.container && s.number.toLowerCase() === number.toLowerCase())) return { error: `the bill already has a provision numbered ${number}` };
  const lineStart = text.lastIndexOf('\n', like.headingStart - 1) + 1;
  const prefix = text.slice(lineStart, like.headingStart);
  const style = HEAD_NUMBER.exec(like.heading);
  const keyword = style?.[1] ?? '';
  const sep = style?.[3] || ' ';
  const bold = /\*\*|__/.exec(prefix)?.[0] ?? '';
  const title = m[2]!.replace(/[*_]+$/, '').trim().replace(/\.$/, '');
  const heading = `${prefix}${keyword}${number}${sep}${title}${bold && /\.$/.test(like.heading) ? '.' : ''}${bold}`;
  const body = lines.slice(1);
  while (body.length && !body[0]!.trim()) body.shift();
  return { text: [heading, ...(body.length ? ['', ...body] : [])].join(eol), number };
}

/** Whether a block of new text starts with a unit label already used among `siblings`. */
/**
 * A new unit's label in the bill's style: where the units beside it have bold labels ("**(2)**"), the
 * label the amendment sets out plainly ("(3) Where…") is made bold the same way. An amendment paper
 * sets out the words only; the bill's typography of labels is the applier's to keep.
 */
export function labelInBillStyle(block: string, text: string, like: Unit | undefined): string {
  if (!like) return block;
  const mark = text.slice(like.start - 2, like.start);
  if ((mark !== '**' && mark !== '__') || !text.startsWith(`(${like.label})${mark}`, like.start)) return block;
  return block.replace(/^\(([0-9A-Za-z]{1,4})\)(?![*_])/, `${mark}($1)${mark}`);
}

function duplicateLabel(block: string, siblings: readonly Unit[]): string | undefined {
  const m = /^\s*\(\s*([0-9A-Za-z]{1,4})\s*\)/.exec(block);
  if (!m) return undefined;
  return siblings.some((u) => u.label === m[1]) ? m[1] : undefined;
}

function siblingsOf(section: SectionUnit | undefined, unit: Unit | undefined): Unit[] {
  if (!section || !unit) return section?.units ?? [];
  const all = flatten(section.units);
  const parent = all.find((p) => p.children.includes(unit));
  return parent ? parent.children : section.units;
}

function pickOccurrence(hits: { start: number; end: number }[], action: { occurrence: import('./amendmentPaper.js').Occurrence; words: string }, place: string): { start: number; end: number }[] | string {
  const o = action.occurrence;
  if (!hits.length) return `the words “${action.words}” are not in ${place}`;
  if (o.which === 'all') return hits;
  if (o.which === 'last') return [hits[hits.length - 1]!];
  if (o.which === 'nth') return hits[o.n - 1] ? [hits[o.n - 1]!] : `“${action.words}” occurs only ${hits.length} time${hits.length === 1 ? '' : 's'} in ${place}`;
  if (hits.length > 1) return `“${action.words}” occurs ${hits.length} times in ${place}, so the instruction is ambiguous (say which, for example “in the second place where it occurs”)`;
  return hits;
}

const WORDISH = /[\p{L}\p{N}]/u;

// Punctuation that ends a word or a sentence: words inserted right after it need a space ("trafficked." + "Where").
const CLOSING = /[.,;:!?)\]”]/;

/** Inserted words with the space a sentence needs between them and the bill's words on either side. */
function insertSpacing(before: string, ins: string, after: string): string {
  let s = ins;
  if (before && !/\s$/.test(before) && /^[\p{L}\p{N}(“‘"']/u.test(s) && (WORDISH.test(before.slice(-1)) || CLOSING.test(before.slice(-1)))) s = ` ${s}`;
  if (after && !/^\s/.test(after) && (/[\p{L}\p{N})”’"']$/u.test(s) || CLOSING.test(s.slice(-1))) && WORDISH.test(after[0]!)) s = `${s} `;
  return s;
}

/** Cross-references to the bill's own sections ("section 15", "sections 15 and 16", "section 15(2)"), not to another Act's. */
function renumberReferences(text: string, map: Map<string, string>, skip: readonly { start: number; end: number }[]): { edits: TextEdit[]; count: number } {
  const re = /\b(sections?|clauses?|ss?\.)(\s+)((?:\d{1,4}[A-Za-z]{0,2}(?:\s*\(\s*[0-9A-Za-z]{1,4}\s*\))*)(?:\s*(?:,|and|or|to)\s*\d{1,4}[A-Za-z]{0,2}(?:\s*\(\s*[0-9A-Za-z]{1,4}\s*\))*)*)/gi;
  const edits: TextEdit[] = [];
  let count = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const at = m.index;
    if (skip.some((s) => at >= s.start && at < s.end)) continue;
    const after = text.slice(at + m[0].length, at + m[0].length + 40);
    // "section 41 of the Immigration Act", "section 3 of that Act": another instrument's section.
    if (/^\s*of\s+(?:the|that|an?|any|such)\b/i.test(after)) continue;
    // Inside a quotation of another instrument (a block quote line).
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    if (/^ {0,3}>/.test(text.slice(lineStart, at + 1))) continue;
    const listStart = at + m[1]!.length + m[2]!.length;
    const list = m[3]!;
    let depth = 0;
    for (let i = 0; i < list.length; i++) {
      const ch = list[i]!;
      if (ch === '(') depth++;
      else if (ch === ')') depth--;
      else if (depth === 0 && /\d/.test(ch) && (i === 0 || !/[\dA-Za-z]/.test(list[i - 1]!))) {
        // A number outside brackets is a section number; "(2)" after it is a subsection, left alone.
        const tok = /^\d{1,4}[A-Za-z]{0,2}/.exec(list.slice(i))![0];
        const to = map.get(tok.toLowerCase());
        if (to) {
          edits.push({ start: listStart + i, end: listStart + i + tok.length, newText: to });
          count++;
        }
        i += tok.length - 1;
      }
    }
  }
  return { edits, count };
}

function namesAt(sections: readonly SectionUnit[], ranges: readonly { start: number; end: number }[]): string[] {
  const names: string[] = [];
  for (const r of ranges) {
    for (const s of sections) {
      if (s.container || s.headingEnd <= s.headingStart) continue;
      const hit = r.start === r.end ? s.start <= r.start && r.start < s.end : s.start < r.end && r.start < s.end;
      if (hit && !names.includes(s.name)) names.push(s.name);
    }
  }
  return names;
}

/** The bill's title: its first heading, or its first line when it has no heading before its text. */
function titleOf(text: string): string {
  const first = /^\s*(?:#{1,6}\s+)?(.+)$/m.exec(text.replace(/^\uFEFF/, ''));
  return (first?.[1] ?? '').replace(/[*_]/g, '').trim();
}

// Words of an Act's name that do not tell one Act from another.
const GENERIC_NAME_WORDS = new Set(['the', 'of', 'and', 'in', 'act', 'law', 'ordinance', 'code', 'decree', 'proclamation', 'statute', 'no', 'cap', 'amendment', 'bill']);

/**
 * Whether the bill whose text is `text` is the Act `act` names ("the Immigration Act, 1990"): every
 * distinctive word of the name (not "the", "Act", the year) is in the bill's title. A bill with no
 * title is taken to be it (the user chose the file).
 */
export function isTheActNamed(text: string, act: string): boolean {
  const title = titleOf(text).toLowerCase();
  if (!title) return true;
  const words = act.toLowerCase().match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  return words.filter((w) => !GENERIC_NAME_WORDS.has(w)).every((w) => new RegExp(`(?:^|[^\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^\\p{L}])`, 'u').test(title));
}

/**
 * Applies one instruction to `text`. Returns the amended text and the edits, or the reason the
 * instruction was refused (the text is then unchanged). An instruction that names another Act than the
 * one `text` is (by its title) is refused.
 */
export function applyInstruction(text: string, instr: Pick<PaperInstruction, 'locator' | 'action'>, options: { cache?: SectionCache } = {}): Outcome {
  const a: Action = instr.action;
  if (a.kind === 'unsupported') return { ok: false, reason: a.reason };
  if (instr.locator.act && !isTheActNamed(text, instr.locator.act)) {
    return { ok: false, reason: `this instruction amends the ${instr.locator.act}, not “${titleOf(text)}”` };
  }
  const sections = billStructure(text, options.cache ? { cache: options.cache } : {});
  const eol = eolOf(text);
  const loc = instr.locator;
  let place = placeText(loc);
  const edits: TextEdit[] = [];
  let note: string | undefined;
  let omitted: { start: number; end: number }[] = [];

  switch (a.kind) {
    case 'replace-words':
    case 'insert-words':
    case 'omit-words': {
      const r = locate(text, sections, loc);
      if ('error' in r) return { ok: false, reason: r.error };
      const hits = pickOccurrence(findWords(text, r.start, r.end, a.words), a, place);
      if (typeof hits === 'string') {
        const elsewhere = !loc.section && !loc.definition ? [] : findWords(text, 0, text.length, a.words);
        const where = elsewhere.length ? namesAt(sections, elsewhere) : [];
        return { ok: false, reason: hits + (where.length && !/occurs/.test(hits) ? ` (they are in ${where.join(', ')})` : '') };
      }
      for (const h of hits) {
        if (a.kind === 'replace-words') edits.push({ start: h.start, end: h.end, newText: a.by.replace(/\s*\n\s*/g, ' ') });
        else if (a.kind === 'insert-words') {
          const at = a.position === 'after' ? h.end : h.start;
          // Text set out after the instruction, inserted after the last words of a paragraph, is a new paragraph…
          if (a.asBlock && a.position === 'after' && /^(?:\s*$|[ \t]*\r?\n[ \t]*\r?\n)/.test(text.slice(at))) {
            edits.push({ start: at, end: at, newText: `${eol}${eol}${asBillText(a.insert, eol)}` });
            continue;
          }
          // …and before the first words of a paragraph, it is a new paragraph before that one.
          if (a.asBlock && a.position === 'before' && startsParagraph(text, at)) {
            edits.push({ start: at, end: at, newText: `${asBillText(a.insert, eol)}${eol}${eol}` });
            continue;
          }
          edits.push({ start: at, end: at, newText: insertSpacing(text.slice(Math.max(0, at - 1), at), a.insert.replace(/\s*\n\s*/g, ' '), text.slice(at, at + 1)) });
        } else {
          let s = h.start;
          let e = h.end;
          // Leave the sentence with one space between words, and none before punctuation.
          if (text[s - 1] === ' ' && (text[e] === ' ' || /[,.;:)]/.test(text[e] ?? ''))) s--;
          else if (text[e] === ' ' && (s === 0 || /[\n(]/.test(text[s - 1]!))) e++;
          edits.push({ start: s, end: e, newText: '' });
          omitted.push({ start: s, end: e });
        }
      }
      break;
    }
    case 'omit-range': {
      const r = locate(text, sections, loc);
      if ('error' in r) return { ok: false, reason: r.error };
      const from = pickOccurrence(findWords(text, r.start, r.end, a.from), { occurrence: { which: 'only' }, words: a.from }, place);
      if (typeof from === 'string') return { ok: false, reason: from };
      const x = from[0]!;
      const to = findWords(text, x.end, r.end, a.to)[0];
      if (!to) return { ok: false, reason: `the words “${a.to}” do not follow “${a.from}” in ${place}` };
      if (a.by === undefined) {
        // The words go with the space before them: "trafficked, unless …" leaves "trafficked".
        edits.push({ start: x.end, end: to.end, newText: '' });
        omitted.push({ start: x.end, end: to.end });
      } else {
        const start = nextContent(text, x.end, to.end);
        edits.push({ start, end: to.end, newText: insertSpacing(text.slice(start - 1, start), a.by.replace(/\s*\n\s*/g, ' '), text.slice(to.end, to.end + 1)) });
      }
      break;
    }
    case 'omit-unit':
    case 'replace-unit': {
      place = placeText(a.unit);
      const r = locate(text, sections, a.unit);
      if ('error' in r) return { ok: false, reason: r.error };
      const wholeSection = !r.unit && !r.definition && r.section;
      if (a.kind === 'omit-unit') {
        let start = r.start;
        let end = wholeSection ? r.section!.end : nextContent(text, r.end, r.section ? r.section.end : text.length);
        // The last unit of a section goes with the blank line before it, leaving the line break that ends the section.
        if (!wholeSection && end === (r.section ? r.section.end : text.length) && end > r.end) {
          while (start > 0 && /\s/.test(text[start - 1]!)) start--;
          if (start < r.start) end = r.end;
          else start = r.start;
        }
        edits.push({ start, end, newText: '' });
        omitted.push({ start, end });
      } else {
        let by = asBillText(a.by, eol);
        if (wholeSection) {
          const made = asSection(text, a.by, r.section!, sections.filter((s) => s !== r.section), eol);
          if ('error' in made) return { ok: false, reason: made.error };
          by = made.text;
        }
        edits.push({ start: r.start, end: r.end, newText: by });
      }
      break;
    }
    case 'insert-unit': {
      place = `${a.position} ${placeText(a.anchor)}`;
      const r = locate(text, sections, a.anchor);
      if ('error' in r) return { ok: false, reason: r.error };
      let block = asBillText(a.text, eol);
      if (!block.trim()) return { ok: false, reason: 'the text to insert is empty' };
      const anchorIsSection = !r.unit && !r.definition && !!r.section;
      if (a.newKind === 'section') {
        if (!anchorIsSection) return { ok: false, reason: `a new ${loc.keyword} goes after or before another ${loc.keyword}, not inside ${place}` };
        const made = asSection(text, a.text, r.section!, sections, eol);
        if ('error' in made) return { ok: false, reason: made.error };
        block = made.text;
      } else if (a.newKind !== 'definition') {
        const siblings = r.unit ? siblingsOf(r.section, r.unit) : r.section?.units ?? [];
        const dup = duplicateLabel(block, siblings);
        if (dup) return { ok: false, reason: `${placeText({ ...a.anchor, path: a.anchor.path.slice(0, -1) })} already has a ${a.newKind} (${dup}); a new one between others is numbered as an insertion, for example (${dup}A)` };
        block = labelInBillStyle(block, text, r.unit ?? siblings[0]);
      }
      if (a.position === 'after') edits.push({ start: r.end, end: r.end, newText: `${eol}${eol}${block}` });
      else edits.push({ start: r.start, end: r.start, newText: `${block}${eol}${eol}` });
      break;
    }
    case 'insert-at-end': {
      const r = locate(text, sections, loc);
      if ('error' in r) return { ok: false, reason: r.error };
      if (!loc.section && !loc.definition) return { ok: false, reason: 'the instruction does not say at the end of which clause to insert' };
      const ins = asBillText(a.text, eol);
      if (a.asBlock || /^\(\w{1,4}\)/.test(ins.trim())) {
        const siblings = r.unit ? r.unit.children : r.section?.units ?? [];
        const dup = duplicateLabel(ins, siblings);
        if (dup) return { ok: false, reason: `${place} already has (${dup})` };
        edits.push({ start: r.end, end: r.end, newText: `${eol}${eol}${labelInBillStyle(ins, text, siblings[siblings.length - 1])}` });
      } else {
        // Words added at the end of a sentence go before its closing full stop (or semicolon).
        const at = /[.;:]$/.test(text.slice(r.start, r.end)) && !/[.;:]$/.test(ins) ? r.end - 1 : r.end;
        edits.push({ start: at, end: at, newText: insertSpacing(text.slice(at - 1, at), ins.replace(/\s*\n\s*/g, ' '), text.slice(at, at + 1)) });
      }
      break;
    }
    case 'renumber': {
      const map = new Map<string, string>();
      const renamed: SectionUnit[] = [];
      for (const p of a.pairs) {
        const found = sections.filter((s) => !s.container && s.number.toLowerCase() === p.from.toLowerCase());
        if (!found.length) return { ok: false, reason: `there is no ${a.keyword} ${p.from} in the bill` };
        if (found.length > 1) return { ok: false, reason: `the bill has ${found.length} provisions numbered ${p.from}` };
        map.set(p.from.toLowerCase(), p.to);
        renamed.push(found[0]!);
      }
      const targets = new Set(a.pairs.map((p) => p.to.toLowerCase()));
      if (targets.size !== a.pairs.length) return { ok: false, reason: 'the renumbering gives two provisions the same number' };
      const clash = sections.find((s) => !s.container && targets.has(s.number.toLowerCase()) && !renamed.includes(s));
      if (clash) return { ok: false, reason: `the bill already has a ${a.keyword} ${clash.number}, which the renumbering does not move` };
      const headings: { start: number; end: number }[] = [];
      for (const s of renamed) {
        const h = text.slice(s.headingStart, s.headingEnd);
        const at = h.search(new RegExp(`(?<![\\dA-Za-z])${escapeRe(s.number)}(?![\\dA-Za-z])`));
        if (at < 0) return { ok: false, reason: `cannot find the number in the heading of ${s.name}` };
        edits.push({ start: s.headingStart + at, end: s.headingStart + at + s.number.length, newText: map.get(s.number.toLowerCase())! });
        headings.push({ start: s.headingStart, end: s.headingEnd });
      }
      const refs = renumberReferences(text, map, headings);
      edits.push(...refs.edits);
      place = a.pairs.length === 1 ? `${a.keyword} ${a.pairs[0]!.from}` : `${a.pairs.length} ${a.keyword}s`;
      note = `renumbered ${a.pairs.length === 1 ? `${a.keyword} ${a.pairs[0]!.from} as ${a.pairs[0]!.to}` : `${a.pairs.length} ${a.keyword}s`}${refs.count ? ` and updated ${refs.count} cross-reference${refs.count === 1 ? '' : 's'} to ${a.pairs.length === 1 ? 'it' : 'them'}` : ''}`;
      break;
    }
  }
  const { text: out, applied, dropped } = applyEdits(text, edits);
  if (dropped.length) return { ok: false, reason: 'the instruction would change the same words twice (its places overlap)' };
  // Where the edits landed in the amended text: for the provisions it changed.
  let delta = 0;
  const landed: { start: number; end: number }[] = [];
  for (const e of [...applied].sort((x, y) => x.start - y.start)) {
    // The inserted words, without the blank lines that separate them from their neighbours.
    const lead = e.newText.length - e.newText.trimStart().length;
    const words = e.newText.trim().length;
    if (words) landed.push({ start: e.start + delta + lead, end: e.start + delta + lead + words });
    delta += e.newText.length - (e.end - e.start);
  }
  const after = billStructure(out, options.cache ? { cache: options.cache } : {});
  const provisions = [...namesAt(sections, omitted), ...namesAt(after, landed)].filter((n, i, all) => all.indexOf(n) === i);
  return { ok: true, text: out, edits: applied, place, provisions, ...(note ? { note } : {}) };
}

