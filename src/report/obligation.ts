// What the report says about the law behind a result: the obligation's label and one sentence that
// every human format prints the same way, and the disclaimer that opens every human report.
import type { Obligation } from '../engine/check.js';

/** Every human report says this near the top; the JSON report carries it as `disclaimer`. */
export const DISCLAIMER =
  'This report is a gap assessment: it compares what hipaa-hero could see (the stack file, attestations and live probes ' +
  "it was given) with HIPAA's Security and Breach Notification Rules and parts of its Privacy Rule. " +
  'It is not a compliance determination or a certification, and it is not legal advice.';

export const OBLIGATION_LABEL: Readonly<Record<Obligation, string>> = {
  required: 'Required',
  addressable: 'Addressable',
  practice: 'Good practice',
  state: 'State law',
  proposed: 'Proposed rule (not law)',
};

/**
 * One sentence on the law behind a result, by its obligation; null for a result of a report written
 * before obligations existed. Only a required result says that HIPAA requires it.
 */
export function obligationNote(r: { obligation?: Obligation | undefined; basis?: string | undefined }): string | null {
  if (!r.obligation) return null;
  const basis = r.basis ? ` (${r.basis})` : '';
  switch (r.obligation) {
    case 'required':
      return `HIPAA requires this${basis}.`;
    case 'addressable':
      return (
        `Addressable${basis}: implement it, or document why it is not reasonable and appropriate and what equivalent ` +
        'alternative measure is used instead (45 CFR 164.306(d)(3)), answered `alternative` in the stack file.'
      );
    case 'practice':
      return `Good practice, not a HIPAA requirement${basis}.`;
    case 'state':
      return `State law, not a HIPAA requirement${basis}: it binds the practice where that state's law reaches it; confirm with counsel.`;
    case 'proposed':
      return `Proposed, not law${basis}: the proposed Security Rule would require this if it were finalized as proposed; HIPAA does not require it today.`;
  }
}

/**
 * How a result's citations are introduced: a proposal's check cites the provisions in force that the
 * proposal would change, never as the source of what it tests.
 */
export const citationsLead = (r: { obligation?: Obligation | undefined }): string =>
  r.obligation === 'proposed' ? 'in force, which the proposal would change: 45 CFR' : '45 CFR';

/** A label for results of reports written before obligations existed: none, so they render as before. */
export const obligationLabel = (r: { obligation?: Obligation | undefined }): string | null => (r.obligation ? OBLIGATION_LABEL[r.obligation] : null);

/** Where the rule allows a documented alternative to an addressable specification. */
export const ALTERNATIVE_CITATION = '45 CFR 164.306(d)(3)';

type AlternativeSource = {
  attestation?: { key: string; answer: string; by: string; date: string; note?: string | undefined; stale: boolean; evidence?: { path: string } | undefined } | undefined;
};

/**
 * Who documented an alternative measure, when, and what it is, for the human formats to show beside
 * the result the way they show a waiver; null when the result has no `alternative` answer.
 */
export function alternativeText(r: AlternativeSource): string | null {
  const a = r.attestation;
  if (a?.answer !== 'alternative') return null;
  const stale = a.stale ? ', over 12 months old' : '';
  const evidence = a.evidence ? `; evidence ${a.evidence.path}` : '';
  const note = a.note ? `: ${a.note.replace(/[.\s]+$/, '')}` : '';
  return `Documented alternative (${ALTERNATIVE_CITATION}) under ${a.key}, by ${a.by} on ${a.date}${stale}${note}${evidence}.`;
}
