import { cases } from '../../helpers/cases.js';

export default cases([
  {
    name: 'the nightly backup is encrypted',
    expect: [['Nightly encrypted backup', 'pass', /encrypted/]],
  },
  {
    name: 'an unencrypted PHI backup, and an unencrypted backup of a store with no PHI',
    edit: (s) => {
      s.data_stores!.push({ name: 'Marketing drive', type: 'removable', phi: false });
      s.backups![0]!.encrypted = false;
      s.backups!.push({ name: 'Marketing copy', covers: ['Marketing drive'], offsite: false, encrypted: false });
    },
    expect: [['Nightly encrypted backup', 'fail', /copies PHI \(ChartCloud EHR, Reception PC\) but its copies are not encrypted/]],
  },
  {
    name: 'a backup that covers one PHI store among others',
    edit: (s) => {
      s.data_stores!.push({ name: 'Marketing drive', type: 'removable', phi: false });
      s.backups = [{ name: 'Mixed copy', covers: ['Marketing drive', 'Reception PC'], offsite: true, encrypted: false }];
    },
    expect: [['Mixed copy', 'fail', /\(Reception PC\)/]],
  },
  {
    name: 'no backups section',
    stack: { backups: undefined },
    expect: [],
  },
]);
