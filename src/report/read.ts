// Reading a saved JSON report (for `render`, `diff`, `--baseline`, `verify`): parsed, checked against
// the report's own JSON Schema, and hashed, or refused with a one-line reason naming the file.
import { createHash } from 'node:crypto';
import { parseDocument } from 'yaml';
import { InputError } from '../errors.js';
import { describeRefusal, FileRefused, MiB, readRegularFile } from '../fs-safe.js';
import reportSchema from './report-schema.generated.json' with { type: 'json' };
import type { Report } from './schema.js';

export interface SavedReport {
  path: string;
  sha256: string;
  report: Report;
}

/**
 * A report is parsed whole, so it is capped: the largest stack file allowed (5 MB) makes a JSON
 * report of about 130 MB.
 */
export const MAX_REPORT_BYTES = 256 * MiB;

export async function readReportFile(path: string): Promise<SavedReport> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(path, MAX_REPORT_BYTES);
  } catch (e) {
    if (!(e instanceof FileRefused)) throw e;
    const r = e.refusal;
    // About the file as a whole: no line or column.
    if (r.reason === 'missing') throw InputError.at(path, 0, 0, 'no such file — give the path of a JSON report written by hipaa-hero audit --report json=<file>');
    if (r.reason === 'unreadable') throw InputError.at(path, 0, 0, `cannot read the report (${r.code})`);
    if (r.reason === 'directory') throw InputError.at(path, 0, 0, 'is a directory, not a file — give the path of a JSON report written by hipaa-hero audit --report json=<file>');
    throw InputError.at(path, 0, 0, `this ${describeRefusal(r)} — give the path of a JSON report written by hipaa-hero audit --report json=<file>`);
  }
  const text = bytes.toString('utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // JSON.parse does not always say where; the yaml parser, held to the JSON schema, does.
    const where = parseDocument(text, { schema: 'json' }).errors[0]?.linePos?.[0] ?? { line: 1, col: 1 };
    throw InputError.at(path, where.line, where.col, 'not JSON — give a JSON report written by hipaa-hero audit --report json=<file>');
  }
  const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof data !== 'object' || data === null || (data as { tool?: { name?: unknown } }).tool?.name !== 'hipaa-hero') {
    throw InputError.at(path, 1, 1, 'not a hipaa-hero report — give a JSON report written by hipaa-hero audit --report json=<file>');
  }
  if (version !== 1) {
    throw InputError.at(path, 1, 1, `a report of schemaVersion ${JSON.stringify(version)}, which this version of hipaa-hero does not read (it reads 1) — use the hipaa-hero that wrote it`);
  }
  // CommonJS again: the class is `module.exports.default` whether bundled or not.
  const { default: ajv2020 } = await import('ajv/dist/2020.js');
  const Ajv2020 = ajv2020.default;
  // ajv-formats is CommonJS: its plugin is `module.exports.default`, reached the same way bundled or not.
  const { default: formats } = await import('ajv-formats');
  const addFormats = formats.default;
  const ajv = new Ajv2020({ allErrors: false, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(reportSchema);
  if (!validate(data)) {
    const first = validate.errors?.[0];
    throw InputError.at(path, 1, 1, `not a valid hipaa-hero report: ${first?.instancePath || '/'} ${first?.message ?? ''} — was it edited by hand? Use the file hipaa-hero wrote`);
  }
  return { path, sha256: createHash('sha256').update(bytes).digest('hex'), report: data as Report };
}
