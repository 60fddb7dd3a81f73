import { cases } from '../../helpers/cases.js';
import type { Stack } from '../../../src/index.js';

type Frequency = NonNullable<NonNullable<Stack['audits']>['activity_review']>;
const reviewed = (activity_review: Frequency) => (s: Stack) => {
  s.audits!.activity_review = activity_review;
};

export default cases([
  {
    name: 'activity is reviewed monthly',
    expect: [['Information system activity review', 'pass', /reviewed monthly/]],
  },
  { name: 'continuous review', edit: reviewed('continuous'), expect: [['Information system activity review', 'pass']] },
  { name: 'daily review', edit: reviewed('daily'), expect: [['Information system activity review', 'pass']] },
  { name: 'weekly review', edit: reviewed('weekly'), expect: [['Information system activity review', 'pass']] },
  {
    name: 'quarterly review is too infrequent',
    edit: reviewed('quarterly'),
    expect: [['Information system activity review', 'warn', /reviewed quarterly, too infrequent to catch misuse in time; monthly or more often/]],
  },
  { name: 'annual review is too infrequent', edit: reviewed('annually'), expect: [['Information system activity review', 'warn', /annually/]] },
  { name: 'never reviewed', edit: reviewed('never'), expect: [['Information system activity review', 'fail', /never reviewed/]] },
  {
    name: 'frequency not stated',
    edit: (s) => {
      delete s.audits!.activity_review;
    },
    expect: [['Information system activity review', 'fail', /not documented/]],
  },
  {
    name: 'no audits section',
    stack: { audits: undefined },
    expect: [['Information system activity review', 'fail', /not documented/]],
  },
]);
