// The finding of a check that reads one yes/no fact the practice states in its stack file: a pass
// when it is true, a fail when false, and `manual` when the file does not say (not said is not
// known, and a person answers it with `hipaa-hero attest`). The checks give the words.
import type { Finding } from './check.js';
import { toPointer } from '../stack/positions.js';

export interface FlagQuestion {
  checkId: string;
  subject: string;
  /** The section and key, e.g. ['privacy_notice', 'posted_in_office']. */
  at: readonly [section: string, key: string];
  /** The section as the stack file has it (undefined when absent). */
  section: Readonly<Record<string, unknown>> | undefined;
  /** What the file does not say, e.g. 'whether the notice is posted in the office'. */
  unsaid: string;
  /** The messages for true and false. */
  yes: string;
  no: string;
}

export interface Unsaid {
  checkId: string;
  subject: string;
  /** The section's name and its value in the stack file (undefined when absent). */
  section: readonly [name: string, value: unknown];
  /** What the file does not say, e.g. 'how staff reply to online reviews'. */
  unsaid: string;
  /** What to write, e.g. 'set `marketing.review_replies` (none, generic or personal)'. */
  add: string;
}

/** The `manual` finding for a fact the stack file does not state: what to write, or to answer it with attest. */
export function unsaidFinding(u: Unsaid): Finding {
  const [name, value] = u.section;
  return {
    status: 'manual',
    subject: u.subject,
    ...(value !== undefined ? { path: toPointer(name) } : {}),
    message: `The stack file does not say ${u.unsaid}: ${u.add}, or answer it with hipaa-hero attest on the stack file (--only ${u.checkId}).`,
  };
}

export function flagFinding(q: FlagQuestion): Finding {
  const [section, key] = q.at;
  const value = q.section?.[key];
  if (typeof value !== 'boolean') {
    return unsaidFinding({ checkId: q.checkId, subject: q.subject, section: [section, q.section], unsaid: q.unsaid, add: `add \`${section}.${key}: true|false\`` });
  }
  return {
    status: value ? 'pass' : 'fail',
    subject: q.subject,
    path: toPointer(section, key),
    message: value ? q.yes : q.no,
    evidence: { [key]: value },
  };
}
