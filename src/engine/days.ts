// Calendar days as ISO `YYYY-MM-DD` strings, compared as days with no time zone: what checks use
// instead of the clock.
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** A day as a count of days since 1970-01-01, or NaN when it is not a real calendar day. */
export function dayNumber(day: string): number {
  const m = DAY.exec(day);
  if (!m) return Number.NaN;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return Number.NaN;
  return ms / MS_PER_DAY;
}

export const isDay = (value: string): boolean => !Number.isNaN(dayNumber(value));

function fromNumber(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The same day `months` later, clamped to the month's end (2024-01-31 + 1 month = 2024-02-29). */
export function addMonths(day: string, months: number): string {
  const n = dayNumber(day);
  if (Number.isNaN(n)) throw new RangeError(`not a day: ${day}`);
  const d = new Date(n * MS_PER_DAY);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return fromNumber(target.getTime() / MS_PER_DAY);
}

export const addDays = (day: string, days: number): string => fromNumber(dayNumber(day) + days);

/** True when `now` is at most `months` calendar months after `day` (a `day` after `now` is also true). */
export function isWithinMonths(day: string, now: string, months: number): boolean {
  return dayNumber(addMonths(day, months)) >= dayNumber(now);
}

/** The day a thing done on `day` falls due again, every `months` months. */
export const dueDay = (day: string, months: number): string => addMonths(day, months);

/** Today as a day on the machine's local calendar (what the person running the audit calls today). */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
