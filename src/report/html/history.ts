// The HTML report's "Score over time": an inline SVG line chart of the practice's runs recorded in
// the history database (audit --history), with the grade boundaries drawn. Absent without history.
import type { Report } from '../schema.js';
import { gradeBand } from './charts.js';
import { esc } from './escape.js';

/** Fixed decimals so the same report always gives the same bytes. */
const n = (value: number): string => value.toFixed(2).replace(/\.?0+$/, '');

const WIDTH = 640;
const HEIGHT = 220;
const LEFT = 40;
const RIGHT = 596;
const TOP = 14;
const BOTTOM = 184;
/** The bottom of the scale: 50 (or lower, by tens, when a score is under it), so the grade boundaries have room. */
const floorOf = (scores: readonly number[]): number => Math.max(0, Math.min(50, Math.floor((Math.min(...scores) - 5) / 10) * 10));

/** The chart's own styles, added to the page only when it has a history (reports without one keep their bytes). */
export const HISTORY_STYLES =
  '.trend-chart{width:100%;max-width:680px;display:block}' +
  '.trend-grid{stroke:var(--line);stroke-width:1}.trend-grade{stroke:var(--line);stroke-width:1;stroke-dasharray:4 3}' +
  '.trend-axis{font-size:11px;fill:var(--muted)}.trend-axis-y{text-anchor:end}.trend-axis-x{text-anchor:middle}' +
  '.trend-line{fill:none;stroke:var(--accent);stroke-width:2.5;stroke-linejoin:round;stroke-linecap:round}' +
  '.trend-dot{stroke:#fff;stroke-width:1.5}.trend-dot.tone-good{fill:var(--good)}.trend-dot.tone-fair{fill:var(--fair)}.trend-dot.tone-poor{fill:var(--poor)}' +
  '.trend-value{font-size:12px;font-weight:700;fill:var(--ink);text-anchor:middle}';

/** The line chart: one point per run, evenly spaced in run order, the current run last and labelled. */
export function trendChart(history: NonNullable<Report['history']>): string {
  const count = history.length;
  const floor = floorOf(history.map((p) => p.score));
  const y = (score: number): number => BOTTOM - ((BOTTOM - TOP) * (Math.min(100, Math.max(floor, score)) - floor)) / (100 - floor);
  const x = (i: number): number => (count === 1 ? (LEFT + RIGHT) / 2 : LEFT + ((RIGHT - LEFT) * i) / (count - 1));
  const grid = [floor, 100]
    .map((s) => `<line x1="${LEFT}" y1="${n(y(s))}" x2="${RIGHT}" y2="${n(y(s))}" class="trend-grid"/>`)
    .concat([60, 70, 80, 90].filter((s) => s > floor).map((s) => `<line x1="${LEFT}" y1="${n(y(s))}" x2="${RIGHT}" y2="${n(y(s))}" class="trend-grade"/>`))
    .join('');
  const yLabels = [floor, 60, 70, 80, 90, 100].filter((s, i) => i === 0 || s > floor).map((s) => `<text x="${LEFT - 6}" y="${n(y(s) + 4)}" class="trend-axis trend-axis-y">${s}</text>`).join('');
  // At most six dates under the axis, always the first and the last.
  const step = Math.max(1, Math.ceil((count - 1) / 5));
  const xLabels = history
    .map((p, i) => (i === count - 1 || (i % step === 0 && count - 1 - i >= step / 2) ? `<text x="${n(x(i))}" y="${BOTTOM + 20}" class="trend-axis trend-axis-x">${esc(p.date)}</text>` : ''))
    .join('');
  const line = count > 1 ? `<path d="${history.map((p, i) => `${i === 0 ? 'M' : 'L'}${n(x(i))} ${n(y(p.score))}`).join('')}" class="trend-line"/>` : '';
  const dots = history
    .map(
      (p, i) =>
        `<g><title>${esc(p.date)}: ${esc(p.score.toFixed(1))} out of 100, grade ${esc(p.grade)}${i === count - 1 ? ' (this audit)' : ''}</title>` +
        `<circle cx="${n(x(i))}" cy="${n(y(p.score))}" r="${i === count - 1 ? 6 : 4}" class="trend-dot tone-${gradeBand(p.grade)}"/></g>`,
    )
    .join('');
  const last = history[count - 1]!;
  const value = `<text x="${n(Math.min(RIGHT - 14, x(count - 1)))}" y="${n(Math.max(TOP + 10, y(last.score) - 12))}" class="trend-value">${esc(last.score.toFixed(1))}</text>`;
  return (
    `<svg class="trend-chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="trend-chart-title">` +
    `<title id="trend-chart-title">Score of each recorded audit, oldest first, out of 100 (the scale starts at ${floor})</title>` +
    `${grid}${yLabels}${xLabels}${line}${dots}${value}</svg>`
  );
}

/** A signed change in words as well as sign (colour alone is not enough). */
function delta(value: number): string {
  if (Math.abs(value) < 0.05) return '<span class="delta">±0.0</span>';
  const up = value > 0;
  return `<span class="delta ${up ? 'up' : 'down'}">${up ? '▲ +' : '▼ −'}${Math.abs(value).toFixed(1)}</span>`;
}

export function historySection(report: Report): string {
  const history = report.history;
  if (history === undefined || history.length === 0) return '';
  const first = history[0]!;
  const last = history[history.length - 1]!;
  const lead =
    history.length === 1
      ? `This is the first audit of ${esc(report.stack.practice)} recorded in its history: audits recorded later in the same history database draw its score over time here.`
      : `From ${esc(first.score.toFixed(1))} (grade ${esc(first.grade)}) on ${esc(first.date)} to ${esc(last.score.toFixed(1))} (grade ${esc(last.grade)}) on ${esc(last.date)}: ` +
        `${delta(last.score - first.score)} over ${history.length} audits.`;
  return (
    `<section class="sect" id="trend" aria-labelledby="trend-title"><h2 id="trend-title">Score over time</h2>` +
    `<p class="lead">${lead}</p>` +
    `<div class="card">${trendChart(history)}` +
    `<p class="chart-note">Each point is an audit of this practice recorded with <code>--history</code>, oldest first${history.length > 1 ? ', this one last' : ''}; ` +
    `dashed lines mark the grade boundaries (D 60, C 70, B 80, A 90)${floorOf(history.map((p) => p.score)) > 0 ? `; the scale starts at ${floorOf(history.map((p) => p.score))}` : ''}. A critical failure caps the grade whatever the score.</p></div>` +
    `</section>`
  );
}
