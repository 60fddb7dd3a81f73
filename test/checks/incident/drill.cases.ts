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
    name: "the day after the anniversary it is overdue (hipaa-hero's default, said to be a default)",
    now: '2027-05-21',
    expect: [['Incident response drill', 'fail', /^The last incident response drill was on 2026-05-20; under a policy of holding one every 12 months \(hipaa-hero's default, not a HIPAA rule; set `schedule\.drill_months` to state the practice's policy\), the next was due on 2027-05-20\.$/]],
  },
  {
    name: 'schedule.drill_months: on the due day it still passes',
    edit: (s) => {
      s.schedule = { drill_months: 6 };
      s.incident_response!.last_drill = '2026-05-28';
    },
    expect: [['Incident response drill', 'pass', /held on 2026-05-28; the next is due by 2026-11-28/]],
  },
  {
    name: "schedule.drill_months: the day after the due day it fails, named as the practice's own policy",
    edit: (s) => {
      s.schedule = { drill_months: 6 };
      s.incident_response!.last_drill = '2026-05-27';
    },
    expect: [['Incident response drill', 'fail', /was on 2026-05-27; under a policy of holding one every 6 months \(the practice's own policy, `schedule\.drill_months`\), the next was due on 2026-11-27/]],
  },
  {
    name: 'schedule.drill_months: a longer interval keeps an older drill current',
    edit: (s) => {
      s.schedule = { drill_months: 24 };
      s.incident_response!.last_drill = '2025-02-01';
    },
    expect: [['Incident response drill', 'pass', /held on 2025-02-01; the next is due by 2027-02-01/]],
  },
  {
    name: 'the audits and training intervals do not set the drill interval',
    edit: (s) => {
      s.audits!.interval_months = 3;
      s.training!.interval_months = 3;
      s.schedule = { risk_analysis_months: 3, restore_test_months: 3 };
    },
    expect: [['Incident response drill', 'pass', /the next is due by 2027-05-20/]],
  },
  {
    name: 'a drill dated after the audit day',
    edit: (s) => {
      s.incident_response!.last_drill = '2026-12-01';
    },
    expect: [['Incident response drill', 'fail', /dated 2026-12-01, after the audit day 2026-11-28: it is in the future/]],
  },
  {
    name: 'last drill recorded as null',
    edit: (s) => {
      s.incident_response!.last_drill = null;
    },
    expect: [['Incident response drill', 'fail', /No incident response drill/]],
  },
  {
    name: 'last drill key absent',
    edit: (s) => {
      delete s.incident_response!.last_drill;
    },
    expect: [['Incident response drill', 'fail', /no `incident_response\.last_drill` date/]],
  },
  {
    name: 'no incident_response section',
    stack: { incident_response: undefined },
    expect: [['Incident response drill', 'fail', /No incident response drill is documented/]],
  },
]);
