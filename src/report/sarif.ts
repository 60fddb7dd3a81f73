// The SARIF 2.1.0 reporter (GitHub code scanning and other SARIF viewers), rendered from the report model only.
import { createHash } from 'node:crypto';
import type { Artifact, Location, Log, ReportingDescriptor, Result as SarifResult } from 'sarif';
import { ALTERNATIVE_CITATION, alternativeText } from './obligation.js';
import { sanitizeReport } from './sanitize.js';
import { artifactUri, ruleFor, sarifLevel } from './sarif-rules.js';
import type { Report, Result } from './schema.js';

export { SECURITY_SEVERITY, sarifLevel } from './sarif-rules.js';

const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** The key of `partialFingerprints`; bump the version if what it hashes ever changes. */
export const FINGERPRINT_KEY = 'hipaaHero/v1';

/**
 * A result's identity, as waivers and baselines know it: check id and subject, never a line
 * number, so an alert survives edits that move its line. The NUL separator keeps
 * ("a.b", "c d") and ("a.b c", "d") apart.
 */
export const fingerprint = (checkId: string, subject: string): string =>
  createHash('sha256').update(`${checkId}\0${subject}`).digest('hex');

/**
 * Whether `report.stack.path` names a real file. Audits always read one (and carry a checklist);
 * `probe` reports have a placeholder and no locations. Decided from the model alone: reporters do
 * no I/O, so the same report always renders the same SARIF.
 */
const stackIsFile = (report: Report): boolean => report.checklist !== undefined || report.results.some((r) => r.location !== null);

export function renderSarif(input: Report): string {
  // Viewers show message text as it is; the fingerprint still hashes the subject as the JSON report
  // has it, so an alert keeps its identity however its text is shown.
  const report = sanitizeReport(input);
  const raw = new Map(report.results.map((r, i) => [r, input.results[i]!]));
  const emitted = report.results.filter((r) => sarifLevel(r.status) !== null);

  // One rule per check id among the emitted results, sorted by id so rule indices are stable.
  const firstOf = new Map<string, Result>();
  for (const r of emitted) if (!firstOf.has(r.checkId)) firstOf.set(r.checkId, r);
  const ids = [...firstOf.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  // The rule's help is the check's own fix: an error result carries what to do about the unknown instead.
  const judged = new Map<string, Result>();
  for (const r of [...emitted, ...report.results]) if (r.status !== 'error' && !judged.has(r.checkId)) judged.set(r.checkId, r);
  const rules: ReportingDescriptor[] = ids.map((id) => ruleFor(judged.get(id) ?? firstOf.get(id)!));
  const ruleIndex = new Map(ids.map((id, i) => [id, i]));

  const stackUri = stackIsFile(report) ? artifactUri(report.stack.path) : null;
  const artifacts: Artifact[] = stackUri === null ? [] : [{ location: { uri: stackUri }, roles: ['analysisTarget'], hashes: { 'sha-256': report.stack.sha256 } }];

  const locate = (r: Result): Location[] => {
    if (r.location) {
      const uri = artifactUri(r.location.file);
      return [
        {
          physicalLocation: {
            artifactLocation: uri === stackUri ? { uri, index: 0 } : { uri },
            region: { startLine: r.location.line, startColumn: r.location.column },
          },
          // The JSON Pointer names the exact setting, whatever line it is on.
          logicalLocations: [{ fullyQualifiedName: r.location.pointer }],
        },
      ];
    }
    // Probe findings and unanswered attestation items have no line of their own: they belong to
    // the stack file as a whole (GitHub shows no result without a location).
    if (stackUri !== null) return [{ physicalLocation: { artifactLocation: { uri: stackUri, index: 0 }, region: { startLine: 1 } } }];
    return [];
  };

  const results: SarifResult[] = emitted.map((r) => {
    const result: SarifResult = {
      ruleId: r.checkId,
      ruleIndex: ruleIndex.get(r.checkId)!,
      level: sarifLevel(r.status)!,
      // A code-scanning alert shows its message first: a proposal's result says it is not law there.
      message: { text: `${r.obligation === 'proposed' ? 'Proposed rule, not law: ' : ''}${r.message} Fix: ${r.remediation}` },
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(raw.get(r)!.checkId, raw.get(r)!.subject) },
      properties: {
        subject: r.subject,
        status: r.status,
        severity: r.severity,
        citations: [...r.hipaa],
        ...(r.obligation !== undefined ? { obligation: r.obligation } : {}),
        ...(r.change !== undefined ? { change: r.change } : {}),
        ...(r.conflict?.length ? { conflict: r.conflict.map((c) => ({ ...c })) } : {}),
      },
    };
    const locations = locate(r);
    if (locations.length) result.locations = locations;
    // SARIF's own baseline comparison, when the audit was compared with one (matched on identity too).
    if (report.baseline) result.baselineState = r.change === 'unchanged' ? 'unchanged' : 'new';
    if (r.status === 'waived') {
      const w = r.waiver;
      result.suppressions = [
        {
          kind: 'external',
          status: 'accepted',
          justification: w ? `${w.reason} (approved by ${w.approvedBy}, expires ${w.expires})` : 'Waived in the stack file',
        },
      ];
    }
    if (r.status === 'alternative') {
      result.suppressions = [
        {
          kind: 'external',
          status: 'accepted',
          justification: alternativeText(r) ?? `A documented alternative to an addressable specification (${ALTERNATIVE_CITATION})`,
        },
      ];
    }
    return result;
  });

  const log: Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            ...(/^\d+\.\d+\.\d+(?:[-+].*)?$/.test(report.tool.version) ? { semanticVersion: report.tool.version } : {}),
            rules,
          },
        },
        invocations: [{ executionSuccessful: true }],
        ...(artifacts.length ? { artifacts } : {}),
        // Columns count UTF-16 code units, as the stack file's positions do.
        columnKind: 'utf16CodeUnits',
        results,
        properties: {
          practice: report.stack.practice,
          auditDate: report.auditDate,
          score: report.score.value,
          grade: report.score.grade,
          gatePassed: report.gate.passed,
          ...(report.profile ? { profile: report.profile.id, profileNotice: report.profile.notice } : {}),
        },
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
