import { preambleReading, readSection, type Protection, type SectionReading, type Span } from './analyse.js';
import { modelSection, provisionName, type SectionModel } from './bill.js';
import { splitSections, type SectionChunk } from './sections.js';
import { LineIndex, detectEol } from './text.js';
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
   * provision, "Section 14A, as inserted by clause 5" (the inserting provision's own name); for the
   * rest of an amending section after such a quotation, the amending section's name.
   */
  name: string;
  /**
   * The section is part of the preamble: the title, long title and recitals before the enacting
   * words or the first numbered section, Part or Chapter. Not enacting text: rules may decline to
   * flag or fix it. (Each recital clause is also marked `recital` in the model.)
   */
  preamble: boolean;
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
}

interface CacheEntry {
  model: SectionModel;
  reading: SectionReading;
  facts: Map<string, unknown>;
  generation: number;
}

/**
 * Caches section analyses by the section's text. Sections are analysed with offsets relative to
 * their own start, so a section whose words did not change is reused even if it moved; each rule's
 * recognition of the section is cached in the same entry. Entries not used by the latest analysis of
 * a document are dropped, so the cache never outgrows the document.
 */
export class SectionCache {
  private readonly entries = new Map<string, CacheEntry>();
  private generation = 0;
  hits = 0;
  misses = 0;

  begin(): void {
    this.generation++;
  }

  get(text: string, chunk: SectionChunk): CacheEntry {
    const key = `${chunk.headingStart - chunk.start}:${chunk.headingEnd - chunk.start}:${chunk.quoted ?? ''}\u0000${text}`;
    let e = this.entries.get(key);
    if (e) {
      this.hits++;
      e.generation = this.generation;
      return e;
    }
    this.misses++;
    const model = modelSection(text, chunk.headingText, chunk.headingStart - chunk.start, chunk.headingEnd - chunk.start, chunk.quoted ? { quoted: chunk.quoted } : {});
    e = { model, reading: readSection(model), facts: new Map(), generation: this.generation };
    this.entries.set(key, e);
    return e;
  }

  end(): void {
    for (const [k, e] of this.entries) if (e.generation !== this.generation) this.entries.delete(k);
  }

  get size(): number {
    return this.entries.size;
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

/** "Section 5" as it reads inside a sentence: "section 5". */
function inRunningText(name: string): string {
  return /^(?:Section|Clause|Article|Regulation|Rule)\s/.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name;
}

export function analyseBill(text: string, config: LintConfig = {}, cache = new SectionCache()): AnalysedBill {
  cache.begin();
  const sections: AnalysedSection[] = splitSections(text).map((chunk) => {
    const e = cache.get(text.slice(chunk.start, chunk.end), chunk);
    return { base: chunk.start, chunk, model: e.model, reading: e.reading, protections: e.reading.protections, facts: e.facts, name: provisionName(e.model), preamble: false };
  });
  cache.end();
  for (const s of sections) {
    const parent = s.chunk.parent !== undefined ? sections[s.chunk.parent] : undefined;
    if (s.chunk.style === 'continuation' && parent) s.name = parent.name;
    else if (s.chunk.quoted === 'insertion') {
      const by = s.chunk.inserter ?? (parent && parent.model.heading ? parent.name : undefined);
      s.name = by ? `${s.name}, as inserted by ${inRunningText(by)}` : `${s.name} (text to be inserted)`;
    }
  }
  const preamble = preambleLength(sections);
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
  const add = (s: AnalysedSection) => {
    const p: Provision = { primary: s, attached: [], name: s.name };
    provisions.push(p);
    if (s.model.number) byNumber.set(s.model.number.toLowerCase(), p);
  };
  for (const s of sections) if (isProvision(s)) add(s);
  // Record relief for "an offence in respect of which section 14 would have applied": a provision of its own.
  for (const s of sections) {
    if (isProvision(s) || !s.reading.recordReliefByReference.length) continue;
    if (s.model.references.some((r) => byNumber.has(r))) {
      s.protections = s.reading.recordReliefByReference;
      add(s);
    }
  }
  provisions.sort((a, b) => a.primary.base - b.primary.base);
  // A provision split over several sections: a later section that refers back to it ("for the
  // purposes of section 14...") and speaks of proof, the link required, children or the scope.
  for (const s of sections) {
    if (isProvision(s) || !s.reading.speaksOfProvisionMatters) continue;
    for (const ref of s.model.references) {
      const p = byNumber.get(ref);
      if (p && p.primary !== s) {
        p.attached.push(s);
        break;
      }
    }
  }
  return { text, lines: new LineIndex(text), eol: detectEol(text), config, sections, provisions };
}

export type { Span };
