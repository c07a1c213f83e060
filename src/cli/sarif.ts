// SARIF 2.1.0 (OASIS), in the form code-scanning services accept: files as percent-encoded URIs
// relative to a base (SRCROOT, given in originalUriBaseIds), standard input as an artifact with its
// contents, columns in UTF-16 code units, rule help URIs, partial fingerprints that survive edits
// elsewhere in the bill, related locations, and findings silenced in the bill listed with their
// suppression (kind "inSource", with the drafter's reason as justification).
import { pathToFileURL } from 'node:url';
import { relative, sep } from 'node:path';
import { RULES } from '../engine/rules/index.js';
import type { Finding, Range, SuppressedFinding } from '../engine/types.js';
import { citationLine, readingNote, wordParagraph, type FileResult } from './format.js';

export interface ToolInfo {
  version: string;
  /** The project's home page (package.json "repository"), without a trailing slash. */
  informationUri: string;
  /** The working folder: URIs are relative to it when the file is inside it. */
  cwd: string;
}

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** A path relative to the base, as a percent-encoded relative URI ("bills/my%20bill.md"). */
export function relativeUri(path: string, base: string): string | undefined {
  const rel = relative(base, path);
  if (!rel || rel.startsWith('..') || rel.split(sep).includes('..')) return undefined;
  return rel.split(sep).map(encodeURIComponent).join('/');
}

const pascal = (id: string) => id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
const sentence = (s: string) => (/[.!?]["”’)]?$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

/** SARIF 2.1.0 for the results, as a JSON string. */
export function formatSarif(results: FileResult[], tool: ToolInfo): string {
  const docs = `${tool.informationUri}/blob/main/docs/rules`;
  const rules = RULES.map((r) => ({
    id: r.meta.id,
    name: pascal(r.meta.id),
    shortDescription: { text: sentence(r.meta.title) },
    fullDescription: { text: sentence(r.meta.summary) },
    help: { text: sentence(`${r.meta.docs.fix}\n\nSources: ${r.meta.citations.map((c) => `${c.source}, ${c.pinpoint}`).join('; ')}`) },
    helpUri: `${docs}/${r.meta.id}.md`,
    defaultConfiguration: { level: LEVEL[r.meta.defaultSeverity] },
    properties: { code: r.meta.code, tags: ['legislation', 'non-punishment'] },
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const base = tool.cwd.endsWith(sep) ? tool.cwd : tool.cwd + sep;
  const artifacts: Record<string, unknown>[] = [];
  const locationOf = (r: FileResult, i: number): Record<string, unknown> => {
    const rel = r.path ? relativeUri(r.path, tool.cwd) : undefined;
    if (rel) return { uri: rel, uriBaseId: 'SRCROOT', index: i };
    if (r.path) return { uri: pathToFileURL(r.path).href, index: i };
    // Standard input: code-scanning services need a URI; the artifact says what it is and holds its text.
    return { uri: 'stdin', index: i };
  };
  results.forEach((r, i) => {
    const loc = locationOf(r, i);
    const a: Record<string, unknown> = {};
    a.location = { uri: loc.uri, ...(loc.uriBaseId ? { uriBaseId: loc.uriBaseId } : {}) };
    if (!r.path) {
      a.description = { text: 'Standard input.' };
      a.contents = { text: r.text ?? '' };
    }
    if (r.word) a.mimeType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    else {
      a.mimeType = 'text/markdown';
      a.sourceLanguage = 'markdown';
    }
    a.roles = ['analysisTarget'];
    artifacts.push(a);
  });
  const physical = (r: FileResult, i: number, range: Range) => {
    const artifactLocation = locationOf(r, i);
    if (r.word) {
      // A Word document has no lines: the region is the whole file, and the paragraph is named in
      // the region's message and in the result's logical location.
      const p = wordParagraph(r, range);
      const region: Record<string, unknown> = { byteOffset: 0, byteLength: r.word.bytes ?? 0 };
      if (p) region.message = { text: `Paragraph ${p.number} ("${p.excerpt}").` };
      return { artifactLocation, region };
    }
    return {
      artifactLocation,
      region: {
        startLine: range.start.line,
        startColumn: range.start.column,
        endLine: range.end.line,
        endColumn: range.end.column,
        charOffset: range.start.offset,
        charLength: range.end.offset - range.start.offset,
      },
    };
  };
  const location = (r: FileResult, i: number, range: Range) => {
    const p = wordParagraph(r, range);
    const loc: Record<string, unknown> = { physicalLocation: physical(r, i, range) };
    if (p) loc.logicalLocations = [{ name: `paragraph ${p.number}`, fullyQualifiedName: `paragraph ${p.number} ("${p.excerpt}")`, kind: 'element' }];
    return loc;
  };
  const result = (r: FileResult, i: number, f: Finding | SuppressedFinding) => {
    const out: Record<string, unknown> = {
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId),
      level: LEVEL[f.severity],
      message: { text: sentence(`${sentence(f.message)} Sources: ${citationLine(f)}`) },
      locations: [location(r, i, f.range)],
      partialFingerprints: { 'npLintFinding/v1': f.fingerprint },
    };
    if (f.related?.length) {
      out.relatedLocations = f.related.map((x, k) => ({ id: k + 1, message: { text: sentence(x.message) }, ...location(r, i, x.range) }));
    }
    if (!r.word && f.fixes.length) {
      out.fixes = f.fixes.map((x) => ({
        description: { text: sentence(x.title) },
        artifactChanges: [
          {
            artifactLocation: locationOf(r, i),
            replacements: x.edits.map((e) => ({ deletedRegion: { charOffset: e.start, charLength: e.end - e.start }, insertedContent: { text: e.newText } })),
          },
        ],
      }));
    }
    if ('suppression' in f) out.suppressions = [{ kind: 'inSource', status: 'accepted', justification: f.suppression.reason }];
    return out;
  };
  const notifications = results.flatMap((r, i) => [
    ...(readingNote(r) ? [{ level: 'note', message: { text: readingNote(r)! }, locations: [{ physicalLocation: { artifactLocation: locationOf(r, i) } }] }] : []),
    ...r.result.notices.map((n) => ({
      descriptor: { id: n.kind === 'amends-another-text' ? n.kind : `suppression/${n.kind}` },
      level: LEVEL[n.severity],
      message: { text: sentence(n.message) },
      locations: [location(r, i, n.range)],
    })),
  ]);
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'np-lint',
            fullName: 'Non-Punishment Drafting Assistant',
            version: tool.version,
            semanticVersion: tool.version,
            informationUri: tool.informationUri,
            rules,
          },
        },
        invocations: [{ executionSuccessful: true, ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(base).href } },
        artifacts,
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((r, i) => [...r.result.findings, ...r.result.suppressed].map((f) => result(r, i, f))),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}
