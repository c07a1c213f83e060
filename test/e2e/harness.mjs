#!/usr/bin/env node
// Real-VS-Code test harness: code-server (= VS Code 1.100.3, installed by
// scripts/install-code-server.sh) + Debian's Chromium driven by playwright-core.
//
//   CLI:  node test/e2e/harness.mjs --extension-development-path ABS --extension-tests-path ABS
//                [--workspace ABS] [--env KEY=VALUE]... [--timeout SECONDS] [--verbose]
//   JS:   import { runTests, withWorkbench } from './harness.mjs'
//
// See test/e2e/README.md.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import util from 'node:util';

const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];
const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'chat.disableAIFeatures': true,
};
const TAIL_LINES = 200;

function log(msg) { process.stderr.write(`[e2e] ${msg}\n`); }
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Path of the code-server binary: $CODE_SERVER_BIN or the install script's cache folder. */
export function codeServerBin() {
  if (process.env.CODE_SERVER_BIN) return process.env.CODE_SERVER_BIN;
  const cache = process.env.NP_E2E_CACHE || path.join(os.homedir(), '.cache', 'np-lint-e2e');
  return path.join(cache, 'code-server', 'node_modules', '.bin', 'code-server');
}

async function loadPlaywright(extraBases = []) {
  try {
    return await import('playwright-core');
  } catch (e) {
    // Not next to the harness (e.g. the repo has no node_modules yet): try the cwd and the
    // extension folder, then give up with a clear message.
    for (const base of [process.cwd(), ...extraBases]) {
      try {
        const p = createRequire(path.join(base, 'noop.js')).resolve('playwright-core');
        return await import(pathToFileURL(p).href);
      } catch { /* next */ }
    }
    throw new Error(`playwright-core not found (npm install --save-dev playwright-core): ${e.message}`);
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Keeps the last N lines of a stream, optionally echoing them. */
class Tail {
  constructor(n = TAIL_LINES) { this.n = n; this.lines = []; }
  push(line) { this.lines.push(line); if (this.lines.length > this.n) this.lines.shift(); }
  dump(title) {
    if (!this.lines.length) return;
    process.stderr.write(`[e2e] ---- last ${this.lines.length} lines of ${title} ----\n`);
    for (const l of this.lines) process.stderr.write(`  ${l}\n`);
  }
}

function lineSplitter(onLine) {
  let buf = '';
  return (chunk) => {
    buf += chunk.toString();
    let i;
    while ((i = buf.indexOf('\n')) >= 0) { onLine(buf.slice(0, i)); buf = buf.slice(i + 1); }
  };
}

function alive(pid) {
  try { process.kill(pid, 0); return true; } catch (e) { return e.code === 'EPERM'; }
}

/** SIGTERM the whole process group, then SIGKILL what is left after graceMs. */
async function killGroup(pid, graceMs = 3000) {
  if (!pid) return;
  try { process.kill(-pid, 'SIGTERM'); } catch { return; }
  const until = Date.now() + graceMs;
  while (Date.now() < until && alive(-pid)) await sleep(100);
  try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ }
}

// Last-resort cleanup if the harness process dies without running `finally`.
const liveGroups = new Set();
const activeCleanups = new Set(); // async cleanups of runs in progress (used by the CLI's signal handler)
process.on('exit', () => { for (const pid of liveGroups) { try { process.kill(-pid, 'SIGKILL'); } catch { } } });

/**
 * Starts code-server in its own session (process group) with throwaway dirs under `tmp`.
 * Returns { port, baseUrl, child, stop() }.
 */
export async function startCodeServer({ tmp, env = {}, settings = {}, extensionsDir, vsix = [],
  verbose = false, tail = new Tail(), readyTimeoutMs = 60000 } = {}) {
  const bin = codeServerBin();
  if (!fs.existsSync(bin)) {
    throw new Error(`code-server not found at ${bin}: run scripts/install-code-server.sh first`);
  }
  const dirs = {
    userData: path.join(tmp, 'user-data'),
    extensions: path.join(tmp, 'extensions'),
    xdgConfig: path.join(tmp, 'xdg-config'),
    xdgData: path.join(tmp, 'xdg-data'),
    xdgCache: path.join(tmp, 'xdg-cache'),
  };
  for (const d of Object.values(dirs)) await fsp.mkdir(d, { recursive: true });
  await fsp.mkdir(path.join(dirs.userData, 'User'), { recursive: true });
  await fsp.writeFile(path.join(dirs.userData, 'User', 'settings.json'),
    JSON.stringify({ ...DEFAULT_SETTINGS, ...settings }, null, 2));
  if (extensionsDir) await fsp.cp(extensionsDir, dirs.extensions, { recursive: true });

  // A clean environment: nothing of an enclosing VS Code session, XDG dirs in the temp folder.
  const baseEnv = Object.fromEntries(Object.entries(process.env)
    .filter(([k]) => !k.startsWith('VSCODE_') && k !== 'ELECTRON_RUN_AS_NODE'));
  const childEnv = {
    ...baseEnv,
    XDG_CONFIG_HOME: dirs.xdgConfig, XDG_DATA_HOME: dirs.xdgData, XDG_CACHE_HOME: dirs.xdgCache,
    ...env,
  };
  const common = ['--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];

  for (const v of [].concat(vsix)) {
    await new Promise((resolve, reject) => {
      const p = spawn(bin, [...common, '--install-extension', v], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      p.stdout.on('data', (d) => { out += d; }); p.stderr.on('data', (d) => { out += d; });
      p.on('error', reject);
      p.on('exit', (c) => (c === 0 ? resolve() : reject(new Error(`--install-extension ${v} failed (${c}): ${out}`))));
    });
  }

  let lastErr;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const args = ['--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry',
      '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
      ...common];
    // detached => setsid(): code-server, its extension hosts and watchers share one process group.
    const child = spawn(bin, args, { env: childEnv, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    liveGroups.add(child.pid);
    let exited = null;
    child.on('exit', (code, sig) => { exited = { code, sig }; });
    child.on('error', (e) => { exited = { code: -1, sig: String(e) }; });
    const onLine = (line) => { tail.push(`[code-server] ${line}`); if (verbose) process.stderr.write(`[code-server] ${line}\n`); };
    child.stdout.on('data', lineSplitter(onLine));
    child.stderr.on('data', lineSplitter(onLine));
    const stop = async () => { await killGroup(child.pid); liveGroups.delete(child.pid); };
    const baseUrl = `http://127.0.0.1:${port}`;
    const until = Date.now() + readyTimeoutMs;
    while (Date.now() < until && !exited) {
      try {
        const r = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2000) });
        if (r.ok) return { port, baseUrl, child, stop, dirs };
      } catch { /* not yet */ }
      await sleep(200);
    }
    await stop();
    lastErr = exited
      ? new Error(`code-server exited early (code ${exited.code}, signal ${exited.sig})`)
      : new Error(`code-server not healthy after ${readyTimeoutMs / 1000} s`);
    if (!exited) break; // a hang is not a port race: don't retry
  }
  throw lastErr;
}

function browserPids(profile) {
  const out = [];
  let entries = [];
  try { entries = fs.readdirSync('/proc'); } catch { return out; }
  for (const e of entries) {
    if (!/^\d+$/.test(e)) continue;
    try {
      const cmd = fs.readFileSync(`/proc/${e}/cmdline`, 'utf8');
      if (cmd.includes(`--user-data-dir=${profile}`)) out.push(Number(e));
    } catch { /* gone */ }
  }
  return out;
}

/** Launches Debian's Chromium headless in a fresh profile; returns { context, page, close() }. */
export async function launchBrowser({ tmp, viewport = { width: 1280, height: 800 }, extraBases = [] }) {
  const pw = await loadPlaywright(extraBases);
  const chromium = pw.chromium || pw.default?.chromium;
  const profile = path.join(tmp, 'browser-profile');
  await fsp.mkdir(profile, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_BIN || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    timeout: 60000,
    // Keep Chromium's crashpad/dconf files out of ~ as well.
    env: { ...process.env, XDG_CONFIG_HOME: path.join(profile, 'xdg-config'), XDG_CACHE_HOME: path.join(profile, 'xdg-cache') },
  });
  const page = context.pages()[0] || await context.newPage();
  const close = async () => {
    await Promise.race([context.close().catch(() => {}), sleep(10000)]);
    // Then make sure no process of this browser (found by its unique profile dir) survives.
    for (let i = 0; i < 20; i++) {
      const pids = browserPids(profile);
      if (!pids.length) break;
      for (const pid of pids) { try { process.kill(pid, i < 5 ? 'SIGTERM' : 'SIGKILL'); } catch { } }
      await sleep(200);
    }
  };
  return { context, page, close };
}

