// Builds the report model (schemaVersion 1) from results and score: the one input of every reporter.
import type { CheckResult } from '../engine/run.js';
import { FORMULA, SCORING_VERSION, WEIGHTS, type Gate, type Score } from '../engine/score.js';
import type { Position } from '../stack/positions.js';
import { VERSION } from '../version.js';
import type { EndpointGrades } from '../grade/endpoint-grades.js';
import type { Report, Result } from './schema.js';

export interface ReportInput {
  stack: { file: string; sha256: string; practice: string; locate(pointer: string): Position | null };
  results: readonly CheckResult[];
  score: Score;
  gate: Gate;
  now: string;
  generatedAt: Date;
  /** Grades of each probed endpoint (absent when nothing was probed). */
  endpoints?: readonly EndpointGrades[];
}

export function buildReport(input: ReportInput): Report {
  const { stack, score } = input;
  const report: Report = {
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
      const at = r.path === undefined ? null : stack.locate(r.path);
      if (at !== null) location = { file: stack.file, line: at.line, column: at.column, pointer: r.path! };
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
  if (input.endpoints) {
    report.endpoints = input.endpoints.map((e) => ({
      url: e.url,
      phi: e.phi,
      ...(e.error !== undefined ? { error: e.error } : {}),
      tls: { grade: e.tls.grade, score: e.tls.score, parts: { ...e.tls.parts }, caps: [...e.tls.caps], limits: [...e.tls.limits] },
      headers: { grade: e.headers.grade, score: e.headers.score, tests: e.headers.tests.map((t) => ({ ...t })), limits: [...e.headers.limits] },
    }));
  }
  return report;
}
