// Questions about the stack that several checks ask the same way.
import { dayNumber } from '../engine/days.js';
import type { Vendor } from './schema.js';

export type BaaStatus =
  | { state: 'none' }
  | { state: 'not-yet'; signed: string }
  | { state: 'expired'; signed: string; expires: string }
  | { state: 'in-force'; signed: string; expires: string | null; daysLeft: number | null };

/**
 * A vendor's BAA on `now`: none signed, signed with a later date (not in force yet), expired, or in
 * force. A BAA is in force through its `expires` day; no `expires` means evergreen.
 */
export function baaStatus(vendor: Vendor, now: string): BaaStatus {
  const signed = vendor.baa?.signed;
  if (!signed) return { state: 'none' };
  const today = dayNumber(now);
  if (dayNumber(signed) > today) return { state: 'not-yet', signed };
  const expires = vendor.baa?.expires ?? null;
  if (expires === null) return { state: 'in-force', signed, expires: null, daysLeft: null };
  const daysLeft = dayNumber(expires) - today;
  return daysLeft < 0 ? { state: 'expired', signed, expires } : { state: 'in-force', signed, expires, daysLeft };
}
