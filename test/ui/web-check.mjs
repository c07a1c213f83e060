// Web check: the browser build (dist/web/extension.js) shows its findings in VS Code for the Web.
// Run by scripts/e2e.mjs (npm run test:e2e / test:ui).
//
// `makeWebOnlyVsix` turns the packaged .vsix into a variant that only a web worker extension host can
// run: the same files, but a package.json with no "main" (no Node entry), so code-server's workbench
// runs the extension in the browser, in its web worker extension host, from the "browser" entry.
// `webCheck` opens the sample bill in that workbench, waits for the assistant's count in the status
// bar and for the Problems panel, and then proves where the extension ran:
//   - in the page, the extension host worker (a dedicated web worker: no `process`, no `document`)
//     holds VS Code's own marks for fetching, loading and activating this extension's code;
//   - the browser fetched dist/web/extension.js over HTTP;
//   - the Node extension host's log (code-server's remoteexthost.log) shows it activating other
//     extensions on the same "onLanguage:markdown" event, but never this one.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';

function step(msg) { process.stderr.write(`[web] ${msg}\n`); }

/**
 * Writes to `out` a copy of the .vsix at `vsix` whose extension/package.json has no "main" and no
 * "type", and whose manifest says the extension is of the "web" kind only. Returns the rewritten
 * package.json (an object).
 *
 * Why "type" goes too: VS Code's web worker host decides whether an extension is an ES module from
 * its "main" and "type" (`main` ends in .mjs, or `"type": "module"` and `main` does not end in .cjs)
 * and refuses ES modules. The shipped package passes (its main is dist/extension.cjs: scripts/e2e.mjs
 * checks that); without a main it would not, although the browser bundle is CommonJS either way.
 */
