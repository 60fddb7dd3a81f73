// Joins people's attestations with the automated results, after the checks ran: an attestation
// answers a check's `manual` results, is shown beside every result it concerns, and never outweighs
// automated evidence. Like waivers, this is the engine's to assign, not a check's.
import type { Facts } from '../gather/facts.js';
import type { Stack } from '../stack/schema.js';
import { attestationRecord, findAttestation, judgeAttestation } from './attestations.js';
import type { CheckResult } from './run.js';

/** An automated result that contradicts an attestation of yes. */
export interface Conflict {
  checkId: string;
  subject: string;
  status: 'fail';
}

const AFFIRMED = new Set(['yes', 'alternative']);

export function reconcileAttestations(results: CheckResult[], stack: Stack, documents: Facts['documents'], now: string): CheckResult[] {
  if (!stack.attestations || Object.keys(stack.attestations).length === 0) return results;
  const failingByCitation = new Map<string, Conflict[]>();
  for (const r of results) {
    if (r.meta.attestation || r.status !== 'fail') continue;
    for (const c of r.meta.hipaa) {
      const list = failingByCitation.get(c) ?? [];
      list.push({ checkId: r.meta.id, subject: r.subject, status: 'fail' });
      failingByCitation.set(c, list);
    }
  }
  return results.map((r) => {
    const keys = r.meta.attestation ? [r.meta.attestation.citation, r.meta.id] : [r.meta.id];
    const found = findAttestation(stack, keys);
    if (!found) return r;
    const attestation = attestationRecord(found.key, found.attestation, documents, now);
    const affirmed = AFFIRMED.has(found.attestation.answer);
    if (r.meta.attestation) {
      const conflicts = affirmed && r.status === 'pass' ? failingByCitation.get(r.meta.attestation.citation) : undefined;
      if (!conflicts) return { ...r, attestation };
      const named = conflicts.map((c) => `${c.checkId} (${c.subject})`).join(', ');
      return {
        ...r,
        attestation,
        conflict: conflicts,
        status: 'fail',
        message: `${r.message} But automated checks fail for ${r.meta.attestation.citation}: ${named}. Automated evidence wins: fix those findings.`,
      };
    }
    // An attestation keyed by an automated check's id.
    if (r.status === 'manual') {
      const judged = judgeAttestation(found.key, found.attestation, documents, now);
      return { ...r, attestation, status: judged.status, message: `${r.message} ${judged.message}` };
    }
    if (affirmed && r.status === 'fail') {
      return {
        ...r,
        attestation,
        conflict: [{ checkId: r.meta.id, subject: r.subject, status: 'fail' }],
        message: `${r.message} (Attested ${found.attestation.answer} by ${found.attestation.by} on ${found.attestation.date}, but the automated evidence says otherwise, and it wins.)`,
      };
    }
    return { ...r, attestation };
  });
}
