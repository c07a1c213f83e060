/**
 * Amending instructions to another text: the places where an amendment paper changes the words of the
 * bill it amends ("3. In clause 14(2)(a), omit ‘…’"), or where a bill changes the words of an enacted Act
 * ("Section 20 of the principal Act is amended by deleting the words ... and substituting ...", "In
 * section 9(1) of the Immigration Act 1990, after ... insert ...", "Section 21 of the principal Act is
 * repealed"). The rules read the bill's own text, and a new section quoted for insertion is read as the
 * bill's text ("Section 14A, as inserted by section 3"); but words inserted into, or left out of, a
 * provision that is not in the document cannot be checked from the document alone. A reviewing body
 * that runs the checks on an amending bill and sees no finding must not take the amended Act to be
 * clean (nor the bill an amendment paper amends): `amendingNotice` says so once, at the first such instruction, and says how to check the Act
 * as amended (`np-lint amend ACT AMENDING-BILL`, which applies the instructions and reviews the result).
 */
import type { DirectiveProblem } from './types.js';
import type { LineIndex } from './text.js';

/** An instruction that changes the words of a provision of another Act, or of a bill's clause (an amendment paper). */
export interface WordAmendment {
  /** 'act': a provision of an enacted Act ("section 20 of the principal Act"); 'bill': a clause of the bill an amendment paper amends ("clause 14(1)"). */
  of: 'act' | 'bill';
  /** The provision amended, as the instruction names it: "section 20(1) of the principal Act". */
  target: string;
  /** Where that name is in the document (UTF-16 offsets, end exclusive). */
  start: number;
  end: number;
}

// A provision named as "of" something: "section 20(1) of ", "article 9 of ".
const UNIT_OF = /\b(?:section|article|clause|regulation|rule)[ \t]{1,4}\d{1,4}[A-Z]{0,3}(?:[ \t]{0,2}\([ \t]{0,2}[0-9A-Za-z]{1,4}[ \t]{0,2}\)){0,4}\s{1,4}of\s{1,4}/gi;
// What it is "of": the Act being amended ("the principal Act") ...
const THE_PRINCIPAL_ACT = /^(?:the\s{1,4})?(?:principal|said|parent)\s{1,4}(?:Act|Law|Ordinance|Code|Decree|Proclamation)\b/i;
// ... or an Act by its name ("the Immigration Act 1990", "the Prevention of Trafficking in Persons Act, 2003"), not "this Act".
const NAMED_ACT = /^(?:the\s{1,4})?(?!this\b|that\b)[A-Z][\w'’.()-]{0,40}(?:[ \t]{1,4}[A-Za-z(][\w'’.()-]{0,40}){0,10}?[ \t]{1,4}(?:Act|Law|Ordinance|Code|Decree|Proclamation)\b(?:,?[ \t]{1,4}\d{4})?/;
// An amendment paper's instruction, at the start of its paragraph: "3. In clause 14(2)(a), omit ...", "Clause 2, page 1, line 21, ...".
const PAPER_INSTRUCTION = /^[ \t]{0,3}(?:\d{1,4}[.)][ \t]{1,4})?(?:\*\*)?(?:In[ \t]{1,4})?(clause[ \t]{1,4}\d{1,4}[A-Z]{0,3}(?:[ \t]{0,2}\([ \t]{0,2}[0-9A-Za-z]{1,4}[ \t]{0,2}\)){0,4})/gim;
// The verbs of an amendment paper.
const PAPER_VERBS = /\b(?:leave\s{1,4}out|omit|insert|substitute)\b/i;
// What makes it an instruction that changes words or provisions, in the same sentence.
const CHANGES = /\bis\s{1,4}(?:hereby\s{1,4})?(?:further\s{1,4})?(?:amended|repealed)\b|\b(?:leave\s{1,4}out|omit|delete|substitute|insert)\b/i;
// An instruction whose only effect is a new or replacing provision quoted in the bill, which the rules read as the bill's own text.
const WHOLE_PROVISION_QUOTED = /\b(?:inserting|insert)\s{1,4}(?:immediately\s{1,4})?(?:after|before)\s{1,4}(?:section|article|clause|regulation)\s{1,4}\d{1,4}[A-Z]{0,3}\s{1,4}the\s{1,4}following\b|\binsert\s{1,4}the\s{1,4}following\s{1,4}(?:new\s{1,4})?(?:section|article|clause|regulation)s?\b|\brepealed\s{1,4}and\s{1,4}(?:is\s{1,4})?(?:replaced|substituted)\s{1,4}by\s{1,4}the\s{1,4}following\s{1,4}(?:new\s{1,4})?(?:section|article|clause|regulation)s?\b/i;

