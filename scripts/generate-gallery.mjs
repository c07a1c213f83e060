// Generates docs/fix-gallery.md: every quick fix the rules offer on the real-provision fixtures
// (test/fixtures/provisions), the sample bill (examples/trafficking-bill.md) and the held-out
// fixtures, with the provision before and after, grouped by rule, so that a drafter can review what
// the tool writes into a bill. Run `npm run build` first: it uses the compiled engine in out/.
// test/fix-gallery.test.ts checks every entry and that the page is up to date.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const galleryPath = join('docs', 'fix-gallery.md');

/** The bills the gallery covers, as paths from the repository root, in a fixed order. */
export function galleryFiles() {
  const md = (dir) =>
    readdirSync(join(root, dir))
      .filter((f) => f.endsWith('.md') && f !== 'README.md')
      .sort()
      .map((f) => `${dir}/${f}`);
  return [
    'examples/trafficking-bill.md',
    ...md('test/fixtures/provisions'),
    ...['paraphrases', 'traditions-forms', 'traditions-burden', 'further-defects', 'held-out-2'].flatMap((d) => md(`test/fixtures/${d}`)),
  ];
}

async function engine() {
  const { lint } = await import(new URL('../out/src/engine/lint.js', import.meta.url).href);
  const { applyEdits } = await import(new URL('../out/src/engine/fix.js', import.meta.url).href);
  const { RULES } = await import(new URL('../out/src/engine/rules/index.js', import.meta.url).href);
  const { fixAsAmendment } = await import(new URL('../out/src/review/fixAsAmendment.js', import.meta.url).href);
  return { lint, applyEdits, RULES, fixAsAmendment };
}

/**
 * Every fix offered on every gallery bill, applied alone to the bill as written: one entry per
 * (finding, fix), with the bill's text before and after and the finding that offered it.
 */
export async function collectGallery() {
  const { lint, applyEdits, fixAsAmendment } = await engine();
  const out = [];
  for (const file of galleryFiles()) {
    const text = readFileSync(join(root, file), 'utf8').replace(/\r\n/g, '\n');
    const { findings, outline } = lint(text);
    // The same fix offered by two findings of one rule (two parts of one test) is shown once.
    const seen = new Set();
    for (const finding of findings) {
      for (const fix of finding.fixes) {
        const key = JSON.stringify([finding.ruleId, fix.title, fix.edits]);
        if (seen.has(key)) continue;
        seen.add(key);
        const after = applyEdits(text, fix.edits).text;
        // The change as an amendment paper states it (src/review/fixAsAmendment.ts), computed once here.
        out.push({ file, text, after, finding, fix, outline, amendment: fixAsAmendment(text, fix.edits) });
      }
    }
  }
  return out;
}

/** The lines of `text` from the paragraph holding `start` to the one holding `end` (whole paragraphs). */
function paragraphsAround(text, start, end) {
  let a = text.lastIndexOf('\n\n', Math.max(0, start - 1));
  a = a < 0 ? 0 : a + 2;
  let b = text.indexOf('\n\n', end);
  if (b < 0) b = text.length;
  return [a, b];
}

/** The part of the bill a fix changes: the paragraphs its edits touch, before and after. */
export function excerpt(entry) {
  const { text, fix } = entry;
  const starts = fix.edits.map((e) => e.start);
  const ends = fix.edits.map((e) => e.end);
  const [a, b] = paragraphsAround(text, Math.min(...starts), Math.max(...ends));
  const delta = fix.edits.reduce((n, e) => n + e.newText.length - (e.end - e.start), 0);
  const before = text.slice(a, b);
  const afterText = applyAll(text, fix.edits);
  const after = afterText.slice(a, b + delta);
  return { before: before.trim(), after: after.trim() };
}

