// SARIF that code-scanning services accept (issue 8 §5): validated with Microsoft's SARIF multitool
// (the npm package @microsoft/sarif-multitool), with its SARIF rules and its GitHub rules.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { run, packageInfo } from '../src/cli/main.js';
import { formatSarif } from '../src/cli/format.js';
import { lint } from '../src/engine/lint.js';
import { markdownToDocx } from './word-fixture.js';
import { fixture, repo } from './paths.js';

const BAD = `## 14. Non-liability\n\nA victim of trafficking shall not be criminally liable for prostitution and illegal immigration.\n`;
const SUPPRESSED = `<!-- np-lint-disable-file missing-child-provision -- children are covered by the Children Act, s. 9 -->\n<!-- np-lint-disable-next-line NP003 -- nothing to silence here -->\n\n${BAD}`;

async function cli(argv: string[], cwd: string, stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { stdout: (s) => void out.push(s), stderr: (s) => void err.push(s), stdin: async () => stdin, cwd, color: false });
  return { code, out: out.join(''), err: err.join('') };
}

interface SarifLog {
  runs: {
    tool: { driver: { informationUri: string; rules: { id: string; helpUri: string }[] } };
    originalUriBaseIds: Record<string, { uri: string }>;
    columnKind: string;
    artifacts: { location: { uri: string; uriBaseId?: string }; contents?: { text: string } }[];
    invocations: { toolExecutionNotifications?: { level: string; message: { text: string } }[] }[];
    results: {
      ruleId: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string; index: number }; region?: Record<string, unknown> }; logicalLocations?: { name: string }[] }[];
      relatedLocations?: { id: number; message: { text: string } }[];
      partialFingerprints: Record<string, string>;
      suppressions?: { kind: string; justification: string }[];
    }[];
  }[];
}

function multitool(): string {
  const require = createRequire(import.meta.url);
  return require('@microsoft/sarif-multitool') as string;
}

