import { cases } from '../../helpers/cases.js';

export default cases([
  {
    name: 'personal phones are used under written rules',
    stack: { patient_communications: { personal_devices: { allowed: true, policy: 'docs/personal-phone-rules.pdf' } } },
    expect: [['Staff personal phones', 'pass', /^Staff personal phones are used to text or call patients under written rules \(docs\/personal-phone-rules\.pdf\)\.$/]],
  },
  {
    name: 'personal phones are not used with patients',
    stack: { patient_communications: { personal_devices: { allowed: false } } },
    expect: [['Staff personal phones', 'pass', /^Staff personal phones are not used to text or call patients\.$/]],
  },
  {
    name: 'personal phones are used with no written rules',
    stack: { patient_communications: { personal_devices: { allowed: true } } },
    expect: [['Staff personal phones', 'fail', /but there are no written rules for them \(which app, screen lock, no patient photos in the camera roll, deletion when staff leave\)\.$/]],
  },
  {
    name: 'the stack file does not say (no patient_communications section)',
    stack: { patient_communications: undefined },
    expect: [['Staff personal phones', 'manual', /does not say whether staff text or call patients from their own phones: add `patient_communications\.personal_devices`.*hipaa-hero attest on the stack file/]],
  },
  {
    name: 'the stack file does not say (a section without personal_devices)',
    stack: { patient_communications: { unencrypted_consent: { process: true } } },
    expect: [['Staff personal phones', 'manual', /add `patient_communications\.personal_devices`/]],
  },
]);
