/**
 * Cross-references in a bill's text ("section 14(2)", "sections 15 to 17", "subsection (3)",
 * "paragraph (a)", "Section 4 of this Act", "Article 202 of the Revised Penal Code"), with the
 * offsets of every number in them, so that a renumbering can follow them and a fix can tell whether a
 * reference still points at something. Pure.
 */

/** One number written in a reference, at its level, with its offsets in the document. */
export interface ReferenceNumber {
  level: 'section' | 'subsection' | 'paragraph' | 'subparagraph';
  /** As written, without brackets: "14", "14A", "2", "b", "ii". */
  number: string;
  /** Offsets (UTF-16, 0-based, end exclusive) of the number itself, brackets excluded. */
  start: number;
  end: number;
}

/** A reference as a whole: "section 14(2)", "subsections (2) and (3)". */
export interface CrossReference {
  /** The level the keyword names: "section 14(2)" is a section reference. */
  kind: 'section' | 'subsection' | 'paragraph';
  /** The keyword as written: "section", "Sections", "s.", "Article", "subsection", "paragraph". */
  keyword: string;
  /** Offsets of the whole reference, keyword to last number (and the "of ..." words when present). */
  start: number;
  end: number;
  text: string;
  /**
   * The items referred to, in order: each item is its numbers from the outermost level
   * ("section 14(2)(a)" is one item [14, 2, a]; "sections 15 to 17" two items, [15] and [17]).
   */
  items: ReferenceNumber[][];
  /** "to" or a dash between two items: a range (the numbers between are meant too). */
  range: boolean;
  /** For "subsection (1) of section 4": the section named after "of". */
  ofSection?: ReferenceNumber;
  /** The instrument named after "of" when it is not this bill ("the Revised Penal Code"). */
  external?: string;
  /** "paragraph (a) of the definition of ...": the paragraph of a definition, not of a section. */
  ofDefinition?: boolean;
  /**
   * Inside words that are not the bill's own: a quotation of another instrument, a block quote, a
   * footnote definition, an HTML comment or a code block. Never renumber or edit these.
   */
  quoted: boolean;
}

const KEYWORD =
  /\b(sections?|ss?\.|articles?|arts?\.|sub-?sections?|paragraphs?|paras?\.|sub-?paragraphs?)(?=\s*[\d(])/gi;
const LATIN = '(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|decies)';
const SECTION_ITEM = new RegExp(`^(\\d{1,4}(?:[A-Z]{1,3}\\b)?(?:\\.\\d{1,5}[A-Z]{0,2}\\b){0,3}(?:[ \\t]${LATIN}\\b)?)((?:\\([0-9A-Za-z]{1,4}\\))*)`);
// A section named alone ("section 16-3-6", "section 53a-82", "article 225-4-10", "section 17-C"): a code's
// number is read whole, hyphens included, as sections.ts reads it in a heading. After a plural keyword
// ("sections 15-17") a hyphen between two numbers is a range, read by SECTION_ITEM and SEPARATOR.
const SECTION_ITEM_WHOLE = new RegExp(
  `^(\\d{1,4}(?:[A-Z]{1,3}|[a-z](?=-\\d))?(?:(?:\\.\\d{1,5}|-\\d{1,4}|-[A-Z]{1,2}(?![A-Za-z]))[A-Z]{0,2}){0,3}(?![0-9A-Za-z])(?:[ \\t]${LATIN}\\b)?)((?:\\([0-9A-Za-z]{1,4}\\))*)`,
);
const SUBSECTION_ITEM = /^\((\d{1,3}[A-Z]{0,2})\)((?:\([a-z]{1,4}\))*)/;
const PARAGRAPH_ITEM = /^\(([a-z]{1,4})\)((?:\([ivx]{1,5}\))*)/;
const SEPARATOR = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s+to\s+|\s*[-–]\s*)/;
const INTERNAL = /^(?:this|the\s+present)\s+(?:Act|Law|Bill|Code|Ordinance|Decree|Proclamation|Regulations?|Part|Chapter|Schedule)\b/i;
const INSTRUMENT_WORD = /\b(?:Act|Code|Law|Convention|Protocol|Directive|Regulations?|Ordinance|Decree|Constitution|Treaty|Statute|Rules|Charter|Covenant)\b/;

