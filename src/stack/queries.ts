// Questions about the stack that several checks ask the same way.
import { dayNumber } from '../days.js';
import type { Backup, Policy, Stack, Vendor } from './schema.js';

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

/** Periodic work whose interval is the practice's policy: HIPAA says "periodic" and fixes none. */
export type ScheduledWork = 'risk_analysis' | 'evaluation' | 'training' | 'policy_review' | 'restore_test' | 'drill';

/** hipaa-hero's defaults, used where the stack file sets no policy of its own. */
export const DEFAULT_INTERVAL_MONTHS: Readonly<Record<ScheduledWork, number>> = {
  risk_analysis: 12,
  evaluation: 12,
  training: 12,
  policy_review: 12,
  restore_test: 12,
  drill: 12,
};

export interface PolicyInterval {
  months: number;
  /** Where it was set (`schedule.risk_analysis_months`, the older `audits.interval_months`), or null for the default. */
  setBy: string | null;
  /** The key a practice sets to make the interval its own. */
  key: string;
}

/** The practice's interval for a piece of periodic work: `schedule.*`, then the older keys, then the default. */
export function policyInterval(stack: Stack, work: ScheduledWork): PolicyInterval {
  const key = `schedule.${work}_months`;
  const own = stack.schedule?.[`${work}_months`];
  if (own !== undefined) return { months: own, setBy: key, key };
  const older =
    work === 'training'
      ? { value: stack.training?.interval_months, key: 'training.interval_months' }
      : work === 'risk_analysis' || work === 'evaluation'
        ? { value: stack.audits?.interval_months, key: 'audits.interval_months' }
        : undefined;
  if (older?.value !== undefined) return { months: older.value, setBy: older.key, key };
  return { months: DEFAULT_INTERVAL_MONTHS[work], setBy: null, key };
}

/** "every 12 months (the practice's own policy, `schedule.x`)" or "every 12 months (hipaa-hero's default; set `schedule.x` …)". */
export function intervalWords(interval: PolicyInterval): string {
  return interval.setBy
    ? `every ${interval.months} months (the practice's own policy, \`${interval.setBy}\`)`
    : `every ${interval.months} months (hipaa-hero's default, not a HIPAA rule; set \`${interval.key}\` to state the practice's policy)`;
}

/** The first written policy whose `covers` lists one of `topics` (case-insensitive), with its index. */
export function policyCovering(stack: Stack, topics: readonly string[]): { policy: Policy; index: number } | undefined {
  const wanted = new Set(topics.map((t) => t.toLowerCase()));
  const policies = stack.policies ?? [];
  const index = policies.findIndex((p) => p.covers.some((c) => wanted.has(c.trim().toLowerCase())));
  return index < 0 ? undefined : { policy: policies[index]!, index };
}
