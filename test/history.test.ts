// The history database on real SQLite files in a temporary folder: migrations from version 1, files
// refused (newer schema, not SQLite, a directory, a link, a FIFO, another program's database), data
// read back validated, and the time to record one run and to list 1,000.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { renderJsonBytes } from '../src/report/json.js';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { openHistory } from '../src/history/db.js';
import { HISTORY_SCHEMA, migrate, MIGRATIONS } from '../src/history/migrations.js';
import { listRuns, trends } from '../src/history/query.js';
import { recordRun } from '../src/history/record.js';
import { renderHistoryMarkdown, renderHistoryText } from '../src/history/render.js';
import { loadRun } from '../src/history/stored-report.js';
import { withHistory } from '../src/report/model.js';
import type { Report } from '../src/report/schema.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'hh-history-'));
const REPORT = JSON.parse(readFileSync(path.join(root, 'fixtures/reports/glow-medspa.json'), 'utf8')) as Report;
let n = 0;
const fresh = (name = 'h') => path.join(dir, `${name}-${++n}.db`);

/** The one line an InputError prints, or a failure when none was thrown. */
async function refusal(work: () => Promise<unknown>): Promise<string> {
  try {
    await work();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).not.toContain('\n');
    return (e as Error).message;
  }
  throw new Error('not refused');
}

const dated = (date: string, score: number): Report => ({ ...REPORT, auditDate: date, score: { ...REPORT.score, value: score } });

