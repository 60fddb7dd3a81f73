// The portfolio index (index.json, schema `hipaa-hero-portfolio` version 1): one row per practice
// with its score, grade, failures by severity, top findings and what falls due next, and one per
// stack file or report that could not be read, with its one-line error.
import { SEVERITIES, type Severity } from '../engine/check.js';
import type { CheckResult } from '../engine/run.js';
import { evaluateGate, type FailOn, type Score } from '../engine/score.js';
import type { DueItem } from '../due/items.js';
import type { Report } from '../report/schema.js';
import { VERSION } from '../version.js';

export interface Finding {
  checkId: string;
  severity: Severity;
  title: string;
  subject: string;
  message: string;
}

export interface DueEntry {
  date: string;
  /** Days from the audit day: 0 or less when already due. */
  days: number;
  overdue: boolean;
  checkId: string;
  severity: Severity;
  title: string;
  subject: string;
  status: DueItem['status'];
}

export interface PracticeEntry {
  practice: string;
  /** The stack file as given (from reports: as the report names it). */
  stack: string;
  slug: string;
  /** Paths relative to the index, with `/` separators. */
  reports: { json: string; html: string; markdown: string };
  auditDate: string;
  score: number;
  grade: string;
  gate: { passed: boolean; reasons: string[] };
  /** Failed results (status fail) by severity, waived ones not counted. */
  failures: Record<Severity, number>;
  /** Up to 3 failures, the most severe first. */
  top: Finding[];
  /** Up to 3 items falling due within 90 days (overdue first); null when not computed (--from-reports). */
  due: DueEntry[] | null;
  /** The score against the practice's previous recorded run (--history); null when the report has no history. */
  trend: Trend | null;
}

export interface Trend {
  /** Runs on record for the practice, this one included. */
  runs: number;
  /** The run before this one; null on the practice's first recorded run. */
  previous: { date: string; score: number; grade: string } | null;
  /** This score less the previous one, to one decimal; null on the first run. */
  change: number | null;
}

export interface Unreadable {
  /** The stack file or report as given. */
  file: string;
  /** One line: file:line:col: message. */
  error: string;
}

export interface PortfolioIndex {
  schema: 'hipaa-hero-portfolio';
  schemaVersion: 1;
  tool: { name: 'hipaa-hero'; version: string };
  generatedAt: string;
  source: 'audit' | 'reports';
  gate: { failOn: FailOn; failUnder: number | null };
  counts: { practices: number; unreadable: number; gateFailed: number };
  practices: PracticeEntry[];
  unreadable: Unreadable[];
  notes: string[];
}

const RANK = new Map<string, number>(SEVERITIES.map((s, i) => [s, i]));

/** The trend a report's `history` gives (its earlier runs, then itself); null without one. */
function trendOf(report: Report): Trend | null {
  const points = report.history;
  if (!points?.length) return null;
  const previous = points.length > 1 ? points[points.length - 2]! : null;
  return {
    runs: points.length,
    previous: previous && { date: previous.date, score: previous.score, grade: previous.grade },
    change: previous ? Math.round((report.score.value - previous.score) * 10) / 10 : null,
  };
}

/** The index's note when practices' reports were written with these proposals' profiles; null for none. */
export function profileNote(profiles: readonly string[]): string | null {
  const ids = [...new Set(profiles)];
  if (ids.length === 0) return null;
  return (
    `Profile ${ids.join(', ')}: the practices' own reports include the checks of the proposed Security Rule (not law), marked as proposed. ` +
    'The scores, grades, failures and top findings here are those of the rules in force; the gate counts both, as audit does.'
  );
}

/** The gate of `audit --fail-on/--fail-under` (evaluateGate itself), applied to a report's results. */
export function gateOf(report: Report, failOn: FailOn, failUnder: number | null): { passed: boolean; reasons: string[] } {
  // evaluateGate reads only each result's status and severity, and the score's value.
  const results = report.results.map((r) => ({ status: r.status, meta: { severity: r.severity } })) as unknown as CheckResult[];
  const gate = evaluateGate(results, { value: report.score.value } as Score, failOn, failUnder);
  return { passed: gate.passed, reasons: gate.reasons };
}

export function summarize(
  report: Report,
  at: { stack: string; slug: string },
  gate: { failOn: FailOn; failUnder: number | null },
  due: readonly DueItem[] | null,
): PracticeEntry {
  // The index is about the rules in force: a proposal's failures (not law) stay in the practice's own reports.
  const fails = report.results.filter((r) => r.status === 'fail' && r.obligation !== 'proposed');
  const failures = Object.fromEntries(SEVERITIES.map((s) => [s, fails.filter((r) => r.severity === s).length])) as Record<Severity, number>;
  // Sorted by severity only: the report's own order (by check id) breaks ties.
  const top = [...fails]
    .sort((a, b) => RANK.get(a.severity)! - RANK.get(b.severity)!)
    .slice(0, 3)
    .map((r) => ({ checkId: r.checkId, severity: r.severity, title: r.title, subject: r.subject, message: r.message }));
  return {
    practice: report.stack.practice,
    stack: at.stack,
    slug: at.slug,
    reports: { json: `${at.slug}/report.json`, html: `${at.slug}/report.html`, markdown: `${at.slug}/report.md` },
    auditDate: report.auditDate,
    score: report.score.value,
    grade: report.score.grade,
    gate: gateOf(report, gate.failOn, gate.failUnder),
    failures,
    top,
    trend: trendOf(report),
    due:
      due === null
        ? null
        : due.map((d) => ({
            date: d.date,
            days: d.days,
            overdue: d.overdue,
            checkId: d.checkId,
            severity: d.severity,
            title: d.obligation === 'proposed' ? `${d.title} (proposed rule, not law)` : d.title,
            subject: d.subject,
            status: d.status,
          })),
  };
}

export function buildIndex(input: {
  source: PortfolioIndex['source'];
  generatedAt: Date;
  gate: PortfolioIndex['gate'];
  practices: PracticeEntry[];
  unreadable: Unreadable[];
  notes: string[];
}): PortfolioIndex {
  return {
    schema: 'hipaa-hero-portfolio',
    schemaVersion: 1,
    tool: { name: 'hipaa-hero', version: VERSION },
    generatedAt: input.generatedAt.toISOString(),
    source: input.source,
    gate: input.gate,
    counts: { practices: input.practices.length, unreadable: input.unreadable.length, gateFailed: input.practices.filter((p) => !p.gate.passed).length },
    practices: input.practices,
    unreadable: input.unreadable,
    notes: input.notes,
  };
}
