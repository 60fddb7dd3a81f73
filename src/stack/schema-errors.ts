// Turns JSON Schema validation errors into one plain sentence each: what is wrong — what to do.
import type { ErrorObject } from 'ajv';
import { closest } from './suggest.js';

export interface SchemaProblem {
  pointer: string;
  /** Point at the key rather than the value (unknown keys). */
  atKey: boolean;
  message: string;
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
  if (value === null) return 'null (empty)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
};

const keyOf = (pointer: string): string => pointer.slice(pointer.lastIndexOf('/') + 1);

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

export function describeSchemaError(error: ErrorObject): SchemaProblem {
  const pointer = error.instancePath;
  const where = pointer === '' ? 'the top level' : `'${keyOf(pointer)}'`;
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
        message: `${where === 'the top level' ? 'the file' : where} is missing the required key '${missing}' — add it`,
      };
    }
    case 'type':
      if (pointer === '') {
        return { pointer, atKey: false, message: `the file must be a mapping of keys (version, practice, ...), found ${show(error.data)} — start from the bundled example` };
      }
      return { pointer, atKey: false, message: `${where} must be ${expected(parent)}, found ${show(error.data)} — write ${expected(parent)}` };
    case 'format':
      if (params.format === 'date') {
        return { pointer, atKey: false, message: `${where} is ${show(error.data)}, not a calendar date — write it as YYYY-MM-DD, e.g. 2026-01-31` };
      }
      return { pointer, atKey: false, message: `${where} is not a valid ${String(params.format)} — correct it` };
    case 'enum':
      return { pointer, atKey: false, message: `${where} is ${show(error.data)}, not an accepted value — use one of: ${(params.allowedValues as unknown[]).join(', ')}` };
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
