// Runs the checks: each one isolated (a throw or a malformed finding becomes an `error` result and the
// audit goes on; no check can change what another reads), then joins attestations with the results
// and applies current waivers. Only the engine assigns `error`, `not_judged` and `waived`.
import type { Facts } from '../gather/facts.js';
import type { Stack, Waiver } from '../stack/schema.js';
import type { Check, CheckContext, CheckMeta, CheckOptions } from './check.js';
import { readFindings, type FindingsResult } from './findings.js';
import { deepFreeze, describeThrown } from './plain.js';
import { pluginFileOf, runContextJson, runPluginCheck } from './plugin-host.js';
import { dayNumber } from './days.js';
import { reconcileAttestations } from './reconcile.js';
import type { CheckResult } from './result.js';
import { shellQuote } from '../shell-quote.js';

export type { CheckResult } from './result.js';

export interface RunInput {
  checks: readonly Check[];
  stack: Stack;
  facts: Facts;
  now: string;
  options: CheckOptions;
}

/** Subject of a result about the check itself rather than something in the stack. */
export const CHECK_SUBJECT = '(check)';

export interface RunAllOptions {
  /** How long a plugin check may take to load and to run (tests shorten it). */
  pluginDeadlineMs?: number;
}

/**
 * Runs every check in this process. Plugin checks registered by `loadPluginChecks` run only in their
 * workers (`runAllChecks`); here they are reported as errors.
 */
export function runChecks(input: RunInput): CheckResult[] {
  const ctx = checkContext(input);
  return settle(input.checks.map((check) => runInProcess(check, ctx)), input);
}

/**
 * Runs built-in checks in this process and plugin checks each in a worker of its own, under a
 * deadline, all on the same frozen inputs; the results come back in check order.
 */
export async function runAllChecks(input: RunInput, options: RunAllOptions = {}): Promise<CheckResult[]> {
  const ctx = checkContext(input);
  let context: string | undefined;
  // Plugins start first so that their workers load while the built-in checks run here.
  const pending = input.checks.map((check) => {
    const file = pluginFileOf(check);
    if (file === undefined || skipped(check.meta, ctx)) return undefined;
    context ??= runContextJson(ctx);
    return runPluginCheck(file, check.meta, context, options.pluginDeadlineMs);
  });
  const perCheck = input.checks.map((check, i) => (pending[i] ? [] : runInProcess(check, ctx)));
  const outcomes = await Promise.all(pending);
  outcomes.forEach((outcome, i) => {
    if (!outcome) return;
    const meta = input.checks[i]!.meta;
    // What the worker sent is read again here: its realm is the plugin's, and may have been patched.
    perCheck[i] = outcome.ok ? resultsFor(meta, validated(() => outcome.findings)) : [errorResult(meta, outcome.message)];
  });
  return settle(perCheck, input);
}

/**
 * What every check reads: the stack and facts frozen in place once per run (a check must not change
 * what the next one reads, and cloning 10,000 staff for each check would cost too much).
 */
function checkContext(input: RunInput): CheckContext {
  return Object.freeze({ stack: deepFreeze(input.stack), facts: deepFreeze(input.facts), now: input.now, options: Object.freeze({ ...input.options }) });
}

/** Attestations joined, then current waivers applied: the engine's statuses, after every check ran. */
function settle(perCheck: CheckResult[][], input: RunInput): CheckResult[] {
  const waivers = currentWaivers(input.stack.waivers ?? [], input.now);
  return reconcileAttestations(judgeUnknowns(perCheck.flat(), input.facts), input.stack, input.facts.documents, input.now).map((r) => {
    const waiver = r.status === 'fail' || r.status === 'warn' ? waivers.get(resultKey(r.meta.id, r.subject)) : undefined;
    return waiver
      ? { ...r, status: 'waived', waiver: { reason: waiver.reason, approvedBy: waiver.approved_by, expires: waiver.expires } }
      : r;
  });
}

const skipped = (meta: CheckMeta, ctx: CheckContext) => meta.needs.includes('endpoints') && ctx.facts.endpoints === undefined;

const unknownResult = 'its result is unknown, not passed';

/** What to do about a check that crashed, ran too long or broke its contract. */
export const CHECK_FAULT_FIX =
  'This is a fault in the check, not a finding about the practice: run the audit again with --debug and report the error to the check\'s author (for a built-in check, hipaa-hero\'s issue tracker).';

/** What to do about a fact that could not be gathered, other than an endpoint's. */
export const UNKNOWN_FACT_FIX = 'Make what the check needs readable or reachable (the reason is in the message), then audit again: until then the result is unknown, not passed.';

