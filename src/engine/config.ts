// The settings file is read by src/config (one loader for the CLI and the editor). This strict
// form is kept for callers that want all or nothing.
import { formatProblem, parseSettings } from '../config/settings.js';
import type { LintConfig } from './types.js';

/** A configuration problem, with a message fit to show a drafter in one line. */
export class ConfigError extends Error {}

/**
 * Parses a settings file's text strictly: the configuration, or a ConfigError naming the first
 * problem ("NAME:LINE:COLUMN: message"). For the lenient form that lists every problem and applies
 * the rest, use parseSettings (src/config).
 */
export function parseConfig(source: string, name = '.np-lint.json'): LintConfig {
  const s = parseSettings(source);
  const first = s.problems[0];
  if (first) throw new ConfigError(formatProblem(name, first));
  return s.config;
}
