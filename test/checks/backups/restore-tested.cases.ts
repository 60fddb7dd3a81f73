import { cases } from '../../helpers/cases.js';

export default cases([
  {
    name: 'the nightly backup was test-restored in September',
    expect: [['Nightly encrypted backup', 'pass', /^Nightly encrypted backup was test-restored on 2026-09-15; the next test is due by 2027-09-15, every 12 months \(hipaa-hero's default, not a HIPAA rule; set `schedule\.restore_test_months` to state the practice's policy\)\.$/]],
  },
  {
    name: 'never tested (null)',
    edit: (s) => {
      s.backups![0]!.last_restore_test = null;
    },
    expect: [['Nightly encrypted backup', 'fail', /never been test-restored/]],
  },
  {
    name: 'never tested (absent)',
    edit: (s) => {
      delete s.backups![0]!.last_restore_test;
    },
    expect: [['Nightly encrypted backup', 'fail', /never been test-restored/]],
  },
  {
    name: 'tested exactly 12 months before the audit',
    edit: (s) => {
      s.backups![0]!.last_restore_test = '2025-11-28';
    },
    expect: [['Nightly encrypted backup', 'pass']],
  },
  {
    name: 'tested 12 months and one day before the audit',
    edit: (s) => {
      s.backups![0]!.last_restore_test = '2025-11-27';
    },
    expect: [['Nightly encrypted backup', 'fail', /^Nightly encrypted backup was last test-restored on 2025-11-27; under a policy of testing every 12 months \(hipaa-hero's default, not a HIPAA rule; set `schedule\.restore_test_months` to state the practice's policy\), the next test was due by 2026-11-27\.$/]],
  },
  {
    name: "schedule.restore_test_months: on the due day it still passes",
    edit: (s) => {
      s.schedule = { restore_test_months: 2 };
      s.backups![0]!.last_restore_test = '2026-09-28';
    },
    expect: [['Nightly encrypted backup', 'pass', /test-restored on 2026-09-28; the next test is due by 2026-11-28/]],
  },
  {
    name: "schedule.restore_test_months: the day after the due day it fails, named as the practice's own policy",
    edit: (s) => {
      s.schedule = { restore_test_months: 2 };
      s.backups![0]!.last_restore_test = '2026-09-27';
    },
    expect: [['Nightly encrypted backup', 'fail', /last test-restored on 2026-09-27; under a policy of testing every 2 months \(the practice's own policy, `schedule\.restore_test_months`\), the next test was due by 2026-11-27/]],
  },
  {
    name: 'schedule.restore_test_months: a longer interval keeps an older test current',
    edit: (s) => {
      s.schedule = { restore_test_months: 24 };
      s.backups![0]!.last_restore_test = '2025-01-10';
    },
    expect: [['Nightly encrypted backup', 'pass', /the next test is due by 2027-01-10/]],
  },
  {
    name: 'the audits and training intervals do not set the restore test interval',
    edit: (s) => {
      s.audits!.interval_months = 2;
      s.training!.interval_months = 2;
      s.schedule = { risk_analysis_months: 2, drill_months: 2 };
    },
    expect: [['Nightly encrypted backup', 'pass', /the next test is due by 2027-09-15/]],
  },
  {
    name: 'a leap-day test is due on 28 February a year later',
    edit: (s) => {
      s.backups![0]!.last_restore_test = '2024-02-29';
    },
    now: '2025-02-28',
    expect: [['Nightly encrypted backup', 'pass']],
  },
  {
    name: 'a leap-day test is overdue on 1 March a year later',
    edit: (s) => {
      s.backups![0]!.last_restore_test = '2024-02-29';
    },
    now: '2025-03-01',
    expect: [['Nightly encrypted backup', 'fail', /the next test was due by 2025-02-28/]],
  },
  {
    name: 'a test dated after the audit day',
    edit: (s) => {
      s.backups![0]!.last_restore_test = '2026-12-01';
    },
    expect: [['Nightly encrypted backup', 'fail', /last restore test is dated 2026-12-01, after the audit day 2026-11-28: it cannot have happened yet/]],
  },
  {
    name: 'an untested backup of a store with no PHI is not judged',
    edit: (s) => {
      s.data_stores!.push({ name: 'Marketing drive', type: 'removable', phi: false });
      s.backups!.push({ name: 'Marketing copy', covers: ['Marketing drive'], offsite: false, encrypted: true });
    },
    expect: [['Nightly encrypted backup', 'pass']],
  },
  {
    name: 'no backups section',
    stack: { backups: undefined },
    expect: [],
  },
]);
