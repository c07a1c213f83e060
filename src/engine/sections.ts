/**
 * A cheap, line-based index of where each section of a bill starts. It runs over the whole
 * document without parsing Markdown, so a large consolidated code is split in one pass and each
 * section can be parsed, analysed and cached on its own (an edit re-analyses only what changed).
 *
 * Every check here is linear in the line: headings are recognised by hand-written scanners or by
 * patterns anchored at the start of the line with bounded repetition, never by a pattern that can
 * backtrack over a long line.
 */
import { isSpace, readableText } from './text.js';

export type HeadingStyle =
  /** "## 14. Title" */
  | 'atx'
  /** "Title" underlined with "===" or "---" */
  | 'setext'
  /** "**14. Title**", or a line wholly in bold: "**Non-liability of victims**" */
  | 'bold'
  /** "14." or "Section 14" on its own line (a title may follow on the next line) */
  | 'bare'
  /** "14. Title" or pandoc's "14\. Title": a numbered title standing as its own paragraph */
  | 'numbered'
  /** "Sec. 5. Defense. It shall be ...": a plain-text number and title run into the section's first paragraph */
  | 'run-in'
  /** text before the first heading */
  | 'none'
  /** the rest of an amending section after the text it quotes for insertion */
  | 'continuation';

export interface SectionChunk {
  /** Offset of the chunk's first character in the document. */
  start: number;
  /** Offset just past the chunk's last character. */
  end: number;
  /** The heading's words as they read (Markdown marks, escapes and invisible characters removed), or ''. */
  headingText: string;
  /** Offsets of the heading words in the document (an empty range when there is no heading). */
  headingStart: number;
  headingEnd: number;
  /** How the heading was written. */
  style: HeadingStyle;
  /**
   * 'insertion': the section is text an amending provision quotes to insert into another Act
   * ("insert the following section— > 14A. ..."), in a block quotation or in quotation marks. It is
   * read as the provision it will become.
   */
  quoted?: 'insertion';
  /**
   * For a quoted insertion, the index (in the returned array) of the section whose words insert it;
   * for a continuation, the section it continues.
   */
  parent?: number;
  /** For a quoted insertion, how the inserting words name themselves, when they do ("Clause 4 of the Bill inserts..."). */
  inserter?: string;
  /** For a quoted insertion: the words it is inserted by replace a provision ("is repealed and replaced by", "substitute"). */
  substitutes?: boolean;
}

interface Line {
  start: number;
  end: number; // excluding the line ending
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      const end = i;
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      out.push({ start, end });
      start = i + 1;
    }
  }
  out.push({ start, end: text.length });
  return out;
}

function trimSpan(text: string, s: number, e: number): [number, number] {
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return [s, e];
}

function isBlankLine(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isSpace(s.charCodeAt(i))) return false;
  return true;
}

/** A heading found on a line: offsets relative to the line. */
interface HeadingHit {
  style: HeadingStyle;
  start: number;
  end: number;
  /** The heading continues with the next line (a title under "Section 14."). */
  takesNextLine?: boolean;
}

/**
 * An ATX heading ("## 14. Title ##"), scanned by hand: a pattern for it backtracks badly on a line
 * of spaces and line separators. Any indentation is allowed, as indented code is not read as code.
 * Returns the offsets of the heading's words, or null.
 */
export function atxHeading(s: string): { start: number; end: number } | null {
  let i = 0;
  const n = s.length;
  while (i < n && (s[i] === ' ' || s[i] === '\t')) i++;
  let hashes = 0;
  while (i < n && s[i] === '#') {
    hashes++;
    i++;
  }
  if (hashes < 1 || hashes > 6) return null;
  if (i < n && s[i] !== ' ' && s[i] !== '\t') return null;
  while (i < n && (s[i] === ' ' || s[i] === '\t')) i++;
  let e = n;
  while (e > i && (s[e - 1] === ' ' || s[e - 1] === '\t')) e--;
  // A closing sequence of "#" counts only after a space (or when it is all there is).
  let h = e;
  while (h > i && s[h - 1] === '#') h--;
  if (h < e && (h === i || s[h - 1] === ' ' || s[h - 1] === '\t')) {
    e = h;
    while (e > i && (s[e - 1] === ' ' || s[e - 1] === '\t')) e--;
  }
  const [a, b] = trimSpan(s, i, e);
  if (a >= b) return null;
  return { start: a, end: b };
}

