// Renders the engine's findings for VS Code: diagnostics, hovers and the guidance page of a rule.
// Every word a drafter reads comes from the finding or the rule's metadata; nothing is decided here.
import * as vscode from 'vscode';
import { RULES_BY_ID, type Citation, type Finding, type Range as EngineRange, type Severity } from '../engine/index.js';
import { COMMANDS, SOURCE } from './ids.js';

export function commandUri(command: string, args: unknown[] = []): vscode.Uri {
  return vscode.Uri.parse(`command:${command}?${encodeURIComponent(JSON.stringify(args))}`);
}

/** The engine's 1-based lines and columns (UTF-16, as VS Code counts) as a VS Code range. */
export function toRange(r: EngineRange): vscode.Range {
  return new vscode.Range(r.start.line - 1, r.start.column - 1, r.end.line - 1, r.end.column - 1);
}

export function toSeverity(s: Severity): vscode.DiagnosticSeverity {
  return s === 'error' ? vscode.DiagnosticSeverity.Error : s === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information;
}

/**
 * The range to underline: a range that ends at the start of a line (after a list, before a blank
 * line) is trimmed back to the end of the last line with words on it, so that no squiggle sits on a
 * blank line or at the start of the next paragraph.
 */
export function displayRange(doc: vscode.TextDocument, r: EngineRange): vscode.Range {
  const range = toRange(r);
  let end = range.end;
  while (end.character === 0 && end.line > range.start.line) {
    end = doc.lineAt(end.line - 1).range.end;
    if (end.character > 0 || end.line === range.start.line) break;
  }
  return end.isEqual(range.end) ? range : new vscode.Range(range.start, end.isBefore(range.start) ? range.start : end);
}

export function toDiagnostic(f: Finding, doc: vscode.TextDocument): vscode.Diagnostic {
  const range = displayRange(doc, f.range);
  const d = new vscode.Diagnostic(range, f.message, toSeverity(f.severity));
  d.source = SOURCE;
  d.code = { value: f.code, target: commandUri(COMMANDS.showRuleDocs, [f.ruleId]) };
  const related: vscode.DiagnosticRelatedInformation[] = [];
  // The provision's heading (unless the finding is on it), then the other places of the same defect.
  const h = f.provisionRange;
  if (h && !(h.start.offset < f.range.end.offset && f.range.start.offset < h.end.offset)) {
    const hr = toRange(h);
    related.push(new vscode.DiagnosticRelatedInformation(new vscode.Location(doc.uri, hr), vscode.l10n.t('The provision concerned: {0}', doc.getText(hr))));
  }
  for (const r of f.related ?? []) related.push(new vscode.DiagnosticRelatedInformation(new vscode.Location(doc.uri, displayRange(doc, r.range)), r.message));
  if (related.length) d.relatedInformation = related;
  return d;
}

/** Escapes text for Markdown, so that a quotation is shown exactly as written. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]<>()#+!|~]/g, '\\$&').replace(/\n/g, '  \n');
}

export function citationLabel(c: Citation): string {
  return `${c.source}, ${c.pinpoint}`;
}

/** The first `n` sentences of a paragraph (a full stop followed by a capital starts a new one). */
export function firstSentences(text: string, n: number): string {
  const parts = text.trim().split(/(?<=[.!?][”"’)]?)\s+(?=[“"(]?[A-Z])/);
  return parts.slice(0, n).join(' ');
}

function citationLink(c: Citation): string {
  const label = escapeMarkdown(citationLabel(c));
  return c.url ? `[${label}](${c.url})` : label;
}

/**
 * The hover for the findings under the mouse, short enough to read at a glance (VS Code shows the
 * finding's own message just above it): for each rule, its name, code and provision and why it
 * matters in two sentences; one passage of the guidance quoted with its pinpoint; then links to the
 * other sources, to the full guidance page and to a model clause.
 */
export function hoverMarkdown(findings: readonly Finding[]): vscode.MarkdownString {
  const md = new vscode.MarkdownString('');
  md.isTrusted = { enabledCommands: [COMMANDS.showRuleDocs, COMMANDS.insertClause, COMMANDS.compareWithClause] };
  md.supportHtml = false;
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const f of findings) {
    if (seen.has(f.ruleId)) continue;
    seen.add(f.ruleId);
    const meta = RULES_BY_ID.get(f.ruleId)?.meta;
    const lines: string[] = [];
    const head = `**${escapeMarkdown(f.title || meta?.title || f.ruleId)}** (${f.code})${f.provision ? ` · ${escapeMarkdown(f.provision)}` : ''}`;
    const why = meta ? firstSentences(meta.docs.why || meta.summary, 2) : '';
    lines.push(why ? `${head}: ${escapeMarkdown(why)}` : head);
    const quoted = f.citations.find((c) => c.quote);
    if (quoted) lines.push(`> “${escapeMarkdown(quoted.quote!)}” — ${citationLink(quoted)}`);
    const links: string[] = [];
    const others = f.citations.filter((c) => c !== quoted);
    if (others.length) links.push(`${vscode.l10n.t('Other sources:')} ${others.map(citationLink).join('; ')}`);
    links.push(`[${vscode.l10n.t('Read the full guidance')}](${commandUri(COMMANDS.showRuleDocs, [f.ruleId]).toString()})`);
    if (f.provision) {
      links.push(`[${vscode.l10n.t('Compare with a model clause…')}](${commandUri(COMMANDS.compareWithClause, [{ offset: f.range.start.offset, ruleId: f.ruleId }]).toString()})`);
    }
    lines.push(links.join(' · '));
    parts.push(lines.join('\n\n'));
  }
  md.appendMarkdown(parts.join('\n\n---\n\n'));
  return md;
}

/** A rule's guidance page, rendered from its metadata (used when docs/rules/<id>.md is not packaged). */
export function guidanceMarkdown(ruleId: string): string {
  const rule = RULES_BY_ID.get(ruleId);
  if (!rule) return `# ${ruleId}\n\n${vscode.l10n.t('There is no guidance page for this rule.')}\n`;
  const m = rule.meta;
  const out = [`# ${m.title} (${m.code})`, '', m.summary, ''];
  out.push(`## ${vscode.l10n.t('What it flags')}`, '', m.docs.flags, '');
  out.push(`## ${vscode.l10n.t('Why it matters')}`, '', m.docs.why, '');
  if (m.citations.length) {
    out.push(`## ${vscode.l10n.t('Sources')}`, '');
    for (const c of m.citations) {
      out.push(`- ${c.url ? `[${c.source}](${c.url})` : c.source}, ${c.pinpoint}`);
      if (c.quote) out.push('', `  > ${c.quote}`, '');
    }
    out.push('');
  }
  out.push(`## ${vscode.l10n.t('How to fix it')}`, '', m.docs.fix, '');
  out.push(`## ${vscode.l10n.t('Example')}`, '', vscode.l10n.t('Flagged:'), '', fence(m.docs.bad), '', vscode.l10n.t('Put right:'), '', fence(m.docs.good), '');
  return out.join('\n');
}

function fence(text: string): string {
  return ['````markdown', text, '````'].join('\n');
}
