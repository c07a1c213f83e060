/**
 * Citation integrity: is a quotation found word for word in its source text? Pure (no file system).
 *
 * Differences that do not count: whitespace (any run of spaces, tabs and line breaks, including none
 * before punctuation), quotation-mark styles (" “ ” „ « » ' ‘ ’ ‚), dash styles (- ‐ ‑ ‒ – — ―
 * −), "…" against "...", HTML tags in the source (<p>, <i>, <b>, <li>...), footnote markers
 * (<sup>12</sup>, ¹²) and Markdown emphasis marks (* and **), and the HTML entities &amp; &lt; &gt;
 * &quot; &#39; &nbsp;. Everything else counts, including letter case and every other character.
 */

export interface QuotationCheck {
  ok: boolean;
  /** Offset in the source text where the quotation starts (when found). */
  start?: number;
  /** Offset in the source text just past the quotation (when found). */
  end?: number;
  /** How many characters of the normalised quotation were found in a row (the whole of it when ok). */
  matchedChars: number;
  /** Length of the normalised quotation. */
  quoteChars: number;
  /** When not found: the quotation's words from where it stops matching the closest passage. */
  expected?: string;
  /** When not found: what the closest passage in the source says at that point. */
  found?: string;
  /** One line for a person: where and why the check failed, or where the quotation is. */
  message: string;
}

interface Normalised {
  text: string;
  /** For each character of `text`, its offset in the original. */
  map: number[];
}

const QUOTES: Record<string, string> = {
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u00AB': '"', '\u00BB': '"', '\u2033': '"',
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '`': "'",
};
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/;
const SUPERSCRIPTS = /[\u00B9\u00B2\u00B3\u2070-\u207F]/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", nbsp: ' ' };
/** Punctuation that whitespace before it does not change ("word ," = "word,"). */
const CLOSING = new Set([',', '.', ';', ':', ')', ']', '?', '!']);
/** Punctuation that whitespace after it does not change ("( a" = "(a"). */
const OPENING = new Set(['(', '[']);

/**
 * Normalises a text for comparison, keeping a map back to the original offsets.
 * `markup`: strip HTML tags, footnote markers and emphasis marks (done for sources; a quotation
 * is taken as plain text, so a stray "*" in a copy is a difference).
 */
