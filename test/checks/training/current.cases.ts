import { cases } from '../../helpers/cases.js';

export default cases([
  {
    name: 'everyone trained in the last 12 months',
    expect: [
      ['bcho', 'pass', /trained on 2026-03-02; retraining is due by 2027-03-02/],
      ['alima', 'pass'],
    ],
  },
  {
    name: 'on the due day it still passes, the day after it fails',
    now: '2027-03-02',
    edit: (s) => {
      s.staff![1]!.trained = '2026-03-01';
    },
    expect: [
      ['bcho', 'pass'],
      ['alima', 'fail', /retraining was due on 2027-03-01/],
    ],
  },
  {
    name: 'never trained (null or absent) and a training date in the future',
    stack: {
      staff: [
        { name: 'Ben Cho', account: 'bcho', role: 'admin', trained: null },
        { name: 'Ana Lima', account: 'alima', role: 'clinician' },
        { name: 'Cy Park', account: 'cpark', role: 'clinician', trained: '2026-12-15' },
      ],
    },
    expect: [
      ['bcho', 'fail', /never been trained/],
      ['alima', 'fail', /never been trained/],
      ['cpark', 'fail', /in the future/],
    ],
  },
  {
    name: 'a 6-month interval makes March training overdue',
    edit: (s) => {
      s.training!.interval_months = 6;
    },
    expect: [
      ['bcho', 'fail', /due on 2026-09-02 \(every 6 months\)/],
      ['alima', 'fail'],
    ],
  },
  {
    name: 'no training section: 12 months by default',
    stack: { training: undefined },
    now: '2027-03-03',
    expect: [
      ['bcho', 'fail', /every 12 months/],
      ['alima', 'fail'],
    ],
  },
  {
    name: 'no staff: nothing to judge',
    stack: { staff: undefined },
    expect: [],
  },
]);
