// "Explain how this provision was read": the engine's reading of the provision at the cursor (its
// form, who is protected, scope, link test, burden, children, carve-outs, with the words each came
// from), shown in a read-only view beside the bill. It shows why the assistant stayed silent too.
import * as vscode from 'vscode';
import { explain, type ExplainedProvision, type Explanation } from '../engine/index.js';
import type { ConfigResolver } from './config.js';
import { COMMANDS } from './ids.js';
import type { ViewProvider } from './views.js';

function quoted(text: string, max = 120): string {
  const t = text.length > max ? `${text.slice(0, Math.max(text.lastIndexOf(' ', max), max / 2))} …` : text;
  return `“${t.replace(/[\\`*_[\]<>|]/g, '\\$&')}”`;
}

/** The explanation of one provision (or of the bill when the cursor is in none), as Markdown. */
export function explanationMarkdown(e: Explanation, only?: ExplainedProvision): string {
  const out: string[] = [];
  const provisions = only ? [only] : e.provisions;
  if (!provisions.length) out.push(`# ${vscode.l10n.t('How the bill was read')}`, '', vscode.l10n.t('No non-punishment provision was found in this bill.'), '');
  for (const p of provisions) {
    out.push(`# ${p.provision}${p.heading ? `: ${p.heading.text}` : ''}`, '');
    if (p.sections.length > 1) out.push(vscode.l10n.t('Read together with {0}.', p.sections.slice(1).join(', ')), '');
    for (const r of p.readings) {
      const from = r.words.map((w) => `${quoted(w.text)} (${vscode.l10n.t('line {0}', w.range.start.line)})`).join('; ');
      out.push(`- **${r.aspect}**: ${r.reading}${from ? ` — ${vscode.l10n.t('from')} ${from}` : ''}`);
    }
    out.push('');
  }
  if (e.notRead.length) {
    out.push(`## ${vscode.l10n.t('Not read as a non-punishment provision')}`, '');
    for (const n of e.notRead) out.push(`- ${n.section}, ${vscode.l10n.t('line {0}', n.words.range.start.line)}: ${quoted(n.words.text)}: ${n.reason}.`);
    out.push('');
  }
  return out.join('\n');
}

export function registerExplain(configs: ConfigResolver, views: ViewProvider): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.explainProvision, async () => {
    const editor = vscode.window.activeTextEditor ?? vscode.window.visibleTextEditors.find((e) => e.document.languageId === 'markdown');
    if (!editor || editor.document.languageId !== 'markdown') {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a bill (a Markdown file) and place the cursor in a provision to see how it was read.'));
      return undefined;
    }
    const doc = editor.document;
    const { config } = await configs.forDocument(doc);
    const e = explain(doc.getText(), { config });
    const at = doc.offsetAt(editor.selection.active);
    const line = doc.positionAt(at).line + 1;
    // The provision whose heading is the last one at or above the cursor.
    const here = [...e.provisions].reverse().find((p) => p.heading && p.heading.range.start.line <= line);
    const uri = views.create(vscode.l10n.t('How {0} was read', here?.provision ?? vscode.l10n.t('the bill')), explanationMarkdown(e, here));
    await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
    return { provision: here?.provision, uri: uri.toString() };
  });
}
