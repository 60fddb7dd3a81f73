// The engine: isolation of checks, waivers, scoring and the gate.
import { describe, expect, it } from 'vitest';
import { defineCheck, type Check, type CheckMeta, type Finding, type Severity } from '../src/index.js';
import { runChecks, type CheckResult } from '../src/engine/run.js';
import { evaluateGate, gradeFor, scoreResults } from '../src/engine/score.js';
import { baseStack } from './helpers/cases.js';

const meta = (id: string, severity: Severity = 'high', extra: Partial<CheckMeta> = {}): CheckMeta => ({
  id,
  title: `Title of ${id}`,
  area: id.split('.')[0] as CheckMeta['area'],
  severity,
  hipaa: ['164.312(b)'],
  obligation: 'required',
  basis: '45 CFR 164.312(b)',
  rationale: 'Because.',
  remediation: 'Do the thing.',
  needs: ['stack'],
  ...extra,
});

const fixed = (id: string, findings: Finding[], severity: Severity = 'high'): Check =>
  defineCheck({ meta: meta(id, severity), run: () => findings });

const f = (subject: string, status: Finding['status']): Finding => ({ subject, status, message: `${subject} is ${status}.` });

function run(checks: Check[], waivers: Array<{ check: string; subject: string; expires: string }> = [], now = '2026-11-28') {
  const stack = baseStack();
  stack.waivers = waivers.map((w) => ({ ...w, reason: 'Accepted for now', approved_by: 'Ana Lima' }));
  return runChecks({ checks, stack, facts: { documents: {} }, now, options: { offline: false } });
}

const brief = (results: CheckResult[]) => results.map((r) => [r.meta.id, r.subject, r.status]);

describe('runChecks', () => {
  it('turns a throwing check into an error result and goes on with the others', () => {
    const boom = defineCheck({ meta: meta('access.boom'), run: () => { throw new Error('kaput'); } });
    const results = run([boom, fixed('access.ok', [f('a', 'pass')])]);
    expect(brief(results)).toEqual([
      ['access.boom', '(check)', 'error'],
      ['access.ok', 'a', 'pass'],
    ]);
    expect(results[0]!.message).toMatch(/kaput.*unknown, not passed/);
  });

  it('refuses statuses only the engine may assign, and malformed findings', () => {
    const cheat = fixed('access.cheat', [{ subject: 'x', status: 'waived' as Finding['status'], message: 'I waive myself.' }]);
    const notList = defineCheck({ meta: meta('access.not-list'), run: () => ({}) as unknown as Finding[] });
    const noSubject = fixed('access.no-subject', [{ subject: '', status: 'pass', message: 'Fine.' }]);
    const badPath = fixed('access.bad-path', [{ subject: 's', status: 'pass', message: 'Fine.', path: 'vendors/0' }]);
    expect(run([cheat, notList, noSubject, badPath]).map((r) => r.status)).toEqual(['error', 'error', 'error', 'error']);
  });

  it('reports a check with nothing to judge as not_applicable', () => {
    expect(brief(run([fixed('access.empty', [])]))).toEqual([['access.empty', '(check)', 'not_applicable']]);
  });

  it('skips endpoint checks when offline', () => {
    const live = defineCheck({ meta: meta('endpoints.live', 'high', { needs: ['endpoints'] }), run: () => [f('x', 'fail')] });
    const results = runChecks({ checks: [live], stack: baseStack(), facts: { documents: {} }, now: '2026-11-28', options: { offline: true } });
    expect(brief(results)).toEqual([['endpoints.live', '(check)', 'not_applicable']]);
  });

  it('reports a finding whose fact could not be gathered as an error, never a pass', () => {
    const check = fixed('endpoints.probe', [{ subject: 'https://x.example', status: 'pass', message: 'Looks fine.', unavailable: 'the TLS handshake timed out after 5 s' }]);
    const results = runChecks({ checks: [check], stack: baseStack(), facts: { documents: {}, endpoints: {} }, now: '2026-11-28', options: { offline: false } });
    expect(results.map((r) => [r.status, r.message])).toEqual([['error', 'Could not be checked: the TLS handshake timed out after 5 s.']]);
  });

  it('runs endpoint checks on replayed facts even when offline', () => {
    const live = defineCheck({ meta: meta('endpoints.live', 'high', { needs: ['endpoints'] }), run: () => [f('x', 'fail')] });
    const results = runChecks({ checks: [live], stack: baseStack(), facts: { documents: {}, endpoints: {} }, now: '2026-11-28', options: { offline: true } });
    expect(brief(results)).toEqual([['endpoints.live', 'x', 'fail']]);
  });

  it('waives fail and warn findings that match a current waiver on check id and subject', () => {
    const check = fixed('encryption.disk', [f('PC', 'fail'), f('iPad', 'warn'), f('Server', 'fail'), f('Laptop', 'pass')]);
    const results = run([check], [
      { check: 'encryption.disk', subject: 'PC', expires: '2026-11-28' }, // in force through its expiry day
      { check: 'encryption.disk', subject: 'iPad', expires: '2027-01-01' },
      { check: 'encryption.other', subject: 'Server', expires: '2027-01-01' }, // other check: no match
      { check: 'encryption.disk', subject: 'Laptop', expires: '2027-01-01' }, // a pass is never waived
    ]);
    expect(results.map((r) => r.status)).toEqual(['waived', 'waived', 'fail', 'pass']);
    expect(results[0]!.waiver).toEqual({ reason: 'Accepted for now', approvedBy: 'Ana Lima', expires: '2026-11-28' });
  });

  it('applies no expired waiver', () => {
    const results = run([fixed('encryption.disk', [f('PC', 'fail')])], [{ check: 'encryption.disk', subject: 'PC', expires: '2026-11-27' }]);
    expect(results[0]!.status).toBe('fail');
    expect(results[0]!.waiver).toBeUndefined();
  });

  it('never waives an error', () => {
    const boom = defineCheck({ meta: meta('access.boom'), run: () => { throw new Error('x'); } });
    expect(run([boom], [{ check: 'access.boom', subject: '(check)', expires: '2030-01-01' }])[0]!.status).toBe('error');
  });
});

