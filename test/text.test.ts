import assert from 'node:assert/strict';
import { concatMapped, countBetweenLetters, detectEol, LineIndex, MappedBuilder, shiftedMap } from '../src/engine/text.js';
import { parseBlocks } from '../src/engine/markdown.js';
import { random } from './random.js';

/** The drafting conventions count a bill's apostrophes between letters (curly or straight) without a pattern over the whole text. */
describe('text: marks between letters', () => {
  it('counts an apostrophe between two letters, in any script, as the pattern of a letter, the mark and a letter does', () => {
    assert.equal(countBetweenLetters("the victim's consent, the Minister's power", "'"), 2);
    assert.equal(countBetweenLetters('the victim’s consent; l’État', '’'), 2);
    assert.equal(countBetweenLetters("'quoted' words, 1990's, rock 'n' roll", "'"), 0, 'not after a space or a digit, nor before a space');
    assert.equal(countBetweenLetters("a'b'c", "'"), 1, 'matches do not overlap');
    assert.equal(countBetweenLetters("\u{1d400}'\u{1d401}", "'"), 1, 'letters outside the Basic Multilingual Plane');
    assert.equal(countBetweenLetters("\udc00'a", "'"), 0, 'half a character is not a letter');
    const marks = ["'", '’', 'a', 'Z', 'é', ' ', '1', '\u{1d400}', '\ud835', '\udc00', '\u4e00', '\n'];
    const rnd = random(11);
    for (let k = 0; k < 20000; k++) {
      let t = '';
      const n = Math.floor(rnd() * 12);
      for (let i = 0; i < n; i++) t += marks[Math.floor(rnd() * marks.length)];
      assert.equal(countBetweenLetters(t, "'"), (t.match(/\p{L}'\p{L}/gu) ?? []).length, JSON.stringify(t));
      assert.equal(countBetweenLetters(t, '’'), (t.match(/\p{L}’\p{L}/gu) ?? []).length, JSON.stringify(t));
    }
  });
});

describe('text: the line index', () => {
  it('tells the line ending a text mostly uses, as detectEol does, while it indexes the lines', () => {
    const rnd = random(12);
    const parts = ['a', ' ', '\n', '\r', '\r\n', '\r\n\r\n', 'word'];
    for (let k = 0; k < 5000; k++) {
      let t = '';
      const n = Math.floor(rnd() * 10);
      for (let i = 0; i < n; i++) t += parts[Math.floor(rnd() * parts.length)];
      assert.equal(new LineIndex(t).eol, detectEol(t), JSON.stringify(t));
    }
    assert.equal(new LineIndex('a\r\nb\nc\r\n').eol, '\r\n');
    assert.equal(new LineIndex('a\rb\rc\n').eol, '\r');
    assert.equal(new LineIndex('no line ending').eol, '\n');
  });
});

/** Offset maps are held compactly (two bytes a character while offsets fit, slices shared); the offsets must stay exact. */
describe('text: offset maps', () => {
  it('keeps every offset exact past 65,535, in a builder, a shifted map and a joined text', () => {
    const b = new MappedBuilder();
    const offsets = [0, 7, 65535, 65536, 70000, 3, 1_000_000];
    for (const o of offsets) b.push(97, o);
    const m = b.finish();
    assert.equal(m.text, 'aaaaaaa');
    assert.deepEqual([...m.map], offsets);
    assert.deepEqual([...shiftedMap(Uint16Array.from([0, 65535]), 1)], [1, 65536]);
    const small = { text: 'ab', map: Uint16Array.from([1, 2]) };
    const wide = { text: 'cd', map: Int32Array.from([70000, 70001]) };
    assert.deepEqual([...concatMapped([small, wide], '\n').map], [1, 2, 2, 70000, 70001]);
  });

  it('maps a paragraph far into a long text to its source, read in slices or whole', () => {
    const filler = 'A person who steals property commits an offence.\n\n'.repeat(1400);
    const words = 'A victim of *trafficking* shall not be punished.';
    for (const text of [filler + words + '\n', '\ufeff' + filler + words + '\n', filler + 'line\n'.repeat(250) + '\n' + words + '\n']) {
      const b = parseBlocks(text).at(-1)!;
      assert.equal(b.text, 'A victim of trafficking shall not be punished.');
      const at = text.lastIndexOf(words);
      assert.ok(at > 65535);
      assert.equal(b.map[0], at);
      assert.equal(b.map[12], at + 13, 'after the emphasis mark');
      assert.equal(text.slice(b.map[b.text.length - 1]!, b.map[b.text.length - 1]! + 1), '.');
    }
  });
});
