// UI check: what a drafter sees in a real VS Code workbench (code-server + Chromium, driven by
// playwright-core through test/e2e/harness.mjs). Run by scripts/e2e.mjs (npm run test:e2e / test:ui).
//
// Opens the sample bill from the Explorer, waits for the squiggles and the Problems count, opens the
// Problems panel, reads the hover on the closed list of offences (and takes the README screenshot),
// applies the quick fix with the keyboard and checks that the finding is gone, then inserts Kenya's
// section 14 through the command palette and the clause search, as section 14A.
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';

const FIX_TITLE = 'Extend the protection to any offence committed as a direct result of being trafficked';
const FIX_WORDS = 'any offence committed as a direct result of being trafficked, including';
/** Settings for a clean, predictable picture. */
export const UI_SETTINGS = { 'workbench.colorTheme': 'Default Light Modern', 'editor.minimap.enabled': false, 'window.commandCenter': false, 'workbench.layoutControl.enabled': false };

function step(msg) { process.stderr.write(`[ui] ${msg}\n`); }

async function statusText(page, re) {
  const item = page.locator('.statusbar-item', { hasText: re }).first();
  await item.waitFor({ state: 'visible', timeout: 30000 });
  return (await item.innerText()).trim();
}

/** Waits for the action widget (quick fix menu) and moves the focus to the row whose text matches. */
async function focusMenuRow(page, text) {
  const widget = page.locator('.action-widget');
  // Ctrl+. pressed while the editor is still taking the focus back (from Go to Line) can be lost: the
  // menu is asked for once more before waiting the full time.
  try {
    await widget.waitFor({ state: 'visible', timeout: 8000 });
  } catch {
    await page.locator('.monaco-editor textarea').first().focus();
    await page.keyboard.press('Control+.');
    await widget.waitFor({ state: 'visible', timeout: 20000 });
  }
  const rows = widget.locator('.monaco-list-row.action');
  await rows.first().waitFor({ state: 'visible', timeout: 20000 });
  const n = await rows.count();
  for (let i = 0; i < n + 1; i++) {
    const focused = widget.locator('.monaco-list-row.focused');
    if ((await focused.count()) && (await focused.first().innerText()).includes(text)) return;
    await page.keyboard.press('ArrowDown');
  }
  const all = await rows.allInnerTexts();
  throw new Error(`no quick fix "${text}" in the menu: ${all.join(' | ')}`);
}

/**
 * `expected`: how many findings the engine gives the sample bill (computed by the caller from the
 * engine, never restated here); `severities`: how many of them are errors and warnings (the Problems
 * count in the status bar shows the two); `afterFix`: how many the engine finds once the closed-list
 * fix is applied; `childLimb`: { line, column, title, after } of the child-limb finding then, its fix
 * (which adds a subsection) and how many findings remain once it is applied.
 */