function levelOf(keyword: string): CrossReference['kind'] {
  const k = keyword.toLowerCase();
  if (k.startsWith('sub-s') || k.startsWith('subs')) return 'subsection';
  if (k.startsWith('para') || k.startsWith('sub-p') || k.startsWith('subp')) return 'paragraph';
  return 'section';
}

/** Offsets of text that is not the bill's own words (see CrossReference.quoted), sorted. */
export function quotedRegions(text: string): [number, number][] {
  const out: [number, number][] = [];
  // HTML comments.
  for (const m of text.matchAll(/<!--[\s\S]*?(?:-->|$)/g)) out.push([m.index!, m.index! + m[0].length]);
  // Fenced code, block quotes and footnote definitions, line by line.
  let fence: string | null = null;
  let pos = 0;
  let inFootnote = false;
  for (const line of text.split(/(?<=\n)/)) {
    const start = pos;
    pos += line.length;
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      out.push([start, pos]);
      if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length) fence = null;
      continue;
    }
    if (f) {
      fence = f[1]!;
      out.push([start, pos]);
      continue;
    }
    if (/^ {0,3}\[\^[^\]]+\]:/.test(line)) inFootnote = true;
    else if (inFootnote && !/^(?: {2,}|\t)\S/.test(line) && line.trim() !== '') inFootnote = false;
    if (inFootnote || /^ {0,3}>/.test(line)) out.push([start, pos]);
  }
  // A quotation of another instrument: words in quotation marks running past a short term
  // (a defined term such as “child” is short; a quoted article or amended text is not).
  for (const m of text.matchAll(/“[^“”]{60,}”|(?<![\w])"[^"\n]{60,}?"(?![\w])/g)) out.push([m.index!, m.index! + m[0].length]);
  return out.sort((a, b) => a[0] - b[0]);
}

function inRegions(regions: readonly [number, number][], start: number, end: number): boolean {
  return regions.some(([s, e]) => s <= start && end <= e);
}

/**
 * Finds the cross-references in `text` (or in `text.slice(from, to)`; offsets stay document
 * offsets). References to other instruments are included, marked `external`; those in words that are
 * not the bill's own are marked `quoted`.
 */
export function findCrossReferences(text: string, from = 0, to = text.length): CrossReference[] {
  const regions = quotedRegions(text);
  const out: CrossReference[] = [];
  const re = new RegExp(KEYWORD.source, KEYWORD.flags);
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < to) {
    const keyword = m[1]!;
    const kind = levelOf(keyword);
    let pos = m.index + keyword.length;
    while (pos < text.length && /[ \t]/.test(text[pos]!)) pos++;
    const items: ReferenceNumber[][] = [];
    let range = false;
    for (;;) {
      // "section 16-3-6" names one section; "sections 15-17", a range.
      const item = readItem(text, pos, kind, kind === 'section' && !items.length && !/s$|^ss\./i.test(keyword));
      if (!item) break;
      items.push(item.numbers);
      pos = item.end;
      const sep = SEPARATOR.exec(text.slice(pos, pos + 12));
      if (!sep) break;
      const after = readItem(text, pos + sep[0].length, kind);
      if (!after) break;
      if (/to|[-–]/.test(sep[0])) range = true;
      pos += sep[0].length;
    }
    if (!items.length) continue;
    let end = pos;
    const ref: CrossReference = { kind, keyword, start: m.index, end, text: '', items, range, quoted: false };
    const of = /^[ \t]+of[ \t]+/.exec(text.slice(pos, pos + 8));
    if (of) {
      const at = pos + of[0].length;
      const rest = text.slice(at, at + 120);
      const sec = /^(?:section|s\.|article|art\.)[ \t]*(\d{1,4}(?:[A-Z]{1,3}|[a-z](?=-\d))?(?:(?:\.\d{1,5}|-\d{1,4}|-[A-Z]{1,2}(?![A-Za-z]))[A-Z]{0,2}){0,3})(?![0-9A-Za-z])/i.exec(rest);
      if (/^the[ \t]+definitions?\b/i.test(rest)) {
        ref.ofDefinition = true;
      } else if (kind !== 'section' && sec) {
        const n = at + sec[0].length - sec[1]!.length;
        ref.ofSection = { level: 'section', number: sec[1]!, start: n, end: n + sec[1]!.length };
        end = at + sec[0].length;
        // "subsection (1) of section 4 of the Immigration Act"
        const of2 = /^[ \t]+of[ \t]+/.exec(text.slice(end, end + 8));
        const ext = of2 ? instrumentAt(text, end + of2[0].length) : undefined;
        if (ext) {
          ref.external = ext;
          end += of2![0].length + ext.length;
        }
      } else if (INTERNAL.test(rest)) {
        end = at + INTERNAL.exec(rest)![0].length;
      } else {
        const ext = instrumentAt(text, at);
        if (ext) {
          ref.external = ext;
          end = at + ext.length;
        }
      }
    }
    ref.end = end;
    ref.text = text.slice(ref.start, end);
    ref.quoted = inRegions(regions, ref.start, ref.end);
    out.push(ref);
    re.lastIndex = Math.max(re.lastIndex, end);
  }
  return out;
}

