// The settings file `.np-lint.json`: parsing and checking, one loader for the CLI and the editor.
// Pure TypeScript (no file system, no Node built-ins, no vscode): it also runs in VS Code for the Web.
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { RULES } from '../engine/rules/index.js';
import type { LintConfig, NexusModel, SeveritySetting } from '../engine/types.js';
import { didYouMean } from '../engine/suggest.js';

/** The settings file's name. */
export const SETTINGS_FILE = '.np-lint.json';

export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'info', 'off'];
export const MODELS: readonly NexusModel[] = ['causation', 'compulsion'];
/** The settings a file may hold, in the order they are documented. */
export const SETTING_NAMES = ['$schema', 'rules', 'model', 'ignore'] as const;

/** One problem in a settings file, with where it is (1-based line and column, UTF-16 code units). */
export interface SettingsProblem {
  message: string;
  line: number;
  column: number;
  /** 0-based offset of the problem in the file's text (after any byte-order mark), and its length. */
  offset: number;
  length: number;
  /** 'error': the file cannot be used at all; 'warning': the entry named was ignored. */
  severity: 'error' | 'warning';
}

export interface Settings {
  /** What the engine applies: rule severities (by rule id) and the model. */
  config: LintConfig;
  /** Glob patterns (relative to the settings file's folder) of bills not to check. */
  ignore: string[];
  /** Every problem found, in the file's order; each says what was ignored. */
  problems: SettingsProblem[];
  /** True when nothing in the file could be used (not JSON at all, or not an object). */
  fatal: boolean;
}

