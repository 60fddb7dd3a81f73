// Owns proposed.asset-inventory: whether the written technology asset inventory and the network map
// the January 2025 proposed Security Rule asks for are on file and were reviewed in the last 12 months.
import { defineCheck, recurrence, toPointer, type Facts, type Finding, type Stack } from '../../src/index.js';

/** The proposal's review interval for both records. */
const MONTHS = 12;

const RECORDS = [
  { key: 'assets', subject: 'Technology asset inventory', what: 'technology asset inventory' },
  { key: 'network_map', subject: 'Network map', what: 'network map' },
] as const;

export default defineCheck({
  meta: {
    id: 'proposed.asset-inventory',
    title: 'A written technology asset inventory and network map, reviewed in the last 12 months',
    area: 'proposed',
    severity: 'medium',
    hipaa: ['164.308(a)(1)(ii)(A)'],
    obligation: 'proposed',
    basis:
      'Proposed 45 CFR 164.308 (90 FR 898, January 6, 2025): a written inventory of technology assets and a network map, reviewed and updated at least every 12 months',
    rationale:
      'A risk analysis can only cover the systems the practice knows it has. The proposed rule would require a written list of every system that touches ePHI and a map of how ePHI moves between them, kept up to date every year. This is a proposal, not law.',
    remediation:
      'Write down every device, application and service that holds or moves ePHI, and draw how ePHI flows between them; save both next to the stack file, give their paths in `inventory.assets.document` and `inventory.network_map.document`, and record the day each was last reviewed under `inventory.assets.reviewed` and `inventory.network_map.reviewed`.',
    needs: ['stack', 'documents'],
  },
  run({ stack, facts, now }): Finding[] {
    return RECORDS.map((record) => judge(stack, facts, now, record));
  },
});

function judge(stack: Stack, facts: Facts, now: string, { key, subject, what }: (typeof RECORDS)[number]): Finding {
  const inventory = stack.inventory;
  const entry = inventory?.[key];
  if (!entry) {
    return {
      status: 'fail',
      subject,
      ...(inventory ? { path: toPointer('inventory') } : {}),
      message: `No written ${what} is on record (\`inventory.${key}\` is not set).`,
      evidence: { [key]: null },
    };
  }
  const document = entry.document;
  if (!document) {
    return {
      status: 'fail',
      subject,
      path: toPointer('inventory', key),
      message: `The ${what} has no document: \`inventory.${key}.document\` does not name the written ${what}.`,
      evidence: { document: null, reviewed: entry.reviewed ?? null },
    };
  }
  const documentPath = toPointer('inventory', key, 'document');
  const fact = facts.documents[document];
  const kind = fact?.kind ?? (fact?.exists ? 'file' : 'missing');
  if (!fact || kind === 'missing') {
    return {
      status: 'fail',
      subject,
      path: documentPath,
      message: `The ${what} ${document} is referenced but not found next to the stack file.`,
      evidence: { document, exists: false },
    };
  }
  // On file means a regular file that was read and hashed: a directory, a device or a path that was
  // not followed is not a document.
  if (kind !== 'file' || fact.sha256 === undefined || fact.error !== undefined) {
    const evidence = { document, exists: fact.exists, kind, ...(fact.error !== undefined ? { error: fact.error } : {}) };
    const message = `The ${what} ${document} is not on file: it was not read and hashed (${fact.error ?? kind}).`;
    return {
      status: 'fail',
      subject,
      path: documentPath,
      message,
      evidence,
      ...(kind === 'unreadable' ? { unavailable: `the ${what} ${document} could not be read (${fact.error ?? 'error'})` } : {}),
    };
  }
  const r = recurrence(entry.reviewed, now, MONTHS);
  const reviewedPath = toPointer('inventory', key, 'reviewed');
  switch (r.state) {
    case 'missing':
      return {
        status: 'fail',
        subject,
        path: entry.reviewed === null ? reviewedPath : toPointer('inventory', key),
        message: `The ${what} ${document} has no review date (\`inventory.${key}.reviewed\`), so there is no record it was kept up to date.`,
        evidence: { document, reviewed: null },
      };
    case 'future':
      return {
        status: 'fail',
        subject,
        path: reviewedPath,
        message: `The ${what} was reviewed on ${r.day}, after the audit day ${now}: the date cannot be right.`,
        evidence: { document, reviewed: r.day },
      };
    case 'overdue':
      return {
        status: 'fail',
        subject,
        path: reviewedPath,
        message: `The ${what} was last reviewed on ${r.day}; the proposed rule would require a review every ${MONTHS} months, so it was due by ${r.due}.`,
        evidence: { document, reviewed: r.day, due: r.due },
      };
    case 'current':
      return {
        status: 'pass',
        subject,
        path: reviewedPath,
        message: `The ${what} ${document} is on file and was reviewed on ${r.day}; the next review is due by ${r.due}.`,
        evidence: { document, reviewed: r.day, due: r.due },
      };
  }
}
