// Is parsed stack data valid? The fast path's question, answered by a lean precompiled validator;
// and the shape of the errors that loading raises.
import { InputError, oneLine, type Problem } from '../errors.js';
import type { Stack } from './schema.js';
import type { LoadOptions } from './load-options.js';
import { checkReferences } from './references.js';
import isValidShape from './validate-stack-lean.generated.js';

export type { AttestKey, LoadOptions } from './load-options.js';

export { oneLine } from '../errors.js';

/** An InputError of one-line problems, in line order. */
export const inputError = (problems: Problem[]): InputError =>
  new InputError(problems.map((p) => ({ ...p, message: oneLine(p.message) })));

/** True when the data is a valid stack: the fast path's question, answered without explanations. */
export function isValidStack(data: unknown, options: LoadOptions): boolean {
  return isValidShape(data) && checkReferences(data as Stack, options).length === 0;
}
