// `hipaa-hero audit <file>`: run the audit and print or write the report; the exit code is the gate.
import { runAudit } from '../audit.js';
import { today } from '../engine/days.js';
import type { FailOn } from '../engine/score.js';
import type { ProfileId } from '../engine/profiles.js';
import type { AuditHistory } from '../history/record.js';
import { err, GIVE_A_REPORT, refuseDirectories } from './io.js';
import { outputDestinations, type OutputFlags } from './outputs.js';
import { generatedAtFor, reportWith, withProbeSettings, type ProbeFlags, type ReportHooks } from './shared.js';

export interface AuditFlags extends OutputFlags, ProbeFlags {
  now?: string;
  checks: string[];
  failOn: FailOn;
  failUnder?: number;
  baseline?: string;
  failOnNew?: boolean;
  /** --history <db> (else HIPAA_HERO_HISTORY): record the run there, and carry the practice's trend. */
  history?: string;
  profile?: ProfileId;
}

export async function auditCommand(file: string, flags: AuditFlags): Promise<number> {
  await refuseDirectories([
    [file, 'give the path of a stack YAML file'],
    [flags.baseline, GIVE_A_REPORT],
  ]);
  const history = await openHistory(file, flags);
  const generatedAt = generatedAtFor(flags.now);
  try {
    return await reportWith(
      flags,
      (session) =>
        withProbeSettings(flags, session, (probe) =>
          runAudit({
            file,
            now: flags.now ?? today(),
            checksDirs: flags.checks,
            failOn: flags.failOn,
            failUnder: flags.failUnder ?? null,
            ...(flags.profile !== undefined ? { profile: flags.profile } : {}),
            ...(flags.baseline !== undefined ? { baseline: flags.baseline } : {}),
            ...(flags.failOnNew ? { failOnNew: true } : {}),
            ...(generatedAt ? { generatedAt } : {}),
            // The history database is written too: no document of the stack may be it.
            probe: history ? { ...probe, outputs: [...(probe.outputs ?? []), history.destination] } : probe,
          }),
        ),
      [],
      history ? historyHooks(history) : {},
    );
  } finally {
    history?.close();
  }
}

/** The run's history database (--history, else HIPAA_HERO_HISTORY), opened and checked before any work; undefined when there is none. */
async function openHistory(file: string, flags: AuditFlags): Promise<AuditHistory | undefined> {
  if (flags.history === undefined && !process.env.HIPAA_HERO_HISTORY) return undefined;
  const { historyDestination, openAuditHistory } = await import('../history/record.js');
  const destination = historyDestination(flags.history)!;
  const named: Array<[string | undefined, string]> = [
    [file, 'the stack file'],
    [flags.facts, 'the --facts file'],
    [flags.baseline, 'the --baseline report'],
    [flags.ca, 'the --ca certificates'],
    [flags.sign, 'the signing key'],
    [flags.cert, 'the --cert certificate'],
    [flags.logo, 'the --logo image'],
    [flags.chromium, 'the Chromium program'],
  ];
  const inputs = named.flatMap(([path, what]) => (path === undefined ? [] : [{ path, what }]));
  return openAuditHistory(destination, inputs, outputDestinations(flags));
}

/** The practice's trend added to the report before it is written; the run recorded once it was. */
const historyHooks = (history: AuditHistory): ReportHooks => ({
  beforeWrite: (report) => history.withTrend(report),
  afterWrite: async (report) => {
    const id = await history.record(report);
    err(`hipaa-hero: recorded run ${id} in ${history.destination.path}\n`);
  },
});
