import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { lint, fixAll } from '../src/engine/lint.js';
import { applyFixes } from '../src/engine/fix.js';
import { detectEol, splitsUnit } from '../src/engine/text.js';
import type { Finding, LintResult, Position } from '../src/engine/types.js';
import { fixture, repo } from './paths.js';

/**
 * Properties of the engine on any input (issue 9 §3): arbitrary Unicode, malformed Markdown, deep
 * nesting, long lines, CR/LF/CRLF mixes, byte order marks, lone surrogates, and real bills mutated at
 * random. NP_PROPERTY_RUNS sets the number of cases (default 10,000; `npm run
 * test:properties:long` runs 100,000); NP_PROPERTY_SEED and NP_PROPERTY_PATH replay a failure.
 */
const RUNS = Number(process.env.NP_PROPERTY_RUNS ?? 10_000);
const SEED = process.env.NP_PROPERTY_SEED ? Number(process.env.NP_PROPERTY_SEED) : undefined;
const PATH = process.env.NP_PROPERTY_PATH;


// Pieces of real bill drafting, Markdown syntax and noise, combined at random.
const PIECES = [
  '## 14. Non-liability of victims',
  '**7. Non-punishment.**',
  '**Non-liability of victims**',
  '14.',
  '14\\. Non-liability of victims',
  'Section 9 — Defence',
  'Section 14.',
  '# Part III — Protection of victims',
  '(1) A victim of trafficking shall not be criminally liable in respect of—',
  '(a) illegal entry;',
  '(b) unlawful residence; or',
  '- (c) fraudulent documents,',
  '    (2) indented subsection subject to subsection',
  '(2), in respect of—',
  'if the victim was compelled by a threat of death or serious injury.',
  'and a reasonable person would have had no realistic alternative.',
  'It is a defence for the accused to prove, on the balance of probabilities, that',
  'The burden of proving that this section applies lies on the accused.',
  '"child" means a person under the age of 16 years;',
  '                16 years;',
  'Where the victim is a child, compulsion need not be shown.',
  'as a direct result of being trafficked',
  'insert the following section—',
  '> 14A. Non-liability',
  '“14B. Non-liability of victims',
  'lies on the accused.”',
  'WHEREAS article 9 provides: "victims shall not be penalised for acts they were compelled to commit";',
  '<!-- np-lint-disable closed-offence-list -- agreed -->',
  '<!-- np-lint-enable -->',
  '<!-- np-lint-disable-next-line',
  '<!--',
  '-->',
  '```',
  '~~~',
  '---',
  '...',
  '+++',
  '[^1]: A footnote that the burden lies on the accused.',
  '> quoted',
  '>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>> deep',
  '- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - nested',
  '| a | b |\n| - | - |\n| x | y |',
  '***',
  '**a *b _c',
  '[a](b [c][d] ![e](f',
  '\\*escaped\\* &amp; entity &#x1F600; &bogus;',
  'crim\u00adinally vic\u200btim non\u2011liability no\u00a0break\u202fnarrow\u2060joined',
  '😀 жертва 受害者',
  '\u2028\u2029',
  '\uFEFF',
  '\t',
  '',
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const longLine = fc.tuple(fc.constantFrom(...PIECES), fc.integer({ min: 20, max: 120 })).map(([p, n]) => p.replace(/\n/g, ' ').repeat(n).slice(0, 3000));
const piece = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 10 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 10 }) },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 1, arbitrary: longLine },
);
const EOLS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\r\r', ' '];
const synthetic = fc
  .tuple(fc.array(piece, { maxLength: 25 }), fc.array(fc.constantFrom(...EOLS), { minLength: 1, maxLength: 4 }), fc.boolean())
  .map(([parts, seps, bom]) => (bom ? '\uFEFF' : '') + parts.map((p, i) => (i ? seps[i % seps.length]! : '') + p).join(''));

// Real bills: the sample bill and every fixture, mutated at random.
const REAL = [
  readFileSync(repo('examples', 'trafficking-bill.md'), 'utf8'),
  ...['provisions', 'paraphrases', 'layouts'].flatMap((d) =>
    readdirSync(fixture(d))
      .filter((f) => f.endsWith('.md'))
      .map((f) => readFileSync(fixture(d, f), 'utf8')),
  ),
];
type Mutation = { kind: 'delete' | 'insert' | 'eol' | 'duplicate'; at: number; len: number; piece: string; eol: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('delete', 'insert', 'eol', 'duplicate'),
  at: fc.nat(),
  len: fc.nat({ max: 200 }),
  piece,
  eol: fc.constantFrom('\n', '\r\n', '\r'),
});
function mutate(text: string, m: Mutation): string {
  const at = text.length ? m.at % text.length : 0;
  switch (m.kind) {
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.len);
    case 'insert':
      return text.slice(0, at) + m.piece + text.slice(at);
    case 'eol':
      return text.replace(/\r\n|\r|\n/g, m.eol);
    case 'duplicate':
      return text.slice(0, at + m.len) + text.slice(at, at + m.len) + text.slice(at + m.len);
  }
}
const mutatedBill = fc
  .tuple(fc.nat({ max: REAL.length - 1 }), fc.array(mutation, { maxLength: 4 }), fc.boolean())
  .map(([k, ms, bom]) => {
    // Keep cases small enough for thousands of runs: a window of the bill.
    let text = REAL[k]!;
    if (text.length > 4000) {
      const from = (ms[0]?.at ?? 0) % (text.length - 4000);
      text = text.slice(from, from + 4000);
    }
    for (const m of ms) text = mutate(text, m);
    return (bom && !text.startsWith('\uFEFF') ? '\uFEFF' : '') + text;
  });

