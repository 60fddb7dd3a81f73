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

export function flagFinding(q: FlagQuestion): Finding {
  const [section, key] = q.at;
  const value = q.section?.[key];
  if (typeof value !== 'boolean') {
    return {
      status: 'manual',
      subject: q.subject,
      ...(q.section !== undefined ? { path: toPointer(section) } : {}),
      message: `The stack file does not say ${q.unsaid}: add \`${section}.${key}: true|false\`, or answer it with hipaa-hero attest on the stack file (--only ${q.checkId}).`,
    };
  }
  return {
    status: value ? 'pass' : 'fail',
    subject: q.subject,
    path: toPointer(section, key),
    message: value ? q.yes : q.no,
    evidence: { [key]: value },
  };
}
