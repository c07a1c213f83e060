#!/usr/bin/env node
// The np-lint command. The code lives in src/cli (compiled to out/ by `npm run build`, which
// `npm install` runs through the prepare script).
import { main } from '../out/src/cli/main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`np-lint: ${err && err.message ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
