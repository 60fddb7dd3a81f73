// Attestation items for the technical safeguards (45 CFR 164.312) that no file or probe can prove.
import { defineAttestationItems } from '../../src/engine/attestation-item.js';

export default defineAttestationItems([
  {
    id: 'access.emergency-access',
    citation: '164.312(a)(2)(ii)',
    title: 'Needed PHI can be reached in an emergency through a set procedure',
    area: 'access',
    severity: 'high',
    obligation: 'required',
    question:
      'Is there a written procedure for getting needed PHI in an emergency, such as when the only admin is ' +
      'unavailable or locked out, with a backup admin, break-glass account or vendor steps?',
    explain:
      'Required. You must have procedures for obtaining necessary ePHI during an emergency. For a small practice ' +
      'this usually means a second administrator on the booking/EHR account, recovery codes stored securely, and ' +
      'the vendor\'s emergency support contact written down.',
    rationale:
      'If one owner holds the only admin login, an absence or lockout can cut off access to patient records when ' +
      'they are needed.',
    remediation:
      'Add a second admin (or sealed break-glass credentials) to each PHI system, store recovery codes securely, ' +
      'and write down who may use them and how their use is recorded.',
  },
  {
    id: 'access.automatic-logoff',
    citation: '164.312(a)(2)(iii)',
    title: 'Idle sessions on PHI systems end or lock automatically',
    area: 'access',
    severity: 'medium',
    obligation: 'addressable',
    question:
      'Do devices and PHI apps lock or sign out after a set idle time, such as a short screen lock on shared ' +
      'front-desk PCs and tablets and a session timeout in the booking/EHR?',
    explain:
      'Addressable: implement it, a documented equivalent, or document why neither is reasonable. You should end ' +
      'an electronic session after a set period of inactivity. Small practices usually set a short screen lock on ' +
      'every device and turn on the booking/EHR session timeout, keeping it shortest on shared front-desk screens.',
    rationale:
      'A signed-in screen left unattended lets the next person at the desk see or change records under someone ' +
      'else\'s name.',
    remediation:
      'Set an idle screen lock on every device, enable the session timeout in each PHI app, and record the chosen ' +
      'times in the workstation use policy.',
  },
  {
    id: 'audits.integrity',
    citation: '164.312(c)(1)',
    title: 'PHI is protected from improper alteration or destruction',
    area: 'audits',
    severity: 'high',
    obligation: 'required',
    question:
      'Are there policies and controls that stop PHI being improperly changed or deleted, such as limited edit and ' +
      'delete rights, locked signed notes and versioned backups?',
    explain:
      'Required standard. You must have policies and procedures to protect ePHI from improper alteration or ' +
      'destruction. For a med spa this usually means limiting who can edit or delete charts and photos, using the ' +
      'EHR\'s note locking and history, and keeping backups that ransomware cannot overwrite.',
    rationale:
      'Treatment notes, consent forms and before-and-after photos must be trustworthy; altered or lost records ' +
      'harm patients and weaken the practice\'s position in a dispute.',
    remediation:
      'Restrict edit and delete rights to the roles that need them, turn on record history or note locking in the ' +
      'EHR, and keep versioned or immutable backups.',
  },
  {
    id: 'audits.integrity-authentication',
    citation: '164.312(c)(2)',
    title: 'Electronic means confirm PHI has not been improperly altered or destroyed',
    area: 'audits',
    severity: 'medium',
    obligation: 'addressable',
    question:
      'Do you use a way to confirm PHI has not been improperly changed, such as the EHR\'s audit trail or change ' +
      'history, or integrity checks on backups and signed documents?',
    explain:
      'Addressable: implement it, a documented equivalent, or document why neither is reasonable. You should use ' +
      'electronic mechanisms to corroborate that ePHI has not been altered or destroyed in an unauthorized way. ' +
      'Most small practices rely on the EHR\'s audit trail and version history and on the backup vendor\'s ' +
      'integrity checks.',
    rationale: 'Being able to show a record is unchanged matters in complaints, disputes and after a security incident.',
    remediation:
      'Ask your EHR and backup vendors which audit trail, version history or integrity checks they provide, turn ' +
      'them on, and note them in your security documentation.',
  },
  {
    id: 'transport.integrity-controls',
    citation: '164.312(e)(2)(i)',
    title: 'ePHI sent electronically cannot be changed unnoticed',
    area: 'transport',
    severity: 'medium',
    obligation: 'addressable',
    question:
      'Is ePHI sent over networks (portal, email, file transfers, integrations) protected so that changes in ' +
      'transit are detected, for example by TLS, secure messaging or signed files?',
    explain:
      'Addressable: implement it, a documented equivalent, or document why neither is reasonable. The rule asks for ' +
      'security measures that ensure electronically transmitted ePHI is not improperly modified without detection ' +
      'until disposed of. TLS with authenticated encryption and secure messaging services provide this; the ' +
      'endpoint checks show what the public sites negotiate.',
    rationale: 'Data altered on the way (a changed lab value, a redirected payment form) can harm patients and the practice.',
    remediation:
      'Send ePHI only over channels with integrity protection (TLS 1.2 or later, a secure messaging or file-sharing ' +
      'service under a BAA), and note the channels in the security policy.',
  },
  {
    id: 'access.person-authentication',
    citation: '164.312(d)',
    title: 'Every system with ePHI verifies who is signing in',
    area: 'access',
    severity: 'high',
    obligation: 'required',
    question:
      'Does every system holding ePHI verify that the person signing in is the one claimed, with a personal account ' +
      'and a secret only they know (and a second factor where your risk analysis calls for it)?',
    explain:
      'Required standard. You must implement procedures to verify that a person or entity seeking access to ePHI is ' +
      'the one claimed. The current rule does not name a method: personal accounts with strong passwords can meet it, ' +
      'and multi-factor authentication is what HHS recommends (the January 2025 proposed rule would require it, but ' +
      'it is not final). The access.mfa check shows which accounts use MFA.',
    rationale: 'Without reliable sign-in, anyone who learns or guesses a login can read and change patient records as someone else.',
    remediation:
      'Give every person a personal account in each PHI system, enforce strong passwords, turn on MFA where the ' +
      'system offers it, and write the sign-in rules into the security policy.',
  },
]);
