// The HTML review report in a browser (headless Chromium through playwright-core, as the UI check):
// `np-lint review examples/trafficking-bill.md examples/trafficking-bill-v2.md --format html` is
// opened as a file, checked for what a reader sees (the summary, the marked changes, the sources),
// for the absence of any blocked or failed request (it is self-contained) and for its print layout,
// and kept as screenshots in .test-output/ (review-report.png, review-report-print.pdf).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser } from '../e2e/harness.mjs';

function step(msg) { process.stderr.write(`[review-report] ${msg}\n`); }

export async function reviewReportCheck({ root, outDir }) {
  await fs.mkdir(outDir, { recursive: true });
  const html = path.join(outDir, 'review-report.html');
  step('np-lint review --format html');
  const r = spawnSync(process.execPath, [path.join(root, 'bin', 'np-lint.js'), 'review', 'examples/trafficking-bill.md', 'examples/trafficking-bill-v2.md', '--format', 'html', '--output', html], { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 1, `np-lint review exits 1 (an error introduced): ${r.stderr}`);
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'np-report-'));
  const browser = await launchBrowser({ tmp, viewport: { width: 1100, height: 1400 } });
  try {
    const { page } = browser;
    const problems = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    page.on('requestfailed', (q) => problems.push(`request failed: ${q.url()}`));
    page.on('request', (q) => { if (!q.url().startsWith('file:')) problems.push(`outside request: ${q.url()}`); });
    step('open it in Chromium');
    await page.goto(`file://${html}`);
    await page.locator('h1').waitFor({ state: 'visible', timeout: 20000 });
    assert.match(await page.locator('h1').innerText(), /^Amendment review: examples\/trafficking-bill-v2\.md against examples\/trafficking-bill\.md$/);
    const summary = await page.locator('table').first().innerText();
    assert.match(summary, /Introduced by the amendment\s+1\s+0\s+0\s+1/);
    assert.match(summary, /Resolved by the amendment\s+1\s+0\s+0\s+1/);
    assert.equal(await page.locator('del', { hasText: 'eighteen' }).count(), 1, 'the omitted word struck through');
    assert.equal(await page.locator('ins', { hasText: 'sixteen' }).count(), 1, 'the inserted word marked');
    const insStyle = await page.locator('ins', { hasText: 'sixteen' }).evaluate((e) => getComputedStyle(e).fontWeight);
    assert.ok(Number(insStyle) >= 600, `inserted words in bold (${insStyle})`);
    const delStyle = await page.locator('del', { hasText: 'eighteen' }).evaluate((e) => getComputedStyle(e).textDecorationLine);
    assert.match(delStyle, /line-through/);
    assert.ok((await page.locator('.sources li').count()) >= 10, 'the sources of each finding');
    assert.deepEqual(problems, [], 'no error, no outside or failed request');
    await page.screenshot({ path: path.join(outDir, 'review-report.png'), fullPage: true });
    step('print layout');
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('ins', { hasText: 'sixteen' }).evaluate((e) => getComputedStyle(e).textDecorationLine);
    assert.match(printed, /underline/, 'inserted words stay visible in print, without colour');
    await page.pdf({ path: path.join(outDir, 'review-report-print.pdf'), format: 'A4' });
    step(`screenshots in ${path.relative(root, outDir)}/`);
  } finally {
    await browser.close();
    await fs.rm(tmp, { recursive: true, force: true });
  }
}
