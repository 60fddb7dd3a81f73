import { cases } from '../../helpers/cases.js';

export default cases([
  {
    name: 'an evaluation within the last 12 months',
    expect: [['Periodic evaluation', 'pass', /done on 2026-02-15; the next one is due by 2027-02-15/]],
  },
  {
    name: 'on the anniversary day it still passes',
    now: '2027-02-15',
    expect: [['Periodic evaluation', 'pass']],
  },
  {
    name: 'one day past the anniversary it is overdue',
    now: '2027-02-16',
    expect: [['Periodic evaluation', 'fail', /was due on 2027-02-15/]],
  },
  {
    name: 'a 24-month interval keeps an older evaluation current',
    edit: (s) => {
      s.audits!.interval_months = 24;
      s.audits!.last_audit = '2024-12-01';
    },
    expect: [['Periodic evaluation', 'pass', /due by 2026-12-01/]],
  },
  {
    name: 'no interval: 12 months by default',
    edit: (s) => {
      delete s.audits!.interval_months;
      s.audits!.last_audit = '2025-11-27';
    },
    expect: [['Periodic evaluation', 'fail', /was due on 2026-11-27 \(every 12 months\)/]],
  },
  {
    name: 'an evaluation dated after the audit day',
    edit: (s) => {
      s.audits!.last_audit = '2027-01-01';
    },
    expect: [['Periodic evaluation', 'fail', /in the future/]],
  },
  {
    name: 'last audit recorded as null',
    edit: (s) => {
      s.audits!.last_audit = null;
    },
    expect: [['Periodic evaluation', 'fail', /not documented/]],
  },
  {
    name: 'no audits section',
    stack: { audits: undefined },
    expect: [['Periodic evaluation', 'fail', /audits\.last_audit/]],
  },
]);
