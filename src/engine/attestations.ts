// Attestations: reading a person's answer from the stack's `attestations:` section, the check that
// turns an attestation item into a result, and what may be attested (keys and answers).
import type { DocumentFact, Facts } from '../gather/facts.js';
import { citation as catalogEntry } from '../hipaa/catalog.js';
import type { Attestation, AttestationAnswer, Stack } from '../stack/schema.js';
import { toPointer } from '../stack/positions.js';
import type { AttestationItem } from './attestation-item.js';
import { defineCheck, type Check, type Finding, type FindingStatus } from './check.js';
import { addMonths, dayNumber } from './days.js';

/** An attestation is stale, and must be renewed, once it is older than this. */
export const STALE_AFTER_MONTHS = 12;

/** An attestation as the report shows it: who, when, what, and the evidence file's hash. */
export interface AttestationRecord {
  /** The key it was written under: a citation or a check id. */
  key: string;
  answer: AttestationAnswer;
  by: string;
  date: string;
  evidence?: { path: string; sha256: string | null };
  note?: string;
  /** Older than STALE_AFTER_MONTHS on the audit day. */
  stale: boolean;
}

/** The attestation written under any of `keys` (a citation, then an id), with the key it was found under. */
export function findAttestation(stack: Stack, keys: readonly string[]): { key: string; attestation: Attestation } | undefined {
  const all = stack.attestations;
  if (!all) return undefined;
  for (const key of keys) {
    const attestation = Object.hasOwn(all, key) ? all[key] : undefined;
    if (attestation) return { key, attestation };
  }
  return undefined;
}

export const isStale = (date: string, now: string): boolean =>
  dayNumber(addMonths(date, STALE_AFTER_MONTHS)) < dayNumber(now);

export function attestationRecord(key: string, a: Attestation, documents: Facts['documents'], now: string): AttestationRecord {
  const doc = a.evidence === undefined ? undefined : documents[a.evidence];
  return {
    key,
    answer: a.answer,
    by: a.by,
    date: a.date,
    ...(a.evidence !== undefined ? { evidence: { path: a.evidence, sha256: doc?.sha256 ?? null } } : {}),
    ...(a.note !== undefined ? { note: a.note } : {}),
    stale: isStale(a.date, now),
  };
}

const ANSWER_STATUS: Record<AttestationAnswer, FindingStatus> = {
  yes: 'pass',
  alternative: 'pass',
  partial: 'warn',
  no: 'fail',
  not_applicable: 'not_applicable',
};

const ANSWER_WORDS: Record<AttestationAnswer, string> = {
  yes: 'yes',
  alternative: 'an equivalent alternative measure',
  partial: 'partly',
  no: 'no',
  not_applicable: 'not applicable',
};

const evidenceProblem = (doc: DocumentFact | undefined, path: string): string | undefined => {
  const kind = doc?.kind ?? (doc?.exists ? 'file' : 'missing');
  if (doc === undefined || kind === 'missing') return `its evidence file ${path} was not found next to the stack file`;
  if (kind !== 'file' || doc.error !== undefined || doc.sha256 === undefined) {
    return `its evidence file ${path} was not read and hashed (${doc.error ?? kind})`;
  }
  return undefined;
};

/**
 * What an answer amounts to on the audit day: `no` fails; missing evidence fails (the attestation
 * cites proof that is not there); a stale or future-dated one warns; otherwise the answer's status.
 */
export function judgeAttestation(key: string, a: Attestation, documents: Facts['documents'], now: string): { status: FindingStatus; message: string } {
  const said = `Attested ${ANSWER_WORDS[a.answer]} by ${a.by} on ${a.date}${a.note ? ` (${a.note})` : ''}`;
  if (a.answer === 'no') return { status: 'fail', message: `${said}: the safeguard is not in place.` };
  const missing = a.evidence === undefined ? undefined : evidenceProblem(documents[a.evidence], a.evidence);
  if (missing) return { status: 'fail', message: `${said}, but ${missing}: add the file or correct \`attestations: ${key}: evidence\`.` };
  if (dayNumber(a.date) > dayNumber(now)) {
    return { status: 'warn', message: `${said}, a day after the audit day ${now}: correct the date.` };
  }
  if (isStale(a.date, now)) {
    return { status: 'warn', message: `${said}, more than ${STALE_AFTER_MONTHS} months before the audit day (hipaa-hero treats older answers as stale): attest it again with hipaa-hero attest on the stack file.` };
  }
  const status = ANSWER_STATUS[a.answer];
  const tail = status === 'warn' ? ': the safeguard is only partly in place.' : '.';
  return { status, message: `${said}${a.evidence ? `; evidence ${a.evidence}` : ''}${tail}` };
}

