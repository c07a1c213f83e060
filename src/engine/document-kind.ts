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
  /**
   * 'instrument' and 'memorandum' as above; 'description': a clause quoted, in a block quotation or
   * in quotation marks, after words that describe the bill from outside rather than amend anything
   * ("Clause 4 of the Bill inserts a new section 34A:", "This clause inserts ...").
   */
  kind: 'instrument' | 'memorandum' | 'description';
  /** The words that say so: the title, heading or introducing words, as they read (emphasis marks removed). */
  title: string;
  /** Where the text that is not the bill's begins and ends (UTF-16 offsets, end exclusive): 0 and the text's length for the whole document. */
  from: number;
  to: number;
}

/** A section as the section splitter found it (see SectionChunk): its heading's words, where it is, its number. */
export interface HeadingSeen {
  headingText: string;
  /** Offsets of the section in the document (heading included). */
  start: number;
  end: number;
  /** The heading's number ("14", "26"), '' when it has none. */
  number: string;
  /** Set for a section quoted for insertion, with the index (in the same list) of the section whose words introduce it. */
  quoted?: 'insertion';
  parent?: number;
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
const MEMORANDUM = /\bexplanatory\s{1,4}(?:memorandum|statement|notes)\b|\bobjects\s{1,4}and\s{1,4}reasons\b|\bnotes\s{1,4}on\s{1,4}clauses\b|\bmemorandum\s{1,4}(?:to|on|accompanying)\s{1,4}the\b/i;
// Words introducing a quoted clause that describe the bill from outside, as a memorandum does ("Clause 4 of the Bill inserts"), not an amendment ("is amended by inserting", "insert the following").
const DESCRIBED = /\b(?:the|this)\s{1,4}Bill\s{1,4}(?:inserts|adds|substitutes|would\s{1,4}(?:insert|add|substitute))\b|\b(?:clause|section)\s{1,4}\d{1,4}[A-Z]{0,2}\s{1,4}(?:of\s{1,4}the\s{1,4}Bill\s{1,4})?(?:inserts|adds|substitutes|would\s{1,4}(?:insert|add|substitute))\b|\bthis\s{1,4}clause\s{1,4}(?:inserts|adds|substitutes)\b/i;

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
 * What in the document is not the bill's own text (see `OtherText`), in document order; empty for a
 * bill. `sections` are the document's sections in order, as the section splitter found them. Linear
 * in the text; the whole text is searched for a bill's own words only when the title names an
 * instrument.
 */
export function otherTextsOf(text: string, sections: readonly HeadingSeen[]): OtherText[] {
  const title = titleOf(text, sections);
  const whole = (kind: OtherText['kind']): OtherText[] => [{ kind, title, from: 0, to: text.length }];
  if (MEMORANDUM.test(title)) return whole('memorandum');
  const bare = withoutParentheses(title);
  if (INSTRUMENT.test(bare) && !ENACTMENT_TITLE.test(bare.replace(INSTRUMENT_NAMED_LAW, ' ')) && !ENACTMENT_WORDS.test(withoutComments(text))) return whole('instrument');
  const out: OtherText[] = [];
  // A clause quoted after words describing the bill: from the first section quoted to the last.
  const described = new Map<number, OtherText>();
  for (const s of sections) {
    if (s.quoted !== 'insertion' || s.parent === undefined) continue;
    let d = described.get(s.parent);
    if (!d) {
      const p = sections[s.parent];
      const intro = p ? lastLine(text.slice(p.start, Math.min(p.end, s.start))) : '';
      if (!intro || !DESCRIBED.test(intro)) continue;
      d = { kind: 'description', title: intro, from: s.start, to: s.end };
      described.set(s.parent, d);
      out.push(d);
    }
    d.to = s.end;
  }
  // A memorandum printed after the bill: from its heading to the end.
  const memo = sections.find((h) => h.number === '' && h.quoted === undefined && h.headingText.length <= 200 && MEMORANDUM.test(h.headingText));
  if (memo) return [...out.filter((d) => d.to <= memo.start), { kind: 'memorandum', title: memo.headingText, from: memo.start, to: text.length }];
  return out;
}

/** The last line of words of a text (trimmed, at most 400 characters), '' when there is none. */
function lastLine(text: string): string {
  const lines = text.split(/\r\n|\r|\n/);
  for (let k = lines.length - 1; k >= 0; k--) {
    const l = lineWords(lines[k]!);
    if (l !== '') return l.length > 400 ? l.slice(-400) : l;
  }
  return '';
}

/** The first of `others` that an edit of the fix touches (an insertion at its very end or start does not), if any. */
export function otherTextTouched(others: readonly OtherText[], fix: Fix): OtherText | undefined {
  return others.find((o) => fix.edits.some((e) => e.end > o.from && e.start < o.to) || fix.edits.some((e) => e.start === e.end && o.from < e.start && e.start < o.to));
}

/** Whether a fix writes only into the bill's own text: none of its edits touches any of `others`. */
export function fixWritesIntoBill(others: readonly OtherText[], fix: Fix): boolean {
  return otherTextTouched(others, fix) === undefined;
}

/** The text that is not the bill's holding a finding's words (from `start`, document offset), if any. */
export function otherTextAt(others: readonly OtherText[], start: number): OtherText | undefined {
  return others.find((o) => o.from <= start && start < o.to);
}

/** Why a finding on such text comes with no fix, as a sentence to follow its message. */
export function noFixNote(other: OtherText): string {
  const title = other.title.length > 100 ? `${other.title.slice(0, other.title.lastIndexOf(' ', 100))} …` : other.title;
  switch (other.kind) {
    case 'instrument':
      return `No fix is offered: this document is the text of another instrument ("${title}"), not a bill, and its words are not the bill's to change; compare it with the bill's own provision.`;
    case 'memorandum':
      return `No fix is offered: these words are in an explanatory memorandum ("${title}"), not in the bill's enacting text; make the change in the bill itself.`;
    case 'description':
      return `No fix is offered: these words are a clause as quoted in a description of the bill ("${title}"), not the bill's enacting text; make the change in the bill itself.`;
  }
}
