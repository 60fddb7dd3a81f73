// The installed Chromium (or Chrome) that prints the PDF report: finding it (an explicit path, the
// PATH, then known places) and running it with a deadline, its whole process group ended afterwards.
import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import path from 'node:path';
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

/** How long helpers that escaped the kill may hold Chromium's stderr open before it is given up on. */
const GRACE_MS = 2_000;
const FORWARDED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** The last line of Chromium's stderr worth showing: its own words on why it failed, without the usual noise. */
function lastWords(stderr: string): string {
  const line = stderr.split('\n').filter((l) => l.trim() && !/dbus|Fontconfig/i.test(l)).pop()?.trim() ?? '';
  const clean = sanitizeLine(line);
  return clean.length > 160 ? `${clean.slice(0, 159)}…` : clean;
}

/**
 * Runs Chromium to completion within `timeoutMs`, or kills its whole process group. Every way out
 * (exit, crash, deadline, Ctrl-C) ends the group, so no helper (zygote, renderer) outlives the print.
 * `onInterrupt` runs, synchronously, when a signal (Ctrl-C) stops the run.
 */
export function runChromium(bin: string, args: readonly string[], timeoutMs: number, onInterrupt?: () => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const group = process.platform !== 'win32';
    // TZ=UTC: Chromium writes the print time with the local offset; UTC keeps the stamp's length fixed.
    const child = spawn(bin, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: group, env: { ...process.env, TZ: 'UTC' } });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
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
    const timers: NodeJS.Timeout[] = [];
    function cleanup(): void {
      for (const timer of timers) clearTimeout(timer);
      for (const signal of FORWARDED_SIGNALS) process.off(signal, onSignal);
    }

    let settled = false;
    let timedOut = false;
    let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      cleanup();
      killAll();
      child.stderr.destroy();
      if (error) return reject(error);
      const seconds = Math.max(1, Math.round(timeoutMs / 1000));
      if (timedOut) return reject(new ChromiumError(bin, `did not finish printing the PDF within ${seconds} s and was stopped`));
      if (exit?.code === 0) return resolve();
      const how = exit?.signal ? `killed by ${exit.signal}` : `exit ${exit?.code ?? 'unknown'}`;
      const words = lastWords(stderr);
      reject(new ChromiumError(bin, `crashed while printing the PDF (${how}${words ? `: ${words}` : ''})`));
    };
    // A helper that left the group could hold stderr open for ever: 'close' is awaited only so long.
    const giveUpSoon = () => timers.push(setTimeout(() => finish(), GRACE_MS));
    timers.push(
      setTimeout(() => {
        // Once the browser has exited, only its stderr is being waited for: that is not a hang.
        if (exit !== undefined) return;
        timedOut = true;
        killAll();
        giveUpSoon();
      }, timeoutMs),
    );
    child.on('error', (error: NodeJS.ErrnoException) => {
      finish(new ChromiumError(bin, `could not be started (${error.code ?? error.message})`));
    });
    child.on('exit', (code, signal) => {
      exit = { code, signal };
      // Helpers still running once the browser itself has exited are orphans: end them now.
      killAll();
      giveUpSoon();
    });
    child.on('close', () => finish());
  });
}
