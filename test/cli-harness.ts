import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../src/cli/main.js';

/** A fresh temporary folder holding `files` (paths relative to it; folders are made as needed). */
export function tmpFolder(files: Record<string, string | Uint8Array>, prefix = 'np-cli-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [name, data] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
  return dir;
}

/**
 * Runs np-lint in-process as the command line would, in `cwd`, with `stdin` as standard input:
 * the exit code and everything printed. A usage error thrown by the command becomes exit code 2
 * with its "np-lint: ..." line on standard error, as bin/np-lint.js prints it.
 */
export async function cli(argv: string[], cwd: string, stdin: string | Uint8Array = ''): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { stdout: (s) => void out.push(s), stderr: (s) => void err.push(s), stdin: async () => stdin, cwd, color: false }).catch((e) => {
    err.push(`np-lint: ${(e as Error).message}\n`);
    return 2;
  });
  return { code, out: out.join(''), err: err.join('') };
}
