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

/** Where a provision's heading is, to point a finding at it. */
export interface HeadingRef {
  name: string;
  start: number;
  end: number;
  headingStart: number;
  headingEnd: number;
}

export function toDiagnostic(f: Finding, doc: vscode.TextDocument, headings: readonly HeadingRef[]): vscode.Diagnostic {
  const range = toRange(f.range);
  const d = new vscode.Diagnostic(range, f.message, toSeverity(f.severity));
  d.source = SOURCE;
  d.code = { value: f.code, target: commandUri(COMMANDS.showRuleDocs, [f.ruleId]) };
  if (f.provision) {
    const at = f.range.start.offset;
    const h = headings.find((s) => s.name === f.provision && s.start <= at && at < s.end) ?? headings.find((s) => s.name === f.provision);
    if (h && h.headingEnd > h.headingStart && !(h.headingStart < f.range.end.offset && f.range.start.offset < h.headingEnd)) {
      const hr = new vscode.Range(doc.positionAt(h.headingStart), doc.positionAt(h.headingEnd));
      d.relatedInformation = [
        new vscode.DiagnosticRelatedInformation(new vscode.Location(doc.uri, hr), vscode.l10n.t('The provision concerned: {0}', doc.getText(hr))),
      ];
    }
  }
  return d;
}

/** Escapes text for Markdown, so that a quotation is shown exactly as written. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]<>()#+!|~]/g, '\\$&').replace(/\n/g, '  \n');
}

export function citationLabel(c: Citation): string {
  return `${c.source}, ${c.pinpoint}`;
}

function citationMarkdown(c: Citation): string {
  const source = c.url ? `[${escapeMarkdown(c.source)}](${c.url})` : escapeMarkdown(c.source);
  let s = `- ${source}, ${escapeMarkdown(c.pinpoint)}`;
  if (c.quote) s += `\n\n  > ${escapeMarkdown(c.quote)}`;
  return s;
}

/** The hover for the findings under the mouse: title, explanation, cited passages, guidance link. */
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
    lines.push(`**${escapeMarkdown(meta?.title ?? f.ruleId)}** (${f.code})`);
    if (meta?.summary) lines.push(escapeMarkdown(meta.summary));
    if (f.citations.length) {
      lines.push(`**${vscode.l10n.t('What the guidance says')}**`);
      lines.push(f.citations.map(citationMarkdown).join('\n\n'));
    }
    const links = [`[${vscode.l10n.t('Read the full guidance')}](${commandUri(COMMANDS.showRuleDocs, [f.ruleId]).toString()})`];
    if (f.provision) {
      links.push(`[${vscode.l10n.t('Compare with a model clause…')}](${commandUri(COMMANDS.compareWithClause, [{ offset: f.range.start.offset }]).toString()})`);
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
