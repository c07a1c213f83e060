#!/usr/bin/env node
// Bundles the VS Code extension with esbuild:
//   dist/extension.cjs       the Node entry ("main"; CommonJS, since package.json says "type": "module")
//   dist/web/extension.js    the browser entry ("browser"; VS Code for the Web runs it in a web worker)
//   out/integration/*.cjs    the integration tests (run inside VS Code by scripts/e2e.mjs or test-electron.mjs)
//   dist/cli/main.js         the np-lint command (bin/np-lint.js), one file for a fast start, with the
//                            parts only some commands need (Word documents, review, amend) split off
//                            and loaded on demand
// Usage: node scripts/bundle.mjs [--production] [--no-tests] [--cli-only]
import * as esbuild from 'esbuild';
import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');
const cliOnly = process.argv.includes('--cli-only');
const withTests = !process.argv.includes('--no-tests') && !cliOnly;
const t0 = Date.now();

const common = {
  bundle: true,
  external: ['vscode'],
  format: 'cjs',
  target: 'es2022',
  minify: production,
  sourcemap: production ? false : 'linked',
  legalComments: production ? 'none' : 'inline',
  logLevel: 'warning',
  absWorkingDir: root,
  // jsonc-parser's "main" is a UMD build whose requires esbuild cannot follow: take its ES modules.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
};

/** The command line: ES modules for Node, split so that `np-lint bill.md` loads only what it needs. */
function cliBuild() {
  rmSync(join(root, 'dist', 'cli'), { recursive: true, force: true });
  return esbuild.build({
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outdir: 'dist/cli',
    format: 'esm',
    splitting: true,
    platform: 'node',
    target: 'node20',
    minify: false,
    sourcemap: 'linked',
    // Some dependencies are CommonJS and call require(): give the ES module bundle one.
    banner: { js: "import { createRequire as __npCreateRequire } from 'node:module'; const require = __npCreateRequire(import.meta.url);" },
  });
}

/**
 * The word patterns' required words, worked out once here rather than in every run of np-lint
 * (see useLiteralTable in src/engine/patterns.ts): dist/cli/pattern-literals.json.
 */
async function literalTable() {
  const { literalTable: table, LITERAL_TABLE_FILE } = await import(pathToFileURL(join(root, 'dist', 'cli', 'main.js')).href);
  writeFileSync(join(root, 'dist', 'cli', LITERAL_TABLE_FILE), JSON.stringify(table()));
}

if (cliOnly) {
  await cliBuild();
  await literalTable();
  console.log(`bundle: dist/cli in ${Date.now() - t0} ms`);
  process.exit(0);
}

for (const out of ['extension.cjs', 'extension.cjs.map', 'web']) rmSync(join(root, 'dist', out), { recursive: true, force: true });
const builds = [
  cliBuild(),
  esbuild.build({ ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.cjs', platform: 'node' }),
  esbuild.build({
    ...common,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    mainFields: ['browser', 'module', 'main'],
    // A web worker has no DOM: prefer packages' "worker" builds (decode-named-character-reference's
    // "browser" build uses document.createElement).
    conditions: ['worker'],
    // JSZip's browser build is a prebuilt bundle that asks the host for Node's "stream" module; its
    // sources (with no stream, see scripts/shims) bundle cleanly instead.
    alias: { ...common.alias, jszip: 'jszip/lib/index.js', 'readable-stream': './scripts/shims/no-node-stream.cjs', stream: './scripts/shims/no-node-stream.cjs' },
    // The engine and the corpus use no Node built-ins; fail loudly if one creeps in.
    define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
  }),
];
if (withTests) {
  rmSync(join(root, 'out', 'integration'), { recursive: true, force: true });
  const dir = join(root, 'test', 'integration');
  const entries = readdirSync(dir).filter((f) => /\.ts$/.test(f) && !f.endsWith('.d.ts')).map((f) => `test/integration/${f}`);
  builds.push(
    esbuild.build({
      ...common,
      minify: false,
      sourcemap: 'inline',
      entryPoints: entries,
      outdir: 'out/integration',
      outExtension: { '.js': '.cjs' },
      platform: 'node',
      external: ['vscode', 'mocha'],
    }),
  );
}
await Promise.all(builds);
await literalTable();
const size = (p) => `${(statSync(join(root, p)).size / 1024).toFixed(0)} KB`;
console.log(`bundle: dist/extension.cjs ${size('dist/extension.cjs')}, dist/web/extension.js ${size('dist/web/extension.js')}${withTests ? ', out/integration' : ''} in ${Date.now() - t0} ms${production ? ' (production)' : ''}`);
