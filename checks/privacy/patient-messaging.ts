import { defineCheck, toPointer, type Finding } from '../../src/index.js';

export default defineCheck({
  meta: {
    id: 'privacy.patient-messaging',
    title: 'Patients are told the risk and choose before PHI is sent to them unencrypted',
    area: 'privacy',
    severity: 'high',
    hipaa: ['164.522(b)', '164.530(c)'],
    obligation: 'practice',
    basis:
      'HHS guidance: the HHS FAQs on e-mail with patients and the preamble of the 2013 Omnibus Rule (78 FR 5566): a covered entity may send unencrypted e-mail to a patient who has been told the risk and still prefers it (hipaa-hero applies the same to text messages); grounded in 45 CFR 164.522(b) and 164.530(c)',
    rationale:
      'Unencrypted text and e-mail can be read by others on the way. HHS guidance lets a practice use them with a patient who was told the risk and still prefers them; without that warning and a record of the choice, the practice cannot show the patient chose, and the messages are simply unprotected PHI.',
    remediation:
      'Before an unencrypted channel is used with a patient, tell them in plain words that the messages could be read by others, ask whether they still want it, and record the choice (a line on the intake form or in the chart); keep the notice or form and set `patient_communications.unencrypted_consent` (`process: true`, `form`). Otherwise move patient conversations to an encrypted channel (a patient portal, or secure texting under a BAA).',
    needs: ['stack'],
  },
  run({ stack }) {
    const consent = stack.patient_communications?.unencrypted_consent;
    const warned = consent?.process === true;
    return (stack.messaging ?? []).flatMap((channel, i): Finding[] => {
      // Encrypted channels, and those not used with patients, are encryption.messaging's to judge.
      if (!channel.patients || !channel.phi || channel.encrypted) return [];
      const path = toPointer('messaging', i);
      const evidence = { patients: true, phi: true, encrypted: false, unencrypted_consent_process: consent?.process ?? null };
      if (warned) {
        return [{ status: 'pass', subject: channel.name, path, evidence, message: `${channel.name} carries PHI to patients unencrypted, and patients are warned and their choice recorded before it is used.` }];
      }
      // Not said is not known: a person answers it (or the stack file says it), never a guess either way.
      if (consent === undefined) {
        return [{
          status: 'manual',
          subject: channel.name,
          path,
          evidence,
          message: `${channel.name} carries PHI to patients unencrypted, and the stack file does not say whether patients are told the risk and asked to choose first: add \`patient_communications.unencrypted_consent\`, or answer it with hipaa-hero attest on the stack file.`,
        }];
      }
      return [{ status: 'fail', subject: channel.name, path, evidence, message: `${channel.name} carries PHI to patients unencrypted, but patients are not told the risk and asked to choose before unencrypted messages are sent.` }];
    });
  },
});
