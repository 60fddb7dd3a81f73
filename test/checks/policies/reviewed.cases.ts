import { cases } from '../../helpers/cases.js';

// The base stack sets no `schedule.policy_review_months` (policy review has no older key).
const DEFAULT = /every 12 months \(hipaa-hero's default, not a HIPAA rule; set `schedule\.policy_review_months` to state the practice's policy\)/;
const OWN = (months: number) => new RegExp(`every ${months} months \\(the practice's own policy, \`schedule\\.policy_review_months\`\\)`);

export default cases([
  {
    name: 'every policy was reviewed within the interval',
    expect: [
      ['Use and disclosure of PHI', 'pass', /^The policy "Use and disclosure of PHI" was last reviewed on 2026-06-01; the next review is due by 2027-06-01, every 12 months \(hipaa-hero's default, not a HIPAA rule; set `schedule\.policy_review_months` to state the practice's policy\)\.$/],
      ['Breach notification', 'pass'],
      ['Information security', 'pass', /due by 2027-06-01/],
    ],
  },
  {
    name: "on the due day it still passes; the day after it is overdue (hipaa-hero's default, said to be a default)",
    now: '2027-06-01',
    edit: (s) => {
      s.policies![1]!.reviewed = '2026-05-31';
    },
    expect: [
      ['Use and disclosure of PHI', 'pass', /due by 2027-06-01/],
      ['Breach notification', 'fail', /^The policy "Breach notification" was last reviewed on 2026-05-31; under a policy of reviewing it every 12 months \(hipaa-hero's default, not a HIPAA rule; set `schedule\.policy_review_months` to state the practice's policy\), it was due for review on 2027-05-31\.$/],
      ['Information security', 'pass'],
    ],
  },
  {
    name: 'never reviewed: the adoption date counts',
    stack: {
      policies: [
        { name: 'Recent', covers: ['use', 'disclosure', 'authorization'], adopted: '2026-01-10' },
        { name: 'Old', covers: ['breach-notification'], adopted: '2024-03-01' },
      ],
    },
    expect: [
      ['Recent', 'pass', /adopted \(never reviewed\) on 2026-01-10; the next review is due by 2027-01-10/],
      ['Old', 'fail', /adopted \(never reviewed\) on 2024-03-01; under a policy of reviewing it every 12 months \(hipaa-hero's default.*\), it was due for review on 2025-03-01/],
    ],
  },
  {
    name: 'schedule.policy_review_months: a shorter interval makes a review overdue',
    edit: (s) => {
      s.schedule = { policy_review_months: 5 };
      s.policies![2]!.reviewed = '2026-06-28';
    },
    expect: [
      ['Use and disclosure of PHI', 'fail', /last reviewed on 2026-06-01; under a policy of reviewing it every 5 months \(the practice's own policy, `schedule\.policy_review_months`\), it was due for review on 2026-11-01/],
      ['Breach notification', 'fail', OWN(5)],
      ['Information security', 'pass', /last reviewed on 2026-06-28; the next review is due by 2026-11-28/],
    ],
  },
  {
    name: 'schedule.policy_review_months: a longer interval keeps an older review current',
    edit: (s) => {
      s.schedule = { policy_review_months: 24 };
      s.policies![0]!.reviewed = '2024-11-28';
      s.policies![1]!.reviewed = '2024-11-27';
    },
    expect: [
      ['Use and disclosure of PHI', 'pass', /last reviewed on 2024-11-28; the next review is due by 2026-11-28/],
      ['Breach notification', 'fail', /every 24 months \(the practice's own policy, `schedule\.policy_review_months`\), it was due for review on 2026-11-27/],
      ['Information security', 'pass'],
    ],
  },
  {
    name: 'the older audits.interval_months and training.interval_months do not set the review interval',
    edit: (s) => {
      s.audits!.interval_months = 24;
      s.training!.interval_months = 24;
      s.schedule = { risk_analysis_months: 24, training_months: 24 };
      s.policies![0]!.reviewed = '2025-06-01';
    },
    expect: [
      ['Use and disclosure of PHI', 'fail', DEFAULT],
      ['Breach notification', 'pass'],
      ['Information security', 'pass'],
    ],
  },
  {
    name: 'neither adopted nor reviewed',
    stack: { policies: [{ name: 'Draft', covers: ['use'] }] },
    expect: [['Draft', 'fail', /^The policy "Draft" has no `reviewed` or `adopted` date, so there is no record it was ever adopted or reviewed\.$/]],
  },
  {
    name: 'a review dated after the audit day',
    edit: (s) => {
      s.policies![0]!.reviewed = '2026-11-29';
    },
    expect: [
      ['Use and disclosure of PHI', 'fail', /has a `reviewed` date of 2026-11-29, after the audit day 2026-11-28: the date cannot be right/],
      ['Breach notification', 'pass'],
      ['Information security', 'pass'],
    ],
  },
  {
    name: 'no policies: nothing to judge',
    stack: { policies: undefined },
    expect: [],
  },
]);