function remoteUri(port, p) { return `vscode-remote://127.0.0.1:${port}${path.resolve(p)}`; }

function workbenchUrl(baseUrl, port, { workspace, extensionDevelopmentPath, extensionTestsPath }) {
  const url = new URL(baseUrl + '/');
  if (workspace) url.searchParams.set('folder', path.resolve(workspace));
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remoteUri(port, extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remoteUri(port, extensionTestsPath)]);
  if (payload.length) url.searchParams.set('payload', JSON.stringify(payload));
  return url.href;
}

// In test mode VS Code's renderer logs each console call of the extension host through its log
// service as console.log('%c INFO', 'color: …', fmt, ...args) — indistinguishable by text from the
// workbench's own logging. This init script wraps the page's console and forwards the calls made
// from MainThreadConsole.$logExtensionHostMessage (an RPC name, kept by the minifier) to Node.
const EXT_HOST_CONSOLE_SCRIPT = `(() => {
  const fwd = (level, args) => {
    try {
      const plain = args.map((a) => (a === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof a)) ? a
        : (() => { try { return JSON.stringify(a); } catch { return String(a); } })());
      window.__npE2eExtHostLog(level, plain);
    } catch {}
  };
  for (const level of ['log', 'info', 'warn', 'error']) {
    const orig = console[level].bind(console);
    console[level] = (...args) => {
      if (typeof window.__npE2eExtHostLog === 'function') {
        const lim = Error.stackTraceLimit; Error.stackTraceLimit = 50;
        const stack = new Error().stack || ''; Error.stackTraceLimit = lim;
        if (stack.includes('$logExtensionHostMessage')) {
          // Test mode: ('%c INFO', css, fmt, ...args). Dev mode: ('%c[Extension Host] %c' + fmt, css, css, ...args).
          let rest = args;
          if (typeof args[0] === 'string' && args[0].startsWith('%c')) {
            const n = args[0].split('%c').length - 1;
            rest = /^%c\\s*[A-Z]+\\s*$/.test(args[0]) ? args.slice(1 + n)
              : [args[0].replace(/%c/g, ''), ...args.slice(1 + n)];
          }
          fwd(level, rest);
        }
      }
      return orig(...args);
    };
  }
})();`;