const FENCE = /^[ \t]*(`{3,}|~{3,})/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
// "**14. Non-liability.**" or "**Section 14 — Non-liability**", optionally followed by text.
const BOLD_HEADING = /^ {0,3}(\*\*|__)[ \t]*((?:(?:section|article|artículo|articulo|artigo|art\.|s\.|regulation|clause)[ \t]*)?\d{1,4}[A-Za-z]{0,2}\b[^*_]{0,200}?)(\*\*|__)/i;
// A line wholly in bold: "**Non-liability of victims**".
const BOLD_LINE = /^ {0,3}(\*\*|__)([^*_]{2,160})(\*\*|__)[ \t]*$/;
// A line that is only a section number ("14." or "Section 14", "Article 17 bis (8)"), optionally with a
// title after a full stop, colon or dash; a title never ends with a full stop (prose would).
// (Matched against the line with its trailing white space removed.)
const BARE_NUMBER = /^ {0,3}(?:(?:section|article|artículo|articulo|artigo|art\.)[ \t]+\d{1,4}[A-Za-z]{0,2}(?:-\d{1,3})?(?:[ \t]+(?:bis|ter|quater))?(?:[ \t]*\(\d{1,3}\))?(?:[ \t]*[.:—–-][ \t]*[^.\s][^.]{0,200})?\.?|\d{1,4}[A-Za-z]{0,2}\.)$/i;
const BARE_KEYWORD = /^ {0,3}(?:section|article|artículo|articulo|artigo|art\.)[ \t]/i;
// "Section 18 Non-criminalisation" on its own line: the keyword, the number and a title with no separator.
const KEYWORD_TITLE = /^ {0,3}(?:section|sec\.|article|art\.|artículo|articulo|artigo|regulation|clause)[ \t]+\d{1,4}[A-Za-z]{0,2}(?:-\d{1,3})?[ \t]+(?=[^\s.:—–-])/i;
// "Sec. 5. Defense. It shall be ..." or "Article 12. A person ...": the keyword and number (and a short
// title ending with a full stop) run into the first paragraph, in plain text.
const RUN_IN = /^ {0,3}(?:section|sec\.|article|art\.|artículo|articulo|artigo|regulation|clause)[ \t]+\d{1,4}[A-Za-z]{0,2}(?:-\d{1,3})?(?:[ \t]+(?:bis|ter|quater))?(?:\.|[ \t]*[—–-])[ \t]+/i;
// "14. Title" or pandoc's "14\. Title": the number, then the title.
const NUMBERED_TITLE = /^ {0,3}\d{1,4}[A-Za-z]{0,2}\\?\.[ \t]+(?=\S)/;
// Words that make a line a sentence rather than a title.
const VERB = /\b(?:shall|must|may|will|is|are|was|were|be|been|has|have|does|do|means|includes)\b/i;
// Bold lines that label a note inside a section rather than start one.
const NOTE_LABEL = /^(?:notes?|explanations?|examples?|illustrations?|penalty|penalties|proviso|provided|exceptions?)\b/i;

/**
 * Whether words read as a section's title: short, starting with a capital letter, no verb, and not
 * ending like a sentence or an introduction to a list (a full stop is allowed after a few words).
 */
export function isTitle(words: string): boolean {
  const t = readableText(words).replace(/[*_`\\]/g, '').trim();
  if (t.length < 2 || t.length > 120) return false;
  if (!/^[\p{Lu}\p{Lt}]/u.test(t)) return false;
  if (VERB.test(t)) return false;
  const last = t[t.length - 1]!;
  if (';:,—–-'.includes(last)) return false;
  if (last === '.' && t.split(/\s+/).length > 8) return false;
  return true;
}

