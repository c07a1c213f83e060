import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { RULES } from '../../src/engine/index.js';
import { repo } from '../paths.js';

// What the extension shows in VS Code's menus, palette and settings comes from package.json and
// package.nls.json: every string must have a translation key, and every key must be used.
const pkg = JSON.parse(readFileSync(repo('package.json'), 'utf8'));
const nls = JSON.parse(readFileSync(repo('package.nls.json'), 'utf8')) as Record<string, string>;

function keysUsed(v: unknown, out = new Set<string>()): Set<string> {
  if (typeof v === 'string') {
    const m = /^%([^%]+)%$/.exec(v);
    if (m) out.add(m[1]!);
  } else if (Array.isArray(v)) v.forEach((x) => keysUsed(x, out));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => keysUsed(x, out));
  return out;
}

describe('the extension manifest (package.json, package.nls.json)', () => {
  it('has a package.nls.json entry for every %key%, and no unused entry', () => {
    const used = keysUsed(pkg.contributes);
    const missing = [...used].filter((k) => !(k in nls));
    const unused = Object.keys(nls).filter((k) => !used.has(k));
    assert.deepEqual(missing, [], 'keys used in package.json but missing from package.nls.json');
    assert.deepEqual(unused, [], 'keys in package.nls.json that package.json does not use');
    for (const [k, v] of Object.entries(nls)) assert.ok(v.trim().length > 0, `${k} has words`);
  });

  it('shows no untranslatable text in commands, settings and the walkthrough', () => {
    for (const c of pkg.contributes.commands) {
      assert.match(c.title, /^%.+%$/, `${c.command} title`);
      assert.match(c.category, /^%.+%$/, `${c.command} category`);
    }
    for (const [k, p] of Object.entries(pkg.contributes.configuration.properties) as [string, Record<string, unknown>][]) {
      assert.match(String(p.description ?? p.markdownDescription), /^%.+%$/, `${k} description`);
    }
    for (const s of pkg.contributes.walkthroughs[0].steps) {
      assert.match(s.title, /^%.+%$/);
      assert.match(s.description, /^%.+%$/);
    }
  });

  it('puts views in view containers and menu items in menus (VS Code rejects a view with no id)', () => {
    const containers = new Set(['explorer', 'scm', 'debug', 'test', 'remote', 'panel', ...Object.values(pkg.contributes.viewsContainers ?? {}).flat().map((c) => (c as { id: string }).id)]);
    for (const [where, views] of Object.entries(pkg.contributes.views ?? {}) as [string, { id?: unknown; name?: unknown }[]][]) {
      assert.ok(containers.has(where), `"${where}" under contributes.views is not a view container`);
      for (const v of views) assert.ok(typeof v.id === 'string' && typeof v.name === 'string', `a view under "${where}" without an id or a name`);
    }
    const commands = new Set((pkg.contributes.commands as { command: string }[]).map((c) => c.command));
    for (const [where, items] of Object.entries(pkg.contributes.menus ?? {}) as [string, { command?: string; submenu?: string }[]][]) {
      for (const i of items) assert.ok(i.submenu || commands.has(i.command!), `menu "${where}" names an unknown command ${i.command}`);
    }
    assert.ok((pkg.contributes.menus['explorer/context'] as { command: string }[]).some((i) => i.command === 'npLint.openWordAsMarkdown'), 'the Explorer offers "Open a Word bill as Markdown" on a .docx');
  });

  it('registers the commands the code defines (src/extension/ids.ts)', () => {
    const ids = [...readFileSync(repo('src', 'extension', 'ids.ts'), 'utf8').matchAll(/'(npLint\.[A-Za-z]+)'/g)].map((m) => m[1]!);
    assert.deepEqual(pkg.contributes.commands.map((c: { command: string }) => c.command).sort(), [...new Set(ids)].sort());
  });

  it('offers a severity setting, and a settings-file schema entry, for every rule', () => {
    const ids = RULES.map((r) => r.meta.id).sort();
    assert.deepEqual(Object.keys(pkg.contributes.configuration.properties['npLint.severity'].properties).sort(), ids);
    const schema = JSON.parse(readFileSync(repo('media', 'np-lint.schema.json'), 'utf8'));
    assert.deepEqual([...schema.properties.rules.propertyNames.enum].sort(), [...ids, ...RULES.map((r) => r.meta.code)].sort());
  });

  it('activates on Markdown only, with a Node and a browser entry, for VS Code 1.100', () => {
    assert.deepEqual(pkg.activationEvents, ['onLanguage:markdown']);
    assert.equal(pkg.main, './dist/extension.cjs');
    assert.equal(pkg.browser, './dist/web/extension.js');
    assert.equal(pkg.engines.vscode, '^1.100.0');
    assert.deepEqual(pkg.capabilities, { untrustedWorkspaces: { supported: true }, virtualWorkspaces: true });
  });

  it('ships every file it refers to (.vscodeignore allow-list)', () => {
    const allow = readFileSync(repo('.vscodeignore'), 'utf8').split('\n').filter((l) => l.startsWith('!')).map((l) => l.slice(1));
    const files = [
      pkg.icon,
      ...pkg.contributes.snippets.map((s: { path: string }) => s.path),
      ...pkg.contributes.grammars.map((g: { path: string }) => g.path),
      ...pkg.contributes.walkthroughs[0].steps.map((s: { media: { markdown?: string; image?: string } }) => s.media.markdown ?? s.media.image),
      pkg.contributes.jsonValidation[0].url,
      'examples/trafficking-bill.md',
    ].map((f: string) => f.replace(/^\.\//, ''));
    const glob = (pattern: string, f: string) => new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*/g, '.*').replace(/\*/g, '[^/]*')}$`).test(f);
    for (const f of files) {
      assert.ok(existsSync(repo(f)), `${f} exists`);
      assert.ok(allow.some((p) => glob(p, f)), `${f} is in the .vscodeignore allow-list`);
    }
  });
});
