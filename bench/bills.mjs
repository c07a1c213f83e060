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

/**
 * Sections of a penal code on other matters (theft, fraud, roads, companies, procedure), written for
 * these benchmarks. Most hold none of the words a rule looks for; some hold a definition, a child or
 * a cross-reference, as the other Parts of a real code do.
 */
const OTHER_PARTS = [
  ['Theft', '(1) A person who dishonestly appropriates property belonging to another, intending to deprive the other of it permanently, commits theft.\n\n(2) A person who commits theft is liable on conviction on indictment to imprisonment for a term not exceeding seven years.'],
  ['Obtaining property by deception', 'A person who by any deception dishonestly obtains property belonging to another commits an offence and is liable to a fine or to imprisonment for a term not exceeding ten years, or to both.'],
  ['Careless driving', 'A person who drives a mechanically propelled vehicle on a road or other public place without reasonable consideration for other persons using it commits an offence.'],
  ['Interpretation of this Part', 'In this Part—\n\n"dwelling" means a building or part of a building in which a person lives;\n\n"weapon of offence" means any article made or adapted for use for causing injury to a person.'],
  ['Books of account', 'Every company shall keep accounting records sufficient to show and explain its transactions, and an officer who fails to take all reasonable steps to secure compliance with this section commits an offence.'],
  ['Abetment', 'A person who aids, abets, counsels or procures the commission of an offence under this Part is liable to be tried and punished as a principal offender.'],
  ['Arrest without warrant', 'A constable may arrest without warrant any person whom the constable has reasonable grounds for suspecting to be committing, or to have committed, an offence under section 12 or section 13.'],
  ['Criminal damage', '(1) A person who without lawful excuse destroys or damages any property belonging to another, intending to destroy or damage it or being reckless as to whether it would be destroyed or damaged, commits an offence.\n\n(2) A person who commits an offence under subsection (1) by fire is charged with arson.'],
  ['Abduction of a child by a parent', 'A person connected with a child under the age of sixteen commits an offence if the person takes or sends the child out of the country without the appropriate consent.'],
  ['Time limit for summary proceedings', 'A magistrates\' court may not try an information for a summary offence unless it is laid within six months from the time when the offence was committed.'],
  ['Forgery', 'A person commits forgery if the person makes a false instrument with the intention that it be used to induce somebody to accept it as genuine, and by reason of so accepting it to do some act to that person\'s own or any other person\'s prejudice.'],
  ['Possession of offensive weapons', 'A person who without lawful authority or reasonable excuse has with him in any public place any offensive weapon commits an offence and is liable on summary conviction to imprisonment for a term not exceeding six months.'],
];

/**
 * A consolidated penal code of at least `bytes` characters in which the sample bill's sections (a
 * trafficking Act, every section of which a rule reads) make up about `share` of the sections, spread
 * through the code, and sections on other matters the rest: what a drafter pastes when the trafficking
 * provisions are one Part of a larger code.
 */
export function makeCode(bytes, share) {
  const parts = ['# Consolidated Penal Code\n\n'];
  let size = parts[0].length;
  const every = Math.max(1, Math.round(1 / share));
  for (let n = 0, b = 0; size < bytes; n++) {
    let s;
    if (n % every === 0) s = body[b++ % body.length].replace(/^## \d+\./, `## ${n + 1}.`).replace(/Westland/g, `Westland ${n}`);
    else {
      const [title, words] = OTHER_PARTS[n % OTHER_PARTS.length];
      s = `## ${n + 1}. ${title}\n\n${words.replace(/section 1([23])/g, (_, d) => `section ${n - 10 + Number(d)}`)}\n\n`;
    }
    parts.push(s);
    size += s.length;
  }
  return parts.join('');
}
