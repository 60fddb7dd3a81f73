// The report's open items: what waits for a person's answer, in one definition that every format
// and `hipaa-hero attest` count the same way. Also the shell commands the reports suggest.
import type { Report, Result } from './schema.js';
import { shellQuote } from '../shell-quote.js';

/** Why an item is open. */
export type OpenReason = 'unanswered' | 'stale';

export interface OpenItem {
  checkId: string;
  title: string;
  severity: Result['severity'];
  hipaa: string[];
  kind: Result['kind'];
  reason: OpenReason;
  /** The date of the stale answer on file. */
  answeredOn?: string;
}

/** The definition, as the reports print it beside the count. */
export const OPEN_ITEMS_DEFINITION =
  'counted once per check: each check with a manual result and no answer on file, or with an answer more than 12 months old; the questions hipaa-hero attest asks';

/**
 * The open items of a report, one per check, in report order: a check is open when one of its
 * results is `manual` with no attestation (unanswered) or carries a stale attestation. These are
 * exactly the questions `hipaa-hero attest` asks when no --only is given.
 */
export function openItems(report: Pick<Report, 'results'>): OpenItem[] {
  const items = new Map<string, OpenItem>();
  for (const r of report.results) {
    if (items.has(r.checkId)) continue;
    const unanswered = r.status === 'manual' && !r.attestation;
    const stale = r.attestation?.stale === true;
    if (!unanswered && !stale) continue;
    items.set(r.checkId, {
      checkId: r.checkId,
      title: r.title,
      severity: r.severity,
      hipaa: r.hipaa.slice(),
      kind: r.kind,
      reason: unanswered ? 'unanswered' : 'stale',
      ...(!unanswered && r.attestation ? { answeredOn: r.attestation.date } : {}),
    });
  }
  return [...items.values()];
}

/** "54 items await a person's answer", the sentence head every format uses. */
export const openItemsCount = (n: number): string => `${n} item${n === 1 ? '' : 's'} await${n === 1 ? 's' : ''} a person's answer`;

export { shellQuote };

/** The command that answers the open items of the stack file at `stackPath` (one item with `only`). */
export const attestCommandLine = (stackPath: string, only?: string): string =>
  `hipaa-hero attest ${shellQuote(stackPath)}${only === undefined ? '' : ` --only ${shellQuote(only)}`}`;
