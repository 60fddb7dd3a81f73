// Opening the history database (audit --history, `history`, `diff --history`): the path checked
// as every file hipaa-hero writes is (never through a link, never a directory, a FIFO or a device),
// its content checked to be a SQLite database of hipaa-hero's history, at a schema this version
// reads, then migrated; WAL mode and a busy timeout let concurrent runs share one file.
import { constants } from 'node:fs';
import { lstat, open, readlink } from 'node:fs/promises';
import type BetterSqlite3 from 'better-sqlite3';
import { InputError, oneLine, UsageError } from '../errors.js';
import { kindOf } from '../fs-safe.js';
import { destinationProblem } from '../write-file.js';
import { HISTORY_SCHEMA, migrate, OUR_TABLES } from './migrations.js';

export type Db = BetterSqlite3.Database;

/** How long a run waits for another one that holds the write lock before it gives up. */
export const BUSY_TIMEOUT_MS = 30_000;

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const GIVE = 'give a history file written by hipaa-hero audit --history <file>';
const GIVE_OR_NEW = `${GIVE}, or the name of a new file`;

const refuse = (file: string, message: string): InputError => InputError.at(file, 0, 0, message);

/** The one line for a database written by a later hipaa-hero. */
export const newerMessage = (version: number): string =>
  `written by a newer hipaa-hero (history schema ${version}; this one reads up to ${HISTORY_SCHEMA}) — upgrade hipaa-hero, or give another --history file`;

interface Found {
  dev: number;
  ino: number;
}

/** What is at the path: nothing (a new file, when `create`), or a regular file that starts like SQLite. */
async function inspect(file: string, create: boolean): Promise<Found> {
  if (file.includes('\0')) throw refuse(JSON.stringify(file), 'is not a possible file name (it contains a NUL byte)');
  let info;
  try {
    info = await lstat(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') throw refuse(file, `cannot be checked (${code ?? 'error'}) — ${GIVE_OR_NEW}`);
    if (!create) throw refuse(file, `does not exist — ${GIVE}`);
    await checkNewHistory(file);
    // Created empty here (SQLite takes an empty file as a new database), owner-only like every report;
    // a run that created it meanwhile is no error. What is there then is checked like any file.
    const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);
    const handle = await open(file, flags, 0o600).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'EEXIST') return undefined;
      throw refuse(file, `cannot create the history file (${e.code ?? 'error'}) — check the directory's permissions, or choose another path`);
    });
    await handle?.close();
    return inspect(file, false);
  }
  if (info.isSymbolicLink()) {
    const target = await readlink(file).catch(() => '?');
    throw refuse(file, `is a symbolic link (to ${target}) — hipaa-hero does not write through links: give the path of the history file itself`);
  }
  if (info.isDirectory()) throw refuse(file, `is a directory, not a file — give a file name, e.g. ${file.replace(/\/+$/, '')}/history.db`);
  if (!info.isFile()) throw refuse(file, `is a ${kindOf(info)}, not a regular file — ${GIVE_OR_NEW}`);
  if (info.size > 0) {
    // O_NONBLOCK and O_NOFOLLOW: a FIFO or a link put there since the lstat is not waited on or followed.
    const handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0)).catch((e: NodeJS.ErrnoException) => {
      throw refuse(file, `cannot be read (${e.code ?? 'error'}) — check its permissions, or ${GIVE_OR_NEW}`);
    });
    const head = Buffer.alloc(MAGIC.length);
    try {
      await handle.read(head, 0, MAGIC.length, 0);
    } finally {
      await handle.close();
    }
    if (!head.equals(MAGIC)) throw refuse(file, `is not a SQLite database — ${GIVE_OR_NEW}`);
  }
  return { dev: info.dev, ino: info.ino };
}

/** Whether anything (a file, a link, a folder...) is at the path. */
export const somethingAt = (file: string): Promise<boolean> => lstat(file).then(
  () => true,
  () => false,
);

