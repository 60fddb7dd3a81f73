import { cases } from '../../helpers/cases.js';

export default cases([
  {
    name: 'every PHI store keeps an audit log',
    expect: [
      ['ChartCloud EHR', 'pass', /logs access/],
      ['Reception PC', 'pass'],
    ],
  },
  {
    name: 'one store does not log, another does not say, a non-PHI store is ignored',
    stack: {
      data_stores: [
        { name: 'ChartCloud EHR', vendor: 'ChartCloud', type: 'cloud', phi: true, audit_log: false },
        { name: 'Reception PC', type: 'workstation', phi: true },
        { name: 'Marketing laptop', type: 'workstation', phi: false, audit_log: false },
      ],
    },
    expect: [
      ['ChartCloud EHR', 'fail', /does not log access/],
      ['Reception PC', 'warn', /does not declare whether it keeps an audit log/],
    ],
  },
  {
    name: 'no PHI data stores: nothing to judge',
    stack: {
      data_stores: [{ name: 'Marketing laptop', type: 'workstation', phi: false }],
      backups: [],
    },
    expect: [],
  },
  {
    name: 'no data_stores section: nothing to judge',
    stack: { data_stores: undefined, backups: undefined },
    expect: [],
  },
]);
