// Diagnostic for the ReDoS check (issue 9): checks every pattern of the engine with recheck's native
// checker, as test/redos.test.ts does, under the memory cap given, and prints the checker's peak memory
// and time on each pattern, highest first, and every pattern the checker failed on (ran out of memory,
// stopped responding). Use it to see which pattern drives the checker's memory up.
//
//   npm run build && node scripts/redos-memory.mjs [heap MB, default 768] [address space MB, default 2 × heap] [checkers at once, default 2]
import { checkAll, checkerCommand } from '../out/test/redos-checker.js';
import { exported, literals } from '../out/test/redos-patterns.js';

const heapMb = Number(process.argv[2] ?? 768);
const virtualMb = Number(process.argv[3] ?? 2 * heapMb);
const width = Number(process.argv[4] ?? 2);
const found = new Map();
literals(found);
await exported(found);
const command = checkerCommand({ heapMb, virtualMb });
console.log(`${found.size} patterns; ${command.label}; ${width} at a time`);
const started = Date.now();
const rows = await checkAll([...found], { width, command }, async ([key, f], check) => {
  const t = Date.now();
  const o = await check({ source: f.source, flags: f.flags, params: { randomSeed: 1, attackTimeout: null, timeout: 10_000 }, watchdogMs: 60_000 });
  const verdict = o.kind === 'verdict' ? o.result.status : `no verdict: ${o.reason}`;
  return { where: f.where, key, mb: (o.peakKb ?? 0) / 1024, s: (Date.now() - t) / 1000, verdict, failures: o.failures };
});
rows.sort((a, b) => b.mb - a.mb);
for (const r of rows) console.log(`${r.mb.toFixed(0).padStart(6)} MB ${r.s.toFixed(1).padStart(6)} s  ${r.verdict.padEnd(10)} ${r.where}  ${r.key.slice(0, 70)}`);
const failed = rows.filter((r) => r.failures.length);
console.log(`\n${failed.length} patterns on which the checker failed${failed.length ? ':' : ''}`);
for (const r of failed) console.log(`  ${r.where}: ${r.failures.join('; ')}`);
console.log(`total ${((Date.now() - started) / 1000).toFixed(0)} s; highest peak ${rows[0]?.mb.toFixed(0)} MB`);
