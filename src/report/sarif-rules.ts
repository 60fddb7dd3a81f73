// SARIF rule metadata (one reportingDescriptor per check id), severity and level mappings, and artifact URIs.
import type { ReportingDescriptor, Result as SarifResult } from 'sarif';
import { ecfrUrl } from '../hipaa/catalog.js';
import { citationLink, escapeInline } from './markdown-escape.js';
import { citationsLead, obligationNote } from './obligation.js';
import type { Result } from './schema.js';

/**
 * `security-severity` is what GitHub code scanning ranks security alerts by (a CVSS-like 0.0–10.0
 * string: ≥ 9.0 critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low). Each check severity maps
 * to a value inside its own band, so GitHub shows the same severity word the report does:
 * critical 9.5, high 7.5, medium 5.0, low 2.0.
 */
export const SECURITY_SEVERITY: Readonly<Record<Result['severity'], string>> = {
  critical: '9.5',
  high: '7.5',
  medium: '5.0',
  low: '2.0',
};

/**
 * A result's SARIF level, from its status (its severity is carried by the rule's security-severity):
 * - fail, error → "error": a safeguard is missing, or unknown (a crashed check is never a pass);
 * - warn → "warning": partly met, stale, or weaker than it should be;
 * - waived → "warning", with an external suppression: a known, accepted risk (GitHub shows it as dismissed);
 * - alternative → "note", with an external suppression naming the documented alternative: the rule
 *   allows an equivalent measure instead of an addressable specification (164.306(d)(3)), so it is
 *   not a problem, but the reviewer should still see what was accepted in its place;
 * - manual, pass, not_applicable, not_judged → not emitted. SARIF lists problems; a manual item (an
 *   unanswered attestation, a fact to confirm) is a question for a person, and code scanning would
 *   rank it by its rule's security-severity, raising dozens of "High" alerts for questions nobody has
 *   answered yet. A not-judged result's cause is an error result of its own (one per endpoint that
 *   was not reached), or an endpoint deliberately not probed. The other formats list them.
 */
export function sarifLevel(status: Result['status']): SarifResult.level | null {
  switch (status) {
    case 'fail':
    case 'error':
      return 'error';
    case 'warn':
    case 'waived':
      return 'warning';
    case 'alternative':
      return 'note';
    default:
      return null;
  }
}

/** `access.mfa` -> `AccessMfa`: SARIF's `name` is an identifier-like, human-readable rule name. */
const ruleName = (checkId: string): string =>
  checkId
    .split(/[.-]/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');

/**
 * The rule of a check, from the first of its results (title, area, severity, citations and
 * remediation are the check's own, the same in each of its results). The report carries no
 * rationale, so the help is the title, the fix and the citations.
 */
export function ruleFor(r: Result): ReportingDescriptor {
  const cites = r.hipaa.length ? ` (${citationsLead(r)} ${r.hipaa.join(', ')})` : '';
  const citesLabel = r.obligation === 'proposed' ? 'In force, which the proposal would change' : 'HIPAA';
  // The law behind the check, said in the help: only a required check's help says HIPAA requires it.
  // The sentence names the obligation itself ("HIPAA requires…", "Addressable…", "Good practice…").
  const note = obligationNote(r);
  const law = note ? [note] : [];
  const rule: ReportingDescriptor = {
    id: r.checkId,
    name: ruleName(r.checkId),
    shortDescription: { text: r.title },
    fullDescription: { text: `${r.title}${cites}.` },
    help: {
      text: [r.title, ...law, `Fix: ${r.remediation}`, ...(r.hipaa.length ? [`${citesLabel}: ${r.hipaa.map((c) => `45 CFR ${c} <${ecfrUrl(c)}>`).join(', ')}`] : [])].join('\n\n'),
      markdown: [
        `**${escapeInline(r.title)}**`,
        ...(note ? [escapeInline(note)] : []),
        `**Fix:** ${escapeInline(r.remediation)}`,
        ...(r.hipaa.length ? [`**${citesLabel}:** 45 CFR ${r.hipaa.map(citationLink).join(', ')}`] : []),
      ].join('\n\n'),
    },
    // A failure of any check is an error; each result states its own level, from its status.
    defaultConfiguration: { level: 'error' },
    properties: {
      // GitHub applies security-severity only to rules tagged "security".
      tags: ['security', 'hipaa', r.area, ...(r.obligation === 'proposed' ? ['proposed-rule', 'not-law'] : []), ...r.hipaa],
      'security-severity': SECURITY_SEVERITY[r.severity],
      // The checks read declared facts and probe results: no heuristics, no guessing.
      precision: 'very-high',
      severity: r.severity,
      ...(r.obligation !== undefined ? { obligation: r.obligation } : {}),
      ...(r.basis !== undefined ? { basis: r.basis } : {}),
    },
  };
  const first = r.hipaa[0];
  if (first !== undefined) rule.helpUri = ecfrUrl(first);
  return rule;
}

/**
 * A file path as a SARIF artifact URI: forward slashes and percent-encoded segments; relative
 * paths stay relative (GitHub resolves them against the repository root, where CI runs the
 * audit), absolute ones become file:// URIs.
 */
export function artifactUri(file: string): string {
  const slashed = file.replace(/\\/g, '/');
  const encode = (p: string) => p.split('/').map(encodeURIComponent).join('/');
  const drive = /^[A-Za-z]:\//.exec(slashed);
  if (drive) return `file:///${slashed.slice(0, 2)}${encode(slashed.slice(2))}`;
  if (slashed.startsWith('/')) return `file://${encode(slashed)}`;
  return encode(slashed.replace(/^(\.\/)+/, ''));
}
