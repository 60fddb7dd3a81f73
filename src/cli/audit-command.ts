// `hipaa-hero audit <file>`: run the audit and print or write the report; the exit code is the gate.
import { runAudit } from '../audit.js';
import { today } from '../engine/days.js';
import type { FailOn } from '../engine/score.js';
import { UsageError } from '../errors.js';
import { renderJson } from '../report/json.js';
import { EXIT } from './run.js';
import { err, out, useColor, writeReportFile } from './io.js';

export interface AuditFlags {
  format: 'text' | 'json';
  output?: string;
  now?: string;
  offline: boolean;
  checks: string[];
  failOn: FailOn;
  failUnder?: number;
  color?: boolean;
}

export async function auditCommand(file: string, flags: AuditFlags): Promise<number> {
  const report = await runAudit({
    file,
    now: flags.now ?? today(),
    offline: flags.offline,
    checksDirs: flags.checks,
    failOn: flags.failOn,
    failUnder: flags.failUnder ?? null,
  });
  const toFile = flags.output !== undefined;
  const body =
    flags.format === 'json'
      ? renderJson(report)
      : (await import('../report/text.js')).renderText(report, { color: !toFile && useColor(flags.color), width: process.stdout.columns || 80 });
  if (toFile) {
    try {
      await writeReportFile(flags.output!, body);
    } catch (e) {
      throw new UsageError(`cannot write the report to ${flags.output} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}) — check that its directory exists and is writable`);
    }
    err(`hipaa-hero: wrote ${flags.output}: score ${report.score.value.toFixed(1)}, grade ${report.score.grade}, gate ${report.gate.passed ? 'passed' : 'failed'}\n`);
  } else {
    out(body);
  }
  return report.gate.passed ? EXIT.ok : EXIT.gateFailed;
}
