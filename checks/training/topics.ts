import { defineCheck, toPointer, type Finding } from '../../src/index.js';

/** Topics the training must include, each matched as a case-insensitive substring of a listed topic. */
const REQUIRED = [
  { keyword: 'password', label: 'password management' },
  { keyword: 'phishing', label: 'phishing' },
];

export default defineCheck({
  meta: {
    id: 'training.topics',
    title: 'Security training covers passwords and phishing',
    area: 'training',
    severity: 'medium',
    hipaa: ['164.308(a)(5)(ii)(B)', '164.308(a)(5)(ii)(D)'],
    obligation: 'addressable',
    basis:
      '45 CFR 164.308(a)(5)(ii)(B) and (D): procedures for guarding against malicious software and for creating, changing and safeguarding passwords, within the training program',
    rationale:
      'The training program\'s addressable specifications include procedures for guarding against malicious software and for password management; phishing is how most malware and stolen passwords reach a small practice, so this check looks for a topic containing "password" and one containing "phishing".',
    remediation:
      'Add password management and phishing awareness to the training program and list them under `training.topics` (e.g. `topics: [hipaa-basics, passwords, phishing]`).',
    needs: ['stack'],
  },
  run({ stack }): Finding[] {
    const subject = 'Training program';
    const training = stack.training;
    if (!training?.topics) {
      return [
        {
          status: 'fail',
          subject,
          ...(training ? { path: toPointer('training') } : {}),
          message: 'The training program lists no topics: the stack file has no `training.topics`, so password and phishing training are not documented.',
          evidence: { topics: null },
        },
      ];
    }
    const topics = training.topics;
    const missing = REQUIRED.filter(({ keyword }) => !topics.some((t) => t.toLowerCase().includes(keyword)));
    const path = toPointer('training', 'topics');
    if (missing.length) {
      return [
        {
          status: 'fail',
          subject,
          path,
          message: `The training program does not cover ${missing.map((m) => m.label).join(' or ')}.`,
          evidence: { topics, missing: missing.map((m) => m.keyword) },
        },
      ];
    }
    return [{ status: 'pass', subject, path, message: `The training program covers password management and phishing (${topics.join(', ')}).`, evidence: { topics } }];
  },
});