function normalise(input: string, markup: boolean): Normalised {
  const out: string[] = [];
  const map: number[] = [];
  let pendingSpace = -1; // offset of a whitespace run not yet written
  const push = (ch: string, at: number) => {
    if (pendingSpace >= 0) {
      const prev = out[out.length - 1];
      if (out.length > 0 && !CLOSING.has(ch) && !(prev !== undefined && OPENING.has(prev))) {
        out.push(' ');
        map.push(pendingSpace);
      }
      pendingSpace = -1;
    }
    out.push(ch);
    map.push(at);
  };
  const space = (at: number) => {
    if (pendingSpace < 0) pendingSpace = at;
  };
  let i = 0;
  while (i < input.length) {
    const c = input[i]!;
    if (markup && c === '<') {
      const sup = /^<sup\b[^>]*>[\s\S]*?<\/sup\s*>/i.exec(input.slice(i, i + 200));
      if (sup) {
        i += sup[0].length;
        continue;
      }
      const tag = /^<\/?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?\/?>/.exec(input.slice(i, i + 500));
      if (tag) {
        // Block tags separate words; inline tags (<i>, <b>, <span>...) do not.
        if (/^<\/?(p|br|li|ul|ol|div|tr|td|th|table|h[1-6])\b/i.test(tag[0])) space(i);
        i += tag[0].length;
        continue;
      }
    }
    if (markup && c === '*') {
      i++;
      continue;
    }
    if (markup && SUPERSCRIPTS.test(c)) {
      i++;
      continue;
    }
    if (c === '&') {
      const ent = /^&(amp|lt|gt|quot|apos|#39|nbsp);/.exec(input.slice(i, i + 8));
      if (ent) {
        const v = ENTITIES[ent[1]!]!;
        if (v === ' ') space(i);
        else push(v, i);
        i += ent[0].length;
        continue;
      }
    }
    if (/\s/.test(c)) {
      space(i);
      i++;
      continue;
    }
    if (c === '\u2026') {
      for (let k = 0; k < 3; k++) push('.', i);
      i++;
      continue;
    }
    if (QUOTES[c]) push(QUOTES[c]!, i);
    else if (DASHES.test(c)) push('-', i);
    else push(c, i);
    i++;
  }
  return { text: out.join(''), map };
}

/** The last few normalised sources: checking many quotations against one long source normalises it once. */
const sourceCache = new Map<string, Normalised>();
function normalisedSource(text: string): Normalised {
  let n = sourceCache.get(text);
  if (!n) {
    n = normalise(text, true);
    if (sourceCache.size >= 8) sourceCache.delete(sourceCache.keys().next().value!);
    sourceCache.set(text, n);
  }
  return n;
}

function excerpt(s: string, from: number, len = 60): string {
  return s.slice(from, from + len);
}

/**
 * Looks for `quote` word for word in `sourceText` (see the module comment for what does not count
 * as a difference). On failure, reports the closest passage: the longest beginning of the quotation
 * that the source contains, and what each says where they part.
 */
export function verifyQuotation(quote: string, sourceText: string): QuotationCheck {
  const direct = verifyIn(quote, sourceText);
  if (direct.ok) return direct;
  // A passage broken by a page's footnotes in the source text (the footnotes printed between "(or the"
  // and "prosecutor)") is still the passage: look again with footnote lines set aside.
  const withoutFootnotes = sourceText.replace(/^[ \t]*[¹²³⁴⁵⁶⁷⁸⁹⁰]+[^\n]*$/gm, '');
  if (withoutFootnotes !== sourceText) {
    const again = verifyIn(quote, withoutFootnotes);
    if (again.ok) return { ...again, message: `${again.message} (across a page's footnotes)` };
  }
  return direct;
}

function verifyIn(quote: string, sourceText: string): QuotationCheck {
  const q = normalise(quote, false).text;
  const src = normalisedSource(sourceText);
  if (q.length === 0) {
    return { ok: false, matchedChars: 0, quoteChars: 0, message: 'the quotation is empty' };
  }
  const at = src.text.indexOf(q);
  if (at >= 0) {
    const start = src.map[at]!;
    const end = src.map[at + q.length - 1]! + 1;
    return { ok: true, start, end, matchedChars: q.length, quoteChars: q.length, message: `found at offset ${start}` };
  }
  // The longest prefix of the quotation found in the source (found-ness is monotonic in length).
  let lo = 0;
  let hi = q.length - 1;
  let bestAt = -1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const k = src.text.indexOf(q.slice(0, mid));
    if (k >= 0) {
      lo = mid;
      bestAt = k;
    } else hi = mid - 1;
  }
  if (lo > 0 && bestAt < 0) bestAt = src.text.indexOf(q.slice(0, lo));
  // A quotation whose beginning was changed: try the longest suffix instead, for a useful report.
  if (lo < 20) {
    let slo = 0;
    let shi = q.length - 1;
    while (slo < shi) {
      const mid = Math.ceil((slo + shi) / 2);
      if (src.text.includes(q.slice(q.length - mid))) slo = mid;
      else shi = mid - 1;
    }
    if (slo > lo) {
      const k = src.text.indexOf(q.slice(q.length - slo));
      const qStop = q.length - slo; // the quotation differs just before this point
      const before = Math.max(0, qStop - 40);
      return {
        ok: false,
        matchedChars: slo,
        quoteChars: q.length,
        expected: q.slice(before, qStop + 20),
        found: src.text.slice(Math.max(0, k - (qStop - before)), k + 20),
        message: `not found: the last ${slo} of ${q.length} characters match the source at offset ${src.map[k]}, but the text before them differs: quotation has "…${q.slice(before, qStop)}", source has "…${src.text.slice(Math.max(0, k - (qStop - before)), k)}"`,
      };
    }
  }
  if (lo === 0 || bestAt < 0) {
    return { ok: false, matchedChars: 0, quoteChars: q.length, expected: excerpt(q, 0), message: 'not found: no part of the quotation is in the source' };
  }
  const expected = excerpt(q, lo, 40);
  const found = excerpt(src.text, bestAt + lo, 40);
  return {
    ok: false,
    matchedChars: lo,
    quoteChars: q.length,
    expected,
    found,
    message: `not found: the first ${lo} of ${q.length} characters match the source at offset ${src.map[bestAt]}, then the quotation has "${expected}" where the source has "${found}"`,
  };
}

/** The normalised form used for comparison (exported for tests and for the library's diagnostics). */
export function normaliseForComparison(text: string, isSource = false): string {
  return normalise(text, isSource).text;
}
