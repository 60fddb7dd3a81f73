import { cases } from '../../helpers/cases.js';

export default cases([
  {
    name: 'the PHI cloud store uses an allowlist; the workstation is not judged',
    expect: [['ChartCloud EHR', 'pass', /addresses in allowlist office/]],
  },
  {
    name: 'no allowlist but the store requires MFA: warn',
    edit: (s) => {
      delete s.data_stores![0]!.access!.ip_allowlist;
    },
    expect: [['ChartCloud EHR', 'warn', /MFA only partly makes up/]],
  },
  {
    name: 'no allowlist and no MFA: a cloud store with mfa_required false and a server with no access block fail',
    edit: (s) => {
      s.data_stores![0]!.access = { roles: ['clinician'], mfa_required: false };
      s.data_stores!.push({ name: 'Imaging server', type: 'server', phi: true });
    },
    expect: [
      ['ChartCloud EHR', 'fail', /no IP allowlist and no MFA/],
      ['Imaging server', 'fail'],
    ],
  },
  {
    name: 'no allowlist and mfa_required not set: fail',
    edit: (s) => {
      s.data_stores![0]!.access = { roles: ['clinician'] };
    },
    expect: [['ChartCloud EHR', 'fail']],
  },
  {
    name: 'a server with an allowlist passes; non-PHI stores and other types are not judged',
    edit: (s) => {
      s.network!.ip_allowlists!.lab = ['198.51.100.0/24'];
      s.data_stores!.push(
        { name: 'Imaging server', type: 'server', phi: true, access: { roles: ['clinician'], ip_allowlist: 'lab' } },
        { name: 'Marketing drive', type: 'cloud', phi: false },
        { name: 'Clinic iPad', type: 'mobile', phi: true },
        { name: 'Export USB', type: 'removable', phi: true },
      );
    },
    expect: [
      ['ChartCloud EHR', 'pass'],
      ['Imaging server', 'pass', /allowlist lab/],
    ],
  },
  {
    name: 'no data stores: nothing to judge',
    stack: { data_stores: [], backups: [] },
    expect: [],
  },
]);
