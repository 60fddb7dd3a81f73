// Owns policies.security: whether written Security Rule policies and procedures are adopted.
import { defineCheck, policyCovering, toPointer, type Finding } from '../../src/index.js';

/** The `covers` topics that mark the security policies and procedures. */
const TOPICS = ['security', 'information-security'];

export default defineCheck({
  meta: {
    id: 'policies.security',
    title: 'Written security policies and procedures are adopted',
    area: 'policies',
    severity: 'high',
    hipaa: ['164.316(a)'],
    obligation: 'required',
    basis:
      '45 CFR 164.316(a): implement reasonable and appropriate policies and procedures to comply with the Security Rule; kept in writing per 164.316(b)(1)',
    rationale:
      'The Security Rule is met through written policies and procedures (access, passwords, devices, backups, incidents) that staff follow; without them, the safeguards in this report depend on habits nobody wrote down.',
    remediation:
      'Adopt written security policies and procedures sized to the practice (an information security policy covering access, devices, backups, incidents and the addressable specifications you chose), and list it under `policies` with `covers: [security]`, `adopted` and `document`.',
    needs: ['stack'],
  },
  run({ stack }): Finding[] {
    const subject = 'Security policies and procedures';
    const found = policyCovering(stack, TOPICS);
    if (found) {
      return [
        {
          status: 'pass',
          subject,
          path: toPointer('policies', found.index),
          message: `The policy "${found.policy.name}" covers the Security Rule's policies and procedures.`,
          evidence: { name: found.policy.name, covers: found.policy.covers },
        },
      ];
    }
    return [
      {
        status: 'fail',
        subject,
        ...(stack.policies ? { path: toPointer('policies') } : {}),
        message: 'No written policy covers information security (a policy with `covers: [security]`).',
        evidence: { policies: (stack.policies ?? []).map((p) => p.name) },
      },
    ];
  },
});
