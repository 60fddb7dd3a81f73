import { cases } from '../../helpers/cases.js';

// audits.risk-analysis asks only that a risk analysis is on record (and not dated in the future); how
// recent it is, against the practice's interval, is audits.risk-analysis-current.
export default cases([
  {
    name: 'a risk analysis is on record',
    expect: [['Risk analysis', 'pass', /^A risk analysis dated 2026-02-01 is on record\.$/]],
  },
  {
    name: 'an old risk analysis is still on record (its age is audits.risk-analysis-current)',
    edit: (s) => {
      s.audits!.risk_analysis = '2019-05-01';
    },
    expect: [['Risk analysis', 'pass', /dated 2019-05-01 is on record/]],
  },
  {
    name: 'a short interval does not matter here',
    edit: (s) => {
      s.schedule = { risk_analysis_months: 1 };
    },
    expect: [['Risk analysis', 'pass', /dated 2026-02-01 is on record/]],
  },
  {
    name: 'a risk analysis dated on the audit day counts',
    edit: (s) => {
      s.audits!.risk_analysis = '2026-11-28';
    },
    expect: [['Risk analysis', 'pass', /dated 2026-11-28 is on record/]],
  },
  {
    name: 'a risk analysis dated the day after the audit day does not count',
    edit: (s) => {
      s.audits!.risk_analysis = '2026-11-29';
    },
    expect: [['Risk analysis', 'fail', /dated 2026-11-29, after the audit day 2026-11-28: it cannot count yet/]],
  },
  {
    name: 'risk analysis recorded as null',
    edit: (s) => {
      s.audits!.risk_analysis = null;
    },
    expect: [['Risk analysis', 'fail', /No risk analysis is on record: the stack file has no `audits\.risk_analysis` date/]],
  },
  {
    name: 'risk analysis key absent',
    edit: (s) => {
      delete s.audits!.risk_analysis;
    },
    expect: [['Risk analysis', 'fail', /No risk analysis is on record.*undocumented risk analysis counts as not done/]],
  },
  {
    name: 'no audits section',
    stack: { audits: undefined },
    expect: [['Risk analysis', 'fail', /No risk analysis is on record/]],
  },
]);
