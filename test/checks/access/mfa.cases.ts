import { cases } from '../../helpers/cases.js';

export default cases([
  {
    name: 'every staff account uses MFA',
    expect: [
      ['bcho', 'pass', /bcho signs in with multi-factor/],
      ['alima', 'pass'],
    ],
  },
  {
    name: 'MFA off fails; MFA not declared fails as not declared',
    edit: (s) => {
      s.staff![0]!.mfa = false;
      delete s.staff![1]!.mfa;
    },
    expect: [
      ['bcho', 'fail', /without multi-factor authentication/],
      ['alima', 'fail', /no multi-factor authentication declared/],
    ],
  },
  {
    name: 'a shared account with MFA still passes this check (unique-accounts judges sharing)',
    edit: (s) => {
      s.staff!.push({ name: 'Front desk', account: 'frontdesk', role: 'clinician', mfa: true, shared: true });
    },
    expect: [
      ['bcho', 'pass'],
      ['alima', 'pass'],
      ['frontdesk', 'pass'],
    ],
  },
  {
    name: 'no staff section: nothing to judge',
    stack: { staff: undefined },
    expect: [],
  },
]);
