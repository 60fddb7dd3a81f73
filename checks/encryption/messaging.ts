import { defineCheck, toPointer, type Finding } from '../../src/index.js';

export default defineCheck({
  meta: {
    id: 'encryption.messaging',
    title: 'Every messaging channel that carries PHI is encrypted',
    area: 'encryption',
    severity: 'high',
    hipaa: ['164.312(e)(2)(ii)', '164.312(e)(1)'],
    obligation: 'addressable',
    basis:
      '45 CFR 164.312(e)(2)(ii): encrypt ePHI whenever deemed appropriate, under the transmission security standard 164.312(e)(1)',
    rationale:
      'Plain SMS and unencrypted email pass through carriers and servers in readable form; appointment details, photos and treatment notes sent that way are unsecured PHI.',
    remediation:
      'Move PHI conversations to an encrypted channel (a patient portal, a HIPAA-ready secure texting or email service under a BAA) and set `messaging[].encrypted: true`, or stop sending PHI over the channel and set `phi: false`.',
    needs: ['stack'],
  },
  run({ stack }) {
    const patientsChose = stack.patient_communications?.unencrypted_consent?.process === true;
    return (stack.messaging ?? []).flatMap((channel, i): Finding[] => {
      if (!channel.phi) return [];
      const path = toPointer('messaging', i, 'encrypted');
      if (channel.encrypted === true) {
        return [{ status: 'pass', subject: channel.name, path, message: `${channel.name} carries PHI and is encrypted.`, evidence: { encrypted: true } }];
      }
      if (channel.patients === true && patientsChose) {
        return [{
          status: 'not_applicable',
          subject: channel.name,
          path,
          message: `${channel.name} carries PHI unencrypted, but it is used with patients who were told the risk and chose unencrypted messages (HHS guidance allows this for e-mail; hipaa-hero applies it to texts too): privacy.patient-messaging judges it.`,
          evidence: { encrypted: false, patients: true, unencrypted_consent_process: true },
        }];
      }
      return [{ status: 'fail', subject: channel.name, path, message: `${channel.name} carries PHI unencrypted.`, evidence: { encrypted: false } }];
    });
  },
});
