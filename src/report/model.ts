// Builds the report model (schemaVersion 1) from results and score: the one input of every reporter.
import type { CheckResult } from '../engine/run.js';
import { FORMULA, SCORING_VERSION, WEIGHTS, type Gate, type Score } from '../engine/score.js';
import type { Position } from '../stack/positions.js';
import { VERSION } from '../version.js';
import type { Report, Result } from './schema.js';

export interface ReportInput {
  stack: { file: string; sha256: string; practice: string; locate(pointer: string): Position };
  results: readonly CheckResult[];
  score: Score;
  gate: Gate;
  now: string;
  generatedAt: Date;
}

export function buildReport(input: ReportInput): Report {
  const { stack, score } = input;
  return {
    schemaVersion: 1,
    tool: { name: 'hipaa-hero', version: VERSION },
    generatedAt: input.generatedAt.toISOString(),
    auditDate: input.now,
    stack: { path: stack.file, sha256: stack.sha256, practice: stack.practice },
    score: {
      value: score.value,
      grade: score.grade,
      uncappedGrade: score.uncappedGrade,
      capped: score.capped,
      formula: FORMULA,
      weights: { ...WEIGHTS },
      scoringVersion: SCORING_VERSION,
    },
    areas: score.areas.map((a) => ({ id: a.id, title: a.title, score: a.score, counts: { ...a.counts } })),
    counts: { ...score.counts },
    gate: { ...input.gate, reasons: [...input.gate.reasons] },
    results: input.results.map((r): Result => {
      let location: Result['location'] = null;
      if (r.path !== undefined) {
        const at = stack.locate(r.path);
        location = { file: stack.file, line: at.line, column: at.column, pointer: r.path };
      }
      const result: Result = {
        checkId: r.meta.id,
        title: r.meta.title,
        area: r.meta.area,
        severity: r.meta.severity,
        hipaa: r.meta.hipaa.slice(),
        status: r.status,
        subject: r.subject,
        message: r.message,
        remediation: r.meta.remediation,
        location,
      };
      if (r.evidence !== undefined) result.evidence = r.evidence;
      if (r.waiver) result.waiver = r.waiver;
      return result;
    }),
  };
}
