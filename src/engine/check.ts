// The check contract: what a check module declares and returns, and `defineCheck`, its typed factory.
import type { Stack } from '../stack/schema.js';
import type { Facts } from '../gather/facts.js';
import type { AreaId } from './areas.js';

/** A check id: `<area>.<name>`, kebab-case. */
export const CHECK_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type Severity = 'critical' | 'high' | 'medium' | 'low';
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low'];

/** What a check may return; `waived`, `alternative`, `error` and `not_judged` are assigned by the engine only. */
export type FindingStatus = 'pass' | 'fail' | 'warn' | 'manual' | 'not_applicable';
export const FINDING_STATUSES: readonly FindingStatus[] = ['pass', 'fail', 'warn', 'manual', 'not_applicable'];

/**
 * A result's status in the report: a finding's, or one only the engine assigns: `waived` (a current
 * waiver accepts the risk), `alternative` (a documented alternative to an addressable specification,
 * 164.306(d)(3)), `error` (unknown: the check threw, or a fact it needs was not gathered) or
 * `not_judged` (unknown for a reason reported once elsewhere: the endpoint was not probed, because the
 * run was --offline or its address is a placeholder, or another check's error already says why it
 * could not be probed). Neither `error` nor `not_judged` is ever a pass; only `error` fails the gate,
 * and `not_judged` weighs nothing in the score.
 */
export type ResultStatus = FindingStatus | 'waived' | 'alternative' | 'error' | 'not_judged';
export const RESULT_STATUSES: readonly ResultStatus[] = [...FINDING_STATUSES, 'waived', 'alternative', 'error', 'not_judged'];

/**
 * What the rule says about what a check tests:
 * - `required`: the rule's own words demand exactly what is tested (a standard or a required
 *   implementation specification); only such a finding may say "HIPAA requires".
 * - `addressable`: an addressable implementation specification: implement it, or document why it is
 *   not reasonable and appropriate and what equivalent measure is used instead (164.306(d)(3)).
 * - `practice`: good practice (HHS or NIST guidance, an industry baseline, or the practice's own
 *   policy, such as an interval the rule leaves open): not a legal requirement.
 * - `state`: a state statute (its citation in `basis`), not HIPAA: binding where that state's law
 *   reaches the practice, which the report asks the reader to confirm.
 * - `proposed`: what a proposed rule that is not in force would require (the January 2025 Security
 *   Rule NPRM; its citation in `basis`): not law. Such checks run only under a proposal's profile
 *   (`--profile proposed-2025`, src/engine/profiles.ts), in the `proposed` area, and are left out of
 *   the overall score and the HIPAA checklist.
 * Only `required` and `addressable` results set a HIPAA checklist row's status.
 */
export type Obligation = 'required' | 'addressable' | 'practice' | 'state' | 'proposed';
export const OBLIGATIONS: readonly Obligation[] = ['required', 'addressable', 'practice', 'state', 'proposed'];

/** The obligation is HIPAA's own (required or addressable): only such results decide a checklist row or contradict an attestation. */
export const isHipaaObligation = (o: Obligation): o is 'required' | 'addressable' => o === 'required' || o === 'addressable';

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
  /**
   * With `unavailable`: the id of the check whose own result for the same subject gives that reason
   * in full (the lookups in endpoint-queries.ts fill it in). When that check's result for the subject
   * is an error, this finding is reported as `not_judged` rather than as a second error for one
   * cause; when that check did not run or judged the subject, it is an error like any other.
   */
  explainedBy?: string;
}

export interface CheckMeta {
  /** `<area>.<name>`, kebab-case, stable; matches the module's file name. */
  id: string;
  title: string;
  area: AreaId;
  severity: Severity;
  /**
   * 45 CFR citations from the HIPAA catalog, e.g. `164.312(a)(2)(iv)`: for a `required` check, the
   * standards or required specifications whose words it tests; for an `addressable` one, the
   * addressable specification (first) and its standard; for a `practice` one, what it supports; for a
   * `proposed` one, the provisions in force that the proposal would change or add to.
   */
  hipaa: string[];
  obligation: Obligation;
  /**
   * The source of the claim a pass makes, one line: the rule's words for `required` and
   * `addressable` checks (e.g. `45 CFR 164.312(a)(2)(i): "Assign a unique name and/or number…"`),
   * whose guidance for `practice` ones (e.g. `NIST SP 800-52 Rev. 2, section 3.1`).
   */
  basis: string;
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
