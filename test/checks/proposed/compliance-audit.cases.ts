import { cases } from '../../helpers/cases.js';

const SUBJECT = 'Compliance audit';

export default cases([
  {
    name: 'the base stack: done on 2026-04-20',
    expect: [[SUBJECT, 'pass', /^The compliance audit was done on 2026-04-20; the next is due by 2027-04-20\.$/]],
  },
  {
    name: 'not on record (absent)',
    edit: (s) => {
      delete s.audits!.compliance_audit;
    },
    expect: [[SUBJECT, 'fail', /^No compliance audit is on record \(`audits\.compliance_audit`\); an audit of compliance with the Security Rule, which `audits\.last_audit`, the periodic evaluation, does not stand in for\.$/]],
  },
  {
    name: 'not on record (null)',
    edit: (s) => {
      s.audits!.compliance_audit = null;
    },
    expect: [[SUBJECT, 'fail', /^No compliance audit is on record \(`audits\.compliance_audit`\); an audit of compliance with the Security Rule, which `audits\.last_audit`, the periodic evaluation, does not stand in for\.$/]],
  },
  {
    name: 'no audits section',
    stack: { audits: undefined },
    expect: [[SUBJECT, 'fail', /^No compliance audit is on record \(`audits\.compliance_audit`\); an audit of compliance with the Security Rule, which `audits\.last_audit`, the periodic evaluation, does not stand in for\.$/]],
  },
  {
    name: 'done exactly 12 months before the audit: the due day is still on time',
    edit: (s) => {
      s.audits!.compliance_audit = '2025-11-28';
    },
    expect: [[SUBJECT, 'pass', /the next is due by 2026-11-28\.$/]],
  },
  {
    name: 'done 12 months less a day before the audit',
    edit: (s) => {
      s.audits!.compliance_audit = '2025-11-29';
    },
    expect: [[SUBJECT, 'pass', /the next is due by 2026-11-29\.$/]],
  },
  {
    name: 'done 12 months and one day before the audit',
    edit: (s) => {
      s.audits!.compliance_audit = '2025-11-27';
    },
    expect: [[SUBJECT, 'fail', /^The last compliance audit was on 2025-11-27; the proposed rule would require one every 12 months, so the next was due by 2026-11-27\.$/]],
  },
  {
    name: 'dated after the audit day',
    edit: (s) => {
      s.audits!.compliance_audit = '2026-11-29';
    },
    expect: [[SUBJECT, 'fail', /^The compliance audit is dated 2026-11-29, after the audit day 2026-11-28: it cannot have happened yet\.$/]],
  },
  {
    name: 'a periodic evaluation on record does not stand in for the compliance audit',
    edit: (s) => {
      delete s.audits!.compliance_audit;
      s.audits!.last_audit = '2026-11-01';
    },
    expect: [[SUBJECT, 'fail', /audits\.last_audit`, the periodic evaluation, does not stand in for/]],
  },
]);
