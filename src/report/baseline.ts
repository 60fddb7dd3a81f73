// Comparing a report with a previous one (the baseline): each result is new or unchanged, matched on
// check id + subject (never on line numbers, which move when the file is edited); findings that went
// away are resolved; scores are compared overall and per area. Pure.
import type { ResultStatus } from '../engine/check.js';
import type { Baseline, Report } from './schema.js';

export type Change = 'new' | 'unchanged';

/** The statuses a team works on: what `resolved` and `newFindings` count. */
const FINDING: ReadonlySet<ResultStatus> = new Set(['fail', 'warn', 'error']);
export const isFinding = (status: ResultStatus): boolean => FINDING.has(status);

const identity = (checkId: string, subject: string) => `${checkId}\u0000${subject}`;

interface Identified {
  checkId: string;
  subject: string;
  status: ResultStatus;
}

/** Each current result's change against the baseline's results, in order. */
export function changesAgainst(current: readonly Identified[], baseline: Pick<Report, 'results'>): Change[] {
  const before = new Map(baseline.results.map((r) => [identity(r.checkId, r.subject), r.status]));
  return current.map((r) => (before.get(identity(r.checkId, r.subject)) === r.status ? 'unchanged' : 'new'));
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const delta = (before: number | null, after: number | null) => ({ before, after, delta: before === null || after === null ? null : round1(after - before) });

export interface BaselineSource {
  path: string;
  sha256: string;
  report: Report;
}

/** The report's `baseline` section: what changed between the baseline and `current`. */
export function compareReports(source: BaselineSource, current: Pick<Report, 'results' | 'score' | 'areas'>, changes: readonly Change[]): Baseline {
  const old = source.report;
  const now = new Map(current.results.map((r) => [identity(r.checkId, r.subject), r.status]));
  const resolved = old.results
    .filter((r) => isFinding(r.status))
    .flatMap((r) => {
      const status = now.get(identity(r.checkId, r.subject)) ?? null;
      return status !== null && isFinding(status) ? [] : [{ checkId: r.checkId, title: r.title, severity: r.severity, subject: r.subject, was: r.status, now: status }];
    });
  const oldAreas = new Map(old.areas.map((a) => [a.id, a]));
  const newAreas = new Map(current.areas.map((a) => [a.id, a]));
  const areaIds = [...new Set([...current.areas.map((a) => a.id), ...old.areas.map((a) => a.id)])];
  return {
    path: source.path,
    generatedAt: old.generatedAt,
    auditDate: old.auditDate,
    sha256: source.sha256,
    score: delta(old.score.value, current.score.value),
    grade: { before: old.score.grade, after: current.score.grade },
    areas: areaIds.map((id) => ({
      id,
      title: newAreas.get(id)?.title ?? oldAreas.get(id)!.title,
      score: delta(oldAreas.get(id)?.score ?? null, newAreas.get(id)?.score ?? null),
    })),
    counts: {
      new: changes.filter((c) => c === 'new').length,
      unchanged: changes.filter((c) => c === 'unchanged').length,
      resolved: resolved.length,
      newFindings: current.results.filter((r, i) => changes[i] === 'new' && isFinding(r.status)).length,
    },
    resolved,
  };
}
