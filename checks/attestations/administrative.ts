// Attestation items for the administrative safeguards (45 CFR 164.308) that no file or probe can prove.
import { defineAttestationItems } from '../../src/engine/attestation-item.js';

export default defineAttestationItems([
  {
    id: 'governance.risk-management',
    citation: '164.308(a)(1)(ii)(B)',
    title: 'Risks found in the risk analysis are being reduced under a tracked plan',
    area: 'governance',
    severity: 'high',
    obligation: 'required',
    question:
      'Is there a written risk management plan listing each risk from the latest risk analysis with the chosen ' +
      'fix, an owner and a due date, and is it being worked?',
    explain:
      'Required. After the risk analysis you must put security measures in place that bring each risk down to a ' +
      'reasonable and appropriate level. A small practice usually keeps a one-page risk register (risk, fix, ' +
      'owner, due date, status) and reviews it at management meetings.',
    rationale:
      'A risk analysis nobody acts on leaves the known gaps open; documented follow-through is what shows the ' +
      'practice took reasonable steps.',
    remediation:
      'Turn each finding of the latest risk analysis into a register entry with a chosen fix, owner and due date, ' +
      'and review progress regularly until each risk is fixed or its acceptance is documented.',
  },
  {
    id: 'governance.sanction-policy',
    citation: '164.308(a)(1)(ii)(C)',
    title: 'A written sanction policy applies to staff who break security rules',
    area: 'governance',
    severity: 'high',
    obligation: 'required',
    question:
      'Is there a written sanction policy, acknowledged by every staff member, that sets consequences for ' +
      'violating HIPAA policies, and are sanctions applied and recorded?',
    explain:
      'Required. You must apply appropriate sanctions to workforce members who fail to follow your security ' +
      'policies and procedures. Most small practices put a graded policy (retraining, written warning, ' +
      'termination) in the employee handbook and keep a short log of any sanctions applied.',
    rationale:
      'Policies without consequences are easy to ignore, and a record of sanctions shows the practice enforces its ' +
      'rules.',
    remediation:
      'Add a graded sanction policy to the handbook, have every staff member sign an acknowledgment, and log each ' +
      'violation with the sanction applied.',
  },
  {
    id: 'access.workforce-security',
    citation: '164.308(a)(3)',
    title: 'Only staff who need PHI can reach it, and others are kept out',
    area: 'access',
    severity: 'high',
    obligation: 'required',
    question:
      'Do written procedures give each staff member only the PHI access their job needs, and keep people without a ' +
      'need (cleaners, vendors, former staff) from getting any?',
    explain:
      'Required standard. You must have policies so that workforce members who need ePHI have appropriate access ' +
      'and those who do not are prevented from getting it. In a med spa this usually means role-based accounts in ' +
      'the booking/EHR system (front desk, injector, manager) and no shared logins.',
    rationale: 'Access beyond what a job needs multiplies the harm a careless, curious or departed staff member can do.',
    remediation:
      'Write down which roles need which systems and records, map each staff account to a role in Boulevard, ' +
      'Zenoti or your EHR, and remove access nobody needs.',
  },
  {
    id: 'access.workforce-supervision',
    citation: '164.308(a)(3)(ii)(A)',
    title: 'Staff who work with PHI are authorized or supervised',
    area: 'access',
    severity: 'medium',
    obligation: 'addressable',
    question:
      'Is each person who works with PHI, or in rooms where it can be seen, either authorized for that access in ' +
      'writing or supervised, including temps, trainees and visiting vendors?',
    explain:
      'Addressable: implement it, a documented equivalent, or document why neither is reasonable. The rule asks ' +
      'for authorization and/or supervision of workforce members who work with ePHI or where it can be reached. ' +
      'Small practices usually record who approved each account and have a manager supervise trainees, temps and ' +
      'IT visitors.',
    rationale: 'Unsupervised or unauthorized people near PHI systems are a common route to snooping and accidental disclosure.',
    remediation:
      'Record who approved each person\'s access, and name a supervisor for temps, trainees, contractors and ' +
      'vendor technicians while they are on site or logged in.',
  },
  {
    id: 'access.workforce-clearance',
    citation: '164.308(a)(3)(ii)(B)',
    title: 'Each person\'s access is confirmed as appropriate before it is granted',
    area: 'access',
    severity: 'medium',
    obligation: 'addressable',
    question:
      'Before granting PHI access, does someone confirm the role justifies it (and run any reference, license or ' +
      'background checks your policy sets) and record the decision?',
    explain:
      'Addressable: implement it, a documented equivalent, or document why neither is reasonable. You need a ' +
      'procedure to decide that a workforce member\'s access to ePHI is appropriate. In a med spa this is usually ' +
      'a hiring checklist: verify injector licenses, check references, and the manager signs off on the access ' +
      'level.',
    rationale: 'A clearance step stops accounts being handed out by default and leaves a record of why each person has access.',
    remediation:
      'Add a clearance step to onboarding: the manager confirms the role, completes the checks your policy sets, ' +
      'and records the approved access level before accounts are created.',
  },
  {
    id: 'access.termination',
    citation: '164.308(a)(3)(ii)(C)',
    title: 'Access ends promptly when someone leaves or is no longer cleared',
    area: 'access',
    severity: 'medium',
    obligation: 'addressable',
    question:
      'Is there a written offboarding checklist that disables the person\'s accounts, collects keys, badges and ' +
      'devices, and changes shared codes on or before their last day?',
    explain:
      'Addressable: implement it, a documented equivalent, or document why neither is reasonable. You need ' +
      'procedures to end access to ePHI when employment ends or when a person is no longer cleared for it. Small ' +
      'practices use an offboarding checklist covering the booking/EHR, email, Wi-Fi, door and alarm codes, keys ' +
      'and devices.',
    rationale:
      'Former staff who can still log in from home or a phone can view or take patient lists, for example when ' +
      'moving to a competing practice.',
    remediation:
      'Write an offboarding checklist (accounts, email, Wi-Fi, door and alarm codes, keys, devices), run it on or ' +
      'before the last day, and keep the completed copy in the personnel file.',
  },
  {
    id: 'governance.clearinghouse-isolation',
    citation: '164.308(a)(4)(ii)(A)',
    title: 'Any clearinghouse function is isolated from the rest of the organization',
    area: 'governance',
    severity: 'high',
    obligation: 'required',
    question:
      'If your organization includes a health care clearinghouse, are its ePHI systems and staff separated so the ' +
      'larger organization cannot reach that ePHI without authorization?',
    explain:
      'Required only where a health care clearinghouse is part of a larger organization: it must protect its ePHI ' +
      'from unauthorized access by the rest. A med spa that uses an outside clearinghouse or billing service is ' +
      'not a clearinghouse itself, so `not_applicable` is normally the right answer.',
    rationale:
      'Where it applies, isolation keeps the parent organization from reaching ePHI the clearinghouse processes ' +
      'for others.',
    remediation:
      'If you do run a clearinghouse, separate its systems, accounts and staff from the rest of the business and ' +
      'document the controls; otherwise answer `not_applicable` and note why.',
  },
  {
    id: 'access.access-changes',
    citation: '164.308(a)(4)(ii)(C)',
    title: 'User access is set up, documented, reviewed and changed through a procedure',
    area: 'access',
    severity: 'medium',
    obligation: 'addressable',
    question:
      'Are new accounts and permission changes in the booking/EHR and email systems requested, approved and ' +
      'recorded, and are active users reviewed on a set schedule?',
    explain:
      'Addressable: implement it, a documented equivalent, or document why neither is reasonable. Based on your ' +
      'access policies, you must establish, document, review and modify each user\'s right of access. Small ' +
      'practices keep a simple log of who asked for each change and who approved it, plus a periodic review of ' +
      'active users in each PHI system.',
    rationale:
      'Permissions drift as staff change roles, and without a record and review nobody notices accounts with more ' +
      'access than intended.',
    remediation:
      'Keep an access change log (request, approver, date), review the user list of each PHI system on a set ' +
      'schedule, and fix any account whose access no longer matches the person\'s role.',
  },
  {
    id: 'training.malware-protection',
    citation: '164.308(a)(5)(ii)(B)',
    title: 'Staff know how to guard against, spot and report malware',
    area: 'training',
    severity: 'medium',
    obligation: 'addressable',
    question:
      'Are there procedures, covered in staff training, for guarding against, detecting and reporting malicious ' +
      'software, such as anti-malware on every device and whom to tell?',
    explain:
      'Addressable: implement it, a documented equivalent, or document why neither is reasonable. Part of security ' +
      'awareness and training: procedures for guarding against, detecting and reporting malicious software. A ' +
      'small practice usually pairs anti-malware on laptops and PCs with short training on phishing, suspicious ' +
      'links and attachments.',
    rationale:
      'Phishing and ransomware reach practices through staff inboxes and devices, so trained staff are the first ' +
      'line of defence.',
    remediation:
      'Turn on built-in or managed anti-malware on every device, add phishing and reporting steps to staff ' +
      'training, and post whom to call when something looks wrong.',
  },
  {
    id: 'training.login-monitoring',
    citation: '164.308(a)(5)(ii)(C)',
    title: 'Log-in attempts are monitored and discrepancies reported',
    area: 'training',
    severity: 'medium',
    obligation: 'addressable',
    question:
      'Does someone review failed or unusual log-ins (new devices, odd hours, lockouts) to the booking/EHR and ' +
      'email, and do staff know to report log-in alerts they did not cause?',
    explain:
      'Addressable: implement it, a documented equivalent, or document why neither is reasonable. You need ' +
      'procedures for monitoring log-in attempts and reporting discrepancies. Small practices usually turn on ' +
      'sign-in alerts in Google Workspace or Microsoft 365 and the booking system, and teach staff to report ' +
      'lockouts or alerts they did not cause.',
    rationale: 'Repeated failed or unfamiliar log-ins are often the first sign of a guessed or stolen password.',
    remediation:
      'Enable sign-in and lockout alerts in each PHI system, name who reviews them, and add reporting unexpected ' +
      'log-in alerts to staff training.',
  },
  {
    id: 'backups.contingency-plan',
    citation: '164.308(a)(7)',
    title: 'A written contingency plan covers emergencies that damage PHI systems',
    area: 'backups',
    severity: 'high',
    obligation: 'required',
    question:
      'Is there a written contingency plan for fire, flood, power or internet loss, ransomware and vendor outages ' +
      'that says how PHI is backed up, restored and kept available?',
    explain:
      'Required standard. You must have policies and procedures for responding to an emergency or other occurrence ' +
      '(fire, vandalism, system failure, natural disaster) that damages systems holding ePHI. For a cloud-based ' +
      'med spa the plan can be short: backups, vendor contacts, working offline, and who decides.',
    rationale:
      'Without a plan, an outage or ransomware attack turns into lost records, cancelled appointments and ' +
      'guesswork under pressure.',
    remediation:
      'Write a short contingency plan covering backups, disaster recovery and emergency-mode steps, name an owner, ' +
      'keep a copy off site or on paper, and walk staff through it.',
  },
  {
    id: 'backups.disaster-recovery',
    citation: '164.308(a)(7)(ii)(B)',
    title: 'Procedures exist to restore any lost PHI',
    area: 'backups',
    severity: 'high',
    obligation: 'required',
    question:
      'Are there written steps to restore any lost PHI, naming the backups or vendor exports to use, who performs ' +
      'the restore and how to regain access to the booking/EHR account?',
    explain:
      'Required. You must establish (and carry out as needed) procedures to restore any loss of data. With a cloud ' +
      'booking/EHR this usually means knowing the vendor\'s restore process and support contacts, plus restoring ' +
      'local files, email and devices from your own backups.',
    rationale: 'Backups only help if someone knows how to restore them quickly when records are deleted, encrypted or lost.',
    remediation:
      'Write step-by-step restore procedures for each PHI system (vendor support contacts, account recovery, ' +
      'backup locations), keep them reachable during an outage, and try a restore.',
  },
  {
    id: 'backups.emergency-mode',
    citation: '164.308(a)(7)(ii)(C)',
    title: 'Critical work continues, with PHI protected, during an emergency',
    area: 'backups',
    severity: 'high',
    obligation: 'required',
    question:
      'Is there a written plan for running the practice while systems are down (paper intake, offline schedule, ' +
      'locked storage for paper notes) that keeps PHI protected until systems return?',
    explain:
      'Required. You need procedures that let critical business processes continue, while protecting ePHI, when ' +
      'operating in emergency mode. For a med spa this is usually a downtime kit: printed schedule, paper consent ' +
      'and treatment forms, a locked place to keep them, and steps to enter them later.',
    rationale:
      'Outages push staff toward shortcuts such as personal phones and texting, which expose PHI just when ' +
      'controls are weakest.',
    remediation:
      'Prepare a downtime kit and written emergency-mode steps (who declares it, which forms to use, where paper ' +
      'is locked, how it is entered and shredded afterwards) and review them with staff.',
  },
  {
    id: 'backups.criticality-analysis',
    citation: '164.308(a)(7)(ii)(E)',
    title: 'Systems and data are ranked by how critical they are to the practice',
    area: 'backups',
    severity: 'medium',
    obligation: 'addressable',
    question:
      'Is there a written list ranking your PHI systems and data (booking/EHR, photos, payments, email) by how ' +
      'critical they are and how quickly each must be restored?',
    explain:
      'Addressable: implement it, a documented equivalent, or document why neither is reasonable. You should ' +
      'assess the relative criticality of specific applications and data to support the other parts of the ' +
      'contingency plan. A small practice usually ranks a handful of systems and sets a restore order and target ' +
      'time for each.',
    rationale:
      'Knowing what to restore first keeps the practice running and avoids spending the first hours of an outage ' +
      'on systems that can wait.',
    remediation:
      'List each system that holds or supports PHI, rank it by impact on patient care and operations, set a ' +
      'restore order and target time, and add the list to the contingency plan.',
  },
]);