async function forwardExtensionHostConsole(page, write) {
  await page.exposeFunction('__npE2eExtHostLog', (_level, args) => {
    const text = Array.isArray(args) && args.length ? util.format(...args) : '';
    write(text);
  });
  await page.addInitScript(EXT_HOST_CONSOLE_SCRIPT);
}

async function mkTmp() {
  return fsp.mkdtemp(path.join(os.tmpdir(), 'np-e2e-'));
}
async function rmTmp(tmp) {
  if (!tmp) return;
  if (process.env.NP_E2E_KEEP) { log(`kept ${tmp}`); return; }
  // Chromium's helper processes may still be flushing into the profile for a moment: retry.
  for (let i = 0; i < 10; i++) {
    try { await fsp.rm(tmp, { recursive: true, force: true, maxRetries: 3 }); return; } catch (e) {
      if (i === 9) log(`warning: could not remove ${tmp}: ${e.message}`);
      await sleep(300);
    }
  }
}

/**
 * A cleanup that closes the browser, stops code-server and removes the temp folder, whichever of
 * them `take()` hands over (it also forgets them, so a second call does nothing). Registered so
 * that a signal cleans up too.
 */
function registerCleanup(take) {
  const cleanup = async () => {
    activeCleanups.delete(cleanup);
    const { browser, server, tmp } = take();
    if (browser) await browser.close();
    if (server) await server.stop();
    await rmTmp(tmp);
  };
  activeCleanups.add(cleanup);
  return cleanup;
}

/**
 * Runs an extension's tests (module exporting run(): Promise<void>) inside a real VS Code
 * extension host. Resolves with the exit code (0 = all passed; 124 = timeout; 2 = harness error).
 * Never rejects; always cleans up code-server's process group, the browser and the temp dir.
 */
