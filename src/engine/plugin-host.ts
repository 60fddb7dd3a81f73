// Runs plugin check modules (`--checks <dir>`) in worker threads, one module per worker, each load and
// each run under a deadline: a plugin cannot hang the audit, end the process, print into a report
// on stdout, or reach the engine's memory or another check's. Built-in checks stay in-process.
import { createHash } from 'node:crypto';
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import pLimit from 'p-limit';
import type { Check, CheckMeta } from './check.js';
import { describeThrown } from './plain.js';
import { readReply, type RunContextData, type RunRequest, type WorkerReply } from './plugin-protocol.js';

/** How long a plugin module may take to load, and its check to run: long enough for any honest check. */
export const PLUGIN_DEADLINE_MS = 10_000;

// A plugin that allocates without end is stopped at this heap size instead of swapping the machine;
// the 10x benchmark stack takes well under 100 MB in a worker.
const WORKER_HEAP_MB = 1024;

// Workers load and run a few at a time: each holds its own copy of the stack.
const limit = pLimit(Math.max(1, Math.min(availableParallelism(), 4)));

export const seconds = (ms: number): string => `${Number((ms / 1000).toFixed(1))} s`;

let workerEntry: Promise<string> | undefined;

/**
 * The worker entry: `dist/plugin-worker.js` next to the CLI bundle (this module may sit in `dist/` or
 * in `dist/chunks/`). Run from source (the tests), the entry is bundled once per process with
 * esbuild, a dev dependency, so that a test never runs a stale or half-rebuilt `dist/`; the bundle is
 * written to the temp folder under a name made from its content.
 */
