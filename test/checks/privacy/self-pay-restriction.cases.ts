import { cases } from '../../helpers/cases.js';

const SUBJECT = 'Self-pay restrictions';

export default cases([
  {
    name: 'self-pay restriction requests are honored',
    stack: { patient_rights: { self_pay_restriction: true } },
    expect: [[SUBJECT, 'pass', /paid for in full out of pocket is honored/]],
  },
  {
    name: 'self-pay restriction requests are not always honored',
    stack: { patient_rights: { self_pay_restriction: false } },
    expect: [[SUBJECT, 'fail', /is not always honored, but HIPAA requires agreeing to it unless the law requires the disclosure/]],
  },
  {
    name: 'the patient_rights section does not say',
    stack: { patient_rights: { access_days: 30 } },
    expect: [[SUBJECT, 'manual', /add `patient_rights\.self_pay_restriction: true\|false`.*--only privacy\.self-pay-restriction/]],
  },
  {
    name: 'no patient_rights section',
    stack: { patient_rights: undefined },
    expect: [[SUBJECT, 'manual', /health plan/]],
  },
]);
