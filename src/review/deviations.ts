/**
 * Reasoned deviations: the suppression comment a drafter writes, with the reason, to record that a
 * finding is a deliberate choice (DESIGN.md, "inline suppressions that must carry a reason").
 *   above the finding's line:   <!-- np-lint-disable-next-line RULE -- reason -->
 *   at the end of its line:     … <!-- np-lint-disable-line RULE -- reason -->
 *     (when the line continues a paragraph or is a list item, where a comment line of its own
 *     would split the paragraph or the list)
 *   around the provision:       <!-- np-lint-disable RULE -- reason --> … <!-- np-lint-enable RULE -->
 * The edits keep the document's line endings and the block-quote prefix of the line. Pure: the
 * editor applies the edits.
 */
import type { TextEdit } from '../engine/index.js';

export type DeviationScope = 'line' | 'provision';

export interface DeviationRequest {
  ruleId: string;
  reason: string;
  /** The finding's start (UTF-16 offset, 0-based). */
  offset: number;
  scope: DeviationScope;
  /** For 'provision': the section that holds the finding (outline entry offsets). */
  section?: { start: number; end: number };
}

/** The reason as it can stand in a comment: one line, without a "-->" that would end the comment. */
export function cleanReason(reason: string): string {
  return reason.replace(/-{2,}>/g, '->').replace(/\s+/g, ' ').trim();
}

function lineAt(text: string, offset: number): { start: number; end: number } {
  let start = offset;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  let end = offset;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return { start, end };
}

const QUOTE = /^(?:[ \t]{0,3}>[ \t]?)*/;
const PREFIX = /^(?:[ \t]{0,3}>[ \t]?)*[ \t]*/;
const LIST_ITEM = /^([-*+]|\d{1,9}[.)])[ \t]/;

/**
 * The edits that write the directive, or a message saying why it cannot be written (an empty
 * reason: a suppression without a reason has no effect).
 */
export function deviationEdits(text: string, req: DeviationRequest): TextEdit[] | { error: string } {
  const reason = cleanReason(req.reason);
  if (!reason) return { error: 'A suppression needs a reason, so that reviewers can see why the check is off.' };
  if (!/^[a-z0-9-]+$/i.test(req.ruleId)) return { error: `"${req.ruleId}" is not a rule id.` };
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const at = Math.max(0, Math.min(req.offset, text.length));

  if (req.scope === 'provision') {
    const s = req.section ?? { start: lineAt(text, at).start, end: text.length };
    const start = lineAt(text, Math.max(0, Math.min(s.start, text.length))).start;
    let end = Math.min(s.end, text.length);
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    const quoteOf = (from: number) => {
      const l = lineAt(text, from);
      return QUOTE.exec(text.slice(l.start, l.end))![0];
    };
    const head = quoteOf(start);
    const tail = quoteOf(Math.max(start, end - 1));
    const directive = (q: string) => (q ? q.replace(/[ \t]*$/, ' ') : '');
    const blank = (q: string) => q.replace(/[ \t]+$/, '');
    return [
      { start, end: start, newText: `${directive(head)}<!-- np-lint-disable ${req.ruleId} -- ${reason} -->${eol}${blank(head)}${eol}` },
      { start: end, end, newText: `${eol}${blank(tail)}${eol}${directive(tail)}<!-- np-lint-enable ${req.ruleId} -->` },
    ];
  }

  const line = lineAt(text, at);
  const content = text.slice(line.start, line.end);
  const prefix = PREFIX.exec(content)![0];
  const body = content.slice(prefix.length);
  // The line above, with the same block-quote prefix taken off.
  let continuation = false;
  if (line.start > 0) {
    const above = lineAt(text, line.start - (text[line.start - 1] === '\n' && text[line.start - 2] === '\r' ? 2 : 1));
    const aboveText = text.slice(above.start, above.end);
    const aboveBody = aboveText.slice(PREFIX.exec(aboveText)![0].length);
    const aboveIsDirective = /<!--\s*np-lint-disable-next-line\b/.test(aboveBody);
    continuation = aboveIsDirective || (aboveBody.trim() !== '' && !/^#{1,6}(\s|$)/.test(aboveBody) && !/^<!--/.test(aboveBody.trim()));
  }
  if (continuation || LIST_ITEM.test(body)) {
    const sep = /\s$/.test(content) || !content ? '' : ' ';
    return [{ start: line.end, end: line.end, newText: `${sep}<!-- np-lint-disable-line ${req.ruleId} -- ${reason} -->` }];
  }
  return [{ start: line.start, end: line.start, newText: `${prefix}<!-- np-lint-disable-next-line ${req.ruleId} -- ${reason} -->${eol}` }];
}
