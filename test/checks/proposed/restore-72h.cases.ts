import { cases } from '../../helpers/cases.js';

const BACKUP = 'Nightly encrypted backup';

export default cases([
  {
    name: 'the September test restore took 6 hours',
    expect: [[BACKUP, 'pass', /^Nightly encrypted backup's test restore on 2026-09-15 took 6 hours, within 72 hours\.$/]],
  },
  {
    name: 'exactly 72 hours is within the limit',
    edit: (s) => {
      s.backups![0]!.restore_hours = 72;
    },
    expect: [[BACKUP, 'pass', /took 72 hours, within 72 hours/]],
  },
  {
    name: 'a fraction of an hour over 72 is over the limit',
    edit: (s) => {
      s.backups![0]!.restore_hours = 72.5;
    },
    expect: [[BACKUP, 'fail', /^Nightly encrypted backup's test restore on 2026-09-15 took 72\.5 hours, over the 72 hours the proposed rule would allow\.$/]],
  },
  {
    name: 'a restore that took four days',
    edit: (s) => {
      s.backups![0]!.restore_hours = 96;
    },
    expect: [[BACKUP, 'fail', /took 96 hours, over the 72 hours/]],
  },
  {
    name: 'zero hours (an instant failover) is within the limit',
    edit: (s) => {
      s.backups![0]!.restore_hours = 0;
    },
    expect: [[BACKUP, 'pass', /took 0 hours/]],
  },
  {
    name: 'tested, but no restore time on record',
    edit: (s) => {
      delete s.backups![0]!.restore_hours;
    },
    expect: [[BACKUP, 'fail', /^Nightly encrypted backup was test-restored on 2026-09-15, but no restore time is on record \(`restore_hours`\)\.$/]],
  },
  {
    name: 'never tested (absent): a restore time alone does not count',
    edit: (s) => {
      delete s.backups![0]!.last_restore_test;
    },
    expect: [[BACKUP, 'fail', /^Nightly encrypted backup copies PHI but has never been test-restored, so there is no restore time to judge\.$/]],
  },
  {
    name: 'never tested (null)',
    edit: (s) => {
      s.backups![0]!.last_restore_test = null;
      delete s.backups![0]!.restore_hours;
    },
    expect: [[BACKUP, 'fail', /never been test-restored/]],
  },
  {
    name: 'a test dated after the audit day',
    edit: (s) => {
      s.backups![0]!.last_restore_test = '2026-11-29';
    },
    expect: [[BACKUP, 'fail', /dated 2026-11-29, after the audit day 2026-11-28/]],
  },
  {
    name: 'a backup of a store with no PHI is not listed',
    edit: (s) => {
      s.data_stores!.push({ name: 'Marketing drive', type: 'removable', phi: false });
      s.backups!.push({ name: 'Marketing copy', covers: ['Marketing drive'], offsite: false, encrypted: true, restore_hours: 500 });
    },
    expect: [[BACKUP, 'pass']],
  },
  {
    name: 'no backups section',
    stack: { backups: undefined },
    expect: [],
  },
]);
