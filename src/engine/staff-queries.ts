// What staff checks ask of the stack the same way: whether a staff entry is a person to judge.
import type { Finding } from './check.js';
import type { Stack } from '../stack/schema.js';
import { toPointer } from '../stack/positions.js';

type StaffMember = NonNullable<Stack['staff']>[number];

/**
 * A shared login (`shared: true`) is not a person: training is judged for each person who uses it,
 * under their own entry. The finding that says so, for the training checks; undefined for a person.
 */
export function sharedLoginNotAPerson(member: StaffMember, index: number): Finding | undefined {
  if (member.shared !== true) return undefined;
  return {
    status: 'not_applicable',
    subject: member.account,
    path: toPointer('staff', index, 'shared'),
    message: `${member.account} is a shared account, not a person: training is judged for each person who uses it, listed under staff by name; access.unique-accounts reports the shared login.`,
    evidence: { shared: true },
  };
}
