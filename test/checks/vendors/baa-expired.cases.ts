import { cases } from '../../helpers/cases.js';

export default cases([
  {
    name: 'an evergreen BAA and one in force until 2028',
    expect: [
      ['ChartCloud', 'pass', /no expiry date/],
      ['VaultBackup', 'pass', /in force through 2028-01-10/],
    ],
  },
  {
    name: 'a BAA is still in force on its expiry day',
    edit: (s) => {
      s.vendors![1]!.baa!.expires = '2026-11-28';
    },
    expect: [
      ['ChartCloud', 'pass'],
      ['VaultBackup', 'pass', /in force through 2026-11-28/],
    ],
  },
  {
    name: 'a BAA that expired the day before the audit',
    edit: (s) => {
      s.vendors![1]!.baa!.expires = '2026-11-27';
    },
    expect: [
      ['ChartCloud', 'pass'],
      ['VaultBackup', 'fail', /^VaultBackup's BAA expired on 2026-11-27/],
    ],
  },
  {
    name: 'an evergreen BAA with no expires key at all',
    edit: (s) => {
      delete s.vendors![0]!.baa!.expires;
    },
    expect: [
      ['ChartCloud', 'pass', /no expiry date/],
      ['VaultBackup', 'pass'],
    ],
  },
  {
    name: 'unsigned BAAs and non-PHI vendors are left to other checks',
    stack: {
      vendors: [
        { name: 'Backblaze', phi: true },
        { name: 'Klara', phi: true, baa: { signed: null, expires: '2020-01-01' } },
        { name: 'Mailchimp', phi: false, baa: { signed: '2019-01-01', expires: '2020-01-01' } },
        { name: 'Weave', phi: true, baa: { signed: '2023-03-01', expires: '2025-03-01' } },
      ],
      data_stores: [],
      messaging: [],
      backups: [],
    },
    expect: [['Weave', 'fail', /expired on 2025-03-01/]],
  },
  {
    name: 'no vendors section',
    stack: { vendors: undefined, data_stores: [], messaging: [], backups: [] },
    expect: [],
  },
]);
