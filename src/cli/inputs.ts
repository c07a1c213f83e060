// Which files the command line names: folders walked for bills (Markdown and Word), symbolic links
// followed once (a link back to a folder already walked is a loop, and is skipped), each file taken
// once however often it is named or linked, "-" (standard input) read once.
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';

/** File names np-lint checks when it walks a folder. */
export const BILL_FILE = /\.(md|markdown|docx)$/i;

export interface Input {
  /** As shown to the user: relative to the working folder, with "/", or "<stdin>". */
  file: string;
  /** The path as found (undefined for standard input). */
  path?: string;
  /** The real path, symbolic links resolved (what is read and written). */
  real?: string;
  /** Named on the command line, rather than found in a folder. */
  explicit: boolean;
}

export interface Collected {
  inputs: Input[];
  /** One line each, naming the path: missing paths, unreadable folders, loops. */
  problems: string[];
  /** Notes that cost nothing (a path named twice). */
  notes: string[];
}

function display(cwd: string, p: string): string {
  const rel = relative(cwd, p);
  return (rel && !rel.startsWith('..') ? rel : p).split(sep).join('/');
}

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ELOOP' ? 'a symbolic link that points to itself' : code === 'ENOENT' ? 'a broken symbolic link' : (e as Error).message;
}

/** Collects the bills named by `paths` (files, folders or "-"), in order, each once. */
export async function collectInputs(paths: readonly string[], cwd: string): Promise<Collected> {
  const out: Collected = { inputs: [], problems: [], notes: [] };
  const seenFiles = new Set<string>();
  let stdin = false;
  const addFile = (path: string, real: string, explicit: boolean) => {
    if (seenFiles.has(real)) {
      if (explicit) out.notes.push(`${display(cwd, path)} is named more than once (or through a link); it is checked once`);
      return;
    }
    seenFiles.add(real);
    out.inputs.push({ file: display(cwd, path), path, real, explicit });
  };
  const walk = async (dir: string, realDir: string, ancestors: Set<string>): Promise<number> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      out.problems.push(`cannot read the folder ${display(cwd, dir)} (${reason(e)})`);
      return 0;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    let found = 0;
    for (const e of entries) {
      if (e.name === 'node_modules' || e.name.startsWith('.') || e.name.startsWith('~$')) continue;
      const p = join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      let real = join(realDir, e.name);
      if (e.isSymbolicLink()) {
        try {
          real = await realpath(p);
          const info = await stat(real);
          isDir = info.isDirectory();
          isFile = info.isFile();
        } catch (err) {
          if (BILL_FILE.test(e.name)) out.problems.push(`cannot read ${display(cwd, p)} (${reason(err)})`);
          continue;
        }
      }
      if (isDir) {
        if (ancestors.has(real)) {
          out.notes.push(`${display(cwd, p)} links back to a folder above it; it was not walked again`);
          continue;
        }
        found += await walk(p, real, new Set([...ancestors, real]));
      } else if (isFile && BILL_FILE.test(e.name)) {
        addFile(p, real, false);
        found++;
      }
    }
    return found;
  };
  for (const p of paths) {
    if (p === '-') {
      if (stdin) out.notes.push('standard input (-) is named more than once; it is read once');
      else out.inputs.push({ file: '<stdin>', explicit: true });
      stdin = true;
      continue;
    }
    const abs = resolve(cwd, p);
    let real: string;
    let info;
    try {
      real = await realpath(abs);
      info = await stat(real);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const link = await lstat(abs).then((l) => l.isSymbolicLink(), () => false);
      out.problems.push(code === 'ENOENT' && !link ? `no such file or folder: ${p}` : `cannot read ${p} (${reason(e)})`);
      continue;
    }
    if (info.isDirectory()) {
      const n = await walk(abs, real, new Set([real]));
      if (!n) out.problems.push(`no Markdown or Word files in ${p}`);
    } else addFile(abs, real, true);
  }
  return out;
}
