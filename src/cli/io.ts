// Where commands write (a report on standard output waits until it is written), and whether the
// terminal gets colour.
import { UsageError } from '../errors.js';
import { cannotWriteStdout, noteStdoutFailure, stdoutFailed } from './run.js';

export const out = (s: string): void => {
  if (!stdoutFailed()) process.stdout.write(s);
};
export const err = (s: string): void => void process.stderr.write(s);

/**
 * Writes a report (in `format`) to standard output and waits until it is handed to the system: a
 * failure is a UsageError (exit 2, one line), a closed pipe is quiet.
 */
export function writeStdout(body: string | Uint8Array, format: string): Promise<void> {
  if (stdoutFailed()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    process.stdout.write(body, (e) => {
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
