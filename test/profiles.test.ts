// The proposal's place in the engine: its checks run only under its profile, sit in their own area,
// are scored there and never in the overall score or grade, never decide a checklist row, and the
// contract keeps obligation 'proposed' and area 'proposed' together.
import { describe, expect, it } from 'vitest';
import { defineCheck, type Check, type CheckMeta, type Finding, type Severity } from '../src/index.js';
import { runChecks } from '../src/engine/run.js';
import { evaluateGate, scoreResults } from '../src/engine/score.js';
import { metaProblems } from '../src/engine/registry.js';
import { inProfile, profileNotice, PROFILES } from '../src/engine/profiles.js';
import { coverageMatrix } from '../src/engine/coverage.js';
import { buildChecklist } from '../src/report/checklist.js';
import { obligationNote } from '../src/report/obligation.js';
import { baseStack } from './helpers/cases.js';

const meta = (id: string, severity: Severity, extra: Partial<CheckMeta> = {}): CheckMeta => ({
  id,
  title: `Title of ${id}`,
  area: id.split('.')[0] as CheckMeta['area'],
  severity,
  hipaa: ['164.312(d)'],
  obligation: 'required',
  basis: '45 CFR 164.312(d)',
  rationale: 'Because the rule says so, in words long enough for the contract.',
  remediation: 'Do the thing, and record it in the stack file where it belongs.',
  needs: ['stack'],
  ...extra,
});
const PROPOSED = { obligation: 'proposed', basis: 'Proposed 45 CFR 164.312 (90 FR 898, January 6, 2025): MFA' } as const;
const check = (m: CheckMeta, findings: Finding[]): Check => defineCheck({ meta: m, run: () => findings });
const f = (subject: string, status: Finding['status']): Finding => ({ subject, status, message: `${subject} is ${status}.` });
const run = (checks: Check[]) => runChecks({ checks, stack: baseStack(), facts: { documents: {} }, now: '2026-11-28', options: { offline: false } });

describe('the proposed-2025 profile in the engine', () => {
  const law = check(meta('access.person', 'high'), [f('Ana', 'pass')]);
  const proposal = check(meta('proposed.mfa', 'critical', PROPOSED), [f('Ana', 'fail'), f('Ben', 'fail')]);

  it('runs a proposal check only under a profile with a proposal', () => {
    expect(inProfile(proposal.meta, 'current')).toBe(false);
    expect(inProfile(proposal.meta, 'proposed-2025')).toBe(true);
    expect(inProfile(law.meta, 'current')).toBe(true);
    expect(inProfile(law.meta, 'proposed-2025')).toBe(true);
    expect(profileNotice(PROFILES.current)).toBeNull();
    expect(profileNotice(PROFILES['proposed-2025'])).toMatch(/^Profile proposed-2025: .*90 FR 898.*Status checked \d{4}-\d{2}-\d{2}: /);
  });

  it('scores the proposal in its own area, never in the overall score or the critical cap, and gates on it', () => {
    const results = run([law, proposal]);
    const score = scoreResults(results);
    expect(score.value).toBe(100);
    expect(score.grade).toBe('A');
    expect(score.capped).toBe(false);
    expect(score.areas.map((a) => [a.id, a.score])).toEqual([['access', 100], ['proposed', 0]]);
    expect(score.counts.fail).toBe(2);
    const gate = evaluateGate(results, score, 'high', null);
    expect(gate.passed).toBe(false);
    expect(gate.reasons).toEqual(['2 failed result(s) of severity high or higher']);
  });

  it('leaves the proposal out of the coverage matrix and the checklist', () => {
    const results = run([law, proposal]);
    const coverage = coverageMatrix([law.meta, proposal.meta]);
    const row = coverage.find((r) => r.citation === '164.312(d)')!;
    expect(row.automated).toEqual(['access.person']);
    const checklist = buildChecklist(coverage, results).find((r) => r.citation === '164.312(d)')!;
    expect(checklist.status).toBe('pass');
    expect(checklist.checks).toEqual(['access.person']);
  });

  it('holds the contract: proposed obligation and proposed area go together', () => {
    expect(metaProblems(proposal.meta)).toEqual([]);
    const pair = /a check of a proposed rule has obligation 'proposed' and area 'proposed'/;
    expect(metaProblems(meta('access.mfa-soon', 'high', PROPOSED)).join('; ')).toMatch(pair);
    expect(metaProblems(meta('proposed.thing', 'high', { obligation: 'practice' })).join('; ')).toMatch(pair);
  });

  it('never says HIPAA requires a proposal', () => {
    const note = obligationNote(proposal.meta)!;
    expect(note).toMatch(/^Proposed, not law \(Proposed 45 CFR 164\.312/);
    expect(note).toMatch(/HIPAA does not require it today\.$/);
    expect(note).not.toMatch(/HIPAA requires/);
  });
});
