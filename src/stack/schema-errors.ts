// Turns JSON Schema validation errors into one plain sentence each: what is wrong — what to do.
import type { ErrorObject } from 'ajv';
import { closest } from './suggest.js';

export interface SchemaProblem {
  pointer: string;
  /** Point at the key rather than the value (unknown keys). */
  atKey: boolean;
  message: string;
  /**
   * The other node a duplicate clashes with. The message names it as `(also section[i])`; with
   * source positions the loader writes `(also on line N)` instead.
   */
  also?: string;
}

interface SchemaNode {
  type?: string | string[];
  format?: string;
  properties?: Record<string, unknown>;
  enum?: unknown[];
  description?: string;
}

const show = (value: unknown): string => {
  if (typeof value === 'string') return `'${value.length > 40 ? value.slice(0, 37) + '...' : value}'`;
  if (value === null || value === undefined) return 'nothing (an empty value)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
};

const unescape = (segment: string): string => segment.replace(/~1/g, '/').replace(/~0/g, '~');

/** How a message names the node at `pointer`: 'mfa', vendors[0], the top level. */
function nameOf(pointer: string, data?: unknown): string {
  if (pointer === '') return 'the top level';
  const segments = pointer.slice(1).split('/').map(unescape);
  const last = segments[segments.length - 1]!;
  if (!/^\d+$/.test(last)) return `'${last}'`;
  const list = segments.length > 1 ? segments[segments.length - 2]! : 'the list';
  const entry = `${list}[${last}]`;
  if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
    const record = data as Record<string, unknown>;
    const label = [record.name, record.account, record.url, record.check].find((v) => typeof v === 'string' && v !== '');
    if (label !== undefined) return `${entry} ('${label as string}')`;
  }
  return entry;
}

function expected(node: SchemaNode): string {
  const types = ([] as string[]).concat(node.type ?? []);
  const parts = types.map((t) => {
    if (t === 'string' && node.format === 'date') return 'a date written YYYY-MM-DD';
    if (t === 'string' && node.enum) return `one of ${node.enum.join(', ')}`;
    return (
      {
        boolean: 'true or false',
        string: 'text',
        integer: 'a whole number',
        number: 'a number',
        array: 'a list',
        object: 'a mapping of keys to values',
        null: 'null',
      } as Record<string, string>
    )[t] ?? t;
  });
  return parts.join(' or ');
}

/** What to do about a value of the wrong type. */
function typeAdvice(node: SchemaNode, data: unknown, listItem: boolean): string {
  const types = ([] as string[]).concat(node.type ?? []);
  const want = expected(node);
  if (typeof data === 'string') {
    if (types.includes('boolean') && /^(true|false)$/i.test(data.trim())) return `write ${data.trim().toLowerCase()} without quotes`;
    if (types.includes('boolean') && /^(yes|no|on|off|y|n)$/i.test(data.trim())) return 'write true or false (yes/no and on/off are text in YAML 1.2)';
    if ((types.includes('integer') || types.includes('number')) && data.trim() !== '' && Number.isFinite(Number(data))) {
      return `write ${data.trim()} without quotes`;
    }
  }
  if ((typeof data === 'number' || typeof data === 'boolean') && types.includes('string') && !node.enum) {
    return `put it in quotes if it is meant as text: '${String(data)}'`;
  }
  if (types.includes('array') && typeof data === 'object' && data !== null) return "write a list: start each entry with '- '";
  if (types.includes('array') && (typeof data === 'string' || typeof data === 'number')) {
    return `write a list, e.g. [${typeof data === 'string' ? data : String(data)}] or one '- item' per line`;
  }
  if (data === null || data === undefined) return listItem ? `write ${want}, or remove the empty '-' entry` : `write ${want} after the colon, or remove the key`;
  return `write ${want}`;
}

/** How serious an error is, when one node has several: only the first is reported. */
const RANK: Record<string, number> = { type: 0, const: 1, enum: 1, format: 2 };
export const schemaErrorRank = (error: ErrorObject): number => RANK[error.keyword] ?? 3;

