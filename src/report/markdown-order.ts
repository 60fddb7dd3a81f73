// The order the Markdown report lists results in, shared by its sections (markdown.ts) and its
// baseline comparison (markdown-baseline.ts).
import type { Result } from './schema.js';

type Status = Result['status'];

// Most urgent first: the same order as the text report, so both read alike.
export const STATUS_ORDER: readonly Status[] = ['error', 'fail', 'warn', 'manual', 'alternative', 'waived', 'pass', 'not_applicable', 'not_judged'];
export const SEVERITY_ORDER: readonly Result['severity'][] = ['critical', 'high', 'medium', 'low'];
export const rank = <T>(order: readonly T[], value: T): number => {
  const i = order.indexOf(value);
  return i === -1 ? order.length : i;
};
// Code-unit comparison, never localeCompare: the output must not depend on the machine's locale.
export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Severity first, then status (error, fail, warn, manual), then check id and subject: a total, stable order. */
export function byUrgency(a: Result, b: Result): number {
  return (
    rank(SEVERITY_ORDER, a.severity) - rank(SEVERITY_ORDER, b.severity) ||
    rank(STATUS_ORDER, a.status) - rank(STATUS_ORDER, b.status) ||
    cmp(a.checkId, b.checkId) ||
    cmp(a.subject, b.subject)
  );
}
