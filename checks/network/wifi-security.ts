import { defineCheck, toPointer, type Finding } from '../../src/index.js';

const SUBJECT = 'Staff Wi-Fi';
/** Open networks and WEP/WPA (TKIP) can be read or cracked by anyone in range with free tools. */
const WEAK: readonly string[] = ['open', 'WEP', 'WPA'];

export default defineCheck({
  meta: {
    id: 'network.wifi-security',
    title: 'Staff Wi-Fi uses WPA2 or WPA3',
    area: 'network',
    severity: 'medium',
    hipaa: ['164.312(e)(2)(ii)', '164.312(e)(1)'],
    obligation: 'addressable',
    basis:
      '45 CFR 164.312(e)(2)(ii): encrypt ePHI whenever deemed appropriate; NIST SP 800-153 for which Wi-Fi security counts as encryption',
    rationale:
      'PHI crosses the staff Wi-Fi between workstations, tablets and cloud systems; an open, WEP or WPA network can be joined or decrypted by anyone in the parking lot, while WPA2 or WPA3 encrypts it properly.',
    remediation:
      'Switch the staff network to WPA3 (or WPA2 with AES if some devices cannot do WPA3) in the router or access point settings, with a strong passphrase or per-user (Enterprise) sign-in, and set `network.wifi.security` accordingly.',
    needs: ['stack'],
  },
  run({ stack }): Finding[] {
    const wifi = stack.network?.wifi;
    const security = wifi?.security;
    if (security === undefined) {
      const path = wifi !== undefined ? toPointer('network', 'wifi') : stack.network !== undefined ? toPointer('network') : undefined;
      return [{
        status: 'manual',
        subject: SUBJECT,
        ...(path !== undefined ? { path } : {}),
        message: 'The stack file does not say how the staff Wi-Fi is secured: add `network.wifi.security` (open, WEP, WPA, WPA2, WPA2-Enterprise, WPA3 or WPA3-Enterprise) to have it checked.',
      }];
    }
    const path = toPointer('network', 'wifi', 'security');
    if (WEAK.includes(security)) {
      return [{
        status: 'fail',
        subject: SUBJECT,
        path,
        message: security === 'open'
          ? 'Staff Wi-Fi is open: anyone in range can join it and read unencrypted traffic.'
          : `Staff Wi-Fi uses ${security}, which anyone in range can crack with free tools.`,
        evidence: { security },
      }];
    }
    return [{ status: 'pass', subject: SUBJECT, path, message: `Staff Wi-Fi uses ${security}.`, evidence: { security } }];
  },
});
