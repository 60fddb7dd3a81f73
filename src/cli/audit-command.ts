// `hipaa-hero audit <file>`: run the audit and print or write the report; the exit code is the gate.
import { runAudit } from '../audit.js';
import { today } from '../engine/days.js';
import type { FailOn } from '../engine/score.js';
import { GIVE_A_REPORT, refuseDirectories } from './io.js';
import type { OutputFlags } from './outputs.js';
import { generatedAtFor, reportWith, withProbeSettings, type ProbeFlags } from './shared.js';

export interface AuditFlags extends OutputFlags, ProbeFlags {
  now?: string;
  checks: string[];
  failOn: FailOn;
  failUnder?: number;
  baseline?: string;
  failOnNew?: boolean;
}

export async function auditCommand(file: string, flags: AuditFlags): Promise<number> {
  await refuseDirectories([
    [file, 'give the path of a stack YAML file'],
    [flags.baseline, GIVE_A_REPORT],
  ]);
  const generatedAt = generatedAtFor(flags.now);
  return reportWith(flags, (session) =>
    withProbeSettings(flags, session, (probe) =>
      runAudit({
        file,
        now: flags.now ?? today(),
        checksDirs: flags.checks,
        failOn: flags.failOn,
        failUnder: flags.failUnder ?? null,
        ...(flags.baseline !== undefined ? { baseline: flags.baseline } : {}),
        ...(flags.failOnNew ? { failOnNew: true } : {}),
        ...(generatedAt ? { generatedAt } : {}),
        probe,
      }),
    ),
  );
}
