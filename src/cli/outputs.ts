// Where a report goes: the `--report <format>[=<path>]` outputs (at most one on stdout), each
// destination checked before any work, rendered all first and then written all or none (mode
// 0600), the signature beside the JSON report, and, under GitHub Actions, annotations and a job summary.
import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { describeRefusal, FileRefused, MiB, readRegularFile } from '../fs-safe.js';
import { FORMATS, renderFormats, type Format, type RenderSettings } from '../report/render.js';
import type { Report } from '../report/schema.js';
import { checkDestination, contentBytes, contentPieces, refuseOverlaps, sinkFor, WriteFailed, writeFilesAtomically, type Destination, type FileToWrite, type InputFile } from '../write-file.js';
import { err, note, out, refuseDirectories, useColor, writeStdout } from './io.js';

export interface OutputSpec {
  format: Format;
  /** null: standard output (`-`, or /dev/stdout). */
  path: string | null;
  /** The flag as typed, for messages: `--report json=r.json`, `--output r.json`. */
  flag: string;
}

export interface OutputFlags {
  /** `--report <format>[=<path>]`, repeatable. */
  report?: string[];
  /** The older `-f/--format` and `-o/--output`: the same as `--report <format>=<path>`. */
  format?: string;
  output?: string;
  color?: boolean;
  preparedBy?: string;
  logo?: string;
  chromium?: string;
  sign?: string;
  cert?: string;
}

const isFormat = (value: string): value is Format => (FORMATS as readonly string[]).includes(value);
/** `-` and /dev/stdout are both standard output: written by the process, never opened again. */
const toStdout = (target: string): boolean => target === '-' || sinkFor(target).kind === 'stdout';

function parseOutputSpecs(flags: Pick<OutputFlags, 'report' | 'format' | 'output'>): OutputSpec[] {
  const specs: OutputSpec[] = [];
  for (const value of flags.report ?? []) {
    const eq = value.indexOf('=');
    const format = eq === -1 ? value : value.slice(0, eq);
    const target = eq === -1 ? '-' : value.slice(eq + 1);
    if (!isFormat(format)) {
      throw new UsageError(`--report ${value}: unknown format '${format}' — use one of ${FORMATS.join(', ')}, e.g. --report html=report.html`);
    }
    if (target === '') throw new UsageError(`--report ${value}: no path after '=' — write --report ${format}=<path>, or --report ${format} for standard output`);
    specs.push({ format, path: toStdout(target) ? null : target, flag: `--report ${value}` });
  }
  if (flags.format !== undefined || flags.output !== undefined) {
    const format = flags.format ?? 'text';
    if (!isFormat(format)) throw new UsageError(`--format ${format}: use one of ${FORMATS.join(', ')}`);
    specs.push({ format, path: flags.output === undefined || toStdout(flags.output) ? null : flags.output, flag: flags.output === undefined ? `--format ${format}` : `--output ${flags.output}` });
  }
  if (specs.length === 0) specs.push({ format: 'text', path: null, flag: '--report text' });
  if (specs.filter((s) => s.path === null).length > 1) {
    throw new UsageError(`only one report can go to standard output (${specs.filter((s) => s.path === null).map((s) => s.format).join(', ')}) — give the others a path: --report <format>=<path>`);
  }
  const paths = specs.flatMap((s) => (s.path === null ? [] : [path.resolve(s.path)]));
  const twice = paths.find((p, i) => paths.indexOf(p) !== i);
  if (twice) throw new UsageError(`two reports would be written to ${twice} — give each its own path`);
  const pdf = specs.find((s) => s.format === 'pdf' && s.path === null);
  if (pdf && process.stdout.isTTY) throw new UsageError('a PDF is binary and standard output is a terminal — give it a path: --report pdf=report.pdf');
  const pdfOnStderr = specs.find((s) => s.format === 'pdf' && s.path !== null && sinkFor(s.path).kind === 'stderr');
  if (pdfOnStderr && process.stderr.isTTY) throw new UsageError('a PDF is binary and standard error is a terminal — give it a path: --report pdf=report.pdf');
  return specs;
}

const LOGO_TYPES: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp', '.svg': 'image/svg+xml' };
const MAX_LOGO_BYTES = MiB;

