// What `audit` and `probe` share: turning probe flags into settings (with progress on a terminal),
// and the report's outputs, whose exit code is the gate.
import type { ProbeSettings } from '../audit.js';
import type { Report } from '../report/schema.js';
import { describeRefusal, FileRefused, MiB, readRegularFile } from '../fs-safe.js';
import type { InputFile } from '../write-file.js';
import { outputDestinations, prepareOutputs, writeOutputs, type OutputFlags, type RunFiles } from './outputs.js';
import { EXIT } from './run.js';
import { InputError, UsageError } from '../errors.js';
import { note, refuseDirectories } from './io.js';
import type { PageBrowser } from '../gather/page-visit.js';
import { sanitizeLine } from '../report/sanitize.js';

export interface ProbeFlags {
  offline?: boolean;
  facts?: string;
  saveFacts?: string;
  timeout: number;
  deadline: number;
  concurrency: number;
  ca?: string;
  /** Follow document paths outside the stack file's folder (`audit --allow-outside`). */
  allowOutside?: boolean;
  /** false with --no-browser: pages are read from their HTML, never loaded in Chromium. */
  browser?: boolean;
}

/** What a run holds from start to end: the one Chromium its page visits and its PDF share. */
export interface RunSession {
  /** Undefined when this run visits no page in a browser. */
  browser?: PageBrowser;
}

/** Pages are visited when endpoints are probed live (not --offline, not replaying --facts). */
const visitsPages = (flags: ProbeFlags): boolean => flags.offline !== true && flags.facts === undefined;

/**
 * The run's page browser, started at its first use: the Chromium given with --chromium or found on
 * this machine. Undefined with --no-browser, when no page is visited, or when there is no Chromium
 * (the pages are then read from their HTML, and a note says so).
 */
async function openSession(flags: ProbeFlags & OutputFlags): Promise<RunSession> {
  if (!visitsPages(flags) || flags.browser === false) return {};
  const { findPageBrowser } = await import('../gather/page-visit.js');
  const browser = await findPageBrowser(flags.chromium !== undefined ? { chromium: flags.chromium } : {});
  if (browser === undefined) {
    if (flags.chromium !== undefined) {
      throw new UsageError(`--chromium ${sanitizeLine(flags.chromium)} is not an executable file — give the path of a Chromium or Chrome program`);
    }
    note(`${NO_BROWSER}: install Chromium (Debian/Ubuntu: apt-get install chromium; macOS: brew install --cask chromium) or give its path with --chromium <path>`);
  }
  return browser === undefined ? {} : { browser };
}

/** Why the page checks of a run without Chromium are not fully judged. */
export const NO_BROWSER = 'no Chromium found: each page was read from its HTML only, so trackers that scripts add were not seen';

/** A CA bundle is PEM text: the system's whole bundle is a few hundred KB. */
const MAX_CA_BYTES = 4 * MiB;

async function readCa(path: string): Promise<string> {
  let text: string;
  try {
    text = (await readRegularFile(path, MAX_CA_BYTES)).toString('utf8');
  } catch (e) {
    if (!(e instanceof FileRefused)) throw e;
    throw InputError.at(path, 0, 0, `cannot read the CA file: it ${describeRefusal(e.refusal)} — give a PEM file of trusted certificates`);
  }
  if (!text.includes('-----BEGIN CERTIFICATE-----')) {
    throw InputError.at(path, 1, 1, 'no PEM certificate in this file — give a file with -----BEGIN CERTIFICATE----- blocks');
  }
  return text;
}

/**
 * A spinner on stderr while probing, only when stderr is a terminal with a known width (a spinner
 * redraws by counting the lines its text wraps to, which a zero-width pseudo-terminal makes endless).
 */
async function progressReporter(): Promise<{ onProgress: ProbeSettings['onProgress']; stop(): void } | undefined> {
  if (!process.stderr.isTTY || !(process.stderr.columns > 0)) return undefined;
  const { default: ora } = await import('ora');
  const spinner = ora({ text: 'Probing endpoints', stream: process.stderr, discardStdin: false }).start();
  return {
    onProgress(done, total, url) {
      spinner.text = `Probing endpoints: ${done} of ${total} done (${url})`;
    },
    stop: () => spinner.stop(),
  };
}

/**
 * Runs `work` with probe settings from the flags; the spinner (if any) stops when it ends. The
 * settings also carry what the audit must know of the run's files: whether documents outside the
 * stack's folder may be read, and every file the run will write (no input may be one of them).
 */
