// Builds the report model (schemaVersion 1) from results and score: the one input of every reporter.
import type { CheckResult } from '../engine/run.js';
import { FORMULA, PROPOSED_FORMULA, SCORING_VERSION, WEIGHTS, type Gate, type Score } from '../engine/score.js';
import type { Position } from '../stack/positions.js';
import { VERSION } from '../version.js';
import type { EndpointGrades } from '../grade/endpoint-grades.js';
import type { CoverageRow } from '../engine/coverage.js';
import { buildChecklist } from './checklist.js';
import { compareReports, type BaselineSource, type Change } from './baseline.js';
import { DISCLAIMER } from './obligation.js';
import type { PageSummary, Report, Result } from './schema.js';
import type { VendorHint } from '../knowledge/hints.js';
import type { PageSummaries } from './pages.js';
import { profileNotice, type Profile } from '../engine/profiles.js';
import type { ReportProfile } from './profile-schema.js';
import { MAX_EARLIER_RUNS } from './history-limits.js';
import type { HistoryPoint } from './history-schema.js';

export type CoveredEntity = 'yes' | 'no' | 'unsure';

export interface ReportInput {
  stack: { file: string; sha256: string; practice: string; documents: ReadonlyArray<{ path: string; sha256: string | null }>; locate(pointer: string): Position | null };
  results: readonly CheckResult[];
  score: Score;
  gate: Gate;
  now: string;
  generatedAt: Date;
  coveredEntity: CoveredEntity;
  /** The catalog coverage of the checks that ran; given for audits, which then carry a checklist. */
  coverage?: readonly CoverageRow[];
  /** The previous report and each result's change against it (--baseline). */
  baseline?: { source: BaselineSource; changes: readonly Change[] };
  /** Grades of each probed endpoint (absent when nothing was probed). */
  endpoints?: readonly EndpointGrades[];
  /** What each visited endpoint's page sends to third parties (absent when no page was visited). */
  pages?: PageSummaries;
  /** What is publicly known about the stack's vendors: hints, never verdicts. */
  hints?: readonly VendorHint[];
  /** The audit profile, when it is not the rules in force alone. */
  profile?: Profile;
}

export function buildReport(input: ReportInput): Report {
  const { stack, score } = input;
  const report: Report = {
    schemaVersion: 1,
    tool: { name: 'hipaa-hero', version: VERSION },
    generatedAt: input.generatedAt.toISOString(),
    auditDate: input.now,
    stack: { path: stack.file, sha256: stack.sha256, practice: stack.practice, documents: stack.documents.map((d) => ({ ...d })) },
    ...profileOf(input.profile),
    disclaimer: DISCLAIMER,
    applicability: { coveredEntity: input.coveredEntity, statement: applicabilityStatement(input.coveredEntity) },
    score: {
      value: score.value,
      grade: score.grade,
      uncappedGrade: score.uncappedGrade,
      capped: score.capped,
      formula: input.results.some((r) => r.meta.obligation === 'proposed') ? FORMULA + PROPOSED_FORMULA : FORMULA,
      weights: { ...WEIGHTS },
      scoringVersion: SCORING_VERSION,
    },
    areas: score.areas.map((a) => ({ id: a.id, title: a.title, score: a.score, counts: { ...a.counts } })),
    counts: { ...score.counts },
    gate: { ...input.gate, reasons: [...input.gate.reasons] },
    results: input.results.map((r, index): Result => {
      let location: Result['location'] = null;
      const at = r.path === undefined ? null : stack.locate(r.path);
      if (at !== null) location = { file: stack.file, line: at.line, column: at.column, pointer: r.path! };
      const result: Result = {
        checkId: r.meta.id,
        kind: r.meta.attestation ? 'attestation' : 'automated',
        title: r.meta.title,
        area: r.meta.area,
        severity: r.meta.severity,
        hipaa: r.meta.hipaa.slice(),
        obligation: r.meta.obligation,
        basis: r.meta.basis,
        status: r.status,
        subject: r.subject,
        message: r.message,
        remediation: r.status === 'error' && r.fix !== undefined ? r.fix : r.meta.remediation,
        location,
      };
      if (r.evidence !== undefined) result.evidence = r.evidence;
      if (r.waiver) result.waiver = r.waiver;
      if (r.attestation) result.attestation = { ...r.attestation, ...(r.attestation.evidence ? { evidence: { ...r.attestation.evidence } } : {}) };
      if (r.conflict) result.conflict = r.conflict.map((c) => ({ ...c }));
      const change = input.baseline?.changes[index];
      if (change) result.change = change;
      return result;
    }),
  };
  if (input.hints?.length) report.hints = input.hints.map((h) => ({ ...h, source: [...h.source] }));
  if (input.baseline) report.baseline = compareReports(input.baseline.source, report, input.baseline.changes);
  if (input.coverage) report.checklist = buildChecklist(input.coverage, input.results);
  if (input.endpoints) {
    report.endpoints = input.endpoints.map((e) => ({
      url: e.url,
      phi: e.phi,
      ...(e.error !== undefined ? { error: e.error } : {}),
      ...(e.placeholder !== undefined ? { placeholder: e.placeholder } : {}),
      tls: { grade: e.tls.grade, score: e.tls.score, parts: { ...e.tls.parts }, caps: [...e.tls.caps], limits: [...e.tls.limits] },
      headers: { grade: e.headers.grade, score: e.headers.score, tests: e.headers.tests.map((t) => ({ ...t })), limits: [...e.headers.limits] },
      ...pageOf(input.pages, e.url),
    }));
    if (input.pages?.source !== undefined) report.thirdPartySource = input.pages.source;
  }
  return report;
}

