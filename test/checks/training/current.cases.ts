import { cases } from '../../helpers/cases.js';

// training.current judges only the refresher interval; untrained staff are training.workforce's.
// The base stack sets the older `training.interval_months: 12` and no `schedule`.
const NOTHING = /has no training on record to judge by date \(training\.workforce reports it\)/;

export default cases([
  {
    name: 'everyone trained within the interval',
    expect: [
      ['bcho', 'pass', /^Ben Cho \(bcho\) was trained on 2026-03-02; the refresher is due by 2027-03-02, every 12 months \(the practice's own policy, `training\.interval_months`\)\.$/],
      ['alima', 'pass', /^Ana Lima \(alima\) was trained on 2026-03-02; the refresher is due by 2027-03-02, every 12 months \(the practice's own policy, `training\.interval_months`\)\.$/],
    ],
  },
  {
    name: 'on the due day it still passes, the day after it fails (the older training.interval_months)',
    now: '2027-03-02',
    edit: (s) => {
      s.staff![1]!.trained = '2026-03-01';
    },
    expect: [
      ['bcho', 'pass', /due by 2027-03-02/],
      ['alima', 'fail', /^Ana Lima \(alima\) was last trained on 2026-03-01; under a policy of retraining every 12 months \(the practice's own policy, `training\.interval_months`\), a refresher was due on 2027-03-01\.$/],
    ],
  },
  {
    name: 'the older training.interval_months is still honoured: 6 months makes March training overdue',
    edit: (s) => {
      s.training!.interval_months = 6;
    },
    expect: [
      ['bcho', 'fail', /every 6 months \(the practice's own policy, `training\.interval_months`\), a refresher was due on 2026-09-02/],
      ['alima', 'fail', /due on 2026-09-02/],
    ],
  },
  {
    name: 'schedule.training_months wins over training.interval_months (shorter)',
    edit: (s) => {
      s.schedule = { training_months: 6 };
    },
    expect: [
      ['bcho', 'fail', /every 6 months \(the practice's own policy, `schedule\.training_months`\), a refresher was due on 2026-09-02/],
      ['alima', 'fail', /`schedule\.training_months`/],
    ],
  },
  {
    name: 'schedule.training_months wins over training.interval_months (longer)',
    edit: (s) => {
      s.training!.interval_months = 6;
      s.schedule = { training_months: 24 };
      s.staff![0]!.trained = '2025-01-10';
    },
    expect: [
      ['bcho', 'pass', /trained on 2025-01-10; the refresher is due by 2027-01-10/],
      ['alima', 'pass', /due by 2028-03-02/],
    ],
  },
  {
    name: 'schedule.training_months: due day passes, the day after fails',
    edit: (s) => {
      s.schedule = { training_months: 8 };
      s.staff![0]!.trained = '2026-03-27';
      s.staff![1]!.trained = '2026-03-28';
    },
    now: '2026-11-28',
    expect: [
      ['bcho', 'fail', /last trained on 2026-03-27; under a policy of retraining every 8 months \(the practice's own policy, `schedule\.training_months`\), a refresher was due on 2026-11-27/],
      ['alima', 'pass', /due by 2026-11-28/],
    ],
  },
  {
    name: 'the risk analysis interval does not set the training interval',
    edit: (s) => {
      s.audits!.interval_months = 3;
      s.schedule = { risk_analysis_months: 3, evaluation_months: 3, policy_review_months: 3 };
    },
    expect: [
      ['bcho', 'pass', /due by 2027-03-02/],
      ['alima', 'pass', /due by 2027-03-02/],
    ],
  },
  {
    name: "no interval set anywhere: hipaa-hero's default of 12 months, said to be a default (due day passes)",
    edit: (s) => {
      delete s.training!.interval_months;
    },
    now: '2027-03-02',
    expect: [
      ['bcho', 'pass', /due by 2027-03-02/],
      ['alima', 'pass', /due by 2027-03-02/],
    ],
  },
  {
    name: "no training section: hipaa-hero's default of 12 months, said to be a default (the day after fails)",
    stack: { training: undefined },
    now: '2027-03-03',
    expect: [
      ['bcho', 'fail', /under a policy of retraining every 12 months \(hipaa-hero's default, not a HIPAA rule; set `schedule\.training_months` to state the practice's policy\), a refresher was due on 2027-03-02/],
      ['alima', 'fail', /hipaa-hero's default/],
    ],
  },
  {
    name: 'untrained staff (null or absent) and a training date in the future are not judged here',
    stack: {
      staff: [
        { name: 'Ben Cho', account: 'bcho', role: 'admin', trained: null },
        { name: 'Ana Lima', account: 'alima', role: 'clinician' },
        { name: 'Cy Park', account: 'cpark', role: 'clinician', trained: '2026-11-29' },
        { name: 'Di Ross', account: 'dross', role: 'clinician', trained: '2026-11-28' },
      ],
    },
    expect: [
      ['bcho', 'not_applicable', /^Ben Cho \(bcho\) has no training on record/],
      ['alima', 'not_applicable', NOTHING],
      ['cpark', 'not_applicable', NOTHING],
      ['dross', 'pass', /trained on 2026-11-28; the refresher is due by 2027-11-28/],
    ],
  },
  {
    name: 'a shared login with overdue training is not judged: it is not a person; a person marked shared: false still is',
    edit: (s) => {
      s.staff!.push(
        { name: 'Front desk (shared)', account: 'frontdesk', role: 'clinician', mfa: false, shared: true, trained: '2024-09-15' },
        { name: 'Cy Park', account: 'cpark', role: 'clinician', mfa: true, shared: false, trained: '2024-09-15' },
      );
    },
    expect: [
      ['bcho', 'pass'],
      ['alima', 'pass'],
      [
        'frontdesk',
        'not_applicable',
        /^frontdesk is a shared account, not a person: training is judged for each person who uses it, listed under staff by name; access\.unique-accounts reports the shared login\.$/,
      ],
      ['cpark', 'fail', /^Cy Park \(cpark\) was last trained on 2024-09-15/],
    ],
  },
  {
    name: 'no staff: nothing to judge',
    stack: { staff: undefined },
    expect: [],
  },
]);
