// Typed errors, mapped to exit codes in exactly one place (src/cli/run.ts).

/**
 * One problem with the user's input, printed as `file:line:col: what is wrong — what to do`, or as
 * `file: what is wrong — what to do` when it is about the file as a whole (line and column 0: it is
 * missing, a directory, unreadable), which has no line to point at.
 */
export interface Problem {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** Line and column of a problem with the whole file. */
export const WHOLE_FILE = { line: 0, column: 0 } as const;

export const formatProblem = (p: Problem): string => (p.line > 0 ? `${p.file}:${p.line}:${p.column}: ${p.message}` : `${p.file}: ${p.message}`);

/**
 * A problem is one line, even when it quotes a key, a value or a parser's message with a line break
 * in it; and a quoted value can neither drive the terminal (control characters: C0, DEL, C1) nor
 * reorder the line (bidi embeddings, overrides and isolates): they are printed as visible escapes.
 */
export const oneLine = (message: string): string =>
  message
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/\t/g, '\\t')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The input (a stack file, a plugin, a saved report) is wrong: exit 2, one line per problem. */
export class InputError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const sorted = problems.map((p) => ({ ...p, message: oneLine(p.message) })).sort((a, b) => a.line - b.line || a.column - b.column);
    super(sorted.map(formatProblem).join('\n'));
    this.name = 'InputError';
    this.problems = sorted;
  }

  static at(file: string, line: number, column: number, message: string): InputError {
    return new InputError([{ file, line, column, message }]);
  }
}

/** The command line is wrong: exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
