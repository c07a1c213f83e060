// Reads one clause file. The parser itself is src/corpus/clauseFile.ts (one parser for the built-in
// corpus and the workspace library); this re-exports its compiled form, so run `npm run build` first.
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const compiled = new URL('../out/src/corpus/clauseFile.js', import.meta.url);
const source = new URL('../src/corpus/clauseFile.ts', import.meta.url);
if (!existsSync(fileURLToPath(compiled))) {
  throw new Error('scripts/clause-file.mjs: out/src/corpus/clauseFile.js is missing; run `npm run build` first');
}
if (existsSync(fileURLToPath(source)) && statSync(fileURLToPath(source)).mtimeMs > statSync(fileURLToPath(compiled)).mtimeMs) {
  throw new Error('scripts/clause-file.mjs: src/corpus/clauseFile.ts is newer than its compiled form; run `npm run build` first');
}
const mod = await import(compiled.href);

/** parseClauseFile(text, name, origin = 'built-in') → ClauseRecord; throws an error naming the file. */
export const parseClauseFile = mod.parseClauseFile;
export const ClauseFileError = mod.ClauseFileError;
export const RULE_IDS = mod.RULE_IDS;
