import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { lint } from '../src/engine/lint.js';
import { analyseBill, SectionCache } from '../src/engine/model.js';
import { readConventions } from '../src/engine/drafting/conventions.js';
import { repo } from './paths.js';
import { random } from './random.js';

/**
 * Issue 9, section 4: the editor keeps one SectionCache per document and re-lints after each edit.
 * The result after any sequence of edits must equal a lint from scratch, and a one-character edit
 * must re-analyse only the section it touched.
 */


const sample = readFileSync(repo('examples', 'trafficking-bill.md'), 'utf8');
const sections = sample.split(/^(?=## )/m);

// What a drafter types, pastes or deletes: words that change a provision's reading, headings that
// split a section, line endings, quotation and list markers, whole provisions.
const INSERTS = [
  'x', ' ', '\n', '\n\n', '## ', '## 14A. Defence\n\n', ' not', ' only', ' if compelled', ' as a direct result of being trafficked', '(2) ', '> ', '- ',
  '"child" means a person under 16. ', ' under threat of death', ' victim', ' for offences under the Immigration Act', '<!-- np-lint-disable-next-line closed-offence-list -- agreed -->\n',
  '\r\n', '**', 'section 14 ', '\n## 30. Non-liability of victims\n\nA victim of trafficking shall not be punished for immigration offences.\n',
];

function edit(text: string, rnd: () => number): string {
  const at = Math.floor(rnd() * (text.length + 1));
  const r = rnd();
  if (r < 0.45) {
    const ins = INSERTS[Math.floor(rnd() * INSERTS.length)]!;
    return text.slice(0, at) + ins + text.slice(at);
  }
  if (r < 0.8) return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(rnd() * 40)));
  // Replace a whole section's words with another's (a paste over a provision).
  const from = Math.floor(rnd() * sections.length);
  const end = text.indexOf('\n## ', at);
  return text.slice(0, at) + sections[from]! + (end < 0 ? '' : text.slice(end + 1));
}

