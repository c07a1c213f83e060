import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { RULES } from '../../src/engine/rules/index.js';
import { parseConfig, ConfigError } from '../../src/engine/config.js';
import { didYouMean } from '../../src/engine/suggest.js';
import { foldersUpward, isIgnored, loadSettings, parseSettings, renderSettingsSchema, type SettingsHost } from '../../src/config/index.js';
import { repo } from '../paths.js';

const at = (p: { line: number; column: number }) => `${p.line}:${p.column}`;

describe('settings file (.np-lint.json)', () => {
  it('accepts comments, trailing commas and a byte-order mark', () => {
    const s = parseSettings('\uFEFF{\n  // the ministry asked for warnings\n  "rules": { "closed-offence-list": "warning", "NP004": "off", },\n  "model": "compulsion",\n}\n');
    assert.deepEqual(s.problems, []);
    assert.equal(s.fatal, false);
    assert.deepEqual(s.config, { rules: { 'closed-offence-list': 'warning', 'missing-child-provision': 'off' }, model: 'compulsion' });
  });

  it('lists every problem with its line and column, suggests the intended word, and applies the rest', () => {
    const text = [
      '{',
      '  "rule": {},',
      '  "rules": {',
      '    "closed-offense-list": "off",',
      '    "NP01": "off",',
      '    "duress-threshold": "warn",',
      '    "defendant-burden": "loud",',
      '    "missing-child-provision": "info"',
      '  },',
      '  "model": "causaton",',
      '  "ignore": ["drafts/**", 3]',
      '}',
    ].join('\n');
    const s = parseSettings(text);
    assert.equal(s.fatal, false);
    assert.deepEqual(
      s.problems.map((p) => [at(p), p.message]),
      [
        ['2:3', 'Unknown setting "rule". Did you mean "rules"? It was ignored (the settings are "rules", "model" or "ignore").'],
        ['4:5', 'Unknown rule "closed-offense-list". Did you mean "closed-offence-list"? This entry was ignored.'],
        ['5:5', 'Unknown rule "NP01". Did you mean "NP001"? This entry was ignored.'],
        ['6:25', 'The rule "duress-threshold" must be set to "error", "warning", "info" or "off". Did you mean "warning"? This entry was ignored.'],
        ['7:25', 'The rule "defendant-burden" must be set to "error", "warning", "info" or "off". This entry was ignored.'],
        ['10:12', '"model" must be "causation" or "compulsion". Did you mean "causation"? The setting was ignored, so the causation model applies.'],
        ['11:27', 'Each entry of "ignore" must be a file pattern in quotes, such as "drafts/**". This entry was ignored.'],
      ],
    );
    // Only the broken entries were left out.
    assert.deepEqual(s.config, { rules: { 'missing-child-provision': 'info' } });
    assert.deepEqual(s.ignore, ['drafts/**']);
  });

  it('a file that is not JSON at all is fatal, with where it breaks', () => {
    for (const text of ['{not json', 'just words', '[1, 2]', '']) {
      const s = parseSettings(text);
      assert.equal(s.fatal, true, text);
      assert.ok(s.problems.length > 0 && s.problems.every((p) => p.severity === 'error' && p.line >= 1 && p.column >= 1), text);
    }
    assert.equal(at(parseSettings('{\n  "rules": {\n    "NP001" "off"\n  }\n}').problems[0]!), '3:13');
  });

  it('the strict parseConfig names the first problem with its place', () => {
    assert.throws(() => parseConfig('{ "rules": { "NP099": "off" } }', 'x.json'), (e: unknown) => e instanceof ConfigError && /^x\.json:1:14: Unknown rule "NP099"/.test((e as Error).message));
    assert.deepEqual(parseConfig('{ "rules": { "np002": "info" } }'), { rules: { 'duress-threshold': 'info' } });
  });

  it('did-you-mean proposes only close words', () => {
    assert.equal(didYouMean('closed-offense-list', ['closed-offence-list', 'duress-threshold']), 'closed-offence-list');
    assert.equal(didYouMean('warn', ['error', 'warning', 'info', 'off']), 'warning');
    assert.equal(didYouMean('severity', ['rules', 'model', 'ignore']), undefined);
  });
});

describe('finding the settings file', () => {
  const host = (files: Record<string, string>): SettingsHost & { reads: string[] } => {
    const reads: string[] = [];
    return {
      reads,
      async readFile(path) {
        reads.push(path);
        return path in files ? new TextEncoder().encode(files[path]) : undefined;
      },
    };
  };

  it('takes the nearest one from the bill’s folder upward', async () => {
    const h = host({ '/ws/.np-lint.json': '{ "model": "compulsion" }', '/ws/bills/.np-lint.json': '{ "rules": { "NP001": "warning" } }' });
    const s = await loadSettings('/ws/bills/2026', h);
    assert.equal(s?.file, '/ws/bills/.np-lint.json');
    assert.equal(s?.folder, '/ws/bills');
    assert.deepEqual(s?.config, { rules: { 'closed-offence-list': 'warning' } });
    assert.deepEqual(h.reads, ['/ws/bills/2026/.np-lint.json', '/ws/bills/.np-lint.json']);
  });

  it('stops at the workspace folder when given one', async () => {
    const h = host({ '/.np-lint.json': '{}' });
    assert.equal(await loadSettings('/ws/bills', h, '/ws'), undefined);
    assert.deepEqual(h.reads, ['/ws/bills/.np-lint.json', '/ws/.np-lint.json']);
    assert.deepEqual(foldersUpward('/ws/a/b', '/ws'), ['/ws/a/b', '/ws/a', '/ws']);
    assert.deepEqual(foldersUpward('/elsewhere/x', '/ws'), ['/elsewhere/x']);
  });

  it('ignore patterns are relative to the settings file’s folder; a name without "/" matches in any folder', () => {
    assert.ok(isIgnored('/ws/drafts/old.md', '/ws', ['drafts/**']));
    assert.ok(isIgnored('/ws/drafts/deep/old.md', '/ws', ['drafts/']));
    assert.ok(isIgnored('/ws/a/b/scratch-1.md', '/ws', ['scratch-*.md']));
    assert.ok(!isIgnored('/ws/bills/bill.md', '/ws', ['drafts/**', 'scratch-*.md']));
    assert.ok(!isIgnored('/other/drafts/x.md', '/ws', ['drafts/**']));
  });
});

describe('the settings file schema (media/np-lint.schema.json)', () => {
  it('is generated from the rules (run `npm run generate`), and names every rule id and code', () => {
    const file = readFileSync(repo('media', 'np-lint.schema.json'), 'utf8');
    assert.equal(file, renderSettingsSchema(RULES.map((r) => r.meta)), 'run `npm run generate`');
    const schema = JSON.parse(file);
    assert.deepEqual(schema.properties.rules.propertyNames.enum, [...RULES.map((r) => r.meta.id), ...RULES.map((r) => r.meta.code)]);
    assert.deepEqual(Object.keys(schema.properties).sort(), ['$schema', 'ignore', 'model', 'rules']);
  });
});

describe('did you mean', () => {
  it('counts a swap of two neighbouring letters as one edit', () => {
    assert.equal(didYouMean('modle', ['rules', 'model', 'ignore']), 'model');
    assert.equal(didYouMean('igonre', ['rules', 'model', 'ignore']), 'ignore');
  });
});
