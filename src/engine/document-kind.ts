import type { Fix } from './types.js';

/**
 * Whether a document (or its last part) is text that is not the bill's own, judged from what the
 * document says about itself:
 * - 'instrument': the whole document is another instrument's text (a Convention, Protocol,
 *   Directive, Principles and Guidelines, Model Law ...), as trainers paste it to compare with a
 *   bill. Its title or first line names such an instrument and nothing calls the document a bill: no
 *   "Bill", "Act", "Law", "Ordinance" ... in the title, no "A BILL for", "An Act to", enacting words
 *   or "This Act may be cited" in the text. ("An Act to give effect to the Convention on ..." is a
 *   bill.)
 * - 'memorandum': an explanatory memorandum, explanatory statement or statement of objects and
 *   reasons, which quotes the bill's clauses but is not the bill. When its heading is the document's
 *   title, the whole document; when a bill ends with one, from that heading to the end.
 * Findings on such text are still shown (a trainer compares them with a bill's); no fix writes into
 * it (issue 10: "never edits inside a quotation of another instrument"; docs/drafting conventions,
 * "Quotations of other instruments ... never rewrite them").
 */
export interface OtherText {
  kind: 'instrument' | 'memorandum';
  /** The words that say so: the title or heading, as it reads (emphasis marks removed). */
  title: string;
  /** Offset (UTF-16 code units) where the text that is not the bill's begins: 0 for the whole document. */
  from: number;
}

/** A heading as the section splitter found it: its words, where its section starts, its number. */
export interface HeadingSeen {
  headingText: string;
  /** Offset of the start of the heading's section in the document. */
  start: number;
  /** The heading's number ("14", "26"), '' when it has none. */
  number: string;
}

// Kinds of instrument a document's title can name (matched on the title without its parentheses).
const INSTRUMENT = /\b(?:conventions?|protocols?|directives?|framework\s{1,4}decisions?|principles|guidelines?|model\s{1,4}(?:laws?|(?:legislative\s{1,4})?provisions|legislation)|declarations?|charters?|covenants?|treat(?:y|ies)|recommendations?|resolutions?)\b/i;
// Words in a title that make it a bill or a statute, whatever instrument it names ("... (Implementation) Act").
const ENACTMENT_TITLE = /\b(?:bills?|acts?|ordinances?|decrees?|proclamations?|codes?|laws?|statutes?|regulations|enactments?)\b/i;
// Names of instruments that contain a word of ENACTMENT_TITLE ("Model Law"), taken out before looking for it.
const INSTRUMENT_NAMED_LAW = /\b(?:model|international|humanitarian|customary)\s{1,4}laws?\b/gi;
// Words only a bill or a statute uses of itself, anywhere in its text.
const ENACTMENT_WORDS = /\bA\s{1,4}BILL\s{1,4}(?:for|to|entitled)\b|\bAn\s{1,4}Act\s{1,4}(?:to|for|relating|respecting|concerning|providing|further)\b|\bBE\s{1,4}IT\s{1,4}(?:FURTHER\s{1,4})?ENACTED\b|\b(?:Parliament|Legislature|Congress|Assembly)\s{1,4}(?:hereby\s{1,4})?enacts\b|\b[Tt]his\s{1,4}(?:Act|Bill|Ordinance|Decree|Proclamation)\b/;
// Headings of a memorandum that accompanies a bill.
const MEMORANDUM = /\bexplanatory\s{1,4}(?:memorandum|statement|notes)\b|\bobjects\s{1,4}and\s{1,4}reasons\b|\bmemorandum\s{1,4}(?:to|on|accompanying)\s{1,4}the\b/i;

