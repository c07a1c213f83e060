import { unified } from 'unified';
import { forParser } from './markdown.js';
import remarkParse from 'remark-parse';
import type { LineIndex } from './text.js';
import type { DirectiveProblem, Suppression } from './types.js';

/**
 * Inline suppressions in HTML comments, in the markdownlint family, each with a reason:
 *   <!-- np-lint-disable closed-offence-list -- the list is closed by treaty -->   (until enabled)
 *   <!-- np-lint-enable closed-offence-list -->
 *   <!-- np-lint-disable-next-line duress-threshold -- reason -->
 *   <!-- np-lint-disable-line NP002 -- reason -->                                   (same line)
 *   <!-- np-lint-disable-file missing-child-provision -- reason -->
 * Rules are named by id or code; none, or "all", means every rule. `enable RULE` after
 * `disable all` turns that one rule back on. A suppression without a reason does not take effect:
 * reviewers must see why a check is off. Only a real HTML comment is a directive: one shown inside
 * inline code, a fenced or an indented code block is an example, not a directive.
 * Problems with directives (no reason, unknown rule, silencing nothing: ESLint's "unused disable
 * directive") are returned as DirectiveProblems, rendered like findings.
 */

export interface Directive {
  action: 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';
  /** The rules as written (ids, codes or "all"). */
  ruleIds: string[];
  reason: string;
  /** 0-based UTF-16 offsets of the whole comment. */
  start: number;
  end: number;
}

interface MdNode {
  type: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const parser = unified().use(remarkParse);

/** Where the Markdown has HTML (block or inline): [start, end) offsets. Code and code spans are not HTML. */
function htmlSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  // Through the reading layer's guard (a BOM keeps offsets, nesting is bounded), and without recursion.
  const { text: src, shift } = forParser(text);
  const stack: MdNode[] = [parser.parse(src) as MdNode];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'html') out.push([(n.position?.start.offset ?? 0) + shift, (n.position?.end.offset ?? 0) + shift]);
    else for (const c of n.children ?? []) stack.push(c);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** Every np-lint directive in the text that is a real HTML comment (not one shown as an example in code). */
export function parseDirectives(text: string): Directive[] {
  if (!text.includes('np-lint-')) return [];
  const candidates: Directive[] = [];
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
    candidates.push({
      action: m[1] as Directive['action'],
      ruleIds: (ids ?? '').split(/[\s,]+/).filter(Boolean),
      reason: why.join(' -- ').trim(),
      start: open,
      end: close + 3,
    });
  }
  if (!candidates.length) return [];
  const html = htmlSpans(text);
  return candidates.filter((d) => html.some(([s, e]) => s <= d.start && d.end <= e));
}

export interface SuppressionMap {
  suppressions: Suppression[];
  /** Problems found while reading the directives (no reason, unknown rule). */
  problems: { kind: DirectiveProblem['kind']; severity: DirectiveProblem['severity']; message: string; start: number; end: number }[];
  /** The suppression that silences a finding of `ruleId` starting at `offset`, if any. */
  find(ruleId: string, offset: number): Suppression | undefined;
}

interface Scope {
  s: Suppression;
  from: number;
  to: number;
  /** Rules turned back on inside an "all" scope by `enable RULE`. */
  except?: Set<string>;
}

/**
 * Reads the directives of a bill. `rules` maps every accepted name (rule id and code) to the rule
 * id; `suggest` proposes a rule for a misspelt name.
 */
export function buildSuppressions(
  text: string,
  lines: LineIndex,
  rules: ReadonlyMap<string, string>,
  suggest: (name: string) => string | undefined = () => undefined,
): SuppressionMap {
  const directives = parseDirectives(text);
  const suppressions: Suppression[] = [];
  const problems: SuppressionMap['problems'] = [];
  const scopes: Scope[] = [];
  /** Open `disable` blocks, by rule id or "all". */
  const open = new Map<string, { s: Suppression; from: number; except?: Set<string> }>();
  for (const d of directives) {
    const range = lines.range(d.start, d.end);
    const unknown = d.ruleIds.filter((r) => r.toLowerCase() !== 'all' && !rules.has(r) && !rules.has(r.toUpperCase()));
    for (const u of unknown) {
      const hint = suggest(u);
      problems.push({
        kind: 'unknown-rule',
        severity: 'warning',
        message: `Unknown rule "${u}" in a suppression comment, so it silences nothing.${hint ? ` Did you mean "${hint}"?` : ''}`,
        start: d.start,
        end: d.end,
      });
    }
    const named = d.ruleIds.filter((r) => !unknown.includes(r)).map((r) => (r.toLowerCase() === 'all' ? 'all' : rules.get(r) ?? rules.get(r.toUpperCase())!));
    const ids = d.ruleIds.length ? [...new Set(named)] : ['all'];
    if (d.action === 'enable') {
      for (const id of ids) {
        for (const [k, o] of [...open]) {
          if (id === 'all' || k === id) {
            scopes.push({ s: o.s, from: o.from, to: d.start, except: o.except });
            open.delete(k);
          } else if (k === 'all') {
            // `enable RULE` inside `disable all`: that rule is checked again from here on.
            scopes.push({ s: o.s, from: o.from, to: d.start, except: o.except });
            open.set(k, { s: o.s, from: d.start, except: new Set([...(o.except ?? []), id]) });
          }
        }
      }
      continue;
    }
    if (!d.reason) {
      problems.push({
        kind: 'missing-reason',
        severity: 'warning',
        message:
          'This suppression gives no reason, so it has no effect. Write the reason after " -- ", for example: <!-- np-lint-disable closed-offence-list -- the list follows the treaty text -->.',
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
      // "next line" skips blank lines, since formatters put one after a comment.
      let l = range.end.line + 1;
      if (kind === 'next-line') while (l < lines.lineCount && lines.lineStart(l) === lines.lineEnd(l)) l++;
      scopes.push({ s, from: lines.lineStart(kind === 'line' ? range.start.line : l), to: lines.lineEnd(kind === 'line' ? range.end.line : l) + 1 });
    }
  }
  for (const o of open.values()) scopes.push({ s: o.s, from: o.from, to: text.length + 1, except: o.except });
  return {
    suppressions,
    problems,
    find(ruleId, offset) {
      for (const sc of scopes) {
        if (offset < sc.from || offset >= sc.to || sc.except?.has(ruleId)) continue;
        if (sc.s.ruleIds.includes('all') || sc.s.ruleIds.includes(ruleId)) return sc.s;
      }
      return undefined;
    },
  };
}