/** A problem with the settings, as one line: "NAME:LINE:COLUMN: message". */
export function formatProblem(name: string, p: SettingsProblem): string {
  return `${name}:${p.line}:${p.column}: ${p.message}`;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

const SYNTAX: Record<string, string> = {
  InvalidSymbol: 'a character that does not belong in JSON',
  InvalidNumberFormat: 'a number written in a form JSON does not accept',
  PropertyNameExpected: 'a setting name in double quotes was expected',
  ValueExpected: 'a value was expected',
  ColonExpected: 'a colon (:) was expected after the setting name',
  CommaExpected: 'a comma was expected between two entries',
  CloseBraceExpected: 'a closing brace (}) was expected',
  CloseBracketExpected: 'a closing bracket (]) was expected',
  EndOfFileExpected: 'nothing more was expected after the closing brace',
  InvalidCommentToken: 'a comment is not closed',
  UnexpectedEndOfComment: 'a comment is not closed',
  UnexpectedEndOfString: 'a text in quotes is not closed',
  UnexpectedEndOfNumber: 'a number is cut short',
  InvalidUnicode: 'a \\u escape is not valid',
  InvalidEscapeCharacter: 'a backslash escape is not valid',
  InvalidCharacter: 'a character that JSON does not accept inside quotes',
};

const quote = (s: string) => `"${s}"`;
const orList = (xs: readonly string[]) => (xs.length < 2 ? xs.map(quote).join('') : `${xs.slice(0, -1).map(quote).join(', ')} or ${quote(xs[xs.length - 1]!)}`);
const suggestion = (word: string, candidates: readonly string[]) => {
  const s = didYouMean(word, candidates);
  return s ? ` Did you mean "${s}"?` : '';
};

/**
 * Parses and checks a settings file. Comments, trailing commas and a byte-order mark are accepted.
 * Never throws: every problem is returned with its line and column, the broken entries are left out
 * and the rest is applied. `fatal` is set only when the text holds no usable JSON object.
 *
 * Shape: { "$schema"?: string, "rules"?: { RULE-ID-OR-CODE: "error"|"warning"|"info"|"off" },
 *          "model"?: "causation"|"compulsion", "ignore"?: [GLOB, ...] }
 */
export function parseSettings(source: string): Settings {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const problems: SettingsProblem[] = [];
  const add = (node: { offset: number; length: number }, message: string, severity: SettingsProblem['severity'] = 'warning') =>
    problems.push({ message, ...lineColumn(text, node.offset), offset: node.offset, length: Math.max(1, node.length), severity });
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  for (const e of errors) {
    const code = printParseErrorCode(e.error);
    add(e, `This is not valid JSON here: ${SYNTAX[code] ?? code}.`, 'error');
  }
  const settings: Settings = { config: {}, ignore: [], problems, fatal: false };
  if (!root || root.type !== 'object') {
    settings.fatal = true;
    if (!errors.length) add(root ?? { offset: 0, length: text.length }, 'The settings file must hold one JSON object, in braces: { "rules": { ... } }.', 'error');
    return settings;
  }
  const props = (root.children ?? []).filter((p) => p.type === 'property' && p.children?.[0]);
  if (errors.length && !props.some((p) => p.children?.[1])) {
    settings.fatal = true;
    return settings;
  }
  const seen = new Set<string>();
  for (const prop of props) {
    const [keyNode, value] = prop.children as [Node, Node | undefined];
    const key = String(keyNode.value);
    if (seen.has(key)) add(keyNode, `"${key}" is set twice; the later one is used.`);
    seen.add(key);
    if (!value) continue; // a syntax error, already listed
    switch (key) {
      case '$schema':
        if (value.type !== 'string') add(value, '"$schema" must be the address of the schema, in quotes. It was ignored.');
        break;
      case 'rules':
        readRules(value, settings, add);
        break;
      case 'model':
        if (value.type === 'string' && (MODELS as readonly string[]).includes(value.value)) settings.config.model = value.value as NexusModel;
        else
          add(value, `"model" must be ${orList(MODELS)}.${value.type === 'string' ? suggestion(value.value, MODELS) : ''} The setting was ignored, so the causation model applies.`);
        break;
      case 'ignore':
        readIgnore(value, settings, add);
        break;
      default:
        add(keyNode, `Unknown setting "${key}".${suggestion(key, SETTING_NAMES)} It was ignored (the settings are ${orList(SETTING_NAMES.slice(1))}).`);
    }
  }
  return settings;
}

type Add = (node: { offset: number; length: number }, message: string) => void;

function readRules(value: Node, settings: Settings, add: Add): void {
  if (value.type !== 'object') {
    add(value, '"rules" must be an object of rule ids (or codes) and severities, for example { "closed-offence-list": "warning" }. It was ignored.');
    return;
  }
  const ids = RULES.map((r) => r.meta.id);
  const byCode = new Map(RULES.map((r) => [r.meta.code, r.meta.id]));
  const names = [...ids, ...byCode.keys()];
  const rules: Record<string, SeveritySetting> = {};
  for (const prop of value.children ?? []) {
    const [k, v] = (prop.children ?? []) as [Node | undefined, Node | undefined];
    if (!k || !v) continue;
    const name = String(k.value);
    const id = ids.includes(name) ? name : byCode.get(name.toUpperCase());
    if (!id) {
      add(k, `Unknown rule "${name}".${suggestion(name, names)} This entry was ignored.`);
      continue;
    }
    if (v.type !== 'string' || !(SEVERITY_SETTINGS as readonly string[]).includes(v.value)) {
      const hint = v.type === 'string' ? suggestion(v.value, SEVERITY_SETTINGS) : '';
      add(v, `The rule "${name}" must be set to ${orList(SEVERITY_SETTINGS)}.${hint} This entry was ignored.`);
      continue;
    }
    rules[id] = v.value as SeveritySetting;
  }
  settings.config.rules = rules;
}

function readIgnore(value: Node, settings: Settings, add: Add): void {
  const items = value.type === 'array' ? value.children ?? [] : value.type === 'string' ? [value] : undefined;
  if (!items) {
    add(value, '"ignore" must be a list of file patterns in quotes, for example ["drafts/**", "old-*.md"]. It was ignored.');
    return;
  }
  for (const item of items) {
    if (item.type !== 'string' || !item.value.trim()) add(item, 'Each entry of "ignore" must be a file pattern in quotes, such as "drafts/**". This entry was ignored.');
    else settings.ignore.push(item.value.trim());
  }
}
