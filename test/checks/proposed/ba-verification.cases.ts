import { cases } from '../../helpers/cases.js';

export default cases([
  {
    name: 'both business associates verified their safeguards in February',
    expect: [
      ['ChartCloud', 'pass', /^ChartCloud verified its technical safeguards in writing on 2026-02-20; the next verification is due by 2027-02-20\.$/],
      ['VaultBackup', 'pass'],
    ],
  },
  {
    name: 'no verification on record (absent), and a null one',
    edit: (s) => {
      delete s.vendors![0]!.baa!.verified;
      s.vendors![1]!.baa!.verified = null;
    },
    expect: [
      ['ChartCloud', 'fail', /^ChartCloud has never verified its technical safeguards in writing \(`baa\.verified` is not set\)\.$/],
      ['VaultBackup', 'fail', /never verified/],
    ],
  },
  {
    name: 'no BAA to verify against: no baa, a null baa, a baa with no signed date, a null signed date',
    edit: (s) => {
      delete s.vendors![0]!.baa;
      s.vendors![1]!.baa = null;
      s.vendors!.push(
        { name: 'Drive', phi: true, baa: { verified: '2026-06-01' } },
        { name: 'OneDrive', phi: true, baa: { signed: null, verified: '2026-06-01' } },
        { name: 'Canva', phi: false },
      );
    },
    expect: [
      ['ChartCloud', 'fail', /^ChartCloud handles PHI but has no signed BAA, so there is no BAA to verify its safeguards against\.$/],
      ['VaultBackup', 'fail', /no BAA to verify/],
      ['Drive', 'fail', /no BAA to verify/],
      ['OneDrive', 'fail', /no BAA to verify/],
    ],
  },
  {
    name: 'verified exactly 12 months before the audit, and 12 months less a day',
    edit: (s) => {
      s.vendors![0]!.baa!.verified = '2025-11-28';
      s.vendors![1]!.baa!.verified = '2025-11-29';
    },
    expect: [
      ['ChartCloud', 'pass', /next verification is due by 2026-11-28/],
      ['VaultBackup', 'pass', /next verification is due by 2026-11-29/],
    ],
  },
  {
    name: 'verified 12 months and one day before the audit',
    edit: (s) => {
      s.vendors![0]!.baa!.verified = '2025-11-27';
    },
    expect: [
      ['ChartCloud', 'fail', /^ChartCloud last verified its technical safeguards in writing on 2025-11-27; the proposed rule would require a new verification every 12 months, so it was due by 2026-11-27\.$/],
      ['VaultBackup', 'pass'],
    ],
  },
  {
    name: 'a verification dated after the audit day',
    edit: (s) => {
      s.vendors![1]!.baa!.verified = '2026-12-01';
    },
    expect: [
      ['ChartCloud', 'pass'],
      ['VaultBackup', 'fail', /dated 2026-12-01, after the audit day 2026-11-28: it cannot have been given yet/],
    ],
  },
  {
    name: 'vendors without PHI are not listed',
    edit: (s) => {
      for (const v of s.vendors!) v.phi = false;
    },
    expect: [],
  },
  {
    name: 'no vendors section',
    stack: { vendors: undefined },
    edit: (s) => {
      // Data stores and messaging name vendors; drop the references so the stack stays valid.
      for (const d of s.data_stores ?? []) delete d.vendor;
      for (const m of s.messaging ?? []) delete m.vendor;
    },
    expect: [],
  },
]);
