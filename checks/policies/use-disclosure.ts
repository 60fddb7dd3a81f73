import { defineCheck, toPointer, type Finding, type Policy } from '../../src/index.js';

/** The topics of a use and disclosure policy: when PHI may be used or shared, and when the patient's written authorization is needed first (164.508). */
const USE = 'use';
const DISCLOSURE = 'disclosure';
/** Either word marks the authorization topic; `patient-consent` is the older spelling. */
const AUTHORIZATION = ['authorization', 'patient-consent'];

const covers = (policy: Policy, topic: string): boolean =>
  policy.covers.some((c) => c.trim().toLowerCase() === topic);

export default defineCheck({
  meta: {
    id: 'policies.use-disclosure',
    title: "A written policy covers the use and disclosure of PHI, including when a patient's authorization is needed",
    area: 'policies',
    severity: 'high',
    hipaa: ['164.530(i)'],
    obligation: 'required',
    basis:
      '45 CFR 164.530(i)(1): policies and procedures with respect to PHI designed to comply with the Privacy Rule, whose use and disclosure standards are in 164.502, 164.506, 164.508 and 164.510',
    rationale:
      'Staff need written rules for when PHI may be used or shared and when the patient\'s written authorization is needed first (marketing, before-and-after photos, testimonials); without them, every front-desk disclosure is a judgment call.',
    remediation:
      'Adopt a written use and disclosure policy that also says when a patient\'s authorization is needed, and list it under `policies` with `covers: [use, disclosure, authorization]`, `adopted` and `document`.',
    needs: ['stack'],
  },
  run({ stack }): Finding[] {
    const subject = 'Use and disclosure policy';
    const policies = stack.policies ?? [];
    const candidates = policies.map((policy, i) => ({ policy, i })).filter(({ policy }) => covers(policy, USE) && covers(policy, DISCLOSURE));
    const full = candidates.find(({ policy }) => AUTHORIZATION.some((t) => covers(policy, t)));
    if (full) {
      return [
        {
          status: 'pass',
          subject,
          path: toPointer('policies', full.i),
          message: `The policy "${full.policy.name}" covers the use and disclosure of PHI and when a patient's authorization is needed.`,
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
          message: `The policy "${partial.policy.name}" covers the use and disclosure of PHI but does not say when a patient's authorization is needed (\`authorization\`).`,
          evidence: { name: partial.policy.name, covers: partial.policy.covers },
        },
      ];
    }
    return [
      {
        status: 'fail',
        subject,
        ...(stack.policies ? { path: toPointer('policies') } : {}),
        message: 'No written policy covers the use and disclosure of PHI (a policy with `covers: [use, disclosure, authorization]`).',
        evidence: { policies: policies.map((p) => p.name) },
      },
    ];
  },
});
