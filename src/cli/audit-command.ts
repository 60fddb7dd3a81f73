// `hipaa-hero audit <file>`: run the audit and print or write the report; the exit code is the gate.
import { runAudit } from '../audit.js';
import { today } from '../engine/days.js';
import type { FailOn } from '../engine/score.js';
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
  const generatedAt = generatedAtFor(flags.now);
  return reportWith(flags, () =>
    withProbeSettings(flags, (probe) =>
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
