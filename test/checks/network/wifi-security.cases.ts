import { cases, type CheckCase } from '../../helpers/cases.js';

const withSecurity = (security: string, expect: CheckCase['expect']): CheckCase => ({
  name: `staff Wi-Fi on ${security}`,
  edit: (s) => {
    (s.network!.wifi as { security?: string }).security = security;
  },
  expect,
});

export default cases([
  {
    name: 'staff Wi-Fi uses WPA3',
    expect: [['Staff Wi-Fi', 'pass', /uses WPA3\./]],
  },
  withSecurity('open', [['Staff Wi-Fi', 'fail', /is open/]]),
  withSecurity('WEP', [['Staff Wi-Fi', 'fail', /uses WEP, which anyone in range can crack/]]),
  withSecurity('WPA', [['Staff Wi-Fi', 'fail', /uses WPA,/]]),
  withSecurity('WPA2', [['Staff Wi-Fi', 'pass']]),
  withSecurity('WPA2-Enterprise', [['Staff Wi-Fi', 'pass']]),
  withSecurity('WPA3-Enterprise', [['Staff Wi-Fi', 'pass']]),
  {
    name: 'Wi-Fi described without its security: manual',
    edit: (s) => {
      s.network!.wifi = { guest_isolated: true };
    },
    expect: [['Staff Wi-Fi', 'manual', /network\.wifi\.security/]],
  },
  {
    name: 'Wi-Fi not described: manual',
    edit: (s) => {
      delete s.network!.wifi;
    },
    expect: [['Staff Wi-Fi', 'manual']],
  },
  {
    name: 'no network section: manual',
    edit: (s) => {
      delete s.network;
      delete s.data_stores![0]!.access!.ip_allowlist;
    },
    expect: [['Staff Wi-Fi', 'manual']],
  },
]);
