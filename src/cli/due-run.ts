// `hipaa-hero due <file>`, the work: check the flags and the output before anything is read, make
// the due list, render it, write it. The exit code is 0, or 1 with --fail-on-overdue when something
// is overdue; bad input is 2 (src/cli/run.ts).
import { today } from '../engine/days.js';
import type { ProfileId } from '../engine/profiles.js';
import { err, refuseDirectories, writeStdout } from './io.js';
import { EXIT } from './run.js';
import { generatedAtFor, withProbeSettings, type ProbeFlags } from './shared.js';
import { sanitizeLine } from '../report/sanitize.js';
import { checkDestination, sinkFor, writeOutputFile, type Destination } from '../write-file.js';
import { runDue, type DueList } from '../due/due.js';
import { parseWithin } from '../due/within.js';

export interface DueFlags extends ProbeFlags {
  within: string;
  now?: string;
  format: 'text' | 'json' | 'markdown' | 'ics';
  output?: string;
  failOnOverdue?: boolean;
  checks: string[];
  profile?: ProfileId;
}

async function render(list: DueList, flags: DueFlags): Promise<string> {
  switch (flags.format) {
    case 'json':
      return (await import('../due/render-json.js')).renderDueJson(list);
    case 'markdown':
      return (await import('../due/render-markdown.js')).renderDueMarkdown(list);
    case 'ics':
      return (await import('../due/render-ics.js')).renderDueIcs(list, generatedAtFor(flags.now) ?? new Date());
    default:
      return (await import('../due/render-text.js')).renderDueText(list);
  }
}

export async function dueCommand(file: string, flags: DueFlags): Promise<number> {
  const withinDays = parseWithin(flags.within);
  await refuseDirectories([[file, 'give the path of a stack YAML file']]);
  const output = flags.output === undefined || flags.output === '-' ? undefined : flags.output;
  const destination: Destination | undefined = output === undefined ? undefined : { path: output, what: `the ${flags.format} due list`, flag: `--output ${sanitizeLine(output)}` };
  if (destination) await checkDestination(destination);
  const probeFlags: ProbeFlags = {
    timeout: flags.timeout,
    deadline: flags.deadline,
    concurrency: flags.concurrency,
    ...(flags.offline ? { offline: true } : {}),
    ...(flags.facts !== undefined ? { facts: flags.facts } : {}),
    ...(flags.ca !== undefined ? { ca: flags.ca } : {}),
    ...(flags.allowOutside ? { allowOutside: true } : {}),
  };
  const list = await withProbeSettings(probeFlags, {}, (probe) =>
    runDue({ file, now: flags.now ?? today(), withinDays, checksDirs: flags.checks, ...(flags.profile !== undefined ? { profile: flags.profile } : {}), probe: { ...probe, outputs: destination ? [destination] : [] } }),
  );
  const body = await render(list, flags);
  const sink = output === undefined ? ({ kind: 'stdout' } as const) : sinkFor(output);
  if (sink.kind === 'stdout') await writeStdout(body, flags.format);
  else if (sink.kind === 'stderr') err(body);
  else if (sink.kind === 'file') {
    await writeOutputFile(sink.path, body);
    const overdue = list.items.filter((i) => i.overdue).length;
    err(`hipaa-hero: wrote ${sanitizeLine(sink.path)}: ${overdue} overdue, ${list.items.length - overdue} coming due by ${list.horizon}\n`);
  }
  return flags.failOnOverdue && list.items.some((i) => i.overdue) ? EXIT.gateFailed : EXIT.ok;
}