/** Line and column of an offset, counted the slow and obvious way. */
function naivePosition(text: string, offset: number): Position {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      start = i + 1;
    } else if (c === '\r') {
      // CRLF: the LF ends the line.
    }
  }
  return { line, column: offset - start + 1, offset };
}

function lineEndings(s: string): string[] {
  return s.match(/\r\n|\r|\n/g) ?? [];
}

function shifted(r: LintResult, by: number): unknown {
  return r.findings.map((f) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    start: f.range.start.offset + by,
    end: f.range.end.offset + by,
    fixes: f.fixes.map((x) => x.edits.map((e) => [e.start + by, e.end + by, e.newText])),
  }));
}

function checkFinding(text: string, f: Finding): void {
  const { start, end } = f.range;
  assert.ok(start.offset >= 0 && end.offset <= text.length && start.offset <= end.offset, 'range inside the document');
  assert.ok(end.offset > start.offset || text.length === 0, 'range not empty');
  for (const p of [start, end]) {
    assert.ok(!splitsUnit(text, p.offset), `range boundary ${p.offset} splits a CRLF or surrogate pair`);
    assert.deepEqual(p, naivePosition(text, p.offset), 'line and column agree with the offset');
  }
  assert.ok(f.citations.length > 0);
  const eol = detectEol(text);
  for (const fix of f.fixes) {
    const edits = [...fix.edits].sort((a, b) => a.start - b.start || a.end - b.end);
    edits.forEach((e, i) => {
      assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length, 'edit inside the text');
      assert.ok(!splitsUnit(text, e.start) && !splitsUnit(text, e.end), `${f.ruleId}: edit ${JSON.stringify(e)} splits a CRLF or surrogate pair in ${JSON.stringify(text.slice(e.start - 3, e.end + 3))}`);
      if (i > 0) assert.ok(e.start >= edits[i - 1]!.end && !(e.start === e.end && e.start === edits[i - 1]!.start && edits[i - 1]!.start === edits[i - 1]!.end), `${f.ruleId}: edits overlap: ${JSON.stringify(edits.map((x) => [x.start, x.end, x.newText.slice(0, 20)]))}`);
      for (const le of lineEndings(e.newText)) assert.equal(le, eol, `inserted line ending ${JSON.stringify(le)} in a document that uses ${JSON.stringify(eol)}`);
    });
    // A fix applies cleanly on its own, and leaves the rest of the text in order.
    const r = applyFixes(text, [fix]);
    assert.equal(r.applied.length, 1, 'a fix never conflicts with itself');
    let pos = 0;
    let cursor = 0;
    for (const e of edits) {
      const kept = text.slice(pos, e.start);
      assert.equal(r.text.slice(cursor, cursor + kept.length), kept, 'text outside the edits survives');
      cursor += kept.length + e.newText.length;
      pos = e.end;
    }
    assert.equal(r.text.slice(cursor), text.slice(pos));
  }
}

/** Every property, on one text. */
function holds(text: string): void {
  const result = lint(text);
  // Deterministic.
  assert.deepEqual(lint(text), result, 'lint is deterministic');
  for (const f of result.findings) checkFinding(text, f);
  // A leading byte order mark changes no offset but its own.
  if (!text.startsWith('\uFEFF')) assert.deepEqual(shifted(lint('\uFEFF' + text), 0), shifted(result, 1), 'a BOM shifts every offset by one');
  // Old Mac files: lone carriage returns read exactly as line feeds (same findings, same offsets).
  if (text.includes('\n') && !text.includes('\r')) {
    const lf = (r: LintResult) => JSON.parse(JSON.stringify(shifted(r, 0)).replace(/\\r/g, '\\n'));
    assert.deepEqual(lf(lint(text.replace(/\n/g, '\r'))), lf(result), 'lone carriage returns read as line feeds');
  }
  // Fix-all reaches a fixed point, and fixing twice changes nothing the second time.
  if (result.findings.some((f) => f.severity !== 'info' && f.fixes.length)) {
    const once = fixAll(text).text;
    const twice = fixAll(once).text;
    assert.equal(twice, once, 'fix-all reaches a fixed point');
  }
}

function run(arb: fc.Arbitrary<string>, numRuns: number): void {
  fc.assert(fc.property(arb, holds), { numRuns, ...(SEED !== undefined ? { seed: SEED } : {}), ...(PATH ? { path: PATH } : {}) });
}

describe(`properties on any input (${RUNS} cases)`, function () {
  this.timeout(0);
  const real = Math.round(RUNS * 0.3);

  it(`synthetic bills: arbitrary Unicode, malformed Markdown, deep nesting, long lines, mixed line endings, BOMs, lone surrogates (${RUNS - real} cases)`, () => {
    run(synthetic, RUNS - real);
  });

  it(`real bills mutated at random (${real} cases)`, () => {
    run(mutatedBill, real);
  });
});
