import { defineCheck, toPointer, type Finding, type Policy } from '../../src/index.js';

/** The topics a use and disclosure policy must cover; consent is part of it (when PHI may be used or shared). */
const USE = 'use';
const DISCLOSURE = 'disclosure';
const CONSENT = 'patient-consent';

const covers = (policy: Policy, topic: string): boolean =>
  policy.covers.some((c) => c.trim().toLowerCase() === topic);

export default defineCheck({
  meta: {
    id: 'policies.use-disclosure',
    title: 'A written policy covers the use and disclosure of PHI, including patient consent',
    area: 'policies',
    severity: 'high',
    hipaa: ['164.316(a)', '164.530(c)'],
    rationale:
      'Staff need written rules for when PHI may be used or shared and when the patient must agree first (`use`, `disclosure` and `patient-consent`); without them, every front-desk disclosure is a judgment call.',
    remediation:
      'Adopt a written use and disclosure policy that also covers patient consent and authorizations, and list it under `policies` with `covers: [use, disclosure, patient-consent]`, `adopted` and `document`.',
    needs: ['stack'],
  },
  run({ stack }): Finding[] {
    const subject = 'Use and disclosure policy';
    const policies = stack.policies ?? [];
    const candidates = policies.map((policy, i) => ({ policy, i })).filter(({ policy }) => covers(policy, USE) && covers(policy, DISCLOSURE));
    const full = candidates.find(({ policy }) => covers(policy, CONSENT));
    if (full) {
      return [
        {
          status: 'pass',
          subject,
          path: toPointer('policies', full.i),
          message: `The policy "${full.policy.name}" covers the use and disclosure of PHI and patient consent.`,
          evidence: { name: full.policy.name, covers: full.policy.covers },
        },
      ];
    }
    const partial = candidates[0];
    if (partial) {
      return [
        {
          status: 'fail',
          subject,
          path: toPointer('policies', partial.i, 'covers'),
          message: `The policy "${partial.policy.name}" covers the use and disclosure of PHI but does not cover patient consent (\`${CONSENT}\`).`,
          evidence: { name: partial.policy.name, covers: partial.policy.covers },
        },
      ];
    }
    return [
      {
        status: 'fail',
        subject,
        ...(stack.policies ? { path: toPointer('policies') } : {}),
        message: 'No written policy covers the use and disclosure of PHI (a policy with `covers: [use, disclosure, patient-consent]`).',
        evidence: { policies: policies.map((p) => p.name) },
      },
    ];
  },
});
