import { cases } from '../../helpers/cases.js';
import type { Stack } from '../../../src/index.js';

type Frequency = NonNullable<NonNullable<Stack['audits']>['activity_review']>;
type Policy = NonNullable<NonNullable<Stack['schedule']>['activity_review']>;
const SUBJECT = 'Information system activity review';
const DEFAULT = "hipaa-hero's default of monthly, not a HIPAA rule \\(set `schedule\\.activity_review` to state the practice's policy\\)";
const own = (policy: Policy) => `the practice's own policy \\(\`schedule\\.activity_review: ${policy}\`\\)`;
const NOTHING = /No review frequency is on record to compare with the policy \(audits\.activity-review reports it\)/;

/** The stack reviews at `frequency`; with `policy`, the practice states its own. */
const at = (frequency: Frequency, policy?: Policy) => (s: Stack) => {
  s.audits!.activity_review = frequency;
  if (policy) s.schedule = { activity_review: policy };
};
const passes = (frequency: Frequency, policyWords: string) => new RegExp(`^Information system activity is reviewed ${frequency}, as often as ${policyWords} or more\\.$`);
const warns = (frequency: Frequency, policyWords: string) => new RegExp(`^Information system activity is reviewed ${frequency}, less often than ${policyWords}\\.$`);

export default cases([
  {
    name: 'monthly review meets the default of monthly, said to be a default',
    expect: [[SUBJECT, 'pass', passes('monthly', DEFAULT)]],
  },
  ...(['continuous', 'daily', 'weekly'] as const).map((f) => ({
    name: `${f} review is more often than the default`,
    edit: at(f),
    expect: [[SUBJECT, 'pass', passes(f, DEFAULT)]] as Array<[string, 'pass', RegExp]>,
  })),
  {
    name: 'quarterly review is less often than the default of monthly',
    edit: at('quarterly'),
    expect: [[SUBJECT, 'warn', warns('quarterly', DEFAULT)]],
  },
  {
    name: 'annual review is less often than the default of monthly',
    edit: at('annually'),
    expect: [[SUBJECT, 'warn', warns('annually', DEFAULT)]],
  },
  {
    name: "the practice's own quarterly policy: quarterly review meets it",
    edit: at('quarterly', 'quarterly'),
    expect: [[SUBJECT, 'pass', passes('quarterly', own('quarterly'))]],
  },
  {
    name: "the practice's own quarterly policy: annual review falls short",
    edit: at('annually', 'quarterly'),
    expect: [[SUBJECT, 'warn', warns('annually', own('quarterly'))]],
  },
  {
    name: "the practice's own annual policy: annual review meets it",
    edit: at('annually', 'annually'),
    expect: [[SUBJECT, 'pass', passes('annually', own('annually'))]],
  },
  {
    name: "the practice's own weekly policy is stricter than the default: monthly review falls short",
    edit: at('monthly', 'weekly'),
    expect: [[SUBJECT, 'warn', warns('monthly', own('weekly'))]],
  },
  {
    name: "the practice's own weekly policy: weekly review meets it",
    edit: at('weekly', 'weekly'),
    expect: [[SUBJECT, 'pass', passes('weekly', own('weekly'))]],
  },
  {
    name: "the practice's own weekly policy: daily review is more often",
    edit: at('daily', 'weekly'),
    expect: [[SUBJECT, 'pass', passes('daily', own('weekly'))]],
  },
  {
    name: "the practice's own monthly policy (the same as the default) is named as the practice's",
    edit: at('monthly', 'monthly'),
    expect: [[SUBJECT, 'pass', passes('monthly', own('monthly'))]],
  },
  {
    name: "the practice's own continuous policy: daily review falls short",
    edit: at('daily', 'continuous'),
    expect: [[SUBJECT, 'warn', warns('daily', own('continuous'))]],
  },
  {
    name: "the practice's own continuous policy: continuous review meets it",
    edit: at('continuous', 'continuous'),
    expect: [[SUBJECT, 'pass', passes('continuous', own('continuous'))]],
  },
  {
    name: 'never reviewed: nothing to compare (audits.activity-review fails it)',
    edit: at('never', 'quarterly'),
    expect: [[SUBJECT, 'not_applicable', NOTHING]],
  },
  {
    name: 'frequency not stated: nothing to compare',
    edit: (s) => {
      delete s.audits!.activity_review;
    },
    expect: [[SUBJECT, 'not_applicable', NOTHING]],
  },
  {
    name: 'no audits section: nothing to compare',
    stack: { audits: undefined },
    expect: [[SUBJECT, 'not_applicable', NOTHING]],
  },
]);