/** A title without what it holds in parentheses ("(Council of Europe Treaty Series No. 197)", "(as cited in ASEAN Guideline Annex 1)"). */
function withoutParentheses(title: string): string {
  let out = '';
  let depth = 0;
  for (const ch of title) {
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  return out;
}

/** The text with its HTML comments (source notes, suppressions) blanked out, offsets kept. */
function withoutComments(text: string): string {
  return text.includes('<!--') ? text.replace(/<!--[\s\S]*?(?:-->|$)/g, (m) => m.replace(/[^\n]/g, ' ')) : text;
}

/** A line without the Markdown marks around its words (heading "#", quotation ">", emphasis) and the spaces around them. */
function lineWords(line: string): string {
  const mark = (c: string) => c === '#' || c === '>' || c === '*' || c === '_' || c.trim() === '';
  let a = 0;
  let b = line.length;
  while (a < b && mark(line[a]!)) a++;
  while (b > a && mark(line[b - 1]!)) b--;
  return line.slice(a, b);
}

/** The document's title: its first heading, or when its text starts before any heading, its first line of words. */
function titleOf(text: string, headings: readonly HeadingSeen[]): string {
  const first = headings.find((h) => h.headingText !== '');
  const end = first ? first.start : Math.min(text.length, 2000);
  const lead = withoutComments(text.slice(0, end)).split(/\r\n|\r|\n/);
  // A line cut short by the limit is not read.
  if (end < text.length && !first) lead.pop();
  // Front matter (YAML between "---" lines, TOML between "+++") is not the document's words.
  const fence = /^\uFEFF?(---|\+\+\+)[ \t]*$/.exec(lead[0] ?? '');
  const body = fence ? lead.slice(lead.findIndex((l, k) => k > 0 && (fence[1] === '---' ? /^(?:---|\.\.\.)[ \t]*$/ : /^\+\+\+[ \t]*$/).test(l)) + 1 || lead.length) : lead;
  const line = body.map(lineWords).find((l) => l !== '');
  // A line of words before the first heading is a title when it reads as one: short, and not a
  // sentence or a recital ("WHEREAS ...;", "Recalling the Convention ...,").
  if (line !== undefined) return line.length <= 200 && !/[.,;:]$/.test(line) ? line : '';
  return first && first.number === '' ? first.headingText : '';
}

/**
 * What in the document is not the bill's own text (see `OtherText`), or undefined for a bill.
 * `headings` are the document's sections in order. Linear in the text; the whole text is searched
 * for a bill's own words only when the title names an instrument.
 */
export function otherTextOf(text: string, headings: readonly HeadingSeen[]): OtherText | undefined {
  const title = titleOf(text, headings);
  if (MEMORANDUM.test(title)) return { kind: 'memorandum', title, from: 0 };
  const bare = withoutParentheses(title);
  if (INSTRUMENT.test(bare) && !ENACTMENT_TITLE.test(bare.replace(INSTRUMENT_NAMED_LAW, ' ')) && !ENACTMENT_WORDS.test(withoutComments(text))) {
    return { kind: 'instrument', title, from: 0 };
  }
  // A memorandum printed after the bill: from its heading to the end.
  const memo = headings.find((h) => h.number === '' && h.headingText.length <= 200 && MEMORANDUM.test(h.headingText));
  return memo ? { kind: 'memorandum', title: memo.headingText, from: memo.start } : undefined;
}

/** Whether a fix writes only into the bill's own text: no edit at or after `other.from`. */
export function fixWritesIntoBill(other: OtherText | undefined, fix: Fix): boolean {
  return !other || fix.edits.every((e) => e.end <= other.from && e.start < other.from);
}

/** Why a finding on such text comes with no fix, as a sentence to follow its message. */
export function noFixNote(other: OtherText): string {
  const title = other.title.length > 100 ? `${other.title.slice(0, other.title.lastIndexOf(' ', 100))} …` : other.title;
  return other.kind === 'instrument'
    ? `No fix is offered: this document is the text of another instrument ("${title}"), not a bill, and its words are not the bill's to change; compare it with the bill's own provision.`
    : `No fix is offered: these words are in an explanatory memorandum ("${title}"), not in the bill's enacting text; make the change in the bill itself.`;
}
