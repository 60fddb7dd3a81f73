// How a due item is named in one short line (a calendar event's title, the text list's headline),
// and how many days away it is, in words.
import type { DueItem } from './items.js';

/** Headlines for the checks whose results are mostly about a date; any other check gets a generic one. */
const HEADLINES: Readonly<Record<string, (subject: string) => string>> = {
  'vendors.baa-expired': (s) => `BAA with ${s} expires`,
  'vendors.baa-expiring': (s) => `BAA with ${s} is due for renewal`,
  'training.current': (s) => `Training of ${s} falls due`,
  'transport.cert-expired': (s) => `Certificate of ${s} expires`,
  'transport.cert-expiring': (s) => `Certificate of ${s} is due for renewal`,
  'transport.cert-trusted': (s) => `Certificate of ${s} is no longer trusted`,
  'governance.waivers-current': (s) => `Waiver for ${s} expires`,
  'audits.risk-analysis-current': () => 'Risk analysis falls due',
  'audits.evaluation-current': () => 'Periodic evaluation falls due',
  'incident.drill': () => 'Incident response drill falls due',
  'backups.restore-tested': (s) => `Restore test of ${s} falls due`,
  'policies.reviewed': (s) => `Review of the policy "${s}" falls due`,
};

/** One line naming what happens on the item's day, without the check id. */
export function headline(item: DueItem): string {
  if (item.was === 'waived') return `Waiver for ${item.subject} (${item.checkId}) ends`;
  const known = HEADLINES[item.checkId];
  if (known) return known(item.subject);
  if (item.kind === 'attestation' && item.status === 'warn') return `Attestation ${item.subject} goes stale`;
  const turn = item.status === 'fail' ? 'No longer met' : item.status === 'warn' ? 'Warning' : 'To answer';
  return `${turn}: ${item.title} (${item.subject})`;
}

/** "today", "in 1 day", "in 40 days", "1 day ago", "580 days ago". */
export function whenWords(days: number): string {
  if (days === 0) return 'today';
  const n = Math.abs(days);
  const unit = `${n} day${n === 1 ? '' : 's'}`;
  return days > 0 ? `in ${unit}` : `${unit} ago`;
}

/** The status an item turns to, as the reports write it. */
export const STATUS_WORD: Readonly<Record<DueItem['status'], string>> = { fail: 'FAIL', warn: 'WARN', manual: 'MANUAL' };

/** Where the item comes from in the stack file: `stack.yaml:12:7`, or empty. */
export const locationWords = (item: DueItem): string =>
  item.location === null ? '' : `${item.location.file}:${item.location.line}:${item.location.column}`;

/** The items already due, and those coming due in the window. */
export function split(items: readonly DueItem[]): { overdue: DueItem[]; coming: DueItem[] } {
  return { overdue: items.filter((i) => i.overdue), coming: items.filter((i) => !i.overdue) };
}
