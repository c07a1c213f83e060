// The JSON schema of the settings file (media/np-lint.schema.json), generated from the rules'
// metadata by `npm run generate`, so that a new rule appears in the editor's completion at once.
import type { RuleMeta } from '../engine/rule.js';
import { MODELS, SEVERITY_SETTINGS } from './settings.js';

const SEVERITY_TEXT: Record<string, string> = {
  error: 'Show as an error (the CLI exits 1).',
  warning: 'Show as a warning.',
  info: 'Show as information.',
  off: 'Do not check.',
};

/** The settings file's JSON schema (draft-07), with one entry per rule id and per rule code. */
export function settingsSchema(rules: readonly RuleMeta[]): Record<string, unknown> {
  const severity = (r: RuleMeta, by: 'id' | 'code') => ({
    description: `${r.code} ${r.id}: ${r.title}. Default: ${r.defaultSeverity}.${by === 'code' ? ` Same as "${r.id}".` : ''}`,
    enum: [...SEVERITY_SETTINGS],
    enumDescriptions: SEVERITY_SETTINGS.map((s) => SEVERITY_TEXT[s]),
  });
  const properties: Record<string, unknown> = {};
  for (const r of rules) properties[r.id] = severity(r, 'id');
  for (const r of rules) properties[r.code] = severity(r, 'code');
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Non-Punishment Drafting Assistant settings (.np-lint.json)',
    description: 'Settings for checking the bills in this folder and the folders below it. Generated from the rules by `npm run generate`.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: {
        description: 'How each check is shown, by rule id or code: error, warning, info, or off.',
        type: 'object',
        propertyNames: { enum: [...rules.map((r) => r.id), ...rules.map((r) => r.code)] },
        properties,
        additionalProperties: { enum: [...SEVERITY_SETTINGS] },
      },
      model: {
        description:
          'The jurisdiction\'s deliberate choice of model. With "compulsion", a bare compulsion test is accepted; wording at the level of duress is still an error.',
        enum: [...MODELS],
      },
      ignore: {
        description: 'Bills not to check: file patterns relative to this file\'s folder ("drafts/**", "old-*.md"). A pattern without "/" matches a file name in any folder.',
        type: 'array',
        items: { type: 'string', minLength: 1 },
      },
    },
  };
}

/** The schema file's text, as written to media/np-lint.schema.json. */
export function renderSettingsSchema(rules: readonly RuleMeta[]): string {
  return `${JSON.stringify(settingsSchema(rules), null, 2)}\n`;
}