/** Refuses a new history file that could not be created at the path (its folder missing or not writable). */
export async function checkNewHistory(file: string): Promise<void> {
  const problem = await destinationProblem(file);
  if (problem) throw refuse(file, `cannot create the history file: ${problem}`);
}

/** A SQLite error's code (SQLITE_BUSY, SQLITE_NOTADB...), or the error's own code. */
export const sqliteCode = (e: unknown): string => (e as { code?: string }).code ?? (e as Error).message;

const isSqliteError = (e: unknown): boolean => typeof (e as { code?: unknown }).code === 'string' && (e as { code: string }).code.startsWith('SQLITE_');

/** The one line for a SQLite failure on this file. */
export function sqliteProblem(file: string, e: unknown, doing: string): InputError {
  const code = sqliteCode(e);
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return refuse(file, `${doing}: another program held the database for ${BUSY_TIMEOUT_MS / 1000} s (${code}) — try again when it is done`);
  }
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return refuse(file, `${doing}: the file is damaged (${code}) — restore it from a backup, or give another --history file`);
  if (code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM') {
    return refuse(file, `${doing}: it cannot be written (${code}) — check the permissions of the file and of its directory`);
  }
  return refuse(file, `${doing} (${code}) — check the disk, or give another --history file`);
}

/**
 * better-sqlite3, with its compiled part loaded (a database in memory is opened and closed): one
 * line, before any work, when the native module is missing or was built for another Node.
 */
export async function loadDriver(): Promise<typeof BetterSqlite3> {
  try {
    const { default: Database } = await import('better-sqlite3');
    new Database(':memory:').close();
    return Database;
  } catch (e) {
    const why = oneLine(String((e as Error).message ?? e).split('\n')[0]!.trim());
    throw new UsageError(`the history database needs better-sqlite3, a native module, which cannot be loaded here (${why}) — run npm rebuild better-sqlite3 where hipaa-hero is installed, or reinstall hipaa-hero`);
  }
}

/**
 * Opens the history database at `file`, creating it when `create` (audit) and it does not exist;
 * refuses (InputError, exit 2, one line naming the file) anything else than a hipaa-hero history
 * database at a schema version this release reads, and migrates an older one.
 */
export async function openHistory(file: string, create: boolean): Promise<Db> {
  const Database = await loadDriver();
  const found = await inspect(file, create);
  let db: Db;
  try {
    db = new Database(file, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  } catch (e) {
    throw sqliteProblem(file, e, 'cannot open the history database');
  }
  try {
    await sameAsChecked(file, found);
    const version = db.pragma('user_version', { simple: true }) as number;
    const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as Array<{ name: string }>).map((t) => t.name);
    // Other programs set user_version too: a history has a runs table from version 1 on, and (up to
    // the version this one knows) no table of anyone else; a later version may have added tables.
    const others = tables.some((t) => !OUR_TABLES.has(t));
    const foreign = version === 0 ? others : !tables.includes('runs') || (version <= HISTORY_SCHEMA && others);
    if (foreign) throw refuse(file, `is a SQLite database of another program, not a hipaa-hero history — ${GIVE_OR_NEW}`);
    if (version > HISTORY_SCHEMA) throw refuse(file, newerMessage(version));
    if ((db.pragma('journal_mode', { simple: true }) as string) !== 'wal') db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    migrate(db);
    return db;
  } catch (e) {
    db.close();
    if (e instanceof InputError) throw e;
    if (isSqliteError(e)) throw sqliteProblem(file, e, 'cannot read the history database');
    throw e;
  }
}

/** The file SQLite opened is still the one checked: no link or other file was swapped in meanwhile. */
async function sameAsChecked(file: string, found: Found): Promise<void> {
  const now = await lstat(file).catch(() => undefined);
  if (now === undefined || !now.isFile() || now.dev !== found.dev || now.ino !== found.ino) {
    throw refuse(file, `changed while it was opened (it is now ${now === undefined ? 'gone' : `a ${kindOf(now)}`}) — give the path of the history file itself`);
  }
}
