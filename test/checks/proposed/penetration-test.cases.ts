import { cases } from '../../helpers/cases.js';

const SUBJECT = 'Penetration test';

export default cases([
  {
    name: 'the base stack: done on 2026-03-10',
    expect: [[SUBJECT, 'pass', /^The penetration test was done on 2026-03-10; the next is due by 2027-03-10\.$/]],
  },
  {
    name: 'not on record (absent)',
    edit: (s) => {
      delete s.audits!.penetration_test;
    },
    expect: [[SUBJECT, 'fail', /^No penetration test is on record \(`audits\.penetration_test`\)\.$/]],
  },
  {
    name: 'not on record (null)',
    edit: (s) => {
      s.audits!.penetration_test = null;
    },
    expect: [[SUBJECT, 'fail', /^No penetration test is on record \(`audits\.penetration_test`\)\.$/]],
  },
  {
    name: 'no audits section',
    stack: { audits: undefined },
    expect: [[SUBJECT, 'fail', /^No penetration test is on record \(`audits\.penetration_test`\)\.$/]],
  },
  {
    name: 'done exactly 12 months before the audit: the due day is still on time',
    edit: (s) => {
      s.audits!.penetration_test = '2025-11-28';
    },
    expect: [[SUBJECT, 'pass', /the next is due by 2026-11-28\.$/]],
  },
  {
    name: 'done 12 months less a day before the audit',
    edit: (s) => {
      s.audits!.penetration_test = '2025-11-29';
    },
    expect: [[SUBJECT, 'pass', /the next is due by 2026-11-29\.$/]],
  },
  {
    name: 'done 12 months and one day before the audit',
    edit: (s) => {
      s.audits!.penetration_test = '2025-11-27';
    },
    expect: [[SUBJECT, 'fail', /^The last penetration test was on 2025-11-27; the proposed rule would require one every 12 months, so the next was due by 2026-11-27\.$/]],
  },
  {
    name: 'dated after the audit day',
    edit: (s) => {
      s.audits!.penetration_test = '2026-11-29';
    },
    expect: [[SUBJECT, 'fail', /^The penetration test is dated 2026-11-29, after the audit day 2026-11-28: it cannot have happened yet\.$/]],
  },
]);
