import { cases } from '../../helpers/cases.js';

export default cases([
  {
    name: 'every PHI vendor has a signed BAA',
    expect: [
      ['ChartCloud', 'pass'],
      ['VaultBackup', 'pass'],
    ],
  },
  {
    name: 'a PHI vendor with no BAA, one with a BAA but no signature date, a non-PHI vendor without one',
    stack: {
      vendors: [
        { name: 'Backblaze', phi: true },
        { name: 'Klara', phi: true, baa: { document: 'evidence/klara.pdf' } },
        { name: 'Mailchimp', phi: false },
      ],
      data_stores: [],
      messaging: [],
      backups: [],
    },
    expect: [
      ['Backblaze', 'fail', /Backblaze handles PHI but has no signed BAA/],
      ['Klara', 'fail'],
    ],
  },
  {
    name: 'a BAA dated after the audit day is not in force',
    edit: (s) => {
      s.vendors![0]!.baa!.signed = '2026-12-01';
    },
    expect: [
      ['ChartCloud', 'fail', /not in force yet/],
      ['VaultBackup', 'pass'],
    ],
  },
]);
