import { analyseSection, type SectionFacts, type Span } from './analyse.js';
import { modelSection, provisionName, type SectionModel } from './bill.js';
import { splitSections, type SectionChunk } from './sections.js';
import { LineIndex, detectEol } from './text.js';
import type { LintConfig } from './types.js';

/** A section with its analysis, and the offset of its first character in the document. */
export interface AnalysedSection {
  base: number;
  chunk: SectionChunk;
  model: SectionModel;
  facts: SectionFacts;
  name: string;
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
  facts: SectionFacts;
  generation: number;
}

/**
 * Caches section analyses by the section's text. Sections are analysed with offsets relative to
 * their own start, so a section whose words did not change is reused even if it moved. Entries not
 * used by the latest analysis of a document are dropped, so the cache never outgrows the document.
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
    const key = `${chunk.headingStart - chunk.start}:${chunk.headingEnd - chunk.start}\u0000${text}`;
    let e = this.entries.get(key);
    if (e) {
      this.hits++;
      e.generation = this.generation;
      return e;
    }
    this.misses++;
    const model = modelSection(text, chunk.headingText, chunk.headingStart - chunk.start, chunk.headingEnd - chunk.start);
    e = { model, facts: analyseSection(model), generation: this.generation };
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

function isProvision(s: AnalysedSection): boolean {
  return !s.model.isContainer && (s.facts.headingIsProvision || s.facts.protective.length > 0);
}

function relevantToProvision(s: AnalysedSection): boolean {
  const f = s.facts;
  return f.burden.length > 0 || f.nexus.length > 0 || f.mentionsChild || f.prosecutionBurden || f.coverage.length > 0;
}

export function analyseBill(text: string, config: LintConfig = {}, cache = new SectionCache()): AnalysedBill {
  cache.begin();
  const sections: AnalysedSection[] = splitSections(text).map((chunk) => {
    const e = cache.get(text.slice(chunk.start, chunk.end), chunk);
    return { base: chunk.start, chunk, model: e.model, facts: e.facts, name: provisionName(e.model) };
  });
  cache.end();
  const provisions: Provision[] = [];
  const byNumber = new Map<string, Provision>();
  for (const s of sections) {
    if (!isProvision(s)) continue;
    const p: Provision = { primary: s, attached: [], name: s.name };
    provisions.push(p);
    if (s.model.number) byNumber.set(s.model.number.toLowerCase(), p);
  }
  // A provision split over several sections: a later section that refers back to it ("for the
  // purposes of section 14...") and speaks of proof, the link required or children belongs to it.
  for (const s of sections) {
    if (isProvision(s) || !relevantToProvision(s)) continue;
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
