import { cases } from '../../helpers/cases.js';

export default cases([
  {
    name: 'a privacy official is designated',
    expect: [['Privacy official', 'pass', /Ana Lima \(Office Manager\) is the designated privacy official, appointed on 2025-01-06/]],
  },
  {
    name: 'officers lists only a security official',
    edit: (s) => {
      delete s.officers!.privacy;
    },
    expect: [['Privacy official', 'fail', /No privacy official/]],
  },
  {
    name: 'no officers section at all',
    stack: { officers: undefined },
    expect: [['Privacy official', 'fail', /officers\.privacy/]],
  },
  {
    name: 'a name alone is enough',
    stack: { officers: { privacy: { name: 'Dana Ruiz' } } },
    expect: [['Privacy official', 'pass', /^Dana Ruiz is the designated privacy official\.$/]],
  },
]);
