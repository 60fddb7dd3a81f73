// What `hipaa-hero attest` asks about: the audit's unanswered (manual) and stale items, or exactly
// those named with --only, each with its citation, question and plain-language explanation.
import type { AttestTarget } from '../engine/attestations.js';
import type { Check, Severity } from '../engine/check.js';
import { UsageError } from '../errors.js';
import type { Report } from '../report/schema.js';
import { CATALOG } from '../hipaa/catalog.js';
import { closest } from '../stack/suggest.js';

export interface AttestQuestion {
  /** The key the answer is written under: the item's citation, or the check's id. */
  key: string;
  checkId: string;
  citations: string[];
  title: string;
  severity: Severity;
  question: string;
  explain: string;
  alternativeAllowed: boolean;
  /** An addressable specification only automated checks test: the one answer it takes is `alternative`. */
  alternativeOnly?: boolean;
  /** Why it is asked. */
  reason: 'unanswered' | 'stale' | 'requested';
  /** The answer on file, when there is one. */
  current?: { answer: string; by: string; date: string };
}

export function attestQuestions(
  report: Report,
  checks: readonly Check[],
  targets: ReadonlyMap<string, AttestTarget>,
  only: readonly string[],
): AttestQuestion[] {
  const byId = new Map(checks.map((c) => [c.meta.id, c]));
  const wanted = new Set<string>();
  for (const key of only) {
    const target = targets.get(key);
    if (!target) {
      const guess = closest(key, targets.keys());
      throw new UsageError(
        `--only '${key}' is neither the citation of an attestation item nor a check id — ` +
          (guess ? `did you mean '${guess}'?` : "see 'hipaa-hero checks --coverage'"),
      );
    }
    wanted.add(target.checkId);
  }
  const questions = new Map<string, AttestQuestion>();
  // A requested addressable specification that only automated checks test: it takes a documented alternative.
  for (const key of wanted) {
    const target = targets.get(key);
    if (!target?.alternativeOnly) continue;
    const entry = CATALOG.find((e) => e.id === key);
    const on = report.results.find((r) => r.attestation?.key === key);
    questions.set(key, {
      key,
      checkId: key,
      citations: [key],
      title: target.title,
      severity: 'medium',
      question: `Does the practice use an alternative to ${entry?.title ?? key} that it has documented as reasonable and appropriate?`,
      explain:
        `Addressable: automated checks (${target.alternativeOnly.join(', ')}) test this specification. If the practice does not ` +
        'implement it as they test, it may document why that is not reasonable and appropriate and what equivalent measure ' +
        'it uses instead (45 CFR 164.306(d)(3)); the failures of those checks then show as `alternative`, still listing what was seen.',
      alternativeAllowed: true,
      alternativeOnly: true,
      reason: 'requested',
      ...(on?.attestation ? { current: { answer: on.attestation.answer, by: on.attestation.by, date: on.attestation.date } } : {}),
    });
  }
  for (const r of report.results) {
    if (questions.has(r.checkId)) continue;
    const check = byId.get(r.checkId);
    const target = targets.get(r.checkId);
    if (!check || !target) continue;
    const stale = r.attestation?.stale === true;
    const unanswered = r.status === 'manual' && !r.attestation;
    const reason = wanted.size ? (wanted.has(r.checkId) ? 'requested' : undefined) : unanswered ? 'unanswered' : stale ? 'stale' : undefined;
    if (!reason) continue;
    const m = check.meta;
    const manualFindings = report.results.filter((x) => x.checkId === r.checkId && x.status === 'manual').map((x) => x.message);
    questions.set(r.checkId, {
      key: m.attestation?.citation ?? m.id,
      checkId: m.id,
      citations: m.hipaa.slice(),
      title: m.title,
      severity: m.severity,
      question: m.attestation?.question ?? `Confirm: ${m.title}. ${manualFindings.join(' ')}`.trim(),
      explain: m.attestation?.explain ?? m.rationale,
      alternativeAllowed: target.alternativeAllowed,
      reason,
      ...(r.attestation ? { current: { answer: r.attestation.answer, by: r.attestation.by, date: r.attestation.date } } : {}),
    });
  }
  // In the regulation's order, as the checklist reads.
  const order = new Map(CATALOG.map((e, i) => [e.id, i]));
  const place = (q: AttestQuestion) => Math.min(...q.citations.map((c) => order.get(c) ?? CATALOG.length));
  return [...questions.values()].sort((a, b) => place(a) - place(b) || (a.checkId < b.checkId ? -1 : 1));
}
