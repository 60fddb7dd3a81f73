import { defineCheck, toPointer, type Finding } from '../../src/index.js';

const SUBJECT = 'Guest Wi-Fi';

export default defineCheck({
  meta: {
    id: 'network.guest-wifi',
    title: 'Guest Wi-Fi is isolated from the practice network',
    area: 'network',
    severity: 'medium',
    hipaa: ['164.312(a)(1)'],
    obligation: 'practice',
    basis:
      'Network segmentation of guest wireless (NIST SP 800-153, HHS 405(d) Health Industry Cybersecurity Practices)',
    rationale:
      'Clients in the waiting room on guest Wi-Fi are strangers on your network; unless the guest network is isolated, any of their devices can reach the reception PC, printers and other systems with PHI.',
    remediation:
      'Turn on client/guest isolation (a separate SSID on its own VLAN with no route to the practice network) in the router or access point, then set `network.wifi.guest_isolated: true`; if there is no guest network, set `network.wifi.guest_network: false`.',
    needs: ['stack'],
  },
  run({ stack }): Finding[] {
    const wifi = stack.network?.wifi;
    if (wifi === undefined) {
      return [{
        status: 'manual',
        subject: SUBJECT,
        ...(stack.network !== undefined ? { path: toPointer('network') } : {}),
        message: 'The stack file does not describe the Wi-Fi: add `network.wifi: { guest_network: true|false, guest_isolated: true|false }` to have the guest network checked.',
      }];
    }
    const evidence = { guest_network: wifi.guest_network ?? null, guest_isolated: wifi.guest_isolated ?? null };
    if (wifi.guest_network === false) {
      return [{ status: 'pass', subject: SUBJECT, path: toPointer('network', 'wifi', 'guest_network'), message: 'There is no guest Wi-Fi network: visitors cannot join the practice network.', evidence }];
    }
    if (wifi.guest_isolated === true) {
      return [{ status: 'pass', subject: SUBJECT, path: toPointer('network', 'wifi', 'guest_isolated'), message: 'Guest Wi-Fi is isolated from the practice network.', evidence }];
    }
    return [{
      status: 'fail',
      subject: SUBJECT,
      path: wifi.guest_isolated === false ? toPointer('network', 'wifi', 'guest_isolated') : toPointer('network', 'wifi'),
      message:
        wifi.guest_isolated === false
          ? 'Guest Wi-Fi is not isolated: visitors\' devices can reach systems on the practice network.'
          : 'Guest Wi-Fi is not recorded as isolated (`guest_isolated` is not set), so visitors\' devices may reach systems on the practice network.',
      evidence,
    }];
  },
});
