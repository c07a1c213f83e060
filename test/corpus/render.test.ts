import { strict as assert } from 'node:assert';
import { CLAUSES } from '../../src/corpus/clauses.generated.js';
import { groupPickItems, pickItems } from '../../src/corpus/picker.js';
import { planInsertion } from '../../src/corpus/insert.js';
import { citationText, renderClause, type NumberingStyle } from '../../src/corpus/render.js';
import { searchClauses } from '../../src/corpus/search.js';
import type { ClauseRecord } from '../../src/corpus/types.js';

const clause = (id: string) => CLAUSES.find((c) => c.id === id) as ClauseRecord;

describe('rendering a clause for a bill', () => {
  it('renders Kenya s. 14 as a bold-heading section with its footnote', () => {
    const r = renderClause(clause('kenya-s14'), { style: 'bold', number: 15 });
    assert.equal(
      r.body,
      '**15. Non-liability of victims of trafficking.** A victim of trafficking in persons shall not be criminally liable for any criminal act that was a direct result of being trafficked.[^np-kenya-s14]',
    );
    assert.equal(
      r.citation,
      '[^np-kenya-s14]: Counter-Trafficking in Persons Act, 2010 (Kenya), s. 14, as quoted in CTOC/COP/WG.4/2020/2, para. 57. Verbatim text, adapted for this bill: initial capital added; final full stop added.',
    );
    assert.equal(r.text, `${r.body}\n\n${r.citation}`);
    assert.equal(r.footnoteLabel, 'np-kenya-s14');
  });

  it('renders a Markdown-heading section, with or without a keyword', () => {
    assert.match(renderClause(clause('philippines-s17'), { style: 'heading', number: 7 }).body, /^## 7\. Legal protection of trafficked persons\n\nTrafficked persons shall/);
    assert.match(renderClause(clause('kenya-s14'), { style: 'heading', number: '21A', keyword: 'Section', headingLevel: 3, title: 'Immunity' }).body, /^### Section 21A — Immunity\n\nA victim/);
    assert.match(renderClause(clause('kenya-s14'), { style: 'bold', number: 4, keyword: 'Article' }).body, /^\*\*Article 4 — Non-liability of victims of trafficking\.\*\* A victim/);
  });

  it('renumbers a clause\'s subsections and its references to them', () => {
    const r = renderClause(clause('pattern-mlp-art13'), { style: 'subsection', number: 3 });
    const paras = r.body.split('\n\n');
    assert.deepEqual(paras.map((p) => p.slice(0, 4)), ['(3) ', '(4) ', '(5) ']);
    assert.match(paras[2]!, /whether subsection \(3\) or \(4\) applies/);
    // A pattern is the project's wording: no adaptation note needed
    assert.match(r.citation, /Drafting pattern: the project's own wording, not a quotation\.$/);
  });

  it('numbers unnumbered paragraphs as subsections and says so for a verbatim text', () => {
    const r = renderClause(clause('philippines-s17'), { style: 'subsection', number: 2 });
    assert.match(r.body, /^\(2\) Trafficked persons/);
    assert.match(r.body, /\n\n\(3\) "Victims of trafficking/);
    assert.match(r.citation, /adapted for this bill: subsection numbers added\.$/);
  });

  it('keeps lettered paragraphs with their subsection when numbering', () => {
    const r = renderClause(clause('pattern-record-relief'), { style: 'subsection', number: 2 });
    assert.deepEqual(r.body.match(/^\(\d+\)/gm), ['(2)', '(3)', '(4)', '(5)']);
    assert.match(r.body, /for an order—\n\n\(a\) vacating[\s\S]*\n\nand relieving the person[^\n]*\n\n\(3\) The court shall make the order/);
    const m = renderClause(clause('malaysia-s25'), { style: 'subsection', number: 4 });
    assert.deepEqual(m.body.match(/^\(\w+\)/gm), ['(4)', '(a)', '(b)', '(c)']);
    assert.match(m.citation, /subsection numbers added/);
  });

  it('keeps a bold heading on its own line when the clause has numbered subsections', () => {
    const r = renderClause(clause('pattern-record-relief'), { style: 'bold', number: 16 });
    assert.match(r.body, /^\*\*16\. Vacating, expunging and sealing records of victims of trafficking\.\*\*\n\n\(1\) A person/);
  });

  it('carries the citation as a drafting note (an HTML comment the checks never read) when asked', () => {
    const r = renderClause(clause('philippines-s17'), { citation: 'note', number: 17 });
    assert.ok(!r.body.includes('[^'));
    assert.match(r.citation, /^<!-- Drafting note: Anti-Trafficking in Persons Act \(Republic Act No\. 9208\)[^]*Verbatim text\. -->$/);
    assert.equal(r.footnoteLabel, undefined);
  });

  it('adapts the Act\'s name and cross-references, and says so', () => {
    const r = renderClause(clause('philippines-s17'), { number: 17, replace: { 'this Act': 'the Counter-Trafficking Act 2025', 'Section 4 of this Act': 'section 3' } });
    assert.match(r.body, /enumerated in the Counter-Trafficking Act 2025/);
    assert.match(r.body, /as defined under section 3 are not covered/);
    assert.match(r.citation, /cross-references and names adapted/);
  });

  it('never drops the citation, whatever the style or form', () => {
    const styles: NumberingStyle[] = ['bold', 'heading', 'subsection', 'plain'];
    for (const c of CLAUSES) {
      for (const style of styles) {
        for (const citation of ['footnote', 'note'] as const) {
          const r = renderClause(c, { style, citation, number: 9 });
          const cited = c.citation.replace(/[.\s]+$/, '');
          assert.ok(r.text.includes(cited), `${c.id} ${style} ${citation}`);
          assert.ok(r.text.includes(r.citation) && r.citation.length > cited.length, `${c.id} ${style} ${citation}`);
          if (citation === 'footnote') {
            assert.ok(r.body.includes(`[^${r.footnoteLabel}]`) && r.citation.startsWith(`[^${r.footnoteLabel}]: `), `${c.id}: reference and definition`);
          }
        }
      }
    }
  });

  it('renders a fragment as it is by default (for quick fixes inside a sentence)', () => {
    const r = renderClause(clause('pattern-open-scope'));
    assert.equal(r.body, 'any offence committed as a direct result of being trafficked, including[^np-pattern-open-scope]');
  });

  it('marks the office\'s clauses in the citation', () => {
    const c = { ...clause('kenya-s14'), origin: 'workspace' as const };
    assert.match(citationText(c), /From the drafting office's clause library\.$/);
  });
});

describe('the clause picker', () => {
  it('gives quick-pick items with the jurisdiction, what the text is and a preview', () => {
    const items = pickItems(searchClauses(CLAUSES, 'kenya', { limit: 1 }));
    assert.equal(items[0]!.clauseId, 'kenya-s14');
    assert.match(items[0]!.description, /^Kenya · verbatim$/);
    assert.match(items[0]!.detail, /^a victim of trafficking in persons/);
    const mlp = pickItems(searchClauses(CLAUSES, 'model legislative 13', { limit: 1 }))[0]!;
    assert.match(mlp.description, /drafting pattern \(not a quotation\)/);
  });

  it('lists good models first, then treaties and guidance (as drafting notes), then flawed examples (for comparison only)', () => {
    const groups = groupPickItems(searchClauses(CLAUSES, ''));
    assert.deepEqual(groups.map((g) => g.use), ['model', 'note', 'comparison']);
    const ids = (use: string) => groups.find((g) => g.use === use)!.items.map((i) => i.clauseId);
    assert.ok(ids('model').includes('kenya-s14') && ids('model').includes('philippines-s17') && ids('model').includes('pattern-mlp-art13'));
    assert.ok(ids('note').includes('actip-art14-7') && ids('note').includes('coe-convention-art26') && ids('note').includes('ohchr-principle-7'));
    for (const id of ['brunei-s47', 'malaysia-s25', 'indonesia-art18', 'lao-art39', 'myanmar-s16', 'myanmar-s17', 'thailand-s41', 'vietnam-art4-5']) {
      assert.ok(ids('comparison').includes(id), id);
    }
    const malaysia = groups.find((g) => g.use === 'comparison')!.items.find((i) => i.clauseId === 'malaysia-s25')!;
    assert.match(malaysia.description, /for comparison only/);
    assert.match(malaysia.detail, /^Known defects: Protection limited to a closed list of offences; /);
    // A search for a country still shows its flawed example, below any model.
    const asean = groupPickItems(searchClauses(CLAUSES, 'asean'));
    assert.equal(asean[asean.length - 1]!.use, 'comparison');
  });
});
