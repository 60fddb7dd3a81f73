import { addMonths, dayNumber, defineCheck, isWithinMonths, toPointer, type Finding } from '../../src/index.js';

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
    const phiStores = new Set((stack.data_stores ?? []).filter((d) => d.phi).map((d) => d.name));
    return (stack.backups ?? []).flatMap((backup, i): Finding[] => {
      if (!backup.covers.some((c) => phiStores.has(c))) return [];
      const tested = backup.last_restore_test;
      if (tested === null || tested === undefined) {
        return [{
          status: 'fail',
          subject: backup.name,
          path: tested === null ? toPointer('backups', i, 'last_restore_test') : toPointer('backups', i),
          message: `${backup.name} copies PHI but has never been test-restored.`,
          evidence: { last_restore_test: null },
        }];
      }
      const path = toPointer('backups', i, 'last_restore_test');
      if (dayNumber(tested) > dayNumber(now)) {
        return [{ status: 'fail', subject: backup.name, path, message: `${backup.name}'s last restore test is dated ${tested}, after the audit day: it cannot have happened yet.`, evidence: { last_restore_test: tested } }];
      }
      if (!isWithinMonths(tested, now, RESTORE_TEST_MONTHS)) {
        return [{
          status: 'fail',
          subject: backup.name,
          path,
          message: `${backup.name} was last test-restored on ${tested}, more than ${RESTORE_TEST_MONTHS} months ago (due by ${addMonths(tested, RESTORE_TEST_MONTHS)}).`,
          evidence: { last_restore_test: tested },
        }];
      }
      return [{
        status: 'pass',
        subject: backup.name,
        path,
        message: `${backup.name} was test-restored on ${tested}, within the last ${RESTORE_TEST_MONTHS} months.`,
        evidence: { last_restore_test: tested },
      }];
    });
  },
});