export async function makeWebOnlyVsix(vsix, out) {
  const zip = await JSZip.loadAsync(await fsp.readFile(vsix));
  const entry = zip.file('extension/package.json');
  if (!entry) throw new Error(`${vsix} has no extension/package.json`);
  const pkg = JSON.parse(await entry.async('string'));
  if (!pkg.browser) throw new Error(`${vsix}: package.json has no "browser" entry`);
  const browserFile = `extension/${pkg.browser.replace(/^\.\//, '')}`;
  if (!zip.file(browserFile)) throw new Error(`${vsix} lacks the browser entry ${browserFile}`);
  delete pkg.main;
  delete pkg.type;
  zip.file('extension/package.json', JSON.stringify(pkg, null, 2));
  const manifest = zip.file('extension.vsixmanifest');
  if (manifest) {
    const xml = await manifest.async('string');
    zip.file('extension.vsixmanifest', xml.replace(/(Id="Microsoft\.VisualStudio\.Code\.ExtensionKind" Value=")[^"]*"/, '$1web"'));
  }
  await fsp.writeFile(out, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return pkg;
}

/** Polls `probe` (async, returns a value or undefined) until it returns a value; throws `what` after timeoutMs. */
async function waitUntil(page, probe, timeoutMs, what) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error(`${what} (waited ${timeoutMs / 1000} s)`);
    await page.waitForTimeout(200);
  }
}

/** The Node extension host's log files under code-server's user-data folder in `tmp`. */
function nodeHostLogs(tmp) {
  const logs = path.join(tmp, 'user-data', 'logs');
  if (!fs.existsSync(logs)) return [];
  return fs.readdirSync(logs, { recursive: true }).filter((f) => /(^|\/)remoteexthost\.log$/.test(f)).map((f) => path.join(logs, f));
}

/**
 * Records the browser's requests for the browser entry and the workbench's errors that name the
 * extension. Start it before the bill is opened (the extension activates on opening Markdown).
 */
function watchWebHost(page, extensionId) {
  const fetched = [];
  const complaints = [];
  page.context().on('request', (r) => { if (/dist(%2F|\/)web(%2F|\/)extension\.js\b/.test(r.url())) fetched.push(r.url()); });
  page.on('console', (m) => {
    const t = m.text();
    if (m.type() === 'error' && t.includes(extensionId)) complaints.push(t);
  });
  return { fetched, complaints };
}

/**
 * Opens bill.md from the Explorer and asserts what the drafter must see, then where it ran.
 * `expected`: the engine's number of findings for the sample bill; `severities`: { errors, warnings }
 * among them (both computed by the caller from the engine). `extensionId`: publisher.name.
 * Returns { status, problems, worker: { name, marks }, nodeHostActivations } for the report.
 */
export async function webCheck(page, { tmp, extensionId, expected, severities, outDir }) {
  await fsp.mkdir(outDir, { recursive: true });
  const watch = watchWebHost(page, extensionId);
  step('open the sample bill from the Explorer');
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'bill.md' }).first();
  await row.waitFor({ state: 'visible', timeout: 60000 });
  await row.click();
  await page.locator('.monaco-editor .view-lines').first().waitFor({ state: 'visible', timeout: 30000 });

  step(`wait for the assistant's count in the status bar (the engine gives ${expected})`);
  const item = page.locator('.statusbar-item', { hasText: /\d+ findings?|No findings|Not checked/ }).first();
  const count = page.locator('.statusbar-item', { hasText: new RegExp(`\\b${expected} findings?\\b`) }).first();
  // Stop at once if the workbench reports that the extension failed (to load or to activate).
  const shown = await waitUntil(page, async () => {
    if (watch.complaints.length) return false;
    return (await count.count()) && (await count.isVisible()) ? true : undefined;
  }, 60000, `the web build did not show the engine's ${expected} findings in the status bar`).catch((e) => e);
  if (shown !== true) {
    const seen = (await item.count()) ? `it shows "${(await item.innerText()).trim()}"` : 'no status bar item of the assistant';
    throw new Error(`${shown instanceof Error ? shown.message : `the web build did not show the engine's ${expected} findings in the status bar`}: ${seen}`
      + (watch.complaints.length ? `; the workbench reported: ${watch.complaints.join(' | ')}` : ''));
  }
  const status = (await item.innerText()).trim();
  const problems = (await page.locator('[id="status.problems"]').first().innerText()).replace(/\s+/g, ' ').trim();
  assert.match(problems, new RegExp(`^${severities.errors} ${severities.warnings}\\b`), `the Problems count in the status bar: "${problems}"`);

  step('open the Problems panel');
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel .monaco-list-row').nth(expected).waitFor({ state: 'visible', timeout: 20000 }); // the file row and every finding
  const markerText = (await page.locator('.markers-panel').first().innerText()).replace(/\s+/g, ' ');
  assert.ok(markerText.includes('NP001'), `NP001 in the Problems panel: ${markerText.slice(0, 300)}`);
  await page.screenshot({ path: path.join(outDir, 'web-worker.png') });

  step('check that it ran in the web worker extension host');
  // VS Code's web worker host marks performance as it fetches, loads and activates an extension's
  // code (code/extHost/willFetchExtensionCode/<id> ... didActivateExtension/<id>).
  const probes = await Promise.all(page.workers().map((w) => w.evaluate((id) => ({
    name: self.name,
    marks: performance.getEntriesByType('mark').map((m) => m.name).filter((n) => n.endsWith(`/${id}`)).map((n) => n.split('/')[2]),
    process: typeof process,
    document: typeof document,
  }), extensionId).catch(() => undefined)));
  const hosts = probes.filter((p) => p?.marks.includes('didActivateExtension'));
  assert.equal(hosts.length, 1, `one web worker activated ${extensionId}; workers seen: ${JSON.stringify(probes)}`);
  const [worker] = hosts;
  assert.ok(worker.marks.includes('didLoadExtensionCode'), `the worker loaded the extension's code: ${worker.marks.join(', ')}`);
  assert.equal(worker.process, 'undefined', 'the extension host worker has no Node `process`');
  assert.equal(worker.document, 'undefined', 'the extension host worker has no DOM');
  assert.ok(watch.fetched.length > 0, 'the browser fetched dist/web/extension.js');

  // The Node extension host got the same event (it activates the built-in Markdown extension on
  // "onLanguage:markdown") and did not activate this one.
  const logs = await waitUntil(page, async () => {
    const files = nodeHostLogs(tmp);
    const text = files.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
    return /_doActivateExtension vscode\.markdown-language-features\b/.test(text) ? text : undefined;
  }, 30000, `the Node extension host's log (remoteexthost.log under ${tmp}) never showed the Markdown extension activating`);
  const nodeHostActivations = logs.split('\n').filter((l) => l.includes('_doActivateExtension')).length;
  assert.ok(!logs.includes(`_doActivateExtension ${extensionId}`), `the Node extension host activated ${extensionId} too`);
  assert.equal(watch.complaints.length, 0, `the workbench reported errors about ${extensionId}: ${watch.complaints.join(' | ')}`);
  return { status, problems, worker, nodeHostActivations, fetched: watch.fetched.length };
}
