import { cases } from '../../helpers/cases.js';

const sms = { name: 'Practice SMS line', phi: true, encrypted: false, patients: true };

export default cases([
  {
    name: 'patients are warned and their choice recorded before unencrypted texts',
    stack: {
      messaging: [sms],
      patient_communications: { unencrypted_consent: { process: true, form: 'docs/unencrypted-messaging-notice.pdf' } },
    },
    expect: [['Practice SMS line', 'pass', /^Practice SMS line carries PHI to patients unencrypted, and patients are warned and their choice recorded before it is used\.$/]],
  },
  {
    name: 'patients are not warned',
    stack: { messaging: [sms], patient_communications: { unencrypted_consent: { process: false } } },
    expect: [['Practice SMS line', 'fail', /^Practice SMS line carries PHI to patients unencrypted, but patients are not told the risk and asked to choose before unencrypted messages are sent\.$/]],
  },
  {
    name: 'the stack file does not say whether patients are warned',
    stack: { messaging: [sms], patient_communications: undefined },
    expect: [['Practice SMS line', 'manual', /does not say whether patients are told the risk and asked to choose first: add `patient_communications\.unencrypted_consent`/]],
  },
  {
    name: 'a patient_communications section without unencrypted_consent',
    stack: { messaging: [sms], patient_communications: { personal_devices: { allowed: false } } },
    expect: [['Practice SMS line', 'manual', /does not say whether patients are told the risk/]],
  },
  {
    name: 'encrypted, staff-only and PHI-free channels are not judged here',
    stack: {
      messaging: [
        { name: 'Secure portal messages', vendor: 'ChartCloud', phi: true, encrypted: true, patients: true },
        { name: 'Staff group chat', phi: true, encrypted: false, patients: false },
        { name: 'Front desk texts', phi: true, encrypted: false },
        { name: 'Newsletter', phi: false, encrypted: false, patients: true },
      ],
      patient_communications: { unencrypted_consent: { process: false } },
    },
    expect: [],
  },
  {
    name: 'no messaging section',
    stack: { messaging: undefined },
    expect: [],
  },
]);
