// Variants of the example report for the tests of obligations, documented alternatives and the
// disclaimer: made by editing the example's results, so they hold whichever checks mark what.
import type { Report, Result } from '../../src/report/schema.js';

export const ALT = {
  by: 'Pat Quinn, Privacy Officer',
  date: '2026-09-30',
  note: 'Tablets lock after 2 minutes by MDM policy',
} as const;
export const BASIS = {
  required: '45 CFR 164.312(a)(2)(i): "Assign a unique name and/or number" (test basis)',
  addressable: '45 CFR 164.312(a)(2)(iii): "Implement electronic procedures that terminate a session" (test basis)',
  practice: 'NIST SP 800-63B section 4 (test basis)',
} as const;

export interface Marked {
  report: Report;
  /** A failing result marked required, one marked good practice, and one turned into a documented alternative. */
  required: Result;
  practice: Result;
  alternative: Result;
}

/**
 * The example report with three of its failures rewritten: one required, one good practice, and one
 * an addressable specification met by a documented alternative (status `alternative`, counted so).
 */
export function markObligations(source: Report): Marked {
  const report = structuredClone(source);
  const fails = report.results.filter((r) => r.status === 'fail' && r.location !== null && r.kind === 'automated');
  if (fails.length < 3) throw new Error('the example report needs three located automated failures');
  const [required, practice, alternative] = fails as [Result, Result, Result];
  Object.assign(required, { obligation: 'required', basis: BASIS.required, subject: 'Required subject' });
  Object.assign(practice, { obligation: 'practice', basis: BASIS.practice, subject: 'Practice subject' });
  Object.assign(alternative, {
    obligation: 'addressable',
    basis: BASIS.addressable,
    subject: 'Alternative subject',
    status: 'alternative',
    message: `${alternative.message} A documented alternative is on file.`,
    attestation: { key: alternative.checkId, answer: 'alternative', by: ALT.by, date: ALT.date, note: ALT.note, stale: false },
  });
  report.counts.fail -= 1;
  report.counts.alternative = (report.counts.alternative ?? 0) + 1;
  const area = report.areas.find((a) => a.id === alternative.area);
  if (area) {
    area.counts.fail -= 1;
    area.counts.alternative = (area.counts.alternative ?? 0) + 1;
  }
  return { report, required, practice, alternative };
}

/**
 * The report as a version before obligations would have written it: no disclaimer, obligation, basis,
 * alternative count or checklist provenance, and no `alternative` status (a pass then).
 */
export function asOldReport(source: Report): Report {
  const report = structuredClone(source);
  delete report.disclaimer;
  const alternatives = report.counts.alternative ?? 0;
  delete report.counts.alternative;
  report.counts.pass += alternatives;
  for (const area of report.areas) {
    area.counts.pass += area.counts.alternative ?? 0;
    delete area.counts.alternative;
  }
  for (const r of report.results) {
    delete r.obligation;
    delete r.basis;
    if (r.status === 'alternative') r.status = 'pass';
    if (r.attestation?.answer === 'alternative') r.attestation.answer = 'yes';
  }
  for (const row of report.checklist ?? []) {
    delete row.decidedBy;
    delete row.practice;
    if (row.status === 'alternative') row.status = 'pass';
  }
  return report;
}
