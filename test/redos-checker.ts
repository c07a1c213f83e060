import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Diagnostics, Parameters } from 'recheck';

/**
 * The ReDoS check's own harness: it runs recheck in checker processes it controls, one pattern at a
 * time each, so that a checker that runs out of memory or stops responding costs one pattern's
 * verdict, not the whole run.
 *
 * recheck's own client keeps one long-lived checker process for every check and never gives up on a
 * request whose process has died: in one CI run that process grew to 23.8 GB, was killed by the
 * system, and the test waited until its own limit. Here each lane of the pool has its own checker,
 * started in its own process group with its memory capped; the lane waits for a verdict no longer
 * than a watchdog allows; if the checker dies or the watchdog fires, the lane kills the group, starts
 * a fresh checker and tries the pattern once more, then moves on.
 */

/** How to start one checker process: it speaks recheck's agent protocol on its stdin and stdout. */
export interface CheckerCommand {
  file: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  /** What the command is, for the test's report ("recheck's native checker, memory capped at …"). */
  label: string;
}

/** One check to run: a pattern, recheck's parameters, and how long to wait for a verdict at most. */
export interface CheckRequest {
  source: string;
  flags: string;
  params: Parameters;
  /** Milliseconds to wait for a verdict before the checker is taken to have stopped responding. */
  watchdogMs: number;
}

/** What came of one check: recheck's verdict, or why the checker gave none. */
export type Outcome =
  | { kind: 'verdict'; result: Diagnostics; peakKb?: number }
  | { kind: 'failed'; reason: string; peakKb?: number };

/** An outcome after at most one retry, with the reasons of every attempt that failed. */
export type CheckOutcome = Outcome & { failures: string[] };

/** Options of the pool. */
export interface PoolOptions {
  /** How many checkers run at once. */
  width: number;
  /** Starts a checker (called again for a fresh checker after one fails). */
  command: CheckerCommand;
  /** Told of every failed attempt, so the run can say which pattern made the checker fail. */
  onFailure?: (source: string, flags: string, reason: string) => void;
}

/** The peak memory (kB) of a process since it was last reset, from /proc (Linux only). */
function peakKb(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Resets a process's peak memory, so that the next reading is the peak of the next check alone. */
function resetPeak(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    // not Linux, or not allowed: the peaks are then cumulative, which only the report reads
  }
}

/** Every checker still running, so that none outlives the test run. */
const live = new Set<Checker>();
process.on('exit', () => {
  for (const c of live) c.kill();
});

/**
 * One checker process in its own process group, answering one request at a time. It never leaves a
 * request waiting: a verdict, the process's end, or the watchdog settles it.
 */
class Checker {
  private readonly child: ChildProcess;
  private nextId = 0;
  private buffer = '';
  private stderr = '';
  private ended: string | undefined;
  private killed = false;
  private pending: { id: number; settle: (o: Outcome) => void } | undefined;
  private readonly closed: Promise<void>;
  private isClosed = false;

  constructor(command: CheckerCommand) {
    this.child = spawn(command.file, command.args, {
      detached: true, // its own process group, killed as a whole
      stdio: ['pipe', 'pipe', 'pipe'],
      env: command.env ?? process.env,
    });
    live.add(this);
    try {
      // Should the machine run short of memory all the same, the system stops the checker, not the test.
      if (this.child.pid !== undefined) writeFileSync(`/proc/${this.child.pid}/oom_score_adj`, '1000');
    } catch {
      // not Linux
    }
    this.child.stdout!.setEncoding('utf8');
    this.child.stdout!.on('data', (chunk: string) => this.read(chunk));
    this.child.stderr!.setEncoding('utf8');
    this.child.stderr!.on('data', (chunk: string) => {
      this.stderr = (this.stderr + chunk).slice(-4000);
    });
    this.child.stdin!.on('error', () => undefined); // a write after the checker died: its end settles the request
    this.closed = new Promise<void>((resolve) => {
      this.child.once('close', () => {
        this.isClosed = true;
        resolve();
      });
      this.child.once('error', () => {
        if (this.child.pid === undefined) resolve(); // it never started
      });
    });
    this.child.on('error', (e) => this.end(`the checker could not be started (${e.message})`));
    // When the checker ends, so does anything it started (which could hold its output open).
    this.child.on('exit', () => this.killGroup());
    // 'close', not 'exit': a verdict written just before the end is still read.
    this.child.on('close', (code, signal) => this.end(this.why(code, signal)));
    // The checker does not keep the test process alive; a pending request's watchdog does.
    this.child.unref();
    for (const s of [this.child.stdin, this.child.stdout, this.child.stderr]) (s as unknown as { unref?: () => void }).unref?.();
  }

