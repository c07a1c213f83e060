import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { repo } from './paths.js';

/**
 * The engine's regular expressions, discovered rather than listed (for the ReDoS check, and for
 * scripts/redos-memory.mjs, which measures the checker's memory on each).
 */

/** A pattern found in the engine, and where. */
export interface Found {
  source: string;
  flags: string;
  where: string;
}

function files(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    // The engine's own code only: its tests (rules keep theirs beside them) are not the engine.
    return statSync(p).isDirectory() ? files(p, ext) : p.endsWith(ext) && !p.endsWith(`.test${ext}`) ? [p] : [];
  });
}

/** Adds every regular expression literal in src/engine/**.ts (its tests excepted), keyed `/source/flags`. */
export function literals(found: Map<string, Found>): void {
  for (const f of files(repo('src', 'engine'), '.ts')) {
    const sf = ts.createSourceFile(f, readFileSync(f, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (n: ts.Node): void => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        // Evaluate the literal as JavaScript reads it.
        const re = new Function(`return ${n.getText()}`)() as RegExp;
        const line = sf.getLineAndCharacterOfPosition(n.getStart()).line + 1;
        found.set(`/${re.source}/${re.flags}`, { source: re.source, flags: re.flags, where: `${relative(repo(), f)}:${line}` });
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
}

/**
 * Adds every RegExp, and every `{ source, flags }` pattern record, reachable from the exports of the
 * compiled modules under out/src/engine/**, keyed `/source/flags`.
 */
export async function exported(found: Map<string, Found>): Promise<void> {
  for (const f of files(repo('out', 'src', 'engine'), '.js')) {
    const mod = (await import(pathToFileURL(f).href)) as Record<string, unknown>;
    const seen = new Set<unknown>();
    const walk = (v: unknown, path: string): void => {
      if (v === null || (typeof v !== 'object' && typeof v !== 'function') || seen.has(v)) return;
      seen.add(v);
      if (v instanceof RegExp) {
        found.set(`/${v.source}/${v.flags}`, { source: v.source, flags: v.flags, where: path });
        return;
      }
      if (typeof v === 'function') return;
      const r = v as { source?: unknown; flags?: unknown };
      if (typeof r.source === 'string' && (typeof r.flags === 'string' || r.flags === undefined)) {
        const flags = (r.flags as string | undefined) ?? '';
        found.set(`/${r.source}/${flags}`, { source: r.source, flags, where: path });
      }
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) walk(x, `${path}.${k}`);
    };
    for (const [k, v] of Object.entries(mod)) walk(v, `${relative(repo('out'), f)}:${k}`);
  }
}

