// What a Word document's paragraphs are once converted (their numbers and places in the Markdown),
// and the error a document that cannot be read gives. Kept apart from docx.ts so that code that only
// reports findings by paragraph (the command line's output) does not load the Word reader.

/** A document that cannot be read as a Word document, with a message fit for a drafter. */
export class WordError extends Error {}

/** One paragraph of the Word document as it stands in the Markdown. */
export interface WordParagraph {
  /** 1-based, counting the paragraphs that have text, from the start of the document (tables included). */
  number: number;
  /** Its place in the Markdown: 0-based UTF-16 offsets, end exclusive (the heading marks "## " included). */
  start: number;
  end: number;
  /** Its first words, with its number ("(1) A victim of trafficking shall…"). */
  excerpt: string;
}

export interface WordConversion {
  markdown: string;
  paragraphs: WordParagraph[];
  /** The document has tracked changes: they were read as if all had been accepted. */
  trackedChanges: boolean;
}

/**
 * The first words of a paragraph: its number, if it has one ("(1)", "14."), then up to six words
 * (about 60 characters at most), then "…" if there is more.
 */
export function excerpt(text: string, words = 6): string {
  const all = text.trim().split(/\s+/).filter(Boolean);
  const label = all.length > 1 && /^(?:\(?[0-9A-Za-z]{1,6}[.)]|\d+(?:\.\d+)*\.?)$/.test(all[0]!) ? 1 : 0;
  let out = all.slice(0, label).join(' ');
  for (let i = label; i < all.length; i++) {
    const w = all[i]!;
    if (i - label >= words || (out && out.length + 1 + w.length > 60)) return `${out}…`;
    out = out ? `${out} ${w}` : w;
  }
  return out;
}

/** The paragraph holding a Markdown offset (or the nearest one before it). */
export function paragraphAt(paragraphs: readonly WordParagraph[], offset: number): WordParagraph | undefined {
  let lo = 0;
  let hi = paragraphs.length - 1;
  let best: WordParagraph | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid]!.start <= offset) {
      best = paragraphs[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best ?? paragraphs[0];
}
