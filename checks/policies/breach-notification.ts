import { defineCheck, policyCovering, toPointer, type Finding } from '../../src/index.js';

/** The `covers` topic that marks the breach notification policy. */
const TOPIC = 'breach-notification';

export default defineCheck({
  meta: {
    id: 'policies.breach-notification',
    title: 'A written breach notification policy is adopted',
    area: 'policies',
    severity: 'high',
    hipaa: ['164.530(i)', '164.404'],
    obligation: 'required',
    basis:
      '45 CFR 164.530(i)(1): policies and procedures designed to comply with Subpart D (breach notification), whose 164.404 sets what patients are told and when',
    rationale:
      'After a breach of unsecured PHI, patients must be notified without unreasonable delay and within 60 days of discovery; a written policy (who decides, who is told, how) is what makes that deadline achievable.',
    remediation:
      'Adopt a written breach notification policy (how a breach is assessed, who notifies patients, HHS and, over 500 people, the media) and list it under `policies` with `covers: [breach-notification]`.',
    needs: ['stack'],
  },
  run({ stack }): Finding[] {
    const subject = 'Breach notification policy';
    const policies = stack.policies ?? [];
    const found = policyCovering(stack, [TOPIC]);
    if (found) {
      return [
        {
          status: 'pass',
          subject,
          path: toPointer('policies', found.index),
          message: `The policy "${found.policy.name}" covers breach notification.`,
          evidence: { name: found.policy.name, covers: found.policy.covers },
        },
      ];
    }
    return [
      {
        status: 'fail',
        subject,
        ...(stack.policies ? { path: toPointer('policies') } : {}),
        message: `No written policy covers breach notification (a policy with \`covers: [${TOPIC}]\`).`,
        evidence: { policies: policies.map((p) => p.name) },
      },
    ];
  },
});
