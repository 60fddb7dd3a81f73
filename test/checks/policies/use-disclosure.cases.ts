import { cases } from '../../helpers/cases.js';

const breach = { name: 'Breach notification', covers: ['breach-notification'], adopted: '2025-01-06' };

export default cases([
  {
    name: 'a policy covers use, disclosure and patient consent',
    expect: [['Use and disclosure policy', 'pass', /"Use and disclosure of PHI" covers/]],
  },
  {
    name: 'the use and disclosure policy leaves out patient consent',
    edit: (s) => {
      s.policies![0]!.covers = ['use', 'disclosure'];
    },
    expect: [['Use and disclosure policy', 'fail', /does not cover patient consent/]],
  },
  {
    name: 'a complete policy listed after an incomplete one still passes',
    stack: {
      policies: [
        { name: 'Old PHI policy', covers: ['use', 'disclosure'], adopted: '2020-01-01' },
        { name: 'PHI handling', covers: ['Use', 'Disclosure', 'Patient-Consent'], adopted: '2026-01-01' },
        breach,
      ],
    },
    expect: [['Use and disclosure policy', 'pass', /"PHI handling"/]],
  },
  {
    name: 'consent and use are covered, disclosure is not',
    stack: { policies: [{ name: 'Consent', covers: ['use', 'patient-consent'], adopted: '2025-01-06' }, breach] },
    expect: [['Use and disclosure policy', 'fail', /No written policy covers the use and disclosure/]],
  },
  {
    name: 'no policies section',
    stack: { policies: undefined },
    expect: [['Use and disclosure policy', 'fail', /No written policy/]],
  },
  {
    name: 'an empty policies list',
    stack: { policies: [] },
    expect: [['Use and disclosure policy', 'fail', /No written policy/]],
  },
]);
