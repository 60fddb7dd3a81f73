// From dated changes to the due list: each change the searches found becomes an item with its day,
// the check it fails, the message the check gives, the fix and where in the stack file it comes
// from; sorted with what is already due first, then by day.
import { SEVERITIES, type Obligation, type ResultStatus, type Severity } from '../engine/check.js';
import type { CheckResult } from '../engine/run.js';
import type { Position } from '../stack/positions.js';
import { dayString, rankOf, type Evaluator } from './evaluate.js';
import { backwardTransitions, forwardTransitions, type Sample, type Transition } from './search.js';

/** What a result turns to: a warning (or a question for a person), or a failure. */
export type DueStatus = 'warn' | 'manual' | 'fail';

export interface DueItem {
  /** The first day (YYYY-MM-DD) the check gives `status`: in the past or today for an overdue item. */
  date: string;
  /** Days from the run's day to `date`: negative (or 0) when it is already due. */
  days: number;
  overdue: boolean;
  checkId: string;
  /** An attestation item (a person's answer, which goes stale) or an automated check. */
  kind: 'attestation' | 'automated';
  title: string;
  severity: Severity;
  obligation: Obligation;
  subject: string;
  status: DueStatus;
  /** The status the day before `date`: pass, waived, warn… */
  was: ResultStatus;
  /** What the check says on `date` (for an overdue item: on the run's day). */
  message: string;
  fix: string;
  /** Where in the stack file the result comes from (its JSON Pointer, as line and column). */
  location: { file: string; line: number; column: number; pointer: string } | null;
}

export interface DueSearch {
  /** The run's day and the window's last day, YYYY-MM-DD. */
  now: string;
  horizon: string;
  /** How far back an overdue item's start is looked for. */
  lookback: string;
  /** Days between two samples of the window (see forwardTransitions). */
  step?: number;
  file: string;
  locate(pointer: string): Position | null;
}

const num = (day: string): number => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/**
 * The results the searches did not keep (rare: a key absent on one side of a change), each day run
 * once for all the keys needed on it.
 */
function fillIn(evaluator: Evaluator, wanted: ReadonlyArray<readonly [number, string]>): Map<string, CheckResult> {
  const byDay = new Map<number, Set<string>>();
  for (const [day, key] of wanted) byDay.set(day, (byDay.get(day) ?? new Set<string>()).add(key));
  const out = new Map<string, CheckResult>();
  for (const [day, keys] of byDay) {
    const all = evaluator.resultsAt(dayString(day), [...keys]);
    for (const key of keys) if (all.has(key)) out.set(`${day}\u0000${key}`, all.get(key)!);
  }
  return out;
}

/** The same status and message: what the backward search takes for a result no date changes. */
const sameResult = (a: CheckResult, b: CheckResult): boolean => a.status === b.status && a.message === b.message;

const SEVERITY_RANK = new Map<string, number>(SEVERITIES.map((s, i) => [s, i]));

/** Already due first (oldest first), then by day; on one day the most severe first, then by check and subject. */
export function byDueDate(a: DueItem, b: DueItem): number {
  const text = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return (
    Number(b.overdue) - Number(a.overdue) ||
    text(a.date, b.date) ||
    SEVERITY_RANK.get(a.severity)! - SEVERITY_RANK.get(b.severity)! ||
    text(a.checkId, b.checkId) ||
    text(a.subject, b.subject) ||
    text(a.status, b.status)
  );
}

/**
 * Everything that gets worse within (now, horizon], and everything already worse on `now` that was
 * better on some day since `lookback`, each with the day it changed.
 */
export function findDue(evaluator: Evaluator, search: DueSearch): DueItem[] {
  const now = num(search.now);
  const start = new Map<string, Sample<CheckResult>>();
  for (const [key, r] of evaluator.resultsAt(search.now)) start.set(key, { rank: rankOf(r.status), value: r });
  const current = new Map([...start].filter(([, s]) => s.rank !== undefined && s.rank > 0));
  const coming = forwardTransitions(evaluator.probe, start, now, num(search.horizon), search.step ?? 7);
  // An overdue item says what the check says today; its `before` is the last day it was better.
  const overdue = backwardTransitions(evaluator.probe, current, now, now - num(search.lookback), sameResult).map((t) => ({ ...t, after: start.get(t.key)?.value }));
  const missing = fillIn(evaluator, [
    ...coming.flatMap((t): Array<[number, string]> => (t.after === undefined ? [[t.day, t.key]] : [])),
    ...[...coming, ...overdue].flatMap((t): Array<[number, string]> => (t.before === undefined ? [[t.day - 1, t.key]] : [])),
  ]);
  const item = (t: Transition<CheckResult>, isOverdue: boolean): DueItem[] => {
    const result = t.after ?? missing.get(`${t.day}\u0000${t.key}`);
    const before = t.before ?? missing.get(`${t.day - 1}\u0000${t.key}`);
    if (!result || (result.status !== 'warn' && result.status !== 'fail' && result.status !== 'manual')) return [];
    const at = result.path === undefined ? null : search.locate(result.path);
    return [
      {
        date: dayString(t.day),
        days: t.day - now,
        overdue: isOverdue,
        checkId: result.meta.id,
        kind: result.meta.attestation ? 'attestation' : 'automated',
        title: result.meta.title,
        severity: result.meta.severity,
        obligation: result.meta.obligation,
        subject: result.subject,
        status: result.status,
        was: before?.status ?? 'not_applicable',
        message: result.message,
        fix: result.meta.remediation,
        location: at === null || result.path === undefined ? null : { file: search.file, line: at.line, column: at.column, pointer: result.path },
      },
    ];
  };
  return [...overdue.flatMap((t) => item(t, true)), ...coming.flatMap((t) => item(t, false))].sort(byDueDate);
}
