// The worker thread that loads one plugin check module and runs it: a plugin that loops forever, calls
// process.exit or never settles its top-level await stops only this thread, which the engine can
// terminate at a deadline. One module per worker, so plugins share no globals and no module cache.
import { writeSync } from 'node:fs';
import { format } from 'node:util';
import { workerData, type MessagePort } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { readFindings } from './findings.js';
import { snapshotMeta } from './meta-snapshot.js';
import { deepFreeze, describeThrown } from './plain.js';
import type { RunContextData, WorkerReply } from './plugin-protocol.js';

const { file, port } = workerData as { file: string; port: MessagePort };

// What a plugin prints with console goes straight to the process's stderr, synchronously: the
// worker's own stdio streams reach the main thread later than its reply, and the engine ends the
// worker as soon as the reply is in, which could drop the last lines. (stdout may carry a report.)
const toStderr = (...args: unknown[]): void => {
  try {
    writeSync(2, `${format(...args)}\n`);
  } catch {
    // stderr closed: nothing to say it on.
  }
};
for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) console[method] = toStderr;

function post(reply: WorkerReply): void {
  try {
    port.postMessage(reply);
  } catch (err) {
    // Left only if the plugin patched something the copy needs; the engine then reports its check as an error.
    port.postMessage({ type: 'threw', reason: `its result could not be sent to the engine (${describeThrown(err)})` } satisfies WorkerReply);
  }
}

let exported: unknown;
let run: unknown;
try {
  const mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
  exported = mod.default;
  if (exported === null || typeof exported !== 'object') {
    post({ type: 'loaded', exported: false, meta: null, metaProblem: null, hasRun: false });
  } else {
    // Each read once: `run` and `meta` are what this module is, from here on.
    run = (exported as { run?: unknown }).run;
    let snapshot: ReturnType<typeof snapshotMeta>;
    try {
      snapshot = snapshotMeta((exported as { meta?: unknown }).meta);
    } catch (err) {
      snapshot = { ok: false, problem: `reading \`meta\` failed (${describeThrown(err)})` };
    }
    post({
      type: 'loaded',
      exported: true,
      meta: snapshot.ok ? snapshot.meta : null,
      metaProblem: snapshot.ok ? null : snapshot.problem,
      hasRun: typeof run === 'function',
    });
  }
} catch (err) {
  post({ type: 'load-failed', reason: describeThrown(err) });
}

port.on('message', (message: unknown) => {
  const request = message as { type?: unknown; context?: unknown } | null;
  if (request?.type !== 'run' || typeof request.context !== 'string' || typeof run !== 'function') return;
  let reply: WorkerReply;
  try {
    const ctx = deepFreeze(JSON.parse(request.context) as RunContextData);
    const read = readFindings((run as (ctx: RunContextData) => unknown).call(exported, ctx));
    reply = read.ok ? { type: 'findings', findings: read.findings } : { type: 'invalid', problem: read.problem };
  } catch (err) {
    reply = { type: 'threw', reason: describeThrown(err) };
  }
  post(reply);
});
