import { RULES_BY_ID } from './rules/index.js';
import type { LintConfig, SeveritySetting } from './types.js';

/** A configuration problem, with a message fit to show a drafter in one line. */
export class ConfigError extends Error {}

const SEVERITIES = new Set(['error', 'warning', 'info', 'off']);

/**
 * Parses the workspace configuration file (`.np-lint.json`):
 *   { "rules": { "closed-offence-list": "warning", "NP004": "off" }, "model": "causation" }
 */
export function parseConfig(source: string, name = '.np-lint.json'): LintConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch (e) {
    throw new ConfigError(`${name} is not valid JSON: ${(e as Error).message}`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError(`${name} must contain a JSON object.`);
  const obj = raw as Record<string, unknown>;
  const config: LintConfig = {};
  for (const key of Object.keys(obj)) {
    if (!['rules', 'model', '$schema'].includes(key)) throw new ConfigError(`${name}: unknown setting "${key}" (expected "rules" or "model").`);
  }
  if (obj.model !== undefined) {
    if (obj.model !== 'causation' && obj.model !== 'compulsion') throw new ConfigError(`${name}: "model" must be "causation" or "compulsion".`);
    config.model = obj.model;
  }
  if (obj.rules !== undefined) {
    if (!obj.rules || typeof obj.rules !== 'object' || Array.isArray(obj.rules)) throw new ConfigError(`${name}: "rules" must be an object of rule ids and severities.`);
    const rules: Record<string, SeveritySetting> = {};
    const codes = new Map([...RULES_BY_ID.values()].map((r) => [r.meta.code, r.meta.id]));
    for (const [k, v] of Object.entries(obj.rules as Record<string, unknown>)) {
      const id = RULES_BY_ID.has(k) ? k : codes.get(k);
      if (!id) throw new ConfigError(`${name}: unknown rule "${k}".`);
      if (typeof v !== 'string' || !SEVERITIES.has(v)) throw new ConfigError(`${name}: rule "${k}" must be "error", "warning", "info" or "off".`);
      rules[id] = v as SeveritySetting;
    }
    config.rules = rules;
  }
  return config;
}
