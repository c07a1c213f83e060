#!/usr/bin/env node
// The np-lint command. The code lives in src/cli; `npm run build` (which `npm install` runs through
// the prepare script) compiles it and bundles it into dist/cli/ for a fast start.
import { main } from '../dist/cli/main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`np-lint: ${err && err.message ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
