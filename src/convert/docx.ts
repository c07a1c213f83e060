// Word documents (.docx) to the Markdown the engine reads. Pure JavaScript (mammoth, JSZip, xmldom):
// no file system, no Node built-ins, so the same module runs in the CLI and in VS Code for the Web.
//
// mammoth reads the document (runs, fields, hyperlinks, tables, tracked changes as accepted:
// insertions kept, deletions dropped); it drops Word's automatic numbering, so the numbers are
// computed here from word/numbering.xml (numbering.ts) and written into the text before mammoth
// reads it. Headings (Title, Heading 1-6) become Markdown headings; other paragraphs become
// paragraphs; each paragraph is remembered with its place in the Markdown so that a finding can be
// shown as "paragraph 57 ("(1) A victim of trafficking shall…")".
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { Numbering, type XmlElement } from './numbering.js';
import { excerpt, WordError, type WordConversion, type WordParagraph } from './word-paragraphs.js';

export { excerpt, paragraphAt, WordError, type WordConversion, type WordParagraph } from './word-paragraphs.js';


const LABEL_STYLE = 'NpLintNumberLabel';
const TRACKED = ['w:ins', 'w:del', 'w:moveFrom', 'w:moveTo'];

// mammoth's document model (its documents.js), as far as it is read here.
interface MNode {
  type: string;
  children?: MNode[];
  value?: string;
  styleId?: string | null;
  styleName?: string | null;
  numbering?: { isOrdered: boolean; level: string } | null;
  breakType?: string;
  checked?: boolean;
}

