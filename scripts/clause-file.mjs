// Reads one clause file: YAML front matter between "---" lines, then the clause text.
import { parse } from 'yaml';

const REQUIRED = ['id', 'title', 'jurisdiction', 'instrument', 'pinpoint', 'kind', 'citation', 'verbatim'];

export function parseClauseFile(source, name = 'clause') {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!m) throw new Error(`${name}: a clause file starts with front matter between two "---" lines`);
  let meta;
  try {
    meta = parse(m[1]);
  } catch (e) {
    throw new Error(`${name}: the front matter is not valid YAML (${e.message.split('\n')[0]})`);
  }
  if (!meta || typeof meta !== 'object') throw new Error(`${name}: the front matter is empty`);
  for (const k of REQUIRED) {
    if (meta[k] === undefined || meta[k] === '') throw new Error(`${name}: the front matter has no "${k}"`);
  }
  const text = m[2].replace(/\r\n/g, '\n').trim();
  if (!text) throw new Error(`${name}: the clause has no text after the front matter`);
  return {
    nexus: 'n/a',
    scope: 'n/a',
    childLimb: false,
    ...meta,
    verbatim: meta.verbatim === true,
    text,
  };
}
