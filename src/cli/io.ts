// Where commands write (a report on standard output waits until it is written), whether the
// terminal gets colour, notes about flags, and refusing a directory given where a file is read.
import { stat } from 'node:fs/promises';
import { InputError, oneLine, UsageError } from '../errors.js';
import { cannotWriteStdout, noteStdoutFailure, stdoutFailed } from './run.js';
import { contentPieces, type Content } from '../write-file.js';

export const out = (s: string): void => {
  if (!stdoutFailed()) process.stdout.write(s);
};
export const err = (s: string): void => void process.stderr.write(s);

/**
 * Writes a report (in `format`) to standard output and waits until it is handed to the system: a
 * failure is a UsageError (exit 2, one line), a closed pipe is quiet. Content made in pieces is
 * written a piece at a time, each once the stream has room, so the whole is never held.
 */
export async function writeStdout(body: Content, format: string): Promise<void> {
  for (const piece of contentPieces(body)) {
    if (stdoutFailed()) return;
    await writePiece(piece, format);
  }
}

function writePiece(piece: string | Uint8Array, format: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(piece, (e) => {
      if (!e) return resolve();
      const code = (e as NodeJS.ErrnoException).code ?? 'error';
      // The stream's 'error' event comes after this callback: noted here, the failure is said once, by the error below.
      noteStdoutFailure(code, undefined);
      if (code === 'EPIPE') return resolve();
      reject(new UsageError(cannotWriteStdout(code, format)));
    });
  });
}

/** Colour only on a terminal, never with NO_COLOR or --no-color; FORCE_COLOR turns it on. */
export function useColor(flag: boolean | undefined): boolean {
  if (flag === false) return false;
  if (process.env.NO_COLOR) return false;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true;
  return Boolean(process.stdout.isTTY);
}

/** One line on stderr that is neither an error nor output: the exit code does not change. */
export const note = (s: string): void => err(`hipaa-hero: note: ${s}\n`);

/**
 * A directory given where a file is read. A directory has no line or column, so the line is
 * `<path>: is a directory, not a file — <advice>`, not a position in a file that is not there.
 */
export class DirectoryGiven extends InputError {
  constructor(file: string, advice: string) {
    const message = `is a directory, not a file — ${advice}`;
    super([{ file, line: 1, column: 1, message }]);
    this.message = oneLine(`${file}: ${message}`);
  }
}

/** Refuses each path (undefined: the flag was not given) that is a directory, before any work. */
export async function refuseDirectories(paths: ReadonlyArray<readonly [file: string | undefined, advice: string]>): Promise<void> {
  for (const [file, advice] of paths) {
    if (file === undefined || file.includes('\0')) continue;
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) throw new DirectoryGiven(file, advice);
  }
}

/** What to give instead of a directory where a saved JSON report is read (diff, --baseline). */
export const GIVE_A_REPORT = 'give the path of a JSON report written by hipaa-hero audit --report json=<file>';
