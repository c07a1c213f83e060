import { preambleReading, readSection, type Protection, type SectionReading, type Span } from './analyse.js';
import { modelSection, provisionName, type SectionModel } from './bill.js';
import { NumberSearch, READ_ALL, type SectionScan } from './scan.js';
import { headingParts, isContainerHeading, splitSections, type SectionChunk } from './sections.js';
import { detectEol, LineIndex } from './text.js';
import { otherTextsOf, type OtherText } from './document-kind.js';
import type { LintConfig } from './types.js';

/** A section with its analysis, and the offset of its first character in the document. */
export interface AnalysedSection {
  base: number;
  chunk: SectionChunk;
  model: SectionModel;
  /** What all rules share: the section's protections, carve-outs... (offsets relative to the section). */
  reading: SectionReading;
  /**
   * The protections the section states, including record relief that protects victims by referring
   * to a non-punishment provision ("an offence in respect of which section 14 would have applied").
   */
  protections: Protection[];
  /** Each rule's recognition of the section, computed on first use and cached with the section's text. */
  facts: Map<string, unknown>;
  /**
   * As a drafter names it: "Section 14"; for a section quoted for insertion by an amending
   * provision, "Section 14A, as inserted by clause 5" (the inserting provision's own name; "as
   * substituted by" where it replaces a provision); for the
   * rest of an amending section after such a quotation, the amending section's name.
   */
  name: string;
  /**
   * The section is part of the preamble: the title, long title and recitals before the enacting
   * words or the first numbered section, Part or Chapter. Not enacting text: rules may decline to
   * flag or fix it. (Each recital clause is also marked `recital` in the model.)
   */
  preamble: boolean;
  /**
   * Whether the section was read in full. A section the scan (see scan.ts) found none of the rules'
   * words in is only indexed: its heading fields are known, its clauses, sentences and reading are
   * computed on first use, and the rules take its reading and their facts of it to be those of a
   * section with no words (`protections` is empty). It is read in full (and this becomes true) if a
   * provision turns out to need it.
   */
  inFull: boolean;
}

/** A non-punishment provision: the section(s) that state it and the sections that refer to it. */
export interface Provision {
  primary: AnalysedSection;
  attached: AnalysedSection[];
  name: string;
}

export interface AnalysedBill {
  text: string;
  lines: LineIndex;
  eol: string;
  config: LintConfig;
  sections: AnalysedSection[];
  provisions: Provision[];
  /**
   * Text that is not the bill's own, as the document says of itself (see document-kind.ts): the
   * whole document when it is another instrument's text or an explanatory memorandum; a memorandum
   * printed after the bill; a clause quoted in words describing the bill. Findings on it are
   * reported; no fix writes into it. Empty for a bill.
   */
  otherTexts: OtherText[];
}

interface CacheEntry {
  model: SectionModel;
  /** The section's reading, computed on first use for a section only indexed. */
  readonly reading: SectionReading;
  facts: Map<string, unknown>;
  generation: number;
  /** Whether the scan asked for the section to be read in full. */
  inFull: boolean;
}

/**
 * A section's model whose heading fields are read at once and whose clauses, sentences, definitions
 * and references are computed (by `modelSection`, exactly as for a section read in full) the first
 * time any of them is asked for. A class, not an object with its own getters: V8 gives each object
 * with getters of its own a hidden class of its own, which on a large bill cost more memory than the
 * words (issue 9, peak heap). Its getters are on the prototype, so a copy made by spreading it
 * (`{ ...model }`) would lose them: a copy names them (as `operativeModel` in analyse.ts does).
 */
class IndexedModel implements SectionModel {
  readonly heading: string;
  readonly number: string;
  readonly keyword: string;
  readonly title: string;
  readonly isContainer: boolean;
  readonly headingStart: number;
  readonly headingEnd: number;
  // ES private fields, so that a spread copy of the model carries only its fields.
  readonly #text: string;
  readonly #chunk: SectionChunk;
  #full: SectionModel | undefined;

