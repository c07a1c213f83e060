/**
 * `np-lint amend`: applies an amendment paper to a bill, instruction by instruction, in order (each
 * instruction reads the bill as the earlier ones left it), refuses what it cannot apply with the
 * reason, and reviews the amended bill against the original. Each finding the amendments introduced
 * or resolved is attributed to the instruction that did it: the bill is checked after every
 * instruction, and a finding is followed from step to step to the step where it appeared or went.
 */
import { SectionCache, type LintConfig } from '../engine/index.js';
import { applyInstruction } from './amendments.js';
import { readAmendmentPaper, type PaperInstruction } from './amendmentPaper.js';
import { classifyFindings, lintVersion, type VersionFindings } from './findings.js';
import type { Note } from './notes.js';
import { matchProvisions } from './provisions.js';
import { reviewLinted, type ReviewedFinding, type ReviewResult } from './review.js';

export interface InstructionReport {
  number: number;
  /** The instruction as written, with the text it inserts. */
  text: string;
  /** 1-based line in the paper. */
  line: number;
  status: 'applied' | 'refused';
  /** Why it was refused ('' when applied). */
  reason: string;
  /** Where it applied, as the paper names the place ("clause 14(1)"). */
  place?: string;
  /** The provisions it changed ("Section 14"). */
  provisions: string[];
  /** What the reader should know about how it was applied. */
  note?: string;
  /** The review's findings this instruction introduced or resolved. */
  introduced: ReviewedFinding[];
  resolved: ReviewedFinding[];
}

export interface AmendResult {
  original: string;
  amended: string;
  instructions: InstructionReport[];
  review: ReviewResult;
  /** Findings the amendments introduced or resolved together, that no one instruction did alone. */
  unattributed: { introduced: ReviewedFinding[]; resolved: ReviewedFinding[] };
}

export interface AmendOptions {
  /** How the reports name the bill and the amended bill. */
  billFile: string;
  amendedFile: string;
  config?: LintConfig;
  /** Review notes on the bill, listed in the review. */
  notes?: readonly Note[];
}

interface Step {
  introduced: Set<number>;
  resolved: Set<number>;
  newToOld: Map<number, number>;
  oldToNew: Map<number, number>;
}

function step(a: VersionFindings, b: VersionFindings): Step {
  const matches = matchProvisions({ text: a.text, outline: a.result.outline }, { text: b.text, outline: b.result.outline });
  const c = classifyFindings({ text: a.text, outline: a.result.outline, findings: a.findings }, { text: b.text, outline: b.result.outline, findings: b.findings }, matches);
  return {
    introduced: new Set(c.introduced),
    resolved: new Set(c.resolved),
    newToOld: new Map(c.unchanged.map(([i, j]) => [j, i])),
    oldToNew: new Map(c.unchanged.map(([i, j]) => [i, j])),
  };
}

/** Applies `paper` to `bill` and reviews the result against the original. */
export function amendBill(bill: string, paper: string | readonly PaperInstruction[], options: AmendOptions): AmendResult {
  const instructions = typeof paper === 'string' ? readAmendmentPaper(paper) : paper;
  const cache = new SectionCache();
  const config = options.config ? { config: options.config } : {};
  const versions: VersionFindings[] = [lintVersion(bill, { ...config, cache: new SectionCache() })];
  const made: InstructionReport[] = []; // versions[k] was made by made[k - 1]
  const reports: InstructionReport[] = [];
  let text = bill;
  const stepCache = new SectionCache();
  for (const instr of instructions) {
    const r = applyInstruction(text, instr, { cache });
    if (!r.ok) {
      reports.push({ number: instr.number, text: instr.text, line: instr.line, status: 'refused', reason: r.reason, provisions: [], introduced: [], resolved: [] });
      continue;
    }
    text = r.text;
    versions.push(lintVersion(text, { ...config, cache: stepCache }));
    const rep: InstructionReport = { number: instr.number, text: instr.text, line: instr.line, status: 'applied', reason: '', place: r.place, provisions: r.provisions, introduced: [], resolved: [] };
    if (r.note) rep.note = r.note;
    reports.push(rep);
    made.push(rep);
  }
  const last = versions[versions.length - 1]!;
  const review = reviewLinted(versions[0]!, last, { oldFile: options.billFile, newFile: options.amendedFile, ...(options.notes ? { notes: options.notes } : {}) });

  // Follow each finding through the steps to the instruction that made or removed it.
  const steps: Step[] = [];
  for (let k = 1; k < versions.length; k++) steps.push(step(versions[k - 1]!, versions[k]!));
  const unattributed = { introduced: [] as ReviewedFinding[], resolved: [] as ReviewedFinding[] };
  for (const x of review.introduced) {
    let j = last.findings.indexOf(x.finding);
    let by = -1;
    for (let k = steps.length - 1; k >= 0 && j >= 0; k--) {
      if (steps[k]!.introduced.has(j)) {
        by = k;
        break;
      }
      j = steps[k]!.newToOld.get(j) ?? -1;
    }
    if (by >= 0) made[by]!.introduced.push(x);
    else unattributed.introduced.push(x);
  }
  for (const x of review.resolved) {
    let i = versions[0]!.findings.indexOf(x.finding);
    let gone = -1;
    for (let k = 0; k < steps.length && i >= 0; k++) {
      if (steps[k]!.resolved.has(i)) {
        gone = k;
        break;
      }
      i = steps[k]!.oldToNew.get(i) ?? -1;
    }
    if (gone >= 0) made[gone]!.resolved.push(x);
    else unattributed.resolved.push(x);
  }
  return { original: bill, amended: text, instructions: reports, review, unattributed };
}
