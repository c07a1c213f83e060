// Peer for the whole-process benchmark: markdownlint with its default rules on one file.
import { lint } from 'markdownlint/sync';

const results = lint({ files: [process.argv[2]] });
process.stdout.write(`${Object.values(results).reduce((n, r) => n + r.length, 0)}\n`);
