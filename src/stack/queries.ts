// Questions about the stack that several checks ask the same way.
import { dayNumber } from '../engine/days.js';
import type { Backup, Stack, Vendor } from './schema.js';

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

/** A backup job that copies PHI: the job, its index in `backups`, and the PHI stores it covers. */
export interface PhiBackup {
  backup: Backup;
  index: number;
  phiStores: string[];
}

/** The backup jobs that cover at least one data store holding PHI. */
export function phiBackups(stack: Stack): PhiBackup[] {
  const phi = new Set((stack.data_stores ?? []).filter((d) => d.phi).map((d) => d.name));
  return (stack.backups ?? []).flatMap((backup, index) => {
    const phiStores = backup.covers.filter((c) => phi.has(c));
    return phiStores.length ? [{ backup, index, phiStores }] : [];
  });
}
