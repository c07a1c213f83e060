/**
 * The clause library: the built-in corpus plus a drafting office's own clauses (workspace files in
 * `.np-lint/clauses/` of the bill's repository, in the same format). Pure: the caller reads the
 * files and passes their texts in.
 */
import { CLAUSES } from './clauses.generated.js';
import { ClauseFileError, parseClauseFile } from './clauseFile.js';
import type { ClauseRecord } from './types.js';

/** The folder, relative to the bill's repository, that holds a drafting office's own clauses. */
export const WORKSPACE_CLAUSES_FOLDER = '.np-lint/clauses/';

export interface ClauseFileText {
  /** The file's name or path, used in messages. */
  name: string;
  text: string;
}

export interface LibraryProblem {
  file: string;
  message: string;
}

export interface ClauseLibrary {
  /** Built-in clauses first (corpus order), then workspace clauses (by file name). */
  clauses: ClauseRecord[];
  /** Workspace files that could not be used, each with a one-line message naming the file. */
  problems: LibraryProblem[];
  byId(id: string): ClauseRecord | undefined;
}

/** The built-in clauses (a fresh copy, marked 'built-in'). */
export function builtInClauses(): ClauseRecord[] {
  return CLAUSES.map((c) => ({ ...c, origin: 'built-in' as const }));
}

/**
 * Builds the library from the built-in clauses and the workspace clause files. A workspace file
 * that is not a valid clause file, or reuses an id, is left out and reported in `problems`; it
 * never throws. Only `.md` files are read (README.md is skipped).
 */
export function loadLibrary(workspaceFiles: ClauseFileText[] = [], builtIn: ClauseRecord[] = builtInClauses()): ClauseLibrary {
  const clauses = [...builtIn];
  const problems: LibraryProblem[] = [];
  const ids = new Map(clauses.map((c) => [c.id, c.file ?? 'the built-in corpus']));
  const files = [...workspaceFiles]
    .filter((f) => /\.md$/i.test(f.name) && !/(^|[\\/])readme\.md$/i.test(f.name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const f of files) {
    let rec: ClauseRecord;
    try {
      rec = parseClauseFile(f.text, f.name, 'workspace');
    } catch (e) {
      const message = e instanceof ClauseFileError ? e.message : `${f.name}: ${(e as Error)?.message ?? String(e)}`;
      problems.push({ file: f.name, message });
      continue;
    }
    const clash = ids.get(rec.id);
    if (clash) {
      problems.push({ file: f.name, message: `${f.name}: the id "${rec.id}" is already used by ${clash}; give this clause another id` });
      continue;
    }
    ids.set(rec.id, f.name);
    clauses.push(rec);
  }
  const index = new Map(clauses.map((c) => [c.id, c]));
  return { clauses, problems, byId: (id) => index.get(id) };
}
