/**
 * A cheap, line-based index of where each section of a bill starts. It runs over the whole
 * document without parsing Markdown, so a large consolidated code is split in one pass and each
 * section can be parsed, analysed and cached on its own (an edit re-analyses only what changed).
 */

export interface SectionChunk {
  /** Offset of the chunk's first character in the document. */
  start: number;
  /** Offset just past the chunk's last character. */
  end: number;
  /** The heading line's words as written (Markdown marks removed), or '' for the preamble. */
  headingText: string;
  /** Offsets of the heading words in the document (empty range for the preamble). */
  headingStart: number;
  headingEnd: number;
  /** How the heading was written; 'none' for text before the first heading. */
  style: 'atx' | 'setext' | 'bold' | 'bare' | 'none';
}

const ATX = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/;
const ATX_EMPTY = /^ {0,3}#{1,6}[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
// "**14. Non-liability.**" or "**Section 14 — Non-liability**", optionally followed by text.
const BOLD_HEADING = /^ {0,3}(\*\*|__)[ \t]*((?:section|article|artículo|articulo|artigo|art\.|s\.|regulation|clause)?[ \t]*\d{1,4}[A-Za-z]{0,2}\b[^*_]{0,200}?)(\*\*|__)/i;
// A line that is only a section number ("14." or "Section 14", optionally with a title after a dash).
// A line that is only a section number ("14." or "Section 14", "Article 17 bis (8)"), optionally with a
// title after a full stop, colon or dash; a title never ends with a full stop (prose would).
const BARE_NUMBER = /^ {0,3}((?:section|article|artículo|articulo|artigo|art\.)[ \t]+\d{1,4}[A-Za-z]{0,2}(?:[ \t]+(?:bis|ter|quater))?(?:[ \t]*\(\d{1,3}\))?(?:[ \t]*[.:—–-][ \t]*[^.\s][^.]{0,200})?\.?|\d{1,4}[A-Za-z]{0,2}\.)[ \t]*$/i;

interface Line {
  start: number;
  end: number; // excluding the line ending
  next: number; // start of the next line
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      const end = i;
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      out.push({ start, end, next: i + 1 });
      start = i + 1;
    }
  }
  out.push({ start, end: text.length, next: text.length });
  return out;
}

function trimSpan(text: string, s: number, e: number): [number, number] {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return [s, e];
}

export function splitSections(text: string): SectionChunk[] {
  const ls = lines(text);
  const heads: Omit<SectionChunk, 'end'>[] = [];
  let fence: string | null = null;
  let inFrontMatter = false;
  for (let i = 0; i < ls.length; i++) {
    const l = ls[i]!;
    const s = text.slice(l.start, l.end);
    if (i === 0 && /^---[ \t]*$/.test(s)) {
      inFrontMatter = true;
      continue;
    }
    if (inFrontMatter) {
      if (/^(---|\.\.\.)[ \t]*$/.test(s)) inFrontMatter = false;
      continue;
    }
    const f = FENCE.exec(s);
    if (fence) {
      if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length && s.trim() === f[1]) fence = null;
      continue;
    }
    if (f) {
      fence = f[1]!;
      continue;
    }
    if (s.length > 1000) continue; // a heading is never this long; keeps the patterns below cheap
    const prevBlank = i === 0 || text.slice(ls[i - 1]!.start, ls[i - 1]!.end).trim() === '';
    let m = ATX.exec(s);
    if (m && !ATX_EMPTY.test(s)) {
      const off = l.start + s.indexOf(m[2]!, m[1]!.length);
      const [hs, he] = trimSpan(text, off, off + m[2]!.length);
      heads.push({ start: l.start, headingText: text.slice(hs, he), headingStart: hs, headingEnd: he, style: 'atx' });
      continue;
    }
    const nextLine = ls[i + 1];
    if (prevBlank && s.trim() !== '' && nextLine && SETEXT_UNDERLINE.test(text.slice(nextLine.start, nextLine.end)) && !/^ {0,3}([-*+]|\d+[.)])[ \t]/.test(s)) {
      const [hs, he] = trimSpan(text, l.start, l.end);
      heads.push({ start: l.start, headingText: text.slice(hs, he), headingStart: hs, headingEnd: he, style: 'setext' });
      i++;
      continue;
    }
    if (!prevBlank) continue;
    m = BOLD_HEADING.exec(s);
    if (m) {
      const inner = l.start + s.indexOf(m[2]!);
      const [hs, he] = trimSpan(text, inner, inner + m[2]!.length);
      heads.push({ start: l.start, headingText: text.slice(hs, he), headingStart: hs, headingEnd: he, style: 'bold' });
      continue;
    }
    m = BARE_NUMBER.exec(s);
    if (m) {
      const [hs, he] = trimSpan(text, l.start, l.end);
      heads.push({ start: l.start, headingText: text.slice(hs, he), headingStart: hs, headingEnd: he, style: 'bare' });
    }
  }
  const chunks: SectionChunk[] = [];
  if (heads.length === 0 || heads[0]!.start > 0) {
    chunks.push({ start: 0, end: heads[0]?.start ?? text.length, headingText: '', headingStart: 0, headingEnd: 0, style: 'none' });
  }
  heads.forEach((h, k) => chunks.push({ ...h, end: heads[k + 1]?.start ?? text.length }));
  return chunks;
}

export interface HeadingParts {
  /** "Section", "Article"... as written, or '' */
  keyword: string;
  number: string;
  title: string;
}

const HEADING_PARTS = /^(?:(section|sec\.|s\.|article|artículo|articulo|artigo|art\.|regulation|reg\.|clause|rule)[ \t]*)?(\d{1,4}[A-Za-z]{0,2}(?:[ \t]+(?:bis|ter|quater)\b)?)(?:[.:)]|[ \t]*[—–-])?[ \t]*(.*)$/i;

/** Splits "14. Victim immunity from prosecution" or "Section 14 — Non-liability" into its parts. */
export function headingParts(heading: string): HeadingParts {
  const h = heading.replace(/[*_`]/g, '').trim();
  const m = HEADING_PARTS.exec(h);
  if (!m) return { keyword: '', number: '', title: h };
  return { keyword: m[1] ?? '', number: m[2]!, title: m[3]!.replace(/^[—–-]\s*/, '').replace(/\.$/, '').trim() };
}

const CONTAINER = /^(part|chapter|title|division|schedule|annex|book)\b/i;

export function isContainerHeading(heading: string): boolean {
  return CONTAINER.test(heading.replace(/[*_`#]/g, '').trim());
}
