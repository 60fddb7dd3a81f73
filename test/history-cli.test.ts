// audit --history, `hipaa-hero history` and `diff --history` end to end: the built CLI spawned with
// execa on real SQLite files in a temporary folder, never on the network (--facts or --offline).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { HISTORY_SCHEMA } from '../src/history/migrations.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin/hipaa-hero.js');
const STACK = path.join(root, 'fixtures/glow-medspa/stack.yaml');
const FACTS = path.join(root, 'fixtures/glow-medspa/facts.json');
const dir = mkdtempSync(path.join(tmpdir(), 'hh-history-cli-'));
const cli = (args: string[], env: Record<string, string> = {}) => execa(process.execPath, [bin, ...args], { reject: false, env: { NO_COLOR: '1', ...env }, extendEnv: false, cwd: dir });
let n = 0;
const fresh = (name = 'h') => path.join(dir, `${name}-${++n}.db`);
const audit = (db: string, now: string, ...more: string[]) => cli(['audit', STACK, '--facts', FACTS, '--now', now, '--fail-on', 'none', '--history', db, ...more]);

type Json = Record<string, any>;
const runs = (db: string): Json[] => {
  const sqlite = new Database(db, { readonly: true });
  try {
    return sqlite.prepare('SELECT * FROM runs ORDER BY id').all() as Json[];
  } finally {
    sqlite.close();
  }
};

