import { cases } from '../../helpers/cases.js';

export default cases([
  {
    name: 'both PHI stores and the nightly backup are encrypted',
    expect: [
      ['ChartCloud EHR', 'pass', /^ChartCloud EHR \(cloud\) holds PHI and is encrypted at rest\.$/],
      ['Reception PC', 'pass'],
      ['Nightly encrypted backup', 'pass', /^Nightly encrypted backup copies PHI \(ChartCloud EHR, Reception PC\) and its copies are encrypted\.$/],
    ],
  },
  {
    name: 'a store declared unencrypted, and one with no declaration',
    edit: (s) => {
      s.data_stores![0]!.encryption!.at_rest = false;
      delete s.data_stores![1]!.encryption;
    },
    expect: [
      ['ChartCloud EHR', 'fail', /^ChartCloud EHR \(cloud\) holds PHI but is declared not encrypted at rest; under the proposal a documented alternative would no longer suffice\.$/],
      ['Reception PC', 'fail', /has no encryption at rest declared \(`encryption\.at_rest`\); under the proposal a documented alternative would no longer suffice/],
      ['Nightly encrypted backup', 'pass'],
    ],
  },
  {
    name: 'an encryption block without at_rest',
    edit: (s) => {
      delete s.data_stores![1]!.encryption!.at_rest;
    },
    expect: [
      ['ChartCloud EHR', 'pass'],
      ['Reception PC', 'fail', /no encryption at rest declared/],
      ['Nightly encrypted backup', 'pass'],
    ],
  },
  {
    name: 'an unencrypted backup of PHI; stores and backups without PHI are not listed',
    edit: (s) => {
      s.backups![0]!.encrypted = false;
      s.data_stores!.push({ name: 'Marketing drive', type: 'removable', phi: false, encryption: { at_rest: false } });
      s.backups!.push({ name: 'Marketing copy', covers: ['Marketing drive'], offsite: false, encrypted: false });
    },
    expect: [
      ['ChartCloud EHR', 'pass'],
      ['Reception PC', 'pass'],
      ['Nightly encrypted backup', 'fail', /^Nightly encrypted backup copies PHI \(ChartCloud EHR, Reception PC\) but its copies are not encrypted; under the proposal a documented alternative would no longer suffice\.$/],
    ],
  },
  {
    name: 'a backup that covers one PHI store among others names only the PHI store',
    edit: (s) => {
      s.data_stores!.push({ name: 'Marketing drive', type: 'removable', phi: false });
      s.backups = [{ name: 'Mixed copy', covers: ['Marketing drive', 'Reception PC'], offsite: true, encrypted: false }];
    },
    expect: [
      ['ChartCloud EHR', 'pass'],
      ['Reception PC', 'pass'],
      ['Mixed copy', 'fail', /\(Reception PC\)/],
    ],
  },
  {
    name: 'no backups section',
    stack: { backups: undefined },
    expect: [
      ['ChartCloud EHR', 'pass'],
      ['Reception PC', 'pass'],
    ],
  },
  {
    name: 'no data_stores section: nothing to judge',
    stack: { data_stores: undefined, backups: undefined },
    expect: [],
  },
]);
