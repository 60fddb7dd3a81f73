// Where a report goes: the `--report <format>[=<path>]` outputs (at most one on stdout), rendered
// all first and then written whole (atomically, mode 0600), the signature beside the JSON report,
// and, under GitHub Actions, annotations and a job summary.
import { appendFile, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { FORMATS, renderFormats, type Format, type RenderSettings } from '../report/render.js';
import type { Report } from '../report/schema.js';
import { writeOutputFile } from '../write-file.js';
import { err, out, useColor } from './io.js';

export interface OutputSpec {
  format: Format;
  /** null: standard output. */
  path: string | null;
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
    specs.push({ format, path: target === '-' ? null : target });
  }
  if (flags.format !== undefined || flags.output !== undefined) {
    const format = flags.format ?? 'text';
    if (!isFormat(format)) throw new UsageError(`--format ${format}: use one of ${FORMATS.join(', ')}`);
    specs.push({ format, path: flags.output ?? null });
  }
  if (specs.length === 0) specs.push({ format: 'text', path: null });
  if (specs.filter((s) => s.path === null).length > 1) {
    throw new UsageError(`only one report can go to standard output (${specs.filter((s) => s.path === null).map((s) => s.format).join(', ')}) — give the others a path: --report <format>=<path>`);
  }
  const paths = specs.flatMap((s) => (s.path === null ? [] : [path.resolve(s.path)]));
  const twice = paths.find((p, i) => paths.indexOf(p) !== i);
  if (twice) throw new UsageError(`two reports would be written to ${twice} — give each its own path`);
  const pdf = specs.find((s) => s.format === 'pdf' && s.path === null);
  if (pdf && process.stdout.isTTY) throw new UsageError('a PDF is binary and standard output is a terminal — give it a path: --report pdf=report.pdf');
  return specs;
}

const LOGO_TYPES: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp', '.svg': 'image/svg+xml' };
const MAX_LOGO_BYTES = 1024 * 1024;

async function readLogo(file: string): Promise<RenderSettings['logo']> {
  const mediaType = LOGO_TYPES[path.extname(file).toLowerCase()];
  if (!mediaType) throw new UsageError(`--logo ${file}: use a PNG, JPEG, GIF, WebP or SVG image`);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    throw new UsageError(`--logo ${file}: cannot read it (${(e as NodeJS.ErrnoException).code ?? 'error'}) — check the path`);
  }
  if (bytes.length > MAX_LOGO_BYTES) throw new UsageError(`--logo ${file}: ${(bytes.length / 1048576).toFixed(1)} MB is too large to inline — use an image under 1 MB`);
  return { mediaType, base64: bytes.toString('base64') };
}

/** Everything about the outputs that can be wrong, found before any work is done. */
export async function prepareOutputs(flags: OutputFlags): Promise<{ specs: OutputSpec[]; settings: RenderSettings }> {
  const specs = parseOutputSpecs(flags);
  const json = specs.find((s) => s.format === 'json');
  if (flags.cert !== undefined && flags.sign === undefined) throw new UsageError('--cert goes with --sign <key.pem>: the certificate of the signing key');
  if (flags.sign !== undefined && (json === undefined || json.path === null)) {
    throw new UsageError('--sign signs the JSON report file — add --report json=<path> (the signature is written to <path>.sig)');
  }
  for (const spec of specs) {
    if (spec.path === null) continue;
    const dir = path.dirname(path.resolve(spec.path));
    const isDir = await stat(dir).then((d) => d.isDirectory(), () => false);
    if (!isDir) throw new UsageError(`cannot write the ${spec.format} report to ${spec.path}: the directory ${path.dirname(spec.path)} does not exist — create it, or choose another path`);
  }
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
  return { specs, settings };
}

/** Renders every output, then writes them; nothing is written when any fails to render. */
export async function writeOutputs(report: Report, specs: readonly OutputSpec[], settings: RenderSettings, flags: OutputFlags): Promise<void> {
  // A file gets no colour and a fixed width: the same report gives the same bytes on any terminal.
  const bodies = await renderFormats(
    specs.map((spec) => ({ format: spec.format, settings: spec.path === null ? settings : { ...settings, color: false, width: 80 } })),
    report,
  );
  const rendered = specs.map((spec, i) => ({ spec, body: bodies[i]! }));
  const written: string[] = [];
  for (const { spec, body } of rendered) {
    if (spec.path === null) continue;
    try {
      await writeOutputFile(spec.path, body);
    } catch (e) {
      throw new UsageError(`cannot write the ${spec.format} report to ${spec.path} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}) — check that its directory exists and is writable`);
    }
    written.push(spec.path);
  }
  const json = specs.find((s) => s.format === 'json' && s.path !== null);
  if (flags.sign !== undefined && json?.path) {
    const { signReportFile } = await import('../sign/sign.js');
    const signature = await signReportFile(json.path, flags.sign, flags.cert);
    await writeOutputFile(`${json.path}.sig`, signature);
    written.push(`${json.path}.sig`);
  }
  const toStdout = rendered.find((r) => r.spec.path === null);
  if (toStdout) typeof toStdout.body === 'string' ? out(toStdout.body) : process.stdout.write(toStdout.body);
  if (written.length) {
    err(`hipaa-hero: wrote ${written.join(', ')}: score ${report.score.value.toFixed(1)}, grade ${report.score.grade}, gate ${report.gate.passed ? 'passed' : 'failed'}\n`);
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
      await appendFile(summary, githubStepSummary(report));
    } catch (e) {
      err(`hipaa-hero: could not write the job summary to $GITHUB_STEP_SUMMARY (${(e as NodeJS.ErrnoException).code ?? 'error'})\n`);
    }
  }
}
