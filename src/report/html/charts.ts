// Inline SVG charts of the HTML report: the score gauge and the area bar chart (no script, no external resource).
import type { AreaScore, Report } from '../schema.js';
import { esc } from './escape.js';

/** Fixed decimals so the same report always gives the same bytes. */
const n = (value: number): string => value.toFixed(2).replace(/\.?0+$/, '');

/** The colour band of a 0–100 score, the same for grades and bars: green A/B, amber C, red D/F. */
export function band(score: number | null): 'good' | 'fair' | 'poor' | 'none' {
  if (score === null) return 'none';
  return score >= 80 ? 'good' : score >= 70 ? 'fair' : 'poor';
}

export const gradeBand = (grade: string): 'good' | 'fair' | 'poor' =>
  grade.startsWith('A') || grade.startsWith('B') ? 'good' : grade.startsWith('C') ? 'fair' : 'poor';

const CX = 120;
const CY = 118;
const R = 96;

/** The point on the gauge's half circle for a score of 0–100 (0 on the left, 100 on the right). */
function at(score: number, radius = R): [number, number] {
  const angle = Math.PI * (1 - Math.min(100, Math.max(0, score)) / 100);
  return [CX + radius * Math.cos(angle), CY - radius * Math.sin(angle)];
}

const arc = (from: number, to: number): string => {
  const [x1, y1] = at(from);
  const [x2, y2] = at(to);
  return `M${n(x1)} ${n(y1)}A${R} ${R} 0 0 1 ${n(x2)} ${n(y2)}`;
};

/**
 * A half-circle gauge of the overall score, with ticks at the grade boundaries (60, 70, 80, 90).
 * The grade the arc is coloured by is the capped one, so colour and letter never disagree.
 */
export function scoreGauge(score: Report['score']): string {
  const tone = gradeBand(score.grade);
  const ticks = [60, 70, 80, 90]
    .map((t) => {
      const [x1, y1] = at(t, R - 14);
      const [x2, y2] = at(t, R + 14);
      return `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" class="gauge-tick"/>`;
    })
    .join('');
  const value = score.value.toFixed(1);
  const fill = score.value > 0 ? `<path d="${arc(0, score.value)}" class="gauge-value tone-${tone}"/>` : '';
  return (
    `<svg class="gauge" viewBox="0 0 240 150" role="img" aria-labelledby="gauge-title">` +
    `<title id="gauge-title">Score ${esc(value)} out of 100, grade ${esc(score.grade)}</title>` +
    `<path d="${arc(0, 100)}" class="gauge-track"/>${fill}${ticks}` +
    `<text x="${CX}" y="${CY - 14}" class="gauge-number" id="score-value">${esc(value)}</text>` +
    `<text x="${CX}" y="${CY + 8}" class="gauge-unit">out of 100</text>` +
    `<text x="${n(at(0)[0])}" y="${CY + 26}" class="gauge-end">0</text>` +
    `<text x="${n(at(100)[0])}" y="${CY + 26}" class="gauge-end">100</text>` +
    `</svg>`
  );
}

const WIDTH = 380;
const ROW = 40;

/** What an area's bar says besides its score: its open findings, so a number is never alone. */
function areaNote(area: AreaScore): string {
  const k = area.counts;
  const parts: string[] = [];
  if (k.fail) parts.push(`${k.fail} fail`);
  if (k.error) parts.push(`${k.error} error`);
  if (k.warn) parts.push(`${k.warn} warn`);
  if (k.manual) parts.push(`${k.manual} to attest`);
  return parts.join(' · ');
}

/**
 * One bar per area, label above the bar so the chart stays legible on a phone. An area with no
 * scored result (all manual or not applicable) shows "—" and an empty track, not a zero.
 */
export function areaChart(areas: readonly AreaScore[]): string {
  const height = Math.max(ROW, areas.length * ROW);
  const rows = areas.map((area, i) => {
    const y = i * ROW;
    const value = area.score === null ? '—' : area.score.toFixed(0);
    const width = area.score === null ? 0 : (WIDTH * area.score) / 100;
    const bar = width > 0 ? `<rect x="0" y="${y + 22}" width="${n(width)}" height="10" rx="5" class="bar tone-${band(area.score)}"/>` : '';
    return (
      `<g><title>${esc(area.title)}: ${area.score === null ? 'no scored results' : `${esc(value)} out of 100`}</title>` +
      `<text x="0" y="${y + 15}" class="bar-label">${esc(area.title)}</text>` +
      `<text x="${WIDTH - 34}" y="${y + 15}" class="bar-note">${esc(areaNote(area))}</text>` +
      `<text x="${WIDTH}" y="${y + 15}" class="bar-value">${esc(value)}</text>` +
      `<rect x="0" y="${y + 22}" width="${WIDTH}" height="10" rx="5" class="bar-track"/>${bar}</g>`
    );
  });
  return (
    `<svg class="area-chart" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="area-chart-title">` +
    `<title id="area-chart-title">Score of each area, out of 100</title>${rows.join('')}</svg>`
  );
}
