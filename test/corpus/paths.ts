// Paths for the corpus tests. Tests compile to out/test/corpus/, so the repository root is three
// levels up from the compiled file; the seeds are in ../shared/seeds/ beside the repository.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const repoRoot = new URL('../../../', import.meta.url);
export const seedsDir = new URL('../shared/seeds/', repoRoot);

export function readSeed(name: string): string {
  return readFileSync(fileURLToPath(new URL(name, seedsDir)), 'utf8');
}

export function repoPath(rel: string): string {
  return fileURLToPath(new URL(rel, repoRoot));
}
