// Attestation items for two administrative safeguards (45 CFR 164.308(a)(4) and (a)(5)) that no file or
// probe can prove: the access-authorization policy as a whole, and security reminders.
import { defineAttestationItems } from '../../src/engine/attestation-item.js';

export default defineAttestationItems([
  {
    id: 'access.information-access-management',
    citation: '164.308(a)(4)',
    title: 'Written policies say how access to ePHI is authorized',
    area: 'access',
    severity: 'high',
    obligation: 'required',
    question:
      'Are there written policies and procedures for authorizing access to ePHI (who decides, on what basis, how ' +
      'it is granted and recorded), consistent with the practice\'s privacy policies?',
    explain:
      'Required standard. You must implement policies and procedures for authorizing access to ePHI that are ' +
      'consistent with the Privacy Rule. A small practice usually has a one-page access policy: roles and what each ' +
      'may open, who approves new accounts, and how access is reviewed and removed.',
    rationale:
      'Role-based accounts only stay right when someone decides access by a written rule; otherwise permissions ' +
      'grow with every favour and never shrink.',
    remediation:
      'Write an access authorization policy (roles, approver, request and removal steps), align it with the ' +
      'roles in the stack file and in each PHI system, and keep it with the other policies.',
  },
  {
    id: 'training.security-reminders',
    citation: '164.308(a)(5)(ii)(A)',
    title: 'Staff get periodic security reminders',
    area: 'training',
    severity: 'low',
    obligation: 'addressable',
    question:
      'Do staff receive security reminders between trainings, such as short emails, posters, huddle topics or ' +
      'phishing tests, and is that recorded?',
    explain:
      'Addressable: implement it, a documented equivalent, or document why neither is reasonable. The rule asks for ' +
      'periodic security updates as part of the training program. Small practices usually send a short monthly ' +
      'reminder (a phishing example, a password tip) or cover one topic in a staff meeting and note it.',
    rationale: 'Training once a year fades; short reminders keep phishing and password habits fresh between sessions.',
    remediation:
      'Send staff a short security reminder on a regular schedule (monthly is common) and keep a list of what was ' +
      'sent and when.',
  },
]);
