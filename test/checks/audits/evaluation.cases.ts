import { cases } from '../../helpers/cases.js';

// audits.evaluation asks only that an evaluation is on record (and not dated in the future); how recent
// it is, against the practice's interval, is audits.evaluation-current.
export default cases([
  {
    name: 'an evaluation is on record',
    expect: [['Periodic evaluation', 'pass', /^An evaluation dated 2026-02-15 is on record\.$/]],
  },
  {
    name: 'an old evaluation is still on record (its age is audits.evaluation-current)',
    edit: (s) => {
      s.audits!.last_audit = '2018-03-01';
    },
    expect: [['Periodic evaluation', 'pass', /dated 2018-03-01 is on record/]],
  },
  {
    name: 'a short interval does not matter here',
    edit: (s) => {
      s.schedule = { evaluation_months: 1 };
    },
    expect: [['Periodic evaluation', 'pass', /dated 2026-02-15 is on record/]],
  },
  {
    name: 'an evaluation dated on the audit day counts',
    edit: (s) => {
      s.audits!.last_audit = '2026-11-28';
    },
    expect: [['Periodic evaluation', 'pass', /dated 2026-11-28 is on record/]],
  },
  {
    name: 'an evaluation dated the day after the audit day does not count',
    edit: (s) => {
      s.audits!.last_audit = '2026-11-29';
    },
    expect: [['Periodic evaluation', 'fail', /dated 2026-11-29, after the audit day 2026-11-28: it cannot count yet/]],
  },
  {
    name: 'last audit recorded as null',
    edit: (s) => {
      s.audits!.last_audit = null;
    },
    expect: [['Periodic evaluation', 'fail', /No evaluation is on record: the stack file has no `audits\.last_audit` date/]],
  },
  {
    name: 'last audit key absent',
    edit: (s) => {
      delete s.audits!.last_audit;
    },
    expect: [['Periodic evaluation', 'fail', /No evaluation is on record.*undocumented evaluation counts as not done/]],
  },
  {
    name: 'no audits section',
    stack: { audits: undefined },
    expect: [['Periodic evaluation', 'fail', /audits\.last_audit/]],
  },
]);
