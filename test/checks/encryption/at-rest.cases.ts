import { cases } from '../../helpers/cases.js';

export default cases([
  {
    name: 'the EHR and the reception PC are encrypted at rest',
    expect: [
      ['ChartCloud EHR', 'pass', /encrypted at rest/],
      ['Reception PC', 'pass'],
    ],
  },
  {
    name: 'each type of store declared unencrypted, or with nothing declared',
    stack: {
      data_stores: [
        { name: 'ChartCloud EHR', vendor: 'ChartCloud', type: 'cloud', phi: true, encryption: { at_rest: false } },
        { name: 'Back-office server', type: 'server', phi: true, encryption: { at_rest: false, in_transit: true } },
        { name: 'Reception PC', type: 'workstation', phi: true, encryption: { at_rest: false } },
        { name: 'Treatment-room iPad', type: 'mobile', phi: true },
        { name: 'Photo USB stick', type: 'removable', phi: true, encryption: { in_transit: true } },
        { name: 'Lobby kiosk', type: 'workstation', phi: false },
      ],
      backups: [],
    },
    expect: [
      ['ChartCloud EHR', 'fail', /declared not encrypted at rest: a leak or misconfiguration of the provider's storage/],
      ['Back-office server', 'fail', /declared not encrypted at rest: a stolen server/],
      ['Reception PC', 'fail', /declared not encrypted at rest: a lost or stolen computer/],
      ['Treatment-room iPad', 'fail', /not declared \(encryption\.at_rest\).*phone or tablet/],
      ['Photo USB stick', 'fail', /not declared.*USB drive/],
    ],
  },
  {
    name: 'a PHI phone and a removable drive that are encrypted',
    stack: {
      data_stores: [
        { name: 'Treatment-room iPad', type: 'mobile', phi: true, encryption: { at_rest: true } },
        { name: 'Photo USB stick', type: 'removable', phi: true, encryption: { at_rest: true, algorithm: 'AES-256' } },
      ],
      backups: [],
    },
    expect: [
      ['Treatment-room iPad', 'pass'],
      ['Photo USB stick', 'pass'],
    ],
  },
  {
    name: 'only stores without PHI',
    stack: { data_stores: [{ name: 'Lobby kiosk', type: 'workstation', phi: false }], backups: [] },
    expect: [],
  },
  {
    name: 'no data_stores section',
    stack: { data_stores: undefined, backups: [] },
    expect: [],
  },
]);
