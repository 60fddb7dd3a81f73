// Is parsed stack data valid? The fast path's question, answered by a lean precompiled validator;
// and the shape of the errors that loading raises.
import { InputError, oneLine, type Problem } from '../errors.js';
import type { Stack } from './schema.js';
import { checkReferences } from './references.js';
import isValidShape from './validate-stack-lean.generated.js';

/** What an `attestations:` key names: a check, found by its id or (for attestation items) citation. */
export interface AttestKey {
  checkId: string;
  /** `alternative` is allowed only for addressable implementation specifications. */
  alternativeAllowed: boolean;
  /** Set for an addressable specification only automated checks judge: `alternative` is its one answer. */
  alternativeOnly?: readonly string[];
  /** The item's citation and title, or the check's title, for messages. */
  title: string;
}

export interface LoadOptions {
  /** When given, waivers must name one of these check ids. */
  knownCheckIds?: ReadonlySet<string>;
  /** When given, every `attestations:` key must be one of these. */
  attestTargets?: ReadonlyMap<string, AttestKey>;
}

export { oneLine } from '../errors.js';

/** An InputError of one-line problems, in line order. */
export const inputError = (problems: Problem[]): InputError =>
  new InputError(problems.map((p) => ({ ...p, message: oneLine(p.message) })));

/** True when the data is a valid stack: the fast path's question, answered without explanations. */
export function isValidStack(data: unknown, options: LoadOptions): boolean {
  return isValidShape(data) && checkReferences(data as Stack, options).length === 0;
}
