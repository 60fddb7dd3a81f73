import { cases } from '../../helpers/cases.js';

export default cases([
  {
    name: 'an evergreen BAA and one that runs until 2028',
    expect: [
      ['ChartCloud', 'pass', /evergreen/],
      ['VaultBackup', 'pass', /runs until 2028-01-10/],
    ],
  },
  {
    name: 'a BAA expiring in exactly 60 days warns',
    edit: (s) => {
      s.vendors![1]!.baa!.expires = '2027-01-27';
    },
    expect: [
      ['ChartCloud', 'pass'],
      ['VaultBackup', 'warn', /expires on 2027-01-27, in 60 days/],
    ],
  },
  {
    name: 'a BAA expiring in 61 days passes',
    edit: (s) => {
      s.vendors![1]!.baa!.expires = '2027-01-28';
    },
    expect: [
      ['ChartCloud', 'pass'],
      ['VaultBackup', 'pass', /61 days away/],
    ],
  },
  {
    name: 'a BAA expiring on the audit day warns',
    edit: (s) => {
      s.vendors![1]!.baa!.expires = '2026-11-28';
    },
    expect: [
      ['ChartCloud', 'pass'],
      ['VaultBackup', 'warn', /expires on 2026-11-28, today/],
    ],
  },
  {
    name: 'a BAA expiring tomorrow warns with one day',
    edit: (s) => {
      s.vendors![1]!.baa!.expires = '2026-11-29';
    },
    expect: [
      ['ChartCloud', 'pass'],
      ['VaultBackup', 'warn', /in 1 day /],
    ],
  },
  {
    name: 'an expired BAA is left to vendors.baa-expired',
    edit: (s) => {
      s.vendors![1]!.baa!.expires = '2026-11-27';
    },
    expect: [['ChartCloud', 'pass']],
  },
  {
    name: 'an evergreen BAA with no expires key',
    edit: (s) => {
      delete s.vendors![0]!.baa!.expires;
    },
    expect: [
      ['ChartCloud', 'pass', /evergreen/],
      ['VaultBackup', 'pass'],
    ],
  },
  {
    name: 'unsigned BAAs and non-PHI vendors are not judged',
    stack: {
      vendors: [
        { name: 'Backblaze', phi: true },
        { name: 'Klara', phi: true, baa: { expires: '2026-12-01' } },
        { name: 'Mailchimp', phi: false, baa: { signed: '2024-01-01', expires: '2026-12-01' } },
      ],
      data_stores: [],
      messaging: [],
      backups: [],
    },
    expect: [],
  },
]);
