// What set a checklist row's status, in the words every format prints: the automated checks, a
// person's attestation, a documented alternative, or nothing; and the good-practice checks beside it.
import type { ChecklistRow, Report } from './schema.js';

/** Ids of the attestation items among a report's results: a row's automated checks are the others. */
export const attestationIds = (report: Pick<Report, 'results'>): ReadonlySet<string> =>
  new Set(report.results.filter((r) => r.kind === 'attestation').map((r) => r.checkId));

/**
 * "automated checks a, b", "attestation", "documented alternative" or "no result"; null for a row of
 * a report written before rows said what decided them.
 */
export function decidedByText(row: ChecklistRow, attested: ReadonlySet<string>): string | null {
  switch (row.decidedBy) {
    case undefined:
      return null;
    case 'automated': {
      const practice = new Set(row.practice ?? []);
      const ids = row.checks.filter((id) => !practice.has(id) && !attested.has(id));
      return ids.length ? `automated check${ids.length === 1 ? '' : 's'} ${ids.join(', ')}` : 'automated checks';
    }
    case 'attestation':
      return 'attestation';
    case 'alternative':
      return 'documented alternative';
    case 'none':
      return 'no result';
  }
}

/** The good-practice checks that cite a row, said to be what they are; null when there are none. */
export const practiceText = (row: ChecklistRow): string | null =>
  row.practice?.length ? `related good practice (does not set the status): ${row.practice.join(', ')}` : null;

/** The type of a catalog item as the checklist tables name it. */
export const itemType = (row: ChecklistRow): string => (row.kind === 'standard' ? 'Standard' : row.required ? 'Required' : 'Addressable');
