// Bills for the benchmarks: a generated consolidated bill of any size, made of the sample bill's
// sections renumbered so that no two are alike, and the adversarial inputs of issue 9, each grown
// to a given size so that it can be compared with a benign bill of the same size.
import { readFileSync } from 'node:fs';

const sample = readFileSync(new URL('../examples/trafficking-bill.md', import.meta.url), 'utf8');
const body = sample.split(/^(?=## )/m).slice(1);

/** A bill of at least `bytes` characters: a title, then the sample's sections renumbered 1, 2, 3... */
export function makeBill(bytes) {
  const parts = ['# Consolidated Criminal Code\n\n'];
  let size = parts[0].length;
  for (let n = 0; size < bytes; n++) {
    const s = body[n % body.length].replace(/^## \d+\./, `## ${n + 1}.`).replace(/Westland/g, `Westland ${n}`);
    parts.push(s);
    size += s.length;
  }
  return parts.join('');
}

/** `unit` repeated until the text is at least `bytes` characters, after `head`. */
function grow(head, unit, bytes) {
  return head + unit.repeat(Math.max(1, Math.ceil((bytes - head.length) / unit.length)));
}

const S14 = '## 14. Non-liability of victims\n\n';

/** The shapes that were slow or crashed (issue 9), each as a function of the size in characters. */
export const ADVERSARIAL = {
  'headings of spaces and U+2028/U+2029': (n) => grow('', '## ' + ' \u2028 \u2029'.repeat(249) + '\n', n),
  'compulsion and causation phrases in one paragraph': (n) =>
    grow(S14 + 'A victim shall not be punished for an offence ', 'where compelled as a direct result of being trafficked, or compelled by threats as a direct consequence of trafficking, ', n) + 'offences.\n',
  'runs of spaces after the negation': (n) => grow(S14 + 'A victim of trafficking shall not', ' '.repeat(1000) + ' \n', n) + ' be punished where the offence was a direct result of trafficking.\n',
  'numbered lines in one paragraph': (n) => {
    const lines = [S14];
    let size = S14.length;
    for (let i = 0; size < n; i++) {
      const line = `(${(i % 999) + 1}) A victim of trafficking shall not be detained in shelter ${i};\n`;
      lines.push(line);
      size += line.length;
    }
    return lines.join('');
  },
  'nested block quotation markers (50,000 per line)': (n) => grow('', '>'.repeat(50_000) + ' A victim of trafficking shall not be punished for prostitution offences.\n\n', n),
  'runs of "*"': (n) => grow('', '*'.repeat(100_000) + ' A victim shall not be punished.\n\n', n),
  'one line as long as the file': (n) => grow(S14, 'A victim of trafficking shall not be punished for prostitution. ', n) + '\n',
};
