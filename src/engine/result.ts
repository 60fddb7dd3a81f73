// The result of running one check on one subject, as the engine hands it to reports: its own module so
// that the runner (run.ts) and the attestation join (reconcile.ts) can both use it without importing
// each other.
import type { AttestationRecord } from './attestations.js';
import type { CheckMeta, Json, ResultStatus } from './check.js';

/** An automated result that contradicts an attestation of yes. */
export interface Conflict {
  checkId: string;
  subject: string;
  status: 'fail';
}

export interface CheckResult {
  meta: CheckMeta;
  status: ResultStatus;
  subject: string;
  message: string;
  path?: string;
  evidence?: Json;
  waiver?: { reason: string; approvedBy: string; expires: string };
  /** The person's answer, when the stack attests this result's item or check. */
  attestation?: AttestationRecord;
  /** Automated failures that contradict an attestation of yes. */
  conflict?: Conflict[];
  /**
   * What to do, for an `error` result, in place of the check's remediation: the safeguard's fix does
   * not help while whether it is in place is unknown (an unreachable site, a crashed check).
   */
  fix?: string;
}
