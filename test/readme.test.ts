import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { lint } from '../src/engine/index.js';
import { repoPath } from './corpus/paths.js';

// What a drafter's first hour needs from the README, kept in step with the facts it restates.
describe('the README', () => {
  const readme = readFileSync(repoPath('README.md'), 'utf8');
  const pkg = JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as { engines: { node: string } };

  it('gives the exact Node version of package.json’s engines', () => {
    const version = /^>=\s*(\d+(?:\.\d+)*)$/.exec(pkg.engines.node)?.[1];
    assert.ok(version, `engines.node is a minimum version: ${pkg.engines.node}`);
    const tryIt = readme.slice(readme.indexOf('## Try it on a fresh machine'), readme.indexOf('## What it checks'));
    assert.ok(tryIt.includes(`Node.js ${version} or later`), `the fresh-machine section says Node.js ${version} or later`);
    assert.ok(tryIt.includes(`"node": "${pkg.engines.node}"`));
  });

  it('says that the first command exits 1 because the sample bill has findings', () => {
    const tryIt = readme.slice(readme.indexOf('## Try it on a fresh machine'), readme.indexOf('## What it checks'));
    assert.match(tryIt, /npx np-lint examples\//);
    assert.match(tryIt, /exits with status 1\*\*, and that is expected: the sample bill has findings/);
    // ...which it has: at least one of severity error.
    const sample = lint(readFileSync(repoPath('examples/trafficking-bill.md'), 'utf8'));
    assert.ok(sample.findings.some((f) => f.severity === 'error'));
  });
});