  /** Why the checker ended, in words a reader of the test's report understands. */
  private why(code: number | null, signal: NodeJS.Signals | null): string {
    if (/OutOfMemory|out of memory|Cannot allocate|heap space|mmap/i.test(this.stderr)) return 'the checker ran out of memory';
    // The system's out-of-memory killer sends SIGKILL; the test sends it only after the watchdog.
    if (signal === 'SIGKILL') return 'the checker ran out of memory (the system stopped it)';
    const last = this.stderr.trim().split('\n').pop()?.slice(0, 200);
    return `the checker stopped (${signal ? `signal ${signal}` : `exit code ${code}`})${last ? `: ${last}` : ''}`;
  }

  private read(chunk: string): void {
    this.buffer += chunk;
    let nl: number;
    while ((nl = this.buffer.indexOf('\n')) >= 0) {
      const line = this.buffer.slice(0, nl);
      this.buffer = this.buffer.slice(nl + 1);
      if (!line.trim()) continue;
      let msg: { id?: number; result?: Diagnostics };
      try {
        msg = JSON.parse(line) as typeof msg;
      } catch {
        continue; // not a protocol line
      }
      const p = this.pending;
      if (p && msg.id === p.id && msg.result !== undefined) {
        this.pending = undefined;
        p.settle({ kind: 'verdict', result: msg.result, peakKb: peakKb(this.child.pid) });
      }
    }
  }

  private end(reason: string): void {
    if (this.ended !== undefined) return;
    this.ended = this.killed ? 'the checker was stopped' : reason;
    live.delete(this);
    const p = this.pending;
    this.pending = undefined;
    p?.settle({ kind: 'failed', reason: this.ended });
  }

  /** Checks one pattern; resolves with a verdict or with why there is none, never hangs. */
  check(req: CheckRequest): Promise<Outcome> {
    if (this.ended !== undefined) return Promise.resolve({ kind: 'failed', reason: this.ended });
    return new Promise<Outcome>((resolve) => {
      const id = this.nextId++;
      const timer = setTimeout(() => {
        if (this.pending?.id !== id) return;
        this.pending = undefined;
        const peak = peakKb(this.child.pid);
        this.kill();
        resolve({ kind: 'failed', reason: `the checker stopped responding (no verdict in ${req.watchdogMs / 1000} s)`, peakKb: peak });
      }, req.watchdogMs);
      this.pending = {
        id,
        settle: (o) => {
          clearTimeout(timer);
          resolve(o);
        },
      };
      resetPeak(this.child.pid);
      const line = JSON.stringify({ jsonrpc: '2.0+push', id, method: 'check', params: { source: req.source, flags: req.flags, params: req.params } });
      this.child.stdin!.write(`${line}\n`);
    });
  }

  /** Kills the checker's process group and resolves once the checker has ended. */
  stop(): Promise<void> {
    this.kill();
    return this.closed;
  }

  /** Kills the checker's whole process group (the checker and anything it started). */
  kill(): void {
    this.killed = true;
    live.delete(this);
    this.killGroup();
  }

  private killGroup(): void {
    const pid = this.child.pid;
    if (pid === undefined || this.isClosed) return; // once closed, the group's id may belong to another process
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // the group is gone already
    }
  }
}