export async function uiCheck(page, { outDir, readmeScreenshot, expected, severities, afterFix, childLimb }) {
  await fs.mkdir(outDir, { recursive: true });
  const shot = (name) => path.join(outDir, name);

  step('open the sample bill from the Explorer');
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'bill.md' }).first();
  await row.waitFor({ state: 'visible', timeout: 60000 });
  await row.click();
  await page.locator('.monaco-editor .view-lines').first().waitFor({ state: 'visible', timeout: 30000 });

  step('wait for the counts in the status bar');
  const ours = await statusText(page, /\d+ findings?/);
  assert.match(ours, new RegExp(`\\b${expected} findings`), `the assistant's status bar item: ${ours}`);
  const problems = (await page.locator('[id="status.problems"]').first().innerText()).replace(/\s+/g, ' ').trim();
  assert.match(problems, new RegExp(`^${severities.errors} ${severities.warnings}\\b`), `the Problems count in the status bar: "${problems}"`);

  step('open the Problems panel');
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+Shift+M');
  const markers = page.locator('.markers-panel .monaco-list-row');
  await markers.nth(expected).waitFor({ state: 'visible', timeout: 20000 }); // the file row and every finding
  const markerText = (await page.locator('.markers-panel').first().innerText()).replace(/\s+/g, ' ');
  for (const code of ['NP001', 'NP002', 'NP003', 'NP004']) assert.ok(markerText.includes(code), `${code} in the Problems panel`);
  assert.ok(markerText.includes('non-punishment'), 'the source in the Problems panel');

  step('go to the closed list of offences in section 14 and read the hover');
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: 10000 });
  await page.keyboard.type('127:5');
  await page.keyboard.press('Enter');
  step('see the squiggles under section 14');
  await page.locator('.squiggly-error').first().waitFor({ state: 'attached', timeout: 30000 });
  assert.ok((await page.locator('.squiggly-error').count()) >= 5, 'squiggles under the flagged passages');
  // Scroll the text (not the cursor) so that the line sits low in the editor and the hover has room above it.
  for (let i = 0; i < 7; i++) await page.keyboard.press('Control+ArrowUp');
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  const hover = page.locator('.monaco-hover', { hasText: 'Read the full guidance' }).first();
  await hover.waitFor({ state: 'visible', timeout: 20000 });
  const hoverText = (await hover.innerText()).replace(/\s+/g, ' ');
  assert.ok(hoverText.includes('Protection limited to a closed list of offences'), 'the rule title in the hover');
  assert.ok(hoverText.includes('ASEAN Guideline (2025)'), 'the citation in the hover');
  assert.ok(hoverText.includes('The scope of what the non-punishment principle applies to should not be limited'), 'the quoted passage in the hover');
  // The assistant's explanation (under VS Code's own line for the finding) is short: on its own it
  // fits in the hover without scrolling.
  const sizes = await hover.evaluate((el) => ({
    max: Number.parseFloat(getComputedStyle(el).maxHeight) || el.clientHeight,
    ours: el.querySelector('.markdown-hover')?.getBoundingClientRect().height ?? 0,
  }));
  step(`the explanation is ${Math.round(sizes.ours)} px high; the hover at most ${sizes.max} px`);
  assert.ok(sizes.ours > 0 && sizes.ours <= sizes.max, `the explanation fits in the hover (${sizes.ours} px of ${sizes.max} px)`);
  await page.screenshot({ path: shot('ui-hover.png') });
  if (readmeScreenshot) {
    await fs.copyFile(shot('ui-hover.png'), readmeScreenshot);
    // The screenshot ships in the .vsix (limit 1 MiB): reduce it to a palette of 16 colours (the workbench's flat
    // colours; no dithering) where Debian's pngquant is installed.
    try {
      (await import('node:child_process')).execFileSync('pngquant', ['--nofs', '--speed', '1', '--force', '--output', readmeScreenshot, '16', readmeScreenshot]);
    } catch {
      console.warn('[ui] pngquant is not installed: media/screenshot.png is kept at full size (apt-get install pngquant to reduce it)');
    }
  }

  step('apply the quick fix with the keyboard (Ctrl+., arrows, Enter)');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+.');
  await focusMenuRow(page, FIX_TITLE);
  await page.keyboard.press('Enter');
  const after = await statusText(page, new RegExp(`\\b${afterFix} findings?`));
  assert.match(after, new RegExp(`\\b${afterFix} findings?`));
  // (The editor renders one element per visual line, in no set order: look for a piece of the new words.)
  await page.locator('.monaco-editor .view-line', { hasText: FIX_WORDS.split(' ').slice(0, 3).join(' ') }).first().waitFor({ state: 'visible', timeout: 10000 });
  let left = '';
  for (let i = 0; i < 50; i++) {
    left = (await page.locator('.markers-panel').first().innerText()).replace(/\s+/g, ' ');
    if (!left.includes('NP001')) break;
    await page.waitForTimeout(200);
  }
  assert.ok(!left.includes('NP001') && left.includes('NP002'), `NP001 is gone from the Problems panel, the others remain: ${left}`);
  await page.screenshot({ path: shot('ui-after-fix.png') });

  step('show the child limb (a new subsection) beside the bill first, then apply it from the comparison');
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: 10000 });
  await page.keyboard.type(`${childLimb.line}:${childLimb.column}`);
  await page.keyboard.press('Enter');
  await statusText(page, new RegExp(`Ln ${childLimb.line}, Col ${childLimb.column}\\b`));
  await page.locator('.quick-input-widget').first().waitFor({ state: 'hidden', timeout: 10000 });
  await page.keyboard.press('Control+.');
  await focusMenuRow(page, `Show the change first: ${childLimb.title}`);
  await page.keyboard.press('Enter');
  await page.locator('.monaco-diff-editor').first().waitFor({ state: 'visible', timeout: 20000 });
  const apply = page.locator('.editor-actions .action-label[aria-label="Apply this fix"]').first();
  await apply.waitFor({ state: 'visible', timeout: 20000 });
  await page.screenshot({ path: shot('ui-fix-preview.png') });
  await apply.click();
  await page.locator('.monaco-diff-editor').first().waitFor({ state: 'detached', timeout: 20000 });
  const afterChild = await statusText(page, new RegExp(`\\b${childLimb.after} findings?`));
  assert.match(afterChild, new RegExp(`\\b${childLimb.after} findings?`));
  let problemsNow = '';
  for (let i = 0; i < 50; i++) {
    problemsNow = (await page.locator('.markers-panel').first().innerText()).replace(/\s+/g, ' ');
    if (!problemsNow.includes('NP004')) break;
    await page.waitForTimeout(200);
  }
  assert.ok(!problemsNow.includes('NP004'), `the child-limb finding is gone from the Problems panel: ${problemsNow}`);

  step('insert a model clause from the command palette: search “kenya”, Enter');
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10000 });
  await page.keyboard.type('Non-Punishment: Insert a model clause');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Insert a model clause' }).first().waitFor({ state: 'visible', timeout: 10000 });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget .quick-input-title', { hasText: 'Insert a model clause' }).waitFor({ state: 'visible', timeout: 10000 });
  await page.keyboard.type('kenya');
  const kenya = page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Kenya' }).first();
  await kenya.waitFor({ state: 'visible', timeout: 10000 });
  await page.waitForTimeout(500); // the list is refreshed after each keystroke: let the last refresh land
  await kenya.waitFor({ state: 'visible', timeout: 10000 });
  await page.keyboard.press('Enter');
  step('number it: section 14A (the sections after it keep their numbers), the first choice');
  await page.locator('.quick-input-widget .quick-input-title', { hasText: 'Number the new section' }).waitFor({ state: 'visible', timeout: 10000 });
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Section 14A' }).first().waitFor({ state: 'visible', timeout: 10000 });
  await page.keyboard.press('Enter');
  await page.locator('.monaco-editor .view-line', { hasText: '14A. Non-liability of victims of trafficking' }).first().waitFor({ state: 'visible', timeout: 10000 });
  await page.locator('.monaco-editor .view-line', { hasText: 'any criminal act that was a direct result' }).first().waitFor({ state: 'visible', timeout: 10000 });
  await page.screenshot({ path: shot('ui-clause-inserted.png') });
  step('done');
  return { before: ours, problems, after };
}
