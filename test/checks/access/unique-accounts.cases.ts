import { cases } from '../../helpers/cases.js';

export default cases([
  {
    name: 'every staff member has a personal account',
    expect: [
      ['bcho', 'pass', /bcho is Ben Cho's own login/],
      ['alima', 'pass'],
    ],
  },
  {
    name: 'a shared front-desk login fails; an explicit shared: false passes',
    edit: (s) => {
      s.staff![1]!.shared = false;
      s.staff!.push({ name: 'Front desk', account: 'frontdesk', role: 'clinician', mfa: true, shared: true });
    },
    expect: [
      ['bcho', 'pass'],
      ['alima', 'pass'],
      ['frontdesk', 'fail', /^frontdesk is a shared account: actions in it cannot be traced to one person\.$/],
    ],
  },
  {
    name: 'no staff section: nothing to judge',
    stack: { staff: undefined },
    expect: [],
  },
  {
    name: 'an empty staff list: nothing to judge',
    stack: { staff: [] },
    expect: [],
  },
]);
