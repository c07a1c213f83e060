#!/usr/bin/env node
// `npm run test:electron`: the same integration suites in VS Code desktop, through @vscode/test-electron
// (the standard runner; it downloads VS Code, so it needs a machine that can reach update.code.visualstudio.com,
// or VSCODE_EXECUTABLE=/path/to/code). On our CI machines use `npm run test:e2e` (code-server) instead.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = spawnSync(process.execPath, ['scripts/bundle.mjs'], { cwd: root, stdio: 'inherit' });
if (bundle.status !== 0) process.exit(bundle.status ?? 1);

const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'np-ws-electron-'));
fs.cpSync(path.join(root, 'test', 'integration', 'workspace'), ws, { recursive: true });
for (const dir of ['.', 'strict/nested', 'bad-config', 'save', 'settings/deep']) {
  fs.mkdirSync(path.join(ws, dir), { recursive: true });
  fs.copyFileSync(path.join(root, 'examples', 'trafficking-bill.md'), path.join(ws, dir, 'bill.md'));
}

let code = 1;
try {
  code = await runTests({
    version: process.env.VSCODE_VERSION || '1.100.3',
    vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'out', 'integration', 'index.cjs'),
    launchArgs: [ws, '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    extensionTestsEnv: process.env.NP_E2E_GREP ? { NP_E2E_GREP: process.env.NP_E2E_GREP } : {},
  });
} catch (e) {
  console.error(`test:electron: ${e.message}`);
  code = 1;
} finally {
  fs.rmSync(ws, { recursive: true, force: true });
}
process.exit(code);
