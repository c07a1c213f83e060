// Reading one bill for the CLI: size limit, Markdown in any supported encoding, or a Word document
// converted to Markdown. Every failure is a ReadError whose message names the file's problem in one line.
import { readFile, stat } from 'node:fs/promises';
import { WordError, type WordParagraph } from '../convert/word-paragraphs.js';
import { decodeText, DecodeError, type StoredText } from './encoding.js';

/** The largest bill read: a whole statute book in Markdown is a few megabytes. */
export const MAX_BYTES = 64 * 1024 * 1024;

export class ReadError extends Error {}

export interface ReadBill {
  /** The text the engine checks (Markdown). */
  text: string;
  /** How a Markdown file is stored (to write a fix back the same way); undefined for Word documents. */
  stored?: StoredText;
  /** For a Word document: where its paragraphs are in `text`, and whether it had tracked changes. */
  word?: { paragraphs: WordParagraph[]; trackedChanges: boolean; bytes: number };
}

export const isWord = (name: string) => /\.docx$/i.test(name);

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'ENOENT') return 'it no longer exists';
  return (e as Error).message;
}

function tooBig(size: number): ReadError {
  return new ReadError(`is ${(size / 1048576).toFixed(0)} MB; np-lint reads bills up to ${MAX_BYTES / 1048576} MB (split the bill, or check the Parts separately)`);
}

/**
 * Whether bytes are a Word document whatever the file is called: a zip archive ("PK\x03\x04") whose
 * entries include Word's main part, "word/document.xml" (entry names are stored as plain text).
 */
export function looksLikeWord(bytes: Uint8Array): boolean {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;
  return zip && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('word/document.xml');
}

/**
 * Turns a bill's bytes into the text to check: a Word document by its name (.docx), or by its
 * content whatever its name (a .docx saved or renamed as .md, or sent on standard input); otherwise
 * Markdown in any supported encoding.
 */
export async function billFromBytes(bytes: Uint8Array, name: string): Promise<ReadBill> {
  if (bytes.length > MAX_BYTES) throw tooBig(bytes.length);
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;
  if (isWord(name) || (name === '<stdin>' && zip) || looksLikeWord(bytes)) {
    try {
      // The Word reader (mammoth, JSZip) is loaded only for a Word document.
      const { convertDocx } = await import('../convert/docx.js');
      const w = await convertDocx(bytes);
      return { text: w.markdown, word: { paragraphs: w.paragraphs, trackedChanges: w.trackedChanges, bytes: bytes.length } };
    } catch (e) {
      if (e instanceof WordError) throw new ReadError(`cannot be read: ${e.message}`);
      throw e;
    }
  }
  try {
    const stored = decodeText(bytes);
    return { text: stored.text, stored };
  } catch (e) {
    if (e instanceof DecodeError) throw new ReadError(e.message);
    throw e;
  }
}

/** Reads a bill from disk. Throws ReadError ("is 80 MB; ...", "cannot be read (permission denied)"). */
export async function readBill(path: string): Promise<ReadBill> {
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.size > MAX_BYTES) throw tooBig(info.size);
    bytes = await readFile(path);
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError(`cannot be read (${reason(e)})`);
  }
  return billFromBytes(bytes, path);
}
