// Benchmark: linting a large consolidated bill, reported as ratios against a peer run in the same
// process: a plain remark-parse of the whole document (what any Markdown tool must at least do).
//   npm run build && node bench/large-bill.mjs [MiB]
// Prints: the peer's time, a cold lint, and a re-lint after editing one section (with the
// per-document section cache the editor keeps), each as a ratio to the peer.
import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { lint, SectionCache } from '../out/src/engine/index.js';

const targetMiB = Number(process.argv[2] ?? 2);
const sample = readFileSync(new URL('../examples/trafficking-bill.md', import.meta.url), 'utf8');
const body = sample.split(/^(?=## )/m).slice(1);

function makeBill(bytes) {
  const parts = ['# Consolidated Criminal Code\n\n'];
  let size = parts[0].length;
  let n = 0;
  while (size < bytes) {
    const s = body[n % body.length].replace(/^## \d+\./, `## ${n + 1}.`);
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

const { text, sections } = makeBill(targetMiB * 1024 * 1024);
const processor = unified().use(remarkParse).use(remarkGfm);
processor.parse('warm up');
lint('warm up');

const peer = time(() => processor.parse(text));
const cold = time(() => lint(text));
const cache = new SectionCache();
lint(text, { cache });
const mid = text.indexOf('## ', Math.floor(text.length / 2));
const edited = text.slice(0, mid + 10) + ' amended' + text.slice(mid + 10);
let flip = false;
const warm = time(() => {
  flip = !flip;
  return lint(flip ? edited : text, { cache });
});

const mib = (text.length / 1048576).toFixed(2);
console.log(`bill: ${mib} MiB of text, ${sections} sections, ${cold.out.findings.length} findings`);
console.log(`peer  remark-parse of the whole bill: ${peer.ms.toFixed(0)} ms (1.00)`);
console.log(`np-lint, cold (every section parsed): ${cold.ms.toFixed(0)} ms (${(cold.ms / peer.ms).toFixed(2)} x peer)`);
console.log(`np-lint, one section edited, cached:  ${warm.ms.toFixed(0)} ms (${(warm.ms / peer.ms).toFixed(2)} x peer)`);
const rss = process.memoryUsage().rss / 1048576;
console.log(`resident memory after the runs: ${rss.toFixed(0)} MiB (${(rss / (text.length / 1048576)).toFixed(0)} x the bill's size)`);
