// The window of `due --within`: a number of days, written `<n>d` (`90d`).
import { UsageError } from '../errors.js';
import { sanitizeLine } from '../report/sanitize.js';

/** Ten years: far enough for any BAA term, and every day in it is searched. */
export const MAX_WITHIN_DAYS = 3660;

/** `90d` -> 90; anything else is a UsageError naming the value and the form to use. */
export function parseWithin(value: string): number {
  const m = /^(\d{1,5})d$/.exec(value.trim());
  const days = m ? Number(m[1]) : Number.NaN;
  if (!(days >= 1 && days <= MAX_WITHIN_DAYS)) {
    const shown = sanitizeLine(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    throw new UsageError(`--within '${shown}' is not a window of days — write <n>d with n from 1 to ${MAX_WITHIN_DAYS}, e.g. --within 90d`);
  }
  return days;
}
