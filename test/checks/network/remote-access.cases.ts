import { cases } from '../../helpers/cases.js';

export default cases([
  {
    name: 'remote access goes through a VPN with MFA',
    expect: [['Remote access', 'pass', /VPN and requires MFA/]],
  },
  {
    name: 'explicitly enabled with VPN and MFA passes',
    edit: (s) => {
      s.network!.remote_access = { enabled: true, vpn: true, mfa: true };
    },
    expect: [['Remote access', 'pass']],
  },
  {
    name: 'no VPN fails',
    edit: (s) => {
      s.network!.remote_access = { vpn: false, mfa: true };
    },
    expect: [['Remote access', 'fail', /enabled without a VPN\.$/]],
  },
  {
    name: 'MFA not stated fails',
    edit: (s) => {
      s.network!.remote_access = { vpn: true };
    },
    expect: [['Remote access', 'fail', /enabled without MFA\.$/]],
  },
  {
    name: 'neither VPN nor MFA: both are named',
    edit: (s) => {
      s.network!.remote_access = {};
    },
    expect: [['Remote access', 'fail', /without a VPN or MFA/]],
  },
  {
    name: 'remote access disabled passes whatever else is set',
    edit: (s) => {
      s.network!.remote_access = { enabled: false, vpn: false };
    },
    expect: [['Remote access', 'pass', /disabled/]],
  },
  {
    name: 'remote access not described: manual, saying what to add',
    edit: (s) => {
      delete s.network!.remote_access;
    },
    expect: [['Remote access', 'manual', /network\.remote_access: \{ vpn: .*enabled: false/]],
  },
  {
    name: 'no network section: manual',
    edit: (s) => {
      delete s.network;
      delete s.data_stores![0]!.access!.ip_allowlist;
    },
    expect: [['Remote access', 'manual']],
  },
]);
