// Benchmark: np-lint review on a large consolidated bill, reported as a ratio against a peer run in
// the same process: linting the two versions (the least any review must do). The new version
// inserts a section at the top, so every later section is renumbered, and rewords one provision.
//   npm run build && node bench/review.mjs [MiB]
import { readFileSync } from 'node:fs';
import { lint, SectionCache } from '../out/src/engine/index.js';
import { reviewVersions } from '../out/src/review/review.js';

const targetMiB = Number(process.argv[2] ?? 1);
const sample = readFileSync(new URL('../examples/trafficking-bill.md', import.meta.url), 'utf8');
const body = sample.split(/^(?=## )/m).slice(1);

function makeBill(bytes, offset = 0) {
  const parts = ['# Consolidated Criminal Code\n\n'];
  let size = parts[0].length;
  let n = 0;
  while (size < bytes) {
    const s = body[n % body.length].replace(/^## \d+\./, `## ${n + 1 + offset}.`);
    parts.push(s);
    size += s.length;
    n++;
  }
  return { text: parts.join(''), sections: n };
}

function time(fn, runs = 3) {
  const t = [];
  let out;
  for (let i = 0; i < runs; i++) {
    const s = process.hrtime.bigint();
    out = fn();
    t.push(Number(process.hrtime.bigint() - s) / 1e6);
  }
  t.sort((a, b) => a - b);
  return { ms: t[Math.floor(t.length / 2)], out };
}

const old = makeBill(targetMiB * 1024 * 1024);
const renumbered = makeBill(targetMiB * 1024 * 1024, 1).text.replace('# Consolidated Criminal Code\n\n', '# Consolidated Criminal Code\n\n## 1. Application\n\nThis Code applies throughout Westland.\n\n');
const amended = renumbered.replace('lies on the accused', 'lies on the prosecution');
console.log(`bill: ${(old.text.length / 1048576).toFixed(2)} MiB, ${old.sections} sections; new version renumbers all of them`);
// Each version linted with a section cache of its own, as the review does.
const peer = time(() => [lint(old.text, { cache: new SectionCache() }), lint(amended, { cache: new SectionCache() })]);
const review = time(() => reviewVersions(old.text, amended, { oldFile: 'old.md', newFile: 'new.md' }));
const r = review.out;
console.log(`peer (lint both versions): ${peer.ms.toFixed(0)} ms`);
console.log(`review: ${review.ms.toFixed(0)} ms = ${(review.ms / peer.ms).toFixed(2)} × peer; ${r.introduced.length} introduced, ${r.resolved.length} resolved, ${r.unchanged.length} unchanged, ${r.provisions.filter((p) => p.match.renumbered).length} renumbered`);
