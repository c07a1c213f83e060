// `npm run generate`: regenerates every file derived from corpus/ (run `npm run build` first; the
// generators use the compiled parser and snippet renderer from out/).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpus, corpusModulePath, renderCorpusModule, root } from './generate-corpus.mjs';
import { renderSnippetsFile, snippetsPath } from './generate-snippets.mjs';

const clauses = buildCorpus();
writeFileSync(join(root, corpusModulePath), renderCorpusModule(clauses));
console.log(`wrote ${corpusModulePath} (${clauses.length} clauses)`);
mkdirSync(join(root, 'snippets'), { recursive: true });
writeFileSync(join(root, snippetsPath), renderSnippetsFile(clauses));
console.log(`wrote ${snippetsPath}`);

// Rule documentation pages and the README's rule table, from the rules' metadata.
const docs = await import('./generate-docs.mjs');
const rules = await docs.loadRules();
mkdirSync(join(root, 'docs', 'rules'), { recursive: true });
for (const r of rules) writeFileSync(join(root, docs.docPath(r.meta.id)), docs.renderRuleDoc(r.meta, r.patterns));
const readmePath = join(root, 'README.md');
writeFileSync(readmePath, docs.updateReadme(readFileSync(readmePath, 'utf8'), docs.renderRuleTable(rules)));
console.log(`wrote docs/rules/ (${rules.length} pages) and the README rule table`);

// The settings file's JSON schema (contributed to VS Code through jsonValidation), from the rules.
const { renderSettingsSchema } = await import(new URL('../out/src/config/schema.js', import.meta.url).href);
writeFileSync(join(root, 'media', 'np-lint.schema.json'), renderSettingsSchema(rules.map((r) => r.meta)));
console.log('wrote media/np-lint.schema.json');

// The fix gallery: every fix on the real provisions, the sample bill and the held-out provisions, before and after.
const gallery = await import('./generate-gallery.mjs');
const entries = await gallery.collectGallery();
writeFileSync(join(root, gallery.galleryPath), await gallery.renderGallery(entries));
console.log(`wrote ${gallery.galleryPath} (${entries.length} fixes)`);