/**
 * Runs `fn` over `items`, `width` at a time; `fn` checks patterns through the `check` it is given,
 * which runs on its lane's checker. A check whose checker died or stopped responding is tried once
 * more in a fresh checker; if that fails too the outcome says why (`kind: 'failed'`). Every item gets
 * its result: the pool ends when the last check has a verdict or a reason.
 */
export async function checkAll<T, R>(items: readonly T[], options: PoolOptions, fn: (item: T, check: (req: CheckRequest) => Promise<CheckOutcome>) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.max(1, options.width) }, async () => {
      let checker: Checker | undefined;
      const check = async (req: CheckRequest): Promise<CheckOutcome> => {
        const failures: string[] = [];
        for (;;) {
          checker ??= new Checker(options.command);
          const o = await checker.check(req);
          if (o.kind === 'verdict') return { ...o, failures };
          await checker.stop();
          checker = undefined;
          failures.push(o.reason);
          options.onFailure?.(req.source, req.flags, o.reason);
          if (failures.length === 2) return { ...o, failures };
        }
      };
      try {
        while (next < items.length) {
          const k = next++;
          out[k] = await fn(items[k]!, check);
        }
      } finally {
        await checker?.stop();
      }
    }),
  );
  return out;
}

/** Cap of recheck's native checker: address space (ulimit -v) and the heap its collector keeps to. */
export interface MemoryCap {
  /** The whole process's virtual memory, in MB: the system refuses it more (a hard limit). */
  virtualMb: number;
  /** The checker's heap, in MB: its garbage collector works within it instead of growing. */
  heapMb: number;
}

/**
 * How to start a checker here: recheck's native checker (installed from npm for this platform),
 * with its memory capped; where there is none, a small Node process that checks with recheck's own
 * client (its Java or JavaScript backend, as the test did before), its heap capped.
 */
export function checkerCommand(cap: MemoryCap): CheckerCommand {
  const require = createRequire(import.meta.url);
  let bin: string | undefined;
  try {
    const platform = ({ linux: 'linux', darwin: 'macos' } as Record<string, string>)[process.platform];
    const arch = ({ x64: 'x64', arm64: 'arm64' } as Record<string, string>)[process.arch];
    if (platform && arch) bin = require.resolve(`recheck-${platform}-${arch}/package.json`).replace(/package\.json$/, 'recheck');
  } catch {
    bin = undefined;
  }
  if (bin && existsSync(bin) && existsSync('/bin/sh')) {
    // The heap cap makes the checker collect its garbage rather than grow towards its default of 80 % of
    // the machine's memory; exiting on the first out-of-memory error gives a prompt, named failure;
    // the address-space cap is the hard limit should anything else grow.
    return {
      file: '/bin/sh',
      args: ['-c', `ulimit -v ${cap.virtualMb * 1024} && exec "$0" "$@"`, bin, `-XX:MaxHeapSize=${cap.heapMb}m`, '-XX:+ExitOnOutOfMemoryError', 'agent'],
      label: `recheck's native checker, heap ${cap.heapMb} MB, address space ${cap.virtualMb} MB`,
    };
  }
  return clientCheckerCommand(cap);
}

/**
 * A checker that checks with recheck's own client in a Node process (test/recheck-agent.ts), with
 * its heap capped (and the Java checker's, should the client start one): where there is no native
 * checker. `backend` chooses the client's backend (RECHECK_BACKEND), by default its own choice.
 */
export function clientCheckerCommand(cap: MemoryCap, backend?: 'java' | 'worker' | 'pure'): CheckerCommand {
  const env: NodeJS.ProcessEnv = { ...process.env, JAVA_TOOL_OPTIONS: `${process.env.JAVA_TOOL_OPTIONS ?? ''} -Xmx${cap.heapMb}m -XX:+ExitOnOutOfMemoryError`.trim() };
  if (backend) env.RECHECK_BACKEND = backend;
  return {
    file: process.execPath,
    args: [`--max-old-space-size=${cap.heapMb}`, fileURLToPath(new URL('./recheck-agent.js', import.meta.url))],
    env,
    label: `recheck's own client in a Node process (${backend ?? 'no native checker here'}), heap ${cap.heapMb} MB`,
  };
}
