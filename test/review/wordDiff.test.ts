import assert from 'node:assert/strict';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { escapeMarkdown, markdownChange } from '../../src/review/markdownText.js';
import { displayText, wordChanges } from '../../src/review/wordDiff.js';

/** What a Markdown reader shows: the text of strong/delete nodes marked, everything else as plain text. */
function rendered(md: string): string {
  type N = { type: string; value?: string; children?: N[] };
  const tree = unified().use(remarkParse).use(remarkGfm).parse(md) as N;
  const walk = (n: N): string => {
    if (n.type === 'text') return n.value ?? '';
    if (n.type === 'html') return (n.value ?? '').replace(/<\/?strong>/g, (t) => (t.startsWith('</') ? ']' : '+[')).replace(/<\/?del>/g, (t) => (t.startsWith('</') ? ']' : '-['));
    const inner = (n.children ?? []).map(walk).join(n.type === 'blockquote' || n.type === 'root' ? '\n' : '');
    if (n.type === 'strong') return `+[${inner}]`;
    if (n.type === 'delete') return `-[${inner}]`;
    return inner;
  };
  return walk(tree);
}

describe('word-level changes', () => {
  it('ignores white space and keeps the new version’s line breaks', () => {
    const s = wordChanges('A victim shall not\nbe liable.', 'A victim shall not be\nliable.');
    assert.deepEqual(s, [{ kind: 'same', text: 'A victim shall not be\nliable.' }]);
  });

  it('takes a word or two the versions share into a rewritten passage, omitted words first', () => {
    const s = wordChanges('(3) The burden of proving, on the balance of probabilities, lies on the accused.', '(3) Where evidence is adduced, the prosecution bears the burden of proving the contrary.');
    const omitted = s.filter((x) => x.kind === 'omitted').map((x) => x.text);
    assert.ok(omitted.length <= 2, JSON.stringify(s));
    const ki = s.findIndex((x) => x.kind === 'inserted');
    const ko = s.findIndex((x) => x.kind === 'omitted');
    assert.ok(ko < ki);
  });

  it('shows headings without their Markdown marks', () => {
    assert.equal(displayText('## 14. Non-liability ##\r\n\r\n(1) Text.\r\n\r\n'), '14. Non-liability\n\n(1) Text.');
  });
});

describe('Markdown for bill text and changes', () => {
  it('escapes bill text so that it reads as written', () => {
    const md = `> ${escapeMarkdown('A *starred* term_x, [link](x) <b>bold</b> | pipe ~~tilde~~ & &amp; `code`')}`;
    assert.equal(rendered(md), 'A *starred* term_x, [link](x) <b>bold</b> | pipe ~~tilde~~ & &amp; `code`');
  });

  it('marks every change so that a Markdown reader shows it, whatever the punctuation beside it', () => {
    const cases: [string, string, string][] = [
      ['victim of trafficking', 'trafficked person', '-[victim of trafficking]+[trafficked person]'],
      ['by video link or from behind', 'by video link, by a statement or from behind', 'by video link+[, by a statement] or from behind'],
      ['family; and', 'family.', 'family-[; and]+[.]'],
      ['section 14(1)', 'section 15(1)', 'section -[14]+[15](1)'],
      ['(a) “child” means', '(a) “minor” means', '(a) “-[child]+[minor]” means'],
      ['1. A list-like line', '2. A list-like line', '-[1]+[2]. A list-like line'],
    ];
    for (const [a, b, want] of cases) {
      const md = markdownChange(wordChanges(a, b));
      assert.equal(rendered(md), want, `${a} → ${b}: ${md}`);
    }
  });

  it('leaves unchanged passages out when asked, with a marker', () => {
    const old = 'Heading\n\n(1) One.\n\n(2) Two.\n\n(3) Three.';
    const neu = 'Heading\n\n(1) One.\n\n(2) Deux.\n\n(3) Three.';
    const md = markdownChange(wordChanges(old, neu), { elide: true });
    assert.equal(md, '> Heading\n>\n> \\[…\\]\n>\n> (2) ~~Two~~**Deux**.\n>\n> \\[…\\]');
  });
});
