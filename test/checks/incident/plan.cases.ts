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
    name: 'documents not looked up: not on file (a reference alone proves nothing)',
    facts: { documents: {} },
    expect: [['Incident response plan', 'warn', /referenced but not found/]],
  },
  {
    name: 'a directory, a path outside the folder, or a file too large to hash is not a plan on file',
    facts: { documents: { 'evidence/incident-response.pdf': { path: 'evidence/incident-response.pdf', exists: false, kind: 'directory', error: 'a directory' } } },
    expect: [['Incident response plan', 'fail', /is not on file: it was not read and hashed \(a directory\)/]],
  },
  {
    name: 'an unreadable plan is unknown, never a pass',
    facts: { documents: { 'evidence/incident-response.pdf': { path: 'evidence/incident-response.pdf', exists: true, kind: 'unreadable', error: 'EACCES' } } },
    expect: [['Incident response plan', 'error', /could not be read \(EACCES\)/]],
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
