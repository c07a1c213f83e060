// Word's automatic numbering ("14.", "(1)", "(a)", "(iv)"), which converters drop: the numbers are not
// in the text but computed by Word from word/numbering.xml. This module computes them the way Word
// does for the common cases (ECMA-376 Part 1, 17.9 "Numbering"): counters shared by every list of one
// abstract numbering, restarted by a start override, deeper levels restarted by a higher one, the
// level text ("%1.", "(%2)") filled with each level's number format.

/** The few DOM members used here (an @xmldom/xmldom Element). */
export interface XmlElement {
  tagName: string;
  childNodes: ArrayLike<unknown>;
  getAttribute(name: string): string | null;
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
}

interface Level {
  start: number;
  format: string;
  text: string;
  /** What follows the number: a tab (shown as a space), a space, or nothing. */
  suffix: string;
  legal: boolean;
  style?: string;
}

function children(el: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (let i = 0; i < el.childNodes.length; i++) {
    const c = el.childNodes[i] as XmlElement;
    if (c && typeof c.tagName === 'string' && (!name || c.tagName === name)) out.push(c);
  }
  return out;
}
const child = (el: XmlElement | undefined, name: string) => (el ? children(el, name)[0] : undefined);
const val = (el: XmlElement | undefined) => el?.getAttribute('w:val') ?? undefined;

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [v, s] of table) while (n >= v) {
    out += s;
    n -= v;
  }
  return out;
}

