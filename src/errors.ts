// Typed errors, mapped to exit codes in exactly one place (src/cli/run.ts).

/** One problem with the user's input, printed as `file:line:col: what is wrong — what to do`. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export const formatProblem = (p: Problem): string => `${p.file}:${p.line}:${p.column}: ${p.message}`;

/** The input (a stack file, a plugin, a saved report) is wrong: exit 2, one line per problem. */
export class InputError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const sorted = [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
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
