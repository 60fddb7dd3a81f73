// Owns proposed.restore-72h: whether each backup of PHI was brought back within 72 hours in its last
// test restore, as the 2025 proposal would require of restore procedures.
import { dayNumber, defineCheck, phiBackups, toPointer, type Finding } from '../../src/index.js';

/** The proposal's restore time. */
const HOURS = 72;

export default defineCheck({
  meta: {
    id: 'proposed.restore-72h',
    title: 'Every backup of PHI was restored within 72 hours in its last test',
    area: 'proposed',
    severity: 'high',
    hipaa: ['164.308(a)(7)(ii)(B)'],
    obligation: 'proposed',
    basis:
      'Proposed 45 CFR 164.308 (90 FR 898, January 6, 2025): procedures to restore critical relevant electronic information systems and data within 72 hours of their loss',
    rationale:
      'A practice that cannot see its charts and bookings for a week after ransomware or a failed disk loses patients and money. The proposed rule would require procedures to restore critical systems and data within 72 hours; a timed test restore is the evidence that it can. This is a proposal, not law.',
    remediation:
      'Test-restore each backup of PHI from start to finish, time it, and record the date under `backups[].last_restore_test` and the hours it took under `backups[].restore_hours`; if it took over 72 hours, speed up the restore (a faster destination, a documented runbook) and test again.',
    needs: ['stack'],
  },
  run({ stack, now }) {
    return phiBackups(stack).map(({ backup, index: i }): Finding => {
      const subject = backup.name;
      const tested = backup.last_restore_test;
      if (!tested) {
        return {
          status: 'fail',
          subject,
          path: tested === null ? toPointer('backups', i, 'last_restore_test') : toPointer('backups', i),
          message: `${subject} copies PHI but has never been test-restored, so there is no restore time to judge.`,
          evidence: { last_restore_test: null, restore_hours: backup.restore_hours ?? null },
        };
      }
      if (dayNumber(tested) > dayNumber(now)) {
        return {
          status: 'fail',
          subject,
          path: toPointer('backups', i, 'last_restore_test'),
          message: `${subject}'s last restore test is dated ${tested}, after the audit day ${now}: its restore time cannot be on record yet.`,
          evidence: { last_restore_test: tested, restore_hours: backup.restore_hours ?? null },
        };
      }
      const hours = backup.restore_hours;
      if (hours === undefined) {
        return {
          status: 'fail',
          subject,
          path: toPointer('backups', i),
          message: `${subject} was test-restored on ${tested}, but no restore time is on record (\`restore_hours\`).`,
          evidence: { last_restore_test: tested, restore_hours: null },
        };
      }
      const path = toPointer('backups', i, 'restore_hours');
      if (hours > HOURS) {
        return {
          status: 'fail',
          subject,
          path,
          message: `${subject}'s test restore on ${tested} took ${hours} hours, over the ${HOURS} hours the proposed rule would allow.`,
          evidence: { last_restore_test: tested, restore_hours: hours },
        };
      }
      return {
        status: 'pass',
        subject,
        path,
        message: `${subject}'s test restore on ${tested} took ${hours} hours, within ${HOURS} hours.`,
        evidence: { last_restore_test: tested, restore_hours: hours },
      };
    });
  },
});