export async function runTests({ extensionDevelopmentPath, extensionTestsPath, workspace, env = {},
  settings = {}, timeoutMs = 180000, verbose = !!process.env.NP_E2E_VERBOSE, screenshot } = {}) {
  const t0 = Date.now();
  const secs = () => ((Date.now() - t0) / 1000).toFixed(1);
  let tmp, server, browser;
  const tail = new Tail();
  const cleanup = registerCleanup(() => {
    const held = { browser, server, tmp };
    browser = server = tmp = undefined;
    return held;
  });
  try {
    if (!extensionDevelopmentPath || !path.isAbsolute(extensionDevelopmentPath)) throw new Error('extensionDevelopmentPath must be an absolute path');
    if (!extensionTestsPath || !path.isAbsolute(extensionTestsPath)) throw new Error('extensionTestsPath must be an absolute path');
    if (!fs.existsSync(path.join(extensionDevelopmentPath, 'package.json'))) throw new Error(`no package.json in ${extensionDevelopmentPath}`);
    tmp = await mkTmp();
    if (!workspace) { workspace = path.join(tmp, 'workspace'); await fsp.mkdir(workspace); }
    server = await startCodeServer({ tmp, env, settings, verbose, tail });
    log(`code-server ready on ${server.baseUrl} after ${secs()} s`);
    browser = await launchBrowser({ tmp, extraBases: [extensionDevelopmentPath] });
    const { page } = browser;

    let resolveExit, rejectExit;
    const exited = new Promise((res, rej) => { resolveExit = res; rejectExit = rej; });
    await page.exposeFunction('codeAutomationExit', (code) => { resolveExit(Number(code) || 0); });
    let extHostLines = 0;
    const counts = {};
    await forwardExtensionHostConsole(page, (t) => {
      extHostLines++;
      process.stdout.write(t.endsWith('\n') ? t : t + '\n');
      // mocha's closing lines: "  N passing (12ms)", "  N failing", "  N pending"
      for (const m of t.matchAll(/^\s*(\d+) (passing|failing|pending)\b/gm)) counts[m[2]] = Number(m[1]);
    });
    page.on('console', (msg) => {
      tail.push(`[page ${msg.type()}] ${msg.text()}`);
      if (verbose) process.stderr.write(`[page ${msg.type()}] ${msg.text()}\n`);
    });
    page.on('pageerror', (e) => { tail.push(`[page error] ${e.message}`); if (verbose) log(`page error: ${e.message}`); });
    page.on('crash', () => rejectExit(new Error('the browser page crashed')));

    const url = workbenchUrl(server.baseUrl, server.port, { workspace, extensionDevelopmentPath, extensionTestsPath });
    if (verbose) log(`opening ${url}`);
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60000 });
    log(`workbench loading (${secs()} s); waiting up to ${timeoutMs / 1000} s for the tests`);

    let timer;
    const timedOut = new Promise((r) => { timer = setTimeout(() => r('timeout'), timeoutMs); });
    const result = await Promise.race([exited, timedOut]).finally(() => clearTimeout(timer));
    if (result === 'timeout') {
      if (screenshot) await page.screenshot({ path: screenshot }).catch(() => {});
      tail.dump('code-server and page output');
      log(`FAILED: timed out after ${timeoutMs / 1000} s waiting for the extension tests to exit`);
      return 124;
    }
    await sleep(200); // let the last forwarded console lines arrive
    if (!extHostLines) log('warning: no extension host output was captured (see README, "output")');
    log(`extension tests exited with code ${result} after ${secs()} s`);
    if (counts.passing !== undefined || counts.failing !== undefined) {
      // The plain closing line CI tooling reads: "N passed, N failed[, N skipped]".
      process.stdout.write(`e2e: ${counts.passing || 0} passed, ${counts.failing || 0} failed`
        + (counts.pending ? `, ${counts.pending} skipped` : '') + '\n');
    }
    if (result !== 0 && screenshot) await page.screenshot({ path: screenshot }).catch(() => {});
    return result;
  } catch (e) {
    tail.dump('code-server and page output');
    log(`FAILED: ${e.message}`);
    return 2;
  } finally {
    await cleanup();
  }
}

/**
 * Opens the real workbench on `workspace` for a Playwright-driven UI test:
 *   await withWorkbench({ workspace, extensionDevelopmentPath }, async (page, baseUrl, ctx) => { ... })
 * Options: workspace (abs path, required), extensionDevelopmentPath (load an unpacked extension in
 * development mode) and/or extensionsDir (folder of installed extensions, copied) and/or vsix
 * (path or array of .vsix files to install), env, settings, viewport, verbose.
 * Resolves with fn's result once the workbench is visible; always cleans up.
 */