/**
 * The heading a line holds, if it stands as a heading: `prevBlank` says whether it starts a
 * paragraph, `next` is the following line (or undefined at the end). Offsets are relative to `s`.
 */
function headingOnLine(s: string, prevBlank: boolean, next: string | undefined): HeadingHit | null {
  const atx = atxHeading(s);
  if (atx) return { style: 'atx', ...atx };
  if (!prevBlank) return null;
  let m = BOLD_HEADING.exec(s);
  if (m) {
    const inner = s.indexOf(m[2]!, m.index + m[1]!.length);
    const [a, b] = trimSpan(s, inner, inner + m[2]!.length);
    return { style: 'bold', start: a, end: b };
  }
  const nextBlank = next === undefined || isBlankLine(next);
  m = BOLD_LINE.exec(s);
  if (m && m[1] === m[3] && nextBlank && isTitle(m[2]!) && !NOTE_LABEL.test(m[2]!.trim())) {
    const inner = s.indexOf(m[2]!, m[1]!.length);
    const [a, b] = trimSpan(s, inner, inner + m[2]!.length);
    return { style: 'bold', start: a, end: b };
  }
  if (BARE_NUMBER.test(trimEnd(s))) {
    const [a, b] = trimSpan(s, 0, s.length);
    // "Section 14." with its title on the next line of the same paragraph.
    const takesNextLine = BARE_KEYWORD.test(s) && !nextBlank && next !== undefined && isTitle(next) && !LIST_ITEM.test(next) && !/^\s*\(/.test(next);
    return { style: 'bare', start: a, end: b, ...(takesNextLine ? { takesNextLine } : {}) };
  }
  m = NUMBERED_TITLE.exec(s);
  if (m && (nextBlank || /^\s*\(/.test(next!)) && isTitle(s.slice(m[0].length))) {
    const [a, b] = trimSpan(s, 0, s.length);
    return { style: 'numbered', start: a, end: b };
  }
  m = KEYWORD_TITLE.exec(s);
  if (m && nextBlank && isTitle(s.slice(m[0].length))) {
    const [a, b] = trimSpan(s, 0, s.length);
    return { style: 'bare', start: a, end: b };
  }
  m = RUN_IN.exec(s);
  if (m) {
    // A short title ending with a full stop may follow the number ("Defense."); then the text starts.
    const rest = s.slice(m[0].length);
    // (The title may be in emphasis, "*Legal protection.*", and followed by a dash.)
    const title = /^((?:\*{1,2}|_{1,2})?[^.;:*_]{1,80}\.(?:\*{1,2}|_{1,2})?)(?=[ \t]{1,8}(?:[—–-][ \t]{1,8})?\S)/.exec(rest);
    const end = title && isTitle(title[1]!) ? m[0].length + title[1]!.length : m[0].trimEnd().length;
    const [a, b] = trimSpan(s, 0, end);
    return { style: 'run-in', start: a, end: b };
  }
  return null;
}

/** The heading's words as they read: escapes, emphasis marks and invisible characters removed. */
function headingWords(text: string, start: number, end: number): string {
  return readableText(text.slice(start, end))
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The block quotation markers at the start of a line: how many, and where the content starts. */
function quotePrefix(s: string): { depth: number; content: number } {
  let i = 0;
  let depth = 0;
  for (;;) {
    let k = i;
    while (k < s.length && k - i < 4 && (s[k] === ' ' || s[k] === '\t')) k++;
    if (s[k] !== '>') break;
    depth++;
    i = k + 1;
    if (s[i] === ' ') i++;
  }
  return { depth, content: i };
}

// (Matched against words whose white space is collapsed to single spaces: no repetition, nothing to backtrack over.)
const INSERTION_VERB = /\b(?:insert|inserts|inserted|inserting|substitute|substitutes|substituted|substituting|add|adds|added|adding|replaced? (?:by|with)|reads? as follows)\b/i;
// How an introduction ends (matched against its last words, white space trimmed): a colon or dash, "following [new] section", "as follows".
const INTRO_END = /(?:[:—–-]|\bfollowing(?: new)?(?: (?:section|clause|article|regulation|rule|part|schedule)s?)?|\bas follows)$/i;
const INSERTER = /^[ \t>]*(?:\(\d{1,3}\)[ \t]*)?((?:clause|section|article|regulation|rule)[ \t]+\d{1,4}[A-Za-z]{0,2})\b/i;
/** After the provision an introduction starts with: "of the principal Act", "of the Penal Code" (the provision amended, not the amending one). */
const OF_ANOTHER_INSTRUMENT = /^[ \t]+of[ \t]+(?!this\b|the[ \t]+(?:Bill|present)\b)/i;
const SUBSTITUTING = /\b(?:substitut\w{0,4}|replac\w{0,3})\b/i;

/**
 * How the words introducing an insertion name the provision that inserts it ("Clause 4 inserts the
 * following section—": "Clause 4"), or undefined: a provision named as "of the principal Act" or "of
 * the Penal Code" is the one amended ("Section 21 of the principal Act is repealed and replaced by"),
 * not the inserting one.
 */
function inserterOf(intro: string): string | undefined {
  const m = INSERTER.exec(intro);
  if (!m || OF_ANOTHER_INSTRUMENT.test(intro.slice(m.index + m[0].length))) return undefined;
  return m[1];
}

/** Words that introduce text to be inserted into another Act: "insert the following section—". */
export function isInsertionIntro(line: string): boolean {
  // What every introduction ends with (INTRO_END): a colon or dash, or "following"/"follows". Most
  // paragraphs end otherwise, and are passed over without their white space being collapsed.
  const e = trimEnd(line.length > 400 ? line.slice(-400) : line);
  if (!':—–-'.includes(e[e.length - 1] ?? '\u0000') && !/follow/i.test(e)) return false;
  const t = e.replace(/\s+/g, ' ');
  return INSERTION_VERB.test(t) && INTRO_END.test(t.slice(-60));
}

/** A string without its trailing white space (a loop: the pattern for it is quadratic on long runs). */
function trimEnd(s: string): string {
  let e = s.length;
  while (e > 0 && isSpace(s.charCodeAt(e - 1))) e--;
  return s.slice(0, e);
}

const OPENING_QUOTES = '“"‘\'«„';
function closingFor(open: string): string {
  return open === '“' || open === '„' ? '”' : open === '‘' ? '’' : open === '«' ? '»' : open;
}

/** Whether a line ends a quotation opened by `open`: its closing mark, then at most punctuation and "and"/"or". */
function closesQuote(s: string, open: string): boolean {
  const close = closingFor(open);
  let e = s.length;
  while (e > 0 && isSpace(s.charCodeAt(e - 1))) e--;
  const tail = s.slice(Math.max(0, e - 12), e);
  const k = tail.lastIndexOf(close);
  if (k < 0) return false;
  return /^[.;,]*(?:[ \t]+(?:and|or))?$/.test(tail.slice(k + 1));
}

/**
 * Splits a bill into sections at its headings, in one pass over its lines. Headings are found in
 * every layout drafters and converters produce: Markdown headings (ATX and setext), a bold line
 * ("**14. Title**", "**Title**"), a bare number ("14.", "Section 14", with its title on the next
 * line), a numbered title standing alone ("14. Title", pandoc's "14\. Title"). Nothing inside
 * front matter (YAML "---"/"...", TOML "+++"), fenced code or an HTML comment block is a heading.
 * Text an amending section quotes for insertion (in a block quotation or in quotation marks, after
 * words such as "insert the following section—") is split into the sections it will become, each
 * marked `quoted: 'insertion'`, and the amending section's words after it become a continuation.
 * Offsets are UTF-16 code units; the chunks cover the whole text in order.
 */
export function splitSections(text: string): SectionChunk[] {
  const ls = lines(text);
  const heads: Omit<SectionChunk, 'end'>[] = [];
  const lineText = (k: number) => (k >= 0 && k < ls.length ? text.slice(ls[k]!.start, ls[k]!.end) : undefined);
  let first = 0;
  // Front matter: only at the very start, and only when it is closed.
  {
    const l0 = (lineText(0) ?? '').replace(/^\uFEFF/, '');
    const yaml = /^---[ \t]*$/.test(l0);
    const toml = /^\+\+\+[ \t]*$/.test(l0);
    if (yaml || toml) {
      for (let k = 1; k < ls.length; k++) {
        const l = lineText(k)!;
        if (yaml ? /^(?:---|\.\.\.)[ \t]*$/.test(l) : /^\+\+\+[ \t]*$/.test(l)) {
          first = k + 1;
          break;
        }
      }
    }
  }
  let fence: string | null = null;
  let inComment = false;
  // The section whose words introduce an insertion, and the state of the quotation being read.
  let lastNonBlank = '';
  let lastHead = -1;
  let quote: { kind: 'block' | 'marks'; open: string; parent: number; inserter?: string; substitutes?: boolean; heads: number } | null = null;
  let prevWasQuoteContent = false;
  // The line of the last heading read outside a quotation, and the last line with words (to tell a heading repeated in its own first line).
  let lastHeadLine = -1;
  let lastTextLine = -1;
  for (let i = first; i < ls.length; i++) {
    const l = ls[i]!;
    let s = text.slice(l.start, l.end);
    if (i === 0 && s.charCodeAt(0) === 0xfeff) s = ' ' + s.slice(1);
    if (inComment) {
      if (s.includes('-->')) inComment = false;
      continue;
    }
    const f = FENCE.exec(s);
    if (fence) {
      if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length && s.trim() === f[1]) fence = null;
      continue;
    }
    const prevLine = lineText(i - 1);
    const prevBlank = i === first || prevLine === undefined || isBlankLine(prevLine) || (quote?.kind === 'block' && quotePrefix(prevLine).depth > 0 && isBlankLine(prevLine.slice(quotePrefix(prevLine).content)));
    const blank = isBlankLine(s);
    const qp = quotePrefix(s);

    // A block quotation of text to insert: headings inside it start the sections it inserts.
    if (quote?.kind === 'block') {
      const inQuote = qp.depth > 0 || (!blank && prevWasQuoteContent);
      if (inQuote) {
        const content = s.slice(qp.content);
        prevWasQuoteContent = !isBlankLine(content);
        if (s.length <= 1000) {
          const pc = prevLine === undefined ? '' : prevLine.slice(quotePrefix(prevLine).content);
          const hit = headingOnLine(content, qp.depth > 0 && (isBlankLine(pc) || quotePrefix(prevLine ?? '').depth === 0), nextQuoted(lineText(i + 1)));
          if (hit) pushHead(i, qp.content, hit, quote);
        }
        continue;
      }
      // The quotation has ended: what follows belongs to the amending section again.
      if (quote.heads > 0) heads.push({ start: l.start, headingText: '', headingStart: l.start, headingEnd: l.start, style: 'continuation', parent: quote.parent });
      quote = null;
    }
    if (quote?.kind === 'marks') {
      if (!blank && s.length <= 1000 && atxHeading(s) && !OPENING_QUOTES.includes(s.trim()[0] ?? '')) {
        quote = null; // an unclosed quotation ends at the next heading of the bill itself
      } else {
        if (!blank && prevBlank && s.length <= 1000) {
          const lead = /^[ \t]*/.exec(s)![0].length;
          const opened = OPENING_QUOTES.includes(s[lead] ?? '') ? lead + 1 : 0;
          const hit = headingOnLine(opened ? s.slice(opened) : s, true, lineText(i + 1));
          if (hit && hit.style !== 'setext') pushHead(i, opened, hit, quote);
        }
        if (!blank && closesQuote(s, quote.open)) {
          if (quote.heads > 0 && i + 1 < ls.length) {
            const nl = ls[i + 1]!;
            heads.push({ start: nl.start, headingText: '', headingStart: nl.start, headingEnd: nl.start, style: 'continuation', parent: quote.parent });
          }
          quote = null;
        }
        if (!blank) lastNonBlank = s;
        continue;
      }
    }

    if (f && qp.depth === 0) {
      fence = f[1]!;
      continue;
    }
    if (/^ {0,3}<!--/.test(s) && !s.slice(s.indexOf('<!--') + 4).includes('-->')) {
      inComment = true;
      continue;
    }
    if (blank) continue;
    const textBefore = lastTextLine;
    lastTextLine = i;

    // The start of a quotation after words that introduce an insertion.
    if (prevBlank && isInsertionIntro(lastNonBlank)) {
      const inserter = inserterOf(lastNonBlank);
      const substitutes = SUBSTITUTING.test(lastNonBlank);
      if (qp.depth > 0) {
        quote = { kind: 'block', open: '>', parent: lastHead, heads: 0, ...(inserter ? { inserter } : {}), ...(substitutes ? { substitutes } : {}) };
        prevWasQuoteContent = !isBlankLine(s.slice(qp.content));
        const hit = s.length <= 1000 ? headingOnLine(s.slice(qp.content), true, nextQuoted(lineText(i + 1))) : null;
        if (hit) pushHead(i, qp.content, hit, quote);
        lastNonBlank = s;
        continue;
      }
      const lead = /^[ \t]*/.exec(s)![0].length;
      const open = s[lead] ?? '';
      if (OPENING_QUOTES.includes(open) && open !== '') {
        const q = { kind: 'marks' as const, open, parent: lastHead, heads: 0, ...(inserter ? { inserter } : {}), ...(substitutes ? { substitutes } : {}) };
        const hit = s.length <= 1000 ? headingOnLine(s.slice(lead + 1), true, lineText(i + 1)) : null;
        if (hit && hit.style !== 'setext') {
          pushHead(i, lead + 1, hit, q);
          if (!closesQuote(s, open)) quote = q;
          lastNonBlank = s;
          continue;
        }
      }
    }
    lastNonBlank = s;
    if (qp.depth > 0 || s.length > 1000) continue; // a heading is never this long; keeps the checks cheap
    const nextLine = lineText(i + 1);
    if (prevBlank && nextLine !== undefined && SETEXT_UNDERLINE.test(nextLine) && !LIST_ITEM.test(s) && !atxHeading(s)) {
      const [hs, he] = trimSpan(text, l.start, l.end);
      heads.push({ start: l.start, headingText: headingWords(text, hs, he), headingStart: hs, headingEnd: he, style: 'setext' });
      lastHead = heads.length - 1;
      lastHeadLine = lastTextLine = i + 1;
      i++;
      continue;
    }
    const hit = headingOnLine(s, prevBlank, nextLine);
    // "## Sec. 5" then "Sec. 5. Defense. It shall be ...": the run-in line repeats the heading just read; it is the section's text.
    if (hit && hit.style === 'run-in' && lastHead >= 0 && lastHeadLine === textBefore && headingParts(heads[lastHead]!.headingText).number === headingParts(headingWords(text, l.start + hit.start, l.start + hit.end)).number) continue;
    if (hit) {
      lastHeadLine = i;
      pushHead(i, 0, hit, null);
      if (hit.takesNextLine) i++;
    }
  }

  function nextQuoted(line: string | undefined): string | undefined {
    if (line === undefined) return undefined;
    const p = quotePrefix(line);
    return p.depth > 0 ? line.slice(p.content) : line;
  }

  function pushHead(i: number, offset: number, hit: HeadingHit, q: { parent: number; inserter?: string; substitutes?: boolean; heads: number } | null): void {
    const l = ls[i]!;
    const hs = l.start + offset + hit.start;
    let he = l.start + offset + hit.end;
    if (hit.takesNextLine && i + 1 < ls.length) he = trimSpan(text, ls[i + 1]!.start, ls[i + 1]!.end)[1];
    const head: Omit<SectionChunk, 'end'> = { start: l.start, headingText: headingWords(text, hs, he), headingStart: hs, headingEnd: he, style: hit.style };
    if (q) {
      head.quoted = 'insertion';
      head.parent = q.parent;
      if (q.inserter) head.inserter = q.inserter;
      if (q.substitutes) head.substitutes = true;
      q.heads++;
    } else lastHead = heads.length;
    heads.push(head);
  }

  // Chunks run from one heading to the next; the text before the first heading is a chunk of its own.
  const all: SectionChunk[] = [];
  if (heads.length === 0 || heads[0]!.start > 0) all.push({ start: 0, end: heads[0]?.start ?? text.length, headingText: '', headingStart: 0, headingEnd: 0, style: 'none' });
  const offset = all.length;
  // Object.assign, not a spread: a spread here gives each chunk a hidden class of its own (see bill.ts).
  heads.forEach((h, k) => all.push(Object.assign({}, h, { end: heads[k + 1]?.start ?? text.length })));
  // Parents were recorded as indexes among the headings (-1: the text before the first heading);
  // empty chunks (two headings on one line start) are dropped and the indexes follow.
  const index = new Map<number, number>();
  const chunks: SectionChunk[] = [];
  all.forEach((c, k) => {
    if (c.end <= c.start && !(k === 0 && all.length === 1)) return;
    // Only blank lines after a quotation: they stay with it.
    if (c.style === 'continuation' && chunks.length && isBlankLine(text.slice(c.start, c.end))) {
      chunks[chunks.length - 1]!.end = c.end;
      return;
    }
    index.set(k, chunks.length);
    chunks.push(c);
  });
  for (const c of chunks) {
    if (c.parent === undefined) continue;
    const p = index.get(c.parent < 0 ? 0 : c.parent + offset);
    if (p === undefined) delete c.parent;
    else c.parent = p;
  }
  return chunks;
}

export interface HeadingParts {
  /** "Section", "Article"... as written, or '' */
  keyword: string;
  number: string;
  title: string;
}

const UNIT_KEYWORD = String.raw`section|sec\.|s\.|article|artículo|articulo|artigo|art\.|regulation|reg\.|clause|rule`;
// The number: "14", "14A", "64 bis", the Philippine "17-A" (a letter after a hyphen), the post-Soviet "127-2" (a figure after a hyphen),
// and the parts of a code's numbering: Canadian "279.05", Australian "271.13B", Ohio "2953.38", Georgia "16-3-6", French "225-4-10",
// New Hampshire "645:2-a".
const HEADING_NUMBER = String.raw`\d{1,4}(?:[A-Za-z]{1,2}(?:-\d{1,3})?|-[A-Z]{1,2}|-\d{1,3})?(?:[.:-]\d{1,4}[A-Z]{0,2}){0,3}(?:-[a-z](?![A-Za-z]))?\b(?:[ \t]+(?:bis|ter|quater)\b)?`;
const HEADING_PARTS = new RegExp(String.raw`^(?:(${UNIT_KEYWORD})[ \t]*)?(${HEADING_NUMBER})(?:[.:)]|[ \t]*[—–-])?[ \t]*([^]*)$`, 'i');
// "Article (16)", "Article (11 bis)": the number in brackets after the keyword (Arabic-tradition laws in translation).
const BRACKETED_HEADING_PARTS = new RegExp(String.raw`^(${UNIT_KEYWORD})[ \t]*\((${HEADING_NUMBER})\)(?:[.:]|[ \t]*[—–-])?[ \t]*([^]*)$`, 'i');

/** Splits "14. Victim immunity from prosecution", "Section 14 — Non-liability" or "Article (16)" into its parts. */
export function headingParts(heading: string): HeadingParts {
  const h = heading.replace(/[*_`]/g, '').replace(/\\(?=[!-/:-@[-`{-~])/g, '').trim();
  const m = BRACKETED_HEADING_PARTS.exec(h) ?? HEADING_PARTS.exec(h);
  if (!m) return { keyword: '', number: '', title: h };
  return { keyword: m[1] ?? '', number: m[2]!, title: m[3]!.replace(/^[—–-]\s*/, '').replace(/\.$/, '').trim() };
}

/** What a provision calls itself: the unit its heading names, or that its own words name. */
export type UnitWord = 'section' | 'article' | 'regulation' | 'rule' | 'clause' | 'paragraph';

/**
 * The word a provision uses for itself ("this section", "this article"): from its heading's keyword
 * ("Article", "Artículo", "Art.", "Reg.", "Clause"), else from a heading that starts with one the
 * heading parser does not number ("Article (6 bis)"), else from its own words ("Sub-article (1) of
 * this Article" under a heading "26. Non-criminalization of victims"), else "section". `ownWords`
 * is the provision's text (its operative words, not quotations of other instruments).
 */
export function unitWord(keyword: string, heading = '', ownWords = ''): UnitWord {
  const fromWord = (w: string): UnitWord | undefined => {
    const k = w.toLowerCase();
    if (/^art/.test(k)) return 'article';
    if (/^reg/.test(k)) return 'regulation';
    if (/^rule/.test(k)) return 'rule';
    if (/^cl/.test(k)) return 'clause';
    if (/^para/.test(k)) return 'paragraph';
    if (/^(?:s\.|sec|§)/.test(k)) return 'section';
    return undefined;
  };
  if (keyword) return fromWord(keyword) ?? 'section';
  const lead = /^(art\w{0,10}|reg\w{0,10}|rule|para\w{0,10})\s{0,3}[(\d]/i.exec(heading.replace(/[*_`]/g, '').trim());
  if (lead) return fromWord(lead[1]!)!;
  const self = /\bthis\s{1,3}(section|article|regulation|rule|clause)\b/i.exec(ownWords);
  return self ? fromWord(self[1]!)! : 'section';
}

/** A section's number and title on a line of their own at the head of its text: "§ 14-208.1. No prosecution of minor.", "Sec. 46. Defense ...". */
const SECTION_NUMBER_PREFIX = /^(?:§{1,2}|sec\.|section)[ \t]{0,2}\d{1,4}[a-zA-Z]{0,2}(?:[.-]\d{1,5}[a-zA-Z]{0,2}){0,3}\.?[ \t]{1,3}(?=\S)/i;

/** A finite verb: a line holding one is a sentence, not a title ("§ 1. A victim ... does not commit an offence"). */
const FINITE_VERB = /\b(?:shall|must|may|will|is|are|was|were|does|do|has|have|means|includes)\b/i;

/** Whether a line is a section's number and title ("§ 14-208.1. No prosecution of minor for prostitution."), not a numbered sentence. */
export function isSectionTitleLine(line: string): boolean {
  const t = line.trim();
  const m = SECTION_NUMBER_PREFIX.exec(t);
  if (!m || t.includes('\n') || t.length > 220) return false;
  const words = t.slice(m[0].length);
  return words.split(/\s+/).length <= 14 && !FINITE_VERB.test(words);
}

/**
 * The unit a provision is, from its model: a provision whose text opens with its own section line
 * ("§ 14-208.1. No prosecution of minor for prostitution.") is a section, whatever the heading above
 * it (a US code's "Article 27. Prostitution." is the article that holds the section); otherwise as
 * `unitWord` decides from the heading's keyword, the heading or the provision's own words.
 */
export function provisionUnit(m: { keyword: string; heading: string; clauses: { text: string; marker: string; quoted?: string; recital?: boolean }[] }, name = m.heading): UnitWord {
  const operative = m.clauses.filter((c) => c.quoted !== 'instrument' && !c.recital);
  const first = operative[0];
  if (first && operative.length > 1 && first.marker === '' && isSectionTitleLine(first.text)) return 'section';
  // "ARTÍCULO 5 — Non-punishability. Victims ...", "**Art. 433quinquies, § 5.** A victim ...": a
  // provision whose text opens with its own number names its unit there.
  const lead = !m.keyword && first ? /^[*_]{0,2}(art[íi]culo|article|art\.|section|sec\.)[ \t]{0,3}\d/i.exec(first.text.trim()) : null;
  if (lead) return unitWord(lead[1]!);
  const own = m.keyword ? '' : operative.map((c) => c.text).join('\n');
  return unitWord(m.keyword, name, own);
}

const CONTAINER = /^(part|chapter|title|division|schedule|annex|book)\b/i;

export function isContainerHeading(heading: string): boolean {
  return CONTAINER.test(heading.replace(/[*_`#]/g, '').trim());
}
