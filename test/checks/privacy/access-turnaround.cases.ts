import { cases } from '../../helpers/cases.js';

const SUBJECT = 'Patient access requests';

export default cases([
  {
    name: 'requests are acted on within 15 days',
    stack: { patient_rights: { access_days: 15 } },
    expect: [[SUBJECT, 'pass', /^Patients' requests for their records are acted on within 15 days of receipt, inside the 30-day limit\.$/]],
  },
  {
    name: 'exactly 30 days is inside the limit',
    stack: { patient_rights: { access_days: 30 } },
    expect: [[SUBJECT, 'pass', /within 30 days of receipt/]],
  },
  {
    name: 'a standing 31-day turnaround is over the limit',
    stack: { patient_rights: { access_days: 31 } },
    expect: [[SUBJECT, 'fail', /within 31 days, but the rule says no later than 30 days after receipt/]],
  },
  {
    name: 'a standing 60-day turnaround is not the one-time extension',
    stack: { patient_rights: { access_days: 60 } },
    expect: [[SUBJECT, 'fail', /one 30-day extension is allowed only for a request whose patient is told in writing/]],
  },
  {
    name: 'the patient_rights section does not give a turnaround',
    stack: { patient_rights: { self_pay_restriction: true } },
    expect: [[SUBJECT, 'manual', /add `patient_rights\.access_days`.*--only privacy\.access-turnaround/]],
  },
  {
    name: 'no patient_rights section',
    stack: { patient_rights: undefined },
    expect: [[SUBJECT, 'manual', /does not say how fast/]],
  },
]);