describe('SARIF output', () => {
  let dir: string;
  let log: SarifLog;
  let text: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'np-sarif-'));
    mkdirSync(join(dir, 'my bills'), { recursive: true });
    writeFileSync(join(dir, 'my bills', 'bill #1 (draft).md'), readFileSync(repo('examples', 'trafficking-bill.md')));
    writeFileSync(join(dir, 'suppressed.md'), SUPPRESSED);
    writeFileSync(join(dir, 'bill.docx'), await markdownToDocx(readFileSync(fixture('word', 'liability-bill.md'), 'utf8'), { insert: { in: 'working', words: 'work permit' } }));
    const r = await cli(['--format', 'sarif', 'my bills', 'suppressed.md', 'bill.docx', '-'], dir, BAD);
    assert.equal(r.code, 1, r.err);
    text = r.out;
    log = JSON.parse(text) as SarifLog;
  });

  it('uses percent-encoded relative URIs with a base, standard input as an artifact, UTF-16 columns', () => {
    const run0 = log.runs[0]!;
    assert.equal(run0.columnKind, 'utf16CodeUnits');
    assert.deepEqual(run0.originalUriBaseIds, { SRCROOT: { uri: `${pathToFileURL(dir).href}/` } });
    assert.deepEqual(run0.artifacts.map((a) => a.location), [
      { uri: 'my%20bills/bill%20%231%20(draft).md', uriBaseId: 'SRCROOT' },
      { uri: 'suppressed.md', uriBaseId: 'SRCROOT' },
      { uri: 'bill.docx', uriBaseId: 'SRCROOT' },
      { uri: 'stdin' },
    ]);
    assert.equal(run0.artifacts[3]!.contents?.text, BAD);
    const fromStdin = run0.results.filter((x) => x.locations[0]!.physicalLocation.artifactLocation.index === 3);
    assert.ok(fromStdin.some((x) => x.ruleId === 'closed-offence-list'));
  });

  it('names the tool’s home page and each rule’s page, from package.json', () => {
    const { repository } = packageInfo();
    assert.match(repository, /^https:\/\//);
    const driver = log.runs[0]!.tool.driver;
    assert.equal(driver.informationUri, repository);
    for (const r of driver.rules) assert.equal(r.helpUri, `${repository}/blob/main/docs/rules/${r.id}.md`);
    const pkg = JSON.parse(readFileSync(repo('package.json'), 'utf8'));
    assert.doesNotMatch(pkg.scripts.package, /allow-missing-repository/);
  });

  it('gives each result the finding’s fingerprint, and lists silenced findings with their reason', () => {
    const results = log.runs[0]!.results;
    const own = lint(BAD).findings.find((f) => f.ruleId === 'closed-offence-list')!;
    const stdinResult = results.find((x) => x.locations[0]!.physicalLocation.artifactLocation.index === 3 && x.ruleId === 'closed-offence-list')!;
    assert.deepEqual(stdinResult.partialFingerprints, { 'npLintFinding/v1': own.fingerprint });
    const silenced = results.filter((x) => x.suppressions);
    assert.deepEqual(silenced.map((x) => [x.ruleId, x.suppressions]), [['missing-child-provision', [{ kind: 'inSource', status: 'accepted', justification: 'children are covered by the Children Act, s. 9' }]]]);
    const notes = log.runs[0]!.invocations[0]!.toolExecutionNotifications!;
    assert.ok(notes.some((n) => n.level === 'note' && /This suppression \(NP003 defendant-burden\) silences nothing/.test(n.message.text)));
  });

  it('points to a Word document’s paragraph, without lines', () => {
    const results = log.runs[0]!.results.filter((x) => x.locations[0]!.physicalLocation.artifactLocation.index === 2);
    assert.ok(results.length >= 2);
    for (const x of results) {
      const region = x.locations[0]!.physicalLocation.region!;
      assert.equal(region.startLine, undefined);
      assert.deepEqual([region.byteOffset, region.byteLength], [0, readFileSync(join(dir, 'bill.docx')).length]);
      assert.match((region.message as { text: string }).text, /^Paragraph \d+ \("(?:\(\d\)|\d\.) .*…"\)\.$/);
      assert.match(x.locations[0]!.logicalLocations![0]!.name, /^paragraph \d+$/);
    }
  });

  it('passes Microsoft’s SARIF multitool validation (SARIF and GitHub rules) with no error and no warning', function () {
    this.timeout(180000);
    // A finding with related places (a compulsion test defined elsewhere), as the rules will report.
    const withRelated = lint(BAD);
    const f = withRelated.findings[0]!;
    f.related = [{ range: f.range, message: 'the offences listed here' }];
    const related = formatSarif([{ file: 'related.md', path: join(dir, 'related.md'), result: withRelated }], { version: '1.0.0', informationUri: packageInfo().repository, cwd: dir });
    assert.match(related, /"relatedLocations"/);
    writeFileSync(join(dir, 'related.sarif'), related);
    writeFileSync(join(dir, 'np-lint.sarif'), text);
    const out = join(dir, 'validation.sarif');
    const r = spawnSync(multitool(), ['validate', 'np-lint.sarif', 'related.sarif', '--rule-kind', 'Sarif;Gh', '--level', 'Error;Warning', '--output', out, '--log', 'ForceOverwrite'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
    });
    assert.equal(r.error, undefined, `the SARIF multitool could not run: ${r.error?.message}`);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    const validation = JSON.parse(readFileSync(out, 'utf8')) as { runs: { results?: { level?: string; ruleId: string; message: { text?: string; arguments?: string[] } }[] }[] };
    const problems = validation.runs.flatMap((x) => x.results ?? []).filter((x) => x.level !== 'note' && x.level !== 'none');
    assert.deepEqual(problems.map((p) => `${p.ruleId}: ${p.message.text ?? p.message.arguments?.join(' ')}`), []);
  });
});
