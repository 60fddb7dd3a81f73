// The report's checklist: every item of the HIPAA catalog with one status, the worst of the results
// that cite it, so a privacy officer reads the whole regulation as met, not met or still to answer.
import type { ResultStatus } from '../engine/check.js';
import type { CoverageRow } from '../engine/coverage.js';
import type { CheckResult } from '../engine/run.js';
import type { ChecklistRow } from './schema.js';

/** Worst first: a known failure outranks an unknown (error), which outranks a warning, and so on. */
const RANK: readonly ResultStatus[] = ['fail', 'error', 'warn', 'manual', 'waived', 'pass', 'not_applicable'];
const rank = new Map(RANK.map((s, i) => [s, i]));

export function buildChecklist(coverage: readonly CoverageRow[], results: readonly CheckResult[]): ChecklistRow[] {
  const byCitation = new Map<string, { status: ResultStatus; checks: Set<string> }>();
  for (const r of results) {
    for (const c of r.meta.hipaa) {
      const row = byCitation.get(c);
      if (!row) {
        byCitation.set(c, { status: r.status, checks: new Set([r.meta.id]) });
        continue;
      }
      row.checks.add(r.meta.id);
      if (rank.get(r.status)! < rank.get(row.status)!) row.status = r.status;
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
      status: seen?.status ?? 'not_applicable',
      checks: seen ? [...seen.checks].sort() : [...c.automated, ...(c.attestation ? [c.attestation] : [])].sort(),
    };
  });
}