/** `s` with each quotation on one line ("…", “…”, ‘…’) replaced by a space: the words an instruction inserts are not its own. */
function blankQuotations(s: string): string {
  let out = '';
  let open = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (open < 0 && (c === '“' || c === '"' || c === '‘')) open = i;
    else if (open >= 0 && (c === '”' || c === '"' || c === '’')) {
      out += ' ';
      open = -1;
    } else if (open >= 0 && c === '\n') {
      out += s.slice(open, i + 1);
      open = -1;
    } else if (open < 0) out += c;
  }
  return open >= 0 ? out + s.slice(open) : out;
}

/**
 * Finds the instructions in `text` that change the words of a provision of another Act (see the module
 * comment), in document order, one per sentence. `skip` tells whether an offset is in text that is not
 * the bill's own (a quoted instrument, a memorandum): instructions there are not the bill's.
 */
export function wordAmendmentsOf(text: string, skip: (offset: number) => boolean = () => false): WordAmendment[] {
  const out: WordAmendment[] = [];
  /** The sentence (or paragraph) holding offsets start-end: to the next full stop followed by a space or a line end, or a blank line; with quotations blanked, so that words inserted do not read as the instruction's own. */
  const sentenceAround = (start: number, end: number): { to: number; outside: string } => {
    const from = Math.max(text.lastIndexOf('\n\n', start), text.lastIndexOf('. ', start)) + 1;
    let to = text.length;
    for (const stop of [text.indexOf('.\n', end), text.indexOf('. ', end), text.indexOf('\n\n', end)]) if (stop >= 0 && stop < to) to = stop;
    return { to, outside: blankQuotations(text.slice(from, to)) };
  };
  PAPER_INSTRUCTION.lastIndex = 0;
  for (let m = PAPER_INSTRUCTION.exec(text); m; m = PAPER_INSTRUCTION.exec(text)) {
    const start = m.index + m[0].length - m[1]!.length;
    const end = m.index + m[0].length;
    // The place is followed by a comma ("Clause 3, page 2, ...", "In clause 7(2), omit ..."), as an instruction's is and a bill's sentence about its clauses is not.
    if (skip(start) || !/^[ \t]{0,4},/.test(text.slice(end, end + 6))) continue;
    const { outside } = sentenceAround(start, end);
    if (!PAPER_VERBS.test(outside) || WHOLE_PROVISION_QUOTED.test(outside)) continue;
    out.push({ of: 'bill', target: m[1]!.replace(/\s+/g, ' ').replace(/^C/, 'c'), start, end });
  }
  let lastSentenceEnd = -1;
  UNIT_OF.lastIndex = 0;
  for (let m = UNIT_OF.exec(text); m; m = UNIT_OF.exec(text)) {
    const start = m.index;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 200);
    const act = THE_PRINCIPAL_ACT.exec(after) ?? NAMED_ACT.exec(after);
    if (!act) continue;
    const end = start + m[0].length + act[0].length;
    if (start < lastSentenceEnd || skip(start)) continue;
    const { to, outside } = sentenceAround(start, end);
    lastSentenceEnd = to;
    if (!CHANGES.test(outside) || WHOLE_PROVISION_QUOTED.test(outside)) continue;
    out.push({ of: 'act', target: text.slice(start, end).replace(/\s+/g, ' '), start, end });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The one notice an amending bill gets (see the module comment): at the first instruction that changes
 * another Act's words, naming every provision so changed. Undefined when there is none. The message is
 * for lawyers: what could not be checked, and how to check it.
 */
export function amendingNotice(text: string, lines: LineIndex, skip?: (offset: number) => boolean): DirectiveProblem | undefined {
  const found = wordAmendmentsOf(text, skip);
  if (!found.length) return undefined;
  const ofAct = found.some((f) => f.of === 'act');
  const targets: string[] = [];
  for (const f of found) if ((f.of === 'act') === ofAct && !targets.includes(f.target)) targets.push(f.target);
  const named = targets.length <= 4 ? targets.join('; ') : `${targets.slice(0, 3).join('; ')} and ${targets.length - 3} others`;
  const how = (what: string, cli: string) =>
    `To check it, apply this ${what} to the text it amends (in VS Code, the command “Apply these amendments to a bill or Act…”; on the command line, ${cli}).`;
  const message = ofAct
    ? `This bill changes the words of another Act (${named}). ${targets.length === 1 ? 'That provision, as amended, is' : 'Those provisions, as amended, are'} not in this document, so these checks cannot tell whether the Act as amended still protects victims. ${how('bill', 'np-lint amend ACT.md THIS-BILL.md')}`
    : `These amendments change the words of a bill (${named}). ${targets.length === 1 ? 'That clause, as amended, is' : 'Those clauses, as amended, are'} not in this document, so these checks cannot tell whether the bill as amended still protects victims. ${how('paper', 'np-lint amend BILL.md THIS-PAPER.md')}`;
  const first = found.find((f) => (f.of === 'act') === ofAct)!;
  return {
    kind: 'amends-another-text',
    severity: 'info',
    message,
    range: lines.range(first.start, first.end),
  };
}
