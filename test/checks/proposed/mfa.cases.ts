import { cases } from '../../helpers/cases.js';

export default cases([
  {
    name: 'both accounts, the cloud EHR and remote access use MFA; the workstation is not listed',
    expect: [
      ['bcho', 'pass', /^bcho signs in with multi-factor authentication\.$/],
      ['alima', 'pass'],
      ['ChartCloud EHR', 'pass', /^ChartCloud EHR holds PHI in the cloud and requires multi-factor authentication to sign in\.$/],
      ['Remote access', 'pass', /^Remote access to PHI systems requires multi-factor authentication\.$/],
    ],
  },
  {
    name: 'MFA off, and MFA not declared',
    edit: (s) => {
      s.staff![0]!.mfa = false;
      delete s.staff![1]!.mfa;
    },
    expect: [
      ['bcho', 'fail', /^bcho signs in without multi-factor authentication\.$/],
      ['alima', 'fail', /no multi-factor authentication declared \(`mfa` is not set\)/],
      ['ChartCloud EHR', 'pass'],
      ['Remote access', 'pass'],
    ],
  },
  {
    name: 'a shared account fails even with MFA on',
    edit: (s) => {
      s.staff!.push({ name: 'Front desk', account: 'frontdesk', role: 'clinician', mfa: true, shared: true });
    },
    expect: [
      ['bcho', 'pass'],
      ['alima', 'pass'],
      ['frontdesk', 'fail', /^frontdesk is a shared account: multi-factor authentication cannot tie a shared login to one person\.$/],
      ['ChartCloud EHR', 'pass'],
      ['Remote access', 'pass'],
    ],
  },
  {
    name: 'a cloud store that does not require MFA, one with no access block, one with access but no mfa_required',
    edit: (s) => {
      s.data_stores![0]!.access!.mfa_required = false;
      s.data_stores!.push(
        { name: 'Photo cloud', type: 'cloud', phi: true },
        { name: 'Forms cloud', type: 'cloud', phi: true, access: { roles: ['admin'] } },
        { name: 'Marketing cloud', type: 'cloud', phi: false },
        { name: 'Office server', type: 'server', phi: true },
      );
    },
    expect: [
      ['bcho', 'pass'],
      ['alima', 'pass'],
      ['ChartCloud EHR', 'fail', /^ChartCloud EHR holds PHI in the cloud but does not require multi-factor authentication to sign in\.$/],
      ['Photo cloud', 'fail', /does not declare that it requires multi-factor authentication \(`access\.mfa_required`\)/],
      ['Forms cloud', 'fail', /does not declare/],
      ['Remote access', 'pass'],
    ],
  },
  {
    name: 'remote access without MFA, declared off',
    edit: (s) => {
      s.network!.remote_access = { vpn: true, mfa: false };
    },
    expect: [
      ['bcho', 'pass'],
      ['alima', 'pass'],
      ['ChartCloud EHR', 'pass'],
      ['Remote access', 'fail', /^Remote access to PHI systems is enabled without multi-factor authentication\.$/],
    ],
  },
  {
    name: 'remote access explicitly enabled, MFA not declared',
    edit: (s) => {
      s.network!.remote_access = { enabled: true, vpn: true };
    },
    expect: [
      ['bcho', 'pass'],
      ['alima', 'pass'],
      ['ChartCloud EHR', 'pass'],
      ['Remote access', 'fail', /multi-factor authentication for it is not declared \(`network\.remote_access\.mfa`\)/],
    ],
  },
  {
    name: 'remote access disabled is not listed',
    edit: (s) => {
      s.network!.remote_access = { enabled: false };
    },
    expect: [
      ['bcho', 'pass'],
      ['alima', 'pass'],
      ['ChartCloud EHR', 'pass'],
    ],
  },
  {
    name: 'no network section',
    stack: { network: undefined },
    edit: (s) => {
      delete s.data_stores![0]!.access!.ip_allowlist;
    },
    expect: [
      ['bcho', 'pass'],
      ['alima', 'pass'],
      ['ChartCloud EHR', 'pass'],
    ],
  },
  {
    name: 'no staff, data_stores or network sections: nothing to judge',
    stack: { staff: undefined, data_stores: undefined, backups: undefined, network: undefined },
    expect: [],
  },
]);