/** What to do about an endpoint whose facts could not be gathered. */
export const unreachedEndpointFix = (url: string): string =>
  `Find out why the probe failed (the message says): check that ${url} is the right address and that it answers from the machine the audit runs on (its name, a firewall, a proxy), then audit again; \`hipaa-hero probe ${shellQuote(url)}\` tests it alone. Until then whether it meets this check is unknown, not passed.`;

const errorResult = (meta: CheckMeta, message: string): CheckResult => ({ meta, status: 'error', subject: CHECK_SUBJECT, message, fix: CHECK_FAULT_FIX });

/** Calls the check and reads what it returned, all inside one try: a throw anywhere, even from a Proxy trap, is the check's error. */
function validated(produce: () => unknown): FindingsResult | { ok: false; thrown: string } {
  try {
    return readFindings(produce());
  } catch (err) {
    return { ok: false, thrown: describeThrown(err) };
  }
}

function runInProcess(check: Check, ctx: CheckContext): CheckResult[] {
  const meta = check.meta;
  if (skipped(meta, ctx)) {
    return [{ meta, status: 'not_judged', subject: CHECK_SUBJECT, message: 'Not judged: this check needs what the live probes see, and the audit ran with --offline (and no --facts file).' }];
  }
  return resultsFor(meta, validated(() => check.run(ctx)));
}

function resultsFor(meta: CheckMeta, read: FindingsResult | { ok: false; thrown: string }): CheckResult[] {
  if (!read.ok) {
    return [errorResult(meta, 'thrown' in read ? `The check failed while running (${read.thrown}); ${unknownResult}.` : `The check returned ${read.problem}; ${unknownResult}.`)];
  }
  if (read.findings.length === 0) {
    return [{ meta, status: 'not_applicable', subject: CHECK_SUBJECT, message: 'Nothing in the stack file for this check to judge.' }];
  }
  return read.findings.map((f) => {
    const result: CheckResult = {
      meta,
      status: f.unavailable === undefined ? f.status : 'error',
      subject: f.subject,
      message: f.unavailable === undefined ? f.message : `Could not be checked: ${f.unavailable}.`,
      ...(f.path !== undefined ? { path: f.path } : {}),
      ...(f.evidence !== undefined ? { evidence: f.evidence } : {}),
    };
    if (f.unavailable !== undefined) unknowns.set(result, { reason: f.unavailable, ...(f.explainedBy !== undefined ? { explainedBy: f.explainedBy } : {}) });
    return result;
  });
}

/** Why each result made from an `unavailable` finding is unknown, and which check says so in full. */
const unknowns = new WeakMap<CheckResult, { reason: string; explainedBy?: string }>();

/**
 * One cause, one error. An unknown result becomes `not_judged` (it weighs nothing and does not fail
 * the gate) when the cause is reported once elsewhere: its subject is an endpoint that was not
 * probed because its address is a placeholder (the report's endpoint table says so), or the check
 * it names as explaining the cause has an error result for the same subject. Otherwise it stays an
 * error: a cause is never left unreported because the check that should report it did not run.
 */
function judgeUnknowns(results: CheckResult[], facts: Facts): CheckResult[] {
  const errors = new Set(results.filter((r) => r.status === 'error').map((r) => resultKey(r.meta.id, r.subject)));
  return results.map((r): CheckResult => {
    const unknown = unknowns.get(r);
    if (!unknown) return r;
    const endpoints = facts.endpoints;
    const placeholder = endpoints && Object.hasOwn(endpoints, r.subject) ? endpoints[r.subject]!.placeholder : undefined;
    if (placeholder !== undefined) return { ...r, status: 'not_judged', message: `Not judged: ${r.subject} was not probed (${placeholder}).` };
    const owner = unknown.explainedBy;
    if (owner !== undefined && owner !== r.meta.id && errors.has(resultKey(owner, r.subject))) {
      return { ...r, status: 'not_judged', message: `Not judged: ${unknown.reason} (${owner} reports it).` };
    }
    const endpoint = endpoints !== undefined && Object.hasOwn(endpoints, r.subject);
    return { ...r, fix: endpoint ? unreachedEndpointFix(r.subject) : UNKNOWN_FACT_FIX };
  });
}

const resultKey = (check: string, subject: string) => `${check}\u0000${subject}`;

/** Waivers in force on `now` (through their expiry day); expired ones waive nothing. */
function currentWaivers(waivers: readonly Waiver[], now: string): Map<string, Waiver> {
  const today = dayNumber(now);
  return new Map(waivers.filter((w) => dayNumber(w.expires) >= today).map((w) => [resultKey(w.check, w.subject), w]));
}
