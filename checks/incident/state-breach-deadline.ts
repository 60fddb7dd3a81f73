// Owns incident.state-breach-deadline: whether the practice's written breach-notice commitment meets
// the shortest deadline that the statutes of its states set in days (hipaa-hero's file of them).
import { defineCheck, toPointer, type Finding } from '../../src/index.js';
import { deadlineFor, LEFT_OUT_STATES, STATE_DEADLINES_UPDATED, strictestDeadline } from '../../src/knowledge/state-deadlines.js';

const ID = 'incident.state-breach-deadline';
const SUBJECT = 'State breach-notice deadline';

const list = (codes: readonly string[]) => codes.join(', ');

export default defineCheck({
  meta: {
    id: ID,
    title: 'The breach-notice commitment meets the shortest deadline of the states the practice works in',
    area: 'incident',
    severity: 'medium',
    hipaa: ['164.404(b)'],
    obligation: 'state',
    basis:
      `state breach-notification statutes that set a number of days for telling affected residents, as listed with their citations in hipaa-hero's file of them (src/hipaa/state-breach-deadlines.yaml, checked ${STATE_DEADLINES_UPDATED}); several are shorter than HIPAA's 60 days and some reach practices that are not HIPAA covered entities`,
    rationale:
      'HIPAA allows up to 60 days from discovery, but a state statute can demand notice sooner, and a practice that plans for 60 days can break the law of the state its patients live in. The shortest deadline among the practice\'s states is the one to plan for.',
    remediation:
      'Set `incident_response.breach_notification_days` (and the incident response plan) to the shortest deadline named here, or shorter, and confirm with counsel which states\' laws reach the practice and whether any exemption for HIPAA-regulated entities applies.',
    needs: ['stack'],
  },
  run({ stack }): Finding[] {
    const states = stack.practice.states;
    if (states === undefined || states.length === 0) {
      return [
        {
          status: 'manual',
          subject: SUBJECT,
          path: toPointer('practice'),
          message:
            'The stack file does not say where the practice works (`practice.states`, USPS codes such as [CO, TX]): state breach-notice deadlines, some shorter than HIPAA\'s 60 days, cannot be applied.',
          evidence: { states: null },
        },
      ];
    }
    const statesPath = toPointer('practice', 'states');
    const strictest = strictestDeadline(states);
    if (!strictest) {
      const leftOut = LEFT_OUT_STATES.filter((s) => states.includes(s.state as (typeof states)[number])).map((s) => s.state);
      return [
        {
          status: 'not_applicable',
          subject: SUBJECT,
          path: statesPath,
          message:
            `hipaa-hero's file has no day count for ${list(states)}${leftOut.length ? ` (${list(leftOut)}: the sources disagree or give no day count for notice to residents)` : ''}; ` +
            'that is not the same as the state having no deadline: check its statute or ask counsel.',
          evidence: { states: [...states] },
        },
      ];
    }
    const rule = `${strictest.name}'s statute (${strictest.citation}) sets ${strictest.days} days from ${strictest.clock}`;
    const among = states.length > 1 ? `, the shortest among ${list(states)}` : '';
    const note = deadlineFor(strictest.state)?.note;
    const caveat = note ? ` Note: ${note.trim().replace(/\s+/g, ' ').replace(/\.?$/, '.')}` : '';
    const evidence = {
      states: [...states],
      applied: { state: strictest.state, days: strictest.days, citation: strictest.citation },
      breach_notification_days: stack.incident_response?.breach_notification_days ?? null,
    };
    const days = stack.incident_response?.breach_notification_days;
    if (days === undefined) {
      return [
        {
          status: 'fail',
          subject: SUBJECT,
          ...(stack.incident_response ? { path: toPointer('incident_response') } : { path: statesPath }),
          message: `There is no written commitment on how fast patients are told of a breach, and ${rule}${among}.${caveat}`,
          evidence,
        },
      ];
    }
    const path = toPointer('incident_response', 'breach_notification_days');
    if (days > strictest.days) {
      return [
        {
          status: 'fail',
          subject: SUBJECT,
          path,
          message: `Patients are to be told within ${days} days of a breach, but ${rule}${among}.${caveat}`,
          evidence,
        },
      ];
    }
    return [
      {
        status: 'pass',
        subject: SUBJECT,
        path,
        message: `Patients are to be told within ${days} days of a breach, within the ${strictest.days} days that ${strictest.name}'s statute (${strictest.citation}) sets${among}.`,
        evidence,
      },
    ];
  },
});
