/**
 * Writing a bill back to disk without ever leaving half of it: the bytes go to a temporary file
 * beside the target, which then replaces it (rename is atomic on one file system). An existing
 * file keeps its permissions.
 */
import { chmod, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `bytes` to `path` through a temporary file beside it. Throws the file system's error
 * (an `ErrnoException`: EACCES, EROFS, ENOSPC...) after removing the temporary file; the target is
 * then untouched.
 */
export async function replaceFile(path: string, bytes: Uint8Array): Promise<void> {
  const mode = await stat(path).then(
    (s) => s.mode & 0o7777,
    () => undefined,
  );
  const tmp = join(dirname(path), `.${basename(path)}.np-lint-${process.pid}.tmp`);
  try {
    await writeFile(tmp, bytes, mode === undefined ? {} : { mode });
    if (mode !== undefined) await chmod(tmp, mode);
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}
