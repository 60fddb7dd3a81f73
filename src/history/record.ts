// `audit --history <db>` (or HIPAA_HERO_HISTORY): the database opened and checked before any work,
// the practice's earlier scores added to the report before it is written, and the run recorded
// once every report was written. Only what the JSON report holds is recorded: no PHI.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { InputError } from '../errors.js';
import { withHistory } from '../report/model.js';
import { renderJsonBytes } from '../report/json.js';
import type { HistoryPoint } from '../report/history-schema.js';
import { MAX_EARLIER_RUNS } from '../report/history-limits.js';
import type { Report } from '../report/schema.js';
import { refuseOverlaps, type Destination, type InputFile } from '../write-file.js';
import { checkNewHistory, loadDriver, openHistory, somethingAt, sqliteProblem, type Db } from './db.js';
import { checkPoint } from './query.js';

/** The environment variable that names the history database when --history is not given. */
export const HISTORY_ENV = 'HIPAA_HERO_HISTORY';

/** The history file of an audit: --history, else HIPAA_HERO_HISTORY (empty: none), as a destination named by its flag. */
export function historyDestination(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Destination | undefined {
  if (flag !== undefined) return { path: flag, what: 'the history database', flag: `--history ${flag}` };
  const fromEnv = env[HISTORY_ENV];
  if (fromEnv === undefined || fromEnv === '') return undefined;
  return { path: fromEnv, what: 'the history database', flag: `${HISTORY_ENV}=${fromEnv}` };
}

export interface AuditHistory {
  destination: Destination;
  /** The report with this practice's earlier scores and its own (`history`), before it is written. */
  withTrend(report: Report): Report;
  /** Records the run (after its reports were written); its id. */
  record(report: Report): Promise<number>;
  close(): void;
}

/**
 * Opens the audit's history database before any work: refused when it is one of the run's inputs
 * or outputs (`inputs`, `outputs`), or anything but a hipaa-hero history database this version reads.
 */
export async function openAuditHistory(destination: Destination, inputs: readonly InputFile[], outputs: readonly Destination[]): Promise<AuditHistory> {
  await refuseOverlaps([destination, ...outputs], inputs);
  const file = destination.path;
  // A new file is created only once the audit is done and its reports written: an audit refused on
  // the way (a document of the stack at that path, a report that cannot be written) leaves nothing.
  let db = (await somethingAt(file)) ? await openHistory(file, true) : undefined;
  if (db === undefined) {
    await checkNewHistory(file);
    await loadDriver();
  }
  // Runs recorded at once (portfolio) share the one connection the first of them opens.
  let opening: Promise<Db> | undefined;
  return {
    destination,
    withTrend: (report) => withHistory(report, db === undefined ? [] : earlierRuns(db, file, report)),
    record: async (report) => {
      db ??= await (opening ??= openHistory(file, true));
      return recordRun(db, file, report);
    },
    close: () => db?.close(),
  };
}

/** The practice's runs dated on or before this report's audit date, oldest first: the last MAX_EARLIER_RUNS. */
function earlierRuns(db: Db, file: string, report: Report): HistoryPoint[] {
  let rows: Array<Record<string, unknown>>;
  try {
    rows = db
      .prepare('SELECT id, audit_date AS date, score, grade FROM runs WHERE practice = ? AND audit_date <= ? ORDER BY audit_date DESC, id DESC LIMIT ?')
      .all(report.stack.practice, report.auditDate, MAX_EARLIER_RUNS) as Array<Record<string, unknown>>;
  } catch (e) {
    throw sqliteProblem(file, e, "cannot read the practice's earlier runs");
  }
  return rows.reverse().map((row) => checkPoint(row, file));
}

/** One run: its row, its areas and its results, with the JSON report compressed, in one transaction. */
export function recordRun(db: Db, file: string, report: Report): number {
  const json = renderJsonBytes(report);
  const sha256 = createHash('sha256').update(json).digest('hex');
  const gzip = gzipSync(json);
  const insertRun = db.prepare(
    `INSERT INTO runs (practice, stack_path, stack_sha256, audit_date, generated_at, tool_version, scoring_version, score, grade, gate_passed, report_sha256, report_gzip)
     VALUES (@practice, @stackPath, @stackSha256, @auditDate, @generatedAt, @toolVersion, @scoringVersion, @score, @grade, @gatePassed, @sha256, @gzip)`,
  );
  const insertArea = db.prepare('INSERT INTO run_areas (run_id, position, area, title, score) VALUES (?, ?, ?, ?, ?)');
  const insertResult = db.prepare('INSERT INTO run_results (run_id, check_id, subject, status, severity, obligation) VALUES (?, ?, ?, ?, ?, ?)');
  const write = db.transaction((): number => {
    const { lastInsertRowid } = insertRun.run({
      practice: report.stack.practice,
      stackPath: report.stack.path,
      stackSha256: report.stack.sha256,
      auditDate: report.auditDate,
      generatedAt: report.generatedAt,
      toolVersion: report.tool.version,
      scoringVersion: report.score.scoringVersion,
      score: report.score.value,
      grade: report.score.grade,
      gatePassed: report.gate.passed ? 1 : 0,
      sha256,
      gzip,
    });
    const id = Number(lastInsertRowid);
    report.areas.forEach((a, i) => insertArea.run(id, i, a.id, a.title, a.score));
    for (const r of report.results) insertResult.run(id, r.checkId, r.subject, r.status, r.severity, r.obligation);
    return id;
  });
  try {
    return write.immediate();
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw sqliteProblem(file, e, 'the reports were written, but the run could not be recorded');
  }
}
