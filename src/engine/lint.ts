import { analyseBill, SectionCache, UNHEADED, type AnalysedBill } from './model.js';
import { RULES, RULES_BY_ID } from './rules/index.js';
import type { Report, Rule, RuleContext } from './rule.js';
import type { AnalysedSection } from './model.js';
import type { SectionModel } from './bill.js';
import { sectionScan } from './scan.js';
import { readSection } from './analyse.js';
import { buildSuppressions } from './suppressions.js';
import { applyFixes } from './fix.js';
import { fingerprints } from './fingerprint.js';
import { didYouMean } from './suggest.js';
import { snapBoundary } from './text.js';
import type { Fix } from './types.js';
import { fixWritesIntoBill, noFixNote, otherTextAt, otherTextTouched } from './document-kind.js';
import { amendingNotice } from './amending.js';
import type { DirectiveProblem, Finding, LintConfig, LintResult, OutlineEntry, Severity, SuppressedFinding } from './types.js';

export interface LintOptions {
  config?: LintConfig;
  /** Reuse section analyses between runs on the same document (the editor keeps one per document). */
  cache?: SectionCache;
  /** Run only these rules. */
  only?: string[];
  /**
   * Read every section in full instead of only those the scan finds the rules' words in (scan.ts).
   * The findings are the same; tests use this to prove it.
   */
  fullAnalysis?: boolean;
}

/** Every name a suppression may use for a rule (its id and its code), with the rule's id. */
const RULE_NAMES: ReadonlyMap<string, string> = new Map(RULES.flatMap((r) => [[r.meta.id, r.meta.id] as const, [r.meta.code, r.meta.id] as const]));

function severityFor(rule: Rule, reported: Severity | undefined, config: LintConfig): Severity | 'off' {
  const setting = config.rules?.[rule.meta.id] ?? config.rules?.[rule.meta.code];
  if (setting === 'off') return 'off';
  // A configured severity replaces the rule's default; a graded finding keeps its grade below errors.
  if (setting) return reported && reported !== rule.meta.defaultSeverity && setting === 'error' ? reported : setting;
  return reported ?? rule.meta.defaultSeverity;
}

/**
 * Fills a message's `{name}` placeholders. The name of a provision with no heading ("This provision",
 * a common noun phrase, not a name) is written in lower case inside a sentence.
 */
export function formatMessage(text: string, data: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string, at: number) => {
    if (!(k in data)) return m;
    const v = String(data[k]);
    const startsSentence = at === 0 || /[.!?:]\s{1,3}$/.test(text.slice(Math.max(0, at - 4), at));
    if (k === 'provision' && !startsSentence && v === UNHEADED) return v[0]!.toLowerCase() + v.slice(1);
    // A name with a phrase in apposition ("Section 20A, as inserted by section 3") closes it with a
    // comma before the verb that follows: "Section 20A, as inserted by section 3, protects ...".
    if (k === 'provision' && /, as (?:inserted|substituted) by /.test(v) && /^ [a-z]/.test(text.slice(at + m.length, at + m.length + 2))) return `${v},`;
    return v;
  });
}

/** The one scan for every rule (see scan.ts): the reading layer's words and each rule's `scanWords`. */
const SCAN = sectionScan(RULES.map((r) => r.scanWords));

/** A section with no words: what a rule recognises in a section the scan only indexed. */
const NO_WORDS: SectionModel = { heading: '', number: '', keyword: '', title: '', isContainer: false, clauses: [], sentences: [], definitions: [], references: [], headingStart: 0, headingEnd: 0 };
const NO_READING = readSection(NO_WORDS);
const noWordsFacts = new Map<string, unknown>();

/** A context for one rule over one bill: its facts cached with each section, its reports. */
export function ruleContext<F>(bill: AnalysedBill, rule: Rule<F>, report: (r: Report) => void): RuleContext<F> {
  const factsOf = <G>(id: string, s: AnalysedSection): G => {
    const r = RULES_BY_ID.get(id) as Rule<G> | undefined;
    if (!r?.recognise) throw new Error(`rule ${id} recognises nothing`);
    if (!s.inFull) {
      // Only indexed: none of the rule's words (scan.ts), so its facts are those of a section with no words.
      if (!noWordsFacts.has(id)) noWordsFacts.set(id, r.recognise({ model: NO_WORDS, reading: NO_READING }));
      return noWordsFacts.get(id) as G;
    }
    // The rules read the bill's operative words only: never a quoted instrument, a recital or the preamble.
    if (!s.facts.has(id)) s.facts.set(id, r.recognise({ model: s.reading.operative, reading: s.reading }));
    return s.facts.get(id) as G;
  };
  return { bill, facts: (s) => factsOf<F>(rule.meta.id, s), factsOf, report };
}

