/**
 * Reads an amendment paper (Markdown) into its instructions, in the common forms of Westminster and
 * Commonwealth drafting:
 *   "In clause 14(1), page 5, line 3, leave out ‘may’ and insert ‘shall’."
 *   "Clause 2, in the definition of “child”, for ‘eighteen’ substitute ‘sixteen’."
 *   "In clause 13(1), after ‘video link’ insert ‘, by a recorded statement’."
 *   "In clause 12(1), omit ‘, except with the written consent of the victim’."
 *   "In clause 14(2), leave out from ‘conditions are’ to ‘same situation’ and insert ‘...’" (the words after
 *     the first quotation stay; those after them up to and including the second quotation are left out)
 *   "In clause 14, leave out subsection (3)."   "Leave out clause 6."
 *   "In clause 14, after subsection (2) insert—" followed by the new text (a block quote, a code block or an indented block)
 *   "Insert the following new clause after clause 14—" followed by the new clause
 *   "Renumber clause 14A as clause 15, and clauses 15 to 23 as clauses 16 to 24."
 * and the forms of an amending bill, which amends an enacted Act (the "principal Act") section by section:
 *   "In section 20(1) of the principal Act, after “trafficked person” insert “...”."
 *   "Section 20 of the principal Act is amended by deleting the words “any offence” and substituting the words “...”."
 *   "Section 20 of the principal Act is amended— (a) in subsection (1), by inserting after “X” the words “Y”; (b) by repealing subsection (3)."
 *   "The principal Act is amended by inserting after section 14 the following section—" followed by the new section
 *   "Section 21 of the principal Act is repealed [and replaced by the following section—]"
 * (read by rewriting the amending-bill form into the equivalent form above: `asImperative`). A heading
 * "Amendment of section 20" gives section 20 to the instructions under it that name none. An instruction
 * that names another Act than the principal Act records it (`Locator.act`), so that it is not applied to
 * the wrong Act.
 * Page and line references are read and ignored (the bill in Markdown has no pages). An instruction
 * is a numbered paragraph, or a paragraph that says "leave out", "omit", "substitute", "insert"...;
 * headings, names of members and explanatory statements are not instructions. A heading or a line
 * such as "Clause 14" sets the clause for the instructions under it that name none.
 */

export type UnitKind = 'section' | 'subsection' | 'paragraph' | 'subparagraph';

/** A place in the bill as an instruction names it. */
export interface Locator {
  /** The word the paper uses ("clause", "section", "article"). */
  keyword: string;
  /** The section's number ("14", "14A"). */
  section?: string;
  /** Subsection, paragraph, sub-paragraph labels inside it, outermost first: [{subsection,'1'},{paragraph,'a'}]. */
  path: { level: Exclude<UnitKind, 'section'>; label: string }[];
  /** "in the definition of “child”": the defined term. */
  definition?: string;
  /** "In section 19A, in the heading, …": the words are in the section's heading, not its text. */
  heading?: boolean;
  /** "In clause 3, in the inserted section 20A": the bill's own provision that sets out the section named. */
  within?: string;
  /** The Act the instruction amends, when it names one other than "the principal Act" / "this Act" ("the Immigration Act 1990"). */
  act?: string;
}

/** Which occurrences of the words an instruction means. */
export type Occurrence = { which: 'only' } | { which: 'all' } | { which: 'nth'; n: number } | { which: 'last' };

export type Action =
  | { kind: 'replace-words'; words: string; by: string; occurrence: Occurrence }
  /** `asBlock`: the words were set out after the instruction, not quoted in it; after words that end a paragraph, or before words that begin one, they are a new paragraph. */
  | { kind: 'insert-words'; position: 'after' | 'before'; words: string; insert: string; occurrence: Occurrence; asBlock?: boolean }
  | { kind: 'omit-words'; words: string; occurrence: Occurrence }
  /** "leave out from ‘X’ to ‘Y’ [and insert ‘Z’]": the words after X (which stay) up to and including Y. */
  | { kind: 'omit-range'; from: string; to: string; by?: string }
  | { kind: 'omit-unit'; unit: Locator }
  | { kind: 'replace-unit'; unit: Locator; by: string }
  | { kind: 'insert-unit'; position: 'after' | 'before'; anchor: Locator; newKind: UnitKind | 'definition'; text: string }
  | { kind: 'insert-at-end'; text: string; asBlock: boolean }
  | { kind: 'renumber'; keyword: string; pairs: { from: string; to: string }[] }
  | { kind: 'unsupported'; reason: string };

export interface PaperInstruction {
  /** Its number in the paper, or its place among the instructions when unnumbered. */
  number: number;
  /** The instruction as written, with the text it inserts (white space tidied). */
  text: string;
  /** 1-based line of the paper where it starts. */
  line: number;
  /** Where in the bill it applies (the whole bill when it names no place). */
  locator: Locator;
  action: Action;
}

