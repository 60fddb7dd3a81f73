// Where commands write, and whether the terminal gets colour.
import { stat, writeFile } from 'node:fs/promises';

export const out = (s: string): void => void process.stdout.write(s);
export const err = (s: string): void => void process.stderr.write(s);

/** Colour only on a terminal, never with NO_COLOR or --no-color; FORCE_COLOR turns it on. */
export function useColor(flag: boolean | undefined): boolean {
  if (flag === false) return false;
  if (process.env.NO_COLOR) return false;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true;
  return Boolean(process.stdout.isTTY);
}

/**
 * Writes a report file whole or not at all (temporary file + rename), readable by its owner only.
 * A device or pipe (`-o /dev/null`, `-o /dev/stdout`) is written to as it is, never replaced.
 */
export async function writeReportFile(path: string, content: string): Promise<void> {
  const existing = await stat(path).catch(() => undefined);
  if (existing && !existing.isFile()) {
    await writeFile(path, content);
    return;
  }
  const { default: writeFileAtomic } = await import('write-file-atomic');
  await writeFileAtomic(path, content, { mode: 0o600 });
}
