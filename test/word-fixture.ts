// Builds a Word document (.docx) from a small Markdown bill, with Word's own automatic numbering, the
// way a drafting office's template does: "## 4. Heading" becomes a Heading 2 paragraph numbered "%1.",
// "(1) ..." a paragraph numbered "(%2)" and "(a) ..." one numbered "(%3)" in the same list, "# Title"
// the Title style. Tracked changes can be added: words inserted and words deleted by a reviewer.
import { Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun, InsertedTextRun, DeletedTextRun } from 'docx';

export interface TrackedChanges {
  /** In the paragraph containing `in`, the words `words` are a tracked insertion. */
  insert?: { in: string; words: string };
  /** After the paragraph containing `in`'s text, a tracked deletion of `words` (never part of the accepted text). */
  delete?: { in: string; words: string };
}

const DATE = '2026-01-05T10:00:00Z';

function runs(text: string, tracked: TrackedChanges): (TextRun | InsertedTextRun | DeletedTextRun)[] {
  const out: (TextRun | InsertedTextRun | DeletedTextRun)[] = [];
  const ins = tracked.insert && text.includes(tracked.insert.in) ? tracked.insert.words : undefined;
  if (ins && text.includes(ins)) {
    const i = text.indexOf(ins);
    if (i > 0) out.push(new TextRun(text.slice(0, i)));
    out.push(new InsertedTextRun({ text: ins, id: 1, author: 'Reviewer', date: DATE }));
    if (i + ins.length < text.length) out.push(new TextRun(text.slice(i + ins.length)));
  } else out.push(new TextRun(text));
  if (tracked.delete && text.includes(tracked.delete.in)) out.push(new DeletedTextRun({ text: tracked.delete.words, id: 2, author: 'Reviewer', date: DATE }));
  return out;
}

/** The .docx bytes of `markdown` (headings, numbered subsections and paragraphs, plain paragraphs). */
export async function markdownToDocx(markdown: string, tracked: TrackedChanges = {}): Promise<Buffer> {
  const paragraphs: Paragraph[] = [];
  for (const block of markdown.split(/\n{2,}/).map((b) => b.trim()).filter(Boolean)) {
    let m: RegExpExecArray | null;
    if ((m = /^# (.*)$/.exec(block))) paragraphs.push(new Paragraph({ heading: HeadingLevel.TITLE, children: runs(m[1]!, tracked) }));
    else if ((m = /^## \d+\. (.*)$/.exec(block))) paragraphs.push(new Paragraph({ heading: HeadingLevel.HEADING_2, numbering: { reference: 'bill', level: 0 }, children: runs(m[1]!, tracked) }));
    else if ((m = /^\(\d+\) (.*)$/s.exec(block))) paragraphs.push(new Paragraph({ numbering: { reference: 'bill', level: 1 }, children: runs(m[1]!, tracked) }));
    else if ((m = /^\([a-z]\) (.*)$/s.exec(block))) paragraphs.push(new Paragraph({ numbering: { reference: 'bill', level: 2 }, children: runs(m[1]!, tracked) }));
    else paragraphs.push(new Paragraph({ children: runs(block, tracked) }));
  }
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'bill',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: 1 },
            { level: 1, format: LevelFormat.DECIMAL, text: '(%2)', start: 1 },
            { level: 2, format: LevelFormat.LOWER_LETTER, text: '(%3)', start: 1 },
          ],
        },
      ],
    },
    sections: [{ children: paragraphs }],
  });
  return Packer.toBuffer(doc);
}
