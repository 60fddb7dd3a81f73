// Calendar-day arithmetic and the shared stack questions checks rely on.
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, baaStatus, daysBetween, dayNumber, recurrence } from '../src/index.js';
import { today } from '../src/engine/days.js';

describe('days', () => {
  it('rejects strings that are not real calendar days', () => {
    for (const bad of ['2026-02-29', '2026-13-01', '2026-1-1', '26-01-01', '2026-01-01T00:00', '']) {
      expect(Number.isNaN(dayNumber(bad)), bad).toBe(true);
    }
    expect(dayNumber('2024-02-29')).not.toBeNaN();
  });

  it('adds months clamped to the end of the month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15');
    expect(() => addMonths('nope', 1)).toThrow(RangeError);
  });

  it('counts whole days across years and leap days', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-11-28', '2026-11-28')).toBe(0);
    expect(daysBetween('2027-01-01', '2026-12-31')).toBe(-1);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('gives today as a local calendar day', () => {
    expect(today()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('recurrence', () => {
  it('tells missing, future, current (through the due day) and overdue apart', () => {
    expect(recurrence(undefined, '2026-11-28', 12)).toEqual({ state: 'missing' });
    expect(recurrence(null, '2026-11-28', 12)).toEqual({ state: 'missing' });
    expect(recurrence('2026-11-29', '2026-11-28', 12)).toEqual({ state: 'future', day: '2026-11-29' });
    expect(recurrence('2025-11-28', '2026-11-28', 12)).toEqual({ state: 'current', day: '2025-11-28', due: '2026-11-28' });
    expect(recurrence('2025-11-27', '2026-11-28', 12)).toEqual({ state: 'overdue', day: '2025-11-27', due: '2026-11-27' });
    expect(recurrence('2026-11-28', '2026-11-28', 1)).toEqual({ state: 'current', day: '2026-11-28', due: '2026-12-28' });
  });
});

describe('baaStatus', () => {
  const vendor = (baa: { signed?: string | null; expires?: string | null } | undefined) => ({ name: 'V', phi: true, ...(baa ? { baa } : {}) });
  it('reads none, not yet in force, in force (evergreen or dated) and expired', () => {
    expect(baaStatus(vendor(undefined), '2026-11-28')).toEqual({ state: 'none' });
    expect(baaStatus(vendor({ signed: null }), '2026-11-28')).toEqual({ state: 'none' });
    expect(baaStatus(vendor({ signed: '2026-11-29' }), '2026-11-28')).toEqual({ state: 'not-yet', signed: '2026-11-29' });
    expect(baaStatus(vendor({ signed: '2025-01-01' }), '2026-11-28')).toEqual({ state: 'in-force', signed: '2025-01-01', expires: null, daysLeft: null });
    expect(baaStatus(vendor({ signed: '2025-01-01', expires: '2026-11-28' }), '2026-11-28')).toEqual({ state: 'in-force', signed: '2025-01-01', expires: '2026-11-28', daysLeft: 0 });
    expect(baaStatus(vendor({ signed: '2025-01-01', expires: '2026-11-27' }), '2026-11-28')).toEqual({ state: 'expired', signed: '2025-01-01', expires: '2026-11-27' });
  });
});
