import { cases } from '../../helpers/cases.js';

export default cases([
  {
    name: 'a risk analysis within the last 12 months',
    expect: [['Risk analysis', 'pass', /done on 2026-02-01; the next one is due by 2027-02-01/]],
  },
  {
    name: 'on the anniversary day it still passes',
    now: '2027-02-01',
    expect: [['Risk analysis', 'pass']],
  },
  {
    name: 'one day past the anniversary it is overdue',
    now: '2027-02-02',
    expect: [['Risk analysis', 'fail', /was due on 2027-02-01/]],
  },
  {
    name: 'a shorter interval makes it overdue',
    edit: (s) => {
      s.audits!.interval_months = 6;
    },
    expect: [['Risk analysis', 'fail', /was due on 2026-08-01 \(every 6 months\)/]],
  },
  {
    name: 'no interval: 12 months by default',
    edit: (s) => {
      delete s.audits!.interval_months;
      s.audits!.risk_analysis = '2025-11-28';
    },
    expect: [['Risk analysis', 'pass', /due by 2026-11-28/]],
  },
  {
    name: 'a risk analysis dated after the audit day',
    edit: (s) => {
      s.audits!.risk_analysis = '2026-11-29';
    },
    expect: [['Risk analysis', 'fail', /in the future/]],
  },
  {
    name: 'risk analysis recorded as null',
    edit: (s) => {
      s.audits!.risk_analysis = null;
    },
    expect: [['Risk analysis', 'fail', /not documented/]],
  },
  {
    name: 'risk analysis key absent',
    edit: (s) => {
      delete s.audits!.risk_analysis;
    },
    expect: [['Risk analysis', 'fail', /not documented/]],
  },
  {
    name: 'no audits section',
    stack: { audits: undefined },
    expect: [['Risk analysis', 'fail', /not documented/]],
  },
]);
