// How every command reads its flag values: one message shape for a bad value ("'x' is not …"),
// which commander prints as one line with exit 2.
import { InvalidArgumentError, Option } from 'commander';
import { DEFAULT_PROFILE, PROFILE_IDS } from '../engine/profiles.js';

export const SEVERITY_CHOICES = ['critical', 'high', 'medium', 'low', 'none'];

/** --profile: the rules a run measures against; a proposal's checks are marked as proposed, not law, wherever they appear. */
export const profileOption = (): Option =>
  new Option(
    '--profile <name>',
    'the rules to measure against: current (the rules in force) or proposed-2025 (also the January 2025 proposed Security Rule changes, marked as proposed, not law)',
  )
    .choices(PROFILE_IDS)
    .default(DEFAULT_PROFILE);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day, YYYY-MM-DD, that exists. */
export function parseDay(value: string): string {
  const d = new Date(`${value}T00:00:00Z`);
  if (!DAY.test(value) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw new InvalidArgumentError(`'${value}' is not a calendar date — write YYYY-MM-DD, e.g. 2026-01-31.`);
  }
  return value;
}

/** A number from `min` to `max` (a whole one when `whole`), or "'value' is not <what>." */
export function parseNumber(value: string, min: number, max: number, what: string, whole = false): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < min || n > max || (whole && !Number.isInteger(n))) {
    throw new InvalidArgumentError(`'${value}' is not ${what}.`);
  }
  return n;
}

export const parseScore = (value: string): number => parseNumber(value, 0, 100, 'a score — give a number from 0 to 100');
const SECONDS = 'a number of seconds — give a number from 0.1 to 600';
/** A time limit: more than 0, at most 600 seconds. */
export function parseSeconds(value: string): number {
  const n = parseNumber(value, 0, 600, SECONDS);
  if (n <= 0) throw new InvalidArgumentError(`'${value}' is not ${SECONDS}.`);
  return n;
}
export const parseCount = (value: string): number => parseNumber(value, 1, 256, 'a whole number from 1 to 256', true);

/** A repeatable flag's values, in order. */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** The "Examples:" block of a command's --help. */
export const examples = (...lines: string[]): string => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