function applyAll(text, edits) {
  let out = '';
  let pos = 0;
  for (const e of [...edits].sort((x, y) => x.start - y.start)) {
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  return out + text.slice(pos);
}

/**
 * Text of the bill shown as it reads in a Markdown paragraph (no emphasis, no list or heading marks).
 * A number starts a list only when a space follows its stop ("1. "), so "21.3." is left as written.
 */
function escapeMarkdown(text) {
  return text
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .split('\n')
    .map((l) => l.replace(/^(\s*)([#+=-])/, '$1\\$2').replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, '$1\\$2'))
    .join('\n');
}

/**
 * A line of text an amendment sets out, shown as the bill reads it: escaped like the bill's words
 * elsewhere, except that the bill's own emphasis ("*child* means …", the style of its defined terms)
 * stays emphasis, as the amendment paper sets it out, instead of showing its marks as "\*child\*".
 */
function escapeSetOut(line) {
  const parts = line.split(/(\*[^\s*](?:[^*\n]*[^\s*])?\*)/);
  return parts.map((p, i) => (i % 2 ? `*${escapeMarkdown(p.slice(1, -1))}*` : escapeMarkdown(p))).join('');
}

/**
 * The change as an amendment paper states it (src/review/fixAsAmendment.ts): one numbered instruction
 * per change, each naming its section and unit, with the text it inserts set out in full below it.
 * `exact` is false when np-lint's own reader, applying the instructions, would not give the fixed bill.
 */
export async function amendmentLines(entry) {
  const { fixAsAmendment } = await engine();
  const { instructions, exact, problem } = entry.amendment ?? fixAsAmendment(entry.text, entry.fix.edits);
  const lines = [];
  instructions.forEach((ins, k) => {
    lines.push(`${k + 1}. ${escapeMarkdown(ins.words)}`);
    if (ins.block !== undefined) {
      lines.push('');
      for (const l of ins.block.split('\n')) lines.push(l.trim() ? `   > ${escapeSetOut(l)}` : '   >');
      lines.push('');
    }
  });
  while (lines.length && !lines[lines.length - 1]) lines.pop();
  return { lines, exact, problem };
}

function fence(text) {
  const ticks = /```/.test(text) ? '~~~~' : '```';
  return `${ticks}text\n${text}\n${ticks}`;
}

/** The gallery page, grouped by rule (in the rules' order), each entry with its before and after. */
export async function renderGallery(entries) {
  const { RULES } = await engine();
  const lines = [
    '# Fix gallery',
    '',
    '<!-- Generated by `npm run generate` (scripts/generate-gallery.mjs); do not edit by hand. -->',
    '',
    'Every quick fix the rules offer on the real provisions in `test/fixtures/provisions`, the sample bill',
    '`examples/trafficking-bill.md` and the held-out provisions in `test/fixtures/`, applied alone to the',
    'bill as written: the provision before, the provision after, and the change as an amendment paper states',
    'it (read by `np-lint amend` and applied to the bill before, the instructions give the bill after; `test/review/fixAsAmendment.test.ts`',
    'checks every entry). `test/fix-gallery.test.ts` checks every entry (the finding is cured, numbering and cross-references',
    'still hold, quotations of other instruments are untouched, the bill\'s quote style and definitions are',
    'kept, grammar) and that fixing one finding at a time ends where "fix everything" does.',
    '',
    'Fixes marked *structural* add or remove a subsection, paragraph or sentence. In the editor they apply at',
    'once, one Undo takes them back, and "Show the change first" opens the bill before and after side by side',
    'with "Apply this fix" above it. Information-level hints are never applied by "fix everything".',
    '',
  ];
  for (const rule of RULES) {
    const mine = entries.filter((e) => e.finding.ruleId === rule.meta.id);
    lines.push(`## ${rule.meta.code} ${rule.meta.id}: ${rule.meta.title}`, '');
    if (!mine.length) {
      lines.push('No fix offered on these bills.', '');
      continue;
    }
    lines.push(`${mine.length} fix${mine.length === 1 ? '' : 'es'}.`, '');
    for (const e of mine) {
      const { before, after } = excerpt(e);
      const where = e.finding.provision ? `, ${e.finding.provision}` : '';
      const marks = [e.finding.severity, e.fix.structural ? 'structural' : ''].filter(Boolean).join(', ');
      lines.push(`### ${e.file}${where}`, '', `**${e.fix.title}** (${marks})`, '');
      const c = await amendmentLines(e);
      if (c.lines.length) {
        lines.push('Change, as an amendment:', '', ...c.lines, '');
        if (!c.exact) lines.push(`*np-lint's amendment reader cannot apply this exactly: ${escapeMarkdown(c.problem ?? '')}.*`, '');
      }
      lines.push('Before:', '', fence(before), '', 'After:', '', fence(after), '');
    }
  }
  return lines.join('\n');
}