export function describeSchemaError(error: ErrorObject): SchemaProblem {
  const pointer = error.instancePath;
  const where = nameOf(pointer, error.data);
  const parent = (error.parentSchema ?? {}) as SchemaNode;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys(parent.properties ?? {});
      const guess = closest(key, allowed);
      return {
        pointer: `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`,
        atKey: true,
        message: guess
          ? `unknown key '${key}' — did you mean '${guess}'?`
          : `unknown key '${key}' — remove it${allowed.length ? `; keys allowed here: ${allowed.join(', ')}` : ''}`,
      };
    }
    case 'required': {
      const missing = String(params.missingProperty);
      return {
        pointer,
        atKey: false,
        message: `${pointer === '' ? 'the file' : where} is missing the required key '${missing}' — ${pointer === '' && missing === 'version' ? "add 'version: 1' at the top" : 'add it'}`,
      };
    }
    case 'type':
      if (pointer === '') {
        return { pointer, atKey: false, message: `the file must be a mapping of keys (version, practice, ...), found ${show(error.data)} — start from the bundled example` };
      }
      if (parent.enum && error.data !== null) {
        return { pointer, atKey: false, message: `${where} is ${show(error.data)}, not an accepted value — use one of: ${parent.enum.join(', ')}` };
      }
      return { pointer, atKey: false, message: `${where} must be ${expected(parent)}, found ${show(error.data)} — ${typeAdvice(parent, error.data, /\/\d+$/.test(pointer))}` };
    case 'format':
      if (params.format === 'date') {
        const value = String(error.data);
        return /^\d{4}-\d{2}-\d{2}$/.test(value)
          ? { pointer, atKey: false, message: `${where} is ${show(error.data)}, which is not a real calendar date — check the month and the day` }
          : { pointer, atKey: false, message: `${where} is ${show(error.data)}, not a date written YYYY-MM-DD — write it as YYYY-MM-DD, e.g. 2026-01-31` };
      }
      return { pointer, atKey: false, message: `${where} is not a valid ${String(params.format)} — correct it` };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const guess = typeof error.data === 'string' ? closest(error.data, allowed) : undefined;
      return {
        pointer,
        atKey: false,
        message: `${where} is ${show(error.data)}, not an accepted value — ${guess ? `did you mean '${guess}'? Accepted values: ` : 'use one of: '}${allowed.join(', ')}`,
      };
    }
    case 'const':
      if (pointer === '/version') {
        return { pointer, atKey: false, message: `stack format version ${show(error.data)} is not supported — this hipaa-hero reads version 1; write 'version: 1'` };
      }
      return { pointer, atKey: false, message: `${where} must be ${show(params.allowedValue)} — change it` };
    case 'minLength':
      return { pointer, atKey: false, message: `${where} is empty — write a value` };
    case 'minItems':
      return { pointer, atKey: false, message: `${where} must list at least ${String(params.limit)} item(s) — add one` };
    case 'minimum':
    case 'maximum':
      return { pointer, atKey: false, message: `${where} is ${show(error.data)}, ${error.keyword === 'minimum' ? 'below the minimum' : 'above the maximum'} of ${String(params.limit)} — change it` };
    default:
      return { pointer, atKey: false, message: `${where} ${error.message ?? 'is invalid'} — correct it` };
  }
}

/**
 * Every schema error as one problem per thing wrong: a node that breaks several rules (a number
 * where one of a list of words belongs is both the wrong type and not in the list) gets the most
 * useful message only, and the keys missing from one mapping are named in one line.
 */
export function describeSchemaErrors(errors: readonly ErrorObject[]): SchemaProblem[] {
  const best = new Map<string, ErrorObject>();
  const missing = new Map<string, { error: ErrorObject; keys: string[] }>();
  const rest: ErrorObject[] = [];
  for (const error of errors) {
    if (error.keyword === 'required') {
      const entry = missing.get(error.instancePath) ?? { error, keys: [] };
      const key = String((error.params as Record<string, unknown>).missingProperty);
      if (!entry.keys.includes(key)) entry.keys.push(key);
      missing.set(error.instancePath, entry);
    } else if (error.keyword === 'additionalProperties') {
      rest.push(error);
    } else {
      const seen = best.get(error.instancePath);
      if (!seen || schemaErrorRank(error) < schemaErrorRank(seen)) best.set(error.instancePath, error);
    }
  }
  // An unknown key that is a misspelling of a missing one is one mistake: report the misspelling.
  for (const error of rest) {
    const problem = describeSchemaError(error);
    const guess = problem.message.match(/did you mean '([^']*)'\?$/)?.[1];
    const entry = missing.get(error.instancePath);
    if (guess !== undefined && entry) entry.keys = entry.keys.filter((k) => k !== guess);
  }
  const problems: SchemaProblem[] = [];
  for (const { error, keys } of missing.values()) {
    if (keys.length === 0) continue;
    const problem = describeSchemaError({ ...error, params: { ...error.params, missingProperty: keys[0] } });
    if (keys.length > 1) {
      const list = keys.map((k) => `'${k}'`);
      const named = `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]!}`;
      problem.message = problem.message.replace(/the required key '[^']*' — .*$/, `the required keys ${named} — add them`);
    }
    problems.push(problem);
  }
  for (const error of [...best.values(), ...rest]) problems.push(describeSchemaError(error));
  const unique = new Set<string>();
  return problems.filter((p) => {
    const id = `${p.pointer}\u0000${p.message}`;
    return !unique.has(id) && (unique.add(id), true);
  });
}