describe('audit --history', () => {
  it('records each run after its reports are written, and the JSON and HTML reports carry the trend', async () => {
    const db = fresh();
    const first = await audit(db, '2026-01-15', '--report', `json=${dir}/a.json`);
    expect(first.exitCode).toBe(0);
    expect(first.stderr).toContain(`hipaa-hero: recorded run 1 in ${db}`);
    const second = await audit(db, '2026-03-15', '--offline', '--report', `json=${dir}/b.json`, '--report', `html=${dir}/b.html`);
    expect(second.exitCode).toBe(0);
    const [one, two] = runs(db);
    expect(one).toMatchObject({ id: 1, practice: 'Glow Aesthetics Med Spa', audit_date: '2026-01-15', stack_path: STACK, gate_passed: 1 });
    const b = JSON.parse(readFileSync(`${dir}/b.json`, 'utf8')) as Json;
    expect(b.history).toEqual([
      { date: '2026-01-15', score: one!.score, grade: one!.grade },
      { date: '2026-03-15', score: two!.score, grade: two!.grade },
    ]);
    // The stored report is the JSON report, byte for byte: the same SHA-256.
    expect(two!.report_sha256).toBe(execFileSync('sha256sum', [`${dir}/b.json`]).toString().split(' ')[0]);
    const html = readFileSync(`${dir}/b.html`, 'utf8');
    expect(html).toContain('<section class="sect" id="trend"');
    expect(html).toContain('<svg class="trend-chart"');
    expect(html).toContain('<a href="#trend">Trend</a>');
    const areas = new Database(db, { readonly: true }).prepare('SELECT COUNT(*) AS n FROM run_areas WHERE run_id = 2').get() as Json;
    expect(areas.n).toBe(b.areas.length);
  });

  it('uses HIPAA_HERO_HISTORY when --history is not given; a report without history has no trend', async () => {
    const db = fresh();
    const r = await cli(['audit', STACK, '--offline', '--now', '2026-02-01', '--fail-on', 'none', '--report', `html=${dir}/env.html`], { HIPAA_HERO_HISTORY: db });
    expect(r.exitCode).toBe(0);
    expect(runs(db)).toHaveLength(1);
    const plain = await cli(['audit', STACK, '--offline', '--now', '2026-02-01', '--fail-on', 'none', '--report', `html=${dir}/plain.html`]);
    expect(plain.exitCode).toBe(0);
    expect(readFileSync(`${dir}/plain.html`, 'utf8')).not.toContain('id="trend"');
  });

  it('records nothing when the audit fails, and creates no new file then', async () => {
    const db = fresh();
    expect((await audit(db, '2026-01-15', '--report', 'json=/dev/null')).exitCode).toBe(0);
    const bad = path.join(dir, 'bad.yaml');
    writeFileSync(bad, 'practice: [\n');
    const r = await cli(['audit', bad, '--offline', '--history', db]);
    expect(r.exitCode).toBe(2);
    expect(runs(db)).toHaveLength(1);
    const unborn = fresh();
    expect((await cli(['audit', bad, '--offline', '--history', unborn])).exitCode).toBe(2);
    expect(existsSync(unborn)).toBe(false);
  });

  it('keeps every run of 6 audits writing one database at once, and the file intact', async () => {
    const db = fresh('parallel');
    const all = await Promise.all(Array.from({ length: 6 }, (_, i) => audit(db, `2026-04-0${i + 1}`, '--report', 'json=/dev/null')));
    for (const r of all) expect(r.exitCode, r.stderr).toBe(0);
    expect(runs(db).map((r) => r.audit_date).sort()).toEqual(['2026-04-01', '2026-04-02', '2026-04-03', '2026-04-04', '2026-04-05', '2026-04-06']);
    const sqlite = new Database(db, { readonly: true });
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(sqlite.pragma('user_version', { simple: true })).toBe(HISTORY_SCHEMA);
    sqlite.close();
  }, 60_000);

  it('refuses, in one line and exit 2, a database from a newer hipaa-hero and paths that are no history file', async () => {
    const newer = fresh();
    const sqlite = new Database(newer);
    sqlite.exec('CREATE TABLE runs (id INTEGER PRIMARY KEY)');
    sqlite.pragma(`user_version = ${HISTORY_SCHEMA + 1}`);
    sqlite.close();
    const r = await audit(newer, '2026-01-15');
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe(`${newer}: written by a newer hipaa-hero (history schema ${HISTORY_SCHEMA + 1}; this one reads up to ${HISTORY_SCHEMA}) — upgrade hipaa-hero, or give another --history file`);
    const folder = fresh('folder');
    mkdirSync(folder);
    const link = fresh('link');
    symlinkSync(newer, link);
    const fifo = fresh('fifo');
    execFileSync('mkfifo', [fifo]);
    const text = fresh('text');
    writeFileSync(text, 'not a database');
    for (const [file, said] of [
      [folder, 'is a directory, not a file'],
      [link, 'is a symbolic link'],
      [fifo, 'is a FIFO (named pipe), not a regular file'],
      [text, 'is not a SQLite database'],
    ] as const) {
      const refused = await audit(file, '2026-01-15');
      expect(refused.exitCode, file).toBe(2);
      expect(refused.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(refused.stderr).toContain(`${file}: ${said}`);
    }
  });

  it('refuses a history file that is an input or an output of the run', async () => {
    const out = await audit(`${dir}/same.json`, '2026-01-15', '--report', `json=${dir}/same.json`);
    expect(out.exitCode).toBe(2);
    expect(out.stderr).toContain('two outputs would be written to');
    const input = await cli(['audit', STACK, '--facts', FACTS, '--history', FACTS]);
    expect(input.exitCode).toBe(2);
    expect(input.stderr).toContain(`--history ${FACTS}: ${FACTS} is the --facts file`);
    // A document the stack names (not there yet): refused, and not created.
    const copy = path.join(dir, 'doc-stack');
    cpSync(path.dirname(STACK), copy, { recursive: true });
    const stack = path.join(copy, 'stack.yaml');
    writeFileSync(stack, readFileSync(stack, 'utf8').replace('document: evidence/baa-boulevard.pdf', 'document: evidence/h.db'));
    const doc = path.join(copy, 'evidence/h.db');
    const r = await cli(['audit', stack, '--offline', '--history', doc]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe(`hipaa-hero: --history ${doc}: ${doc} is a document named in the stack file, an input of this run — writing the history database there would destroy it; choose another path`);
    expect(existsSync(doc)).toBe(false);
  });
});

describe('hipaa-hero history and diff --history', () => {
  it('lists the runs newest last with the trend, in text (80 columns), JSON and Markdown, and compares two runs like two files', async () => {
    const db = fresh();
    expect((await audit(db, '2026-01-15', '--report', `json=${dir}/r1.json`)).exitCode).toBe(0);
    expect((await audit(db, '2026-02-15', '--offline', '--report', `json=${dir}/r2.json`)).exitCode).toBe(0);
    expect((await audit(db, '2026-03-15', '--report', `json=${dir}/r3.json`)).exitCode).toBe(0);
    const text = await cli(['history', db]);
    expect(text.exitCode).toBe(0);
    const lines = text.stdout.split('\n');
    expect(lines[0]).toBe(`History: ${db} — 3 runs`);
    expect(lines.every((l) => [...l].length <= 80)).toBe(true);
    expect(lines.filter((l) => /^\s+\d+ {2}2026-/.test(l)).map((l) => l.trim().split(/\s+/)[1])).toEqual(['2026-01-15', '2026-02-15', '2026-03-15']);
    expect(text.stdout).toContain('Trend: Glow Aesthetics Med Spa — 3 runs, 2026-01-15 to 2026-03-15');
    const json = JSON.parse((await cli(['history', db, '--format', 'json', '--last', '2'])).stdout) as Json;
    expect(json.runs.map((r: Json) => r.id)).toEqual([2, 3]);
    expect(json.trends[0].first.id).toBe(2);
    expect(json.trends[0].areas.find((a: Json) => a.id === 'governance')).toMatchObject({ first: expect.any(Number), last: expect.any(Number) });
    const md = await cli(['history', db, '-f', 'markdown', '--practice', 'Glow Aesthetics Med Spa', '-o', `${dir}/h.md`]);
    expect(md.exitCode).toBe(0);
    expect(readFileSync(`${dir}/h.md`, 'utf8')).toContain('| Run | Date | Practice | Score | Grade | Gate |');
    const none = await cli(['history', db, '--practice', 'Nobody']);
    expect(none.stdout).toBe(`No runs of "Nobody" in ${db} — it has runs of: Glow Aesthetics Med Spa`);

    const fromFiles = await cli(['diff', `${dir}/r1.json`, `${dir}/r3.json`, '--format', 'json']);
    const fromRuns = await cli(['diff', '--history', db, '1', '3', '--format', 'json']);
    expect(fromRuns.exitCode).toBe(0);
    const strip = (s: string) => s.replaceAll(`${dir}/r1.json`, 'OLD').replaceAll(`${dir}/r3.json`, 'NEW').replaceAll(`${db}#1`, 'OLD').replaceAll(`${db}#3`, 'NEW');
    expect(strip(fromRuns.stdout)).toBe(strip(fromFiles.stdout));
    const textRuns = await cli(['diff', '--history', db, '1', '3']);
    expect(strip(textRuns.stdout)).toBe(strip((await cli(['diff', `${dir}/r1.json`, `${dir}/r3.json`])).stdout));
    const missing = await cli(['diff', '--history', db, '1', '9']);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toBe(`${db}: has no run 9 — hipaa-hero history ${db} lists the runs it has`);
  }, 60_000);

  it('refuses a stored report changed outside hipaa-hero, and a database that is not there', async () => {
    const db = fresh();
    expect((await audit(db, '2026-01-15', '--report', 'json=/dev/null')).exitCode).toBe(0);
    const sqlite = new Database(db);
    sqlite.prepare('UPDATE runs SET report_sha256 = ?').run('f'.repeat(64));
    sqlite.close();
    const r = await cli(['diff', '--history', db, '1', '1']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe(`${db}#1: the stored report does not match its SHA-256 — the history file was changed outside hipaa-hero: restore it from a backup, or give another --history file`);
    const missing = await cli(['history', path.join(dir, 'none.db')]);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toBe(`${path.join(dir, 'none.db')}: does not exist — give a history file written by hipaa-hero audit --history <file>`);
  });
});
