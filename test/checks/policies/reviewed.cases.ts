import { cases } from '../../helpers/cases.js';

export default cases([
  {
    name: 'every policy was reviewed in the last 12 months',
    expect: [
      ['Use and disclosure of PHI', 'pass', /last reviewed on 2026-06-01; the next review is due by 2027-06-01/],
      ['Breach notification', 'pass'],
    ],
  },
  {
    name: 'on the review anniversary it still passes; the day after it is overdue',
    now: '2027-06-01',
    edit: (s) => {
      s.policies![1]!.reviewed = '2026-05-31';
    },
    expect: [
      ['Use and disclosure of PHI', 'pass'],
      ['Breach notification', 'fail', /last reviewed on 2026-05-31, due for review on 2027-05-31/],
    ],
  },
  {
    name: 'never reviewed: the adoption date counts',
    stack: {
      policies: [
        { name: 'Recent', covers: ['use', 'disclosure', 'patient-consent'], adopted: '2026-01-10' },
        { name: 'Old', covers: ['breach-notification'], adopted: '2024-03-01' },
      ],
    },
    expect: [
      ['Recent', 'pass', /adopted \(never reviewed\) on 2026-01-10/],
      ['Old', 'fail', /adopted \(never reviewed\) on 2024-03-01, due for review on 2025-03-01/],
    ],
  },
  {
    name: 'neither adopted nor reviewed',
    stack: { policies: [{ name: 'Draft', covers: ['use'] }] },
    expect: [['Draft', 'fail', /no `reviewed` or `adopted` date/]],
  },
  {
    name: 'a review dated after the audit day',
    edit: (s) => {
      s.policies![0]!.reviewed = '2026-12-01';
    },
    expect: [
      ['Use and disclosure of PHI', 'fail', /after the audit day/],
      ['Breach notification', 'pass'],
    ],
  },
  {
    name: 'no policies: nothing to judge',
    stack: { policies: undefined },
    expect: [],
  },
]);
