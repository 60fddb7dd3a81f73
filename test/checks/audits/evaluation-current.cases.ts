import { cases } from '../../helpers/cases.js';

// The base stack sets the older `audits.interval_months: 12` and no `schedule`.
const OLDER_KEY = /every 12 months \(the practice's own policy, `audits\.interval_months`\)/;
const DEFAULT = /every 12 months \(hipaa-hero's default, not a HIPAA rule; set `schedule\.evaluation_months` to state the practice's policy\)/;
const NOTHING = /no evaluation on record to judge by date \(audits\.evaluation reports it\)/;

export default cases([
  {
    name: 'an evaluation within the interval set by the older audits.interval_months',
    expect: [['Periodic evaluation', 'pass', /^The evaluation was done on 2026-02-15; the next is due by 2027-02-15, every 12 months \(the practice's own policy, `audits\.interval_months`\)\.$/]],
  },
  {
    name: 'on the due day it still passes',
    now: '2027-02-15',
    expect: [['Periodic evaluation', 'pass', /due by 2027-02-15/]],
  },
  {
    name: 'the day after the due day it is overdue',
    now: '2027-02-16',
    expect: [['Periodic evaluation', 'fail', /^The evaluation was last done on 2026-02-15; under a policy of repeating it every 12 months \(the practice's own policy, `audits\.interval_months`\), it was due on 2027-02-15\.$/]],
  },
  {
    name: 'the older audits.interval_months is still honoured: 24 months keeps an older evaluation current',
    edit: (s) => {
      s.audits!.interval_months = 24;
      s.audits!.last_audit = '2024-12-01';
    },
    expect: [['Periodic evaluation', 'pass', /due by 2026-12-01, every 24 months \(the practice's own policy, `audits\.interval_months`\)/]],
  },
  {
    name: 'schedule.evaluation_months wins over audits.interval_months (shorter)',
    edit: (s) => {
      s.schedule = { evaluation_months: 6 };
    },
    expect: [['Periodic evaluation', 'fail', /every 6 months \(the practice's own policy, `schedule\.evaluation_months`\), it was due on 2026-08-15/]],
  },
  {
    name: 'schedule.evaluation_months wins over audits.interval_months (longer)',
    edit: (s) => {
      s.audits!.interval_months = 6;
      s.audits!.last_audit = '2024-12-01';
      s.schedule = { evaluation_months: 36 };
    },
    expect: [['Periodic evaluation', 'pass', /done on 2024-12-01; the next is due by 2027-12-01, every 36 months \(the practice's own policy, `schedule\.evaluation_months`\)/]],
  },
  {
    name: 'schedule.evaluation_months: due day passes',
    edit: (s) => {
      s.schedule = { evaluation_months: 9 };
    },
    now: '2026-11-15',
    expect: [['Periodic evaluation', 'pass', /due by 2026-11-15, every 9 months \(the practice's own policy, `schedule\.evaluation_months`\)/]],
  },
  {
    name: 'schedule.evaluation_months: the day after the due day fails',
    edit: (s) => {
      s.schedule = { evaluation_months: 9 };
    },
    now: '2026-11-16',
    expect: [['Periodic evaluation', 'fail', /it was due on 2026-11-15/]],
  },
  {
    name: 'other schedule entries do not set the evaluation interval',
    edit: (s) => {
      s.schedule = { risk_analysis_months: 1, training_months: 1, policy_review_months: 1, restore_test_months: 1, drill_months: 1 };
    },
    expect: [['Periodic evaluation', 'pass', OLDER_KEY]],
  },
  {
    name: 'no interval set anywhere: hipaa-hero\'s default of 12 months, said to be a default',
    edit: (s) => {
      delete s.audits!.interval_months;
    },
    expect: [['Periodic evaluation', 'pass', DEFAULT]],
  },
  {
    name: 'the default: due on the audit day still passes',
    edit: (s) => {
      delete s.audits!.interval_months;
      s.audits!.last_audit = '2025-11-28';
    },
    expect: [['Periodic evaluation', 'pass', /due by 2026-11-28, every 12 months \(hipaa-hero's default/]],
  },
  {
    name: 'the default: due the day before the audit day fails',
    edit: (s) => {
      delete s.audits!.interval_months;
      s.audits!.last_audit = '2025-11-27';
    },
    expect: [['Periodic evaluation', 'fail', /last done on 2025-11-27; under a policy of repeating it every 12 months \(hipaa-hero's default, not a HIPAA rule; set `schedule\.evaluation_months` to state the practice's policy\), it was due on 2026-11-27/]],
  },
  {
    name: 'no evaluation (null): nothing to judge',
    edit: (s) => {
      s.audits!.last_audit = null;
    },
    expect: [['Periodic evaluation', 'not_applicable', NOTHING]],
  },
  {
    name: 'no evaluation (absent): nothing to judge',
    edit: (s) => {
      delete s.audits!.last_audit;
    },
    expect: [['Periodic evaluation', 'not_applicable', NOTHING]],
  },
  {
    name: 'no audits section: nothing to judge',
    stack: { audits: undefined },
    expect: [['Periodic evaluation', 'not_applicable', NOTHING]],
  },
  {
    name: 'an evaluation dated after the audit day: nothing to judge (audits.evaluation fails it)',
    edit: (s) => {
      s.audits!.last_audit = '2026-11-29';
    },
    expect: [['Periodic evaluation', 'not_applicable', NOTHING]],
  },
]);
