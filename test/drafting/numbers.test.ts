import { strict as assert } from 'node:assert';
import { drafting } from '../../src/engine/index.js';

const { compareSectionNumbers, sectionNumberBetween, subsectionNumberBetween, paragraphLetterBetween } = drafting;

describe('drafting: numbers of inserted provisions', () => {
  it('orders section numbers as a bill runs: 14 < 14ZA < 14A < 14AA < 14B < 15, and 14 < 14 bis < 14 ter < 15', () => {
    const order = ['14', '14ZA', '14A', '14AA', '14B', '15'];
    for (let i = 0; i + 1 < order.length; i++) assert.ok(compareSectionNumbers(order[i]!, order[i + 1]!) < 0, `${order[i]} < ${order[i + 1]}`);
    const latin = ['3', '3 bis', '3ter', '3 quater', '4'];
    for (let i = 0; i + 1 < latin.length; i++) assert.ok(compareSectionNumbers(latin[i]!, latin[i + 1]!) < 0, `${latin[i]} < ${latin[i + 1]}`);
    assert.equal(compareSectionNumbers('14a', '14A'), 0);
    assert.equal(compareSectionNumbers('3bis', '3 bis'), 0);
  });

  it('gives the next free number after a section: 14A where 15 is taken, 14B after 14A, 15 where it is free', () => {
    assert.equal(sectionNumberBetween('14', '15', ['14', '15']), '14A');
    assert.equal(sectionNumberBetween('14A', '15', ['14', '14A', '15']), '14B');
    assert.equal(sectionNumberBetween('14', '16', ['14', '16']), '15');
    assert.equal(sectionNumberBetween('14', '14A', ['14', '14A', '15']), '14ZA');
    assert.equal(sectionNumberBetween('14A', '14B', ['14A', '14B']), '14AA');
    assert.equal(sectionNumberBetween('23', undefined, ['22', '23']), '24');
    assert.equal(sectionNumberBetween('14A', undefined, ['14', '14A']), '15');
  });

  it('keeps a bill’s Latin habit: 14 bis, then 14 ter', () => {
    assert.equal(sectionNumberBetween('14', '15', ['14', '15'], 'latin'), '14 bis');
    assert.equal(sectionNumberBetween('14 bis', '15', ['14', '14 bis', '15'], 'latin'), '14 ter');
  });

  it('numbers a section inserted before the first as 1 where free, else A1', () => {
    assert.equal(sectionNumberBetween(undefined, '3', ['3']), '1');
    assert.equal(sectionNumberBetween(undefined, '1', ['1', '2']), 'A1');
  });

  it('numbers subsections (3A between (3) and (4); 5 after the last) and paragraphs ((ba), or the bill’s (b.1))', () => {
    assert.equal(subsectionNumberBetween('3', '4', ['1', '2', '3', '4']), '3A');
    assert.equal(subsectionNumberBetween('4', undefined, ['1', '2', '3', '4']), '5');
    assert.equal(paragraphLetterBetween('b', 'c', ['a', 'b', 'c']), 'ba');
    assert.equal(paragraphLetterBetween('b', 'c', ['a', 'b', 'ba', 'c']), 'bb');
    assert.equal(paragraphLetterBetween('b', 'c', ['a', 'b', 'c'], 'dot'), 'b.1');
    assert.equal(paragraphLetterBetween('b', 'c', ['a', 'b', 'c'], 'hyphen'), 'b-1');
    assert.equal(paragraphLetterBetween('c', undefined, ['a', 'b', 'c']), 'd');
    assert.equal(paragraphLetterBetween('z', undefined, []), 'aa');
    assert.equal(paragraphLetterBetween('ii', undefined, ['i', 'ii'], 'letters', true), 'iii');
    assert.equal(paragraphLetterBetween(undefined, undefined, []), 'a');
  });
});
