import { cases } from '../../helpers/cases.js';

export default cases([
  {
    name: 'the plan is written and found',
    expect: [['Incident response plan', 'pass', /evidence\/incident-response\.pdf/]],
  },
  {
    name: 'the plan file is missing',
    facts: { documents: { 'evidence/incident-response.pdf': { path: 'evidence/incident-response.pdf', exists: false } } },
    expect: [['Incident response plan', 'warn', /referenced but not found/]],
  },
  {
    name: 'documents not looked up: unknown, the reference is enough',
    facts: { documents: {} },
    expect: [['Incident response plan', 'pass']],
  },
  {
    name: 'no plan in the incident_response section',
    edit: (s) => {
      delete s.incident_response!.plan;
    },
    expect: [['Incident response plan', 'fail', /no `incident_response.plan`/]],
  },
  {
    name: 'no incident_response section',
    stack: { incident_response: undefined },
    expect: [['Incident response plan', 'fail']],
  },
]);
