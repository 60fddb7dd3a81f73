import { cases } from '../../helpers/cases.js';

const waiver = (subject: string, expires: string) => ({
  check: 'vendors.baa-signed',
  subject,
  reason: 'BAA in legal review',
  approved_by: 'Ben Cho',
  expires,
});

export default cases([
  {
    name: 'the base stack has no waivers: nothing to judge',
    expect: [],
  },
  {
    name: 'a current waiver, one expiring on the audit day, one expired the day before',
    stack: {
      waivers: [waiver('ChartCloud', '2027-01-31'), waiver('VaultBackup', '2026-11-28'), waiver('Backblaze', '2026-11-27')],
    },
    expect: [
      ['vendors.baa-signed / ChartCloud', 'pass', /waived until 2027-01-31, approved by Ben Cho/],
      ['vendors.baa-signed / VaultBackup', 'pass', /waived until 2026-11-28/],
      ['vendors.baa-signed / Backblaze', 'warn', /expired on 2026-11-27: it no longer waives anything; renew it with a new approval or fix the finding/],
    ],
  },
  {
    name: 'an empty waivers list',
    stack: { waivers: [] },
    expect: [],
  },
]);
