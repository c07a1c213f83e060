/**
 * Amending instructions to another Act: the places where a bill changes the words of an enacted Act
 * ("Section 20 of the principal Act is amended by deleting the words ... and substituting ...", "In
 * section 9(1) of the Immigration Act 1990, after ... insert ...", "Section 21 of the principal Act is
 * repealed"). The rules read the bill's own text, and a new section quoted for insertion is read as the
 * bill's text ("Section 14A, as inserted by section 3"); but words inserted into, or left out of, a
 * provision that is not in the document cannot be checked from the document alone. A reviewing body
 * that runs the checks on an amending bill and sees no finding must not take the amended Act to be
 * clean: `amendingNotice` says so once, at the first such instruction, and says how to check the Act
 * as amended (`np-lint amend ACT AMENDING-BILL`, which applies the instructions and reviews the result).
 */
import type { DirectiveProblem } from './types.js';
import type { LineIndex } from './text.js';

/** An instruction that changes the words of a provision of another Act. */
export interface WordAmendment {
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
// What makes it an instruction that changes words or provisions, in the same sentence.
const CHANGES = /\bis\s{1,4}(?:hereby\s{1,4})?(?:further\s{1,4})?(?:amended|repealed)\b|\b(?:leave\s{1,4}out|omit|delete|substitute|insert)\b/i;
// An instruction whose only effect is a new or replacing provision quoted in the bill, which the rules read as the bill's own text.
const WHOLE_PROVISION_QUOTED = /\b(?:inserting|insert)\s{1,4}(?:immediately\s{1,4})?(?:after|before)\s{1,4}(?:section|article|clause|regulation)\s{1,4}\d{1,4}[A-Z]{0,3}\s{1,4}the\s{1,4}following\b|\binsert\s{1,4}the\s{1,4}following\s{1,4}(?:new\s{1,4})?(?:section|article|clause|regulation)s?\b|\brepealed\s{1,4}and\s{1,4}(?:is\s{1,4})?(?:replaced|substituted)\s{1,4}by\s{1,4}the\s{1,4}following\s{1,4}(?:new\s{1,4})?(?:section|article|clause|regulation)s?\b/i;

/**
 * Finds the instructions in `text` that change the words of a provision of another Act (see the module
 * comment), in document order, one per sentence. `skip` tells whether an offset is in text that is not
 * the bill's own (a quoted instrument, a memorandum): instructions there are not the bill's.
 */
export function wordAmendmentsOf(text: string, skip: (offset: number) => boolean = () => false): WordAmendment[] {
  const out: WordAmendment[] = [];
  let lastSentenceEnd = -1;
  UNIT_OF.lastIndex = 0;
  for (let m = UNIT_OF.exec(text); m; m = UNIT_OF.exec(text)) {
    const start = m.index;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 200);
    const act = THE_PRINCIPAL_ACT.exec(after) ?? NAMED_ACT.exec(after);
    if (!act) continue;
    const end = start + m[0].length + act[0].length;
    if (start < lastSentenceEnd || skip(start)) continue;
    // The sentence (or paragraph) holding the name: up to the next full stop followed by a space or a line end, or a blank line.
    const from = Math.max(text.lastIndexOf('\n\n', start), text.lastIndexOf('. ', start)) + 1;
    let to = text.length;
    for (const stop of [text.indexOf('.\n', end), text.indexOf('. ', end), text.indexOf('\n\n', end)]) if (stop >= 0 && stop < to) to = stop;
    const sentence = text.slice(from, to);
    // A quotation inside the instruction (the words inserted) must not make it look like one: read the words outside quotes.
    const outside = sentence.replace(/[“"‘][^”"’\n]{0,400}[”"’]/g, ' ');
    lastSentenceEnd = to;
    if (!CHANGES.test(outside) || WHOLE_PROVISION_QUOTED.test(outside)) continue;
    out.push({ target: text.slice(start, end).replace(/\s+/g, ' '), start, end });
  }
  return out;
}

/**
 * The one notice an amending bill gets (see the module comment): at the first instruction that changes
 * another Act's words, naming every provision so changed. Undefined when there is none. The message is
 * for lawyers: what could not be checked, and how to check it.
 */
export function amendingNotice(text: string, lines: LineIndex, skip?: (offset: number) => boolean): DirectiveProblem | undefined {
  const found = wordAmendmentsOf(text, skip);
  if (!found.length) return undefined;
  const targets: string[] = [];
  for (const f of found) if (!targets.includes(f.target)) targets.push(f.target);
  const named = targets.length <= 4 ? targets.join('; ') : `${targets.slice(0, 3).join('; ')} and ${targets.length - 3} others`;
  const which = targets.length === 1 ? 'That provision, as amended, is' : 'Those provisions, as amended, are';
  return {
    kind: 'amends-another-act',
    severity: 'info',
    message: `This bill changes the words of another Act (${named}). ${which} not in this document, so these checks cannot tell whether the Act as amended still protects victims. To check it, apply this bill to the Act's text (in VS Code, the command “Apply these amendments to a bill or Act…”; on the command line, np-lint amend ACT.md THIS-BILL.md).`,
    range: lines.range(found[0]!.start, found[0]!.end),
  };
}
