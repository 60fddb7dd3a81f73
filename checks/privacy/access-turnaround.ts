import { defineCheck, toPointer, type Finding } from '../../src/index.js';
import { unsaidFinding } from '../../src/engine/flag-finding.js';

/** 45 CFR 164.524(b)(2)(i): act on a request for access no later than 30 days after receipt. */
const MAX_DAYS = 30;
const SUBJECT = 'Patient access requests';

export default defineCheck({
  meta: {
    id: 'privacy.access-turnaround',
    title: 'Patients\' requests for their records are acted on within 30 days',
    area: 'privacy',
    severity: 'high',
    hipaa: ['164.524(b)(2)'],
    obligation: 'required',
    basis:
      '45 CFR 164.524(b)(2): act on a request for access no later than 30 days after receipt; one extension of no more than 30 days only if, within those 30 days, the individual is given a written statement of the reasons for the delay and the date the action will be completed',
    rationale:
      'HIPAA requires acting on a patient\'s request to see or get a copy of their records (treatment notes, before-and-after photos, consent forms) within 30 days of receiving it. The one 30-day extension is for a particular request, explained to the patient in writing in time; a standing turnaround longer than 30 days is not that. Right-of-access delays are the subject of many of HHS\'s enforcement actions.',
    remediation:
      'Set the practice\'s turnaround for access requests to 30 days or less from receipt (sooner where state law is stricter), track each request\'s date received and date fulfilled, use the extension only with a written notice to the patient within the first 30 days, and record the turnaround as `patient_rights.access_days`.',
    needs: ['stack'],
  },
  run({ stack }): Finding[] {
    const rights = stack.patient_rights;
    const days = rights?.access_days;
    if (days === undefined) {
      return [
        unsaidFinding({
          checkId: 'privacy.access-turnaround',
          subject: SUBJECT,
          section: ['patient_rights', rights],
          unsaid: 'how fast patients\' requests for their records are acted on',
          add: 'add `patient_rights.access_days` (days from receipt)',
        }),
      ];
    }
    const path = toPointer('patient_rights', 'access_days');
    if (days > MAX_DAYS) {
      return [{
        status: 'fail',
        subject: SUBJECT,
        path,
        message: `Patients' requests for their records are acted on within ${days} days, but the rule says no later than ${MAX_DAYS} days after receipt (one ${MAX_DAYS}-day extension is allowed only for a request whose patient is told in writing, within the first ${MAX_DAYS} days, why and by when).`,
        evidence: { access_days: days },
      }];
    }
    return [{
      status: 'pass',
      subject: SUBJECT,
      path,
      message: `Patients' requests for their records are acted on within ${days} days of receipt, inside the ${MAX_DAYS}-day limit.`,
      evidence: { access_days: days },
    }];
  },
});
