// `hipaa-hero history` output: the runs (newest last) and, per practice, the score over time and
// each area's change between the first and the last run shown; as text (80 columns), JSON or Markdown.
import { escapeCell, escapeInline, table } from '../report/markdown-escape.js';
import { sanitizeLine } from '../report/sanitize.js';
import type { RunRow, Trend } from './query.js';

export interface HistoryView {
  file: string;
  schema: number;
  runs: RunRow[];
  trends: Trend[];
  /** When a --practice filter matched nothing: the practices there are. */
  practices?: string[];
  filter: { practice?: string; last?: number };
}

const score = (n: number | null): string => (n === null ? '—' : n.toFixed(1));
const signed = (n: number | null): string => (n === null ? '—' : n === 0 ? '±0.0' : `${n > 0 ? '+' : '−'}${Math.abs(n).toFixed(1)}`);
const gate = (passed: boolean): string => (passed ? 'passed' : 'failed');
const BLOCKS = '▁▂▃▄▅▆▇█';

/** The scores as a one-line bar per run (0 to 100), the last `width` runs. */
export const sparkline = (scores: readonly number[], width = 40): string =>
  scores
    .slice(-width)
    .map((s) => BLOCKS[Math.min(BLOCKS.length - 1, Math.floor((s / 100) * BLOCKS.length))])
    .join('');

/** Cut to `width` characters (code points), an ellipsis marking the cut. */
const fit = (s: string, width: number): string => {
  const chars = [...s];
  return chars.length <= width ? s : `${chars.slice(0, width - 1).join('')}…`;
};
const pad = (s: string, width: number): string => s + ' '.repeat(Math.max(0, width - [...s].length));
const padStart = (s: string, width: number): string => ' '.repeat(Math.max(0, width - [...s].length)) + s;

function empty(view: HistoryView): string {
  const file = sanitizeLine(view.file);
  if (view.filter.practice === undefined) return `No runs recorded in ${file} yet — record one with: hipaa-hero audit <stack.yaml> --history ${file}`;
  const known = (view.practices ?? []).map(sanitizeLine);
  return `No runs of ${JSON.stringify(sanitizeLine(view.filter.practice))} in ${file}${known.length ? ` — it has runs of: ${known.join(', ')}` : ''}`;
}

export function renderHistoryText(view: HistoryView, width = 80): string {
  if (view.runs.length === 0) return empty(view) + '\n';
  const w = Math.max(60, Math.min(width, 120));
  const idWidth = Math.max(3, String(view.runs[view.runs.length - 1]!.id).length, ...view.runs.map((r) => String(r.id).length));
  // Run, date, practice, score, grade, gate: the practice takes what the other columns leave.
  const practiceWidth = w - (idWidth + 2 + 10 + 2 + 2 + 5 + 2 + 5 + 2 + 6);
  const lines = [`History: ${sanitizeLine(view.file)} — ${view.runs.length} run${view.runs.length === 1 ? '' : 's'}${view.filter.practice !== undefined ? ` of ${sanitizeLine(view.filter.practice)}` : ''}`, ''];
  lines.push(`${padStart('Run', idWidth)}  ${pad('Date', 10)}  ${pad('Practice', practiceWidth)}  Score  Grade  Gate`);
  for (const r of view.runs) {
    lines.push(`${padStart(String(r.id), idWidth)}  ${r.auditDate}  ${pad(fit(sanitizeLine(r.practice), practiceWidth), practiceWidth)}  ${padStart(score(r.score), 5)}  ${pad(r.grade, 5)}  ${gate(r.gatePassed)}`);
  }
  for (const t of view.trends) {
    lines.push('', fit(`Trend: ${sanitizeLine(t.practice)} — ${t.runs.length} run${t.runs.length === 1 ? '' : 's'}, ${t.first.date} to ${t.last.date}`, w));
    lines.push(`  Score  ${score(t.first.score)} (${t.first.grade}) → ${score(t.last.score)} (${t.last.grade})  ${signed(t.change)}   ${sparkline(t.runs.map((r) => r.score), w - 48)}`);
    if (t.areas.length === 0) continue;
    const titleWidth = w - 2 - 3 * 8;
    lines.push(`  ${pad('Area', titleWidth)}${padStart('First', 8)}${padStart('Last', 8)}${padStart('Change', 8)}`);
    for (const a of t.areas) {
      lines.push(`  ${pad(fit(sanitizeLine(a.title), titleWidth - 1), titleWidth)}${padStart(score(a.first), 8)}${padStart(score(a.last), 8)}${padStart(signed(a.change), 8)}`);
    }
  }
  return lines.join('\n') + '\n';
}

export function renderHistoryJson(view: HistoryView): string {
  return (
    JSON.stringify({
      file: view.file,
      historySchema: view.schema,
      ...(view.filter.practice !== undefined ? { practice: view.filter.practice } : {}),
      ...(view.filter.last !== undefined ? { last: view.filter.last } : {}),
      runs: view.runs,
      trends: view.trends,
      ...(view.practices !== undefined ? { practices: view.practices } : {}),
    }) + '\n'
  );
}

export function renderHistoryMarkdown(view: HistoryView): string {
  const out = [`# Audit history: ${escapeInline(sanitizeLine(view.file))}`, ''];
  if (view.runs.length === 0) return [...out, escapeInline(empty(view)), ''].join('\n');
  out.push(
    ...table(
      ['Run', 'Date', 'Practice', 'Score', 'Grade', 'Gate'],
      view.runs.map((r) => [String(r.id), r.auditDate, escapeCell(sanitizeLine(r.practice)), score(r.score), r.grade, gate(r.gatePassed)]),
    ),
  );
  for (const t of view.trends) {
    out.push('', `## Trend: ${escapeInline(sanitizeLine(t.practice))}`, '');
    out.push(`${t.runs.length} run${t.runs.length === 1 ? '' : 's'} from ${t.first.date} to ${t.last.date}: score ${score(t.first.score)} (${t.first.grade}) → ${score(t.last.score)} (${t.last.grade}), **${signed(t.change)}** \`${sparkline(t.runs.map((r) => r.score))}\``);
    if (t.areas.length === 0) continue;
    out.push('', ...table(['Area', 'First', 'Last', 'Change'], t.areas.map((a) => [escapeCell(sanitizeLine(a.title)), score(a.first), score(a.last), signed(a.change)])));
  }
  return out.join('\n') + '\n';
}