  constructor(text: string, chunk: SectionChunk) {
    this.#text = text;
    this.#chunk = chunk;
    this.headingStart = chunk.headingStart - chunk.start;
    this.headingEnd = chunk.headingEnd - chunk.start;
    const parts = headingParts(chunk.headingText);
    this.heading = chunk.headingText;
    this.number = parts.number;
    this.keyword = parts.keyword;
    this.title = parts.title;
    this.isContainer = isContainerHeading(chunk.headingText);
  }

  #model(): SectionModel {
    return (this.#full ??= modelSection(this.#text, this.#chunk.headingText, this.headingStart, this.headingEnd, this.#chunk.quoted ? { quoted: this.#chunk.quoted } : {}));
  }
  get clauses() {
    return this.#model().clauses;
  }
  get sentences() {
    return this.#model().sentences;
  }
  get definitions() {
    return this.#model().definitions;
  }
  get references() {
    return this.#model().references;
  }
}

function indexedModel(text: string, chunk: SectionChunk): SectionModel {
  return new IndexedModel(text, chunk);
}

/** A section's cached analysis, its reading computed on first use (see `CacheEntry`). */
class Entry implements CacheEntry {
  facts = new Map<string, unknown>();
  #read: SectionReading | undefined;

  constructor(
    readonly model: SectionModel,
    public generation: number,
    readonly inFull: boolean,
    readonly place: string,
  ) {
    if (inFull) this.#read = readSection(model);
  }

  get reading(): SectionReading {
    return (this.#read ??= readSection(this.model));
  }
}

/** A string with the same characters that shares no storage with the string it came from. */
function ownCopy(text: string): string {
  // Joining makes a new string of both parts; slicing that keeps only it (with one character more).
  return (' ' + text).slice(1);
}

/**
 * Caches section analyses by the section's text. Sections are analysed with offsets relative to
 * their own start, so a section whose words did not change is reused even if it moved; each rule's
 * recognition of the section is cached in the same entry. Entries not used by the latest analysis of
 * a document are dropped, so the cache never outgrows the document.
 */
export class SectionCache {
  /** By the section's text, then by where its heading is and whether it is quoted (see `place`). */
  private readonly entries = new Map<string, (CacheEntry & { place: string })[]>();
  private generation = 0;
  private count = 0;
  hits = 0;
  misses = 0;

  /**
   * @param ownText Whether each entry keeps its own copy of its section's words (see `get`): needed
   * by a cache that outlives the text it was given (the editor's, kept between edits); a cache used
   * for one analysis only shares the bill's text instead.
   */
  constructor(private readonly ownText = true) {}

  begin(): void {
    this.generation++;
  }

  /** The analysis of one section: read in full unless `scan` finds none of the rules' words in it. */
  get(text: string, chunk: SectionChunk, scan: SectionScan = READ_ALL): CacheEntry {
    // The text is the key as it stands (not joined with the rest, which would copy every section's text on every lint).
    const place = `${chunk.headingStart - chunk.start}:${chunk.headingEnd - chunk.start}:${chunk.quoted ?? ''}`;
    const same = this.entries.get(text);
    let e = same?.find((x) => x.place === place);
    if (e) {
      this.hits++;
      e.generation = this.generation;
      return e;
    }
    this.misses++;
    // The entry keeps its own copy of the words: the text given is a slice of the bill, and an entry
    // that outlives the bill (the section unchanged by later edits) must not keep the whole bill alive.
    if (this.ownText) text = ownCopy(text);
    const model = indexedModel(text, chunk);
    const inFull = scan.test(text, model.title || model.heading);
    e = new Entry(model, this.generation, inFull, place);
    if (same) same.push(e);
    else this.entries.set(text, [e]);
    this.count++;
    return e;
  }

  end(): void {
    for (const [k, list] of this.entries) {
      const kept = list.filter((e) => e.generation === this.generation);
      this.count -= list.length - kept.length;
      if (!kept.length) this.entries.delete(k);
      else if (kept.length < list.length) this.entries.set(k, kept);
    }
  }

