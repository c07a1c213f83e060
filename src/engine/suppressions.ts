import type { LineIndex } from './text.js';
import type { Suppression } from './types.js';

/**
 * Inline suppressions in HTML comments, in the markdownlint family, each with a reason:
 *   <!-- np-lint-disable closed-offence-list -- the list is closed by treaty -->   (until enabled)
 *   <!-- np-lint-enable closed-offence-list -->
 *   <!-- np-lint-disable-next-line duress-threshold -- reason -->
 *   <!-- np-lint-disable-line duress-threshold -- reason -->                         (same line)
 *   <!-- np-lint-disable-file missing-child-provision -- reason -->
 * A suppression without a reason does not take effect: reviewers must see why a check is off.
 */

export interface Directive {
  action: 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';
  ruleIds: string[];
  reason: string;
  start: number;
  end: number;
}

export function parseDirectives(text: string): Directive[] {
  const out: Directive[] = [];
  let from = 0;
  for (;;) {
    const open = text.indexOf('<!--', from);
    if (open < 0) break;
    const close = text.indexOf('-->', open + 4);
    if (close < 0) break;
    from = close + 3;
    const body = text.slice(open + 4, close).trim();
    const m = /^np-lint-(disable-next-line|disable-line|disable-file|disable|enable)\b([\s\S]*)$/.exec(body);
    if (!m) continue;
    const [ids, ...why] = m[2]!.split(/\s--\s|\s--$|^--\s/);
    out.push({
      action: m[1] as Directive['action'],
      ruleIds: (ids ?? '').split(/[\s,]+/).filter(Boolean),
      reason: why.join(' -- ').trim(),
      start: open,
      end: close + 3,
    });
  }
  return out;
}

export interface SuppressionMap {
  suppressions: Suppression[];
  notices: { message: string; start: number; end: number }[];
  /** The suppression that silences a finding of `ruleId` starting at `offset`, if any. */
  find(ruleId: string, offset: number): Suppression | undefined;
}

export function buildSuppressions(text: string, lines: LineIndex, knownRules: Set<string>): SuppressionMap {
  const directives = parseDirectives(text);
  const suppressions: Suppression[] = [];
  const notices: SuppressionMap['notices'] = [];
  const scopes: { s: Suppression; from: number; to: number }[] = [];
  const open = new Map<string, { s: Suppression; from: number }>();
  for (const d of directives) {
    const range = lines.range(d.start, d.end);
    const unknown = d.ruleIds.filter((r) => r !== 'all' && !knownRules.has(r));
    if (unknown.length) notices.push({ message: `Unknown rule ${unknown.map((u) => `"${u}"`).join(', ')} in a suppression comment.`, start: d.start, end: d.end });
    const ids = d.ruleIds.length ? d.ruleIds.filter((r) => !unknown.includes(r)) : ['all'];
    if (d.action === 'enable') {
      for (const id of ids) {
        for (const [k, o] of open) {
          if (id === 'all' || k === id) {
            scopes.push({ s: o.s, from: o.from, to: d.start });
            open.delete(k);
          }
        }
      }
      continue;
    }
    if (!d.reason) {
      notices.push({
        message: 'This suppression gives no reason, so it has no effect. Write the reason after " -- ", for example: <!-- np-lint-disable closed-offence-list -- the list follows the treaty text -->.',
        start: d.start,
        end: d.end,
      });
      continue;
    }
    if (!ids.length) continue;
    const kind = d.action === 'disable' ? 'block' : d.action === 'disable-file' ? 'file' : d.action === 'disable-line' ? 'line' : 'next-line';
    const s: Suppression = { ruleIds: ids, reason: d.reason, range, kind, used: 0 };
    suppressions.push(s);
    if (kind === 'block') {
      for (const id of ids) open.set(id, { s, from: d.start });
    } else if (kind === 'file') {
      scopes.push({ s, from: 0, to: text.length + 1 });
    } else {
      const line = range.start.line + (kind === 'next-line' ? 1 : 0);
      // "next line" skips blank lines, since formatters put one after a comment.
      let l = line;
      if (kind === 'next-line') while (l < lines.lineCount && lines.lineStart(l) === lines.lineEnd(l)) l++;
      scopes.push({ s, from: lines.lineStart(kind === 'line' ? range.start.line : l), to: lines.lineEnd(kind === 'line' ? range.end.line : l) + 1 });
    }
  }
  for (const o of open.values()) scopes.push({ s: o.s, from: o.from, to: text.length + 1 });
  return {
    suppressions,
    notices,
    find(ruleId, offset) {
      for (const sc of scopes) {
        if (offset >= sc.from && offset < sc.to && (sc.s.ruleIds.includes('all') || sc.s.ruleIds.includes(ruleId))) return sc.s;
      }
      return undefined;
    },
  };
}
