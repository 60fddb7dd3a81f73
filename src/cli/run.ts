// Maps outcomes to exit codes, in exactly one place: 0 passed, 1 gate failed, 2 bad input or command
// line, 3 internal error. Sets process.exitCode (never process.exit) so output flushes.
import { InputError, UsageError } from '../errors.js';

export const EXIT = { ok: 0, gateFailed: 1, badInput: 2, internal: 3 } as const;

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
