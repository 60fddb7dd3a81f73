// `due` runs a check once for every day when its findings cannot depend on the day (it did not read
// `now`): the same findings, fewer runs. A check that reads `now` runs on every day asked for.
import { describe, expect, it } from 'vitest';
import { defineCheck, type CheckContext, type CheckMeta } from '../src/index.js';
import { makeEvaluator, onceIfUndated } from '../src/due/evaluate.js';
import { baseStack } from './helpers/cases.js';

const meta = (id: string): CheckMeta => ({
  id,
  title: `Title of ${id}`,
  area: 'audits',
  severity: 'medium',
  hipaa: ['164.308(a)(8)'],
  obligation: 'practice',
  basis: 'a test',
  rationale: 'A rationale long enough for the check contract to accept it.',
  remediation: 'A remediation long enough for the check contract to accept it.',
  needs: ['stack'],
});

describe('onceIfUndated', () => {
  it('runs a check that never reads now once, and one that does on every call', () => {
    const calls = { undated: 0, dated: 0, sometimes: 0 };
    const undated = onceIfUndated(defineCheck({ meta: meta('audits.undated'), run: () => (calls.undated++, [{ status: 'pass', subject: 'x', message: 'x.' }]) }));
    const dated = onceIfUndated(defineCheck({ meta: meta('audits.dated'), run: ({ now }) => (calls.dated++, [{ status: now < '2027-01-01' ? 'pass' : 'fail', subject: 'x', message: now }]) }));
    // Reads now only when the stack has staff: with staff, it is dated on every day.
    const sometimes = onceIfUndated(
      defineCheck({ meta: meta('audits.sometimes'), run: (ctx) => (calls.sometimes++, [{ status: 'pass', subject: 'x', message: ctx.stack.staff?.length ? ctx.now : 'no staff.' }]) }),
    );
    const ctx = (now: string): CheckContext => ({ stack: baseStack(), facts: { documents: {} }, now, options: { offline: true } });
    const days = ['2026-11-28', '2027-02-01', '2027-06-30'];
    const seen = days.map((d) => [undated.run(ctx(d)), dated.run(ctx(d)), sometimes.run(ctx(d))]);
    expect(calls).toEqual({ undated: 1, dated: 3, sometimes: 3 });
    expect(seen.map((s) => s[1]![0]!.status)).toEqual(['pass', 'fail', 'fail']);
    expect(seen.map((s) => s[2]![0]!.message)).toEqual(days);
    expect(seen[2]![0]).toBe(seen[0]![0]);
  });

  it('gives the evaluator the same results as running the checks afresh every day', () => {
    const stack = baseStack();
    const check = defineCheck({ meta: meta('audits.fixed'), run: () => [{ status: 'fail', subject: 'Risk analysis', message: 'Always.' }] });
    const evaluator = makeEvaluator({ checks: [check], stack: { ...stack, waivers: [{ check: 'audits.fixed', subject: 'Risk analysis', reason: 'Booked', approved_by: 'Ana Lima', expires: '2027-01-31' }] }, facts: { documents: {} }, offline: true });
    // The check's findings are the same every day; the waiver still lapses on its own day.
    expect(evaluator.resultsAt('2027-01-31').get('audits.fixed\u0000Risk analysis')!.status).toBe('waived');
    expect(evaluator.resultsAt('2027-02-01').get('audits.fixed\u0000Risk analysis')!.status).toBe('fail');
  });
});
