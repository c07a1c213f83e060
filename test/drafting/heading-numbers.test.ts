import assert from 'node:assert/strict';
import { lint } from '../../src/engine/index.js';

/**
 * A code's section numbers are read whole, so that a finding names the right provision and an
 * amendment locates it: Canadian "279.05", Australian "271.13B", Ohio "2953.38", Georgia "16-3-6",
 * French "225-4-10" (headings in our own words).
 */
describe('drafting: section numbers of codes are read whole', () => {
  for (const [heading, number] of [
    ['### 2953.38 Clearing the records of victims.', '2953.38'],
    ['## 271.13B Defence—pressure applied by a trafficker', '271.13B'],
    ['### 16-3-6. Defenses to certain sexual crimes.', '16-3-6'],
    ['Article 225-4-10', '225-4-10'],
    ['**279.05 (1)** On application by an accused', '279.05'],
    ['## 14. Non-liability of victims', '14'],
    ['## 17-A. Immunity of victims', '17-A'],
    ['## Article 64 bis', '64 bis'],
    ['**645:2-a Minors not to be prosecuted.**', '645:2-a'],
    ['## Section 12: Victims', '12'],
  ] as const) {
    it(`"${heading}" is number ${number}`, () => {
      const text = `${heading}\n\n(1) A victim of trafficking shall not be criminally liable for prostitution.\n`;
      assert.deepEqual(lint(text).outline.map((o) => o.number), [number]);
    });
  }

  it('names the provision by its whole number in a finding', () => {
    const text = '### 2953.38 Clearing the records of victims.\n\n(1) A victim of trafficking shall not be criminally liable for prostitution.\n';
    assert.ok(lint(text).findings.some((f) => f.provision === 'Section 2953.38'), JSON.stringify(lint(text).findings.map((f) => f.provision)));
  });
});