describe('incremental re-lint with the section cache', function () {
  this.timeout(900_000);

  it('equals a lint from scratch after every step of 1,000 random edit sequences', () => {
    // A bill of a few sections, so that edits land in provisions as often as not.
    const start = sections.slice(0, 1).concat(sections.slice(12, 17)).join('');
    let steps = 0;
    for (let seed = 1; seed <= 1000; seed++) {
      const rnd = random(seed);
      const cache = new SectionCache();
      let text = start;
      lint(text, { cache });
      const n = 1 + Math.floor(rnd() * 4);
      for (let k = 0; k < n; k++) {
        text = edit(text, rnd);
        steps++;
        assert.deepEqual(lint(text, { cache }), lint(text), `seed ${seed}, edit ${k + 1}:\n${text}`);
      }
      assert.ok(cache.size <= text.length + 1, 'the cache holds no more sections than the bill');
    }
    assert.ok(steps >= 2000, `${steps} edits`);
  });

  it('facts of the whole bill kept section by section follow an edit in a section outside every provision', () => {
    // What a provision's findings read from the rest of the bill, kept with each section between lints
    // (section-facts.ts): another provision on "any other offence" linked to the trafficking (named in
    // the closed-list fix), the way the bill writes ages, a discretion over victims outside a provision.
    // Each is put into section 22 (Regulations, no provision), changed, and taken out again.
    const at = sample.indexOf('## 22. Regulations\n') + '## 22. Regulations\n'.length;
    const put = (words: string) => `${sample.slice(0, at)}\n${words}\n${sample.slice(at)}`;
    const steps = [
      put('Where action is to be taken against a victim for any other offence connected with the trafficking, the officer shall first obtain approval.'),
      put('Where action is to be taken against a victim for any other crime related to their being trafficked, the officer shall first obtain approval.'),
      sample,
      put('A person aged 16, under 17, under 15, aged 12, under 13, aged 14, of 11 years or of 10 years may apply.'),
      put('A person aged 16, under seventeen, under fifteen, aged twelve, under thirteen, aged 14, of 11 years or of 10 years may apply.'),
      put('The Director may decide not to prosecute a victim of trafficking for a minor offence.'),
      sample,
      // The bill's style (drafting/conventions.ts): its quotation marks and apostrophes, "must" or
      // "shall", "notwithstanding" or "despite", paragraphs inserted as "(b.1)".
      put(`${'The "term" and the "word" don\'t differ. '.repeat(6)}The officer must act and must report, notwithstanding anything else.\n\n(b.1) An inserted paragraph.`),
      put(`${'The officer must act and must report. '.repeat(12)}\n\n(b-1) An inserted paragraph, despite anything else.`),
      sample,
    ];
    const cache = new SectionCache();
    lint(sample, { cache });
    const titles = new Set<string>();
    const ages = new Set<string>();
    const STYLE = ['quotes', 'apostrophe', 'modal', 'overriding', 'paragraphInsertHabit'] as const;
    const styles = new Map<string, Set<string>>(STYLE.map((k) => [k, new Set<string>()]));
    for (const [k, text] of steps.entries()) {
      const result = lint(text, { cache });
      assert.deepEqual(result, lint(text), `step ${k + 1}`);
      const conv = readConventions(analyseBill(text, {}, cache));
      assert.equal(conv.ages, readConventions(analyseBill(text)).ages, `step ${k + 1}: the bill's way of writing ages`);
      ages.add(conv.ages);
      const fresh = readConventions(analyseBill(text));
      for (const key of STYLE) {
        assert.equal(conv[key], fresh[key], `step ${k + 1}: the bill's ${key}`);
        styles.get(key)!.add(String(conv[key]));
      }
      for (const f of result.findings) for (const x of f.fixes) if (f.ruleId === 'closed-offence-list') titles.add(x.title);
    }
    // The steps did change what the cached facts decide (else this test could not fail).
    assert.ok([...titles].some((t) => /section 22, on "any other offence connected with the trafficking"/.test(t)), [...titles].join('\n'));
    assert.ok([...titles].some((t) => /section 22, on "any other crime related to their being trafficked"/.test(t)), [...titles].join('\n'));
    assert.ok(ages.size >= 2, `ages read: ${[...ages].join(', ')}`);
    for (const [key, seen] of styles) assert.ok(seen.size >= 2, `${key} read: ${[...seen].join(', ')}`);
    assert.equal(styles.get('paragraphInsertHabit')!.size, 3);
  });

  it('a one-character edit re-analyses only the section it touched', () => {
    const bill = sections.slice(1).join('').repeat(4).replace(/^## \d+\./gm, (() => {
      let n = 0;
      return () => `## ${++n}.`;
    })());
    const cache = new SectionCache();
    const total = lint(bill, { cache }).outline.length;
    assert.ok(total > 80, `${total} sections`);
    const at = bill.indexOf('shall not be', bill.indexOf('## 60.'));
    const misses = cache.misses;
    const hits = cache.hits;
    const edited = bill.slice(0, at) + 'x' + bill.slice(at);
    assert.deepEqual(lint(edited, { cache }), lint(edited));
    assert.equal(cache.misses - misses, 1, 'sections analysed again');
    assert.equal(cache.hits - hits, total - 1, 'sections reused');
  });

  it('keeps no earlier text of the bill alive: sections unchanged by an edit hold only their own words', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    // A bill of distinct sections (a repeated one would be one entry of the cache).
    let n = 0;
    let text = sections.slice(1).join('').repeat(48).replace(/^## \d+\./gm, () => `## ${++n}.`).replace(/Westland/g, () => `Westland ${n++}`);
    const cache = new SectionCache();
    const edit = (k: number) => {
      const at = text.indexOf('shall not', Math.floor((text.length * (k + 0.5)) / 24));
      // A new string for every version, as an editor hands over (never a view of the last one).
      text = Buffer.from(text.slice(0, at) + 'x' + text.slice(at)).toString();
      lint(text, { cache });
    };
    lint(text, { cache });
    // The first re-lints compile code paths and fill caches that last the whole session: not measured.
    for (let k = 0; k < 4; k++) edit(k);
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let k = 4; k < 24; k++) edit(k);
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    // Twenty earlier versions of the bill kept alive would be twenty times its size (two bytes a
    // character: it has curly quotes); the sections the edits re-analysed are far less.
    const bytes = 2 * text.length;
    assert.ok(grown < 5 * bytes, `the heap grew by ${grown} bytes over 20 edits of a bill of ${bytes} bytes`);
  });
});