function workerFile(): Promise<string> {
  workerEntry ??= (async () => {
    const bundled = ['./plugin-worker.js', '../plugin-worker.js'].map((p) => fileURLToPath(new URL(p, import.meta.url))).find((c) => existsSync(c));
    if (bundled) return bundled;
    const source = fileURLToPath(new URL('./plugin-worker.ts', import.meta.url));
    if (!existsSync(source)) throw new Error(`the plugin worker entry is missing next to ${fileURLToPath(import.meta.url)}; run npm run build`);
    const esbuild = await import('esbuild');
    const built = await esbuild.build({ entryPoints: [source], write: false, bundle: true, platform: 'node', format: 'esm', target: 'node20.12', logLevel: 'error' });
    const code = built.outputFiles[0]!.contents;
    // Named by its content, so test processes share one file per version of the source and leave no litter.
    const outfile = path.join(tmpdir(), `hipaa-hero-plugin-worker-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
    if (!existsSync(outfile)) {
      const partial = `${outfile}.${process.pid}.tmp`;
      writeFileSync(partial, code);
      renameSync(partial, outfile);
    }
    return outfile;
  })();
  return workerEntry;
}

type Stop = { stop: 'timeout' } | { stop: 'exit'; code: number } | { stop: 'error'; reason: string };

/** One worker with one plugin module in it, and its replies as they come. */
class PluginWorker {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly inbox: unknown[] = [];
  private stopped: Stop | undefined;
  private wake: (() => void) | undefined;

  static async start(file: string): Promise<PluginWorker> {
    return new PluginWorker(await workerFile(), file);
  }

  private constructor(entry: string, file: string) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.worker = new Worker(entry, {
      workerData: { file, port: port2 },
      transferList: [port2],
      stdout: true,
      stderr: true,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    // A plugin's console output goes to stderr: stdout may carry a report (--format json) that must stay parseable.
    this.worker.stdout.pipe(process.stderr, { end: false });
    this.worker.stderr.pipe(process.stderr, { end: false });
    port1.on('message', (m: unknown) => {
      this.inbox.push(m);
      this.wake?.();
    });
    this.worker.on('error', (err) => {
      this.stopped ??= { stop: 'error', reason: describeThrown(err) };
      this.wake?.();
    });
    this.worker.on('exit', (code) => {
      this.stopped ??= { stop: 'exit', code };
      this.wake?.();
    });
    // Only the deadline timer keeps the process waiting for a worker; a stuck one never holds it open.
    this.worker.unref();
    port1.unref();
  }

  /** The next reply, or why none came before the deadline. */
  async next(deadlineMs: number): Promise<WorkerReply | Stop> {
    if (!this.inbox.length && !this.stopped) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, deadlineMs);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
    // A reply sent just before the worker exited, or while this thread was busy past the deadline, still counts.
    const message = this.inbox.length ? this.inbox.shift() : receiveMessageOnPort(this.port)?.message;
    if (message !== undefined) return readReply(message) ?? { stop: 'error', reason: 'it sent a message that is not a reply' };
    return this.stopped ?? { stop: 'timeout' };
  }

  send(request: RunRequest): void {
    this.port.postMessage(request);
  }

  async close(): Promise<void> {
    this.port.close();
    await this.worker.terminate();
  }
}

const isStop = (r: WorkerReply | Stop): r is Stop => 'stop' in r;

/**
 * A module that loaded, with its meta snapshot (null when there is none) and what is structurally
 * wrong with it (the registry adds the contract's problems); or why it did not load.
 */
export type LoadOutcome = { loaded: true; meta: { [key: string]: unknown } | null; problems: string[] } | { loaded: false; problem: string };

/** Why a load did not give a module: one phrase for `file:1:1: …`. */
function loadStopped(stop: Stop, deadlineMs: number): string {
  if (stop.stop === 'timeout') return `the check module did not finish loading within ${seconds(deadlineMs)} (a top-level await that never settles, or a loop)`;
  if (stop.stop === 'exit') {
    return stop.code === 13
      ? 'the check module never finished loading (a top-level await that never settles)'
      : `the check module ended its worker while loading (process.exit(${stop.code}))`;
  }
  return `the check module cannot be loaded (${stop.reason})`;
}

async function loadIn(worker: PluginWorker, deadlineMs: number): Promise<LoadOutcome> {
  const reply = await worker.next(deadlineMs);
  if (isStop(reply)) return { loaded: false, problem: loadStopped(reply, deadlineMs) };
  if (reply.type === 'load-failed') return { loaded: false, problem: `the check module cannot be loaded (${reply.reason})` };
  if (reply.type !== 'loaded') return { loaded: false, problem: 'the check module sent a result before it was asked to run' };
  if (!reply.exported) return { loaded: true, meta: null, problems: ['it does not export a check object'] };
  const problems = [...(reply.hasRun ? [] : ['`run` is not a function']), ...(reply.meta ? [] : [reply.metaProblem ?? '`meta` is missing'])];
  return { loaded: true, meta: reply.meta, problems };
}

/** Loads `file` in a worker of its own, reads its meta snapshot, and stops the worker. */
export function loadPluginModule(file: string, deadlineMs = PLUGIN_DEADLINE_MS): Promise<LoadOutcome> {
  return limit(async () => {
    const worker = await PluginWorker.start(file);
    try {
      return await loadIn(worker, deadlineMs);
    } finally {
      await worker.close();
    }
  });
}

const pluginFiles = new WeakMap<Check, string>();

/** The check the engine registers for a plugin module: its validated, frozen meta; it runs only in a worker. */
export function pluginCheck(file: string, meta: CheckMeta): Check {
  const check: Check = Object.freeze({
    meta,
    run(): never {
      throw new Error('a plugin check runs in a worker of its own: run it with runAllChecks');
    },
  });
  pluginFiles.set(check, file);
  return check;
}

/** The module file of a plugin check; undefined for a built-in one. */
export const pluginFileOf = (check: Check): string | undefined => pluginFiles.get(check);

/** What running a check came to: findings still to be validated by the engine, or why there are none. */
export type PluginOutcome = { ok: true; findings: unknown } | { ok: false; message: string };

const unknownResult = 'its result is unknown, not passed';

function runStopped(stop: Stop, deadlineMs: number): string {
  if (stop.stop === 'timeout') return `The check did not finish within ${seconds(deadlineMs)} and was stopped; ${unknownResult}.`;
  if (stop.stop === 'exit') return `The check ended its worker (process.exit(${stop.code})) before returning findings; ${unknownResult}.`;
  return `The check failed while running (${stop.reason}); ${unknownResult}.`;
}

/**
 * Runs a plugin check in a fresh worker: the module is loaded again there, and its meta must read as
 * it did when it was registered. `context` is the JSON of the run's stack, facts, day and options,
 * made once per run and shared by every plugin.
 */
export function runPluginCheck(file: string, meta: CheckMeta, context: string, deadlineMs = PLUGIN_DEADLINE_MS): Promise<PluginOutcome> {
  return limit(async () => {
    const worker = await PluginWorker.start(file);
    try {
      const loaded = await loadIn(worker, deadlineMs);
      if (!loaded.loaded || loaded.problems.length) {
        const why = loaded.loaded ? loaded.problems.join('; ') : loaded.problem;
        return { ok: false, message: `The check module could not be loaded again to run (${why}); ${unknownResult}.` };
      }
      if (JSON.stringify(loaded.meta) !== JSON.stringify(meta)) {
        return { ok: false, message: `The check's meta read differently when it was loaded to run than when it was registered; ${unknownResult}.` };
      }
      worker.send({ type: 'run', context });
      const reply = await worker.next(deadlineMs);
      if (isStop(reply)) return { ok: false, message: runStopped(reply, deadlineMs) };
      if (reply.type === 'findings') return { ok: true, findings: reply.findings };
      if (reply.type === 'invalid') return { ok: false, message: `The check returned ${reply.problem}; ${unknownResult}.` };
      if (reply.type === 'threw') return { ok: false, message: `The check failed while running (${reply.reason}); ${unknownResult}.` };
      return { ok: false, message: `The check's worker sent an unexpected reply; ${unknownResult}.` };
    } finally {
      await worker.close();
    }
  });
}

/** The one copy of the run's inputs that every plugin worker gets. */
export const runContextJson = (data: RunContextData): string => JSON.stringify(data);
