import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/**
 * A stand-in for recheck's checker in the tests of the ReDoS harness: it speaks the same protocol
 * and calls every pattern safe, except the patterns that name a failure:
 * - `die`: the process is killed at once, as the system's out-of-memory killer does;
 * - `oom`: it reports running out of memory and exits, as the native checker does;
 * - `hang`: it never answers, and starts a process of its own that never ends either;
 * - `die-once:<file>`: it is killed the first time (when <file> does not exist yet), answers after.
 */
/** Where the stand-in notes the processes it runs (FAKE_CHECKER_PIDS), so a test can see they end. */
const note = (pid: number | undefined): void => {
  if (process.env.FAKE_CHECKER_PIDS && pid !== undefined) appendFileSync(join(process.env.FAKE_CHECKER_PIDS, 'pids'), `${pid}\n`);
};
note(process.pid);
const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  const { id, params } = JSON.parse(line) as { id: number; params: { source: string; flags: string } };
  const { source, flags } = params;
  if (source === 'die') process.kill(process.pid, 'SIGKILL');
  if (source === 'oom') {
    process.stderr.write('Exception in thread "main" java.lang.OutOfMemoryError: Garbage-collected heap size exceeded.\n');
    process.exit(3);
  }
  if (source === 'hang') {
    note(spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' }).pid);
    return;
  }
  if (source.startsWith('die-once:')) {
    const marker = source.slice('die-once:'.length);
    if (!existsSync(marker)) {
      writeFileSync(marker, '');
      process.kill(process.pid, 'SIGKILL');
    }
  }
  const result = { source, flags, status: 'safe', checker: 'automaton', complexity: { type: 'safe', summary: 'safe', isFuzz: false } };
  process.stdout.write(`${JSON.stringify({ jsonrpc: '2.0+push', id, result })}\n`);
});
