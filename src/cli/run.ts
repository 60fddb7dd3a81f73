// Maps outcomes to exit codes, in exactly one place: 0 passed, 1 gate failed, 2 bad input or command
// line, 3 internal error. Sets process.exitCode (never process.exit) so output flushes.
import { InputError, UsageError } from '../errors.js';

export const EXIT = { ok: 0, gateFailed: 1, badInput: 2, internal: 3 } as const;

/** The errno standard output failed with, once it has: nothing more is written to it. */
let stdoutFailure: string | undefined;
export const stdoutFailed = (): boolean => stdoutFailure !== undefined;

/** `format`: the report that was being written, whose flag can send it to a file instead. */
export const cannotWriteStdout = (code: string, format?: string): string =>
  format === undefined
    ? `cannot write to standard output (${code}) — free some space on its device, or send the output elsewhere`
    : `cannot write the ${format} report to standard output (${code}) — free some space on its device, or write it to a file with --report ${format}=<path>`;

/**
 * Records that standard output failed. A reader that stops early (`| head`) closes the pipe: EPIPE
 * ends the output quietly, as CLIs do. Any other failure (ENOSPC on `> /dev/full`) is said in one
 * line (by `say`, unless the caller reports it itself) and makes the exit code 2 whatever the
 * command concluded: its output is incomplete.
 */
export function noteStdoutFailure(code: string, say: ((s: string) => void) | undefined): void {
  if (stdoutFailure !== undefined) return;
  stdoutFailure = code;
  if (code === 'EPIPE') return;
  say?.(`hipaa-hero: ${cannotWriteStdout(code)}\n`);
  process.on('exit', () => {
    process.exitCode = EXIT.badInput;
  });
}

/** Watches standard output for the whole run, instead of letting a write error end it with a stack trace. */
export function watchStdout(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => noteStdoutFailure(e.code ?? 'error', (s) => process.stderr.write(s)));
}

interface CommanderLike {
  code: string;
  exitCode: number;
}

const isCommanderError = (err: unknown): err is CommanderLike =>
  typeof err === 'object' && err !== null && typeof (err as CommanderLike).code === 'string' && (err as CommanderLike).code.startsWith('commander.');

export function exitCodeFor(err: unknown, debug: boolean, writeErr: (s: string) => void): number {
  if (isCommanderError(err)) {
    // commander has printed its own message (or the help / version).
    return err.exitCode === 0 ? EXIT.ok : EXIT.badInput;
  }
  if (err instanceof InputError) {
    writeErr(err.message + '\n');
    if (debug && err.stack) writeErr(err.stack + '\n');
    return EXIT.badInput;
  }
  if (err instanceof UsageError) {
    writeErr(`hipaa-hero: ${err.message}\n`);
    return EXIT.badInput;
  }
  const message = err instanceof Error ? err.message : String(err);
  writeErr(`hipaa-hero: internal error: ${message.split('\n')[0]} — this is a bug; run again with --debug and report it\n`);
  if (debug && err instanceof Error && err.stack) writeErr(err.stack + '\n');
  return EXIT.internal;
}
