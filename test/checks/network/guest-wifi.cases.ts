import { cases } from '../../helpers/cases.js';

export default cases([
  {
    name: 'guest Wi-Fi is isolated',
    expect: [['Guest Wi-Fi', 'pass', /isolated from the practice network/]],
  },
  {
    name: 'guest Wi-Fi not isolated fails',
    edit: (s) => {
      s.network!.wifi = { security: 'WPA3', guest_isolated: false };
    },
    expect: [['Guest Wi-Fi', 'fail', /is not isolated/]],
  },
  {
    name: 'isolation not stated fails (a guest network exists by default)',
    edit: (s) => {
      s.network!.wifi = { security: 'WPA3' };
    },
    expect: [['Guest Wi-Fi', 'fail', /not recorded as isolated/]],
  },
  {
    name: 'an explicit guest network without isolation fails',
    edit: (s) => {
      s.network!.wifi = { guest_network: true };
    },
    expect: [['Guest Wi-Fi', 'fail']],
  },
  {
    name: 'an explicit guest network that is isolated passes',
    edit: (s) => {
      s.network!.wifi = { guest_network: true, guest_isolated: true };
    },
    expect: [['Guest Wi-Fi', 'pass']],
  },
  {
    name: 'no guest network passes, whatever guest_isolated says',
    edit: (s) => {
      s.network!.wifi = { security: 'WPA2', guest_network: false, guest_isolated: false };
    },
    expect: [['Guest Wi-Fi', 'pass', /no guest Wi-Fi network/]],
  },
  {
    name: 'Wi-Fi not described: manual, saying what to add',
    edit: (s) => {
      delete s.network!.wifi;
    },
    expect: [['Guest Wi-Fi', 'manual', /network\.wifi/]],
  },
  {
    name: 'no network section: manual',
    edit: (s) => {
      delete s.network;
      delete s.data_stores![0]!.access!.ip_allowlist;
    },
    expect: [['Guest Wi-Fi', 'manual']],
  },
]);
