import { defineCheck, type Finding } from '../../src/index.js';
import { flagFinding } from '../../src/engine/flag-finding.js';

const SUBJECT = 'Acknowledgment of the notice';

export default defineCheck({
  meta: {
    id: 'privacy.notice-acknowledgment',
    title: 'A good-faith effort is made to get a written acknowledgment of the notice',
    area: 'privacy',
    severity: 'medium',
    hipaa: ['164.520(c)(2)(ii)'],
    obligation: 'required',
    basis:
      '45 CFR 164.520(c)(2)(ii): except in an emergency treatment situation, make a good faith effort to obtain a written acknowledgment of receipt of the notice, and if not obtained, document the good faith efforts and the reason why it was not obtained',
    rationale:
      'HIPAA requires a provider to try in good faith to get each new patient\'s written acknowledgment that they received the notice, at the first visit, and to document why when it was not obtained. It does not require every patient to sign: a client who declines is noted, not turned away.',
    remediation:
      'Add an acknowledgment line to the intake forms (paper or the booking system\'s digital intake) for the client\'s first visit; when a client does not sign, have staff note the attempt and the reason in the record; keep the signed acknowledgments and notes for six years; then set `privacy_notice.acknowledgment: true`.',
    needs: ['stack'],
  },
  run({ stack }): Finding[] {
    return [
      flagFinding({
        checkId: 'privacy.notice-acknowledgment',
        subject: SUBJECT,
        at: ['privacy_notice', 'acknowledgment'],
        section: stack.privacy_notice,
        unsaid: 'whether a written acknowledgment of the Notice of Privacy Practices is sought at the first visit',
        yes: 'Patients are asked to acknowledge the Notice of Privacy Practices in writing at the first visit, and the reason is documented when they do not.',
        no: 'No good-faith effort is made to get patients\' written acknowledgment of the Notice of Privacy Practices at the first visit, or to document why it was not obtained.',
      }),
    ];
  },
});