function findingsOf(bill: AnalysedBill, rule: Rule, config: LintConfig): Finding[] {
  const out: Finding[] = [];
  const report = (r: Report) => {
    const message = rule.meta.messages[r.messageId];
    if (!message) throw new Error(`rule ${rule.meta.id} has no message "${r.messageId}"`);
    const severity = severityFor(rule, message.severity, config);
    if (severity === 'off') return;
    // A finding is never an empty range: an insertion point is widened to the character after it.
    const start = Math.max(0, Math.min(r.span.start, bill.text.length));
    let end = Math.max(start, Math.min(r.span.end, bill.text.length));
    if (end === start) end = Math.min(bill.text.length, start + 1);
    // No fix writes into another instrument's text or a memorandum (document-kind.ts): the finding says
    // why. Where the document has such text, the fixes are written now, since the message depends on them.
    const lazy = typeof r.fixes === 'function' && bill.otherTexts.length === 0 ? r.fixes : undefined;
    const written = lazy ? [] : typeof r.fixes === 'function' ? r.fixes() : (r.fixes ?? []);
    const fixes = written.filter((fix) => fixWritesIntoBill(bill.otherTexts, fix));
    const dropped = fixes.length < written.length ? written.find((fix) => !fixWritesIntoBill(bill.otherTexts, fix)) : undefined;
    const other = dropped && otherTextTouched(bill.otherTexts, dropped);
    const note = other ? ` ${noFixNote(other)}` : '';
    const f: Finding = {
      ruleId: rule.meta.id,
      code: rule.meta.code,
      severity,
      title: message.title ?? rule.meta.title,
      message: formatMessage(message.text, r.data) + note,
      range: bill.lines.range(start, end),
      citations: rule.meta.citations.map((c) => ({ ...c })),
      fixes: fixes.map((fix) => inDocumentLineEndings(bill, wholeUnits(bill.text, fix))),
      fingerprint: '',
    };
    if (lazy) lazyFixes(f, () => lazy().map((fix) => inDocumentLineEndings(bill, wholeUnits(bill.text, fix))));
    const provision = r.provision ?? r.section?.name;
    if (provision) f.provision = provision;
    if (r.section && r.section.chunk.headingEnd > r.section.chunk.headingStart) {
      f.provisionRange = bill.lines.range(r.section.chunk.headingStart, r.section.chunk.headingEnd);
    }
    if (r.related?.length) f.related = r.related.map((x) => ({ range: bill.lines.range(x.span.start, x.span.end), message: x.message }));
    out.push(f);
  };
  rule.check(ruleContext(bill, rule, report));
  return out;
}

/**
 * Makes `finding.fixes` a property written on first read, by `write`, and kept: an ordinary
 * enumerable property to every reader (spread, JSON, structured clone), and assignable.
 */
function lazyFixes(finding: Finding, write: () => Fix[]): void {
  let fixes: Fix[] | undefined;
  Object.defineProperty(finding, 'fixes', {
    enumerable: true,
    configurable: true,
    get: () => (fixes ??= write()),
    set: (v: Fix[]) => {
      fixes = v;
    },
  });
}

/**
 * A fix whose edits never split a character or a line ending, nor touch a leading byte order mark:
 * an edit boundary between the halves of a surrogate pair or between CR and LF moves so that the
 * pair is left whole (the start after it, the end before it), and one at the mark moves after it. Rules compute edits from words; this keeps a length limit or a clipped
 * region from cutting a character in two.
 */
function wholeUnits(text: string, fix: Fix): Fix {
  // A leading byte order mark is not the bill's text: no edit removes it or writes before it.
  const first = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return {
    ...fix,
    edits: fix.edits.map((e) => {
      const start = Math.max(first, e.start === e.end ? snapBoundary(text, e.start, -1) : snapBoundary(text, e.start, 1));
      const end = Math.max(start, snapBoundary(text, e.end, -1));
      return start === e.start && end === e.end ? e : { ...e, start, end };
    }),
  };
}

/**
 * A fix whose inserted line breaks are all the document's own (`bill.eol`). Rules write `bill.eol`,
 * but text a fix copies from the bill keeps whatever breaks it had there: a document's minority
 * endings, or the "\n" that stands for a lone "\r" in the analysed text (see `analyseBill`).
 */
