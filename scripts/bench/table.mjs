// Plain-text tables, and the targets' verdicts (✓ met, ✗ missed, ? not measured).
import { fmt } from './common.mjs';

export function table(headers, rows, align) {
  const widths = headers.map((h, c) => Math.max(h.length, ...rows.map((r) => String(r[c]).length)));
  const line = (cells) => cells.map((v, c) => (align[c] === 'r' ? String(v).padStart(widths[c]) : String(v).padEnd(widths[c]))).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Collects the misses of every target judged, to list them at the end. */
export function verdicts() {
  const misses = [];
  /** A verdict for `row` ({ label, error? }): `test()` decides, `note` says what was measured. */
  const target = (row, text, test, note = row.verdictNote) => {
    if (row.error) return { text, mark: '?' };
    const ok = test();
    if (!ok) misses.push(`${row.label}: ${text} (${note})`);
    return { text, mark: ok ? '✓' : '✗' };
  };
  return { misses, target };
}

/**
 * The targets table: one line per piece of work, one column pair per Node (its measure and ✓/✗).
 * `lines`: [{ work, target, cells: [{ text, mark }] per node }].
 */
export function targetsTable(nodes, lines) {
  const headers = ['work', 'target', ...nodes.flatMap((n) => [`${n.label} (${n.version})`, ''])];
  const rows = lines.map((l) => [l.work, l.target, ...l.cells.flatMap((c) => [c.text, c.mark])]);
  return table(headers, rows, ['l', 'l', ...nodes.flatMap(() => ['r', 'l'])]);
}

/** "1.52× (min 1.40×)" from a pairedRatio result. */
export const ratioText = (r, d = 2) => (r.error ? `— (${r.error})` : `${fmt(r.median, d)}× (min ${fmt(r.min, d)}×)`);
