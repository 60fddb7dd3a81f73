// State breach-notification deadlines (src/hipaa/state-breach-deadlines.yaml, built to JSON at build time,
// after state-deadlines-file.ts has validated it): the rows, and the lookup that picks the strictest
// deadline among the states a practice operates in.
import data from './state-deadlines.generated.json' with { type: 'json' };
import type { LeftOutState, StateDeadline, StateDeadlinesFile } from './state-deadlines-file.js';

export type { LeftOutState, StateDeadline, StateDeadlinesFile } from './state-deadlines-file.js';

/** HIPAA's outer limit for notice to individuals (45 CFR 164.404(b)): a state row under it is stricter. */
export const HIPAA_NOTICE_DAYS = 60;

/** Validated by the build (scripts/build.mjs runs validateStateDeadlines before writing the copy). */
const FILE_DATA = data as StateDeadlinesFile;

export const STATE_DEADLINES: readonly StateDeadline[] = FILE_DATA.states;
export const LEFT_OUT_STATES: readonly LeftOutState[] = FILE_DATA.left_out;
export const NOT_CHECKED_STATES: readonly string[] = FILE_DATA.not_checked.states;
/** The date of the newest check in the file. */
export const STATE_DEADLINES_UPDATED: string = FILE_DATA.updated;

const byCode = new Map(STATE_DEADLINES.map((row) => [row.state, row]));
const normalize = (code: string) => code.trim().toUpperCase();

/** The row for one USPS code (any case), or undefined when the file has none. */
export const deadlineFor = (code: string): StateDeadline | undefined => byCode.get(normalize(code));

export interface AppliedDeadline {
  state: string;
  name: string;
  days: number;
  citation: string;
  clock: string;
  hipaa: string;
  /** Under HIPAA's 60 days; a row at 60 or more binds no sooner than HIPAA does. */
  stricterThanHipaa: boolean;
}

/**
 * The shortest deadline among the given states (ties go to the first state code in alphabetical order),
 * or undefined when none of them has a row. Only the number of days is compared: the clocks start at
 * different events, which the row's `clock` says.
 */
export function strictestDeadline(states: readonly string[], rows: readonly StateDeadline[] = STATE_DEADLINES): AppliedDeadline | undefined {
  const wanted = new Set(states.map(normalize));
  let best: StateDeadline | undefined;
  for (const row of rows) {
    if (!wanted.has(row.state)) continue;
    if (!best || row.days < best.days || (row.days === best.days && row.state < best.state)) best = row;
  }
  if (!best) return undefined;
  const { state, name, days, citation, clock, hipaa } = best;
  return { state, name, days, citation, clock, hipaa, stricterThanHipaa: days < HIPAA_NOTICE_DAYS };
}
