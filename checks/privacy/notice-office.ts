import { defineCheck, type Finding } from '../../src/index.js';
import { flagFinding } from '../../src/engine/flag-finding.js';

const SUBJECT = 'Notice of Privacy Practices in the office';

export default defineCheck({
  meta: {
    id: 'privacy.notice-office',
    title: 'The Notice of Privacy Practices is posted in the office, with copies to take',
    area: 'privacy',
    severity: 'medium',
    hipaa: ['164.520(c)(2)(iii)'],
    obligation: 'required',
    basis:
      '45 CFR 164.520(c)(2)(iii): a provider that maintains a physical service delivery site must have the notice available at the site for individuals to request to take with them, and post the notice in a clear and prominent location where it is reasonable to expect individuals seeking service to be able to read it',
    rationale:
      'HIPAA requires a provider with a physical office to post its Notice of Privacy Practices where clients can read it and to have copies they can take. In a med spa that means the reception or waiting area of every location, not a binder behind the desk.',
    remediation:
      'Post the current notice at reception or in the waiting area of every location, keep printed copies next to it for clients to take, and set `privacy_notice.posted_in_office: true`.',
    needs: ['stack'],
  },
  run({ stack }): Finding[] {
    return [
      flagFinding({
        checkId: 'privacy.notice-office',
        subject: SUBJECT,
        at: ['privacy_notice', 'posted_in_office'],
        section: stack.privacy_notice,
        unsaid: 'whether the Notice of Privacy Practices is posted in the office with copies to take',
        yes: 'The Notice of Privacy Practices is posted in the office, with copies clients can take.',
        no: 'The Notice of Privacy Practices is not posted in the office where clients can read it, with copies they can take.',
      }),
    ];
  },
});
