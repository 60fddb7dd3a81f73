import { cases } from '../../helpers/cases.js';

const member = (account: string, role: string) => ({ name: account, account, role, mfa: true, trained: '2026-03-02' });

export default cases([
  {
    name: 'one account holds the full-access role; roles without "*" are not judged',
    expect: [['admin', 'pass', /Role admin grants full access \("\*"\) to 1 account, within the limit of 2/]],
  },
  {
    name: 'exactly 2 holders is within the limit',
    edit: (s) => {
      s.staff!.push(member('dkim', 'admin'));
    },
    expect: [['admin', 'pass', /to 2 accounts/]],
  },
  {
    name: '3 holders is one over the limit: the accounts are listed',
    edit: (s) => {
      s.staff!.push(member('dkim', 'admin'), member('efox', 'admin'));
    },
    expect: [['admin', 'fail', /to 3 accounts \(bcho, dkim, efox\), more than the 2/]],
  },
  {
    name: 'a full-access role nobody holds passes with a count of 0',
    edit: (s) => {
      s.roles!.owner = { permissions: ['chart.read', '*'] };
    },
    expect: [
      ['admin', 'pass'],
      ['owner', 'pass', /to 0 accounts/],
    ],
  },
  {
    name: 'each full-access role is counted on its own',
    edit: (s) => {
      s.roles!.owner = { permissions: ['*'] };
      s.staff!.push(member('dkim', 'owner'), member('efox', 'owner'), member('gho', 'owner'));
    },
    expect: [
      ['admin', 'pass'],
      ['owner', 'fail', /dkim, efox, gho/],
    ],
  },
  {
    name: 'no role grants "*": nothing to judge',
    edit: (s) => {
      s.roles!.admin!.permissions = ['schedule.read', 'chart.read', 'chart.write', 'users.manage'];
    },
    expect: [],
  },
  {
    name: 'no roles section: nothing to judge',
    stack: { roles: undefined, staff: undefined, data_stores: [], backups: [] },
    expect: [],
  },
]);
