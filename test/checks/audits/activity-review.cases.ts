import { cases } from '../../helpers/cases.js';
import type { Stack } from '../../../src/index.js';

// audits.activity-review is the required core: some review frequency other than never is declared.
// Whether it is frequent enough for the practice's policy is audits.activity-review-frequency.
type Frequency = NonNullable<NonNullable<Stack['audits']>['activity_review']>;
const reviewed = (activity_review: Frequency) => (s: Stack) => {
  s.audits!.activity_review = activity_review;
};
const SUBJECT = 'Information system activity review';

export default cases([
  {
    name: 'activity is reviewed monthly',
    expect: [[SUBJECT, 'pass', /^Information system activity \(audit logs, access reports\) is reviewed monthly\.$/]],
  },
  ...(['continuous', 'daily', 'weekly', 'quarterly', 'annually'] as const).map((f) => ({
    name: `${f} review is a regular review`,
    edit: reviewed(f),
    expect: [[SUBJECT, 'pass', new RegExp(`is reviewed ${f}\\.$`)]] as Array<[string, 'pass', RegExp]>,
  })),
  {
    name: 'a stricter practice policy does not matter here (audits.activity-review-frequency judges it)',
    edit: (s) => {
      s.audits!.activity_review = 'annually';
      s.schedule = { activity_review: 'daily' };
    },
    expect: [[SUBJECT, 'pass', /reviewed annually/]],
  },
  {
    name: 'never reviewed',
    edit: reviewed('never'),
    expect: [[SUBJECT, 'fail', /never reviewed: audit logs and access reports go unread/]],
  },
  {
    name: 'frequency not stated',
    edit: (s) => {
      delete s.audits!.activity_review;
    },
    expect: [[SUBJECT, 'fail', /not documented: the stack file has no `audits\.activity_review` frequency/]],
  },
  {
    name: 'no audits section',
    stack: { audits: undefined },
    expect: [[SUBJECT, 'fail', /not documented/]],
  },
]);
