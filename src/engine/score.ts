// Scoring, pure and versioned: severity-weighted credit per check, per area and overall, a letter
// grade, a cap while a critical check fails, and the CI gate.
import { AREAS } from './areas.js';
import { SEVERITIES, type ResultStatus, type Severity } from './check.js';
import type { CheckResult } from './run.js';

export const SCORING_VERSION = 3;
export const WEIGHTS: Readonly<Record<Severity, number>> = { critical: 10, high: 5, medium: 3, low: 1 };
/** Credit a counted result earns; statuses not listed (manual, not_applicable, waived, alternative, not_judged) weigh nothing. */
const CREDIT: Partial<Record<ResultStatus, number>> = { pass: 1, warn: 0.5, fail: 0, error: 0 };
const GRADES = [
  { grade: 'A', min: 90 },
  { grade: 'B', min: 80 },
  { grade: 'C', min: 70 },
  { grade: 'D', min: 60 },
  { grade: 'F', min: 0 },
] as const;
export type Grade = (typeof GRADES)[number]['grade'];
/** While any critical check fails (un-waived), the grade is at best this. */
export const CRITICAL_CAP: Grade = 'D';

export const FORMULA =
  'score = 100 × Σ(weight × credit) / Σ(weight), over every check with a counted result; ' +
  "a check's credit is the mean over its results of pass 1, warn 0.5, fail 0, error 0; " +
  'weights: critical 10, high 5, medium 3, low 1; manual, not_applicable, waived and alternative (a documented alternative to an addressable specification) results weigh nothing, ' +
  'and so do not_judged results (an endpoint that was not probed: --offline, a placeholder address, or a cause another check reports as its one error), so the score covers what was judged and a network failure counts once, as that error. ' +
  'Area scores use the same formula over the checks of the area. ' +
  'Grade: A ≥ 90, B ≥ 80, C ≥ 70, D ≥ 60, F < 60; while any critical check fails, the grade is at best D.';

/** Said after FORMULA in a report that has results of a proposed rule's checks. */
export const PROPOSED_FORMULA =
  " Results of a proposed rule's checks (obligation proposed, --profile proposed-2025) are scored in their own area only: " +
  'they never count in the overall score or cap the grade, because a proposal is not law.';

export type Counts = Record<ResultStatus, number>;
export const emptyCounts = (): Counts => ({ pass: 0, fail: 0, warn: 0, manual: 0, not_applicable: 0, error: 0, waived: 0, alternative: 0, not_judged: 0 });

export interface AreaScore {
  id: string;
  title: string;
  /** null when nothing in the area was counted. */
  score: number | null;
  counts: Counts;
}

export interface Score {
  value: number;
  grade: Grade;
  uncappedGrade: Grade;
  capped: boolean;
  areas: AreaScore[];
  counts: Counts;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function gradeFor(value: number): Grade {
  return GRADES.find((g) => value >= g.min)!.grade;
}

interface Tally {
  weighted: number;
  weight: number;
}

function weightedScore(results: readonly CheckResult[]): number | null {
  const perCheck = new Map<string, { severity: Severity; sum: number; n: number }>();
  for (const r of results) {
    const credit = CREDIT[r.status];
    if (credit === undefined) continue;
    const entry = perCheck.get(r.meta.id) ?? { severity: r.meta.severity, sum: 0, n: 0 };
    entry.sum += credit;
    entry.n += 1;
    perCheck.set(r.meta.id, entry);
  }
  const tally: Tally = { weighted: 0, weight: 0 };
  for (const { severity, sum, n } of perCheck.values()) {
    tally.weighted += WEIGHTS[severity] * (sum / n);
    tally.weight += WEIGHTS[severity];
  }
  return tally.weight === 0 ? null : round1((100 * tally.weighted) / tally.weight);
}

function countStatuses(results: readonly CheckResult[]): Counts {
  const counts = emptyCounts();
  for (const r of results) counts[r.status] += 1;
  return counts;
}

export function scoreResults(results: readonly CheckResult[]): Score {
  const byArea = new Map<string, CheckResult[]>();
  for (const r of results) {
    const list = byArea.get(r.meta.area) ?? [];
    list.push(r);
    byArea.set(r.meta.area, list);
  }
  const areas = AREAS.filter((a) => byArea.has(a.id)).map((a) => {
    const list = byArea.get(a.id)!;
    return { id: a.id, title: a.title, score: weightedScore(list), counts: countStatuses(list) };
  });
  // A proposal is not law: its results have their own area score and stay out of the overall one.
  const law = results.filter((r) => r.meta.obligation !== 'proposed');
  const value = weightedScore(law) ?? 100;
  const uncappedGrade = gradeFor(value);
  const criticalFails = law.some((r) => r.meta.severity === 'critical' && r.status === 'fail');
  const worse = (a: Grade, b: Grade) => (a > b ? a : b); // later letters are worse grades
  const grade = criticalFails ? worse(uncappedGrade, CRITICAL_CAP) : uncappedGrade;
  return { value, grade, uncappedGrade, capped: grade !== uncappedGrade, areas, counts: countStatuses(results) };
}

export type FailOn = Severity | 'none';

export interface Gate {
  passed: boolean;
  failOn: FailOn;
  failUnder: number | null;
  reasons: string[];
}

/**
 * The CI gate: fails on any un-waived `fail` or `error` at or above `failOn` (default: any severity),
 * and on a score under `failUnder`.
 */
export function evaluateGate(
  results: readonly CheckResult[],
  score: Score,
  failOn: FailOn,
  failUnder: number | null,
  /** With --fail-on-new: only the results this accepts (the new ones) can fail the gate. */
  onlyNew?: (result: CheckResult, index: number) => boolean,
): Gate {
  const reasons: string[] = [];
  if (failOn !== 'none') {
    const limit = SEVERITIES.indexOf(failOn);
    const gating = results.filter(
      (r, i) => (r.status === 'fail' || r.status === 'error') && SEVERITIES.indexOf(r.meta.severity) <= limit && (!onlyNew || onlyNew(r, i)),
    );
    const fails = gating.filter((r) => r.status === 'fail').length;
    const errors = gating.length - fails;
    const what = onlyNew ? 'new ' : '';
    if (fails) reasons.push(`${fails} ${what}failed result(s) of severity ${failOn} or higher${onlyNew ? ' (not in the baseline)' : ''}`);
    if (errors) reasons.push(`${errors} ${what}check error(s) of severity ${failOn} or higher${onlyNew ? ' (not in the baseline)' : ''}`);
  }
  if (failUnder !== null && score.value < failUnder) reasons.push(`score ${score.value} is under ${failUnder}`);
  return { passed: reasons.length === 0, failOn, failUnder, reasons };
}
