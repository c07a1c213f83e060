// Entry point of the integration tests, run inside a real VS Code extension host (code-server through
// test/e2e/harness.mjs, or VS Code desktop through @vscode/test-electron). Bundled by
// scripts/bundle.mjs to out/integration/index.cjs; the suites are the *.itest.cjs files beside it.
import Mocha from 'mocha';
import * as fs from 'node:fs';
import * as path from 'node:path';

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60000, reporter: 'spec' });
  const grep = process.env.NP_E2E_GREP;
  if (grep) mocha.grep(grep);
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.itest.cjs')).sort();
  if (!files.length) throw new Error(`no integration suites (*.itest.cjs) in ${__dirname}: run scripts/bundle.mjs first`);
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  await mocha.loadFilesAsync();
  await new Promise<void>((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
  });
}
