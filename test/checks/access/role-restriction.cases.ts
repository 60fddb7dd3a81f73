import { cases } from '../../helpers/cases.js';

export default cases([
  {
    name: 'every PHI store is limited to roles',
    expect: [
      ['ChartCloud EHR', 'pass', /limited to the roles clinician, admin/],
      ['Reception PC', 'pass'],
    ],
  },
  {
    name: 'an empty role list and a missing access block both fail',
    edit: (s) => {
      s.data_stores![0]!.access!.roles = [];
      delete s.data_stores![1]!.access;
    },
    expect: [
      ['ChartCloud EHR', 'fail', /anyone with a login can open it/],
      ['Reception PC', 'fail', /anyone with a login can open it/],
    ],
  },
  {
    name: 'an access block without roles fails',
    edit: (s) => {
      delete s.data_stores![0]!.access!.roles;
    },
    expect: [
      ['ChartCloud EHR', 'fail'],
      ['Reception PC', 'pass'],
    ],
  },
  {
    name: 'a store without PHI is not judged',
    edit: (s) => {
      s.data_stores!.push({ name: 'Marketing drive', type: 'cloud', phi: false });
    },
    expect: [
      ['ChartCloud EHR', 'pass'],
      ['Reception PC', 'pass'],
    ],
  },
  {
    name: 'no data stores: nothing to judge',
    stack: { data_stores: [], backups: [] },
    expect: [],
  },
]);
