// The engine: isolation of checks, waivers, scoring and the gate.
import { describe, expect, it } from 'vitest';
import { defineCheck, type Check, type CheckContext, type CheckMeta, type Finding, type Json, type Severity } from '../src/index.js';
import { runChecks, type CheckResult } from '../src/engine/run.js';
import type { Facts } from '../src/gather/facts.js';
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
    expect(brief(results)).toEqual([['endpoints.live', '(check)', 'not_judged']]);
    expect(results[0]!.message).toMatch(/^Not judged: .*--offline/);
  });

  describe('one cause, one error', () => {
    const url = 'https://book.clinic.test';
    const owner = fixed('transport.owner', [{ subject: url, status: 'fail', message: 'x', unavailable: 'the probe failed: connection refused' }]);
    const follower = (explainedBy: string) =>
      fixed('transport.follower', [{ subject: url, status: 'pass', message: 'x', unavailable: 'the probe failed: connection refused', explainedBy }]);
    const facts = { documents: {}, endpoints: {} };
    const run = (checks: Check[], f: Facts = facts) => runChecks({ checks, stack: baseStack(), facts: f, now: '2026-11-28', options: { offline: false } });

    it('reports the cause once, as the owner\'s error; a check that names the owner is not judged', () => {
      const results = run([owner, follower('transport.owner')]);
      expect(results.map((r) => [r.meta.id, r.status])).toEqual([['transport.owner', 'error'], ['transport.follower', 'not_judged']]);
      expect(results[1]!.message).toBe('Not judged: the probe failed: connection refused (transport.owner reports it).');
    });

    it('keeps the error when the named owner did not run, did not error on that subject, or is the check itself', () => {
      expect(run([follower('transport.owner')]).map((r) => r.status)).toEqual(['error']);
      const judged = fixed('transport.owner', [{ subject: url, status: 'pass', message: 'Fine.' }]);
      expect(run([judged, follower('transport.owner')]).map((r) => r.status)).toEqual(['pass', 'error']);
      const elsewhere = fixed('transport.owner', [{ subject: 'https://other.test', status: 'fail', message: 'x', unavailable: 'refused' }]);
      expect(run([elsewhere, follower('transport.owner')]).map((r) => r.status)).toEqual(['error', 'error']);
      expect(run([follower('transport.follower')]).map((r) => r.status)).toEqual(['error']);
    });

    it('judges nothing on a placeholder endpoint and reports no error for it', () => {
      const placeholder = { documents: {}, endpoints: { [url]: { url, host: 'book.clinic.test', port: 443, placeholder: 'book.clinic.test is a placeholder' } } };
      const results = run([owner, follower('transport.owner')], placeholder);
      expect(results.map((r) => r.status)).toEqual(['not_judged', 'not_judged']);
      expect(results[0]!.message).toBe(`Not judged: ${url} was not probed (book.clinic.test is a placeholder).`);
    });

    it('refuses an explainedBy that is not a check id or has no unavailable reason beside it', () => {
      const bad = fixed('transport.bad', [{ subject: url, status: 'pass', message: 'x', explainedBy: 'transport.owner' }]);
      expect(run([bad]).map((r) => [r.status, r.message])).toEqual([['error', expect.stringMatching(/explainedBy "transport\.owner" is not a check id beside an unavailable reason/)]]);
      const notId = fixed('transport.bad', [{ subject: url, status: 'pass', message: 'x', unavailable: 'u', explainedBy: 'Not An Id' }]);
      expect(run([notId]).map((r) => r.status)).toEqual(['error']);
    });
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

describe('runChecks: what a check is given and what it hands back', () => {
  const ok = (results: CheckResult[], id: string) => results.filter((r) => r.meta.id === id);
  const errorOf = (results: CheckResult[], id: string) => {
    const mine = ok(results, id);
    expect(mine.map((r) => [r.status, r.subject])).toEqual([['error', '(check)']]);
    return mine[0]!.message;
  };

  it('gives every check a frozen view: a check that sorts first cannot change what the others read', () => {
    const attempts: Array<[string, (ctx: CheckContext) => void]> = [
      ['staff mfa', (ctx) => { ctx.stack.staff![0]!.mfa = !ctx.stack.staff![0]!.mfa; }],
      ['add a staff member', (ctx) => { ctx.stack.staff!.push({ ...ctx.stack.staff![0]!, account: 'extra' }); }],
      ['BAA', (ctx) => { ctx.stack.vendors![0]!.baa = { signed: '2020-01-01' }; }],
      ['facts', (ctx) => { (ctx.facts as { endpoints?: unknown }).endpoints = {}; }],
      ['documents', (ctx) => { (ctx.facts.documents as Record<string, unknown>)['x.pdf'] = { path: 'x.pdf', exists: true }; }],
      ['now', (ctx) => { (ctx as { now: string }).now = '2000-01-01'; }],
      ['options', (ctx) => { (ctx.options as { offline: boolean }).offline = true; }],
      ['waivers', (ctx) => { (ctx.stack as { waivers?: unknown[] }).waivers = []; }],
    ];
    const reader = defineCheck({
      meta: meta('vendors.reader'),
      run: ({ stack, facts, now, options }) => [f(JSON.stringify([stack.staff, stack.vendors, facts, now, options, stack.waivers]), 'pass')],
    });
    const clean = run([reader])[0]!.subject;
    for (const [name, mutate] of attempts) {
      const tamper = defineCheck({ meta: meta('access.0-tamper'), run: (ctx) => { mutate(ctx); return [f('tampered', 'pass')]; } });
      const results = run([tamper, reader]);
      // Modules are strict code: writing to frozen data throws, so the attempt is the tamperer's own error.
      expect(errorOf(results, 'access.0-tamper'), name).toMatch(/Cannot (assign|add|define)|read.only|not extensible/);
      expect(ok(results, 'vendors.reader')[0]!.subject, name).toBe(clean);
    }
  });

  it('turns whatever a check throws into an error with a safe one-line message', () => {
    const unreadable = new Error('x');
    Object.defineProperty(unreadable, 'message', { get() { throw new Error('gotcha'); } });
    const hostileProxy = new Proxy({}, { get() { throw new Error('trap'); }, getPrototypeOf() { throw new Error('trap'); } });
    const thrown: Array<[unknown, RegExp]> = [
      [Object.create(null), /a value with no message was thrown/],
      [unreadable, /a value was thrown whose message cannot be read/],
      [hostileProxy, /a value was thrown whose message cannot be read/],
      [Symbol('s'), /a symbol was thrown/],
      [undefined, /undefined was thrown/],
      [10n, /10n was thrown/],
      [new Error(`first line\nsecond line ${'x'.repeat(500)}`), /\(first line\); its result is unknown/],
    ];
    for (const [value, expected] of thrown) {
      const boom = defineCheck({ meta: meta('access.boom'), run: () => { throw value; } });
      const results = run([boom, fixed('access.ok', [f('a', 'pass')])]);
      expect(errorOf(results, 'access.boom')).toMatch(expected);
      expect(brief(results)[1]).toEqual(['access.ok', 'a', 'pass']);
    }
  });

  it('refuses evidence that is not plain JSON, each as that check\'s error', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    const throwingGetter = Object.defineProperty({}, 'x', { enumerable: true, get() { throw new Error('getter says no'); } });
    class Point { x = 1; }
    const cases: Array<[string, unknown, RegExp]> = [
      ['circular', circular, /evidence is not plain JSON \(a circular reference\)/],
      ['BigInt', { n: 10n }, /\(a BigInt\)/],
      ['function', { f: () => 1 }, /\(a function\)/],
      ['symbol', [Symbol('s')], /\(a symbol\)/],
      ['Date', { when: new Date(0) }, /\(a Date, not a plain object\)/],
      ['Map', new Map(), /\(a Map, not a plain object\)/],
      ['class instance', new Point(), /\(a Point, not a plain object\)/],
      ['NaN', { n: Number.NaN }, /the number NaN/],
      ['getter that throws', throwingGetter, /failed while running \(getter says no\)/],
      ['too deep', JSON.parse('['.repeat(40) + ']'.repeat(40)), /nested more than 32 deep/],
    ];
    for (const [name, evidence, expected] of cases) {
      const check = fixed('access.evidence', [{ ...f('s', 'pass'), evidence: evidence as Json }]);
      const results = run([check, fixed('access.ok', [f('a', 'pass')])]);
      expect(errorOf(results, 'access.evidence'), name).toMatch(expected);
      expect(brief(results)[1], name).toEqual(['access.ok', 'a', 'pass']);
    }
  });

  it('keeps a copy of what a check returned: later changes, getters and Proxies cannot alter a result', async () => {
    const evidence: Record<string, unknown> = { seen: 'TLS 1.2' };
    let reads = 0;
    const shifty = { get status() { return ++reads === 1 ? 'pass' : 'waived'; }, subject: 's', message: 'Fine.' };
    const later = defineCheck({ meta: meta('access.later'), run: () => [{ ...f('s', 'pass'), evidence: evidence as Json }] });
    const getter = defineCheck({ meta: meta('access.getter'), run: () => [shifty as unknown as Finding] });
    const results = run([getter, later]);
    evidence.seen = 10n;
    await Promise.resolve();
    expect(results.map((r) => [r.meta.id, r.status, r.evidence])).toEqual([
      ['access.getter', 'pass', undefined],
      ['access.later', 'pass', { seen: 'TLS 1.2' }],
    ]);
    expect(JSON.stringify(results)).toContain('TLS 1.2');
  });

  it('refuses a Promise, a list whose Proxy traps throw, and an unavailable reason that is not text', () => {
    const promise = defineCheck({ meta: meta('access.promise'), run: () => Promise.resolve([]) as unknown as Finding[] });
    const trap = defineCheck({ meta: meta('access.trap'), run: () => new Proxy([], { get() { throw new Error('trap'); } }) as Finding[] });
    const unavailable = fixed('access.unavailable', [{ ...f('s', 'pass'), unavailable: Object.create(null) as string }]);
    const results = run([promise, trap, unavailable]);
    expect(errorOf(results, 'access.promise')).toMatch(/returned a Promise/);
    expect(errorOf(results, 'access.trap')).toMatch(/failed while running \(trap\)/);
    expect(errorOf(results, 'access.unavailable')).toMatch(/unavailable reason of type object is not a non-empty string/);
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
    expect(score.counts).toEqual({ pass: 2, fail: 1, warn: 1, manual: 1, not_applicable: 1, error: 0, waived: 0, alternative: 0, not_judged: 0 });
  });

  it('counts an error as zero credit, never as a pass', () => {
    const boom = defineCheck({ meta: meta('access.boom'), run: () => { throw new Error('x'); } });
    expect(scoreResults(run([boom, fixed('access.ok', [f('a', 'pass')])])).value).toBe(50);
  });

  it('gives a not-judged result no weight, counts its cause once as an error, and does not gate on it', () => {
    const url = 'https://book.clinic.test';
    const unknown = (id: string, explainedBy?: string) =>
      fixed(id, [{ subject: url, status: 'pass', message: 'x', unavailable: 'refused', ...(explainedBy ? { explainedBy } : {}) }]);
    const results = run([unknown('transport.owner'), unknown('transport.b', 'transport.owner'), unknown('transport.c', 'transport.owner'), fixed('access.ok', [f('a', 'pass')])]);
    const score = scoreResults(results);
    // One error (0) and one pass, both high: 50, not the 25 that three errors and a pass would make.
    expect(score.value).toBe(50);
    expect(score.counts.not_judged).toBe(2);
    expect(evaluateGate(results, score, 'low', null).reasons).toEqual(['1 check error(s) of severity low or higher']);
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
