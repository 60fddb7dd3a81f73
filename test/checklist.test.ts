// The report's checklist: the worst required or addressable result decides each catalog row, good
// practice never does, and each row says what decided it.
import { describe, expect, it } from 'vitest';
import { coverageMatrix } from '../src/engine/coverage.js';
import type { CheckMeta, Obligation, ResultStatus } from '../src/engine/check.js';
import type { CheckResult } from '../src/engine/run.js';
import { evaluateGate, scoreResults } from '../src/engine/score.js';
import { buildChecklist } from '../src/report/checklist.js';

const meta = (id: string, obligation: Obligation, hipaa: string[], attestation = false): CheckMeta => ({
  id,
  title: id,
  area: id.split('.')[0] as CheckMeta['area'],
  severity: 'high',
  hipaa,
  obligation,
  basis: 'test',
  rationale: 'Because.',
  remediation: 'Do it.',
  needs: ['stack'],
  ...(attestation ? { attestation: { citation: hipaa[0]!, question: 'Is it?', explain: 'It is.' } } : {}),
});
const result = (m: CheckMeta, status: ResultStatus, extra: Partial<CheckResult> = {}): CheckResult => ({ meta: m, status, subject: 's', message: 'm', ...extra });

const required = meta('audits.audit-logging', 'required', ['164.312(b)']);
const practiceOnE1 = meta('web.hsts', 'practice', ['164.312(e)(1)']);
const addressableOnE2 = meta('encryption.in-transit', 'addressable', ['164.312(e)(2)(ii)', '164.312(e)(1)']);
const item = meta('access.automatic-logoff', 'addressable', ['164.312(a)(2)(iii)'], true);
const metas = [required, practiceOnE1, addressableOnE2, item];
const rows = (results: CheckResult[]) => new Map(buildChecklist(coverageMatrix(metas), results).map((r) => [r.citation, r]));

describe('the checklist', () => {
  it('lets a good-practice failure set no status, and lists the check beside the row', () => {
    const r = rows([result(practiceOnE1, 'fail'), result(addressableOnE2, 'pass')]).get('164.312(e)(1)')!;
    expect(r).toMatchObject({ status: 'pass', decidedBy: 'automated', practice: ['web.hsts'] });
    expect(r.checks).toEqual(['encryption.in-transit', 'web.hsts']);
  });

  it('says "none" when only good practice cites a row', () => {
    expect(rows([result(practiceOnE1, 'fail')]).get('164.312(e)(1)')).toMatchObject({ status: 'not_applicable', decidedBy: 'none' });
  });

  it('takes the worst required or addressable result, and says what decided it', () => {
    const m = rows([result(required, 'fail'), result(item, 'pass'), result(addressableOnE2, 'alternative')]);
    expect(m.get('164.312(b)')).toMatchObject({ status: 'fail', decidedBy: 'automated' });
    expect(m.get('164.312(a)(2)(iii)')).toMatchObject({ status: 'pass', decidedBy: 'attestation' });
    expect(m.get('164.312(e)(2)(ii)')).toMatchObject({ status: 'alternative', decidedBy: 'alternative' });
  });

  it('never counts what was not judged as met: not judged outranks a pass and a warning, and yields to a failure or an error', () => {
    const two = (a: ResultStatus, b: ResultStatus) =>
      rows([result(required, a), result(required, b, { subject: 't' })]).get('164.312(b)')?.status;
    expect(two('pass', 'not_judged')).toBe('not_judged');
    expect(two('warn', 'not_judged')).toBe('not_judged');
    expect(two('not_judged', 'error')).toBe('error');
    expect(two('not_judged', 'fail')).toBe('fail');
  });
});

describe('a documented alternative in the score and the gate', () => {
  it('weighs nothing and fails no gate, like a waiver', () => {
    const results = [result(required, 'pass'), result(addressableOnE2, 'alternative')];
    const score = scoreResults(results);
    expect(score.value).toBe(100);
    expect(score.counts.alternative).toBe(1);
    expect(evaluateGate(results, score, 'low', null).passed).toBe(true);
  });
});