  /** How many section analyses the cache holds. */
  get size(): number {
    return this.count;
  }
}

/**
 * A section that states a non-punishment provision. A Part or Chapter heading names a group of
 * sections; it is a provision only when its own text (a Part with no section headings below it)
 * protects victims.
 */
function isProvision(s: AnalysedSection): boolean {
  if (s.model.isContainer) return s.protections.length > 0;
  return s.reading.headingIsProvision || s.protections.length > 0;
}

// Words of enactment: "BE IT ENACTED by ...", "ENACTED by the Parliament ... as follows—", "The Parliament enacts:".
const ENACTING_START = /^(?:(?:and\s+)?now,?\s+therefore\b|(?:be\s+it\s+)?enacted\b)|\bhereby\s+enacted\b/i;
const ENACTS = /\benacts?\b/i;

function isEnactingFormula(t: string): boolean {
  if (ENACTING_START.test(t)) return true;
  const last = t.trimEnd().slice(-1);
  return ':—–-'.includes(last) && last !== '' && ENACTS.test(t.slice(-160));
}

/** How many sections at the start of the bill are its preamble (see `AnalysedSection.preamble`). */
function preambleLength(sections: { chunk: SectionChunk; model: SectionModel }[]): number {
  const body = sections.findIndex((s) => s.model.number !== '' || s.model.isContainer || s.chunk.quoted);
  const limit = body < 0 ? sections.length : body;
  for (let k = limit - 1; k >= 0; k--) if (sections[k]!.model.clauses.some((c) => isEnactingFormula(c.text))) return k + 1;
  if (body >= 0) return body;
  // No numbered section: only leading recitals are preamble.
  let k = 0;
  while (k < sections.length && sections[k]!.model.clauses.length > 0 && sections[k]!.model.clauses.every((c) => c.recital)) k++;
  return k;
}

/** The name of operative text with no heading of its own (a provision pasted without its heading, or a whole document of paragraphs). */
export const UNHEADED = 'This provision';

/** "Section 5" as it reads inside a sentence: "section 5". */
function inRunningText(name: string): string {
  return /^(?:Section|Clause|Article|Regulation|Rule)\s/.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name;
}

/**
 * A section of an analysed bill (see `AnalysedSection`): its reading is its cache entry's, computed
 * on first use, unless one is set (the preamble's). A class, for the reason `IndexedModel` is one.
 */
class BillSection implements AnalysedSection {
  base: number;
  model: SectionModel;
  protections: Protection[];
  facts: Map<string, unknown>;
  name: string;
  preamble = false;
  inFull: boolean;
  #entry: CacheEntry;
  #reading: SectionReading | undefined;

  constructor(
    public chunk: SectionChunk,
    entry: CacheEntry,
  ) {
    this.#entry = entry;
    this.base = chunk.start;
    this.model = entry.model;
    this.protections = entry.inFull ? entry.reading.protections : [];
    this.facts = entry.facts;
    this.name = provisionName(entry.model);
    this.inFull = entry.inFull;
  }

