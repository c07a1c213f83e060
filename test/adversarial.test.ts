import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { lint } from '../src/engine/lint.js';
import { analyseBill } from '../src/engine/model.js';
import { parseBlocks, MAX_CONTAINER_DEPTH } from '../src/engine/markdown.js';
import { repo } from './paths.js';

/**
 * Inputs that once froze or crashed the reader (issue 9 §2, issue 8 §6). Each is measured against
 * itself: the processor time of an input four times larger, compared with the smaller one, in the
 * same process (the fastest of a few interleaved runs, so that a busy machine does not decide the
 * result). Linear work grows about 4x; quadratic about 16x. No absolute time is asserted.
 */

function cpuMs(fn: () => unknown): number {
  const s = process.cpuUsage();
  fn();
  const d = process.cpuUsage(s);
  return (d.user + d.system) / 1000;
}

/** How much the cost of `run` grows when its input grows 4x (best of `runs` interleaved runs). */
function growth(make: (n: number) => string, n: number, run: (t: string) => unknown = (t) => lint(t), runs = 3): number {
  const small = make(n);
  const large = make(4 * n);
  run(small);
  let a = Infinity;
  let b = Infinity;
  for (let i = 0; i < runs; i++) {
    a = Math.min(a, cpuMs(() => run(small)));
    b = Math.min(b, cpuMs(() => run(large)));
  }
  return b / Math.max(a, 0.5);
}

const LINEAR = 10; // between linear (4) and quadratic (16), with room for a noisy machine

const sample = readFileSync(repo('examples', 'trafficking-bill.md'), 'utf8');
/** A bill of about `bytes` characters made of the sample's sections, renumbered so that no two are alike. */
function benignBill(bytes: number): string {
  const body = sample.split(/^(?=## )/m).slice(1);
  let out = '# Consolidated Code\n\n';
  for (let k = 0; out.length < bytes; k++) out += body[k % body.length]!.replace(/^## \d+\./, `## ${k + 1}.`).replace(/Westland/g, `Westland ${k}`);
  return out;
}

describe('adversarial input: linear time, bounded depth', function () {
  this.timeout(120_000);

  it('heading lines of "## " followed by spaces and line separators (U+2028, U+2029)', () => {
    const line = '## ' + ' \u2028 \u2029'.repeat(249) + '\n';
    const make = (n: number) => line.repeat(n);
    assert.equal(lint(make(1)).findings.length, 0);
    const g = growth(make, 60);
    assert.ok(g < LINEAR, `4x the lines cost ${g.toFixed(1)}x`);
  });

  it('3,500 and 50,000 ">" on one line: no stack overflow, and the words after them are read', () => {
    for (const n of [3_500, 50_000]) {
      const text = '## 14. Non-liability\n\n' + '>'.repeat(n) + ' A victim of trafficking shall not be punished for prostitution offences.\n';
      const bill = analyseBill(text);
      const clause = bill.sections[0]!.model.clauses[0]!;
      assert.equal(clause.text, 'A victim of trafficking shall not be punished for prostitution offences.');
      assert.equal(text.slice(clause.map[0]!, clause.map[0]! + 8), 'A victim');
      // A block quotation not introduced as an insertion is another instrument's words: read, not flagged.
      assert.equal(bill.sections[0]!.model.sentences[0]!.quoted, 'instrument', `n=${n}`);
      assert.doesNotThrow(() => lint(text));
    }
    const g = growth((n) => '>'.repeat(n) + ' A victim shall not be punished.\n', 12_500);
    assert.ok(g < LINEAR, `4x the markers cost ${g.toFixed(1)}x`);
  });

  it(`nesting deeper than ${MAX_CONTAINER_DEPTH} containers on a line is read as text, keeping every offset`, () => {
    const text = '> - 1. '.repeat(40) + 'words';
    const [b] = parseBlocks(text);
    assert.equal(b!.text, 'words');
    assert.equal(b!.map[0], text.indexOf('words'));
  });

  it('long runs of "*" and of nested list markers: no stack overflow', () => {
    for (const text of ['*'.repeat(100_000) + ' A victim shall not be punished.', '* '.repeat(50_000) + 'x', '**a '.repeat(25_000), '_'.repeat(100_000)]) {
      assert.doesNotThrow(() => lint(text));
    }
    const g1 = growth((n) => '*'.repeat(n) + ' A victim shall not be punished.', 25_000);
    assert.ok(g1 < LINEAR, `4x the stars cost ${g1.toFixed(1)}x`);
    const g2 = growth((n) => '* '.repeat(n) + 'x', 5_000);
    assert.ok(g2 < LINEAR, `4x the list markers cost ${g2.toFixed(1)}x`);
  });

  it('tens of thousands of numbered lines in one paragraph: linear, and per byte no dearer than a normal bill', () => {
    const make = (n: number) =>
      '## 14. Non-liability of victims\n\n' + Array.from({ length: n }, (_, i) => `(${(i % 999) + 1}) A victim of trafficking shall not be detained in shelter ${i};`).join('\n') + '\n';
    const g = growth(make, 1_250, undefined, 2);
    assert.ok(g < LINEAR, `4x the lines cost ${g.toFixed(1)}x`);
    const lines = make(10_000);
    const normal = benignBill(lines.length);
    lint(normal);
    let a = Infinity;
    let b = Infinity;
    for (let i = 0; i < 2; i++) {
      a = Math.min(a, cpuMs(() => lint(lines)));
      b = Math.min(b, cpuMs(() => lint(normal)));
    }
    assert.ok(a / b < 2, `10,000 numbered lines cost ${(a / b).toFixed(2)}x a normal bill of the same size`);
  });

  it('1 MiB lines', () => {
    const make = (n: number) => '## 14. Non-liability\n\n' + 'A victim of trafficking shall not be punished for prostitution. '.repeat(Math.ceil(n / 64)) + '\n';
    const text = make(1 << 20);
    assert.ok(text.length > 1 << 20);
    assert.doesNotThrow(() => lint(text));
    const g = growth(make, 1 << 16, undefined, 2);
    assert.ok(g < LINEAR, `4x the line costs ${g.toFixed(1)}x`);
  });
});