async function readLogo(file: string): Promise<RenderSettings['logo']> {
  const mediaType = LOGO_TYPES[path.extname(file).toLowerCase()];
  if (!mediaType) throw new UsageError(`--logo ${file}: use a PNG, JPEG, GIF, WebP or SVG image`);
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(file, MAX_LOGO_BYTES);
  } catch (e) {
    if (!(e instanceof FileRefused)) throw e;
    const r = e.refusal;
    if (r.reason === 'too-large') throw new UsageError(`--logo ${file}: ${(r.size / MiB).toFixed(1)} MB is too large to inline — use an image under 1 MB`);
    throw new UsageError(`--logo ${file}: ${file} ${describeRefusal(r)} — give the path of an image file`);
  }
  if (!looksLike(mediaType, bytes)) {
    throw new UsageError(`--logo ${file}: its content is not a ${mediaType.slice(6).toUpperCase()} image (checked by its first bytes) — give an image file, named for its type`);
  }
  return { mediaType, base64: bytes.toString('base64') };
}

/** Whether `bytes` start the way an image of `mediaType` does: a broken image must not reach a client's cover. */
function looksLike(mediaType: string, bytes: Buffer): boolean {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  switch (mediaType) {
    case 'image/png':
      return starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
    case 'image/jpeg':
      return starts(0xff, 0xd8, 0xff);
    case 'image/gif':
      return bytes.subarray(0, 6).toString('latin1') === 'GIF87a' || bytes.subarray(0, 6).toString('latin1') === 'GIF89a';
    case 'image/webp':
      return bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP';
    case 'image/svg+xml':
      return /<svg[\s>]/i.test(bytes.subarray(0, 4096).toString('utf8'));
    default:
      return false;
  }
}

/** The flags of a run that name files it reads or writes besides its reports. */
export interface RunFiles {
  facts?: string;
  saveFacts?: string;
  baseline?: string;
  ca?: string;
  checks?: string[];
}

/** Every file the run will write (reports, the signature, saved facts), each with the flag that named it. */
export function outputDestinations(flags: OutputFlags & RunFiles, specs: readonly OutputSpec[] = parseOutputSpecs(flags)): Destination[] {
  const files: Destination[] = specs.flatMap((s) => (s.path === null ? [] : [{ path: s.path, what: `the ${s.format} report`, flag: s.flag }]));
  const json = specs.find((s) => s.format === 'json' && s.path !== null);
  if (flags.sign !== undefined && json?.path) files.push({ path: `${json.path}.sig`, what: 'the signature', flag: `--sign (${json.path}.sig)` });
  if (flags.saveFacts !== undefined) files.push({ path: flags.saveFacts, what: 'the saved facts', flag: `--save-facts ${flags.saveFacts}` });
  return files;
}

/** The files named by flags that the run reads: no output may replace one. */
function flagInputs(flags: OutputFlags & RunFiles): InputFile[] {
  const named: Array<[string | undefined, string]> = [
    [flags.logo, 'the --logo image'],
    [flags.facts, 'the --facts file'],
    [flags.baseline, 'the --baseline report'],
    [flags.ca, 'the --ca certificates'],
    [flags.sign, 'the signing key'],
    [flags.cert, 'the --cert certificate'],
    [flags.chromium, 'the Chromium program'],
  ];
  return named.flatMap(([file, what]) => (file === undefined ? [] : [{ path: file, what }]));
}

export interface PreparedOutputs {
  specs: OutputSpec[];
  settings: RenderSettings;
  destinations: Destination[];
  /** Flags that change nothing in this run: said once the reports are written, not before an error. */
  notes?: string[];
  /** The key (and certificate) for --sign, read before any work. */
  signing?: { keyPath: string; keyPem: string; certPath?: string; certPem?: string };
}

/**
 * Everything about the outputs that can be wrong, found before any work is done: every destination
 * can be written (its directory exists and is writable; it is not a directory, a link, a FIFO or a
 * device) and is none of the run's inputs (`inputs`, plus those named by flags).
 */
