// Child of bench/index.mjs: the peak heap of one lint, measured from V8's own GC trace.
//   node --expose-gc --trace-gc bench/memory.mjs FILE
// Prints "baseline", "retained" lines after the trace: the heap in use (MB) before the bill was read,
// and what is still held after the lint result is dropped (the bill's text aside); and "buffers":
// the typed arrays' data (MB) held when the lint returns, which V8 keeps outside the heap (the
// offset maps of clauses and sentences, see MappedText in src/engine/text.ts). The parent takes
// the peak from the trace's "A (B) -> C (D) MB" lines (A: heap in use when a collection started).
import { readFileSync } from 'node:fs';
import { lint } from '../out/src/engine/index.js';

const mb = () => process.memoryUsage().heapUsed / 1048576;
const buffers = () => process.memoryUsage().arrayBuffers / 1048576;
lint('## 1. Warm up\n\nA victim of trafficking shall not be punished.\n');
globalThis.gc();
const baseline = mb();
const buffersBefore = buffers();
const text = readFileSync(process.argv[2], 'utf8');
globalThis.gc();
const withText = mb();
let result = lint(text);
const end = mb();
const buffersAtEnd = buffers() - buffersBefore;
const findings = result.findings.length;
result = null;
globalThis.gc();
globalThis.gc();
console.log(`np-bench baseline ${baseline} withText ${withText} end ${end} retained ${mb() - withText} findings ${findings} chars ${text.length} buffers ${buffersAtEnd}`);
