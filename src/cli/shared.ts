// What `audit` and `probe` share: turning probe flags into settings (with progress on a terminal),
// and printing or writing the report. The exit code is the gate.
import { readFile } from 'node:fs/promises';
import type { ProbeSettings } from '../audit.js';
import { InputError, UsageError } from '../errors.js';
import { renderJson } from '../report/json.js';
import type { Report } from '../report/schema.js';
import { writeOutputFile } from '../write-file.js';
import { EXIT } from './run.js';
import { err, out, useColor } from './io.js';

export interface ProbeFlags {
  offline?: boolean;
  facts?: string;
  saveFacts?: string;
  timeout: number;
  deadline: number;
  concurrency: number;
  ca?: string;
}

export interface OutputFlags {
  format: 'text' | 'json';
  output?: string;
  color?: boolean;
}

async function readCa(path: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw InputError.at(path, 1, 1, `cannot read the CA file (${(e as NodeJS.ErrnoException).code ?? 'error'}) — give a PEM file of trusted certificates`);
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

/** Runs `work` with probe settings from the flags; the spinner (if any) stops when it ends. */
export async function withProbeSettings<T>(flags: ProbeFlags, work: (settings: ProbeSettings) => Promise<T>): Promise<T> {
  if (flags.facts !== undefined && flags.saveFacts !== undefined) {
    throw new UsageError('--facts replays saved facts and --save-facts records new ones — give one of them');
  }
  const settings: ProbeSettings = {
    offline: flags.offline ?? false,
    timeoutMs: flags.timeout * 1000,
    deadlineMs: flags.deadline * 1000,
    concurrency: flags.concurrency,
    ...(flags.facts !== undefined ? { factsFile: flags.facts } : {}),
    ...(flags.saveFacts !== undefined ? { saveFacts: flags.saveFacts } : {}),
    ...(flags.ca !== undefined ? { ca: await readCa(flags.ca) } : {}),
  };
  const progress = flags.offline || flags.facts !== undefined ? undefined : await progressReporter();
  if (progress) settings.onProgress = progress.onProgress;
  try {
    return await work(settings);
  } finally {
    progress?.stop();
  }
}

export async function emitReport(report: Report, flags: OutputFlags): Promise<number> {
  const toFile = flags.output !== undefined;
  const body =
    flags.format === 'json'
      ? renderJson(report)
      : (await import('../report/text.js')).renderText(report, { color: !toFile && useColor(flags.color), width: process.stdout.columns || 80 });
  if (toFile) {
    try {
      await writeOutputFile(flags.output!, body);
    } catch (e) {
      throw new UsageError(`cannot write the report to ${flags.output} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}) — check that its directory exists and is writable`);
    }
    err(`hipaa-hero: wrote ${flags.output}: score ${report.score.value.toFixed(1)}, grade ${report.score.grade}, gate ${report.gate.passed ? 'passed' : 'failed'}\n`);
  } else {
    out(body);
  }
  return report.gate.passed ? EXIT.ok : EXIT.gateFailed;
}
