// Reports read back from the history database are input like any other: decompressed within the
// cap a report file has, checked against their stored SHA-256, parsed, and validated against the
// report's JSON Schema (as src/report/read.ts checks a report file) before anything uses them.
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { InputError } from '../errors.js';
import { MAX_REPORT_BYTES, type SavedReport } from '../report/read.js';
import reportSchema from '../report/report-schema.generated.json' with { type: 'json' };
import type { Report } from '../report/schema.js';
import { openHistory, sqliteProblem, type Db } from './db.js';

/** How a stored run is named in messages and in `diff` output: `history.db#7`. */
export const runName = (file: string, id: number): string => `${file}#${id}`;

const CHANGED = 'the history file was changed outside hipaa-hero: restore it from a backup, or give another --history file';

let validator: ((data: unknown) => boolean) & { errors?: Array<{ instancePath?: string; message?: string }> | null };

async function validate(data: unknown): Promise<typeof validator.errors> {
  if (!validator) {
    // CommonJS, reached the same way bundled or not (see src/report/read.ts).
    const { default: ajv2020 } = await import('ajv/dist/2020.js');
    const { default: formats } = await import('ajv-formats');
    const ajv = new ajv2020.default({ allErrors: false, strict: false });
    formats.default(ajv);
    validator = ajv.compile(reportSchema);
  }
  return validator(data) ? null : (validator.errors ?? [{ message: 'invalid' }]);
}

/** The JSON report text of a run, parsed and validated; `where` names it in messages (`h.db#3`). */
export async function parseStoredReport(text: string, where: string): Promise<Report> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw InputError.at(where, 0, 0, `the stored report is not JSON — ${CHANGED}`);
  }
  if (typeof data !== 'object' || data === null || (data as { tool?: { name?: unknown } }).tool?.name !== 'hipaa-hero') {
    throw InputError.at(where, 0, 0, `the stored report is not a hipaa-hero report — ${CHANGED}`);
  }
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  if (version !== 1) {
    throw InputError.at(where, 0, 0, `the stored report is of schemaVersion ${JSON.stringify(version)}, which this version of hipaa-hero does not read (it reads 1) — use the hipaa-hero that wrote it`);
  }
  const errors = await validate(data);
  if (errors) throw InputError.at(where, 0, 0, `the stored report is not a valid hipaa-hero report: ${errors[0]?.instancePath || '/'} ${errors[0]?.message ?? ''} — ${CHANGED}`);
  return data as Report;
}

interface StoredRow {
  report_sha256: unknown;
  report_gzip: unknown;
}

/** The report of run `id`, as `diff` and `render` read a report file: its text's SHA-256 and the validated model. */
export async function loadRun(db: Db, file: string, id: number): Promise<SavedReport> {
  const where = runName(file, id);
  let row: StoredRow | undefined;
  try {
    row = db.prepare('SELECT report_sha256, report_gzip FROM runs WHERE id = ?').get(id) as StoredRow | undefined;
  } catch (e) {
    throw sqliteProblem(file, e, `cannot read run ${id}`);
  }
  if (row === undefined) throw InputError.at(file, 0, 0, `has no run ${id} — hipaa-hero history ${file} lists the runs it has`);
  if (!Buffer.isBuffer(row.report_gzip) || typeof row.report_sha256 !== 'string') throw InputError.at(where, 0, 0, `the stored report is missing — ${CHANGED}`);
  let bytes: Buffer;
  try {
    bytes = gunzipSync(row.report_gzip, { maxOutputLength: MAX_REPORT_BYTES });
  } catch {
    throw InputError.at(where, 0, 0, `the stored report cannot be decompressed (or is over ${MAX_REPORT_BYTES / 2 ** 20} MiB) — ${CHANGED}`);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== row.report_sha256) throw InputError.at(where, 0, 0, `the stored report does not match its SHA-256 — ${CHANGED}`);
  return { path: where, sha256, report: await parseStoredReport(bytes.toString('utf8'), where) };
}

/** A run number as typed on the command line: a whole number from 1. */
export function parseRunId(value: string, file: string): number {
  if (!/^[1-9]\d{0,15}$/.test(value)) {
    throw InputError.at(file, 0, 0, `'${value}' is not a run number — give two run numbers that hipaa-hero history ${file} lists, e.g. diff --history ${file} 1 2`);
  }
  return Number(value);
}

/** The two stored reports `diff --history <db> <old> <new>` compares. */
export async function loadRunPair(file: string, older: string, newer: string): Promise<[SavedReport, SavedReport]> {
  const ids = [parseRunId(older, file), parseRunId(newer, file)] as const;
  const db = await openHistory(file, false);
  try {
    return [await loadRun(db, file, ids[0]), await loadRun(db, file, ids[1])];
  } finally {
    db.close();
  }
}
