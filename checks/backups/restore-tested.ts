// Owns backups.restore-tested: whether each backup of PHI was test-restored within the practice's interval.
import { defineCheck, intervalWords, phiBackups, policyInterval, recurrence, toPointer, type Finding } from '../../src/index.js';

export default defineCheck({
  meta: {
    id: 'backups.restore-tested',
    title: "Every backup of PHI was test-restored within the practice's interval",
    area: 'backups',
    severity: 'medium',
    hipaa: ['164.308(a)(7)(ii)(D)'],
    obligation: 'addressable',
    basis:
      '45 CFR 164.308(a)(7)(ii)(D): procedures for periodic testing and revision of contingency plans; the interval is the practice\'s policy',
    rationale:
      'A backup that has never been restored is a hope, not a plan: restores fail on missing keys, broken jobs and incomplete copies. Testing the contingency plan is addressable; a periodic test restore is the usual way a small practice does it.',
    remediation:
      "Restore a sample of the backup to a spare machine or location, check the records open, and record the date under `backups[].last_restore_test`; state the practice's own interval under `schedule.restore_test_months`.",
    needs: ['stack'],
  },
  run({ stack, now }) {
    const interval = policyInterval(stack, 'restore_test');
    return phiBackups(stack).flatMap(({ backup, index: i }): Finding[] => {
      const subject = backup.name;
      const r = recurrence(backup.last_restore_test, now, interval.months);
      const path = toPointer('backups', i, 'last_restore_test');
      switch (r.state) {
        case 'missing':
          return [{ status: 'fail', subject, path: backup.last_restore_test === null ? path : toPointer('backups', i), message: `${subject} copies PHI but has never been test-restored.`, evidence: { last_restore_test: null } }];
        case 'future':
          return [{ status: 'fail', subject, path, message: `${subject}'s last restore test is dated ${r.day}, after the audit day ${now}: it cannot have happened yet.`, evidence: { last_restore_test: r.day } }];
        case 'overdue':
          return [{ status: 'fail', subject, path, message: `${subject} was last test-restored on ${r.day}; under a policy of testing ${intervalWords(interval)}, the next test was due by ${r.due}.`, evidence: { last_restore_test: r.day, interval_months: interval.months } }];
        case 'current':
          return [{ status: 'pass', subject, path, message: `${subject} was test-restored on ${r.day}; the next test is due by ${r.due}, ${intervalWords(interval)}.`, evidence: { last_restore_test: r.day, interval_months: interval.months } }];
      }
    });
  },
});
