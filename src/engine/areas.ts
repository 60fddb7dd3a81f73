// The closed list of report areas, in the order the report presents them.
export const AREAS = [
  { id: 'governance', title: 'Governance' },
  { id: 'vendors', title: 'Vendors and BAAs' },
  { id: 'encryption', title: 'Encryption' },
  { id: 'access', title: 'Access control' },
  { id: 'physical', title: 'Facilities and devices' },
  { id: 'network', title: 'Network' },
  { id: 'backups', title: 'Backups and contingency' },
  { id: 'audits', title: 'Audits and monitoring' },
  { id: 'policies', title: 'Policies and documentation' },
  { id: 'privacy', title: 'Patient rights and privacy' },
  { id: 'training', title: 'Training' },
  { id: 'incident', title: 'Incident response' },
  { id: 'endpoints', title: 'Public endpoints' },
  { id: 'transport', title: 'Transport security (TLS)' },
  { id: 'web', title: 'Web pages and headers' },
  // Checks of a proposed rule (obligation `proposed`): only under --profile proposed-2025, and never in the overall score.
  { id: 'proposed', title: 'Proposed Security Rule (2025), not law' },
] as const;

export type AreaId = (typeof AREAS)[number]['id'];
export const AREA_IDS: readonly string[] = AREAS.map((a) => a.id);
export const isAreaId = (value: unknown): value is AreaId =>
  typeof value === 'string' && AREA_IDS.includes(value);