function inDocumentLineEndings(bill: AnalysedBill, fix: Fix): Fix {
  const wrong = bill.eol === '\n' ? /\r/ : bill.eol === '\r' ? /\n/ : /\r(?!\n)|(?<!\r)\n/;
  if (!fix.edits.some((e) => wrong.test(e.newText))) return fix;
  return { ...fix, edits: fix.edits.map((e) => (wrong.test(e.newText) ? { ...e, newText: e.newText.replace(/\r\n|\r|\n/g, bill.eol) } : e)) };
}

/** Lints a bill: the one entry point behind the CLI, the editor and the review tools. */
export function lint(text: string, options: LintOptions = {}): LintResult {
  const config = options.config ?? {};
  const bill = analyseBill(text, config, options.cache, options.fullAnalysis ? undefined : SCAN);
  const rules = options.only ? RULES.filter((r) => options.only!.includes(r.meta.id)) : RULES;
  const sup = buildSuppressions(text, bill.lines, RULE_NAMES, (name) => didYouMean(name, [...RULE_NAMES.keys()]));
  const all: Finding[] = [];
  for (const rule of rules) all.push(...findingsOf(bill, rule, config));
  all.sort((a, b) => a.range.start.offset - b.range.start.offset || a.code.localeCompare(b.code));
  // Fingerprints over every finding, silenced or not, so that a suppression never changes another's identity.
  const prints = fingerprints(
    all.map((f) => ({
      ruleId: f.ruleId,
      heading: f.provisionRange ? text.slice(f.provisionRange.start.offset, f.provisionRange.end.offset) : f.provision ?? '',
      words: text.slice(f.range.start.offset, f.range.end.offset),
    })),
  );
  all.forEach((f, i) => (f.fingerprint = prints[i]!));
  const findings: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const f of all) {
    const s = sup.find(f.ruleId, f.range.start.offset);
    if (s) {
      s.used++;
      suppressed.push({ ...f, suppression: s });
    } else findings.push(f);
  }
  const notices: DirectiveProblem[] = sup.problems.map((n) => ({ kind: n.kind, severity: n.severity, message: n.message, range: bill.lines.range(n.start, n.end) }));
  // A suppression that silenced nothing is reported, unless a rule it names did not run (turned off or not asked for).
  const ran = new Set(rules.filter((r) => severityFor(r, undefined, config) !== 'off').map((r) => r.meta.id));
  for (const s of sup.suppressions) {
    if (s.used || !s.ruleIds.every((id) => id === 'all' || ran.has(id))) continue;
    const what = s.ruleIds.includes('all') ? 'any rule' : s.ruleIds.map((id) => `${RULES_BY_ID.get(id)?.meta.code ?? id} ${id}`).join(', ');
    notices.push({
      kind: 'unused',
      severity: 'info',
      message: `This suppression (${what}) silences nothing. Remove it, so that a reviewer does not take it for a deliberate deviation.`,
      range: s.range,
    });
  }
  const amending = amendingNotice(bill.text, bill.lines, (offset) => otherTextAt(bill.otherTexts, offset) !== undefined);
  if (amending) notices.push(amending);
  notices.sort((a, b) => a.range.start.offset - b.range.start.offset);
  return {
    findings,
    suppressions: sup.suppressions,
    notices,
    suppressed,
    outline: outlineOf(bill),
  };
}

function outlineOf(bill: AnalysedBill): OutlineEntry[] {
  const inProvision = new Set(bill.provisions.flatMap((p) => [p.primary, ...p.attached]));
  return bill.sections.map((s) => ({
    name: s.name,
    number: s.model.number,
    title: s.model.title,
    start: s.chunk.start,
    end: s.chunk.end,
    headingStart: s.chunk.headingStart,
    headingEnd: s.chunk.headingEnd,
    container: s.model.isContainer,
    provision: inProvision.has(s),
  }));
}

export interface FixAllResult {
  text: string;
  /** How many fixes were applied, over all passes. */
  applied: number;
  /** Findings left after fixing. */
  remaining: Finding[];
}

/**
 * Applies the first fix of every error and warning (never an info-level hint: those are suggestions
 * a drafter takes one at a time), re-linting between passes so that fixes computed on the old text
 * are never applied to the new one. Stops when nothing more can be fixed.
 */
export function fixAll(text: string, options: LintOptions = {}, maxPasses = 5): FixAllResult {
  let current = text;
  let applied = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const { findings } = lint(current, options);
    const fixes = findings.filter((f) => f.severity !== 'info').map((f) => f.fixes[0]).filter((f): f is NonNullable<typeof f> => f !== undefined);
    if (!fixes.length) break;
    const r = applyFixes(current, fixes);
    if (!r.applied.length || r.text === current) break;
    applied += r.applied.length;
    current = r.text;
  }
  return { text: current, applied, remaining: lint(current, options).findings };
}
