#!/usr/bin/env node
// The np-lint command. The code lives in src/cli; `npm run build` (which `npm install` runs through
// the prepare script) compiles it and bundles it into dist/cli/ for a fast start.
import { setFlagsFromString } from 'node:v8';

// Each of the rules' patterns is compiled straight to machine code on first use, rather than first
// to bytecode and again to machine code on its second use: a small bill runs most patterns only a
// few times, and a start spends a tenth of its time compiling them twice. (Set before any pattern
// exists, so that every one is compiled this way; a large bill runs them compiled either way.)
setFlagsFromString('--no-regexp-tier-up');
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
