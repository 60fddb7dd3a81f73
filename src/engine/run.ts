// Runs the checks: each one isolated (a throw or a malformed finding becomes an `error` result and the
// audit goes on), then joins attestations with the results and applies current waivers. Only the engine assigns `error` and `waived`.
import type { Facts } from '../gather/facts.js';
import type { Stack, Waiver } from '../stack/schema.js';
import { FINDING_STATUSES, type Check, type ResultStatus, type CheckMeta, type CheckOptions, type Finding, type Json } from './check.js';
import type { AttestationRecord } from './attestations.js';
import { dayNumber } from './days.js';
import { reconcileAttestations, type Conflict } from './reconcile.js';

export interface RunInput {
  checks: readonly Check[];
  stack: Stack;
  facts: Facts;
  now: string;
  options: CheckOptions;
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
}

/** Subject of a result about the check itself rather than something in the stack. */
export const CHECK_SUBJECT = '(check)';

export function runChecks(input: RunInput): CheckResult[] {
  const ctx = { stack: input.stack, facts: input.facts, now: input.now, options: input.options };
  const waivers = currentWaivers(input.stack.waivers ?? [], input.now);
  const raw = input.checks.flatMap((check) => runOne(check, ctx));
  return reconcileAttestations(raw, input.stack, input.facts.documents, input.now).map((r) => {
    const waiver = r.status === 'fail' || r.status === 'warn' ? waivers.get(waiverKey(r.meta.id, r.subject)) : undefined;
    return waiver
      ? { ...r, status: 'waived', waiver: { reason: waiver.reason, approvedBy: waiver.approved_by, expires: waiver.expires } }
      : r;
  });
}

function runOne(check: Check, ctx: Parameters<Check['run']>[0]): CheckResult[] {
  const meta = check.meta;
  if (meta.needs.includes('endpoints') && ctx.facts.endpoints === undefined) {
    return [{ meta, status: 'not_applicable', subject: CHECK_SUBJECT, message: 'Skipped: this check needs what the live probes see, and the audit ran with --offline (and no --facts file).' }];
  }
  let findings: unknown;
  try {
    findings = check.run(ctx);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return [{ meta, status: 'error', subject: CHECK_SUBJECT, message: `The check failed while running (${reason}); its result is unknown, not passed.` }];
  }
  const problem = findingsProblem(findings);
  if (problem) {
    return [{ meta, status: 'error', subject: CHECK_SUBJECT, message: `The check returned ${problem}; its result is unknown, not passed.` }];
  }
  const list = findings as Finding[];
  if (list.length === 0) {
    return [{ meta, status: 'not_applicable', subject: CHECK_SUBJECT, message: 'Nothing in the stack file for this check to judge.' }];
  }
  return list.map((f) => ({
    meta,
    status: f.unavailable === undefined ? f.status : 'error',
    subject: f.subject,
    message: f.unavailable === undefined ? f.message : `Could not be checked: ${f.unavailable}.`,
    ...(f.path !== undefined ? { path: f.path } : {}),
    ...(f.evidence !== undefined ? { evidence: f.evidence } : {}),
  }));
}

function findingsProblem(findings: unknown): string | undefined {
  if (!Array.isArray(findings)) return 'something other than a list of findings';
  for (const f of findings as Array<Partial<Finding> | null>) {
    if (f === null || typeof f !== 'object') return 'a finding that is not an object';
    if (!FINDING_STATUSES.includes(f.status as Finding['status'])) return `a finding with status ${JSON.stringify(f.status)}`;
    if (typeof f.subject !== 'string' || f.subject === '') return 'a finding without a subject';
    if (typeof f.message !== 'string' || f.message === '') return 'a finding without a message';
    if (f.path !== undefined && (typeof f.path !== 'string' || (f.path !== '' && !f.path.startsWith('/')))) {
      return `a finding whose path ${JSON.stringify(f.path)} is not a JSON Pointer`;
    }
  }
  return undefined;
}

const waiverKey = (check: string, subject: string) => `${check}\u0000${subject}`;

/** Waivers in force on `now` (through their expiry day); expired ones waive nothing. */
function currentWaivers(waivers: readonly Waiver[], now: string): Map<string, Waiver> {
  const today = dayNumber(now);
  return new Map(waivers.filter((w) => dayNumber(w.expires) >= today).map((w) => [waiverKey(w.check, w.subject), w]));
}
