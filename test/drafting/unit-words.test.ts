import assert from 'node:assert/strict';
import { lint } from '../../src/engine/index.js';

/**
 * New text names the provision as the bill does: "this section", "this article", or, in a code whose
 * sections call themselves "Code sections" (Georgia style: "As used in this Code section"), "this Code
 * section". Paraphrased provisions (own words).
 */
describe('drafting: the provision’s name for itself in new text', () => {
  const bill = (definition: string) => `# Criminal Code amendments

## 16-3-6. Coerced sexual acts; defense

(a) ${definition} the term "sexual crime" means prostitution, solicitation or keeping a place of prostitution.

(b) A person charged with a sexual crime shall not be guilty of that crime if the conduct was the direct result of being trafficked.
`;
  const inserted = (text: string, ruleId: string) => lint(text).findings.find((f) => f.ruleId === ruleId)?.fixes[0]?.edits.map((e) => e.newText).join('') ?? '';

  it('writes "this Code section" where the section calls itself so', () => {
    const text = bill('As used in this Code section,');
    assert.match(inserted(text, 'criminal-liability-only'), /^\s*\(c\) Where this Code section applies to an act done by a person, /);
    assert.match(inserted(text, 'missing-child-provision'), /\(c\) Where the person is a child, this Code section applies to any offense committed by the child/);
  });

  it('writes "this section" where it does not', () => {
    const text = bill('In this section,');
    assert.match(inserted(text, 'criminal-liability-only'), /^\s*\(c\) Where (?:this section|subsection \(b\)) applies to an act done by a person, /);
    assert.match(inserted(text, 'missing-child-provision'), /this section applies to any offense committed by the child/);
    assert.doesNotMatch(inserted(text, 'missing-child-provision'), /Code section/);
  });
});
