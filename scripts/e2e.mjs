#!/usr/bin/env node
// `npm run test:e2e`: the VS Code extension in a real VS Code (code-server 4.100.3 = VS Code 1.100.3,
// installed by scripts/install-code-server.sh), in a few minutes:
//   1. type-check the extension and its tests (tsconfig.extension.json);
//   2. bundle them (scripts/bundle.mjs) and run the grammar tests (npm run test:grammar);
//   3. package the .vsix (npm run package) and check its size and contents;
//   4. run the integration suites (test/integration) inside the extension host (test/e2e/harness.mjs);
//   5. run the UI check (test/ui/ui-check.mjs) on a workbench with the packaged .vsix installed, and
//      save the screenshots to .test-output/ (with NP_UPDATE_SCREENSHOT=1, the README's to media/screenshot.png);
//   6. run the web check (test/ui/web-check.mjs): a variant of the .vsix with only the browser entry,
//      installed in a fresh code-server, runs in the workbench's web worker extension host and shows
//      the sample bill's findings (screenshot .test-output/web-worker.png);
//   7. open the HTML review report (np-lint review --format html) in Chromium (test/ui/review-report.mjs),
//      with its screenshot and print PDF kept in .test-output/.
// Options: --ui-only (steps 2, 3, 5, 6), --no-ui, --grep PATTERN (integration tests), --verbose.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runTests, withWorkbench } from '../test/e2e/harness.mjs';
import { uiCheck, UI_SETTINGS } from '../test/ui/ui-check.mjs';
import { reviewReportCheck } from '../test/ui/review-report.mjs';
import { makeWebOnlyVsix, webCheck } from '../test/ui/web-check.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const uiOnly = args.includes('--ui-only');
const noUi = args.includes('--no-ui');
const verbose = args.includes('--verbose') || !!process.env.NP_E2E_VERBOSE;
const grepAt = args.indexOf('--grep');
const grep = grepAt >= 0 ? args[grepAt + 1] : undefined;
const outDir = path.join(root, '.test-output');
const VSIX = path.join(root, 'non-punishment-drafting-assistant.vsix');
const MAX_VSIX = 1024 * 1024;
const t0 = Date.now();
const results = [];
const secs = (t) => ((Date.now() - t) / 1000).toFixed(1);
const log = (m) => process.stderr.write(`[e2e] ${m}\n`);

/** Lists the files in a .vsix (a zip) from its central directory. */
function listVsix(file) {
  const buf = fs.readFileSync(file);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error(`${file} is not a zip file`);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const names = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`${file}: bad central directory`);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    names.push(buf.toString('utf8', p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}

function sh(title, cmd, cmdArgs, opts = {}) {
  const t = Date.now();
  log(`${title}: ${cmd} ${cmdArgs.join(' ')}`);
  const r = spawnSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit', ...opts });
  const ok = r.status === 0;
  results.push({ title, ok, secs: secs(t) });
  if (!ok) log(`${title} FAILED (exit ${r.status ?? r.signal})`);
  return ok;
}

/** A throwaway copy of test/integration/workspace with the sample bill in each folder. */
function makeWorkspace(name) {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), `np-ws-${name}-`));
  fs.cpSync(path.join(root, 'test', 'integration', 'workspace'), ws, { recursive: true });
  const bill = path.join(root, 'examples', 'trafficking-bill.md');
  for (const dir of ['.', 'strict/nested', 'bad-config', 'save', 'settings/deep']) {
    fs.mkdirSync(path.join(ws, dir), { recursive: true });
    fs.copyFileSync(bill, path.join(ws, dir, 'bill.md'));
  }
  return ws;
}

