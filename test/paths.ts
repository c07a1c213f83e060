import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The repository root (tests run from out/test/). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SEEDS = join(ROOT, '..', 'shared', 'seeds');
export const fixture = (...p: string[]) => join(ROOT, 'test', 'fixtures', ...p);
export const repo = (...p: string[]) => join(ROOT, ...p);
