import { cases } from '../../helpers/cases.js';

export default cases([
  {
    name: 'portal messages are encrypted',
    expect: [['Secure portal messages', 'pass', /carries PHI and is encrypted/]],
  },
  {
    name: 'an SMS line that carries PHI, and a newsletter that carries none',
    stack: {
      messaging: [
        { name: 'Secure portal messages', vendor: 'ChartCloud', phi: true, encrypted: true },
        { name: 'Practice SMS line', phi: true, encrypted: false },
        { name: 'Newsletter', phi: false, encrypted: false },
      ],
    },
    expect: [
      ['Secure portal messages', 'pass'],
      ['Practice SMS line', 'fail', /^Practice SMS line carries PHI unencrypted\.$/],
    ],
  },
  {
    name: 'an SMS line used with patients who were told the risk and chose it is left to privacy.patient-messaging',
    stack: {
      messaging: [{ name: 'Practice SMS line', phi: true, encrypted: false, patients: true }],
      patient_communications: { unencrypted_consent: { process: true } },
    },
    expect: [['Practice SMS line', 'not_applicable', /used with patients who were told the risk and chose unencrypted messages \(HHS guidance allows this for e-mail; hipaa-hero applies it to texts too\): privacy\.patient-messaging judges it\.$/]],
  },
  {
    name: 'an SMS line used with patients who are not warned still fails',
    stack: {
      messaging: [{ name: 'Practice SMS line', phi: true, encrypted: false, patients: true }],
      patient_communications: { unencrypted_consent: { process: false } },
    },
    expect: [['Practice SMS line', 'fail', /^Practice SMS line carries PHI unencrypted\.$/]],
  },
  {
    name: 'a staff-only SMS line fails even where patients are warned about unencrypted messages',
    stack: {
      messaging: [
        { name: 'Staff group chat', phi: true, encrypted: false, patients: false },
        { name: 'Front desk texts', phi: true, encrypted: false },
      ],
      patient_communications: { unencrypted_consent: { process: true } },
    },
    expect: [
      ['Staff group chat', 'fail'],
      ['Front desk texts', 'fail'],
    ],
  },
  {
    name: 'only channels without PHI',
    stack: { messaging: [{ name: 'Newsletter', phi: false, encrypted: false }] },
    expect: [],
  },
  {
    name: 'no messaging section',
    stack: { messaging: undefined },
    expect: [],
  },
]);
