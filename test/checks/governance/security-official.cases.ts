import { cases } from '../../helpers/cases.js';

export default cases([
  {
    name: 'a security official is designated',
    expect: [['Security official', 'pass', /Ben Cho \(Owner\) is the designated security official, appointed on 2025-01-06/]],
  },
  {
    name: 'officers lists only a privacy official',
    edit: (s) => {
      delete s.officers!.security;
    },
    expect: [['Security official', 'fail', /No security official/]],
  },
  {
    name: 'no officers section at all',
    stack: { officers: undefined },
    expect: [['Security official', 'fail', /officers\.security/]],
  },
  {
    name: 'a name alone is enough',
    stack: { officers: { security: { name: 'Dana Ruiz' } } },
    expect: [['Security official', 'pass', /^Dana Ruiz is the designated security official\.$/]],
  },
]);
