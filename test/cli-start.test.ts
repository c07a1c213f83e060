import assert from 'node:assert/strict';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { repo } from './paths.js';
import { tmpFolder } from './cli-harness.js';

/**
 * What np-lint reads at start to start quickly (issue 9): the table of the patterns' required words
 * made when it was built (dist/cli/pattern-literals.json) and, on Node 22 and later, Node's compile
 * cache. Neither may change a finding or stop a lint when it is missing, stale, damaged or read-only.
 */

const BILL = [
  '# Trafficking in Persons Bill',
  '',
  '## 2. Offence of trafficking',
  '',
  'A person who recruits another person for the purpose of exploitation commits an offence.',
  '',
  '## 14. Non-liability of victims',
  '',
  '(1) A victim of trafficking is not criminally liable for an immigration offence if the victim was compelled to commit it.',
  '',
].join('\n');

/** Runs the bundled command of `dir` (a copy of dist/cli, or dist/cli itself) on `file`, as JSON. */
function runBundle(dir: string, file: string, env: NodeJS.ProcessEnv = process.env) {
  const script = `import(${JSON.stringify(pathToFileURL(join(dir, 'main.js')).href)}).then(async (m) => { process.exitCode = await m.main(['--format', 'json', ${JSON.stringify(file)}]); })`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env });
}

describe('np-lint start-up aids', () => {
  const dir = tmpFolder({ 'bill.md': BILL }, 'np-cli-start-');
  const bill = join(dir, 'bill.md');
  const dist = repo('dist', 'cli');

  it('the build writes the table of required words beside the bundle, one entry per pattern', () => {
    const table = JSON.parse(readFileSync(join(dist, 'pattern-literals.json'), 'utf8')) as Record<string, [string, string, string[][] | null]>;
    assert.ok(Object.keys(table).length > 100);
    assert.ok(Object.values(table).every((e) => Array.isArray(e) && typeof e[0] === 'string' && typeof e[1] === 'string'));
  });

  it('a missing, damaged or stale table changes no finding', () => {
    const normal = runBundle(dist, bill);
    assert.equal(normal.status, 1, normal.stderr);
    const findings = JSON.parse(normal.stdout) as { findings: unknown[] }[];
    assert.ok(findings[0]!.findings.length > 0);
    const copy = join(tmpFolder({}, 'np-cli-bundle-'), 'cli');
    cpSync(dist, copy, { recursive: true });
    const table = join(copy, 'pattern-literals.json');
    const wrong = Object.fromEntries(Object.entries(JSON.parse(readFileSync(table, 'utf8')) as Record<string, [string, string, unknown]>).map(([id, [source, flags]]) => [id, [`${source}x`, flags, [['nowhere']]]]));
    for (const damage of [undefined, '{ not json', '[]', '"text"', JSON.stringify(wrong)]) {
      if (damage === undefined) writeFileSync(table, '');
      else writeFileSync(table, damage);
      const r = runBundle(copy, bill);
      assert.equal(r.status, normal.status, r.stderr);
      assert.equal(r.stdout, normal.stdout, `with the table ${damage ?? '(empty)'}`);
      assert.equal(r.stderr, '');
    }
  });

  it('the command asks Node for its compile cache before it loads the bundle, when Node has one', () => {
    const bin = readFileSync(repo('bin', 'np-lint.js'), 'utf8');
    const enable = bin.indexOf('module.enableCompileCache?.()');
    assert.ok(enable > 0 && enable < bin.indexOf("import('../dist/cli/main.js')"));
    assert.match(bin.slice(enable - 20, enable + 100), /try\s*\{\s*module\.enableCompileCache\?\.\(\);\s*\}\s*catch/);
  });

  it('a compile cache folder that is a file, unreadable or full of rubbish never stops a lint', () => {
    const normal = spawnSync(process.execPath, [repo('bin', 'np-lint.js'), bill], { encoding: 'utf8' });
    assert.equal(normal.status, 1, normal.stderr);
    const root = tmpFolder({ 'not-a-folder': 'x' }, 'np-cli-cache-');
    const rubbish = join(root, 'rubbish');
    mkdirSync(join(rubbish, 'v22'), { recursive: true });
    writeFileSync(join(rubbish, 'v22', 'entry'), 'not a cache');
    const locked = join(root, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    for (const cache of [join(root, 'not-a-folder'), rubbish, locked]) {
      for (let run = 0; run < 2; run++) {
        const r = spawnSync(process.execPath, [repo('bin', 'np-lint.js'), bill], { encoding: 'utf8', env: { ...process.env, NODE_COMPILE_CACHE: cache } });
        assert.equal(r.status, normal.status, r.stderr);
        assert.equal(r.stdout, normal.stdout);
      }
    }
    assert.ok(existsSync(join(root, 'not-a-folder')));
    chmodSync(locked, 0o700);
  });
});
