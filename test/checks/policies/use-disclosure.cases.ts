import { cases } from '../../helpers/cases.js';

const breach = { name: 'Breach notification', covers: ['breach-notification'], adopted: '2025-01-06' };
const SUBJECT = 'Use and disclosure policy';
const NONE = /^No written policy covers the use and disclosure of PHI \(a policy with `covers: \[use, disclosure, authorization\]`\)\.$/;

export default cases([
  {
    name: 'a policy covers use, disclosure and patient-consent (the older spelling of authorization)',
    expect: [[SUBJECT, 'pass', /^The policy "Use and disclosure of PHI" covers the use and disclosure of PHI and when a patient's authorization is needed\.$/]],
  },
  {
    name: 'a policy covers use, disclosure and authorization',
    edit: (s) => {
      s.policies![0]!.covers = ['use', 'disclosure', 'authorization'];
    },
    expect: [[SUBJECT, 'pass', /"Use and disclosure of PHI" covers the use and disclosure of PHI and when a patient's authorization is needed/]],
  },
  {
    name: 'the use and disclosure policy leaves out authorization',
    edit: (s) => {
      s.policies![0]!.covers = ['use', 'disclosure'];
    },
    expect: [[SUBJECT, 'fail', /^The policy "Use and disclosure of PHI" covers the use and disclosure of PHI but does not say when a patient's authorization is needed \(`authorization`\)\.$/]],
  },
  {
    name: 'a topic that only resembles authorization does not count',
    edit: (s) => {
      s.policies![0]!.covers = ['use', 'disclosure', 'authorizations', 'consent'];
    },
    expect: [[SUBJECT, 'fail', /does not say when a patient's authorization is needed/]],
  },
  {
    name: 'a complete policy listed after an incomplete one still passes (topics in any case and spacing)',
    stack: {
      policies: [
        { name: 'Old PHI policy', covers: ['use', 'disclosure'], adopted: '2020-01-01' },
        { name: 'PHI handling', covers: ['Use', ' Disclosure ', 'Authorization'], adopted: '2026-01-01' },
        breach,
      ],
    },
    expect: [[SUBJECT, 'pass', /"PHI handling"/]],
  },
  {
    name: 'the older Patient-Consent spelling counts in any case',
    stack: { policies: [{ name: 'PHI handling', covers: ['USE', 'Disclosure', 'Patient-Consent'], adopted: '2026-01-01' }, breach] },
    expect: [[SUBJECT, 'pass', /"PHI handling"/]],
  },
  {
    name: 'authorization and use are covered, disclosure is not',
    stack: { policies: [{ name: 'Consent', covers: ['use', 'authorization'], adopted: '2025-01-06' }, breach] },
    expect: [[SUBJECT, 'fail', NONE]],
  },
  {
    name: 'use, disclosure and authorization split across policies do not count',
    stack: {
      policies: [
        { name: 'Uses', covers: ['use'], adopted: '2025-01-06' },
        { name: 'Disclosures', covers: ['disclosure', 'authorization'], adopted: '2025-01-06' },
        breach,
      ],
    },
    expect: [[SUBJECT, 'fail', NONE]],
  },
  {
    name: 'no policies section',
    stack: { policies: undefined },
    expect: [[SUBJECT, 'fail', NONE]],
  },
  {
    name: 'an empty policies list',
    stack: { policies: [] },
    expect: [[SUBJECT, 'fail', NONE]],
  },
]);