describe('history database', () => {
  it('creates a new file at the newest schema, in WAL mode, owner-only', async () => {
    const file = fresh();
    const db = await openHistory(file, true);
    expect(db.pragma('user_version', { simple: true })).toBe(HISTORY_SCHEMA);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    expect(execFileSync('stat', ['-c', '%a', file]).toString().trim()).toBe('600');
  });

  it('migrates a database at version 1 to the newest, keeping its runs', async () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    const file = fresh();
    const old = new Database(file);
    migrate(old, 1);
    expect(old.pragma('user_version', { simple: true })).toBe(1);
    const id = recordRun(old, file, REPORT);
    const indexes = () => (old.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND name NOT LIKE 'sqlite_%'").all() as Array<{ name: string }>).map((r) => r.name);
    expect(indexes()).toEqual([]);
    old.close();
    const db = await openHistory(file, false);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    const names = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{ name: string }>).map((r) => r.name);
    expect(names).toEqual(['run_results_by_run', 'runs_by_practice']);
    expect(listRuns(db, file).map((r) => r.id)).toEqual([id]);
    expect((await loadRun(db, file, id)).report).toEqual(REPORT);
    db.close();
  });

  it('refuses a database of a newer hipaa-hero, in one line', async () => {
    const file = fresh();
    const db = new Database(file);
    db.exec('CREATE TABLE runs (id INTEGER PRIMARY KEY)');
    db.pragma(`user_version = ${HISTORY_SCHEMA + 5}`);
    db.close();
    expect(await refusal(() => openHistory(file, true))).toBe(
      `${file}: written by a newer hipaa-hero (history schema ${HISTORY_SCHEMA + 5}; this one reads up to ${HISTORY_SCHEMA}) — upgrade hipaa-hero, or give another --history file`,
    );
  });

  it('refuses what is not a history database: a text file, a directory, a link, a FIFO, another program\'s database, a missing file to read', async () => {
    const text = fresh('text');
    writeFileSync(text, 'hello, this is not SQLite\n');
    expect(await refusal(() => openHistory(text, true))).toMatch(/^.*text-\d+\.db: is not a SQLite database — give a history file written by hipaa-hero audit --history <file>, or the name of a new file$/);
    const folder = fresh('folder');
    mkdirSync(folder);
    expect(await refusal(() => openHistory(folder, true))).toContain(`${folder}: is a directory, not a file — give a file name`);
    const target = fresh('target');
    (await openHistory(target, true)).close();
    const link = fresh('link');
    symlinkSync(target, link);
    expect(await refusal(() => openHistory(link, true))).toContain(`${link}: is a symbolic link (to ${target}) — hipaa-hero does not write through links`);
    const fifo = fresh('fifo');
    execFileSync('mkfifo', [fifo]);
    expect(await refusal(() => openHistory(fifo, true))).toContain(`${fifo}: is a FIFO (named pipe), not a regular file`);
    const other = fresh('other');
    const db = new Database(other);
    db.exec('CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)');
    db.close();
    expect(await refusal(() => openHistory(other, true))).toContain(`${other}: is a SQLite database of another program, not a hipaa-hero history`);
    // One that sets user_version too, as many programs do: not taken for a history (nor for a newer one).
    for (const version of [1, HISTORY_SCHEMA + 3]) {
      const versioned = fresh('versioned');
      const app = new Database(versioned);
      app.exec('CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)');
      app.pragma(`user_version = ${version}`);
      app.close();
      expect(await refusal(() => openHistory(versioned, true))).toContain('is a SQLite database of another program');
    }
    const missing = path.join(dir, 'missing.db');
    expect(await refusal(() => openHistory(missing, false))).toBe(`${missing}: does not exist — give a history file written by hipaa-hero audit --history <file>`);
    expect(await refusal(() => openHistory(path.join(dir, 'no-such-dir', 'h.db'), true))).toContain('the directory');
  });

  it('validates what it reads back: a stored report changed, a row changed, a run that is not there', async () => {
    const file = fresh();
    const db = await openHistory(file, true);
    const id = recordRun(db, file, REPORT);
    expect((await loadRun(db, file, id)).sha256).toBe(createHash('sha256').update(renderJsonBytes(REPORT)).digest('hex'));
    // A report that is not valid, stored with its own hash: the schema catches it.
    const edited = JSON.stringify({ ...REPORT, score: { ...REPORT.score, value: 140 } }) + '\n';
    db.prepare('UPDATE runs SET report_gzip = ?, report_sha256 = ? WHERE id = ?').run(gzipSync(edited), createHash('sha256').update(edited).digest('hex'), id);
    expect(await refusal(() => loadRun(db, file, id))).toMatch(/#1: the stored report is not a valid hipaa-hero report: \/score\/value must be <= 100/);
    db.prepare('UPDATE runs SET report_sha256 = ? WHERE id = ?').run('0'.repeat(64), id);
    expect(await refusal(() => loadRun(db, file, id))).toContain('the stored report does not match its SHA-256');
    db.prepare('UPDATE runs SET report_gzip = ? WHERE id = ?').run(Buffer.from('not gzip'), id);
    expect(await refusal(() => loadRun(db, file, id))).toContain('cannot be decompressed');
    expect(await refusal(() => loadRun(db, file, 99))).toBe(`${file}: has no run 99 — hipaa-hero history ${file} lists the runs it has`);
    db.prepare("UPDATE runs SET grade = 'Z' WHERE id = ?").run(id);
    expect(await refusal(async () => listRuns(db, file))).toContain('run 1 has an invalid grade');
    db.close();
  });

  it("gives a report the practice's earlier runs, oldest first, at most 24, then its own", async () => {
    const file = fresh();
    const db = await openHistory(file, true);
    for (let i = 0; i < 30; i++) recordRun(db, file, dated(`2026-01-${String(i + 1).padStart(2, '0')}`, 50 + i));
    recordRun(db, file, { ...dated('2026-01-05', 10), stack: { ...REPORT.stack, practice: 'Another Spa' } });
    db.close();
    const { openAuditHistory } = await import('../src/history/record.js');
    const history = await openAuditHistory({ path: file, what: 'the history database', flag: `--history ${file}` }, [], []);
    const report = history.withTrend(dated('2026-02-01', 90));
    history.close();
    expect(report.history).toHaveLength(25);
    expect(report.history![0]).toEqual({ date: '2026-01-07', score: 56, grade: REPORT.score.grade });
    expect(report.history![24]).toEqual({ date: '2026-02-01', score: 90, grade: REPORT.score.grade });
    expect(withHistory(REPORT, []).history).toEqual([{ date: REPORT.auditDate, score: REPORT.score.value, grade: REPORT.score.grade }]);
  });

  it('prints what it reads back safely: control characters and bidi overrides in a name are shown as escapes', async () => {
    const file = fresh();
    const db = await openHistory(file, true);
    recordRun(db, file, { ...REPORT, stack: { ...REPORT.stack, practice: 'Evil\u001b[2J Spa\u202e' } });
    const runs = listRuns(db, file);
    const view = { file, schema: HISTORY_SCHEMA, runs, trends: trends(db, file, runs), filter: {} };
    db.close();
    for (const out of [renderHistoryText(view), renderHistoryMarkdown(view)]) {
      expect(out).not.toMatch(/[\u001b\u202e]/);
      expect(out).toContain('u001b');
    }
    expect(renderHistoryText(view)).toContain('Evil\\u001b[2J Spa');
  });

  it('records one run in milliseconds and lists 1,000 runs with their trend quickly', async () => {
    const file = fresh('bench');
    const db = await openHistory(file, true);
    const day = (i: number) => new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    // 950 runs in one transaction (the fixture), then 50 each in its own, as audits record them (timed).
    db.transaction(() => {
      for (let i = 0; i < 950; i++) recordRun(db, file, dated(day(i), 40 + (i % 60)));
    })();
    const times: number[] = [];
    for (let i = 950; i < 1000; i++) {
      const t = performance.now();
      recordRun(db, file, dated(day(i), 40 + (i % 60)));
      times.push(performance.now() - t);
    }
    db.close();
    const listStart = performance.now();
    const reader = await openHistory(file, false);
    const runs = listRuns(reader, file);
    const text = renderHistoryText({ file, schema: HISTORY_SCHEMA, runs, trends: trends(reader, file, runs), filter: {} });
    const list = performance.now() - listStart;
    reader.close();
    times.sort((a, b) => a - b);
    const median = times[25]!;
    const size = statSync(file).size;
    console.log(`history: ${REPORT.results.length} results a run; record one run: median ${median.toFixed(1)} ms; list 1,000 runs with the trend: ${list.toFixed(0)} ms; file ${(size / 2 ** 20).toFixed(1)} MiB`);
    expect(runs).toHaveLength(1000);
    expect(text.split('\n').every((l) => [...l].length <= 80)).toBe(true);
    expect(median).toBeLessThan(250);
    expect(list).toBeLessThan(5000);
  }, 120_000);
});
