// The one finding of a proposed rule's check on a dated test under `audits:` (a vulnerability scan,
// a penetration test, a compliance audit): on record, within the proposal's interval, not dated
// after the audit day. The checks differ only in what they name, so the sentences are made here.
import type { Finding } from './check.js';
import { recurrence } from './days.js';
import type { Stack } from '../stack/schema.js';
import { toPointer } from '../stack/positions.js';

export type AuditRecordKey = 'vulnerability_scan' | 'penetration_test' | 'compliance_audit';

export interface AuditRecord {
  key: AuditRecordKey;
  /** The finding's subject, e.g. 'Penetration test'. */
  subject: string;
  /** The test in a sentence, lower-case, e.g. 'penetration test'. */
  noun: string;
  /** The proposal's interval. */
  months: number;
  /** Said after "No <noun> is on record (`audits.<key>`)" when nothing is, e.g. a record it is not to be confused with. */
  missingNote?: string;
}

export function auditRecordFinding(stack: Stack, now: string, record: AuditRecord): Finding {
  const { key, subject, noun, months } = record;
  const audits = stack.audits;
  const day = audits?.[key];
  const r = recurrence(day, now, months);
  const path = toPointer('audits', key);
  switch (r.state) {
    case 'missing':
      return {
        status: 'fail',
        subject,
        ...(day === null ? { path } : audits ? { path: toPointer('audits') } : {}),
        message: `No ${noun} is on record (\`audits.${key}\`)${record.missingNote ? `; ${record.missingNote}` : ''}.`,
        evidence: { [key]: null },
      };
    case 'future':
      return { status: 'fail', subject, path, message: `The ${noun} is dated ${r.day}, after the audit day ${now}: it cannot have happened yet.`, evidence: { [key]: r.day } };
    case 'overdue':
      return {
        status: 'fail',
        subject,
        path,
        message: `The last ${noun} was on ${r.day}; the proposed rule would require one every ${months} months, so the next was due by ${r.due}.`,
        evidence: { [key]: r.day, due: r.due },
      };
    case 'current':
      return { status: 'pass', subject, path, message: `The ${noun} was done on ${r.day}; the next is due by ${r.due}.`, evidence: { [key]: r.day, due: r.due } };
  }
}
