import { defineCheck, toPointer, type Finding } from '../../src/index.js';
import { unsaidFinding } from '../../src/engine/flag-finding.js';

const SUBJECT = 'Staff personal phones';

export default defineCheck({
  meta: {
    id: 'privacy.personal-devices',
    title: 'Staff who text or call patients from their own phones follow written rules',
    area: 'privacy',
    severity: 'medium',
    hipaa: ['164.530(c)'],
    obligation: 'practice',
    basis:
      'ONC\'s guidance on mobile devices and health information (HealthIT.gov): written rules for personal phones used with patients, in support of the safeguards standard 45 CFR 164.530(c)',
    rationale:
      'Texts, numbers and photos of patients on a staff member\'s own phone sit outside the practice\'s control: in the camera roll, in cloud photo backups, on a lost phone, and after the person leaves.',
    remediation:
      'Write rules for personal phones — which app may be used with patients, a screen lock, no patient photos in the camera roll or personal cloud backups, and deletion of patient messages and photos when staff leave — have staff sign them, and set `patient_communications.personal_devices.policy` to the document; or stop the practice and set `allowed: false`.',
    needs: ['stack'],
  },
  run({ stack }): Finding[] {
    const comms = stack.patient_communications;
    const devices = comms?.personal_devices;
    if (devices === undefined) {
      return [
        unsaidFinding({
          checkId: 'privacy.personal-devices',
          subject: SUBJECT,
          section: ['patient_communications', comms],
          unsaid: 'whether staff text or call patients from their own phones',
          add: 'add `patient_communications.personal_devices` (`allowed`, and `policy` when they do)',
        }),
      ];
    }
    if (!devices.allowed) {
      return [{
        status: 'pass',
        subject: SUBJECT,
        path: toPointer('patient_communications', 'personal_devices', 'allowed'),
        message: 'Staff personal phones are not used to text or call patients.',
        evidence: { allowed: false },
      }];
    }
    if (devices.policy === undefined) {
      return [{
        status: 'fail',
        subject: SUBJECT,
        path: toPointer('patient_communications', 'personal_devices'),
        message: 'Staff personal phones are used to text or call patients, but there are no written rules for them (which app, screen lock, no patient photos in the camera roll, deletion when staff leave).',
        evidence: { allowed: true, policy: null },
      }];
    }
    return [{
      status: 'pass',
      subject: SUBJECT,
      path: toPointer('patient_communications', 'personal_devices', 'policy'),
      message: `Staff personal phones are used to text or call patients under written rules (${devices.policy}).`,
      evidence: { allowed: true, policy: devices.policy },
    }];
  },
});