export async function withWorkbench(opts, fn) {
  const { workspace, extensionsDir, extensionDevelopmentPath, vsix = [], env = {}, settings = {},
    viewport, verbose = !!process.env.NP_E2E_VERBOSE, readyTimeoutMs = 90000 } = opts || {};
  if (!workspace || !path.isAbsolute(workspace)) throw new Error('withWorkbench: workspace must be an absolute path');
  const tail = new Tail();
  let tmp, server, browser, ok = false;
  const cleanup = registerCleanup(() => {
    const held = { browser, server, tmp };
    browser = server = tmp = undefined;
    return held;
  });
  try {
    tmp = await mkTmp();
    server = await startCodeServer({ tmp, env, settings, extensionsDir, vsix, verbose, tail });
    browser = await launchBrowser({ tmp, viewport, extraBases: extensionDevelopmentPath ? [extensionDevelopmentPath] : [] });
    const { page, context } = browser;
    await forwardExtensionHostConsole(page, (t) => {
      tail.push(`[ext host] ${t}`);
      if (verbose) process.stderr.write(`[ext host] ${t}\n`);
    });
    page.on('console', (msg) => {
      tail.push(`[page ${msg.type()}] ${msg.text()}`);
      if (verbose) process.stderr.write(`[page ${msg.type()}] ${msg.text()}\n`);
    });
    const url = workbenchUrl(server.baseUrl, server.port, { workspace, extensionDevelopmentPath });
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60000 });
    await page.locator('.monaco-workbench .part.statusbar').first().waitFor({ state: 'visible', timeout: readyTimeoutMs });
    const res = await fn(page, server.baseUrl, { context, port: server.port, tmp, url });
    ok = true;
    return res;
  } finally {
    if (!ok) tail.dump('code-server and page output');
    await cleanup();
  }
}

// ---------------------------------------------------------------- CLI
function usage() {
  return `usage: node test/e2e/harness.mjs --extension-development-path ABS --extension-tests-path ABS
       [--workspace ABS] [--env KEY=VALUE]... [--timeout SECONDS (180)] [--screenshot FILE.png] [--verbose]
env: CODE_SERVER_BIN, NP_E2E_CACHE, CHROMIUM_BIN, NP_E2E_VERBOSE=1, NP_E2E_KEEP=1 (keep temp dir)`;
}

function parseArgs(argv) {
  const o = { env: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [k, inline] = a.includes('=') && a.startsWith('--') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const val = () => (inline !== undefined ? inline : argv[++i]);
    switch (k) {
      case '--extension-development-path': case '--extensionDevelopmentPath': o.extensionDevelopmentPath = path.resolve(val()); break;
      case '--extension-tests-path': case '--extensionTestsPath': o.extensionTestsPath = path.resolve(val()); break;
      case '--workspace': case '--folder': o.workspace = path.resolve(val()); break;
      case '--env': { const kv = val(); const j = kv.indexOf('='); if (j < 1) throw new Error(`bad --env ${kv}`); o.env[kv.slice(0, j)] = kv.slice(j + 1); break; }
      case '--timeout': o.timeoutMs = Number(val()) * 1000; break;
      case '--screenshot': o.screenshot = path.resolve(val()); break;
      case '--verbose': o.verbose = true; break;
      case '-h': case '--help': console.log(usage()); process.exit(0); break;
      default: throw new Error(`unknown argument ${a}`);
    }
  }
  if (!o.extensionDevelopmentPath || !o.extensionTestsPath) throw new Error('--extension-development-path and --extension-tests-path are required');
  return o;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let opts;
  try { opts = parseArgs(process.argv.slice(2)); } catch (e) { console.error(`${e.message}\n${usage()}`); process.exit(2); }
  let stopping = false;
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.on(sig, () => {
      if (stopping) return; stopping = true;
      log(`${sig}: stopping`);
      const code = sig === 'SIGINT' ? 130 : 143;
      setTimeout(() => process.exit(code), 15000).unref();
      Promise.allSettled([...activeCleanups].map((c) => c())).then(() => process.exit(code));
    });
  }
  const code = await runTests(opts);
  process.exit(code);
}
