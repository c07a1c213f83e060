#!/usr/bin/env node
// The np-lint command. The code lives in src/cli; `npm run build` (which `npm install` runs through
// the prepare script) compiles it and bundles it into dist/cli/ for a fast start.
import module from 'node:module';
import { setFlagsFromString } from 'node:v8';

// Each of the rules' patterns is compiled straight to machine code on first use, rather than first
// to bytecode and again to machine code on its second use: a small bill runs most patterns only a
// few times, and a start spends a tenth of its time compiling them twice. (Set before any pattern
// exists, so that every one is compiled this way; a large bill runs them compiled either way.)
setFlagsFromString('--no-regexp-tier-up');
// Node 22.1 and later keep V8's compiled code of the bundle between runs (in Node's own cache folder,
// checked against the Node version and each file's contents, so a stale entry is simply compiled
// again); Node 20 has no such cache and compiles the bundle each time. A cache folder that cannot be
// written or read only means that nothing is cached: Node returns that as a status, and the lint goes on.
try {
  module.enableCompileCache?.();
} catch {
  // no compile cache: the bundle is compiled as on Node 20
}
const { main } = await import('../dist/cli/main.js');

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`np-lint: ${err && err.message ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
