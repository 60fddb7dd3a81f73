// The HIPAA citation catalog (45 CFR 164), built from security-rule.yaml at build time.
import entries from './catalog.generated.json' with { type: 'json' };

export interface CatalogEntry {
  id: string;
  title: string;
  kind: string;
  required: boolean;
  rule: 'security' | 'privacy' | 'breach-notification';
  safeguard?: string;
  parent?: string;
}

export const CATALOG: readonly CatalogEntry[] = entries as CatalogEntry[];
const byId = new Map(CATALOG.map((e) => [e.id, e]));

export const citation = (id: string): CatalogEntry | undefined => byId.get(id);

/** The eCFR address of a citation's section, e.g. 164.312(a)(2)(iv) -> §164.312. */
export function ecfrUrl(id: string): string {
  const section = id.replace(/\(.*$/, '');
  return `https://www.ecfr.gov/current/title-45/section-${section}`;
}
