// Finds the settings file that applies to a bill and reads it, through an injected file reader:
// node's fs in the CLI, `workspace.fs` in the editor (so the same search runs in VS Code for the Web).
import picomatch from 'picomatch/posix.js';
import { parseSettings, SETTINGS_FILE, type Settings } from './settings.js';

/** How the loader reads files. Paths are absolute, with "/" between folders (a URI's path will do). */
export interface SettingsHost {
  /** The file's bytes, or undefined when there is no such file (any other failure may throw). */
  readFile(path: string): Promise<Uint8Array | undefined>;
}

export interface LoadedSettings extends Settings {
  /** The settings file's path, as given to the host. */
  file: string;
  /** Its folder: `ignore` patterns are relative to it. */
  folder: string;
}

/** The folder part of a "/"-separated path ("/a/b/c.md" gives "/a/b"; "/a" gives "/"). */
export function parentFolder(path: string): string | undefined {
  const p = path.replace(/\/+$/, '');
  const i = p.lastIndexOf('/');
  if (i < 0 || p === '') return undefined;
  return i === 0 ? '/' : p.slice(0, i);
}

const join = (folder: string, name: string) => (folder.endsWith('/') ? folder + name : `${folder}/${name}`);

/** The folders searched for a bill in `folder`, nearest first, stopping at `stopAt` (inclusive) when given. */
export function foldersUpward(folder: string, stopAt?: string): string[] {
  const out: string[] = [];
  const stop = stopAt?.replace(/\/+$/, '') || (stopAt ? '/' : undefined);
  let dir: string | undefined = folder.replace(/\/+$/, '') || '/';
  if (stop && dir !== stop && !dir.startsWith(stop === '/' ? '/' : `${stop}/`)) return [dir];
  while (dir !== undefined && out.length < 256) {
    out.push(dir);
    if (dir === stop || dir === '/') break;
    dir = parentFolder(dir);
  }
  return out;
}

/** Decodes a settings file's bytes: UTF-8, with or without a byte-order mark (the parser drops the mark). */
export function decodeSettings(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * The nearest settings file from `folder` upward (to `stopAt`, inclusive, when given), read and
 * checked; undefined when there is none. Errors other than "no such file" from the host propagate.
 */
export async function loadSettings(folder: string, host: SettingsHost, stopAt?: string): Promise<LoadedSettings | undefined> {
  for (const dir of foldersUpward(folder, stopAt)) {
    const file = join(dir, SETTINGS_FILE);
    const bytes = await host.readFile(file);
    if (bytes) return { ...parseSettings(decodeSettings(bytes)), file, folder: dir };
  }
  return undefined;
}

/** Reads one named settings file (`--config FILE`); undefined when it does not exist. */
export async function loadSettingsFile(file: string, host: SettingsHost): Promise<LoadedSettings | undefined> {
  const bytes = await host.readFile(file);
  if (!bytes) return undefined;
  return { ...parseSettings(decodeSettings(bytes)), file, folder: parentFolder(file) ?? '/' };
}

/**
 * Whether a bill is excluded by `ignore` patterns. `bill` and `folder` are "/"-separated paths; the
 * patterns are matched against the bill's path relative to `folder` (a pattern without "/" matches
 * the file's name in any folder, as in .gitignore; "drafts/" or "drafts/**" a whole folder).
 */
export function isIgnored(bill: string, folder: string, patterns: readonly string[]): boolean {
  if (!patterns.length) return false;
  const base = folder.replace(/\/+$/, '');
  if (!bill.startsWith(`${base}/`) && base !== '') return false;
  const rel = bill.slice(base.length + 1);
  return patterns.some((p) => {
    const pattern = p.replace(/^\.\//, '').replace(/\/$/, '/**');
    try {
      return picomatch(pattern, { dot: true, basename: !pattern.includes('/') })(rel);
    } catch {
      return false;
    }
  });
}