  get reading(): SectionReading {
    return this.#reading ?? this.#entry.reading;
  }
  set reading(r: SectionReading) {
    this.#reading = r;
  }
}

/**
 * Analyses a bill: splits it into sections, reads them (through `cache`), and finds its
 * non-punishment provisions. With a `scan` (see scan.ts), sections with none of the rules' words are
 * only indexed, and read in full only if a provision needs them: a section that refers to a
 * provision's number may complete it (proof, children, scope) or grant record relief by reference.
 * The provisions found are the same as with every section read in full.
 */
export function analyseBill(document: string, config: LintConfig = {}, cache = new SectionCache(false), scan: SectionScan = READ_ALL): AnalysedBill {
  // The rules read line breaks as "\n" or "\r\n". A lone "\r" (old Mac files) is read as "\n": one
  // character for one, so every offset stays the document's; `eol` stays the document's own.
  const text = withoutLoneCr(document);
  cache.begin();
  const sections: AnalysedSection[] = splitSections(text).map((chunk) => new BillSection(chunk, cache.get(text.slice(chunk.start, chunk.end), chunk, scan)));
  cache.end();
  for (const s of sections) {
    const parent = s.chunk.parent !== undefined ? sections[s.chunk.parent] : undefined;
    if (s.chunk.style === 'continuation' && parent) s.name = parent.name;
    else if (s.chunk.quoted === 'insertion') {
      const by = s.chunk.inserter ?? (parent && parent.model.heading ? parent.name : undefined);
      const how = s.chunk.substitutes ? 'substituted' : 'inserted';
      s.name = by ? `${s.name}, as ${how} by ${inRunningText(by)}` : `${s.name} (text to be ${how})`;
    }
  }
  const preamble = preambleLength(sections);
  // Text before any heading that is not a preamble (a provision pasted without its heading) is named for what it is.
  for (let k = preamble; k < sections.length; k++) {
    const s = sections[k]!;
    if (s.chunk.style === 'none' && !s.model.heading) s.name = UNHEADED;
  }
  for (let k = 0; k < preamble; k++) {
    // Not enacting words: nothing in the preamble is read as a provision or recognised by a rule.
    const s = sections[k]!;
    s.preamble = true;
    s.reading = preambleReading(s.model);
    s.protections = [];
    s.facts = new Map();
  }
  const provisions: Provision[] = [];
  const byNumber = new Map<string, Provision>();
  // A section only indexed is read in full once its text holds the number of a provision (its
  // references are section numbers written in its text: one without the number cannot refer to it).
  const numbers = new NumberSearch();
  const readIfReferring = (s: AnalysedSection): void => {
    if (s.inFull || !byNumber.size) return;
    if (numbers.in(text, s.chunk.start, s.chunk.end)) {
      s.inFull = true;
      s.protections = s.reading.protections;
    }
  };
  const add = (s: AnalysedSection) => {
    const p: Provision = { primary: s, attached: [], name: s.name };
    provisions.push(p);
    if (s.model.number) {
      byNumber.set(s.model.number.toLowerCase(), p);
      numbers.add(s.model.number);
    }
  };
  for (const s of sections) if (s.inFull && isProvision(s)) add(s);
  // Record relief for "an offence in respect of which section 14 would have applied": a provision of its own.
  for (const s of sections) {
    readIfReferring(s);
    if (!s.inFull || isProvision(s) || !s.reading.recordReliefByReference.length) continue;
    if (s.model.references.some((r) => byNumber.has(r))) {
      s.protections = s.reading.recordReliefByReference;
      add(s);
    }
  }
  provisions.sort((a, b) => a.primary.base - b.primary.base);
  // A provision split over several sections: a later section that refers back to it ("for the
  // purposes of section 14...") and speaks of proof, the link required, children or the scope.
  for (const s of sections) {
    readIfReferring(s);
    if (!s.inFull || isProvision(s) || !s.reading.speaksOfProvisionMatters) continue;
    for (const ref of s.model.references) {
      const p = byNumber.get(ref);
      if (p && p.primary !== s) {
        p.attached.push(s);
        break;
      }
    }
  }
  const otherTexts = otherTextsOf(
    text,
    sections.map((s) => ({ headingText: s.chunk.headingText, start: s.chunk.start, end: s.chunk.end, number: s.model.number, ...(s.chunk.quoted ? { quoted: s.chunk.quoted } : {}), ...(s.chunk.parent !== undefined ? { parent: s.chunk.parent } : {}) })),
  );
  const lines = new LineIndex(text);
  return { text, lines, eol: text === document ? lines.eol : detectEol(document), config, sections, provisions, otherTexts };
}

/** `text` with each carriage return not followed by a line feed replaced by a line feed (same length, same offsets). */
function withoutLoneCr(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

export type { Span };
