// `hipaa-hero audit <file>`: run the audit and print or write the report; the exit code is the gate.
import { runAudit } from '../audit.js';
import { today } from '../engine/days.js';
import type { FailOn } from '../engine/score.js';
import { emitReport, withProbeSettings, type OutputFlags, type ProbeFlags } from './shared.js';

export interface AuditFlags extends OutputFlags, ProbeFlags {
  now?: string;
  checks: string[];
  failOn: FailOn;
  failUnder?: number;
}

export async function auditCommand(file: string, flags: AuditFlags): Promise<number> {
  const report = await withProbeSettings(flags, (probe) =>
    runAudit({
      file,
      now: flags.now ?? today(),
      checksDirs: flags.checks,
      failOn: flags.failOn,
      failUnder: flags.failUnder ?? null,
      probe,
    }),
  );
  return emitReport(report, flags);
}
