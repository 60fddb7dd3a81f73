// The detailed check of a --facts file, loaded only when the precompiled validator (facts-validate.ts)
// has refused it: every wrong type, missing field or unknown one, with the JSON Pointer of the field
// and the line it is on. A file is never read as facts unless this agrees.
import type { TSchema } from '@sinclair/typebox';
import { Value, ValueErrorType, type ValueError } from '@sinclair/typebox/value';
import { LineCounter, parseDocument } from 'yaml';
import { InputError, type Problem } from '../errors.js';
import { SourceMap } from '../stack/source-map.js';
import { FactsFileSchema, type FactsFile } from './facts-schema.js';
import { redactCredentials } from '../redact.js';

/** Enough to fix a file by hand; a file with more is better recorded again. */
const MAX_PROBLEMS = 5;
const WHAT_TO_DO = 'record the facts again with --save-facts, or correct this value';

/** `data` (parsed from `text`, read from `file`) as facts, or an InputError naming every bad field. */
export function checkFactsFile(file: string, text: string, data: unknown): FactsFile {
  if (data === null || typeof data !== 'object' || Array.isArray(data) || (data as { schemaVersion?: unknown }).schemaVersion !== 1) {
    throw InputError.at(file, 1, 1, 'not a hipaa-hero facts file (schemaVersion 1 with an endpoints map) — give a file written by --save-facts');
  }
  const found: Array<{ pointer: string; message: string }> = [];
  const seen = new Set<string>();
  for (const error of Value.Errors(FactsFileSchema, data)) {
    // A union reports each of its members too; one line per field is enough.
    if (seen.has(error.path)) continue;
    seen.add(error.path);
    found.push({ pointer: error.path, message: describe(error) });
    if (found.length >= MAX_PROBLEMS) break;
  }
  if (found.length === 0) {
    // The schema cannot say that each endpoint is filed under its own URL.
    for (const [url, facts] of Object.entries((data as FactsFile).endpoints)) {
      if (facts.url !== url) found.push({ pointer: `/endpoints/${escape(url)}/url`, message: `must be the URL it is filed under (${JSON.stringify(url)})` });
      if (found.length >= MAX_PROBLEMS) break;
    }
  }
  if (found.length === 0) return data as FactsFile;
  const locate = locator(text);
  throw new InputError(
    found.map(({ pointer, message }): Problem => ({
      file,
      ...locate(pointer),
      message: redactCredentials(`${redactPointer(pointer) || '/'}: ${message} — ${WHAT_TO_DO}`),
    })),
  );
}

const escape = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');
const unescape = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');

/** A pointer whose URL segments have their credentials masked (escaping hides the "//" they follow). */
const redactPointer = (pointer: string) => pointer.split('/').map((s) => escape(redactCredentials(unescape(s)))).join('/');

/** Line and column of a JSON Pointer in the file's text (JSON is YAML, so the yaml library maps it). */
function locator(text: string): (pointer: string) => { line: number; column: number } {
  try {
    const lines = new LineCounter();
    const map = new SourceMap(parseDocument(text, { lineCounter: lines, uniqueKeys: false }), lines);
    return (pointer) => {
      const at = map.locate(pointer);
      return { line: Math.max(1, at.line), column: Math.max(1, at.column) };
    };
  } catch {
    return () => ({ line: 1, column: 1 });
  }
}

function describe(error: ValueError): string {
  switch (error.type) {
    case ValueErrorType.ObjectRequiredProperty:
      return `is missing: it must be ${expected(error.schema)}`;
    case ValueErrorType.ObjectAdditionalProperties:
      // A header map accepts any name but an upper-case one (checks look names up in lower case).
      return error.schema.patternProperties ? 'is not a lower-case header name, as saved facts write them' : 'is not a field of saved facts';
    case ValueErrorType.IntegerMinimum:
    case ValueErrorType.NumberMinimum:
      return `must be at least ${String(error.schema.minimum)} (it is ${shown(error.value)})`;
    case ValueErrorType.IntegerMaximum:
    case ValueErrorType.NumberMaximum:
      return `must be at most ${String(error.schema.maximum)} (it is ${shown(error.value)})`;
    default:
      return `must be ${expected(error.schema)} (it is ${shown(error.value)})`;
  }
}

/** What a schema accepts, in words: "a number", "an object", "one of "accepted", "rejected"". */
function expected(schema: TSchema): string {
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (Array.isArray(schema.anyOf)) {
    const options = (schema.anyOf as TSchema[]).map(expected);
    return options.every((o) => o.startsWith('"') || o === 'null') ? `one of ${options.join(', ')}` : options.join(' or ');
  }
  switch (schema.type) {
    case 'integer':
      return 'a whole number';
    case 'number':
      return 'a number';
    case 'string':
      return 'a string';
    case 'boolean':
      return 'true or false';
    case 'null':
      return 'null';
    case 'array':
      return 'a list';
    case 'object':
      return schema.patternProperties ? 'an object of strings' : 'an object';
    default:
      return 'a valid value';
  }
}

/** A value as the message shows it: its type, and the value itself when it is short. */
function shown(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (value === undefined) return 'missing';
  const text = JSON.stringify(value);
  return `${typeof value === 'string' ? 'the string' : typeof value === 'number' ? 'the number' : ''} ${text.length > 40 ? `${text.slice(0, 37)}…` : text}`.trim();
}