/**
 * The name of another instrument starting at `at` ("the Revised Penal Code", "title 18 of the United
 * States Code", "the Immigration Act 1971"), or undefined when the words there name none.
 */
function instrumentAt(text: string, at: number): string | undefined {
  if (INTERNAL.test(text.slice(at, at + 40))) return undefined;
  const window = /^[^;:,.\n]{0,100}/.exec(text.slice(at, at + 100))![0];
  let last: RegExpMatchArray | undefined;
  for (const w of window.matchAll(new RegExp(INSTRUMENT_WORD.source, 'g'))) last = w;
  if (!last) return undefined;
  let words = window.slice(0, last.index! + last[0].length);
  // A year or chapter number after the name belongs to it: "the Immigration Act 1971".
  const tail = /^(?:[ \t]+\d{4}\b|[ \t]*\((?:Cap|No)\.?[^)]{0,20}\))/.exec(text.slice(at + words.length, at + words.length + 30));
  if (tail) words += tail[0];
  return words;
}

function readItem(text: string, pos: number, kind: CrossReference['kind'], single = false): { numbers: ReferenceNumber[]; end: number } | undefined {
  const s = text.slice(pos, pos + 40);
  const numbers: ReferenceNumber[] = [];
  let m: RegExpExecArray | null;
  let tail = '';
  let tailAt = 0;
  if (kind === 'section') {
    m = (single ? SECTION_ITEM_WHOLE.exec(s) : null) ?? SECTION_ITEM.exec(s);
    if (!m) return undefined;
    numbers.push({ level: 'section', number: m[1]!, start: pos, end: pos + m[1]!.length });
    tail = m[2]!;
    tailAt = pos + m[1]!.length;
  } else if (kind === 'subsection') {
    m = SUBSECTION_ITEM.exec(s);
    if (!m) return undefined;
    numbers.push({ level: 'subsection', number: m[1]!, start: pos + 1, end: pos + 1 + m[1]!.length });
    tail = m[2]!;
    tailAt = pos + m[1]!.length + 2;
  } else {
    m = PARAGRAPH_ITEM.exec(s);
    if (!m) return undefined;
    numbers.push({ level: 'paragraph', number: m[1]!, start: pos + 1, end: pos + 1 + m[1]!.length });
    tail = m[2]!;
    tailAt = pos + m[1]!.length + 2;
  }
  // "(2)(a)(ii)": the levels below, each in brackets.
  let at = tailAt;
  for (const part of tail.match(/\([^()]*\)/g) ?? []) {
    const inner = part.slice(1, -1);
    const prev = numbers[numbers.length - 1]!.level;
    const level: ReferenceNumber['level'] =
      prev === 'section' ? (/^\d/.test(inner) ? 'subsection' : 'paragraph') : prev === 'subsection' ? 'paragraph' : 'subparagraph';
    numbers.push({ level, number: inner, start: at + 1, end: at + 1 + inner.length });
    at += part.length;
  }
  return { numbers, end: pos + m[0].length };
}
