// Runs a command on a pseudo-terminal (util-linux `script`) and types into it: wait for a prompt's
// text in the output, then send keystrokes, each wait with its own time limit that fails with the
// output so far.
import { execa, type ResultPromise } from 'execa';

export const KEY = { enter: '\r', down: '\x1b[B', up: '\x1b[A', space: ' ', ctrlC: '\x03', ctrlU: '\x15' } as const;

/** One exchange: wait for `expect` (after the previous match), then type `send`. */
export interface Step {
  expect: string | RegExp;
  send?: string;
}

export interface PtyRun {
  /** Everything the terminal showed so far, with escape sequences removed. */
  output(): string;
  /** Waits for the text to appear after the previous match. */
  expect(text: string | RegExp, timeoutMs?: number): Promise<void>;
  send(keys: string): void;
  /** Runs the steps in order. */
  steps(steps: readonly Step[], timeoutMs?: number): Promise<void>;
  /** Waits for the command to end: its exit code and the whole output. */
  done(timeoutMs?: number): Promise<{ exitCode: number | undefined; output: string }>;
  kill(): void;
}

// CSI sequences (cursor moves, erase, colours), OSC titles, and other two-character escapes.
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g;
export const stripAnsi = (s: string): string => s.replace(ANSI, '').replace(/\r/g, '');

const quote = (arg: string): string => `'${arg.replace(/'/g, `'\\''`)}'`;

export function spawnPty(argv: readonly string[], options: { cwd: string; env?: Record<string, string>; cols?: number }): PtyRun {
  // A pseudo-terminal has no size until one is set; a wide one keeps prompts on one line each.
  const command = `stty cols ${options.cols ?? 200} rows 50; ${argv.map(quote).join(' ')}`;
  const child: ResultPromise = execa('script', ['-qec', command, '/dev/null'], {
    cwd: options.cwd,
    env: { NO_COLOR: '1', TERM: 'xterm', ...options.env },
    reject: false,
    stdin: 'pipe',
    buffer: false,
  });
  let raw = '';
  let cursor = 0;
  let exited = false;
  const waiters = new Set<() => void>();
  const wake = () => waiters.forEach((w) => w());
  child.stdout?.setEncoding('utf8');
  child.stdout?.on('data', (chunk: string) => {
    raw += chunk;
    wake();
  });
  const finished = child.then((r) => {
    exited = true;
    wake();
    return r;
  });
  const output = () => stripAnsi(raw);
  const tail = () => output().slice(-4000);

  function expect(text: string | RegExp, timeoutMs = 10_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const rest = output().slice(cursor);
        let at = -1;
        let length = 0;
        if (typeof text === 'string') {
          at = rest.indexOf(text);
          length = text.length;
        } else {
          // A global or sticky pattern would carry lastIndex from one search to the next.
          const m = new RegExp(text.source, text.flags.replace(/[gy]/g, '')).exec(rest);
          if (m) [at, length] = [m.index, m[0].length];
        }
        if (at !== -1) {
          cursor += at + length;
          stop();
          resolve();
        } else if (exited) {
          stop();
          reject(new Error(`the command ended before showing ${String(text)}; its output:\n${tail()}`));
        }
      };
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`no ${String(text)} within ${timeoutMs} ms; the output so far:\n${tail()}`));
      }, timeoutMs);
      const stop = () => {
        clearTimeout(timer);
        waiters.delete(check);
      };
      waiters.add(check);
      check();
    });
  }

  const send = (keys: string) => void child.stdin?.write(keys);

  return {
    output,
    expect,
    send,
    async steps(steps, timeoutMs) {
      try {
        for (const step of steps) {
          await expect(step.expect, timeoutMs);
          if (step.send !== undefined) send(step.send);
        }
      } catch (e) {
        // A command left waiting for an answer that will never come would outlive the test.
        child.kill();
        throw e;
      }
    },
    async done(timeoutMs = 20_000) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          child.kill();
          reject(new Error(`the command did not end within ${timeoutMs} ms; the output so far:\n${tail()}`));
        }, timeoutMs);
      });
      try {
        const r = await Promise.race([finished, timeout]);
        return { exitCode: r.exitCode, output: output() };
      } finally {
        clearTimeout(timer);
        child.stdin?.end();
      }
    },
    kill: () => void child.kill(),
  };
}
