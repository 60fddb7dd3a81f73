import { cases } from '../../helpers/cases.js';

export default cases([
  {
    name: 'the EHR and the reception PC are reached over encrypted connections',
    expect: [
      ['ChartCloud EHR', 'pass', /encrypted connections/],
      ['Reception PC', 'pass'],
    ],
  },
  {
    name: 'declared unencrypted, and not declared on networked and standalone stores',
    stack: {
      data_stores: [
        { name: 'ChartCloud EHR', vendor: 'ChartCloud', type: 'cloud', phi: true, encryption: { at_rest: true, in_transit: false } },
        { name: 'Back-office server', type: 'server', phi: true, encryption: { at_rest: true } },
        { name: 'Photo cloud', vendor: 'ChartCloud', type: 'cloud', phi: true },
        { name: 'Reception PC', type: 'workstation', phi: true, encryption: { at_rest: true } },
        { name: 'Treatment-room iPad', type: 'mobile', phi: true },
        { name: 'Photo USB stick', type: 'removable', phi: true, encryption: { in_transit: false } },
        { name: 'Front-desk phone', type: 'mobile', phi: true, encryption: { in_transit: true } },
        { name: 'Marketing server', type: 'server', phi: false, encryption: { in_transit: false } },
      ],
      backups: [],
    },
    expect: [
      ['ChartCloud EHR', 'fail', /unencrypted connections/],
      ['Back-office server', 'warn', /\(server\).*not declared/],
      ['Photo cloud', 'warn', /\(cloud\).*not declared/],
      ['Photo USB stick', 'fail'],
      ['Front-desk phone', 'pass'],
    ],
  },
  {
    name: 'no data_stores section',
    stack: { data_stores: undefined, backups: [] },
    expect: [],
  },
]);