/**
 * The report with its `history`: the practice's earlier runs (oldest first; the last
 * MAX_EARLIER_RUNS of them) and then this run. A copy: the report given is not changed.
 */
export function withHistory(report: Report, earlier: readonly HistoryPoint[]): Report {
  const own: HistoryPoint = { date: report.auditDate, score: report.score.value, grade: report.score.grade };
  return { ...report, history: [...earlier.slice(-MAX_EARLIER_RUNS).map((p) => ({ ...p })), own] };
}

/** `{ profile }` for a profile that adds a proposal's checks; `{}` for the rules in force, so those reports do not change. */
function profileOf(profile: Profile | undefined): { profile?: ReportProfile } {
  const notice = profile && profileNotice(profile);
  if (!profile?.proposal || !notice) return {};
  return { profile: { id: profile.id, title: profile.title, proposal: { ...profile.proposal }, notice } };
}

/** `{ page }` for an endpoint whose page was visited, a copy; `{}` otherwise. */
function pageOf(pages: PageSummaries | undefined, url: string): { page?: PageSummary } {
  const page = pages?.byUrl.get(url);
  if (page === undefined) return {};
  return { page: { ...page, thirdParties: page.thirdParties.map((t) => ({ ...t, hosts: [...t.hosts], cookies: [...t.cookies] })) } };
}

/** What the report says first when HIPAA may not bind the practice; null when it is a covered entity. */
function applicabilityStatement(coveredEntity: CoveredEntity): string | null {
  if (coveredEntity === 'no') {
    return (
      'The practice says it is not a HIPAA covered entity (practice.covered_entity: no), so HIPAA may not apply to it; ' +
      "state privacy and breach-notification laws, and the FTC's authority over unfair or deceptive practices, may still reach it. " +
      'Every check still ran, as good practice for protecting patient information.'
    );
  }
  if (coveredEntity === 'unsure') {
    return (
      'The practice is unsure whether it is a HIPAA covered entity (practice.covered_entity: unsure). ' +
      'A health care provider is one when it sends claims or other standard transactions electronically, itself or through a billing service, ' +
      'and then HIPAA covers all of its PHI, cash-pay cosmetic records included. ' +
      'Every check ran as if it were one; confirm the answer with counsel.'
    );
  }
  return null;
}