export async function prepareOutputs(
  flags: OutputFlags & RunFiles,
  inputs: readonly InputFile[] = [],
  /** The run visits pages in Chromium, so --chromium matters without a PDF too. */
  visitsInBrowser = false,
): Promise<PreparedOutputs> {
  const specs = parseOutputSpecs(flags);
  const json = specs.find((s) => s.format === 'json');
  if (flags.cert !== undefined && flags.sign === undefined) throw new UsageError('--cert goes with --sign <key.pem>: the certificate of the signing key');
  if (flags.sign !== undefined && (json === undefined || json.path === null)) {
    throw new UsageError('--sign signs the JSON report file — add --report json=<path> (the signature is written to <path>.sig)');
  }
  const destinations = outputDestinations(flags, specs);
  for (const destination of destinations) await checkDestination(destination);
  await refuseOverlaps(destinations, [...inputs, ...flagInputs(flags)], flags.checks ?? []);
  const settings: RenderSettings = {
    color: useColor(flags.color),
    width: process.stdout.columns || 80,
    ...(flags.preparedBy !== undefined ? { preparedBy: flags.preparedBy } : {}),
    ...(flags.logo !== undefined ? { logo: await readLogo(flags.logo) } : {}),
    ...(flags.chromium !== undefined ? { chromium: flags.chromium } : {}),
  };
  if (specs.some((s) => s.format === 'pdf')) {
    const { findChromium } = await import('../report/chromium.js');
    const found = await findChromium(flags.chromium);
    if (found === undefined) throw new UsageError((await import('../report/pdf.js')).NO_CHROMIUM);
    settings.chromium = found;
  }
  const prepared: PreparedOutputs = { specs, settings, destinations };
  if (flags.sign !== undefined) {
    await refuseDirectories([
      [flags.sign, 'give the PEM file of the RSA private key to sign with'],
      [flags.cert, "give the PEM file of the signing key's certificate"],
    ]);
    const { readInput } = await import('../sign/keys.js');
    const keyPem = (await readInput(flags.sign, 'key')).toString('utf8');
    const certPem = flags.cert === undefined ? undefined : (await readInput(flags.cert, 'cert')).toString('utf8');
    prepared.signing = { keyPath: flags.sign, keyPem, ...(flags.cert !== undefined && certPem !== undefined ? { certPath: flags.cert, certPem } : {}) };
  }
  const idle = idleOutputFlags(flags, specs, visitsInBrowser);
  if (idle.length) prepared.notes = idle;
  return prepared;
}

/**
 * The flags given that change only reports this run does not write: each is a note (the flag is
 * not wrong, only idle here), so a forgotten `--report html=…` does not go unnoticed.
 */
export function idleOutputFlags(flags: OutputFlags, specs: readonly OutputSpec[], visitsInBrowser = false): string[] {
  const writes = (...formats: Format[]) => specs.some((s) => formats.includes(s.format));
  const notes: string[] = [];
  if (!writes('html', 'pdf')) {
    if (flags.preparedBy !== undefined) notes.push('--prepared-by has no effect: it only changes HTML and PDF reports (add --report html=report.html)');
    if (flags.logo !== undefined) notes.push('--logo has no effect: it only changes HTML and PDF reports (add --report html=report.html)');
  }
  if (flags.chromium !== undefined && !writes('pdf') && !visitsInBrowser) {
    notes.push('--chromium has no effect: this run visits no page in a browser and prints no PDF report (add --report pdf=report.pdf)');
  }
  // Reports written to files never have colours: only a text report on standard output does.
  if (flags.color === false && !specs.some((s) => s.format === 'text' && s.path === null)) {
    notes.push('--no-color has no effect: only the text report on standard output has colours, and this run prints none there');
  }
  return notes;
}

/** The detached signature of the JSON report's bytes, made before anything is written. */
async function signatureOf(body: Uint8Array, signing: NonNullable<PreparedOutputs['signing']>): Promise<string> {
  const { signReport } = await import('../sign/sign.js');
  const { SignInputError } = await import('../sign/keys.js');
  try {
    return signReport(body, signing.keyPem, signing.certPem);
  } catch (e) {
    if (e instanceof SignInputError) throw e.in(e.source === 'cert' && signing.certPath ? signing.certPath : signing.keyPath);
    throw e;
  }
}

/**
 * Renders every output and signs the JSON one, then writes all the files or none (temporary files
 * renamed into place together), then standard output: a report that cannot be made, or a file that
 * cannot be written, leaves every existing report as it was.
 */
