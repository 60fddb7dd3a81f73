// The terminal's "changes since the baseline": score and grade before and after, per area, and the
// findings that are new or resolved. Printed in an audit's text report and by `hipaa-hero diff`.
import type { ChalkInstance } from 'chalk';
import { isFinding } from './baseline.js';
import { sanitizeDeep } from './sanitize.js';
import type { Baseline, Result } from './schema.js';

const fmt = (n: number | null) => (n === null ? '–' : n.toFixed(1));
const signed = (n: number | null) => (n === null ? '' : n > 0 ? `+${n.toFixed(1)}` : n.toFixed(1));

export function renderComparison(c: ChalkInstance, rawBaseline: Baseline, rawResults: readonly Result[], width: number): string[] {
  // `hipaa-hero diff` prints two saved reports' strings: made safe here, not by the caller.
  const baseline = sanitizeDeep(rawBaseline);
  const results = sanitizeDeep(rawResults);
  const lines: string[] = [];
  const tint = (n: number | null, text: string) => (n === null || n === 0 ? text : n > 0 ? c.green(text) : c.red(text));
  lines.push(c.bold(`Changes since the baseline (${baseline.path}, audit date ${baseline.auditDate})`));
  const { score, grade } = baseline;
  lines.push(`  Score ${fmt(score.before)} → ${fmt(score.after)} ${tint(score.delta, signed(score.delta))}   Grade ${grade.before} → ${grade.after}`);
  const moved = baseline.areas.filter(areaMoved);
  if (moved.length) {
    lines.push(c.bold(`  ${'Area'.padEnd(27)} Before  After  Change`));
    for (const a of moved) {
      const change = a.score.delta === null ? (a.score.before === null ? 'added' : 'removed') : signed(a.score.delta);
      lines.push(`  ${a.title.slice(0, 27).padEnd(27)} ${fmt(a.score.before).padStart(6)} ${fmt(a.score.after).padStart(6)}  ${tint(a.score.delta, change.padStart(6))}`);
    }
  }
  const still = baseline.areas.length - moved.length;
  if (still) lines.push(`  ${still} area(s) unchanged${moved.length ? '' : ' (every area scores as before)'}`);
  const k = baseline.counts;
  lines.push(`  ${k.newFindings} new finding(s) · ${k.new} result(s) changed or new · ${k.unchanged} unchanged · ${k.resolved} resolved`);
  const fresh = results.filter((r) => r.change === 'new' && isFinding(r.status));
  if (fresh.length) {
    lines.push('  New findings:');
    for (const r of fresh) lines.push(clip(`    ${c.red(r.status.toUpperCase())} ${r.severity}  ${r.checkId}  ${r.subject}`, width));
  }
  if (baseline.resolved.length) {
    lines.push('  Resolved:');
    for (const r of baseline.resolved) {
      lines.push(clip(`    ${c.green('✓')} ${r.checkId}  ${r.subject}  (was ${r.was}, ${r.now === null ? 'gone' : `now ${r.now}`})`, width));
    }
  }
  return lines;
}

/** An area whose score changed, appeared or went away: an area scored neither before nor after (or the same) is unchanged. */
export const areaMoved = (a: Baseline['areas'][number]): boolean =>
  a.score.delta === null ? a.score.before !== a.score.after : a.score.delta !== 0;

/** One line per item: long subjects are cut, not wrapped, so the list stays scannable. */
function clip(line: string, width: number): string {
  // eslint-disable-next-line no-control-regex
  const visible = line.replace(/\x1b\[[0-9;]*m/g, '');
  return visible.length <= width ? line : `${visible.slice(0, width - 1)}…`;
}
