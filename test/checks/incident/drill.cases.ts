import { cases } from '../../helpers/cases.js';

export default cases([
  {
    name: 'a drill in the last 12 months',
    expect: [['Incident response drill', 'pass', /held on 2026-05-20; the next is due by 2027-05-20/]],
  },
  {
    name: 'on the anniversary it still passes',
    now: '2027-05-20',
    expect: [['Incident response drill', 'pass']],
  },
  {
    name: 'the day after the anniversary it is overdue',
    now: '2027-05-21',
    expect: [['Incident response drill', 'fail', /was due on 2027-05-20/]],
  },
  {
    name: 'a drill dated after the audit day',
    edit: (s) => {
      s.incident_response!.last_drill = '2026-12-01';
    },
    expect: [['Incident response drill', 'fail', /in the future/]],
  },
  {
    name: 'last drill recorded as null',
    edit: (s) => {
      s.incident_response!.last_drill = null;
    },
    expect: [['Incident response drill', 'fail', /No incident response drill/]],
  },
  {
    name: 'no incident_response section',
    stack: { incident_response: undefined },
    expect: [['Incident response drill', 'fail']],
  },
]);
