// What a check returned, read once into fresh plain findings or refused with the reason: the engine
// keeps only what it read and validated, so nothing the check still holds (a getter, a timer, a
// Proxy) can change a result afterwards.
import { CHECK_ID, FINDING_STATUSES, type Finding, type FindingStatus } from './check.js';
import { EVIDENCE_LIMITS, plainJson } from './plain.js';

export type FindingsResult = { ok: true; findings: Finding[] } | { ok: false; problem: string };

const describe = (v: unknown): string => (typeof v === 'string' ? JSON.stringify(v) : `of type ${v === null ? 'null' : typeof v}`);

/**
 * Validates and copies a check's return value, reading every property exactly once. A getter or a
 * Proxy trap that throws is not caught here: call it inside the check's try.
 */
export function readFindings(returned: unknown): FindingsResult {
  if (!Array.isArray(returned)) {
    const thenable = returned !== null && typeof returned === 'object' && typeof (returned as { then?: unknown }).then === 'function';
    return { ok: false, problem: thenable ? 'a Promise (run must return its list of findings, not a Promise)' : 'something other than a list of findings' };
  }
  const list = returned as unknown[];
  const length = list.length;
  const findings: Finding[] = [];
  for (let i = 0; i < length; i++) {
    const read = readFinding(list[i]);
    if (typeof read === 'string') return { ok: false, problem: read };
    findings.push(read);
  }
  return { ok: true, findings };
}

function readFinding(f: unknown): Finding | string {
  if (f === null || typeof f !== 'object' || Array.isArray(f)) return 'a finding that is not an object';
  // One read each: what is validated below is what the result is made of.
  const { status, subject, message, path, evidence, unavailable, explainedBy } = f as Record<keyof Finding, unknown>;
  if (typeof status !== 'string' || !FINDING_STATUSES.includes(status as FindingStatus)) return `a finding with status ${describe(status)}`;
  if (typeof subject !== 'string' || subject === '') return 'a finding without a subject';
  if (typeof message !== 'string' || message === '') return 'a finding without a message';
  if (path !== undefined && (typeof path !== 'string' || (path !== '' && !path.startsWith('/')))) {
    return `a finding whose path ${describe(path)} is not a JSON Pointer`;
  }
  if (unavailable !== undefined && (typeof unavailable !== 'string' || unavailable.trim() === '')) {
    return `a finding whose unavailable reason ${describe(unavailable)} is not a non-empty string`;
  }
  if (explainedBy !== undefined && (typeof explainedBy !== 'string' || !CHECK_ID.test(explainedBy) || unavailable === undefined)) {
    return `a finding whose explainedBy ${describe(explainedBy)} is not a check id beside an unavailable reason`;
  }
  const finding: Finding = { status: status as FindingStatus, subject, message };
  if (path !== undefined) finding.path = path;
  if (unavailable !== undefined) finding.unavailable = unavailable;
  if (explainedBy !== undefined) finding.explainedBy = explainedBy;
  if (evidence !== undefined) {
    const plain = plainJson(evidence, EVIDENCE_LIMITS);
    if (!plain.ok) return `a finding whose evidence is not plain JSON (${plain.problem})`;
    finding.evidence = plain.value;
  }
  return finding;
}
