// The installed Chromium (or Chrome) that prints the PDF report: finding it (an explicit path, the
// PATH, then known places) and running it with a deadline and a DevTools pipe, its whole process
// group ended afterwards.
import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { UsageError } from '../errors.js';
import { sanitizeLine } from './sanitize.js';

/** Names tried on the PATH, in order: Debian's package, Ubuntu's and older distributions', then Google Chrome. */
export const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'] as const;

/** Where a browser lives when it is not on the PATH (macOS app bundles are never on it). */
const KNOWN_PLACES = [
  '/usr/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

async function isExecutableFile(file: string): Promise<boolean> {
  try {
    if (!(await stat(file)).isFile()) return false;
    await access(file, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The browser to print with: `explicit` (from --chromium) when given — and only it, so a wrong path
 * is reported rather than silently replaced by another browser — else the first of
 * {@link CHROMIUM_NAMES} on the PATH, else a known install location. Undefined when there is none.
 */
export async function findChromium(explicit?: string): Promise<string | undefined> {
  if (explicit !== undefined) return (await isExecutableFile(explicit)) ? path.resolve(explicit) : undefined;
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  const suffixes = process.platform === 'win32' ? ['.exe', ''] : [''];
  for (const name of CHROMIUM_NAMES) {
    for (const dir of dirs) {
      for (const suffix of suffixes) {
        const candidate = path.join(dir, name + suffix);
        if (await isExecutableFile(candidate)) return candidate;
      }
    }
  }
  for (const place of KNOWN_PLACES) {
    if (await isExecutableFile(place)) return place;
  }
  return undefined;
}

/**
 * Chromium could not print: a browser that will not start, crashes, hangs or writes no PDF is a
 * problem with the machine, not a bug in hipaa-hero, so it is a UsageError (exit 2) whose one line
 * says what to do.
 */
export class ChromiumError extends UsageError {
  constructor(file: string, what: string) {
    // The path comes from --chromium or $PATH: shown, never able to move the cursor.
    const bin = sanitizeLine(file);
    super(`Chromium at ${bin} ${what}: check it runs (\`${bin} --version\`), or give another with --chromium <path>`);
    this.name = 'ChromiumError';
  }
}

/** How long a browser that has exited may hold its stderr open (a helper that escaped the kill) before it is given up on. */
const GRACE_MS = 2_000;
const FORWARDED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** The last line of Chromium's stderr worth showing: its own words on why it failed, without the usual noise. */
function lastWords(stderr: string): string {
  const line = stderr.split('\n').filter((l) => l.trim() && !/dbus|Fontconfig/i.test(l)).pop()?.trim() ?? '';
  const clean = sanitizeLine(line);
  return clean.length > 160 ? `${clean.slice(0, 159)}…` : clean;
}

/** A Chromium started by {@link startChromium}, driven through its DevTools pipe. */
export interface RunningChromium {
  /** Where DevTools commands are written (the browser's fd 3). */
  readonly commands: Writable;
  /** Where the browser's DevTools answers and events are read (its fd 4). */
  readonly answers: Readable;
  /**
   * Rejects, with a ChromiumError that says what happened, when the browser ends (crash, exit,
   * failure to start, or {@link RunningChromium.stop}); never resolves.
   */
  readonly failed: Promise<never>;
  /** Ends the browser's whole process group at once (SIGKILL), and resolves once the browser itself is gone. */
  stop(): Promise<void>;
}

/**
 * Starts Chromium with `--remote-debugging-pipe` among `args`, in a process group of its own that
 * every way out (stop, crash, Ctrl-C) ends, so no helper (zygote, renderer) outlives the print.
 * `onInterrupt` runs, synchronously, when a signal (Ctrl-C) stops the run. Deadlines are the
 * caller's: it calls stop().
 */
export function startChromium(bin: string, args: readonly string[], onInterrupt?: () => void): RunningChromium {
  const group = process.platform !== 'win32';
  // TZ=UTC: Chromium writes the print time with the local offset; UTC keeps the stamp's length fixed.
  const child = spawn(bin, args, { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'], detached: group, env: { ...process.env, TZ: 'UTC' } });
  const commands = child.stdio[3] as Writable;
  const answers = child.stdio[4] as Readable;
  // A browser that is gone makes these fail (EPIPE): its exit is what gets reported.
  commands.on('error', () => undefined);
  answers.on('error', () => undefined);
  let stderr = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-8192);
  });
  const killAll = () => {
    try {
      if (group && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      else child.kill('SIGKILL');
    } catch {
      // Already gone.
    }
  };
  // Detached, the group gets no Ctrl-C from the terminal: end it ourselves (and let the caller
  // clean up, since no `finally` runs once the signal ends the process), then let the signal do
  // what it would have (the default is to exit) when nobody else listens for it.
  const onSignal = (signal: NodeJS.Signals) => {
    killAll();
    onInterrupt?.();
    cleanup();
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  for (const signal of FORWARDED_SIGNALS) process.on(signal, onSignal);
  function cleanup(): void {
    for (const signal of FORWARDED_SIGNALS) process.off(signal, onSignal);
  }

  let stopped = false;
  let fail: (error: ChromiumError) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => {
    fail = reject;
  });
  // Nobody may be listening when the browser is stopped on purpose.
  failed.catch(() => undefined);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  const stderrClosed = new Promise<void>((resolve) => child.stderr!.on('close', resolve));
  child.on('error', (error: NodeJS.ErrnoException) => {
    cleanup();
    fail(new ChromiumError(bin, `could not be started (${error.code ?? error.message})`));
  });
  void exited.then(async (exit) => {
    // Helpers still running once the browser itself has exited are orphans: end them now.
    killAll();
    cleanup();
    if (stopped) return;
    // Its last words, unless a helper that left the group holds stderr open for ever.
    await Promise.race([stderrClosed, new Promise((resolve) => setTimeout(resolve, GRACE_MS).unref())]);
    if (exit.code === 0) return fail(new ChromiumError(bin, 'exited without writing the PDF'));
    const how = exit.signal ? `killed by ${exit.signal}` : `exit ${exit.code ?? 'unknown'}`;
    const words = lastWords(stderr);
    fail(new ChromiumError(bin, `crashed while printing the PDF (${how}${words ? `: ${words}` : ''})`));
  });
  return {
    commands,
    answers,
    failed,
    async stop() {
      stopped = true;
      cleanup();
      killAll();
      fail(new ChromiumError(bin, 'was stopped before it finished printing the PDF'));
      if (child.pid !== undefined) await exited;
      child.stderr!.destroy();
    },
  };
}
