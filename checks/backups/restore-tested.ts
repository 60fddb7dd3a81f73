import { defineCheck, phiBackups, recurrence, toPointer, type Finding } from '../../src/index.js';

/** A yearly restore test is the usual contingency-plan testing interval. */
const RESTORE_TEST_MONTHS = 12;

export default defineCheck({
  meta: {
    id: 'backups.restore-tested',
    title: `Every backup of PHI has been test-restored within ${RESTORE_TEST_MONTHS} months`,
    area: 'backups',
    severity: 'medium',
    hipaa: ['164.308(a)(7)(ii)(D)'],
    rationale: `A backup that has never been restored is a hope, not a plan: restores fail on missing keys, broken jobs and incomplete copies, so each backup of PHI should be test-restored at least every ${RESTORE_TEST_MONTHS} months.`,
    remediation:
      'Restore a sample of the backup to a spare machine or location, check the records open, and record the date under `backups[].last_restore_test`.',
    needs: ['stack'],
  },
  run({ stack, now }) {
    return phiBackups(stack).flatMap(({ backup, index: i }): Finding[] => {
      const subject = backup.name;
      const r = recurrence(backup.last_restore_test, now, RESTORE_TEST_MONTHS);
      const path = toPointer('backups', i, 'last_restore_test');
      switch (r.state) {
        case 'missing':
          return [{ status: 'fail', subject, path: backup.last_restore_test === null ? path : toPointer('backups', i), message: `${subject} copies PHI but has never been test-restored.`, evidence: { last_restore_test: null } }];
        case 'future':
          return [{ status: 'fail', subject, path, message: `${subject}'s last restore test is dated ${r.day}, after the audit day: it cannot have happened yet.`, evidence: { last_restore_test: r.day } }];
        case 'overdue':
          return [{ status: 'fail', subject, path, message: `${subject} was last test-restored on ${r.day}, more than ${RESTORE_TEST_MONTHS} months ago (due by ${r.due}).`, evidence: { last_restore_test: r.day } }];
        case 'current':
          return [{ status: 'pass', subject, path, message: `${subject} was test-restored on ${r.day}, within the last ${RESTORE_TEST_MONTHS} months.`, evidence: { last_restore_test: r.day } }];
      }
    });
  },
});
