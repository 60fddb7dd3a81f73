// Writing the files the tool produces (reports, saved facts, stack files): whole or not at all,
// owner-only unless told otherwise.
import { stat, writeFile } from 'node:fs/promises';

/**
 * Writes a file whole or not at all (temporary file + rename), readable by its owner only: reports
 * describe a practice's weaknesses. `mode` keeps an edited file's own permissions. A device or pipe (`-o /dev/null`, `-o /dev/stdout`) is written
 * to as it is, never replaced.
 */
export async function writeOutputFile(path: string, content: string | Uint8Array, mode = 0o600): Promise<void> {
  const existing = await stat(path).catch(() => undefined);
  if (existing && !existing.isFile()) {
    await writeFile(path, content);
    return;
  }
  const { default: writeFileAtomic } = await import('write-file-atomic');
  await writeFileAtomic(path, typeof content === 'string' ? content : Buffer.from(content.buffer, content.byteOffset, content.byteLength), { mode });
}
