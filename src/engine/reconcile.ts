// Joins people's attestations with the automated results, after the checks ran: an attestation
// answers a check's `manual` results, is shown beside every result it concerns, and never outweighs
// automated evidence. A documented alternative to an addressable specification (164.306(d)(3)) turns
// that specification's failed addressable results into `alternative`, never a required one's. Like
// waivers, this is the engine's to assign, not a check's.
import type { Facts } from '../gather/facts.js';
import { citation as catalogEntry } from '../hipaa/catalog.js';
import type { Attestation, Stack } from '../stack/schema.js';
import { attestationRecord, findAttestation, judgeAttestation } from './attestations.js';
import type { CheckResult, Conflict } from './result.js';
import { isHipaaObligation } from './check.js';

export type { Conflict };

const AFFIRMED = new Set(['yes', 'alternative']);

const isAddressable = (id: string) => catalogEntry(id)?.required === false;

/** Where a documented alternative for an automated result may be written: its check id, then its addressable citations. */
const alternativeKeys = (r: CheckResult): string[] => [r.meta.id, ...r.meta.hipaa.filter(isAddressable)];

export function reconcileAttestations(results: CheckResult[], stack: Stack, documents: Facts['documents'], now: string): CheckResult[] {
  if (!stack.attestations || Object.keys(stack.attestations).length === 0) return results;
  const judgedCache = new Map<string, ReturnType<typeof judgeAttestation>>();
  const judged = (key: string, a: Attestation) => {
    let j = judgedCache.get(key);
    if (!j) judgedCache.set(key, (j = judgeAttestation(key, a, documents, now)));
    return j;
  };
  // First, documented alternatives on addressable automated results.
  const withAlternatives = results.map((r) => {
    if (r.meta.attestation || r.meta.obligation !== 'addressable' || (r.status !== 'fail' && r.status !== 'warn')) return r;
    const found = findAlternative(stack, alternativeKeys(r));
    if (!found) return r;
    const attestation = attestationRecord(found.key, found.attestation, documents, now);
    const verdict = judged(found.key, found.attestation);
    if (verdict.status !== 'pass') {
      return { ...r, attestation, message: `${r.message} (A documented alternative is on file under ${found.key}, but it does not count: ${verdict.message})` };
    }
    return { ...r, attestation, status: 'alternative' as const, message: `${r.message} ${alternativeSentence(found.key, found.attestation)}` };
  });
  const failingByCitation = new Map<string, Conflict[]>();
  for (const r of withAlternatives) {
    // A good-practice or state-law failure is not HIPAA, so it does not contradict an attestation of HIPAA.
    if (r.meta.attestation || r.status !== 'fail' || !isHipaaObligation(r.meta.obligation)) continue;
    for (const c of r.meta.hipaa) {
      const list = failingByCitation.get(c) ?? [];
      list.push({ checkId: r.meta.id, subject: r.subject, status: 'fail' });
      failingByCitation.set(c, list);
    }
  }
  return withAlternatives.map((r) => {
    if (r.attestation) return r;
    const keys = r.meta.attestation ? [r.meta.attestation.citation, r.meta.id] : [r.meta.id];
    const found = findAttestation(stack, keys);
    if (!found) return r;
    const attestation = attestationRecord(found.key, found.attestation, documents, now);
    const affirmed = AFFIRMED.has(found.attestation.answer);
    if (r.meta.attestation) {
      const conflicts = affirmed && r.status === 'pass' ? failingByCitation.get(r.meta.attestation.citation) : undefined;
      if (!conflicts) {
        const isAlternative = r.status === 'pass' && found.attestation.answer === 'alternative';
        return { ...r, attestation, ...(isAlternative ? { status: 'alternative' as const } : {}) };
      }
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
      const verdict = judged(found.key, found.attestation);
      const status = verdict.status === 'pass' && found.attestation.answer === 'alternative' ? 'alternative' : verdict.status;
      return { ...r, attestation, status, message: `${r.message} ${verdict.message}` };
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

function findAlternative(stack: Stack, keys: readonly string[]): { key: string; attestation: Attestation } | undefined {
  for (const key of keys) {
    const found = findAttestation(stack, [key]);
    if (found?.attestation.answer === 'alternative') return found;
  }
  return undefined;
}

function alternativeSentence(key: string, a: Attestation): string {
  return `A documented alternative under ${key} (by ${a.by} on ${a.date}): ${a.note ?? ''}`.trim().replace(/:$/, '.') + (a.note && !/[.!?]$/.test(a.note) ? '.' : '');
}