interface Block {
  kind: 'para' | 'quote' | 'fence' | 'indented' | 'heading' | 'comment';
  text: string;
  line: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Splits the paper into blocks: paragraphs, block quotes, code blocks, indented blocks, headings. */
function blocks(paper: string): Block[] {
  const lines = paper.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const out: Block[] = [];
  let cur: Block | undefined;
  const flush = () => {
    if (cur) out.push(cur);
    cur = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const f = FENCE.exec(l);
    if (f) {
      flush();
      const body: string[] = [];
      let j = i + 1;
      while (j < lines.length && !(lines[j]!.trim().startsWith(f[1]![0]!.repeat(3)) && lines[j]!.trim().replace(/[`~]/g, '') === '')) body.push(lines[j++]!);
      out.push({ kind: 'fence', text: body.join('\n'), line: i + 1 });
      i = j;
      continue;
    }
    if (!l.trim()) {
      // A blank line inside a block quote or an indented block continues it when the next line does.
      if (cur && (cur.kind === 'quote' || cur.kind === 'indented')) {
        const next = lines.slice(i + 1).find((x) => x.trim());
        if (next !== undefined && ((cur.kind === 'quote' && /^ {0,3}>/.test(next)) || (cur.kind === 'indented' && /^( {4}|\t)/.test(next)))) {
          cur.text += '\n';
          continue;
        }
      }
      flush();
      continue;
    }
    if (/^ {0,3}<!--/.test(l)) {
      flush();
      let j = i;
      while (j < lines.length && !lines[j]!.includes('-->')) j++;
      out.push({ kind: 'comment', text: '', line: i + 1 });
      i = j;
      continue;
    }
    if (/^ {0,3}#{1,6}(\s|$)/.test(l)) {
      flush();
      out.push({ kind: 'heading', text: l.replace(/^ {0,3}#{1,6}\s*/, '').replace(/\s+#+\s*$/, ''), line: i + 1 });
      continue;
    }
    const quote = /^ {0,3}>/.test(l);
    const indented = /^( {4}|\t)/.test(l);
    const kind: Block['kind'] = quote ? 'quote' : indented && (!cur || cur.kind !== 'para') ? 'indented' : 'para';
    const body = quote ? l.replace(/^ {0,3}> ?/, '') : kind === 'indented' ? l.replace(/^( {4}|\t)/, '') : l;
    if (cur && cur.kind === kind) cur.text += `\n${body}`;
    else {
      flush();
      cur = { kind, text: body, line: i + 1 };
    }
  }
  flush();
  return out;
}

const VERB = /\b(?:leave\s+out|omit|delete|substitute|insert|renumber|transpose|stand\s+part)\b|\bto\s+move\s+the\s+following\b|\bis\s+(?:hereby\s+)?(?:amended|repealed)\b|\bby\s+(?:deleting|omitting|removing|leaving\s+out|repealing|substituting|replacing|inserting|adding|renumbering)\b/i;
const NOT_AN_INSTRUCTION = /^(?:member['’]s\s+)?explanatory\s+statement|^purpose\b|^effect\b|^note\b|^this\s+amendment\b|^the\s+effect\b|^this\s+(?:act|law|ordinance)\s+(?:may\s+be\s+cited|shall\s+come|comes)\b/i;
// A lead-in that amends one section through the lettered paragraphs that follow: "Section 20 of the principal Act is amended—".
const AMENDED_AS_FOLLOWS = /^(?:the\s+)?(clause|section|article|regulation)\s+(\d{1,4}[a-z]{0,2})((?:\s*\(\s*[0-9a-z]{1,4}\s*\))*)\s+of\s+((?:[\w'’().,-]{1,40}\s+){1,14}?)is\s+(?:hereby\s+)?(?:further\s+)?amended(?:\s+as\s+follows)?[ \t]*[—–:-]*[ \t]*$/i;
// A lettered paragraph of such an amendment: "(a) in subsection (1), by deleting ...".
const AMENDING_LIMB = /^\s*\(\s*(?:[a-z]{1,2}|[ivx]{1,5})\s*\)\s+/i;
// A heading naming the section that the instructions under it amend: "4. Amendment of section 20", "Repeal of section 21".
const AMENDMENT_HEADING = /\b(?:amendment|repeal|substitution)\s+of\s+(section|article|clause|regulation)\s+(\d{1,4}[a-z]{0,2})\b/i;
const NUMBER_MARK = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?(?:(?:amendment|no\.)\s*)?(?:\[(\d{1,4})\]|\((\d{1,4})\)(?=\s+(?:in|at|after|before|for|leave|omit|delete|insert|renumber|clause|section|page|transpose|move))|(\d{1,4})[.):])(?:\*\*|__)?\s+/i;
const CONTEXT_LINE = /^\s*(?:\*\*|__)?(clause|section|article)\s+(\d{1,4}[A-Za-z]{0,2})(?:\*\*|__)?\.?\s*$/i;

function unemphasise(s: string): string {
  return s.replace(/(\*\*|__)(.*?)\1/g, '$2').replace(/(^|[\s(])[*_]([^*_\n]+)[*_](?=[\s).,;:]|$)/g, '$1$2');
}

/** Whether a paragraph ends by announcing text to follow ("insert—", "substitute:", "the following new clause"). */
function awaitsText(words: string): boolean {
  return /(?:\binsert|\bsubstitute|\bfollowing(?:\s+new)?\s+(?:clause|section|subsection|paragraph|definition|article)s?(?:\s+(?:after|before)\s+(?:clause|section|subsection|paragraph|article)\s+\(?\w+\)?)?)\s*[—–:-]*\s*$/i.test(words.trim().replace(/[.]$/, ''));
}

/** Reads an amendment paper into its instructions, in order. */
export function readAmendmentPaper(paper: string): PaperInstruction[] {
  const bs = blocks(paper);
  const out: PaperInstruction[] = [];
  let context: { keyword: string; section: string } | undefined;
  // The words that lead into lettered amending paragraphs ("In section 20 of the principal Act, ").
  let lead: string | undefined;
  let seq = 0;
  for (let k = 0; k < bs.length; k++) {
    const b = bs[k]!;
    if (b.kind === 'heading' || b.kind === 'para') {
      const plain = unemphasise(b.text).trim();
      const ctx = CONTEXT_LINE.exec(plain);
      if (ctx) {
        context = { keyword: ctx[1]!.toLowerCase(), section: ctx[2]! };
        continue;
      }
      if (b.kind === 'heading') {
        const h = AMENDMENT_HEADING.exec(plain);
        context = h ? { keyword: h[1]!.toLowerCase(), section: h[2]! } : undefined;
        lead = undefined;
        continue;
      }
    }
    if (b.kind !== 'para') continue;
    // "Section 20 of the principal Act is amended—" followed by its lettered paragraphs, in this block or in the blocks after it.
    const plainText = unemphasise(b.text).replace(/\s+/g, ' ').trim();
    const limbsAt = b.text.search(/\n\s*\(\s*(?:[a-z]{1,2}|[ivx]{1,5})\s*\)\s/i);
    const head = limbsAt >= 0 ? unemphasise(b.text.slice(0, limbsAt)).replace(/\s+/g, ' ').trim() : plainText;
    const asFollows = AMENDED_AS_FOLLOWS.exec(head.replace(/^\s*(?:\d{1,4}[.)]\s+)?/, ''));
    if (asFollows) {
      lead = `In ${asFollows[1]} ${asFollows[2]}${asFollows[3]} of ${asFollows[4]!.trim()}, `;
      if (limbsAt < 0) continue;
      for (const limb of b.text.slice(limbsAt).split(/\n(?=\s*\(\s*(?:[a-z]{1,2}|[ivx]{1,5})\s*\)\s)/i)) {
        const words = unemphasise(limb.replace(AMENDING_LIMB, '')).replace(/\s+/g, ' ').trim();
        if (!words) continue;
        seq++;
        const parsed = parseInstruction(lead + words, undefined, context);
        out.push({ number: seq, text: unemphasise(limb).replace(/\s+/g, ' ').trim(), line: b.line, locator: parsed.locator, action: parsed.action });
      }
      continue;
    }
    if (lead && !AMENDING_LIMB.test(b.text)) lead = undefined;
    const m = NUMBER_MARK.exec(b.text);
    const limb = lead !== undefined && AMENDING_LIMB.test(b.text);
    const rest = limb ? lead + b.text.replace(AMENDING_LIMB, '') : m ? b.text.slice(m[0].length) : b.text.replace(/^\s*[-*+]\s+/, '');
    const asWritten = limb ? unemphasise(b.text).replace(/\s+/g, ' ').trim() : undefined;
    const words = unemphasise(rest).replace(/\s+/g, ' ').trim();
    if (!words || NOT_AN_INSTRUCTION.test(words)) continue;
    if (!m && !VERB.test(words)) continue;
    const number = m ? Number(m[1] ?? m[2] ?? m[3]) : seq + 1;
    seq = number;
    // The text it inserts: the block(s) that follow, when the instruction announces them.
    let block: string | undefined;
    if (awaitsText(words)) {
      const parts: string[] = [];
      let j = k + 1;
      while (j < bs.length) {
        const n = bs[j]!;
        if (n.kind === 'comment') {
          j++;
          continue;
        }
        const isText = n.kind === 'quote' || n.kind === 'fence' || n.kind === 'indented';
        // An unmarked paragraph belongs to the inserted text only when it does not read as an instruction.
        const isPara = n.kind === 'para' && !NUMBER_MARK.test(n.text) && (parts.length === 0 || /^\s*(\(\w{1,4}\)|\d{1,4}[A-Za-z]{0,2}[.\s])/.test(n.text)) && !(parts.length > 0 && VERB.test(n.text) && !/^\s*\(/.test(n.text));
        if (!isText && !isPara) break;
        parts.push(n.text.replace(/\s+$/, ''));
        j++;
        if (n.kind === 'para' && parts.length === 1 && !/^\s*(\(\w{1,4}\)|\d{1,4}[A-Za-z]{0,2}[.\s])/.test(n.text)) break;
      }
      if (parts.length) {
        block = parts.join('\n\n');
        k = j - 1;
      }
    }
    const parsed = parseInstruction(words, block, context);
    const shown = asWritten ?? words;
    out.push({ number, text: block === undefined ? shown : `${shown}\n${block}`, line: b.line, locator: parsed.locator, action: parsed.action });
  }
  return out;
}

// ---- one instruction ----------------------------------------------------------------------------

// The Act an amending bill's instruction names: "the principal Act", "the Immigration Act, 1990", "the Penal Code (Cap. 63)".
const ACT_NAME = String.raw`(?:the\s+)?(?:[\w'’().-]{1,40}\s+){0,12}?(?:Act|Law|Ordinance|Code|Decree|Proclamation|Statute)\b(?:,?\s+\d{4})?(?:\s+\((?:No\.|Cap\.|Act)\s*[\w\s.]{1,20}\))?`;
// A unit of the amended Act followed by the Act's name: "section 20(1) of the principal Act".
const UNIT_OF_ACT = new RegExp(String.raw`\b((?:clause|section|article|regulation|rule)\s*\d{1,4}[a-z]{0,2}(?:\s*\(\s*[0-9a-z]{1,4}\s*\))*)\s+of\s+(${ACT_NAME})(?=\s*,|\s+is\b|\s+(?:after|before|for|leave|omit|delete|insert)\b)`, 'i');
// The Act itself as the subject of an amendment: "The principal Act is amended by inserting after section 14 ...".
const ACT_AMENDED = new RegExp(String.raw`^(${ACT_NAME})\s+is\s+(?:hereby\s+)?(?:further\s+)?amended\s*,?\s*`, 'i');
// The unit an amending bill's instruction amends or repeals: "section 20(1)", "subsection (3)" (of the section a heading names).
const AMENDED_UNIT = String.raw`(?:clause|section|article|regulation)\s*\d{1,4}[a-z]{0,2}(?:\s*\(\s*[0-9a-z]{1,4}\s*\))*|(?:sub-?section|paragraph|sub-?paragraph)\s*\(\s*[0-9a-z]{1,4}\s*\)(?:\s*\(\s*[0-9a-z]{1,4}\s*\))*`;
// A unit named in an amending bill's instruction: "subsection (2)", "paragraph (b)(ii)", "section 14".
const UNIT_NAMED = String.raw`(?:sub-?section|paragraph|sub-?paragraph|clause|section|article|regulation)\s*\(?\s*[0-9a-z]{1,4}\s*\)?(?:\s*\(\s*[0-9a-z]{1,4}\s*\))*`;
// Words between quoted words and what follows them: which occurrence ("in the first place", "wherever it occurs").
const OCC_WORDS = String.raw`((?:,?\s+[^⟦\s,]{1,30}){0,8}?)`;
// Names that mean the Act being amended, whichever it is.
const THE_ACT_AMENDED = /^(?:the\s+)?(?:principal|said|parent|amended|present)\s+(?:act|law|ordinance|code|decree|proclamation)$|^this\s+(?:act|law|ordinance|code)$/i;

/**
 * Rewrites an amending bill's instruction ("Section 20 of the principal Act is amended, in subsection (1),
 * by deleting the words ⟦0⟧ and substituting the words ⟦1⟧") into the equivalent amendment-paper form
 * ("In section 20, in subsection (1), leave out ⟦0⟧ and insert ⟦1⟧"), which the rest of
 * `parseInstruction` reads. `words` is the instruction with its quotations replaced by ⟦n⟧ (see
 * `extractQuotes`); the result is the same string when it is not in an amending bill's form. `act` is the
 * Act named, unless it is "the principal Act" or another name for the Act being amended.
 */
export function asImperative(words: string): { words: string; act?: string } {
  let s = words;
  let act: string | undefined;
  const named = (name: string) => {
    const n = name.replace(/\s+/g, ' ').trim();
    if (!THE_ACT_AMENDED.test(n)) act = n.replace(/^the\s+/i, '');
  };
  let m = UNIT_OF_ACT.exec(s);
  if (m) {
    named(m[2]!);
    s = s.slice(0, m.index) + m[1]! + s.slice(m.index + m[0].length);
  }
  // "Section 21 is repealed [and replaced by / and the following section substituted—]"
  let r = new RegExp(String.raw`^(?:the\s+)?(${AMENDED_UNIT})\s+is\s+(?:hereby\s+)?repealed` + /(\s*,?\s*and\s+(?:is\s+)?(?:replaced\s+(?:by|with)|substituted\s+by|the\s+following\s+\w+\s+(?:is\s+)?substituted(?:\s+therefor)?)(?:\s+the\s+following(?:\s+new)?(?:\s+\w+)?)?)?/.source, 'i').exec(s);
  if (r) {
    const unit = r[1]!.replace(/^(\w+)\s*(\d{1,4}[a-z]{0,2})\s*((?:\(.*)?)$/i, '$1 $2$3');
    return { words: `leave out ${unit}${r[2] ? ' and insert the following' : ''}${s.slice(r.index + r[0].length)}`, ...(act ? { act } : {}) };
  }
  // "Section 20 is amended[, in subsection (1),] by ..." → "In section 20, in subsection (1), by ..."
  r = new RegExp(String.raw`^(?:the\s+)?(${AMENDED_UNIT})\s+is\s+(?:hereby\s+)?(?:further\s+)?amended\s*,?\s*`, 'i').exec(s);
  if (r) s = `In ${r[1]}, ${s.slice(r[0].length)}`;
  else if ((r = ACT_AMENDED.exec(s))) {
    named(r[1]!);
    s = s.slice(r[0].length);
  }
  if (!/\bby\s+(?:deleting|omitting|removing|leaving\s+out|repealing|substituting|replacing|inserting|adding|renumbering)\b/i.test(s)) return { words: s === words ? words : s, ...(act ? { act } : {}) };
  const W = String.raw`(?:the\s+(?:words?|expression|figures?|numbers?|letters?)\s+)?`;
  const OUT = String.raw`(?:deleting|omitting|removing|leaving\s+out|repealing)`;
  const GERUND = String.raw`(?=(?:deleting|omitting|removing|leaving\s+out|repealing|substituting|replacing|inserting|adding|renumbering)\b)`;
  s = s
    .replace(new RegExp(String.raw`^by\s+${GERUND}`, 'i'), '')
    .replace(new RegExp(String.raw`\s*,?\s*\bby\s+${GERUND}`, 'i'), ', ')
    .replace(/\bimmediately\s+(?=after|before)/gi, '')
    .replace(/\s*\b(?:therefor|thereof|in\s+(?:its|their)\s+place)\b/gi, '');
  const rules: [RegExp, string | ((...g: string[]) => string)][] = [
    // deleting ⟦a⟧ and substituting ⟦b⟧
    [new RegExp(String.raw`${OUT}\s+${W}(⟦\d+⟧)${OCC_WORDS},?\s+and\s+(?:substituting|inserting|replacing\s+(?:it|them)\s+(?:with|by))\s+${W}`, 'i'), 'leave out $1$2 and insert '],
    // substituting for ⟦a⟧ ⟦b⟧ / substituting ⟦b⟧ for ⟦a⟧ / replacing ⟦a⟧ with ⟦b⟧
    [new RegExp(String.raw`substituting\s+for\s+${W}(⟦\d+⟧)${OCC_WORDS},?\s+${W}(⟦\d+⟧)`, 'i'), 'for $1$2 substitute $3'],
    [new RegExp(String.raw`substituting\s+${W}(⟦\d+⟧)\s+for\s+${W}(⟦\d+⟧)`, 'i'), 'for $2 substitute $1'],
    [new RegExp(String.raw`replacing\s+${W}(⟦\d+⟧)${OCC_WORDS}\s+(?:with|by)\s+${W}(⟦\d+⟧)`, 'i'), 'for $1$2 substitute $3'],
    // inserting after ⟦a⟧ ⟦b⟧ / inserting ⟦b⟧ after ⟦a⟧
    [new RegExp(String.raw`inserting,?\s*(after|before)\s+${W}(⟦\d+⟧)${OCC_WORDS},?\s+${W}(⟦\d+⟧)`, 'i'), '$1 $2$3 insert $4'],
    [new RegExp(String.raw`inserting\s+${W}(⟦\d+⟧),?\s*(after|before)\s+${W}(⟦\d+⟧)`, 'i'), '$2 $3 insert $1'],
    // inserting the following new section after section 14—
    [/inserting\s+the\s+following(?:\s+new)?\s+(\w+)\s+(after|before)\s+/i, 'insert the following new $1 $2 '],
    // inserting after subsection (2) the following new subsection—
    [new RegExp(String.raw`inserting,?\s*(after|before)\s+(${UNIT_NAMED}),?\s*the\s+following\b`, 'i'), '$1 $2 insert the following'],
    // adding at the end [of subsection (1)] the following / ⟦b⟧
    [new RegExp(String.raw`adding\s+(?:at\s+the\s+end(?:\s+of\s+(${UNIT_NAMED}))?,?\s*)?(?=the\s+following|⟦)`, 'i'), (_x, of) => (of ? `at the end of ${of} insert ` : 'at the end insert ')],
    // deleting subsection (3) [and substituting the following]; deleting the definition of ⟦a⟧
    [new RegExp(String.raw`${OUT}\s+(the\s+definition\s+of\s+⟦\d+⟧|(?:sub-?section|paragraph|sub-?paragraph|clause|section|article)\s*\()`, 'i'), 'leave out $1'],
    [new RegExp(String.raw`${OUT}\s+${W}(⟦\d+⟧)`, 'i'), 'leave out $1'],
    [/\band\s+substituting\s+the\s+following\b/i, 'and insert the following'],
    [/\brenumbering\b/i, 'renumber'],
  ];
  for (const [re, by] of rules) s = s.replace(re, by as string);
  return { words: s.replace(/\s+/g, ' ').trim(), ...(act ? { act } : {}) };
}

const OPENERS: Record<string, string> = { '‘': '’', '“': '”', "'": "'", '"': '"' };

/** Replaces each quoted passage with ⟦n⟧ and returns the passages. A closing ’ or ' is one not followed by a letter (so "victim’s" stays inside). */
export function extractQuotes(s: string): { skeleton: string; quotes: string[] } {
  const quotes: string[] = [];
  let out = '';
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    const close = OPENERS[c];
    const prev = i === 0 ? ' ' : s[i - 1]!;
    if (close && /[\s([—–:,-]/.test(prev)) {
      let j = i + 1;
      let found = -1;
      while (j < s.length) {
        if (s[j] === close && (close === '”' || close === '"' || !/[\p{L}\p{N}]/u.test(s[j + 1] ?? ''))) {
          found = j;
          break;
        }
        j++;
      }
      if (found > i) {
        quotes.push(s.slice(i + 1, found));
        out += `⟦${quotes.length - 1}⟧`;
        i = found + 1;
        continue;
      }
    }
    out += c;
    i++;
  }
  return { skeleton: out, quotes };
}

const Q = '⟦(\\d+)⟧';
const DASH = '\\s*[—–:-]*\\s*';
const OCC =
  '(?:\\s*,?\\s*\\(?\\s*(?:in\\s+(?:the\\s+)?(first|second|third|fourth|fifth|sixth|last)\\s+place(?:\\s+(?:where|in\\s+which)\\s+it\\s+(?:occurs|appears))?|(in\\s+(?:both|each|every|all)\\s+places?(?:\\s+where\\s+it\\s+(?:occurs|appears))?|wherever\\s+(?:it\\s+)?(?:occurs|appears)))\\s*\\)?)?';
const UNIT_WORD = '(subsection|sub-section|subregulation|sub-regulation|subrule|sub-rule|paragraph|sub-paragraph|subparagraph|clause|section|article|regulation)';
const UNIT = `(?:the\\s+)?${UNIT_WORD}\\s+\\(?\\s*([0-9]{1,4}[a-z]{0,2}|[a-z]{1,4})\\s*\\)?((?:\\s*\\(\\s*[0-9a-z]{1,4}\\s*\\))*)`;
const SECTION_WORDS = /^(clause|section|article|regulation)$/;
const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6 };

const SUPPORTED =
  'np-lint applies “leave out … and insert …”, “leave out from … to …”, “for … substitute …”, “after … insert …”, “omit …”, “leave out subsection (…)”, “insert the following new section after section …”, “at the end insert …” and “renumber …”';

function occurrence(nth: string | undefined, all: string | undefined): Occurrence {
  if (all) return { which: 'all' };
  if (nth === 'last') return { which: 'last' };
  if (nth) return { which: 'nth', n: ORDINAL[nth]! };
  return { which: 'only' };
}

function labelsOf(chain: string): string[] {
  return [...chain.matchAll(/\(\s*([0-9a-z]{1,4})\s*\)/gi)].map((m) => m[1]!);
}

/** Levels for a chain of labels starting at `first`: "(1)(a)(ii)" from a subsection; a letter first is a paragraph. */
function pathOf(first: Exclude<UnitKind, 'section'>, labels: string[]): Locator['path'] {
  const order: Exclude<UnitKind, 'section'>[] = ['subsection', 'paragraph', 'subparagraph'];
  let at = order.indexOf(first);
  return labels.map((label, k) => {
    if (k === 0 && first === 'subsection' && !/^\d/.test(label)) at = 1;
    else if (k > 0) at = Math.min(at + 1, 2);
    return { level: order[at]!, label };
  });
}

function unitLevel(word: string): UnitKind {
  const w = word.toLowerCase().replace('-', '');
  if (SECTION_WORDS.test(w)) return 'section';
  // A regulation's subregulations and a rule's subrules are its subsections.
  if (w === 'subsection' || w === 'subregulation' || w === 'subrule') return 'subsection';
  if (w === 'subparagraph') return 'subparagraph';
  return 'paragraph';
}

/** A unit named in an action ("subsection (3)", "clause 6", "paragraph (b)"), inside the instruction's locator. */
function unitLocator(base: Locator, word: string, label: string, chain: string, ofSection?: string): Locator {
  const level = unitLevel(word);
  if (level === 'section') return { keyword: word.toLowerCase(), section: label, path: labelsOf(chain).length ? pathOf('subsection', labelsOf(chain)) : [] };
  const loc: Locator = { keyword: base.keyword, path: [...base.path] };
  if (ofSection ?? base.section) loc.section = ofSection ?? base.section!;
  if (base.definition) loc.definition = base.definition;
  // A unit named in full replaces the deeper part of the place: "In clause 14(1), leave out subsection (1)".
  const order = ['subsection', 'paragraph', 'subparagraph'];
  loc.path = loc.path.filter((p) => order.indexOf(p.level) < order.indexOf(level));
  loc.path.push(...pathOf(level as Exclude<UnitKind, 'section'>, [label, ...labelsOf(chain)]));
  return loc;
}

function parseInstruction(words: string, block: string | undefined, context: { keyword: string; section: string } | undefined): { locator: Locator; action: Action } {
  const { skeleton, quotes } = extractQuotes(words);
  let s = skeleton
    .replace(/[*_]/g, '')
    // Page and line references: read, and ignored.
    .replace(/\b(?:page|p\.)\s*\d+[a-z]?\s*,?\s*/gi, '')
    .replace(/\blines?\s+\d+(?:\s*(?:to|and|-|–)\s*\d+)?\s*,?\s*/gi, '')
    .replace(/\s+/g, ' ')
    // "where it first occurs" (an amending bill's words) is "in the first place".
    .replace(/\b(?:where|when)\s+(?:it|they)\s+(first|second|third|fourth|fifth|sixth|last)\s+(?:occurs?|appears?)\b/gi, 'in the $1 place')
    .trim()
    .replace(/[.;]\s*$/, '')
    .trim();
  const q = (n: string) => quotes[Number(n)] ?? '';
  const locator: Locator = { keyword: context?.keyword ?? 'clause', path: [] };
  if (context) locator.section = context.section;
  const imperative = asImperative(s);
  s = imperative.words;
  if (imperative.act) locator.act = imperative.act;
  const unsupported = (reason: string) => ({ locator, action: { kind: 'unsupported', reason } as Action });

  // The place: "In clause 14(1)(a)," "Clause 14," "in subsection (2)," "in the definition of “child”," "In the Bill,".
  for (;;) {
    let m: RegExpExecArray | null;
    // A number as the bill writes it: "14", "14A", "64 bis", "433quinquies", "601-ter", "58.¹", "160.º-A", "225-4", "17-C", "53a-82", "609.3241".
    if ((m = /^,?\s*(?:in\s+)?(?:the\s+)?((?:inserted|substituted)\s+)?(clause|section|article|regulation|rule|s\.|cl\.)\s*(\d{1,4}(?:bis|ter|quater|quinquies|sexies|septies|octies|[a-z]{0,2})(?:[.-](?:\d{1,4}[a-z]{0,2}|(?:bis|ter|quater|quinquies|sexies|septies|octies)(?![a-z])|[a-z]{1,2}(?![a-z]))|\.?[\u00B9\u00B2\u00B3\u2070-\u2079]{1,3}|\.[º°](?:-[a-z]{1,2}(?![a-z]))?){0,3}(?:\s+(?:bis|ter|quater|quinquies))?)((?:\s*\(\s*[0-9a-z]{1,4}\s*\))*)\s*(?:,\s*|\s+(?=in\b|leave|omit|delete|for\b|after\b|before\b|at\b|insert\b))/i.exec(s))) {
      const kw = m[2]!.toLowerCase();
      // "In clause 3, in the inserted section 20A(1)": section 20A as clause 3 of the bill inserts it.
      if (m[1] && locator.section && !locator.path.length) locator.within = locator.section;
      else delete locator.within;
      locator.keyword = kw === 's.' ? 'section' : kw === 'cl.' ? 'clause' : kw;
      locator.section = m[3]!;
      locator.path = pathOf('subsection', labelsOf(m[4]!));
      delete locator.definition;
      delete locator.heading;
    } else if ((m = /^,?\s*in\s+(?:the\s+)?(subsection|sub-section|subregulation|sub-regulation|subrule|sub-rule|paragraph|sub-paragraph|subparagraph)\s*\(\s*([0-9a-z]{1,4})\s*\)((?:\s*\(\s*[0-9a-z]{1,4}\s*\))*)(?:\s+of\s+(?:that\s+|the\s+)?(?:clause|section|article)(?:\s+(\d{1,4}[a-z]{0,2}))?)?\s*,?\s*/i.exec(s))) {
      const level = unitLevel(m[1]!) as Exclude<UnitKind, 'section'>;
      if (m[4]) locator.section = m[4];
      const order = ['subsection', 'paragraph', 'subparagraph'];
      locator.path = locator.path.filter((p) => order.indexOf(p.level) < order.indexOf(level));
      locator.path.push(...pathOf(level, [m[2]!, ...labelsOf(m[3]!)]));
    } else if ((m = new RegExp(`^,?\\s*in\\s+the\\s+definition\\s+of\\s+${Q}\\s*,?\\s*`, 'i').exec(s))) {
      locator.definition = q(m[1]!);
    } else if (locator.section && !locator.path.length && (m = /^,?\s*in\s+(?:the|its)\s+(?:heading|title)\s*,?\s*/i.exec(s))) {
      locator.heading = true;
    } else if ((m = /^,?\s*in\s+the\s+(?:bill|act)\s*,?\s*/i.exec(s))) {
      delete locator.section;
      locator.path = [];
    } else break;
    s = s.slice(m[0].length).trim();
  }
  s = s.replace(/^,\s*/, '');
  const text = (n: string | undefined) => (n !== undefined ? q(n) : block);
  let m: RegExpExecArray | null;
  let m0: RegExpExecArray | null;

  // Forms that are not applied automatically.
  // leave out from ‘X’ to ‘Y’ [and insert ‘Z’]: X stays, the words after it up to and including Y go.
  if ((m0 = new RegExp(`^(?:leave\\s+out|omit|delete)\\s+from\\s+${Q}\\s+to\\s+${Q}(?:\\s*,?\\s+and\\s+(?:insert|substitute)(?:\\s+the\\s+following)?${DASH}(?:${Q})?)?$`, 'i').exec(s))) {
    if (!/\band\s+(?:insert|substitute)/i.test(s)) return { locator, action: { kind: 'omit-range', from: q(m0[1]!), to: q(m0[2]!) } };
    const by = text(m0[3]);
    if (by === undefined) return unsupported('the words to insert are missing (quote them, or put them in a block quote after the instruction)');
    return { locator, action: { kind: 'omit-range', from: q(m0[1]!), to: q(m0[2]!), by } };
  }
  if (/^leave\s+out\s+from\b/i.test(s) || /^leave\s+out\s+lines?\b/i.test(s)) {
    return unsupported('unsupported form: np-lint applies “leave out from “…” to “…”” with both ends quoted; leaving out to the end of a line or a unit is not applied automatically; apply it by hand');
  }
  if (/^(?:transpose|move)\b|\bstand\s+part\b/i.test(s)) return unsupported('unsupported form: moving a clause or a clause stand part is not applied automatically; apply it by hand');
  if (/^to\s+move\s+the\s+following\b|^insert\s+the\s+following\s+new\s+(?:clause|section|article)\s*[—–:-]*\s*$/i.test(s)) {
    return unsupported('the instruction does not say where the new clause goes (write “insert the following new clause after clause …”)');
  }

  // leave out ‘X’ and insert ‘Y’ / omit ‘X’ and substitute ‘Y’
  if ((m = new RegExp(`^(?:leave\\s+out|omit|delete|remove)\\s+${Q}${OCC}\\s*,?\\s+and\\s+(?:insert|substitute)(?:\\s+the\\s+following)?${DASH}(?:${Q})?$`, 'i').exec(s))) {
    const by = text(m[4]);
    if (by === undefined) return unsupported('the words to insert are missing (quote them, or put them in a block quote after the instruction)');
    return { locator, action: { kind: 'replace-words', words: q(m[1]!), by, occurrence: occurrence(m[2]?.toLowerCase(), m[3]) } };
  }
  // for ‘X’ substitute ‘Y’
  if ((m = new RegExp(`^for\\s+${Q}${OCC}\\s*,?\\s+substitute(?:\\s+the\\s+following)?${DASH}(?:${Q})?$`, 'i').exec(s))) {
    const by = text(m[4]);
    if (by === undefined) return unsupported('the words to substitute are missing (quote them, or put them in a block quote after the instruction)');
    return { locator, action: { kind: 'replace-words', words: q(m[1]!), by, occurrence: occurrence(m[2]?.toLowerCase(), m[3]) } };
  }
  // after ‘X’ insert ‘Y’ / before ‘X’ insert ‘Y’
  if ((m = new RegExp(`^(after|before)\\s+${Q}${OCC}\\s*,?\\s+insert(?:\\s+the\\s+following)?${DASH}(?:${Q})?$`, 'i').exec(s))) {
    const ins = text(m[5]);
    if (ins === undefined) return unsupported('the words to insert are missing (quote them, or put them in a block quote after the instruction)');
    return { locator, action: { kind: 'insert-words', position: m[1]!.toLowerCase() as 'after' | 'before', words: q(m[2]!), insert: ins, occurrence: occurrence(m[3]?.toLowerCase(), m[4]), ...(m[5] === undefined ? { asBlock: true } : {}) } };
  }
  // leave out ‘X’ / omit ‘X’
  if ((m = new RegExp(`^(?:leave\\s+out|omit|delete|remove)\\s+${Q}${OCC}$`, 'i').exec(s))) {
    return { locator, action: { kind: 'omit-words', words: q(m[1]!), occurrence: occurrence(m[2]?.toLowerCase(), m[3]) } };
  }
  // leave out the definition of “X” [and insert …]
  if ((m = new RegExp(`^(?:leave\\s+out|omit|delete|remove)\\s+the\\s+definition\\s+of\\s+${Q}(?:\\s*,?\\s+and\\s+(?:insert|substitute)(?:\\s+the\\s+following)?${DASH}(?:${Q})?)?$`, 'i').exec(s))) {
    const unit: Locator = { keyword: locator.keyword, path: [], definition: q(m[1]!) };
    if (locator.section) unit.section = locator.section;
    if (/\band\s+(?:insert|substitute)/i.test(s)) {
      const by = text(m[2]);
      if (by === undefined) return unsupported('the new definition is missing (quote it, or put it in a block quote after the instruction)');
      return { locator, action: { kind: 'replace-unit', unit, by } };
    }
    return { locator, action: { kind: 'omit-unit', unit } };
  }
  // leave out subsection (3) [of clause 14] [and insert …]
  if ((m = new RegExp(`^(?:leave\\s+out|omit|delete|remove)\\s+${UNIT}(?:\\s+of\\s+(?:clause|section|article)\\s+(\\d{1,4}[a-z]{0,2}))?(?:\\s*,?\\s+and\\s+(?:insert|substitute)(?:\\s+the\\s+following)?(?:\\s+new\\s+\\w+)?${DASH}(?:${Q})?)?$`, 'i').exec(s))) {
    const unit = unitLocator(locator, m[1]!, m[2]!, m[3]!, m[4]);
    if (/\band\s+(?:insert|substitute)/i.test(s)) {
      const by = text(m[5]);
      if (by === undefined) return unsupported('the text to insert is missing (put it in a block quote after the instruction)');
      return { locator, action: { kind: 'replace-unit', unit, by } };
    }
    return { locator, action: { kind: 'omit-unit', unit } };
  }
  // after subsection (2) insert— / before clause 15 insert the following new clause—
  if ((m = new RegExp(`^(after|before)\\s+${UNIT}(?:\\s+of\\s+(?:clause|section|article)\\s+(\\d{1,4}[a-z]{0,2}))?\\s*,?\\s+insert(?:\\s+the\\s+following)?(?:\\s+new)?(?:\\s+${UNIT_WORD}s?)?${DASH}(?:${Q})?$`, 'i').exec(s))) {
    const anchor = unitLocator(locator, m[2]!, m[3]!, m[4]!, m[5]);
    const ins = text(m[7]);
    if (ins === undefined) return unsupported('the text to insert is missing (put it in a block quote after the instruction)');
    const newKind = m[6] ? unitLevel(m[6]) : unitLevel(m[2]!);
    return { locator, action: { kind: 'insert-unit', position: m[1]!.toLowerCase() as 'after' | 'before', anchor, newKind, text: ins } };
  }
  // insert the following new clause after clause 14— / insert the following new definition after the definition of “X”
  if ((m = new RegExp(`^insert\\s+(?:the\\s+following\\s+)?(?:new\\s+)?${UNIT_WORD}s?\\s+(after|before)\\s+${UNIT}(?:\\s+of\\s+(?:clause|section|article)\\s+(\\d{1,4}[a-z]{0,2}))?${DASH}(?:${Q})?$`, 'i').exec(s))) {
    const anchor = unitLocator(locator, m[3]!, m[4]!, m[5]!, m[6]);
    const ins = text(m[7]);
    if (ins === undefined) return unsupported('the text of the new provision is missing (put it in a block quote after the instruction)');
    return { locator, action: { kind: 'insert-unit', position: m[2]!.toLowerCase() as 'after' | 'before', anchor, newKind: unitLevel(m[1]!), text: ins } };
  }
  if ((m = new RegExp(`^insert\\s+(?:the\\s+following\\s+)?(?:new\\s+)?definition\\s+(after|before)\\s+the\\s+definition\\s+of\\s+${Q}${DASH}(?:${Q})?$`, 'i').exec(s))) {
    const anchor: Locator = { keyword: locator.keyword, path: [], definition: q(m[2]!) };
    if (locator.section) anchor.section = locator.section;
    const ins = text(m[3]);
    if (ins === undefined) return unsupported('the new definition is missing (quote it, or put it in a block quote after the instruction)');
    return { locator, action: { kind: 'insert-unit', position: m[1]!.toLowerCase() as 'after' | 'before', anchor, newKind: 'definition', text: ins } };
  }
  // at the end [of subsection (1)] insert ‘…’
  if ((m = new RegExp(`^at\\s+(?:the\\s+)?end(?:\\s+of\\s+${UNIT})?\\s*,?\\s+insert(?:\\s+the\\s+following)?(?:\\s+new\\s+\\w+)?${DASH}(?:${Q})?$`, 'i').exec(s))) {
    const ins = text(m[4]);
    if (ins === undefined) return unsupported('the text to insert is missing (quote it, or put it in a block quote after the instruction)');
    const loc = m[1] ? unitLocator(locator, m[1], m[2]!, m[3]!) : locator;
    return { locator: loc, action: { kind: 'insert-at-end', text: ins, asBlock: m[4] === undefined } };
  }
  // renumber clause 14A as clause 15, and clauses 15 to 23 as clauses 16 to 24
  if (/^renumber\b/i.test(s)) {
    const body = s.replace(/^renumber\s+/i, '');
    const parts = body.split(/\s*(?:;|,\s*and|,|\band)\s+(?=(?:clause|section|article|regulation)s?\s+\d)/i);
    const pairs: { from: string; to: string }[] = [];
    let keyword = locator.keyword;
    for (const p of parts) {
      const r = /^(clause|section|article|regulation)s?\s+(\d{1,4}[a-z]{0,2})(?:\s+(?:to|-|–)\s+(\d{1,4}))?\s+as\s+(?:(?:clause|section|article|regulation)s?\s+)?(\d{1,4}[a-z]{0,2})(?:\s+(?:to|-|–)\s+(\d{1,4}))?$/i.exec(p.trim());
      if (!r) return unsupported(`cannot read the renumbering “${p.trim()}” (write, for example, “renumber clauses 15 to 23 as clauses 16 to 24”)`);
      keyword = r[1]!.toLowerCase();
      if (r[3] || r[5]) {
        const a = Number(r[2]);
        const b = Number(r[3]);
        const c = Number(r[4]);
        const d = Number(r[5]);
        if (![a, b, c, d].every(Number.isInteger) || b - a !== d - c || b < a) {
          return unsupported(`the renumbering “${p.trim()}” does not give ranges of the same length`);
        }
        for (let k = 0; k <= b - a; k++) pairs.push({ from: String(a + k), to: String(c + k) });
      } else pairs.push({ from: r[2]!, to: r[4]! });
    }
    return { locator, action: { kind: 'renumber', keyword, pairs } };
  }
  return unsupported(`unsupported form: ${SUPPORTED}; apply this one by hand`);
}
