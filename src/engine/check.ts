// The check contract: what a check module declares and returns, and `defineCheck`, its typed factory.
import type { Stack } from '../stack/schema.js';
import type { Facts } from '../gather/facts.js';
import type { AreaId } from './areas.js';

export type Severity = 'critical' | 'high' | 'medium' | 'low';
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low'];

/** What a check may return; `waived` and `error` are assigned by the engine only. */
export type FindingStatus = 'pass' | 'fail' | 'warn' | 'manual' | 'not_applicable';
export const FINDING_STATUSES: readonly FindingStatus[] = ['pass', 'fail', 'warn', 'manual', 'not_applicable'];

/** A result's status in the report: a finding's, or `waived` / `error`, which only the engine assigns. */
export type ResultStatus = FindingStatus | 'waived' | 'error';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface Finding {
  status: FindingStatus;
  /** Stable, human name of what the finding is about: waivers and baselines match on it. */
  subject: string;
  /** One sentence stating the subject and the fact. */
  message: string;
  /** JSON Pointer into the stack file, e.g. `/vendors/3/baa`. */
  path?: string;
  /** The small piece of data that was seen. */
  evidence?: Json;
  /**
   * Set when a fact this finding needs could not be gathered (the probe failed): the reason. The
   * engine then reports the finding as an `error`, whatever its status, because it is unknown.
   */
  unavailable?: string;
}

export interface CheckMeta {
  /** `<area>.<name>`, kebab-case, stable; matches the module's file name. */
  id: string;
  title: string;
  area: AreaId;
  severity: Severity;
  /** 45 CFR citations from the HIPAA catalog, e.g. `164.312(a)(2)(iv)`. */
  hipaa: string[];
  rationale: string;
  remediation: string;
  needs: Array<'stack' | 'documents' | 'endpoints'>;
  /**
   * Set on attestation items: checks answered by a person in the stack's `attestations:` section
   * rather than proved from the file or the probes.
   */
  attestation?: { citation: string; question: string; explain: string };
}

export interface CheckOptions {
  /** No network: live checks report `not_applicable`. */
  offline: boolean;
}

export interface CheckContext {
  readonly stack: Stack;
  readonly facts: Facts;
  /** The audit day, `YYYY-MM-DD`: checks never read the clock. */
  readonly now: string;
  readonly options: CheckOptions;
}

export interface Check {
  meta: CheckMeta;
  run(ctx: CheckContext): Finding[];
}

/** Typed identity: gives a check module its types without a class hierarchy. */
export function defineCheck(check: Check): Check {
  return check;
}
