// A bill's bytes to text and back, in the file's own encoding: UTF-8 (with or without a byte-order
// mark), UTF-16 LE or BE (with a mark), or Windows-1252 (what Word's "Plain Text" export writes on
// Western systems). UTF-8 and UTF-16 use Node's own codecs; Windows-1252 uses iconv-lite, loaded
// only when a file needs it (its code-page tables cost a command on a UTF-8 bill about a fifth of its
// start). A file is accepted only if its text encodes back to exactly the same bytes, so that nothing
// is ever replaced by U+FFFD or lost on --fix.
import { createRequire } from 'node:module';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** How a bill is stored, so that a fixed bill is written back the same way. */
export interface StoredText {
  /** The text without its byte-order mark. */
  text: string;
  encoding: Encoding;
  bom: boolean;
  /** The line ending the file uses ('\n', '\r\n' or '\r'; '\n' when it has none), or 'mixed'. */
  eol: '\n' | '\r\n' | '\r' | 'mixed';
}

/** Bytes that are not a bill np-lint can read, with a message naming the reason (no file name). */
export class DecodeError extends Error {}

/** Text that cannot be written back in the file's encoding (a character Windows-1252 cannot hold). */
export class EncodeError extends Error {}

const NAMES: Record<Encoding, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16 (little-endian)', 'utf-16be': 'UTF-16 (big-endian)', 'windows-1252': 'Windows-1252' };

/** The encoding's name as a drafter would see it in an editor's "Save with encoding" menu. */
export function encodingName(e: Encoding): string {
  return NAMES[e];
}

const BOMS: Record<Encoding, number[]> = { 'utf-8': [0xef, 0xbb, 0xbf], 'utf-16le': [0xff, 0xfe], 'utf-16be': [0xfe, 0xff], 'windows-1252': [] };

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.length > 0 && prefix.every((b, i) => bytes[i] === b);
}

/** Bytes Windows-1252 leaves undefined, and control characters no text file holds. */
function notText1252(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d) return i;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return i;
  }
  return -1;
}

function validUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function detectEol(text: string): StoredText['eol'] {
  const kinds = new Set(text.match(/\r\n|\r|\n/g) ?? ['\n']);
  return kinds.size > 1 ? 'mixed' : ([...kinds][0] as '\n' | '\r\n' | '\r');
}

type Iconv = typeof import('iconv-lite');
let iconvLite: Iconv | undefined;

/** iconv-lite, loaded on first use (a Windows-1252 file), never at start. */
function iconv(): Iconv {
  return (iconvLite ??= createRequire(import.meta.url)('iconv-lite') as Iconv);
}

/** Whether Windows-1252 can hold the character `ch` (one code point): it must come back unchanged. */
function in1252(ch: string): boolean {
  if (ch === '\uFFFD') return false;
  const c = iconv();
  return c.decode(c.encode(ch, 'windows-1252'), 'windows-1252') === ch;
}

/** UTF-16 with the high byte first: the little-endian bytes, each pair swapped (an odd last byte is dropped). */
function swapPairs(bytes: Uint8Array): Buffer {
  const out = Buffer.alloc(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1]!;
    out[i + 1] = bytes[i]!;
  }
  return out;
}

function decodeBody(body: Uint8Array, encoding: Encoding): string {
  const buf = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  if (encoding === 'utf-8') return buf.toString('utf8');
  if (encoding === 'utf-16le') return buf.toString('utf16le');
  if (encoding === 'utf-16be') return swapPairs(buf).toString('utf16le');
  return iconv().decode(buf, 'windows-1252', { stripBOM: false });
}

function encodeBody(text: string, encoding: Encoding): Buffer {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  if (encoding === 'utf-16le') return Buffer.from(text, 'utf16le');
  if (encoding === 'utf-16be') return swapPairs(Buffer.from(text, 'utf16le'));
  return iconv().encode(text, 'windows-1252');
}

function encode(text: string, encoding: Encoding, bom: boolean): Buffer {
  const body = encodeBody(text, encoding);
  return bom ? Buffer.concat([Buffer.from(BOMS[encoding]), body]) : body;
}

/**
 * Decodes a bill's bytes. Throws DecodeError for a file that is not text (NUL or control bytes),
 * UTF-16 without a byte-order mark, UTF-32, or bytes that are neither UTF-8 nor Windows-1252.
 */
export function decodeText(bytes: Uint8Array): StoredText {
  let encoding: Encoding;
  let bom = true;
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) {
    throw new DecodeError('is in UTF-32, which np-lint does not read; save it as UTF-8');
  } else if (startsWith(bytes, BOMS['utf-8'])) encoding = 'utf-8';
  else if (startsWith(bytes, BOMS['utf-16le'])) encoding = 'utf-16le';
  else if (startsWith(bytes, BOMS['utf-16be'])) encoding = 'utf-16be';
  else {
    bom = false;
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
      // Text in UTF-16 without a mark has a NUL in every other byte.
      const sample = bytes.subarray(0, 4096);
      let even = 0;
      let odd = 0;
      sample.forEach((b, i) => b === 0 && (i % 2 ? odd++ : even++));
      const utf16 = sample.length >= 16 && Math.max(even, odd) > sample.length / 4 && Math.min(even, odd) < sample.length / 50;
      throw new DecodeError(utf16 ? 'looks like UTF-16 without a byte-order mark; save it as UTF-8' : 'does not look like a text file');
    }
    if (validUtf8(bytes)) encoding = 'utf-8';
    else if (notText1252(bytes) < 0) encoding = 'windows-1252';
    else throw new DecodeError('is neither UTF-8 nor Windows-1252 text (some bytes match no character); save it as UTF-8');
  }
  const body = bytes.subarray(BOMS[encoding].length * (bom ? 1 : 0));
  if (encoding === 'utf-8' && !validUtf8(body)) throw new DecodeError('starts as UTF-8 but has bytes that are not UTF-8; save it as UTF-8 again');
  const text = decodeBody(body, encoding);
  // Nothing may be lost: the text must encode back to the very same bytes.
  if (text.includes('\uFFFD') && !Buffer.from(body).equals(encodeBody(text, encoding))) {
    throw new DecodeError(`has bytes that are not valid ${NAMES[encoding]}; save it again as UTF-8`);
  }
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) throw new DecodeError('does not look like a text file');
  return { text, encoding, bom, eol: detectEol(text) };
}

/**
 * Encodes fixed text the way the original was stored: the same encoding, byte-order mark and line
 * ending (line breaks a fix wrote as "\n" are written as the file's own). Throws EncodeError, naming
 * the first character the encoding cannot hold, rather than writing a "?" in its place.
 */
export function encodeText(text: string, stored: Omit<StoredText, 'text'>): Buffer {
  let out = text;
  if (stored.eol === '\r\n') out = out.replace(/\r?\n/g, '\r\n');
  else if (stored.eol === '\r') out = out.replace(/\r?\n/g, '\r');
  // (The whole text first: only a text that does not come back unchanged is searched for the character.)
  if (stored.encoding === 'windows-1252' && (out.includes('\uFFFD') || iconv().decode(iconv().encode(out, 'windows-1252'), 'windows-1252') !== out)) {
    for (const ch of out) {
      if (!in1252(ch)) {
        const cp = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
        throw new EncodeError(`is saved as Windows-1252, which cannot hold the character "${ch}" (U+${cp}) that a fix would write`);
      }
    }
  }
  return encode(out, stored.encoding, stored.bom);
}
