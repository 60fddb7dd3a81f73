// The JUnit XML reporter (CI test dashboards: GitLab, Jenkins, Azure DevOps…), rendered from the report model only.
import junitModule, { type Builder, type TestCase } from 'junit-report-builder';
import { alternativeText, obligationNote } from './obligation.js';
import { sanitizeReport } from './sanitize.js';
import type { Report, Result } from './schema.js';

// A CommonJS package (`module.exports = builder`) whose types declare an ES default export: under
// NodeNext the types put the builder at `.default`, while at run time (Node, esbuild, vitest) the
// default import is the builder itself. Take whichever holds it.
const junit: Builder = 'newBuilder' in junitModule ? (junitModule as unknown as Builder) : junitModule.default;

const where = (r: Result): string | null => (r.location ? `${r.location.file}:${r.location.line}:${r.location.column}` : null);

// The builder writes CDATA sections; its own "]]>" guard only handles the first occurrence in a
// string, so every one is broken up here (a space is harmless in prose).
const cdataSafe = (text: string): string => text.replace(/]]>/g, ']] >');

/** The text a failing or erring case carries: the message, the fix, the citations and where. */
function details(r: Result, lead: string = r.message): string {
  const lines = [lead];
  // Whether HIPAA requires it, allows an alternative, or only recommends it: a dashboard reader has no other report.
  const law = obligationNote(r);
  if (law) lines.push(law);
  lines.push(`Fix: ${r.remediation}`);
  if (r.hipaa.length) lines.push(r.obligation === 'proposed' ? `In force, which the proposal would change: 45 CFR ${r.hipaa.join(', ')}` : `HIPAA: 45 CFR ${r.hipaa.join(', ')}`);
  const at = where(r);
  if (at) lines.push(`Location: ${at}`);
  if (r.conflict?.length) {
    lines.push(`Conflict: attested ${r.attestation?.answer ?? 'yes'}, but ${r.conflict.map((c) => `${c.checkId} fails for ${c.subject}`).join('; ')}.`);
  }
  return cdataSafe(lines.join('\n'));
}

/**
 * How each status reads in JUnit, which knows only passed, failed, errored and skipped:
 * - fail → <failure> (type = the check's severity), message = the result's message, the fix in
 *   the body: it is a missing safeguard, whatever the gate's --fail-on;
 * - error → <error>: the check could not decide (a crash, a probe that failed), never a pass;
 * - warn → passed, with the warning in <system-out>: the gate never fails on a warning, and a CI
 *   dashboard marks any <failure> red, so a warn as a failure would be stricter than the audit;
 * - manual, not_applicable, not_judged, waived, alternative → <skipped>, the reason in <system-out>
 *   (the builder's <skipped> element takes no message): nothing was judged, a known risk was accepted, or
 *   an addressable specification is met by a documented alternative (164.306(d)(3)), which is no failure;
 * - pass → a plain passing case.
 */
function judge(tc: TestCase, r: Result): void {
  switch (r.status) {
    case 'fail':
      tc.failure(r.message, r.severity).stacktrace(details(r));
      return;
    case 'error':
      tc.error(r.message, 'error', details(r));
      return;
    case 'warn':
      tc.standardOutput(cdataSafe(`Warning (${r.severity}): ${details(r)}`));
      return;
    case 'manual':
      tc.skipped().standardOutput(cdataSafe(`Manual: a person must verify or attest this. ${r.message}\nTo do: ${r.remediation}`));
      return;
    case 'not_applicable':
      tc.skipped().standardOutput(cdataSafe(`Not applicable: ${r.message}`));
      return;
    case 'not_judged':
      tc.skipped().standardOutput(cdataSafe(r.message));
      return;
    case 'waived': {
      const w = r.waiver;
      const why = w ? `Waived until ${w.expires} by ${w.approvedBy}: ${w.reason}` : 'Waived';
      tc.skipped().standardOutput(cdataSafe(`${why}\n${r.message}`));
      return;
    }
    case 'alternative':
      tc.skipped().standardOutput(cdataSafe(`${alternativeText(r) ?? 'Documented alternative to an addressable specification.'}\n${r.message}`));
      return;
    case 'pass':
      return;
  }
}

export function renderJunit(input: Report): string {
  // XML 1.0 cannot hold most control characters at all (the builder throws on them), and a CI log shows the rest raw.
  const report = sanitizeReport(input);
  // The module's default export is one shared builder: each report gets a fresh one.
  const builder = junit.newBuilder().name(`HIPAA audit of ${report.stack.practice}`);

  const byArea = new Map<string, Result[]>();
  for (const r of report.results) {
    const list = byArea.get(r.area);
    if (list) list.push(r);
    else byArea.set(r.area, [r]);
  }
  // The report's areas in its order; an area no score knows (a plugin's, say) still gets a suite.
  const suites = [
    ...report.areas.map((a) => ({ id: a.id, title: a.title, score: a.score })),
    ...[...byArea.keys()].filter((id) => !report.areas.some((a) => a.id === id)).map((id) => ({ id, title: id, score: null })),
  ];

  for (const area of suites) {
    // No timestamp or time: the same report must give the same XML, and the audit's duration is not a test's.
    const suite = builder.testSuite().name(area.title).property('area', area.id);
    if (area.score !== null) suite.property('score', area.score.toFixed(1));
    for (const r of byArea.get(area.id) ?? []) {
      const tc = suite.testCase().className(r.checkId).name(r.subject);
      if (r.location) tc.file(r.location.file);
      tc.property('status', r.status).property('severity', r.severity).property('hipaa', r.hipaa.join(' '));
      if (r.obligation !== undefined) tc.property('obligation', r.obligation);
      if (r.change !== undefined) tc.property('change', r.change);
      judge(tc, r);
    }
  }
  const xml = builder.build();
  return xml.endsWith('\n') ? xml : `${xml}\n`;
}