describe('scoreResults', () => {
  it('weights checks by severity and averages each check over its subjects', () => {
    // high (5): 1 of 2 pass -> 0.5; low (1): warn -> 0.5; medium (3): pass -> 1
    const results = run([
      fixed('access.a', [f('x', 'pass'), f('y', 'fail')], 'high'),
      fixed('access.b', [f('x', 'warn')], 'low'),
      fixed('network.c', [f('x', 'pass'), f('y', 'manual'), f('z', 'not_applicable')], 'medium'),
    ]);
    const score = scoreResults(results);
    expect(score.value).toBeCloseTo((100 * (5 * 0.5 + 1 * 0.5 + 3 * 1)) / 9, 1);
    expect(score.areas.map((a) => [a.id, a.score])).toEqual([
      ['access', 50],
      ['network', 100],
    ]);
    expect(score.counts).toEqual({ pass: 2, fail: 1, warn: 1, manual: 1, not_applicable: 1, error: 0, waived: 0, alternative: 0 });
  });

  it('counts an error as zero credit, never as a pass', () => {
    const boom = defineCheck({ meta: meta('access.boom'), run: () => { throw new Error('x'); } });
    expect(scoreResults(run([boom, fixed('access.ok', [f('a', 'pass')])])).value).toBe(50);
  });

  it('gives manual, not_applicable and waived results no weight', () => {
    const results = run(
      [fixed('access.a', [f('x', 'pass')]), fixed('access.b', [f('x', 'manual')]), fixed('access.c', [f('x', 'fail')], 'critical')],
      [{ check: 'access.c', subject: 'x', expires: '2027-01-01' }],
    );
    const score = scoreResults(results);
    expect(score.value).toBe(100);
    expect(score.grade).toBe('A');
    expect(score.capped).toBe(false);
  });

  it('caps the grade at D while a critical check fails', () => {
    const results = run([
      ...Array.from({ length: 30 }, (_, i) => fixed(`access.ok-${i}`, [f('x', 'pass')], 'critical')),
      fixed('vendors.bad', [f('x', 'fail')], 'critical'),
    ]);
    const score = scoreResults(results);
    expect(score.value).toBeGreaterThan(90);
    expect(score.uncappedGrade).toBe('A');
    expect(score.grade).toBe('D');
    expect(score.capped).toBe(true);
  });

  it('does not raise a grade that is already worse than the cap', () => {
    const score = scoreResults(run([fixed('vendors.bad', [f('x', 'fail')], 'critical')]));
    expect([score.value, score.grade, score.capped]).toEqual([0, 'F', false]);
  });

  it('grades on the published boundaries', () => {
    expect([90, 89.9, 80, 79.9, 70, 60, 59.9, 0].map(gradeFor)).toEqual(['A', 'B', 'B', 'C', 'C', 'D', 'F', 'F']);
  });

  it('gives an area with nothing counted no score', () => {
    const score = scoreResults(run([fixed('access.a', [f('x', 'manual')])]));
    expect(score.areas).toEqual([expect.objectContaining({ id: 'access', score: null })]);
  });
});

describe('evaluateGate', () => {
  const results = run([
    fixed('access.low', [f('x', 'fail')], 'low'),
    fixed('access.high', [f('x', 'warn')], 'high'),
  ]);
  const score = scoreResults(results);
  it('fails on any un-waived failure by default (fail-on low)', () => {
    expect(evaluateGate(results, score, 'low', null)).toMatchObject({ passed: false, reasons: ['1 failed result(s) of severity low or higher'] });
  });
  it('ignores failures below --fail-on and warnings', () => {
    expect(evaluateGate(results, score, 'medium', null).passed).toBe(true);
    expect(evaluateGate(results, score, 'none', null).passed).toBe(true);
  });
  it('fails under --fail-under', () => {
    expect(evaluateGate(results, score, 'none', score.value + 0.1).passed).toBe(false);
    expect(evaluateGate(results, score, 'none', score.value).passed).toBe(true);
  });
  it('fails on check errors too', () => {
    const boom = defineCheck({ meta: meta('access.boom', 'medium'), run: () => { throw new Error('x'); } });
    const r = run([boom]);
    expect(evaluateGate(r, scoreResults(r), 'medium', null).reasons).toEqual(['1 check error(s) of severity medium or higher']);
  });
});
