// The Markdown report's comparison with a baseline report: the "Changes since the baseline" section
// of an audit with --baseline, and `hipaa-hero diff --format markdown`.
import { isFinding } from './baseline.js';
import { escapeCell, escapeInline, table } from './markdown-escape.js';
import { byUrgency, cmp, rank, SEVERITY_ORDER } from './markdown-order.js';
import { sanitizeDeep } from './sanitize.js';
import type { Baseline, Report, Result } from './schema.js';
import { areaMoved } from './text-baseline.js';

export const fmtScore = (n: number | null, digits: number): string => (n === null ? '–' : n.toFixed(digits));
const fmtDelta = (n: number | null): string => (n === null ? '–' : `${n > 0 ? '+' : n < 0 ? '-' : '±'}${Math.abs(n).toFixed(1)}`);
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

export function baselineSection(report: Pick<Report, 'areas'>, b: Baseline): string[] {
  const titles = new Map(report.areas.map((a) => [a.id, a.title]));
  const c = b.counts;
  const lines = [
    '## Changes since the baseline',
    '',
    `Compared with ${escapeInline(b.path)} (audit date ${escapeInline(b.auditDate)}, SHA-256 \`${b.sha256.slice(0, 12)}\`).`,
    '',
    `Score ${fmtScore(b.score.before, 1)} → ${fmtScore(b.score.after, 1)} (${fmtDelta(b.score.delta)}) · grade ${b.grade.before} → ${b.grade.after} · ` +
      `${plural(c.new, 'new result')} (${plural(c.newFindings, 'new finding')}), ${c.unchanged} unchanged, ${c.resolved} resolved`,
    '',
  ];
  // Only the areas whose score moved: unchanged areas would be rows of dashes.
  const moved = b.areas.filter(areaMoved);
  const still = b.areas.length - moved.length;
  if (moved.length) {
    lines.push(
      ...table(
        ['Area', 'Before', 'After', 'Change'],
        moved.map((a) => [
          escapeCell(titles.get(a.id) ?? a.title),
          fmtScore(a.score.before, 0),
          fmtScore(a.score.after, 0),
          a.score.delta === null ? (a.score.before === null ? 'added' : 'removed') : fmtDelta(a.score.delta),
        ]),
      ),
    );
    if (still) lines.push('', `${plural(still, 'other area')} unchanged.`);
  } else {
    lines.push('Every area scores as before.');
  }
  if (b.resolved.length) {
    lines.push(
      '',
      `### Resolved (${b.resolved.length})`,
      '',
      ...table(
        ['Severity', 'Subject', 'Check', 'Was', 'Now'],
        [...b.resolved]
          .sort((x, y) => rank(SEVERITY_ORDER, x.severity) - rank(SEVERITY_ORDER, y.severity) || cmp(x.checkId, y.checkId) || cmp(x.subject, y.subject))
          .map((r) => [r.severity, escapeCell(r.subject), `${escapeCell(r.checkId)}<br>${escapeCell(r.title)}`, r.was, r.now ?? 'gone']),
      ),
    );
  }
  return lines;
}

/**
 * `hipaa-hero diff --format markdown`: the comparison of two saved reports, with the later report's
 * new findings listed (the audit's Markdown report marks them in its findings table instead).
 */
export function renderComparisonMarkdown(rawBaseline: Baseline, rawResults: readonly Result[], later: Pick<Report, 'areas'> & { path: string }): string {
  const b = sanitizeDeep(rawBaseline);
  const results = sanitizeDeep(rawResults);
  const lines = baselineSection({ areas: sanitizeDeep(later.areas) }, b);
  lines[0] = `# Changes from ${escapeInline(b.path)} to ${escapeInline(sanitizeDeep(later.path))}`;
  const fresh = results.filter((r) => r.change === 'new' && isFinding(r.status)).sort(byUrgency);
  lines.push('', `## New findings (${fresh.length})`, '');
  if (fresh.length) {
    lines.push(
      ...table(
        ['Status', 'Severity', 'Subject', 'Check', 'Message'],
        fresh.map((r) => [`**${r.status}**`, r.severity, escapeCell(r.subject), `${escapeCell(r.checkId)}<br>${escapeCell(r.title)}`, escapeCell(r.message)]),
      ),
    );
  } else {
    lines.push('No new findings: nothing fails, warns or errs that did not before.');
  }
  return lines.join('\n').replace(/\n+$/, '') + '\n';
}