function checkVsix() {
  const t = Date.now();
  const size = fs.statSync(VSIX).size;
  const files = listVsix(VSIX);
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const need = [
    'extension/package.json', 'extension/package.nls.json', 'extension/dist/extension.cjs', 'extension/dist/web/extension.js',
    'extension/snippets/markdown.json', 'extension/syntaxes/legislative-markdown.tmLanguage.json',
    'extension/examples/trafficking-bill.md', 'extension/media/icon.png', 'extension/media/np-lint.schema.json',
  ];
  for (const s of pkg.contributes.walkthroughs[0].steps) {
    const m = s.media.markdown ?? s.media.image;
    need.push(`extension/${m}`);
  }
  const missing = need.filter((f) => !files.includes(f));
  const docs = files.filter((f) => f.startsWith('extension/docs/rules/'));
  const stray = files.filter((f) => /node_modules|\.map$|\/src\/|\/test\//.test(f));
  const problems = [];
  if (size >= MAX_VSIX) problems.push(`the .vsix is ${size} bytes (limit ${MAX_VSIX})`);
  if (missing.length) problems.push(`missing from the .vsix: ${missing.join(', ')}`);
  if (stray.length) problems.push(`should not be in the .vsix: ${stray.join(', ')}`);
  if (!pkg.contributes.commands?.length || !pkg.contributes.configuration || !pkg.contributes.grammars?.length || !pkg.contributes.snippets?.length || !pkg.browser) {
    problems.push('package.json lacks commands, configuration, grammars, snippets or browser');
  }
  // VS Code's web worker host takes an extension for an ES module (and refuses it) when its "main"
  // ends in .mjs, or when package.json says "type": "module" and "main" does not end in .cjs; it
  // then never loads the (CommonJS) browser entry.
  if (/\.mjs$/.test(pkg.main ?? '') || (pkg.type === 'module' && !/\.cjs$/.test(pkg.main ?? ''))) {
    problems.push(`VS Code for the Web would refuse the package as an ES module ("type": "${pkg.type}", "main": "${pkg.main}"): keep "main" a .cjs file`);
  }
  const ok = problems.length === 0;
  log(`vsix: ${(size / 1024).toFixed(0)} KB, ${files.length} files (${docs.length} rule pages)${ok ? '' : `; ${problems.join('; ')}`}`);
  results.push({ title: `vsix contents and size (${(size / 1024).toFixed(0)} KB)`, ok, secs: secs(t) });
  return ok;
}

/**
 * The browser entry (VS Code for the Web) must load in a web worker: no Node built-ins, no `process`.
 * Evaluates it in a bare V8 context whose only module is a stand-in for `vscode`.
 */
async function checkBrowserEntry() {
  const t = Date.now();
  const vm = await import('node:vm');
  const stub = () => new Proxy(function () {}, { get: (_t, k) => (k === Symbol.toPrimitive ? () => '' : stub()), apply: () => stub(), construct: () => stub() });
  const code = fs.readFileSync(path.join(root, 'dist', 'web', 'extension.js'), 'utf8');
  // Every name the vscode API exports (from @types/vscode), each a stand-in.
  const dts = fs.readFileSync(path.join(root, 'node_modules', '@types', 'vscode', 'index.d.ts'), 'utf8');
  const api = Object.fromEntries([...dts.matchAll(/^(?: {4}|\t)export (?:class|enum|namespace|const|let|var|function) ([A-Za-z_$][\w$]*)/gm)].map((m) => [m[1], stub()]));
  const requested = [];
  const module = { exports: {} };
  const context = vm.createContext({ module, exports: module.exports, console, TextDecoder, TextEncoder, URL, setTimeout, clearTimeout,
    require: (id) => { requested.push(id); if (id === 'vscode') return api; throw new Error(`the browser entry requires "${id}"`); } });
  let problem;
  try {
    vm.runInContext(code, context, { filename: 'dist/web/extension.js' });
    if (typeof module.exports.activate !== 'function') problem = 'it exports no activate()';
  } catch (e) {
    problem = e.message;
  }
  const extra = [...new Set(requested)].filter((id) => id !== 'vscode');
  if (!problem && extra.length) problem = `it requires ${extra.join(', ')}`;
  log(`browser entry: ${problem ?? 'loads without Node, exports activate()'}`);
  results.push({ title: 'browser entry loads without Node built-ins', ok: !problem, secs: secs(t) });
  return !problem;
}

/**
 * What the engine finds in the sample bill (the workbench must show exactly these): { findings,
 * expected (their number), severities: { errors, warnings }, afterFix (how many remain once the
 * closed-list fix is applied: a fix can cure more than its own finding, as the record-relief warning
 * inherits section 14's list), childLimb (then the child-limb finding's line and column, its fix's
 * title and how many findings remain once it is applied) }. Builds the engine (out/) first if needed.
 */
let sampleCache;
async function sampleCounts() {
  if (sampleCache) return sampleCache;
  if (!fs.existsSync(path.join(root, 'out', 'src', 'engine', 'lint.js'))) sh('build the engine', 'npm', ['run', 'build']);
  const { lint } = await import(pathToFileURL(path.join(root, 'out', 'src', 'engine', 'lint.js')).href);
  const { applyEdits } = await import(pathToFileURL(path.join(root, 'out', 'src', 'engine', 'fix.js')).href);
  const sampleText = fs.readFileSync(path.join(root, 'examples', 'trafficking-bill.md'), 'utf8');
  const findings = lint(sampleText).findings;
  const severities = { errors: findings.filter((f) => f.severity === 'error').length, warnings: findings.filter((f) => f.severity === 'warning').length };
  const closedListFix = findings.find((f) => f.code === 'NP001').fixes[0];
  const fixed = applyEdits(sampleText, closedListFix.edits).text;
  const afterFix = lint(fixed).findings.length;
  // Then the child limb, a fix that adds a subsection, shown first beside the bill.
  const child = lint(fixed).findings.find((f) => f.code === 'NP004');
  const limb = child.fixes.find((x) => x.structural && x.title.startsWith('Add a limb'));
  const childLimb = { line: child.range.start.line, column: child.range.start.column, title: limb.title, after: lint(applyEdits(fixed, limb.edits).text).findings.length };
  sampleCache = { findings, expected: findings.length, severities, afterFix, childLimb };
  return sampleCache;
}

let ok = true;
fs.mkdirSync(outDir, { recursive: true });
if (!uiOnly) ok = sh('type-check the extension', process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.extension.json']) && ok;
ok = sh('bundle', process.execPath, ['scripts/bundle.mjs']) && ok;
ok = sh('grammar tests', process.execPath, [path.join(root, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js'), '--config', 'test/grammar/config.json', 'test/grammar/cases/*.test.md']) && ok;
// The package replaces the development bundle with the production one: the tests below run what ships.
ok = sh('package the .vsix', 'npm', ['run', '--silent', 'package']) && ok;
if (fs.existsSync(VSIX)) ok = checkVsix() && ok;
ok = (await checkBrowserEntry()) && ok;

if (!uiOnly && ok) {
  const t = Date.now();
  const ws = makeWorkspace('it');
  const env = grep ? { NP_E2E_GREP: grep } : {};
  const code = await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'out', 'integration', 'index.cjs'),
    workspace: ws,
    env,
    timeoutMs: 240000,
    verbose,
    screenshot: path.join(outDir, 'integration-failure.png'),
  });
  fs.rmSync(ws, { recursive: true, force: true });
  results.push({ title: 'integration tests in the extension host', ok: code === 0, secs: secs(t) });
  ok = code === 0 && ok;
}

// The UI check runs even when an integration test failed (it is independent), as long as the package exists.
if (!noUi && fs.existsSync(VSIX) && results.find((r) => r.title === 'package the .vsix')?.ok) {
  const t = Date.now();
  const ws = makeWorkspace('ui');
  let uiOk = false;
  try {
    // How many findings the engine gives the sample bill: the UI must show exactly these.
    const { expected, severities, afterFix, childLimb } = await sampleCounts();
    const r = await withWorkbench(
      { workspace: ws, vsix: [VSIX], settings: UI_SETTINGS, viewport: { width: 1440, height: 960 }, verbose },
      // The README's screenshot is replaced only on request (NP_UPDATE_SCREENSHOT=1), so that a
      // test run leaves the working tree as it found it.
      (page) => uiCheck(page, { outDir, expected, severities, afterFix, childLimb, readmeScreenshot: process.env.NP_UPDATE_SCREENSHOT === '1' ? path.join(root, 'media', 'screenshot.png') : undefined }).catch(async (e) => {
        await page.screenshot({ path: path.join(outDir, 'ui-failure.png') }).catch(() => {});
        throw e;
      }),
    );
    log(`UI: status bar "${r.before}" then "${r.after}"; Problems "${r.problems}"`);
    uiOk = true;
  } catch (e) {
    log(`UI check FAILED: ${e.stack || e.message}`);
  } finally {
    fs.rmSync(ws, { recursive: true, force: true });
  }
  results.push({ title: 'UI check (packaged .vsix in the workbench)', ok: uiOk, secs: secs(t) });
  ok = uiOk && ok;
}

// The browser build in VS Code for the Web: a variant of the package with only the "browser" entry,
// which only the workbench's web worker extension host can run.
if (!noUi && fs.existsSync(VSIX) && results.find((r) => r.title === 'package the .vsix')?.ok) {
  const t = Date.now();
  const ws = makeWorkspace('web');
  const webVsix = path.join(outDir, 'non-punishment-drafting-assistant-web-only.vsix');
  let webOk = false;
  try {
    const { expected, severities } = await sampleCounts();
    const pkg = await makeWebOnlyVsix(VSIX, webVsix);
    const extensionId = `${pkg.publisher}.${pkg.name}`;
    const r = await withWorkbench(
      { workspace: ws, vsix: [webVsix], settings: UI_SETTINGS, verbose },
      (page, _baseUrl, ctx) => webCheck(page, { tmp: ctx.tmp, extensionId, expected, severities, outDir }).catch(async (e) => {
        await page.screenshot({ path: path.join(outDir, 'web-failure.png') }).catch(() => {});
        throw e;
      }),
    );
    log(`web: status bar "${r.status}", Problems "${r.problems}" (the engine: ${expected}); ran in the web worker "${r.worker.name}" `
      + `(process: ${r.worker.process}, document: ${r.worker.document}; marks ${r.worker.marks.join(', ')}); `
      + `browser entry fetched ${r.fetched}x; the Node extension host activated ${r.nodeHostActivations} other extensions, not this one`);
    webOk = true;
  } catch (e) {
    log(`web check FAILED (screenshot .test-output/web-failure.png): ${e.stack || e.message}`);
  } finally {
    fs.rmSync(ws, { recursive: true, force: true });
    fs.rmSync(webVsix, { force: true });
  }
  results.push({ title: 'browser build in the web worker extension host (web-only .vsix)', ok: webOk, secs: secs(t) });
  ok = webOk && ok;
}

// The HTML review report in Chromium (np-lint review --format html), with its screenshots kept.
if (!noUi) {
  const t = Date.now();
  let reportOk = sh('build the command line (for the review report)', process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json']);
  if (reportOk) {
    try {
      await reviewReportCheck({ root, outDir });
    } catch (e) {
      reportOk = false;
      log(`review report check FAILED: ${e.stack || e.message}`);
    }
    results.push({ title: 'HTML review report in Chromium (screenshot in .test-output/)', ok: reportOk, secs: secs(t) });
  }
  ok = reportOk && ok;
}

process.stdout.write('\ne2e summary\n');
for (const r of results) process.stdout.write(`  ${r.ok ? 'ok  ' : 'FAIL'}  ${r.title} (${r.secs} s)\n`);
process.stdout.write(`  ${ok ? 'passed' : 'FAILED'} in ${secs(t0)} s\n`);
process.exit(ok ? 0 : 1);
