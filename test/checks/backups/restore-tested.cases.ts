import { cases } from '../../helpers/cases.js';

export default cases([
  {
    name: 'the nightly backup was test-restored in September',
    expect: [['Nightly encrypted backup', 'pass', /test-restored on 2026-09-15/]],
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
    expect: [['Nightly encrypted backup', 'fail', /2025-11-27, more than 12 months ago \(due by 2026-11-27\)/]],
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
    expect: [['Nightly encrypted backup', 'fail', /due by 2025-02-28/]],
  },
  {
    name: 'a test dated after the audit day',
    edit: (s) => {
      s.backups![0]!.last_restore_test = '2026-12-01';
    },
    expect: [['Nightly encrypted backup', 'fail', /after the audit day/]],
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