export async function writeOutputs(report: Report, prepared: PreparedOutputs): Promise<void> {
  const { specs, settings } = prepared;
  // A file gets no colour and a fixed width: the same report gives the same bytes on any terminal.
  const bodies = await renderFormats(
    specs.map((spec) => ({ format: spec.format, settings: spec.path === null ? settings : { ...settings, color: false, width: 80 } })),
    report,
  );
  const rendered = specs.map((spec, i) => ({ spec, body: bodies[i]! }));
  const files: FileToWrite[] = [];
  const written: string[] = [];
  for (const { spec, body } of rendered) {
    if (spec.path === null) continue;
    const sink = sinkFor(spec.path);
    if (sink.kind === 'file') files.push({ path: spec.path, content: body });
    else if (sink.kind === 'stderr') for (const piece of contentPieces(body)) process.stderr.write(piece);
    written.push(spec.path);
  }
  const json = rendered.find((r) => r.spec.format === 'json' && r.spec.path !== null);
  if (prepared.signing && json?.spec.path) {
    const sig = `${json.spec.path}.sig`;
    // The signature covers exactly the bytes written: made once, signed, and written as they are.
    const bytes = contentBytes(json.body);
    const file = files.find((f) => f.path === json.spec.path);
    if (file) file.content = bytes;
    files.push({ path: sig, content: await signatureOf(bytes, prepared.signing) });
    written.push(sig);
  }
  // Checked again: the run may have taken a while, and a link or a FIFO put there meanwhile must not be followed.
  for (const destination of prepared.destinations.filter((d) => files.some((f) => f.path === d.path))) await checkDestination(destination);
  try {
    await writeFilesAtomically(files);
  } catch (e) {
    if (!(e instanceof WriteFailed)) throw e;
    const what = prepared.destinations.find((d) => d.path === e.file)?.what ?? 'a report';
    throw new UsageError(`cannot write ${what} to ${e.file} (${e.code}) — no report was written; check the disk and the directory's permissions`);
  }
  const toStdout = rendered.find((r) => r.spec.path === null);
  if (toStdout) await writeStdout(toStdout.body, toStdout.spec.format);
  for (const line of prepared.notes ?? []) note(line);
  if (written.length) {
    err(`hipaa-hero: wrote ${written.join(', ')}: score ${report.score.value.toFixed(1)}, grade ${report.score.grade}, gate ${report.gate.passed ? 'passed' : `failed: ${report.gate.reasons.join('; ')}`}\n`);
  }
  if (process.env.GITHUB_ACTIONS === 'true') await githubActions(report, toStdout !== undefined);
}

/**
 * Under GitHub Actions: an annotation per failure (on stdout, where the runner reads workflow
 * commands, unless a report is printed there: then on stderr), and the Markdown report appended to
 * the job summary.
 */
async function githubActions(report: Report, stdoutTaken: boolean): Promise<void> {
  const { githubAnnotations, githubStepSummary } = await import('../report/github.js');
  const annotations = githubAnnotations(report);
  if (annotations) (stdoutTaken ? err : out)(annotations.endsWith('\n') ? annotations : `${annotations}\n`);
  const summary = process.env.GITHUB_STEP_SUMMARY;
  if (summary) {
    try {
      await appendSummary(summary, githubStepSummary(report));
    } catch (e) {
      err(`hipaa-hero: could not write the job summary to $GITHUB_STEP_SUMMARY (${(e as NodeJS.ErrnoException).code ?? 'error'})\n`);
    }
  }
}

/**
 * Appends to the job summary, which the runner creates as a regular file: anything else there (a
 * FIFO, a device) is refused (ENOTREG), and O_NONBLOCK keeps a FIFO swapped in meanwhile from
 * blocking the open (it fails with ENXIO instead).
 */
async function appendSummary(file: string, text: string): Promise<void> {
  const before = await stat(file).catch(() => undefined);
  if (before && !before.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
  const handle = await open(file, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | (constants.O_NONBLOCK ?? 0), 0o600);
  try {
    if (!(await handle.stat()).isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
    await handle.writeFile(text);
  } finally {
    await handle.close();
  }
}
