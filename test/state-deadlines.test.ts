// The state breach-deadline file: every row sourced and dated, the validator refusing rows that are not,
// every state and DC accounted for, and the strictest-deadline lookup.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  HIPAA_NOTICE_DAYS,
  LEFT_OUT_STATES,
  NOT_CHECKED_STATES,
  STATE_DEADLINES,
  STATE_DEADLINES_UPDATED,
  deadlineFor,
  strictestDeadline,
  type StateDeadline,
} from '../src/knowledge/state-deadlines.js';
import { STATES_AND_DC, validateStateDeadlines } from '../src/knowledge/state-deadlines-file.js';

const yamlPath = fileURLToPath(new URL('../src/hipaa/state-breach-deadlines.yaml', import.meta.url));
/** A fresh copy of the real file to edit. */
const fresh = () => parse(readFileSync(yamlPath, 'utf8')) as Record<string, any>;

describe('the state deadline file', () => {
  it('validates, from the YAML source and as built', () => {
    expect(() => validateStateDeadlines(fresh())).not.toThrow();
    expect(STATE_DEADLINES.length).toBeGreaterThan(0);
  });

  it('matches its YAML source (the generated copy is not stale)', () => {
    expect(STATE_DEADLINES).toEqual(fresh().states);
    expect(LEFT_OUT_STATES).toEqual(fresh().left_out);
  });

  it('gives every row a source and a checked date no later than the file itself, and not in the future', () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(STATE_DEADLINES_UPDATED <= today).toBe(true);
    for (const row of STATE_DEADLINES) {
      expect(row.source.length, row.state).toBeGreaterThan(0);
      for (const url of row.source) expect(url, row.state).toMatch(/^https?:\/\/\S+$/);
      expect(row.checked, row.state).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row.checked <= STATE_DEADLINES_UPDATED, row.state).toBe(true);
    }
  });

  it('has positive whole-day counts and a clock, citation and HIPAA note on every row', () => {
    for (const row of STATE_DEADLINES) {
      expect(Number.isInteger(row.days) && row.days > 0, row.state).toBe(true);
      expect(row.clock.trim(), row.state).not.toBe('');
      expect(row.citation.trim(), row.state).not.toBe('');
      expect(row.hipaa.trim(), row.state).not.toBe('');
    }
  });

  it('lists no state twice, nor both listed and left out', () => {
    const listed = STATE_DEADLINES.map((r) => r.state);
    const leftOut = LEFT_OUT_STATES.map((r) => r.state);
    expect(new Set(listed).size).toBe(listed.length);
    expect(new Set(leftOut).size).toBe(leftOut.length);
    expect(listed.filter((s) => leftOut.includes(s))).toEqual([]);
    expect(listed.filter((s) => NOT_CHECKED_STATES.includes(s))).toEqual([]);
    expect(leftOut.filter((s) => NOT_CHECKED_STATES.includes(s))).toEqual([]);
  });

  it('accounts for each of the 50 states and DC: listed, left out with a reason, or named as not checked', () => {
    const accounted = new Set([...STATE_DEADLINES.map((r) => r.state), ...LEFT_OUT_STATES.map((r) => r.state), ...NOT_CHECKED_STATES]);
    expect(STATES_AND_DC).toHaveLength(51);
    expect(STATES_AND_DC.filter((s) => !accounted.has(s))).toEqual([]);
    for (const row of LEFT_OUT_STATES) expect(row.why.trim(), row.state).not.toBe('');
  });
});

