// The report's checklist: every item of the HIPAA catalog with one status, the worst of the required
// and addressable results that cite it, so a privacy officer reads the whole regulation as met, not
// met or still to answer, and what decided each row. Good-practice results are listed beside a row
// but never set its status: a best practice is not the law.
import { isHipaaObligation, type ResultStatus } from '../engine/check.js';
import type { CoverageRow } from '../engine/coverage.js';
import type { CheckResult } from '../engine/run.js';
import type { ChecklistRow } from './schema.js';

/**
 * Worst first: a known failure outranks an unknown (error, then not judged), which outranks a
 * warning, and so on. Not judged outranks a pass: what was not looked at is never met.
 */
const RANK: readonly ResultStatus[] = ['fail', 'error', 'not_judged', 'warn', 'manual', 'alternative', 'waived', 'pass', 'not_applicable'];
const rank = new Map(RANK.map((s, i) => [s, i]));

type DecidedBy = NonNullable<ChecklistRow['decidedBy']>;

interface Seen {
  status: ResultStatus;
  checks: Set<string>;
  practice: Set<string>;
  /** The results that have the row's status. */
  deciding: CheckResult[];
}

export function buildChecklist(coverage: readonly CoverageRow[], results: readonly CheckResult[]): ChecklistRow[] {
  const byCitation = new Map<string, Seen>();
  for (const r of results) {
    for (const c of r.meta.hipaa) {
      // A proposal's checks are not about the rule in force: the checklist leaves them out.
      if (r.meta.obligation === 'proposed') break;
      let row = byCitation.get(c);
      if (!row) byCitation.set(c, (row = { status: 'not_applicable', checks: new Set(), practice: new Set(), deciding: [] }));
      row.checks.add(r.meta.id);
      // Good practice is listed beside the row; a state-law check only among its checks: neither is HIPAA.
      if (!isHipaaObligation(r.meta.obligation)) {
        if (r.meta.obligation === 'practice') row.practice.add(r.meta.id);
        continue;
      }
      const order = rank.get(r.status)!;
      const current = rank.get(row.status)!;
      if (row.deciding.length === 0 || order < current) {
        row.status = r.status;
        row.deciding = [r];
      } else if (order === current) {
        row.deciding.push(r);
      }
    }
  }
  return coverage.map((c) => {
    const seen = byCitation.get(c.citation);
    return {
      citation: c.citation,
      title: c.title,
      rule: c.rule,
      kind: c.kind,
      required: c.required,
      coveredBy: c.coveredBy,
      status: seen?.deciding.length ? seen.status : 'not_applicable',
      checks: seen ? [...seen.checks].sort() : [...c.automated, ...(c.attestation ? [c.attestation] : [])].sort(),
      decidedBy: decidedBy(seen),
      practice: seen ? [...seen.practice].sort() : [],
    };
  });
}

function decidedBy(seen: Seen | undefined): DecidedBy {
  if (!seen || seen.deciding.length === 0) return 'none';
  if (seen.status === 'alternative') return 'alternative';
  return seen.deciding.every(attested) ? 'attestation' : 'automated';
}

/** An attestation item's result, or an automated check's result that a person's answer settled (its manual result answered). */
const attested = (r: CheckResult): boolean =>
  r.meta.attestation !== undefined || (r.attestation !== undefined && r.status !== 'fail' && r.status !== 'error' && r.conflict === undefined);