export async function withProbeSettings<T>(
  flags: ProbeFlags & OutputFlags,
  session: RunSession,
  work: (settings: ProbeSettings) => Promise<T>,
): Promise<T> {
  if (flags.facts !== undefined && flags.saveFacts !== undefined) {
    throw new UsageError('--facts replays saved facts and --save-facts records new ones — give one of them');
  }
  await refuseDirectories([
    [flags.facts, 'give the path of a facts file written by --save-facts'],
    [flags.ca, 'give a PEM file of trusted certificates'],
  ]);
  const settings: ProbeSettings = {
    offline: flags.offline ?? false,
    timeoutMs: flags.timeout * 1000,
    deadlineMs: flags.deadline * 1000,
    concurrency: flags.concurrency,
    ...(flags.facts !== undefined ? { factsFile: flags.facts } : {}),
    ...(flags.saveFacts !== undefined ? { saveFacts: flags.saveFacts } : {}),
    ...(flags.ca !== undefined ? { ca: await readCa(flags.ca) } : {}),
    ...(flags.allowOutside ? { allowOutside: true } : {}),
    ...(visitsPages(flags) ? { pages: session.browser !== undefined ? { browser: session.browser } : {} } : {}),
    outputs: outputDestinations(flags),
  };
  const progress = flags.offline || flags.facts !== undefined ? undefined : await progressReporter();
  if (progress) settings.onProgress = progress.onProgress;
  let done: T;
  try {
    done = await work(settings);
  } finally {
    progress?.stop();
  }
  // Said only when the work succeeded: a run that ends in an error says that one thing.
  for (const line of idleProbeFlags(flags)) note(line);
  return done;
}

/** The probe flags given that change nothing when nothing is probed (--offline, or --facts replaying). */
export function idleProbeFlags(flags: ProbeFlags): string[] {
  const notes: string[] = [];
  const why = flags.facts !== undefined ? '--facts replays saved facts instead (drop --facts to probe)' : flags.offline ? '--offline probes nothing (drop --offline to probe)' : undefined;
  if (why && flags.ca !== undefined) notes.push(`--ca has no effect: it only changes live probing, and ${why}`);
  if (why && flags.browser === false) notes.push(`--no-browser has no effect: it only changes how live probing visits pages, and ${why}`);
  if (flags.offline && flags.facts === undefined && flags.saveFacts !== undefined) {
    notes.push('--save-facts has no effect: --offline probes nothing, so there are no facts to save and no file is written (drop --offline to probe and save)');
  }
  return notes;
}

/** What a command adds around writing the report (audit --history): a last change to it, and what follows a successful write. */
export interface ReportHooks {
  beforeWrite?(report: Report): Report | Promise<Report>;
  /** Called only once every report was written. */
  afterWrite?(report: Report): void | Promise<void>;
}

/**
 * Runs the work that makes a report, after checking its outputs can be made (and that none is an
 * input: `inputs`, and the files the flags name); writes them; the exit code is the gate.
 */
export async function reportWith(
  flags: OutputFlags & RunFiles & ProbeFlags,
  work: (session: RunSession) => Promise<Report>,
  inputs: readonly InputFile[] = [],
  hooks: ReportHooks = {},
): Promise<number> {
  const prepared = await prepareOutputs(flags, inputs, visitsPages(flags) && flags.browser !== false);
  const session = await openSession(flags);
  // The PDF's own Chromium starts now, beside the audit, unless page visits may start one to print in.
  const pdfPrinter =
    session.browser === undefined && prepared.specs.some((s) => s.format === 'pdf')
      ? await (await import('../report/pdf.js')).startPdf(prepared.settings.chromium !== undefined ? { chromium: prepared.settings.chromium } : {})
      : undefined;
  try {
    const made = await work(session);
    const report = hooks.beforeWrite ? await hooks.beforeWrite(made) : made;
    // A PDF is printed by the Chromium the page visits started, if they started one.
    const settings = { ...prepared.settings, ...(session.browser !== undefined ? { browser: session.browser } : {}), ...(pdfPrinter !== undefined ? { pdfPrinter } : {}) };
    await writeOutputs(report, { ...prepared, settings });
    await hooks.afterWrite?.(report);
    return report.gate.passed ? EXIT.ok : EXIT.gateFailed;
  } finally {
    await pdfPrinter?.close();
    await session.browser?.close();
  }
}

/** With --now, the report is dated that day (00:00 UTC), so the same inputs give the same bytes. */
export const generatedAtFor = (now: string | undefined): Date | undefined => (now === undefined ? undefined : new Date(`${now}T00:00:00.000Z`));
