// The messages between the engine and a plugin worker. Replies come from a realm the plugin controls
// (it may have patched globals there, or posted on the port itself), so the engine reads them with
// `readReply`, never as they are.
import type { CheckOptions, Json } from './check.js';
import { oneLine } from './plain.js';

/** What the worker runs a check on, sent once per worker as one JSON string (cheaper to copy than a structured clone). */
export interface RunRequest {
  type: 'run';
  /** JSON of `{ stack, facts, now, options }`. */
  context: string;
}

export interface RunContextData {
  stack: unknown;
  facts: unknown;
  now: string;
  options: CheckOptions;
}

export type WorkerReply =
  /** The module loaded: its meta snapshot (or why there is none) and whether `run` is a function. */
  | { type: 'loaded'; exported: boolean; meta: { [key: string]: Json } | null; metaProblem: string | null; hasRun: boolean }
  | { type: 'load-failed'; reason: string }
  /** What `run` returned, already copied to plain data in the worker; the engine validates it again. */
  | { type: 'findings'; findings: unknown }
  | { type: 'invalid'; problem: string }
  | { type: 'threw'; reason: string };

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? oneLine(v) : undefined);

/** A reply as the engine may trust it, or undefined when it is not one. */
export function readReply(message: unknown): WorkerReply | undefined {
  if (!isRecord(message)) return undefined;
  switch (message.type) {
    case 'loaded': {
      const meta = isRecord(message.meta) ? (message.meta as { [key: string]: Json }) : null;
      return {
        type: 'loaded',
        exported: message.exported === true,
        meta,
        metaProblem: text(message.metaProblem) ?? null,
        hasRun: message.hasRun === true,
      };
    }
    case 'load-failed':
      return { type: 'load-failed', reason: text(message.reason) ?? 'no reason given' };
    case 'findings':
      return { type: 'findings', findings: message.findings };
    case 'invalid':
      return { type: 'invalid', problem: text(message.problem) ?? 'something that is not a list of findings' };
    case 'threw':
      return { type: 'threw', reason: text(message.reason) ?? 'no reason given' };
    default:
      return undefined;
  }
}
