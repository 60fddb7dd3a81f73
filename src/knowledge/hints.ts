// Hints from what is publicly known about the vendors a stack file names: words for the report to
// print beside the vendors, never a verdict (the stack file's own facts decide every result).
import type { Stack } from '../stack/schema.js';
import { vendorKnowledge, type BaaStance } from './vendors.js';

export interface VendorHint {
  /** The vendor as the stack file names it. */
  subject: string;
  /** The vendor as the knowledge file names it. */
  vendor: string;
  baa: BaaStance;
  text: string;
  source: string[];
  checked: string;
}

/**
 * A hint for each vendor the stack names whose stance matters to it: one that does not sign BAAs or
 * signs only on some plans, a payment processor (often not a business associate at all), an unclear
 * stance, or a vendor that signs BAAs but has none on file although it handles PHI. A vendor that
 * signs and whose BAA is on file gets none: there is nothing to add.
 */
export function vendorHints(stack: Pick<Stack, 'vendors'>): VendorHint[] {
  const hints: VendorHint[] = [];
  for (const vendor of stack.vendors ?? []) {
    const known = vendorKnowledge(vendor.name);
    if (!known) continue;
    if (known.baa === 'signs' && (!vendor.phi || vendor.baa?.signed)) continue;
    hints.push({ subject: vendor.name, vendor: known.name, baa: known.baa, text: known.hint, source: [...known.source], checked: known.checked });
  }
  return hints;
}
