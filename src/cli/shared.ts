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
}

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
export async function withProbeSettings<T>(flags: ProbeFlags & OutputFlags, work: (settings: ProbeSettings) => Promise<T>): Promise<T> {
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
  if (flags.offline && flags.facts === undefined && flags.saveFacts !== undefined) {
    notes.push('--save-facts has no effect: --offline probes nothing, so there are no facts to save and no file is written (drop --offline to probe and save)');
  }
  return notes;
}

/**
 * Runs the work that makes a report, after checking its outputs can be made (and that none is an
 * input: `inputs`, and the files the flags name); writes them; the exit code is the gate.
 */
export async function reportWith(flags: OutputFlags & RunFiles, work: () => Promise<Report>, inputs: readonly InputFile[] = []): Promise<number> {
  const prepared = await prepareOutputs(flags, inputs);
  const report = await work();
  await writeOutputs(report, prepared);
  return report.gate.passed ? EXIT.ok : EXIT.gateFailed;
}

/** With --now, the report is dated that day (00:00 UTC), so the same inputs give the same bytes. */
export const generatedAtFor = (now: string | undefined): Date | undefined => (now === undefined ? undefined : new Date(`${now}T00:00:00.000Z`));