/** A number in one of Word's formats (w:numFmt): decimal, lowerLetter ("a"... "z", "aa"), lowerRoman... */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
    case 'upperLetter': {
      // Word repeats the letter: a...z, aa...zz, aaa...
      const letter = String.fromCharCode(97 + ((Math.max(1, n) - 1) % 26)).repeat(Math.floor((Math.max(1, n) - 1) / 26) + 1);
      return format === 'upperLetter' ? letter.toUpperCase() : letter;
    }
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'none':
      return '';
    case 'ordinal':
      return `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
    default:
      return String(n);
  }
}

function readLevel(lvl: XmlElement): Level {
  const start = Number(val(child(lvl, 'w:start')) ?? '0');
  const suff = val(child(lvl, 'w:suff')) ?? 'tab';
  const level: Level = {
    start: Number.isFinite(start) ? start : 0,
    format: val(child(lvl, 'w:numFmt')) ?? 'decimal',
    text: val(child(lvl, 'w:lvlText')) ?? '',
    suffix: suff === 'nothing' ? '' : ' ',
    legal: child(lvl, 'w:isLgl') !== undefined && val(child(lvl, 'w:isLgl')) !== '0' && val(child(lvl, 'w:isLgl')) !== 'false',
  };
  const style = val(child(lvl, 'w:pStyle'));
  if (style) level.style = style;
  return level;
}

/** What a paragraph's numbering is: a list (abstract numbering) and a level. */
interface NumRef {
  numId: string;
  ilvl: number;
}

/**
 * Computes the number label of each numbered paragraph, in document order. Feed it every paragraph
 * (w:p) of the body in order with `label`; it returns "14." or "(a)" (with the separator Word puts
 * after the number), '' for a bullet or an unnumbered paragraph.
 */
export class Numbering {
  private readonly abstract = new Map<string, Map<number, Level>>();
  /** numId → abstractNumId, and the level start overrides of that list. */
  private readonly nums = new Map<string, { abstractId: string; overrides: Map<number, number>; levels: Map<number, Level> }>();
  /** Paragraph styles: their own numbering and the style they are based on. */
  private readonly styles = new Map<string, { num?: Partial<NumRef>; basedOn?: string }>();
  /** Paragraph style → the list level that names it (w:lvl/w:pStyle). */
  private readonly levelOfStyle = new Map<string, { abstractId: string; ilvl: number }>();
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly started = new Set<string>();

  constructor(numberingXml?: XmlElement, stylesXml?: XmlElement) {
    if (numberingXml) {
      for (const a of Array.from(numberingXml.getElementsByTagName('w:abstractNum'))) {
        const id = a.getAttribute('w:abstractNumId') ?? '';
        const levels = new Map<number, Level>();
        for (const lvl of children(a, 'w:lvl')) {
          const ilvl = Number(lvl.getAttribute('w:ilvl') ?? '0');
          const level = readLevel(lvl);
          levels.set(ilvl, level);
          if (level.style) this.levelOfStyle.set(level.style, { abstractId: id, ilvl });
        }
        this.abstract.set(id, levels);
      }
      for (const n of Array.from(numberingXml.getElementsByTagName('w:num'))) {
        const overrides = new Map<number, number>();
        const levels = new Map<number, Level>();
        for (const o of children(n, 'w:lvlOverride')) {
          const ilvl = Number(o.getAttribute('w:ilvl') ?? '0');
          const start = val(child(o, 'w:startOverride'));
          if (start !== undefined) overrides.set(ilvl, Number(start));
          const lvl = child(o, 'w:lvl');
          if (lvl) levels.set(ilvl, readLevel(lvl));
        }
        this.nums.set(n.getAttribute('w:numId') ?? '', { abstractId: val(child(n, 'w:abstractNumId')) ?? '', overrides, levels });
      }
    }
    if (stylesXml) {
      for (const s of Array.from(stylesXml.getElementsByTagName('w:style'))) {
        if (s.getAttribute('w:type') !== 'paragraph') continue;
        const numPr = child(child(s, 'w:pPr'), 'w:numPr');
        const entry: { num?: Partial<NumRef>; basedOn?: string } = {};
        if (numPr) {
          const numId = val(child(numPr, 'w:numId'));
          const ilvl = val(child(numPr, 'w:ilvl'));
          entry.num = {};
          if (numId !== undefined) entry.num.numId = numId;
          if (ilvl !== undefined) entry.num.ilvl = Number(ilvl);
        }
        const basedOn = val(child(s, 'w:basedOn'));
        if (basedOn) entry.basedOn = basedOn;
        this.styles.set(s.getAttribute('w:styleId') ?? '', entry);
      }
    }
  }

  /** The paragraph's list and level: its own w:numPr, else its style's (following w:basedOn). */
  private refOf(p: XmlElement): NumRef | undefined {
    const pPr = child(p, 'w:pPr');
    const numPr = child(pPr, 'w:numPr');
    const styleId = val(child(pPr, 'w:pStyle'));
    let numId = val(child(numPr, 'w:numId'));
    let ilvl = val(child(numPr, 'w:ilvl')) !== undefined ? Number(val(child(numPr, 'w:ilvl'))) : undefined;
    const seen = new Set<string>();
    for (let s = styleId; s && !seen.has(s) && (numId === undefined || ilvl === undefined); s = this.styles.get(s)?.basedOn) {
      seen.add(s);
      const st = this.styles.get(s)?.num;
      if (numId === undefined && st?.numId !== undefined) numId = st.numId;
      if (ilvl === undefined && st?.ilvl !== undefined) ilvl = st.ilvl;
      if (ilvl === undefined && st) {
        const byStyle = this.levelOfStyle.get(s);
        if (byStyle) ilvl = byStyle.ilvl;
      }
    }
    if (numId === undefined || numId === '0') return undefined;
    return { numId, ilvl: ilvl ?? 0 };
  }

  private level(numId: string, ilvl: number): Level | undefined {
    const num = this.nums.get(numId);
    if (!num) return undefined;
    return num.levels.get(ilvl) ?? this.abstract.get(num.abstractId)?.get(ilvl);
  }

  /** The number label of the next paragraph in document order ('' when it has none); advances the counters. */
  label(p: XmlElement): string {
    const ref = this.refOf(p);
    if (!ref) return '';
    const num = this.nums.get(ref.numId);
    const lvl = this.level(ref.numId, ref.ilvl);
    if (!num || !lvl || lvl.format === 'bullet') return '';
    const key = num.abstractId;
    let counters = this.counters.get(key);
    if (!counters) this.counters.set(key, (counters = []));
    // A list instance with a start override restarts its abstract list the first time it is used.
    if (!this.started.has(ref.numId)) {
      this.started.add(ref.numId);
      for (const [ilvl, start] of num.overrides) counters[ilvl] = start - 1;
    }
    counters[ref.ilvl] = (counters[ref.ilvl] ?? lvl.start - 1) + 1;
    for (let i = ref.ilvl + 1; i < 9; i++) counters[i] = undefined;
    const text = lvl.text.replace(/%([1-9])/g, (_, d: string) => {
      const i = Number(d) - 1;
      const l = this.level(ref.numId, i);
      const n = counters![i] ?? l?.start ?? 1;
      return formatNumber(n, lvl.legal ? 'decimal' : l?.format ?? 'decimal');
    });
    return text ? text + lvl.suffix : '';
  }
}
