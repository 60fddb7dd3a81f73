// Vendor knowledge: what is publicly known about whether vendors common in med spas sign a BAA, read
// from src/hipaa/vendor-baa.yaml (copied to vendor-baa.generated.json at build time, after
// vendor-file.ts has held it to its rules). It only feeds hints: the stack file's own facts decide
// every verdict.
import data from './vendor-baa.generated.json' with { type: 'json' };
import type { VendorFile, VendorRow } from './vendor-file.js';
import { normalizeVendorName } from './vendor-names.js';

export type { BaaStance, VendorCategory, VendorFile, VendorRow } from './vendor-file.js';
export { normalizeVendorName } from './vendor-names.js';

/** Validated by the build (scripts/build.mjs runs validateVendorFile before writing the copy). */
export const VENDOR_FILE: VendorFile = data as VendorFile;
export const VENDORS: readonly VendorRow[] = VENDOR_FILE.vendors;

const byName = new Map<string, VendorRow>(VENDORS.flatMap((row) => [row.name, ...row.aliases].map((n) => [normalizeVendorName(n), row] as const)));

/**
 * What is known about the vendor a stack file names: an exact match on a name or alias (ignoring case
 * and punctuation), else the longest name or alias the stack name starts with as whole words, so
 * "Google Workspace Business Starter" finds Google Workspace but "Boxed Water" does not find Box.
 */
export function vendorKnowledge(name: string): VendorRow | undefined {
  const wanted = normalizeVendorName(name);
  if (!wanted) return undefined;
  const exact = byName.get(wanted);
  if (exact) return exact;
  let best: VendorRow | undefined;
  let bestLength = 0;
  for (const [key, row] of byName) {
    if (key.length > bestLength && wanted.startsWith(`${key} `)) {
      best = row;
      bestLength = key.length;
    }
  }
  return best;
}
