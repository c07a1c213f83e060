import { RULES } from '../engine/rules/index.js';
import type { Finding, LintResult } from '../engine/types.js';

export interface FileResult {
  file: string;
  result: LintResult;
}

/** The JSON contract of DESIGN.md: [{ file, findings: [...] }], plus the suppressions in force. */
export function formatJson(results: FileResult[]): string {
  return JSON.stringify(
    results.map((r) => ({ file: r.file, findings: r.result.findings, suppressions: r.result.suppressions, notices: r.result.notices })),
    null,
    2,
  );
}

function plural(n: number, word: string, plural = `${word}s`): string {
  return `${n} ${n === 1 ? word : plural}`;
}

function citationLine(f: Finding): string {
  return f.citations.map((c) => `${c.source}, ${c.pinpoint}`).join('; ');
}

/** Compiler-style lines: path:line:col  severity  message  [NP001 closed-offence-list] */
export function formatText(results: FileResult[], opts: { color?: boolean } = {}): string {
  const c = (code: string, s: string) => (opts.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixable = 0;
  let suppressed = 0;
  for (const { file, result } of results) {
    for (const f of result.findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      else infos++;
      if (f.fixes.length) fixable++;
      const sev = f.severity === 'error' ? c('31', 'error  ') : f.severity === 'warning' ? c('33', 'warning') : c('36', 'info   ');
      lines.push(`${file}:${f.range.start.line}:${f.range.start.column}  ${sev}  ${f.message}  ${c('2', `[${f.code} ${f.ruleId}]`)}`);
      lines.push(c('2', `    Sources: ${citationLine(f)}`));
    }
    for (const n of result.notices) {
      lines.push(`${file}:${n.range.start.line}:${n.range.start.column}  ${c('33', 'warning')}  ${n.message}`);
    }
    for (const s of result.suppressions) {
      suppressed++;
      const state = s.used ? `silenced ${plural(s.used, 'finding')}` : 'silenced nothing (it may be out of date)';
      lines.push(c('2', `${file}:${s.range.start.line}:${s.range.start.column}  suppressed  ${s.ruleIds.join(', ')}: "${s.reason}" (${state})`));
    }
  }
  const total = errors + warnings + infos;
  const files = plural(results.length, 'file');
  if (total === 0) {
    lines.push(`No problems found in ${files}.${suppressed ? ` ${plural(suppressed, 'suppression')} in force.` : ''}`);
  } else {
    lines.push(
      `${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${infos} info) in ${files}` +
        `${fixable ? `; ${fixable} can be fixed with --fix` : ''}.${suppressed ? ` ${plural(suppressed, 'suppression')} in force.` : ''}`,
    );
  }
  return lines.join('\n') + '\n';
}

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** SARIF 2.1.0, for code-scanning tools in CI. */
export function formatSarif(results: FileResult[], version: string): string {
  const rules = RULES.map((r) => ({
    id: r.meta.id,
    name: r.meta.code,
    shortDescription: { text: r.meta.title },
    fullDescription: { text: r.meta.summary },
    help: { text: `${r.meta.docs.fix}\n\nSources: ${r.meta.citations.map((c) => `${c.source}, ${c.pinpoint}`).join('; ')}` },
    defaultConfiguration: { level: LEVEL[r.meta.defaultSeverity] },
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'np-lint', fullName: 'Non-Punishment Drafting Assistant', version, rules } },
        results: results.flatMap(({ file, result }) =>
          result.findings.map((f) => ({
            ruleId: f.ruleId,
            ruleIndex: index.get(f.ruleId),
            level: LEVEL[f.severity],
            message: { text: `${f.message} (Sources: ${citationLine(f)})` },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: file },
                  region: {
                    startLine: f.range.start.line,
                    startColumn: f.range.start.column,
                    endLine: f.range.end.line,
                    endColumn: f.range.end.column,
                    charOffset: f.range.start.offset,
                    charLength: f.range.end.offset - f.range.start.offset,
                  },
                },
              },
            ],
            fixes: f.fixes.map((x) => ({
              description: { text: x.title },
              artifactChanges: [
                {
                  artifactLocation: { uri: file },
                  replacements: x.edits.map((e) => ({ deletedRegion: { charOffset: e.start, charLength: e.end - e.start }, insertedContent: { text: e.newText } })),
                },
              ],
            })),
          })),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}
