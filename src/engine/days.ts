// Calendar days as ISO `YYYY-MM-DD` strings, compared as days with no time zone: what checks use
// instead of the clock. The arithmetic lives in src/days.ts (below the stack layer, which needs it
// too); this module re-exports it and adds where a periodic activity stands.
import { addMonths, dayNumber } from '../days.js';

export { addDays, addMonths, daysBetween, dayNumber, today } from '../days.js';

/** Where a periodic activity stands on the audit day. */
export type Recurrence =
  | { state: 'missing' }
  | { state: 'future'; day: string }
  | { state: 'overdue'; day: string; due: string }
  | { state: 'current'; day: string; due: string };

/**
 * Where an activity last done on `day` (and repeated every `months` months) stands on `now`: never
 * done, dated in the future, overdue, or current. The due day itself is still on time.
 */
export function recurrence(day: string | null | undefined, now: string, months: number): Recurrence {
  if (!day) return { state: 'missing' };
  if (dayNumber(day) > dayNumber(now)) return { state: 'future', day };
  const due = addMonths(day, months);
  return dayNumber(due) < dayNumber(now) ? { state: 'overdue', day, due } : { state: 'current', day, due };
}
