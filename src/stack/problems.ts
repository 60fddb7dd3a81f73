// Every problem of parsed stack data, explained: the detailed precompiled validator (all errors, with
// their schemas) and the reference checks. Loaded only for a file that is not valid.
import type { Stack } from './schema.js';
import { describeSchemaErrors, type SchemaProblem } from './schema-errors.js';
import { checkReferences } from './references.js';
import validateStack from './validate-stack.generated.js';
import { oneLine, type LoadOptions } from './validate.js';

/** Every schema and reference problem of parsed data; reference checks run even when the schema fails. */
export function dataProblems(data: unknown, options: LoadOptions): SchemaProblem[] {
  const schema = validateStack(data) ? [] : describeSchemaErrors(validateStack.errors ?? []);
  return [...schema, ...checkReferences(data as Stack, options)];
}

/** Validate already-parsed stack data (no source positions): problems as `pointer: message`. */
export function stackDataProblems(data: unknown, options: LoadOptions = {}): string[] {
  return dataProblems(data, options).map((p) => `${p.pointer || '/'}: ${oneLine(p.message)}`);
}
