// Case tables for checks, in the manner of ESLint's RuleTester: a stack (the compliant base with
// some top-level sections replaced) and what the check must return for it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Facts, Stack } from '../../src/index.js';
import type { ResultStatus } from '../../src/engine/check.js';
import { validateStackText } from '../../src/stack/yaml-parse.js';

export const BASE_STACK_FILE = fileURLToPath(new URL('../../fixtures/stacks/compliant.pass.yaml', import.meta.url));
export const BASE_NOW = '2026-11-28';

export interface CheckCase {
  name: string;
  /** Top-level sections that replace the base stack's (`undefined` removes one). */
  stack?: Partial<Stack>;
  /** A change to a deep copy of the base stack, for small edits. */
  edit?: (stack: Stack) => void;
  now?: string;
  /**
   * Replaces parts of the default facts, in which every document the stack refers to exists and
   * every endpoint looks like `goodEndpointFacts` (test/helpers/endpoint-facts.ts).
   */
  facts?: Partial<Facts>;
  /**
   * Every finding the check returns, in order: [subject, status] or [subject, status, message
   * pattern]. A finding with `unavailable` set is expected as 'error', or as 'not_judged' when it
   * names the check that reports the cause (`explainedBy`): what the engine makes of it beside that
   * check's error. Its pattern is matched against the `unavailable` reason.
   */
  expect: Array<[subject: string, status: ResultStatus, message?: RegExp]>;
}

export const cases = (list: CheckCase[]): CheckCase[] => list;

export function baseStack(): Stack {
  return validateStackText(BASE_STACK_FILE, readFileSync(BASE_STACK_FILE, 'utf8'));
}
