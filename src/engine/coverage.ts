// The coverage matrix: for every item of the HIPAA catalog, the automated checks and the attestation
// item that cover it. `checks --coverage` prints it; the report's checklist is built on it.
import { CATALOG, type CatalogEntry } from '../hipaa/catalog.js';
import type { CheckMeta } from './check.js';

export type CoveredBy = 'automated' | 'attestation' | 'both' | 'none';

export interface CoverageRow {
  citation: string;
  title: string;
  rule: CatalogEntry['rule'];
  kind: 'standard' | 'implementation-spec';
  /** Standards and required specifications: true; addressable specifications: false. */
  required: boolean;
  /** Ids of the automated checks that cite it. */
  automated: string[];
  /** Id of the attestation item for it, if any. */
  attestation: string | null;
  coveredBy: CoveredBy;
}

export function coverageMatrix(metas: readonly Pick<CheckMeta, 'id' | 'hipaa' | 'attestation' | 'obligation'>[]): CoverageRow[] {
  const automated = new Map<string, string[]>();
  const attested = new Map<string, string>();
  for (const m of metas) {
    // The catalog is the rule in force: a proposal's checks cover none of it.
    if (m.obligation === 'proposed') continue;
    if (m.attestation) {
      attested.set(m.attestation.citation, m.id);
      continue;
    }
    for (const c of m.hipaa) {
      const list = automated.get(c) ?? [];
      list.push(m.id);
      automated.set(c, list);
    }
  }
  return CATALOG.map((e) => {
    const checks = (automated.get(e.id) ?? []).sort();
    const item = attested.get(e.id) ?? null;
    const coveredBy: CoveredBy = checks.length ? (item ? 'both' : 'automated') : item ? 'attestation' : 'none';
    return {
      citation: e.id,
      title: e.title,
      rule: e.rule,
      kind: e.kind === 'standard' ? 'standard' : 'implementation-spec',
      required: e.required,
      automated: checks,
      attestation: item,
      coveredBy,
    };
  });
}

export function coverageCounts(rows: readonly CoverageRow[]): Record<CoveredBy, number> {
  const counts: Record<CoveredBy, number> = { automated: 0, attestation: 0, both: 0, none: 0 };
  for (const r of rows) counts[r.coveredBy] += 1;
  return counts;
}
