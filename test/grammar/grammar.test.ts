import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { repo } from '../paths.js';

// The TextMate injection grammar for legislative Markdown (syntaxes/), tested with vscode-tmgrammar-test
// against VS Code's own Markdown grammar. Same command as `npm run test:grammar`.
describe('the legislative Markdown grammar (syntaxes/legislative-markdown.tmLanguage.json)', () => {
  it('gives every scope the grammar tests expect (test/grammar/cases)', function () {
    this.timeout(60000);
    const r = spawnSync(process.execPath, [repo('node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js'), '--config', 'test/grammar/config.json', 'test/grammar/cases/*.test.md'], {
      cwd: repo(),
      encoding: 'utf8',
      timeout: 55000,
    });
    const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.split('\n').filter((l) => !/grammar not found/.test(l)).join('\n');
    assert.equal(r.status, 0, out);
    assert.match(out, /run successfuly/);
  });

  it('is contributed as an injection into Markdown', () => {
    const pkg = JSON.parse(readFileSync(repo('package.json'), 'utf8'));
    const g = pkg.contributes.grammars.find((x: { scopeName: string }) => x.scopeName === 'markdown.legislative.injection');
    assert.ok(g, 'package.json contributes the grammar');
    assert.deepEqual(g.injectTo, ['text.html.markdown']);
    assert.equal(g.path, './syntaxes/legislative-markdown.tmLanguage.json');
  });
});
