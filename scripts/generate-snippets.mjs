// Generates snippets/markdown.json (VS Code snippets for Markdown) from the corpus. The snippet
// logic is src/corpus/snippets.ts (compiled: run `npm run build` first); a test checks the file is in step.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus, root } from './generate-corpus.mjs';

const compiled = new URL('../out/src/corpus/snippets.js', import.meta.url);
if (!existsSync(fileURLToPath(compiled))) {
  throw new Error('scripts/generate-snippets.mjs: out/src/corpus/snippets.js is missing; run `npm run build` first');
}
const { renderSnippets: render } = await import(compiled.href);

export const snippetsPath = 'snippets/markdown.json';

/** The text of snippets/markdown.json for these clauses (pure). */
export function renderSnippetsFile(clauses) {
  return render(clauses);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(join(root, 'snippets'), { recursive: true });
  writeFileSync(join(root, snippetsPath), renderSnippetsFile(buildCorpus()));
  console.log(`wrote ${snippetsPath}`);
}
