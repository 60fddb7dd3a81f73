import { cases } from '../../helpers/cases.js';

// The base stack sets the older `audits.interval_months: 12` and no `schedule`.
const OLDER_KEY = /every 12 months \(the practice's own policy, `audits\.interval_months`\)/;
const DEFAULT = /every 12 months \(hipaa-hero's default, not a HIPAA rule; set `schedule\.risk_analysis_months` to state the practice's policy\)/;
const NOTHING = /no risk analysis on record to judge by date \(audits\.risk-analysis reports it\)/;

export default cases([
  {
    name: 'a risk analysis within the interval set by the older audits.interval_months',
    expect: [['Risk analysis', 'pass', /^The risk analysis was done on 2026-02-01; the next is due by 2027-02-01, every 12 months \(the practice's own policy, `audits\.interval_months`\)\.$/]],
  },
  {
    name: 'on the due day it still passes',
    now: '2027-02-01',
    expect: [['Risk analysis', 'pass', /due by 2027-02-01/]],
  },
  {
    name: 'the day after the due day it is overdue',
    now: '2027-02-02',
    expect: [['Risk analysis', 'fail', /^The risk analysis was last done on 2026-02-01; under a policy of repeating it every 12 months \(the practice's own policy, `audits\.interval_months`\), it was due on 2027-02-01\.$/]],
  },
  {
    name: 'the older audits.interval_months is still honoured: 6 months makes it overdue',
    edit: (s) => {
      s.audits!.interval_months = 6;
    },
    expect: [['Risk analysis', 'fail', /every 6 months \(the practice's own policy, `audits\.interval_months`\), it was due on 2026-08-01/]],
  },
  {
    name: 'schedule.risk_analysis_months wins over audits.interval_months (shorter)',
    edit: (s) => {
      s.schedule = { risk_analysis_months: 6 };
    },
    expect: [['Risk analysis', 'fail', /every 6 months \(the practice's own policy, `schedule\.risk_analysis_months`\), it was due on 2026-08-01/]],
  },
  {
    name: 'schedule.risk_analysis_months wins over audits.interval_months (longer)',
    edit: (s) => {
      s.audits!.interval_months = 6;
      s.audits!.risk_analysis = '2025-01-15';
      s.schedule = { risk_analysis_months: 24 };
    },
    expect: [['Risk analysis', 'pass', /done on 2025-01-15; the next is due by 2027-01-15, every 24 months \(the practice's own policy, `schedule\.risk_analysis_months`\)/]],
  },
  {
    name: 'schedule.risk_analysis_months: due day passes',
    edit: (s) => {
      s.schedule = { risk_analysis_months: 9 };
    },
    now: '2026-11-01',
    expect: [['Risk analysis', 'pass', /due by 2026-11-01, every 9 months \(the practice's own policy, `schedule\.risk_analysis_months`\)/]],
  },
  {
    name: 'schedule.risk_analysis_months: the day after the due day fails',
    edit: (s) => {
      s.schedule = { risk_analysis_months: 9 };
    },
    now: '2026-11-02',
    expect: [['Risk analysis', 'fail', /it was due on 2026-11-01/]],
  },
  {
    name: 'other schedule entries do not set the risk analysis interval',
    edit: (s) => {
      s.schedule = { evaluation_months: 1, training_months: 1, policy_review_months: 1, restore_test_months: 1, drill_months: 1 };
    },
    expect: [['Risk analysis', 'pass', OLDER_KEY]],
  },
  {
    name: 'no interval set anywhere: hipaa-hero\'s default of 12 months, said to be a default',
    edit: (s) => {
      delete s.audits!.interval_months;
    },
    expect: [['Risk analysis', 'pass', DEFAULT]],
  },
  {
    name: 'the default: due on the audit day still passes',
    edit: (s) => {
      delete s.audits!.interval_months;
      s.audits!.risk_analysis = '2025-11-28';
    },
    expect: [['Risk analysis', 'pass', /due by 2026-11-28, every 12 months \(hipaa-hero's default/]],
  },
  {
    name: 'the default: due the day before the audit day fails',
    edit: (s) => {
      delete s.audits!.interval_months;
      s.audits!.risk_analysis = '2025-11-27';
    },
    expect: [['Risk analysis', 'fail', /last done on 2025-11-27; under a policy of repeating it every 12 months \(hipaa-hero's default, not a HIPAA rule; set `schedule\.risk_analysis_months` to state the practice's policy\), it was due on 2026-11-27/]],
  },
  {
    name: 'a month-end date is due on the last day of a shorter month',
    edit: (s) => {
      s.audits!.risk_analysis = '2026-08-31';
      s.schedule = { risk_analysis_months: 6 };
    },
    now: '2027-02-28',
    expect: [['Risk analysis', 'pass', /due by 2027-02-28/]],
  },
  {
    name: 'no risk analysis (null): nothing to judge',
    edit: (s) => {
      s.audits!.risk_analysis = null;
    },
    expect: [['Risk analysis', 'not_applicable', NOTHING]],
  },
  {
    name: 'no risk analysis (absent): nothing to judge',
    edit: (s) => {
      delete s.audits!.risk_analysis;
    },
    expect: [['Risk analysis', 'not_applicable', NOTHING]],
  },
  {
    name: 'no audits section: nothing to judge',
    stack: { audits: undefined },
    expect: [['Risk analysis', 'not_applicable', NOTHING]],
  },
  {
    name: 'a risk analysis dated after the audit day: nothing to judge (audits.risk-analysis fails it)',
    edit: (s) => {
      s.audits!.risk_analysis = '2026-11-29';
    },
    expect: [['Risk analysis', 'not_applicable', NOTHING]],
  },
]);
