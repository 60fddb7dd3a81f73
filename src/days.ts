// Calendar days as ISO `YYYY-MM-DD` strings, compared as days with no time zone: what checks use
// instead of the clock. Pure date arithmetic with no imports, so that every layer (the stack's
// queries as well as the engine) can use it; src/engine/days.ts re-exports it.
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

// Stacks repeat the same few dates thousands of times (training days, the audit day).
const dayCache = new Map<string, number>();

/** A day as a count of days since 1970-01-01, or NaN when it is not a real calendar day. */
export function dayNumber(day: string): number {
  let n = dayCache.get(day);
  if (n === undefined) {
    if (dayCache.size > 10_000) dayCache.clear();
    n = computeDayNumber(day);
    dayCache.set(day, n);
  }
  return n;
}

function computeDayNumber(day: string): number {
  const m = DAY.exec(day);
  if (!m) return Number.NaN;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return Number.NaN;
  return ms / MS_PER_DAY;
}

function fromNumber(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

const monthsCache = new Map<string, string>();

/** The same day `months` later, clamped to the month's end (2024-01-31 + 1 month = 2024-02-29). */
export function addMonths(day: string, months: number): string {
  const key = `${day}+${months}`;
  let result = monthsCache.get(key);
  if (result === undefined) {
    if (monthsCache.size > 10_000) monthsCache.clear();
    result = computeAddMonths(day, months);
    monthsCache.set(key, result);
  }
  return result;
}

function computeAddMonths(day: string, months: number): string {
  const n = dayNumber(day);
  if (Number.isNaN(n)) throw new RangeError(`not a day: ${day}`);
  const d = new Date(n * MS_PER_DAY);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return fromNumber(target.getTime() / MS_PER_DAY);
}

export const addDays = (day: string, days: number): string => fromNumber(dayNumber(day) + days);


/** Today as a day on the machine's local calendar (what the person running the audit calls today). */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