function escapeInline(s: string): string {
  return s.replace(/[\\`*_]/g, '\\$&').replace(/<(?=[A-Za-z!/?])/g, '\\<');
}

/** Keeps a paragraph's first characters from being read as Markdown syntax (a heading, a quote, a list). */
function escapeStart(s: string): string {
  if (/^(?:#|>|[-+](?:\s|$)|=+\s*$|-+\s*$)/.test(s)) return `\\${s}`;
  const m = /^(\d{1,9})([.)])(?=\s|$)/.exec(s);
  return m ? `${m[1]}\\${s.slice(m[1]!.length)}` : s;
}

function headingLevel(p: MNode): number {
  const names = [p.styleName ?? '', p.styleId ?? ''];
  for (const n of names) {
    const m = /^heading\s*([1-9])$/i.exec(n.trim());
    if (m) return Math.min(6, Number(m[1]));
    if (/^title$/i.test(n.trim())) return 1;
  }
  return 0;
}

/** A paragraph's label (the number written in by `injectNumbers`) and its text. */
function paragraphText(p: MNode): { label: string; text: string } {
  let label = '';
  let text = '';
  const walk = (n: MNode, inLabel: boolean) => {
    switch (n.type) {
      case 'text':
        if (inLabel) label += n.value ?? '';
        else text += n.value ?? '';
        return;
      case 'tab':
        if (inLabel) label += ' ';
        else text += ' ';
        return;
      case 'break':
        text += n.breakType === 'line' ? '\n' : ' ';
        return;
      case 'checkbox':
        text += n.checked ? '☒' : '☐';
        return;
      case 'run':
        for (const c of n.children ?? []) walk(c, inLabel || n.styleId === LABEL_STYLE);
        return;
      default:
        for (const c of n.children ?? []) walk(c, inLabel);
    }
  };
  walk(p, false);
  return { label: label.replace(/\s+/g, ' ').trimStart(), text };
}

/** Writes each numbered paragraph's number into its text, as a run mammoth will read. */
function injectNumbers(doc: Document, numbering: Numbering): void {
  const paragraphs = Array.from(doc.getElementsByTagName('w:p'));
  for (const p of paragraphs) {
    const pPr = Array.from(p.childNodes).find((c) => (c as Element).tagName === 'w:pPr') as Element | undefined;
    const mark = pPr ? Array.from(pPr.childNodes).find((c) => (c as Element).tagName === 'w:rPr') as Element | undefined : undefined;
    // A paragraph whose mark was deleted (a tracked change) joins the next one: it has no number of its own.
    if (mark && Array.from(mark.childNodes).some((c) => ['w:del', 'w:moveFrom'].includes((c as Element).tagName))) continue;
    const label = numbering.label(p as unknown as XmlElement);
    if (!label) continue;
    const W = p.namespaceURI;
    const run = doc.createElementNS(W, 'w:r');
    const rPr = doc.createElementNS(W, 'w:rPr');
    const rStyle = doc.createElementNS(W, 'w:rStyle');
    rStyle.setAttributeNS(W, 'w:val', LABEL_STYLE);
    rPr.appendChild(rStyle);
    run.appendChild(rPr);
    const t = doc.createElementNS(W, 'w:t');
    t.setAttribute('xml:space', 'preserve');
    t.appendChild(doc.createTextNode(label));
    run.appendChild(t);
    p.insertBefore(run, pPr ? pPr.nextSibling : p.firstChild);
  }
}

async function readXml(zip: JSZip, name: string): Promise<Document | undefined> {
  const f = zip.file(name);
  if (!f) return undefined;
  const text = await f.async('string');
  const errors: string[] = [];
  const doc = new DOMParser({ errorHandler: { error: (m: string) => errors.push(m), fatalError: (m: string) => errors.push(m), warning: () => {} } }).parseFromString(text, 'text/xml');
  if (errors.length || !doc?.documentElement) throw new WordError(`the document is damaged (${name} cannot be read)`);
  return doc as unknown as Document;
}

/**
 * Converts a Word document to Markdown. `data` is the .docx file's bytes.
 * Throws WordError when the bytes are not a Word document (an old .doc, a damaged file).
 */
export async function convertDocx(data: Uint8Array | ArrayBuffer): Promise<WordConversion> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new WordError('this is a Word 97-2003 document (.doc); open it in Word and save it as a Word document (.docx)');
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new WordError('this is not a Word document (.docx), or it is damaged');
  }
  const document = await readXml(zip, 'word/document.xml');
  if (!document) throw new WordError('this is not a Word document (.docx): it has no document part');
  const trackedChanges = TRACKED.some((t) => document.getElementsByTagName(t).length > 0);
  const numbering = new Numbering(
    (await readXml(zip, 'word/numbering.xml'))?.documentElement as unknown as XmlElement | undefined,
    (await readXml(zip, 'word/styles.xml'))?.documentElement as unknown as XmlElement | undefined,
  );
  injectNumbers(document, numbering);
  zip.file('word/document.xml', new XMLSerializer().serializeToString(document as unknown as Node));
  const rebuilt = await zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
  let model: MNode | undefined;
  const input = { buffer: rebuilt, arrayBuffer: rebuilt.buffer.slice(rebuilt.byteOffset, rebuilt.byteOffset + rebuilt.byteLength) };
  try {
    await mammoth.convertToHtml(input as unknown as { arrayBuffer: ArrayBuffer }, {
      transformDocument: (d: MNode) => {
        model = d;
        return d;
      },
    });
  } catch (e) {
    throw new WordError(`the document cannot be read (${(e as Error).message})`);
  }
  if (!model) throw new WordError('the document cannot be read');
  return render(model, trackedChanges);
}

function render(model: MNode, trackedChanges: boolean): WordConversion {
  let markdown = '';
  const paragraphs: WordParagraph[] = [];
  const emit = (p: MNode) => {
    const { label, text } = paragraphText(p);
    const body = text.replace(/[ \t\u00a0]+\n/g, '\n').replace(/\n[ \t]+/g, '\n').trim();
    if (!label.trim() && !body) return;
    const level = headingLevel(p);
    const plain = `${label}${body}`.replace(/\s+/g, ' ').trim();
    let line: string;
    const lines = escapeInline(body).split('\n');
    if (level) line = `${'#'.repeat(level)} ${`${label}${escapeInline(body).replace(/\n/g, ' ')}`.trim()}`;
    else if (p.numbering && !p.numbering.isOrdered && !label) line = `${'  '.repeat(Number(p.numbering.level) || 0)}- ${lines.join('\\\n')}`;
    else line = escapeStart(`${label}${lines.join('\\\n')}`.trim());
    if (markdown) markdown += '\n';
    const start = markdown.length;
    markdown += `${line}\n`;
    paragraphs.push({ number: paragraphs.length + 1, start, end: markdown.length - 1, excerpt: excerpt(plain) });
  };
  const walk = (n: MNode) => {
    if (n.type === 'paragraph') emit(n);
    else for (const c of n.children ?? []) walk(c);
  };
  walk(model);
  return { markdown, paragraphs, trackedChanges };
}
