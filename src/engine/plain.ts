// Plain data at the engine's trust boundary: copying what a check hands back into plain JSON (or
// saying why it is not), describing whatever a check throws, and freezing the data checks read.
import type { Json } from './check.js';

/** Bounds on one value: evidence is "the small piece of data that was seen", never a data dump. */
export interface PlainLimits {
  depth: number;
  /** Values (objects, lists, scalars) in all. */
  values: number;
  /** Characters in all strings and keys together. */
  chars: number;
}

// The largest evidence a built-in check gives on the 10x benchmark stack is under 9,000 characters.
export const EVIDENCE_LIMITS: PlainLimits = { depth: 32, values: 100_000, chars: 1_000_000 };

export type PlainResult = { ok: true; value: Json } | { ok: false; problem: string };

class NotPlain extends Error {}

/** Where a copy stands: what it has used of its limits, and the objects it is inside (outermost first). */
interface Walk {
  readonly limits: PlainLimits;
  values: number;
  chars: number;
  readonly ancestors: object[];
}

/**
 * A fresh copy of `value` as plain JSON, or what stops it being one. Each property is read once and
 * the copy is what the engine keeps, so a getter that answers differently each time, a Proxy, or a
 * later change to the original cannot alter it. Like JSON.stringify, it leaves out `undefined`
 * object properties and symbol keys. A getter or Proxy trap that throws is not caught here: callers
 * run this inside the check's own try, so it becomes that check's error.
 */
export function plainJson(value: unknown, limits: PlainLimits = EVIDENCE_LIMITS): PlainResult {
  try {
    return { ok: true, value: copy(value, { limits, values: 0, chars: 0, ancestors: [] }) };
  } catch (err) {
    if (err instanceof NotPlain) return { ok: false, problem: err.message };
    throw err;
  }
}

// A module-level function, not a closure per call: it runs for every finding of every check (51,000
// on the 10x benchmark stack), where allocation is what costs.
function copy(v: unknown, walk: Walk): Json {
  if (++walk.values > walk.limits.values) throw new NotPlain(`more than ${walk.limits.values} values`);
  switch (typeof v) {
    case 'string':
      if ((walk.chars += v.length) > walk.limits.chars) throw new NotPlain(`more than ${walk.limits.chars} characters of text`);
      return v;
    case 'boolean':
      return v;
    case 'number':
      if (!Number.isFinite(v)) throw new NotPlain(`the number ${String(v)}, which JSON cannot hold`);
      return v;
    case 'bigint':
      throw new NotPlain('a BigInt');
    case 'symbol':
      throw new NotPlain('a symbol');
    case 'function':
      throw new NotPlain('a function');
    case 'undefined':
      throw new NotPlain('undefined inside a list');
  }
  if (v === null) return null;
  const obj = v as object;
  const { ancestors } = walk;
  if (ancestors.includes(obj)) throw new NotPlain('a circular reference');
  if (ancestors.length >= walk.limits.depth) throw new NotPlain(`values nested more than ${walk.limits.depth} deep`);
  ancestors.push(obj);
  let out: Json;
  if (Array.isArray(obj)) {
    const list = obj as unknown[];
    const length = list.length;
    const items: Json[] = new Array<Json>(length);
    for (let i = 0; i < length; i++) items[i] = copy(list[i], walk);
    out = items;
  } else {
    const proto: unknown = Object.getPrototypeOf(obj);
    // A plain object's prototype is Object.prototype (of any realm) or null; a Date's, a Map's or a class instance's is not.
    if (proto !== null && Object.getPrototypeOf(proto) !== null) throw new NotPlain(`a ${kindOf(obj)}, not a plain object`);
    const record = obj as Record<string, unknown>;
    const fields: { [key: string]: Json } = {};
    for (const key of Object.keys(obj)) {
      const item = record[key];
      if (item === undefined) continue;
      if ((walk.chars += key.length) > walk.limits.chars) throw new NotPlain(`more than ${walk.limits.chars} characters of text`);
      // "__proto__" would set the copy's prototype if assigned: define it as the plain data it was.
      if (key === '__proto__') Object.defineProperty(fields, key, { value: copy(item, walk), enumerable: true, writable: true, configurable: true });
      else fields[key] = copy(item, walk);
    }
    out = fields;
  }
  ancestors.pop();
  return out;
}

function kindOf(obj: object): string {
  try {
    const name: unknown = Object.getPrototypeOf(obj)?.constructor?.name;
    return typeof name === 'string' && name !== '' ? name : 'non-plain object';
  } catch {
    return 'non-plain object';
  }
}

const MESSAGE_CHARS = 300;

/**
 * One safe line for whatever a check threw. Anything can be thrown: an object without a prototype
 * (no toString), an Error whose `message` getter throws, a Proxy whose every trap throws. Only a
 * primitive string is trusted; the rest is named, never converted.
 */
export function describeThrown(err: unknown): string {
  let text: string | undefined;
  try {
    if (typeof err === 'string') text = err;
    else if (typeof err === 'number' || typeof err === 'boolean' || typeof err === 'bigint' || err === undefined || err === null) {
      text = `${typeof err === 'bigint' ? `${err}n` : String(err)} was thrown`;
    } else if (typeof err === 'symbol') text = 'a symbol was thrown';
    else {
      const message: unknown = (err as { message?: unknown }).message;
      if (typeof message === 'string' && message.trim() !== '') text = message;
    }
  } catch {
    return 'a value was thrown whose message cannot be read';
  }
  const line = text === undefined ? '' : oneLine(text);
  return line === '' ? 'a value with no message was thrown' : line;
}

/** The first line of `text` with anything in it, clipped: a message is one line of a report, not a dump. */
export function oneLine(text: string, max = MESSAGE_CHARS): string {
  const first = text.split(/\r\n|\r|\n/).map((l) => l.trim()).find((l) => l !== '') ?? '';
  return first.length > max ? `${first.slice(0, max - 1)}…` : first;
}

const frozenRoots = new WeakSet<object>();

/**
 * Freezes `value` and everything reachable from it, in place, and returns it. Checks share one view
 * of the stack and facts, so a check must not be able to change what the next one reads; freezing
 * once per run is cheap (about 10 ms for the 10x benchmark stack), cloning per check is not. Meant
 * for the engine's own plain data (parsed YAML, gathered facts): it follows enumerable properties. A
 * root frozen before is not walked again.
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || frozenRoots.has(value)) return value;
  // Walked even where already frozen: a shallow freeze by someone else leaves its children open.
  const seen = new Set<object>([value]);
  const pending: object[] = [value];
  while (pending.length) {
    const obj = pending.pop()!;
    Object.freeze(obj);
    const record = obj as Record<string, unknown>;
    for (const key of Object.keys(obj)) {
      const child = record[key];
      if (child !== null && typeof child === 'object' && !seen.has(child)) {
        seen.add(child);
        pending.push(child);
      }
    }
  }
  frozenRoots.add(value);
  return value;
}
