// The history database's schema, as a list of migrations from the first release on. The schema
// version is SQLite's PRAGMA user_version: migration N brings a database from version N-1 to N.
// A later release appends migration N+1 here and never edits one that has shipped: a database
// written by any earlier release is brought up to date the first time this one opens it.
import type BetterSqlite3 from 'better-sqlite3';

export interface Migration {
  /** The user_version the database has once this migration ran. */
  version: number;
  what: string;
  up(db: BetterSqlite3.Database): void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    what: 'runs, their area scores and their results',
    up(db) {
      // Only what the JSON report already holds: no PHI. The report itself is kept gzip-compressed,
      // with the SHA-256 of its uncompressed text (the same bytes as the JSON report file).
      db.exec(`
        CREATE TABLE runs (
          id              INTEGER PRIMARY KEY AUTOINCREMENT,
          practice        TEXT    NOT NULL,
          stack_path      TEXT    NOT NULL,
          stack_sha256    TEXT    NOT NULL,
          audit_date      TEXT    NOT NULL,
          generated_at    TEXT    NOT NULL,
          tool_version    TEXT    NOT NULL,
          scoring_version INTEGER NOT NULL,
          score           REAL    NOT NULL CHECK (score >= 0 AND score <= 100),
          grade           TEXT    NOT NULL,
          gate_passed     INTEGER NOT NULL CHECK (gate_passed IN (0, 1)),
          report_sha256   TEXT    NOT NULL,
          report_gzip     BLOB    NOT NULL
        ) STRICT;
        CREATE TABLE run_areas (
          run_id   INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          area     TEXT    NOT NULL,
          title    TEXT    NOT NULL,
          score    REAL,
          PRIMARY KEY (run_id, area)
        ) STRICT;
        CREATE TABLE run_results (
          run_id     INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
          check_id   TEXT    NOT NULL,
          subject    TEXT    NOT NULL,
          status     TEXT    NOT NULL,
          severity   TEXT    NOT NULL,
          obligation TEXT    NOT NULL
        ) STRICT;
      `);
    },
  },
  {
    version: 2,
    what: "indexes for one practice's runs in date order (history --practice, the report's trend) and for a run's results",
    up(db) {
      db.exec(`
        CREATE INDEX IF NOT EXISTS runs_by_practice ON runs (practice, audit_date, id);
        CREATE INDEX IF NOT EXISTS run_results_by_run ON run_results (run_id);
      `);
    },
  },
];

/** The newest history schema this hipaa-hero reads and writes. */
export const HISTORY_SCHEMA: number = MIGRATIONS.length;

/** The tables a hipaa-hero history database has (any version). */
export const OUR_TABLES: ReadonlySet<string> = new Set(['runs', 'run_areas', 'run_results', 'sqlite_sequence']);

/**
 * Brings the database up to `target` (default: the newest) in one IMMEDIATE transaction: the version
 * is read again once the write lock is held, so two runs opening an old file at once migrate it once.
 */
export function migrate(db: BetterSqlite3.Database, target = HISTORY_SCHEMA): number {
  // Up to date (the usual case): no write lock is taken, so reading a history needs none.
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current >= target) return current;
  const run = db.transaction(() => {
    const from = db.pragma('user_version', { simple: true }) as number;
    for (const m of MIGRATIONS) if (m.version > from && m.version <= target) m.up(db);
    if (from < target) db.pragma(`user_version = ${target}`);
    return from;
  });
  return run.immediate();
}
