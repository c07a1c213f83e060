import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';

/** The repository root (tests run from out/test/). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SEEDS = join(ROOT, '..', 'shared', 'seeds');
export const fixture = (...p: string[]) => join(ROOT, 'test', 'fixtures', ...p);
export const repo = (...p: string[]) => join(ROOT, ...p);

/**
 * The seed file of each source, by the name the project cites it by ("ASEAN Guideline (2025)" →
 * "002_….txt"), read from the table in ../shared/seeds/README.md (its "how to cite" column, up to the
 * first comma): the seeds' own index is the one source of truth.
 */
export const SEED_FOR: Record<string, string> = Object.fromEntries(
  readFileSync(join(SEEDS, 'README.md'), 'utf8')
    .split('\n')
    .map((line) => /^\|\s*`([^`]+\.txt)`\s*\|[^|]*\|\s*([^|,]+?)\s*(?:,[^|]*)?\|\s*$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [m[2]!, m[1]!]),
);