/** The check for one attestation item: `manual` until a person answers it, then the answer, judged. */
export function attestationCheck(item: AttestationItem): Check {
  return defineCheck({
    meta: {
      id: item.id,
      title: item.title,
      area: item.area,
      severity: item.severity,
      hipaa: [item.citation],
      obligation: item.obligation,
      basis: `45 CFR ${item.citation} (${catalogEntry(item.citation)?.title ?? item.title})`,
      rationale: item.rationale,
      remediation: item.remediation,
      needs: ['stack', 'documents'],
      attestation: { citation: item.citation, question: item.question, explain: item.explain },
    },
    run(ctx): Finding[] {
      const found = findAttestation(ctx.stack, [item.citation, item.id]);
      if (!found) {
        return [
          {
            status: 'manual',
            subject: item.citation,
            message: `Not attested yet: ${item.question} Answer it by running hipaa-hero attest on the stack file, or under \`attestations: '${item.citation}'\` (answer, by, date).`,
          },
        ];
      }
      const { status, message } = judgeAttestation(found.key, found.attestation, ctx.facts.documents, ctx.now);
      return [{ status, subject: item.citation, message, path: toPointer('attestations', found.key) }];
    },
  });
}

/** What an `attestations:` key may name, and whether `alternative` is an allowed answer for it. */
export interface AttestTarget {
  /** The check it answers; for a citation that only automated checks judge, the citation itself. */
  checkId: string;
  /** Set for attestation items and for citations judged only by automated checks. */
  citation?: string;
  /** `alternative` is only for addressable implementation specifications and addressable checks. */
  alternativeAllowed: boolean;
  /**
   * Set for an addressable specification that only automated checks judge: the one answer it takes
   * is `alternative` (a documented alternative measure); these are the checks it concerns.
   */
  alternativeOnly?: string[];
  /** For messages: the citation's title, or the check's. */
  title: string;
}

const addressable = (id: string) => catalogEntry(id)?.required === false;

/**
 * Every key the checks allow in `attestations:`: each check's id, each attestation item's citation,
 * and each addressable specification that automated addressable checks judge (for `alternative`).
 */
export function attestTargets(checks: readonly Check[]): Map<string, AttestTarget> {
  const targets = new Map<string, AttestTarget>();
  const judgedOnlyByChecks = new Map<string, string[]>();
  for (const { meta } of checks) {
    const cited = meta.attestation?.citation;
    const target: AttestTarget = {
      checkId: meta.id,
      ...(cited !== undefined ? { citation: cited } : {}),
      alternativeAllowed: cited !== undefined ? addressable(cited) : meta.obligation === 'addressable',
      title: cited !== undefined ? `${cited} ${catalogEntry(cited)?.title ?? meta.title}` : meta.title,
    };
    targets.set(meta.id, target);
    if (cited !== undefined) targets.set(cited, target);
    if (cited === undefined && meta.obligation === 'addressable') {
      for (const c of meta.hipaa.filter(addressable)) judgedOnlyByChecks.set(c, [...(judgedOnlyByChecks.get(c) ?? []), meta.id]);
    }
  }
  for (const [c, ids] of judgedOnlyByChecks) {
    if (targets.has(c)) continue;
    targets.set(c, { checkId: c, citation: c, alternativeAllowed: true, alternativeOnly: ids.sort(), title: `${c} ${catalogEntry(c)?.title ?? ''}`.trim() });
  }
  return targets;
}