describe('validateStateDeadlines refuses', () => {
  const cases: Array<{ name: string; edit: (f: Record<string, any>) => void; error: RegExp }> = [
    { name: 'a row without source', edit: (f) => delete f.states[0].source, error: /states\[0\] \(\w\w\): has no source/ },
    { name: 'a row with an empty source list', edit: (f) => (f.states[0].source = []), error: /states\[0\] \(\w\w\): has no source/ },
    { name: 'a row without checked', edit: (f) => delete f.states[1].checked, error: /states\[1\] \(\w\w\): has no checked date/ },
    { name: 'a checked value that is not a date', edit: (f) => (f.states[0].checked = 'last week'), error: /checked must be a calendar date/ },
    { name: 'an impossible date', edit: (f) => (f.states[0].checked = '2026-02-30'), error: /checked must be a calendar date/ },
    { name: 'a checked date after the file date', edit: (f) => (f.states[0].checked = '2999-01-01'), error: /is after the file's updated date/ },
    { name: 'a duplicate state', edit: (f) => f.states.push({ ...f.states[0] }), error: /is already listed at states\[0\]/ },
    {
      name: 'a state both listed and left out',
      edit: (f) => f.left_out.push({ state: f.states[0].state, name: 'x', why: 'x' }),
      error: /left_out\[\d+\] \(\w\w\): \w\w is already listed at states\[0\]/,
    },
    { name: 'an unknown state code', edit: (f) => (f.states[0].state = 'ZZ'), error: /unknown state code "ZZ"/ },
    { name: 'zero days', edit: (f) => (f.states[0].days = 0), error: /days must be a whole number above 0/ },
    { name: 'negative days', edit: (f) => (f.states[0].days = -30), error: /days must be a whole number above 0/ },
    { name: 'fractional days', edit: (f) => (f.states[0].days = 29.5), error: /days must be a whole number above 0/ },
    { name: 'a source that is not an address', edit: (f) => (f.states[0].source = ['a law firm chart']), error: /\/states\/0\/source\/0/ },
    { name: 'a row without a citation', edit: (f) => delete f.states[0].citation, error: /\/states\/0\/citation/ },
    { name: 'an unknown field', edit: (f) => (f.states[0].stricter = true), error: /\/states\/0/ },
    { name: 'a left-out state without a reason', edit: (f) => delete f.left_out[0].why, error: /\/left_out\/0\/why/ },
  ];
  for (const { name, edit, error } of cases) {
    it(name, () => {
      const file = fresh();
      edit(file);
      expect(() => validateStateDeadlines(file)).toThrow(error);
    });
  }

  it('something that is not a file at all', () => {
    expect(() => validateStateDeadlines(null)).toThrow(/not a state-deadlines file/);
    expect(() => validateStateDeadlines([])).toThrow(/not a state-deadlines file/);
  });
});

describe('strictestDeadline', () => {
  const row = (state: string, days: number): StateDeadline => ({
    state,
    name: state,
    days,
    clock: 'discovery',
    citation: `${state} § 1`,
    hipaa: 'not stated in the sources checked',
    source: ['https://example.org/'],
    checked: '2026-01-01',
  });
  const rows = [row('TX', 60), row('OH', 45), row('FL', 30), row('CO', 30), row('WI', 45)];

  it('picks the smallest number of days among the given states', () => {
    expect(strictestDeadline(['TX', 'OH'], rows)).toMatchObject({ state: 'OH', days: 45, citation: 'OH § 1' });
    expect(strictestDeadline(['TX', 'WI', 'FL'], rows)?.state).toBe('FL');
  });

  it('breaks ties by state code', () => {
    expect(strictestDeadline(['FL', 'CO'], rows)?.state).toBe('CO');
    expect(strictestDeadline(['WI', 'OH', 'TX'], rows)?.state).toBe('OH');
  });

  it('ignores states without a row, and gives undefined when none has one', () => {
    expect(strictestDeadline(['NV', 'TX'], rows)?.state).toBe('TX');
    expect(strictestDeadline(['NV', 'UT'], rows)).toBeUndefined();
    expect(strictestDeadline([], rows)).toBeUndefined();
  });

  it('accepts codes in any case and with spaces', () => {
    expect(strictestDeadline([' oh ', 'tx'], rows)?.state).toBe('OH');
  });

  it('calls a deadline stricter than HIPAA only when it is under 60 days', () => {
    expect(HIPAA_NOTICE_DAYS).toBe(60);
    expect(strictestDeadline(['TX'], rows)?.stricterThanHipaa).toBe(false);
    expect(strictestDeadline(['OH'], rows)?.stricterThanHipaa).toBe(true);
  });

  it('reads the real file by default', () => {
    const someRow = STATE_DEADLINES[0]!;
    expect(strictestDeadline([someRow.state])).toMatchObject({ state: someRow.state, days: someRow.days, citation: someRow.citation });
    const shortest = Math.min(...STATE_DEADLINES.map((r) => r.days));
    expect(strictestDeadline(STATE_DEADLINES.map((r) => r.state))?.days).toBe(shortest);
  });
});

describe('deadlineFor', () => {
  it('finds a listed state, in any case', () => {
    const someRow = STATE_DEADLINES[0]!;
    expect(deadlineFor(someRow.state)).toBe(someRow);
    expect(deadlineFor(someRow.state.toLowerCase())).toBe(someRow);
  });

  it('finds nothing for a left-out or unchecked state', () => {
    for (const { state } of LEFT_OUT_STATES) expect(deadlineFor(state)).toBeUndefined();
    for (const state of NOT_CHECKED_STATES) expect(deadlineFor(state)).toBeUndefined();
  });
});
