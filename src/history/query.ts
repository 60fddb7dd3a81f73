// Reading runs back from the history database for `hipaa-hero history` and the report's trend.
// Every value read is checked like input: a file changed outside hipaa-hero is refused, not shown.
import { InputError } from '../errors.js';
import type { HistoryPoint } from '../report/history-schema.js';
import { sqliteProblem, type Db } from './db.js';

export interface RunRow {
  id: number;
  practice: string;
  stackPath: string;
  auditDate: string;
  generatedAt: string;
  toolVersion: string;
  scoringVersion: number;
  score: number;
  grade: HistoryPoint['grade'];
  gatePassed: boolean;
  reportSha256: string;
}

export interface AreaRow {
  id: string;
  title: string;
  score: number | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const GRADES: ReadonlySet<string> = new Set(['A', 'B', 'C', 'D', 'F']);

const bad = (file: string, id: unknown, what: string): InputError =>
  InputError.at(file, 0, 0, `run ${typeof id === 'number' ? id : '?'} has an invalid ${what} — the history file was changed outside hipaa-hero: restore it from a backup, or give another --history file`);

const isScore = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 100;
const text = (row: Record<string, unknown>, key: string, file: string): string => {
  const v = row[key];
  if (typeof v !== 'string') throw bad(file, row.id, key);
  return v;
};

/** A date, score and grade read back, checked. */
export function checkPoint(row: Record<string, unknown>, file: string): HistoryPoint {
  if (typeof row.date !== 'string' || !DAY.test(row.date)) throw bad(file, row.id, 'audit date');
  if (!isScore(row.score)) throw bad(file, row.id, 'score');
  if (typeof row.grade !== 'string' || !GRADES.has(row.grade)) throw bad(file, row.id, 'grade');
  return { date: row.date, score: row.score, grade: row.grade as HistoryPoint['grade'] };
}

function checkRun(row: Record<string, unknown>, file: string): RunRow {
  if (typeof row.id !== 'number' || !Number.isSafeInteger(row.id) || row.id < 1) throw bad(file, undefined, 'id');
  const point = checkPoint(row, file);
  if (typeof row.scoring_version !== 'number' || !Number.isInteger(row.scoring_version)) throw bad(file, row.id, 'scoring version');
  if (row.gate_passed !== 0 && row.gate_passed !== 1) throw bad(file, row.id, 'gate');
  return {
    id: row.id,
    practice: text(row, 'practice', file),
    stackPath: text(row, 'stack_path', file),
    auditDate: point.date,
    generatedAt: text(row, 'generated_at', file),
    toolVersion: text(row, 'tool_version', file),
    scoringVersion: row.scoring_version,
    score: point.score,
    grade: point.grade,
    gatePassed: row.gate_passed === 1,
    reportSha256: text(row, 'report_sha256', file),
  };
}

export interface RunFilter {
  practice?: string;
  /** Only the last n runs (after the practice filter). */
  last?: number;
}

/** The runs, oldest first (by audit date, then in the order they were recorded). */
export function listRuns(db: Db, file: string, filter: RunFilter = {}): RunRow[] {
  const where = filter.practice === undefined ? '' : 'WHERE practice = @practice';
  const limit = filter.last === undefined ? '' : 'LIMIT @last';
  const sql =
    `SELECT * FROM (SELECT id, practice, stack_path, audit_date AS date, generated_at, tool_version, scoring_version, score, grade, gate_passed, report_sha256 ` +
    `FROM runs ${where} ORDER BY audit_date DESC, id DESC ${limit}) ORDER BY date ASC, id ASC`;
  try {
    const rows = db.prepare(sql).all({ ...(filter.practice !== undefined ? { practice: filter.practice } : {}), ...(filter.last !== undefined ? { last: filter.last } : {}) });
    return (rows as Array<Record<string, unknown>>).map((r) => checkRun(r, file));
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw sqliteProblem(file, e, 'cannot list the runs');
  }
}

/** The practices that have runs, by name. */
export function practices(db: Db, file: string): string[] {
  try {
    return (db.prepare('SELECT DISTINCT practice FROM runs ORDER BY practice').all() as Array<{ practice: unknown }>).map((r) => String(r.practice));
  } catch (e) {
    throw sqliteProblem(file, e, 'cannot list the practices');
  }
}

/** The area scores of a run, in the report's order. */
export function areasOf(db: Db, file: string, id: number): AreaRow[] {
  let rows: Array<Record<string, unknown>>;
  try {
    rows = db.prepare('SELECT area, title, score FROM run_areas WHERE run_id = ? ORDER BY position').all(id) as Array<Record<string, unknown>>;
  } catch (e) {
    throw sqliteProblem(file, e, `cannot read the areas of run ${id}`);
  }
  return rows.map((r) => {
    if (typeof r.area !== 'string' || typeof r.title !== 'string' || !(r.score === null || isScore(r.score))) throw bad(file, id, 'area score');
    return { id: r.area, title: r.title, score: r.score };
  });
}

export interface AreaChange {
  id: string;
  title: string;
  first: number | null;
  last: number | null;
  change: number | null;
}

export interface Trend {
  practice: string;
  runs: Array<{ id: number; date: string; score: number; grade: HistoryPoint['grade'] }>;
  first: { id: number; date: string; score: number; grade: string };
  last: { id: number; date: string; score: number; grade: string };
  change: number;
  areas: AreaChange[];
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

/** Per practice (by name), its score over the runs shown and each area's change from the first to the last. */
export function trends(db: Db, file: string, runs: readonly RunRow[]): Trend[] {
  const byPractice = new Map<string, RunRow[]>();
  for (const run of runs) byPractice.set(run.practice, [...(byPractice.get(run.practice) ?? []), run]);
  return [...byPractice.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([practice, list]) => {
      const first = list[0]!;
      const last = list[list.length - 1]!;
      const before = new Map(areasOf(db, file, first.id).map((a) => [a.id, a]));
      const after = areasOf(db, file, last.id);
      const ids = [...after.map((a) => a.id), ...[...before.keys()].filter((id) => !after.some((a) => a.id === id))];
      const areas = ids.map((id): AreaChange => {
        const a = before.get(id);
        const b = after.find((x) => x.id === id);
        const f = a?.score ?? null;
        const l = b?.score ?? null;
        return { id, title: (b ?? a)!.title, first: f, last: l, change: f === null || l === null ? null : round1(l - f) };
      });
      const point = (r: RunRow) => ({ id: r.id, date: r.auditDate, score: r.score, grade: r.grade });
      return { practice, runs: list.map(point), first: point(first), last: point(last), change: round1(last.score - first.score), areas };
    });
}
